#include "engine/core/dialect.h"

namespace sluice::engine {

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("sqlite");
    case Dialect::PostgreSQL:
        return QStringLiteral("postgresql");
    case Dialect::MariaDB:
        return QStringLiteral("mariadb");
    }
    return {};
}

QString dialectDisplayName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("SQLite");
    case Dialect::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Dialect::MariaDB:
        return QStringLiteral("MariaDB");
    }
    return {};
}

std::optional<Dialect> dialectFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"sqlite" || n == u"sqlite3")
        return Dialect::SQLite;
    if (n == u"postgresql" || n == u"postgres" || n == u"pg")
        return Dialect::PostgreSQL;
    if (n == u"mariadb" || n == u"mysql")
        return Dialect::MariaDB;
    return std::nullopt;
}

QString qtDriverName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("QSQLITE");
    case Dialect::PostgreSQL:
        return QStringLiteral("QPSQL");
    case Dialect::MariaDB:
        return QStringLiteral("QMYSQL");
    }
    return {};
}

} // namespace sluice::engine
