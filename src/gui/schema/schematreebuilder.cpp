#include "gui/schema/schematreebuilder.h"

#include <QIcon>
#include <QStandardItemModel>

namespace sluice::gui {

QStandardItem *SchemaTreeBuilder::node(const QString &text, const QString &icon,
                                       const SchemaNodeRef &ref)
{
    auto *item = new QStandardItem(QIcon(QStringLiteral(":/icons/") + icon + u".svg"), text);
    item->setEditable(false);
    item->setData(int(ref.kind), KindRole);
    item->setData(ref.schema, SchemaRole);
    item->setData(ref.object, ObjectRole);
    item->setData(ref.child, ChildRole);
    return item;
}

QStandardItem *SchemaTreeBuilder::folder(const QString &title, qsizetype count, const QString &icon)
{
    QStandardItem *item = node(tr("%1 (%2)").arg(title).arg(count), icon, {});
    item->setData(title, Qt::AccessibleTextRole);
    return item;
}

SchemaNodeRef SchemaTreeBuilder::refOf(const QStandardItem *item)
{
    if (!item)
        return {};
    return {SchemaNodeKind(item->data(KindRole).toInt()), item->data(SchemaRole).toString(),
            item->data(ObjectRole).toString(), item->data(ChildRole).toString()};
}

QStandardItem *SchemaTreeBuilder::tableNode(const engine::TableDef &table)
{
    const QString &schema = table.schema;
    QStandardItem *item =
        node(table.name, QStringLiteral("table"), {SchemaNodeKind::Table, schema, table.name, {}});
    QStandardItem *columns = folder(tr("Columns"), table.columns.size(), QStringLiteral("folder"));
    for (const auto &column : table.columns) {
        const QString text = tr("%1 : %2").arg(
            column.name, column.type.text.isEmpty() ? column.type.toSql() : column.type.text);
        columns->appendRow(node(text, QStringLiteral("column"),
                                {SchemaNodeKind::Column, schema, table.name, column.name}));
    }
    item->appendRow(columns);
    if (!table.indexes.isEmpty()) {
        QStandardItem *indexes =
            folder(tr("Indexes"), table.indexes.size(), QStringLiteral("folder"));
        for (const auto &index : table.indexes)
            indexes->appendRow(node(index.name, QStringLiteral("index"),
                                    {SchemaNodeKind::Index, schema, table.name, index.name}));
        item->appendRow(indexes);
    }
    if (!table.constraints.isEmpty()) {
        QStandardItem *constraints =
            folder(tr("Constraints"), table.constraints.size(), QStringLiteral("folder"));
        for (qsizetype i = 0; i < table.constraints.size(); ++i) {
            const auto &constraint = table.constraints.at(i);
            // Unnamed constraints (SQLite) are found again by their position.
            const QString key =
                constraint.name.isEmpty() ? u'#' + QString::number(i) : constraint.name;
            const QString text = constraint.name.isEmpty()
                                     ? tr("(unnamed) %1").arg(constraint.columns.join(u", "))
                                     : constraint.name;
            constraints->appendRow(node(text, QStringLiteral("key"),
                                        {SchemaNodeKind::Constraint, schema, table.name, key}));
        }
        item->appendRow(constraints);
    }
    if (!table.triggers.isEmpty()) {
        QStandardItem *triggers =
            folder(tr("Triggers"), table.triggers.size(), QStringLiteral("folder"));
        for (const auto &trigger : table.triggers)
            triggers->appendRow(node(trigger.name, QStringLiteral("trigger"),
                                     {SchemaNodeKind::Trigger, schema, table.name, trigger.name}));
        item->appendRow(triggers);
    }
    return item;
}

void SchemaTreeBuilder::build(QStandardItemModel *model, const engine::Catalog &catalog)
{
    model->clear();
    model->setHorizontalHeaderLabels({tr("Object")});
    for (const engine::SchemaDef &schema : catalog.schemas) {
        QStandardItem *schemaItem = node(schema.name, QStringLiteral("schema"),
                                         {SchemaNodeKind::Schema, schema.name, {}, {}});
        QStandardItem *tables =
            folder(tr("Tables"), schema.tables.size(), QStringLiteral("folder"));
        for (const auto &table : schema.tables)
            tables->appendRow(tableNode(table));
        schemaItem->appendRow(tables);

        QStandardItem *views = folder(tr("Views"), schema.views.size(), QStringLiteral("folder"));
        for (const auto &view : schema.views)
            views->appendRow(node(view.name, QStringLiteral("view"),
                                  {SchemaNodeKind::View, schema.name, view.name, {}}));
        schemaItem->appendRow(views);

        QStandardItem *sequences =
            folder(tr("Sequences"), schema.sequences.size(), QStringLiteral("folder"));
        for (const auto &sequence : schema.sequences)
            sequences->appendRow(node(sequence.name, QStringLiteral("sequence"),
                                      {SchemaNodeKind::Sequence, schema.name, sequence.name, {}}));
        schemaItem->appendRow(sequences);

        QStandardItem *routines =
            folder(tr("Routines"), schema.routines.size(), QStringLiteral("folder"));
        for (const auto &routine : schema.routines)
            routines->appendRow(
                node(routine.signature(), QStringLiteral("routine"),
                     {SchemaNodeKind::Routine, schema.name, routine.signature(), {}}));
        schemaItem->appendRow(routines);
        model->appendRow(schemaItem);
    }
}

} // namespace sluice::gui
