#include "engine/catalog/catalog.h"

#include <algorithm>

namespace sluice::engine {

namespace {

template <typename List>
auto findByName(const List &list, const QString &name) -> decltype(&list.first())
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&name](const auto &item) { return item.name == name; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const ColumnDef *TableDef::column(const QString &columnName) const
{
    return findByName(columns, columnName);
}

const ConstraintDef *TableDef::primaryKey() const
{
    const auto it = std::find_if(constraints.cbegin(), constraints.cend(), [](const auto &c) {
        return c.type == ConstraintType::PrimaryKey;
    });
    return it == constraints.cend() ? nullptr : &*it;
}

QList<ConstraintDef> TableDef::foreignKeys() const
{
    QList<ConstraintDef> result;
    std::copy_if(constraints.cbegin(), constraints.cend(), std::back_inserter(result),
                 [](const ConstraintDef &c) { return c.isForeignKey(); });
    return result;
}

const TableDef *SchemaDef::table(const QString &tableName) const
{
    return findByName(tables, tableName);
}

const ViewDef *SchemaDef::view(const QString &viewName) const
{
    return findByName(views, viewName);
}

const SequenceDef *SchemaDef::sequence(const QString &sequenceName) const
{
    return findByName(sequences, sequenceName);
}

const SchemaDef *Catalog::schema(const QString &schemaName) const
{
    return findByName(schemas, schemaName);
}

const TableDef *Catalog::table(const QString &schemaName, const QString &tableName) const
{
    const SchemaDef *s = schema(schemaName);
    return s ? s->table(tableName) : nullptr;
}

} // namespace sluice::engine
