#pragma once

#include "engine/catalog/grantdef.h"
#include "engine/catalog/routinedef.h"
#include "engine/catalog/sequencedef.h"
#include "engine/catalog/tabledef.h"
#include "engine/catalog/userdefinedtype.h"
#include "engine/catalog/viewdef.h"

#include <QList>
#include <QString>

namespace sluice::engine {

// A schema: a PostgreSQL schema, a MariaDB database, or SQLite's "main" or an
// attached database.
struct SchemaDef
{
    QString name;
    QString owner;
    QString comment;
    // MariaDB database defaults.
    QString defaultCharset;
    QString defaultCollation;

    QList<UserDefinedType> types;
    QList<SequenceDef> sequences;
    QList<TableDef> tables;
    // Views and materialized views (ViewDef::materialized).
    QList<ViewDef> views;
    QList<RoutineDef> routines;
    QList<GrantDef> grants;

    [[nodiscard]] const TableDef *table(const QString &tableName) const;
    [[nodiscard]] const ViewDef *view(const QString &viewName) const;
    [[nodiscard]] const SequenceDef *sequence(const QString &sequenceName) const;

    friend bool operator==(const SchemaDef &, const SchemaDef &) = default;
};

} // namespace sluice::engine
