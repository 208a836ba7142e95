#include "engine/catalog/tablerefmatch.h"

#include "engine/params/identifiermatcher.h"

namespace sluice::engine {

std::optional<QList<TableMatch>> matchTables(const Catalog &catalog, const TableRef &ref,
                                             const QString &defaultSchema, QString *error)
{
    QStringList schemaNames;
    for (const SchemaDef &schema : catalog.schemas)
        schemaNames << schema.name;
    const SqlName schemaName = ref.schema.isEmpty() ? SqlName{defaultSchema, true} : ref.schema;
    QList<TableMatch> matches;
    for (const QString &schemaId :
         IdentifierMatcher::resolve(schemaName, schemaNames, catalog.dialect).identifiers) {
        const SchemaDef *schema = catalog.schema(schemaId);
        QStringList tableNames;
        for (const TableDef &table : schema->tables)
            tableNames << table.name;
        const auto tables = IdentifierMatcher::resolve(ref.table, tableNames, catalog.dialect);
        if (tables.status == IdentifierMatcher::Status::Ambiguous) {
            *error = tables.errorString;
            return std::nullopt;
        }
        for (const QString &tableId : tables.identifiers) {
            if (const TableDef *table = schema->table(tableId))
                matches << TableMatch{schema, table};
        }
    }
    return matches;
}

} // namespace sluice::engine
