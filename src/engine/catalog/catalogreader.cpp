#include "engine/catalog/catalogreader.h"

#include "engine/catalog/mariadbcatalogreader.h"
#include "engine/catalog/postgrescatalogreader.h"
#include "engine/catalog/rolereader.h"
#include "engine/catalog/sqlitecatalogreader.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sluice::engine {

std::optional<Dialect> CatalogReader::dialectOf(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver == u"QSQLITE")
        return Dialect::SQLite;
    if (driver == u"QPSQL")
        return Dialect::PostgreSQL;
    if (driver == u"QMYSQL" || driver == u"QMARIADB")
        return Dialect::MariaDB;
    return std::nullopt;
}

std::optional<Catalog> CatalogReader::read(const QSqlDatabase &db,
                                           const CatalogReadOptions &options, QString *errorString)
{
    const std::optional<Dialect> dialect = dialectOf(db);
    auto fail = [errorString](const QString &message) -> std::optional<Catalog> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    if (!dialect)
        return fail(QCoreApplication::translate("CatalogReader",
                                                "No catalog reader for the Qt SQL driver %1")
                        .arg(db.driverName()));
    if (!db.isOpen())
        return fail(QCoreApplication::translate("CatalogReader", "The connection is not open"));

    Catalog catalog;
    if (!readObjects(db, *dialect, options, catalog, errorString))
        return std::nullopt;
    if (options.roles) {
        RoleReader roles(db);
        if (!roles.read(*dialect, catalog))
            return fail(roles.errorString());
    }
    return catalog;
}

bool CatalogReader::readObjects(const QSqlDatabase &db, Dialect dialect,
                                const CatalogReadOptions &options, Catalog &catalog,
                                QString *errorString)
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    switch (dialect) {
    case Dialect::PostgreSQL: {
        PostgresCatalogReader reader(db, options);
        if (!reader.read(catalog))
            return fail(reader.errorString());
        return true;
    }
    case Dialect::SQLite: {
        SqliteCatalogReader reader(db, options);
        if (!reader.read(catalog))
            return fail(reader.errorString());
        return true;
    }
    case Dialect::MariaDB: {
        MariadbCatalogReader reader(db, options);
        if (!reader.read(catalog))
            return fail(reader.errorString());
        return true;
    }
    }
    return fail(QCoreApplication::translate("CatalogReader",
                                            "Reading the catalog of %1 is not implemented yet")
                    .arg(dialectDisplayName(dialect)));
}

} // namespace sluice::engine
