#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/catalogreader.h"
#include "engine/catalog/sqlrunner.h"

#include <QHash>

namespace sluice::engine {

// MariaDB introspection from information_schema (TABLES, COLUMNS,
// TABLE_CONSTRAINTS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS,
// CHECK_CONSTRAINTS, STATISTICS, VIEWS, PARTITIONS, TRIGGERS,
// TABLE_PRIVILEGES) and mysql.proc (information_schema.ROUTINES and SHOW
// CREATE when mysql.proc is not readable), one query per kind. Sequence states come
// from one UNION over the sequence tables. Trigger texts come from SHOW CREATE
// TRIGGER, one per trigger, because the server keeps them as written and no
// catalog table has them whole.
class MariadbCatalogReader
{
public:
    MariadbCatalogReader(const QSqlDatabase &db, const CatalogReadOptions &options);

    [[nodiscard]] bool read(Catalog &catalog);
    [[nodiscard]] QString errorString() const { return m_sql.errorString(); }

private:
    void readSchemas(Catalog &catalog);
    void readTables(Catalog &catalog);
    void readColumns();
    void readConstraints();
    void readConstraintColumns();
    void readIndexes();
    void readPartitions();
    void readViews();
    void readSequences();
    void readRoutines(Catalog &catalog);
    void readRoutinesWithoutProc();
    static void splitRoutineHeader(RoutineDef &routine);
    void readTriggers();
    void readGrants(Catalog &catalog);

    // "(?, ?, ...)" for the schema names, bound through schemaBinds().
    [[nodiscard]] QString schemaList() const;
    [[nodiscard]] QVariantList schemaBinds(int times = 1) const;
    [[nodiscard]] static QString key(const QString &schema, const QString &name);

    SqlRunner m_sql;
    CatalogReadOptions m_options;
    QStringList m_schemaNames;
    // "schema.name" -> object, pointers into the catalog (stable once filled).
    QHash<QString, SchemaDef *> m_schemas;
    QHash<QString, TableDef *> m_tables;
    QHash<QString, ViewDef *> m_views;
    QHash<QString, SequenceDef *> m_sequences;
    // Names of UNIQUE constraints per table, which STATISTICS also lists as indexes.
    QHash<QString, QStringList> m_uniqueKeys;
};

} // namespace sluice::engine
