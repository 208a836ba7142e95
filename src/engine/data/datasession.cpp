#include "engine/data/datasession.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sluice::engine {

bool DataSession::prepare(QSqlDatabase &db, Dialect dialect, QString *errorString)
{
    QStringList statements;
    switch (dialect) {
    case Dialect::PostgreSQL:
        statements << QStringLiteral("SET DateStyle = ISO")
                   << QStringLiteral("SET IntervalStyle = postgres")
                   << QStringLiteral("SET bytea_output = hex")
                   << QStringLiteral("SET extra_float_digits = 3")
                   << QStringLiteral("SET client_encoding = 'UTF8'")
                   << QStringLiteral("SET TimeZone = 'UTC'");
        break;
    case Dialect::MariaDB:
        // Strict mode so a bad value fails its chunk instead of being truncated;
        // NO_AUTO_VALUE_ON_ZERO so a loaded 0 stays 0 in an AUTO_INCREMENT column.
        // Long network timeouts: an unbuffered read waits while the consumer writes.
        statements << QStringLiteral("SET NAMES utf8mb4")
                   << QStringLiteral("SET time_zone = '+00:00'")
                   << QStringLiteral("SET SESSION sql_mode = "
                                     "'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,"
                                     "NO_ENGINE_SUBSTITUTION,ERROR_FOR_DIVISION_BY_ZERO'")
                   << QStringLiteral("SET SESSION net_write_timeout = 3600")
                   << QStringLiteral("SET SESSION net_read_timeout = 3600");
        break;
    case Dialect::SQLite:
        break;
    }
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            if (errorString)
                *errorString = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool DataSession::prepareTarget(QSqlDatabase &db, Dialect dialect, QString *errorString)
{
    if (!prepare(db, dialect, errorString))
        return false;
    if (dialect != Dialect::SQLite)
        return true;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA busy_timeout = 3600000")))
        return true;
    if (errorString)
        *errorString = query.lastError().text();
    return false;
}

} // namespace sluice::engine
