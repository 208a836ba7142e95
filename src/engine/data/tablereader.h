#pragma once

#include "engine/core/dialect.h"
#include "engine/data/readrequest.h"

#include <memory>

class QSqlDatabase;

namespace sluice::engine {

// Streams one chunk of a table as canonical COPY text (docs/data-format.md) into a
// sink, in bounded buffers, on the calling thread's connection. The connection must
// have gone through DataSession::prepare() and, for a consistent job, joined the
// job's snapshot (SnapshotCoordinator::join()).
class TableReader
{
public:
    virtual ~TableReader() = default;
    [[nodiscard]] static std::unique_ptr<TableReader> create(Dialect dialect);

    [[nodiscard]] virtual ReadResult read(QSqlDatabase &db, const ReadRequest &request,
                                          const ChunkSink &sink) = 0;
};

} // namespace sluice::engine
