#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/catalogreader.h"
#include "engine/catalog/sqlrunner.h"

#include <QHash>

namespace sluice::engine {

// PostgreSQL introspection from pg_catalog. Exact texts come from the
// server's own deparsers (format_type, pg_get_constraintdef, pg_get_indexdef,
// pg_get_viewdef, pg_get_triggerdef, pg_get_functiondef).
class PostgresCatalogReader
{
public:
    PostgresCatalogReader(const QSqlDatabase &db, const CatalogReadOptions &options);

    [[nodiscard]] bool read(Catalog &catalog);
    [[nodiscard]] QString errorString() const { return m_sql.errorString(); }

private:
    void readSchemas(Catalog &catalog);
    void readRelations(Catalog &catalog);
    void readColumns(Catalog &catalog);
    void readConstraints();
    void readIndexes();
    void readTriggers();
    void readViewDependencies(Catalog &catalog);
    void readSequences(Catalog &catalog);
    void readTypes(Catalog &catalog);
    void readRoutines(Catalog &catalog);
    void readAggregates(Catalog &catalog);
    void readGrants(Catalog &catalog);

    SchemaDef *schemaNamed(Catalog &catalog, const QString &name);
    // The schema filter as a JSON array bound to "?" in the queries.
    [[nodiscard]] QString schemaFilter() const;

    SqlRunner m_sql;
    CatalogReadOptions m_options;
    QStringList m_schemaNames;
    // Relation oid -> table, filled by readRelations; pointers into the
    // catalog, stable because the lists are not resized afterwards.
    QHash<qint64, TableDef *> m_tables;
    QHash<qint64, ViewDef *> m_views;
    QHash<qint64, UserDefinedType *> m_composites;
};

} // namespace sluice::engine
