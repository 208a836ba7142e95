#pragma once

#include "engine/catalog/catalog.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace sluice::engine {

struct CatalogReadOptions
{
    // Schemas to read (PostgreSQL schemas, MariaDB databases, SQLite "main"
    // and attached names), matched exactly. Empty: every user schema.
    QStringList schemas;
    // Users and roles (FULL mode).
    bool roles = false;
    bool grants = true;
};

// Reads a database's catalog into the object model, on the calling thread,
// through a connection that thread owns. Each reader issues one catalog
// query per object kind, never one per table or column.
class CatalogReader
{
public:
    // Picks the reader for the connection's driver (QSQLITE, QPSQL, QMYSQL/QMARIADB).
    [[nodiscard]] static std::optional<Catalog>
    read(const QSqlDatabase &db, const CatalogReadOptions &options, QString *errorString);
    [[nodiscard]] static std::optional<Dialect> dialectOf(const QSqlDatabase &db);

private:
    [[nodiscard]] static bool readObjects(const QSqlDatabase &db, Dialect dialect,
                                          const CatalogReadOptions &options, Catalog &catalog,
                                          QString *errorString);
};

} // namespace sluice::engine
