#pragma once

#include "engine/catalog/catalog.h"
#include "engine/connection/connectionparams.h"
#include "engine/connection/databaseopener.h"

#include <optional>

namespace sluice::gui {

struct CatalogLoadResult
{
    std::optional<engine::Catalog> catalog;
    engine::OpenError openError = engine::OpenError::None; // the connection failed
    QString error; // why there is no catalog: the opener's or the reader's message
};

// Reads a database's catalog for the schema browser.
class CatalogLoader
{
public:
    // Runs on a worker thread: opens that thread's own connection (a unique name),
    // reads the catalog through the engine's CatalogReader and closes the
    // connection again before returning (STYLE.md rule 17).
    [[nodiscard]] static CatalogLoadResult load(const engine::ConnectionParams &params,
                                                const QString &password);
};

} // namespace sluice::gui
