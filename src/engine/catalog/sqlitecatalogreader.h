#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/catalogreader.h"
#include "engine/catalog/sqlrunner.h"

#include <QHash>

namespace sluice::engine {

// SQLite introspection: sqlite_schema and the table-valued pragma functions
// (pragma_table_xinfo, pragma_index_list, pragma_index_xinfo,
// pragma_foreign_key_list) joined against it, one query per kind and schema.
// What the pragmas leave out (constraint names, CHECK, DEFERRABLE,
// AUTOINCREMENT, generated expressions, collations) comes from the stored
// CREATE texts through SqliteDdlParser; those texts are kept in `definition`
// for same-engine DDL.
class SqliteCatalogReader
{
public:
    SqliteCatalogReader(const QSqlDatabase &db, const CatalogReadOptions &options);

    [[nodiscard]] bool read(Catalog &catalog);
    [[nodiscard]] QString errorString() const { return m_sql.errorString(); }

private:
    void readSchemas(Catalog &catalog);
    void readObjects(SchemaDef &schema);
    void readColumns(SchemaDef &schema);
    void readIndexes(SchemaDef &schema);
    void readForeignKeys(SchemaDef &schema);
    void readAutoIncrement(SchemaDef &schema);
    void applyTableSyntax(TableDef &table, const QStringList &primaryKey);

    SqlRunner m_sql;
    CatalogReadOptions m_options;
    // Tables and views by name, for the schema being read.
    QHash<QString, TableDef *> m_tables;
    QHash<QString, ViewDef *> m_views;
    QHash<QString, QString> m_indexSql;
    bool m_hasSequenceTable = false;
};

} // namespace sluice::engine
