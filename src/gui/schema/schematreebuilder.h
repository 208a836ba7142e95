#pragma once

#include "engine/catalog/catalog.h"

#include <QCoreApplication>

class QStandardItem;
class QStandardItemModel;

namespace sluice::gui {

// What a schema-tree row stands for.
enum class SchemaNodeKind {
    Schema,
    Folder,
    Table,
    View,
    Sequence,
    Routine,
    Column,
    Index,
    Constraint,
    Trigger
};

// Where a row points into the Catalog; stored in the items' data roles.
struct SchemaNodeRef
{
    SchemaNodeKind kind = SchemaNodeKind::Folder;
    QString schema;
    QString object; // table, view, sequence or routine signature
    QString child;  // column, index, constraint or trigger of a table
};

// Fills a model with schemas -> tables (columns, indexes, constraints, triggers),
// views, sequences and routines.
class SchemaTreeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SchemaTreeBuilder)

public:
    enum Role { KindRole = Qt::UserRole + 1, SchemaRole, ObjectRole, ChildRole };

    static void build(QStandardItemModel *model, const engine::Catalog &catalog);
    [[nodiscard]] static SchemaNodeRef refOf(const QStandardItem *item);

private:
    static QStandardItem *node(const QString &text, const QString &icon, const SchemaNodeRef &ref);
    static QStandardItem *folder(const QString &title, qsizetype count, const QString &icon);
    static QStandardItem *tableNode(const engine::TableDef &table);
};

} // namespace sluice::gui
