#pragma once

#include "engine/core/dialect.h"

#include <QString>

class QSqlDatabase;

namespace sluice::engine {

// Puts a connection into the state Sluice reads and writes data in: canonical
// date, float, bytea and interval output, UTF-8, UTC (docs/data-format.md).
// Call it once on every connection a reader, writer or checksum uses, before any
// transaction starts.
class DataSession
{
public:
    [[nodiscard]] static bool prepare(QSqlDatabase &db, Dialect dialect, QString *errorString);
    // prepare() for a connection an import loads through. SQLite has one writer: a
    // worker waits for another worker's chunk or index build, each a transaction of
    // its own, so the connection's short busy timeout becomes an hour there.
    [[nodiscard]] static bool prepareTarget(QSqlDatabase &db, Dialect dialect,
                                            QString *errorString);
};

} // namespace sluice::engine
