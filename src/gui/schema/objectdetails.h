#pragma once

#include "gui/schema/schematreebuilder.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace sluice::gui {

// What the details pane shows for one schema-tree row.
struct ObjectDescription
{
    QString title;
    QList<QPair<QString, QString>> properties; // label -> value, in display order
    QString ddl; // CREATE text in the catalog's own dialect; empty when not available
    [[nodiscard]] QString toHtml() const;
};

// Describes catalog objects for the details pane. Pure computation on values:
// cheap enough for the GUI thread (no database, no disk).
class ObjectDetails
{
    Q_DECLARE_TR_FUNCTIONS(ObjectDetails)

public:
    [[nodiscard]] static ObjectDescription describe(const engine::Catalog &catalog,
                                                    const SchemaNodeRef &ref);

private:
    static ObjectDescription table(const engine::Catalog &catalog, const engine::TableDef &t);
    static ObjectDescription column(const engine::ColumnDef &c);
    static ObjectDescription index(const engine::IndexDef &i);
    static ObjectDescription constraint(const engine::ConstraintDef &c);
    static ObjectDescription trigger(const engine::TriggerDef &t);
    static ObjectDescription view(const engine::Catalog &catalog, const engine::ViewDef &v);
    static ObjectDescription sequence(const engine::Catalog &catalog, const engine::SequenceDef &s);
    static ObjectDescription routine(const engine::RoutineDef &r);
    static ObjectDescription schema(const engine::Catalog &catalog, const engine::SchemaDef &s);
};

} // namespace sluice::gui
