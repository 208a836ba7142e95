#pragma once

#include "engine/catalog/grantdef.h"
#include "engine/catalog/roledef.h"
#include "engine/catalog/schemadef.h"
#include "engine/core/dialect.h"

#include <QList>
#include <QString>

namespace sluice::engine {

// Everything the introspection read from one database: the equivalent of
// what DBMS_METADATA can describe. A value type: copy it across threads.
struct Catalog
{
    Dialect dialect = Dialect::SQLite;
    // "15.4", "10.11.6-MariaDB", "3.40.1".
    QString serverVersion;
    // PostgreSQL: the current database; MariaDB: empty; SQLite: the file.
    QString database;
    QList<SchemaDef> schemas;
    // FULL mode only: users and roles, with their system privileges (role
    // attributes, MariaDB global privileges) and role grants.
    QList<RoleDef> roles;

    [[nodiscard]] const SchemaDef *schema(const QString &schemaName) const;
    [[nodiscard]] const TableDef *table(const QString &schemaName, const QString &tableName) const;

    friend bool operator==(const Catalog &, const Catalog &) = default;
};

} // namespace sluice::engine
