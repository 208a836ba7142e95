#include "gui/filter/filterpreview.h"

#include "engine/catalog/catalogobjectfilter.h"
#include "engine/catalog/ddlstatement.h"

namespace sluice::gui {

using engine::ObjectKind;

QList<FilterObject> FilterPreview::objects(const engine::Catalog &catalog)
{
    QList<FilterObject> list;
    for (const engine::SchemaDef &schema : catalog.schemas) {
        list.append({ObjectKind::Schema, schema.name, schema.name, {}});
        for (const engine::TableDef &table : schema.tables) {
            list.append({ObjectKind::Table, schema.name, table.name, {}});
            for (const auto &index : table.indexes)
                list.append({ObjectKind::Index, schema.name, index.name, table.name});
            for (const auto &trigger : table.triggers)
                list.append({ObjectKind::Trigger, schema.name, trigger.name, table.name});
        }
        for (const engine::ViewDef &view : schema.views)
            list.append({view.materialized ? ObjectKind::MaterializedView : ObjectKind::View,
                         schema.name,
                         view.name,
                         {}});
        for (const engine::SequenceDef &sequence : schema.sequences)
            list.append({ObjectKind::Sequence, schema.name, sequence.name, {}});
        for (const engine::RoutineDef &routine : schema.routines) {
            const ObjectKind kind =
                routine.kind == engine::RoutineKind::Procedure   ? ObjectKind::Procedure
                : routine.kind == engine::RoutineKind::Aggregate ? ObjectKind::Aggregate
                                                                 : ObjectKind::Function;
            list.append({kind, schema.name, routine.name, {}});
        }
        for (const engine::UserDefinedType &type : schema.types)
            list.append(
                {type.kind == engine::UserTypeKind::Domain ? ObjectKind::Domain : ObjectKind::Type,
                 schema.name,
                 type.name,
                 {}});
    }
    return list;
}

FilterPreviewResult FilterPreview::evaluate(const engine::Catalog &catalog,
                                            engine::ObjectPathRoot root,
                                            const QList<FilterObject> &objects,
                                            const QList<engine::ObjectFilter> &includes,
                                            const QList<engine::ObjectFilter> &excludes)
{
    FilterPreviewResult result;
    engine::CatalogObjectFilter filter(catalog.dialect, root);
    if (!filter.prepare(catalog, includes, excludes)) {
        result.error = filter.errorString();
        return result;
    }
    result.ok = true;
    result.messages = filter.messages();
    result.kept.reserve(objects.size());
    for (const FilterObject &object : objects) {
        bool kept = false;
        if (object.kind == ObjectKind::Index || object.kind == ObjectKind::Trigger)
            kept = filter.accepts(
                engine::DdlStatement{object.kind, object.schema, object.name, object.parent, {}});
        else
            kept = filter.keeps(object.kind, object.schema, object.name);
        result.kept.append(kept);
        result.keptCount += kept ? 1 : 0;
    }
    return result;
}

QStringList FilterPreview::matches(const QList<FilterObject> &objects, engine::Dialect dialect,
                                   engine::ObjectPathRoot root, const engine::ObjectFilter &rule,
                                   QString *error)
{
    const engine::ObjectTypeLookup lookup = engine::ObjectTypes::lookup(rule.objectType, root);
    if (!lookup.found) {
        *error = lookup.errorString;
        return {};
    }
    if (rule.nameClause && !lookup.named) {
        *error =
            QStringLiteral("%1 objects have no names a name clause could match").arg(lookup.name);
        return {};
    }
    QStringList names;
    for (const FilterObject &object : objects) {
        if (!lookup.kinds.contains(object.kind))
            continue;
        if (rule.nameClause && !rule.nameClause->matches(object.name, dialect))
            continue;
        names.append(object.qualifiedName());
    }
    return names;
}

QList<ObjectKind> FilterPreview::kinds(engine::Dialect dialect, engine::ObjectPathRoot root)
{
    static constexpr ObjectKind kOrder[] = {
        ObjectKind::Schema,        ObjectKind::User,      ObjectKind::Role,
        ObjectKind::SystemGrant,   ObjectKind::RoleGrant, ObjectKind::Type,
        ObjectKind::Domain,        ObjectKind::Sequence,  ObjectKind::Table,
        ObjectKind::TableData,     ObjectKind::Index,     ObjectKind::Constraint,
        ObjectKind::RefConstraint, ObjectKind::Trigger,   ObjectKind::Comment,
        ObjectKind::ObjectGrant,   ObjectKind::View,      ObjectKind::MaterializedView,
        ObjectKind::Function,      ObjectKind::Procedure, ObjectKind::Aggregate,
        ObjectKind::Statistics,
    };
    QList<ObjectKind> kinds;
    for (ObjectKind kind : kOrder) {
        if (engine::ObjectTypes::availableOn(kind, dialect) &&
            engine::ObjectTypes::availableIn(kind, root))
            kinds.append(kind);
    }
    return kinds;
}

} // namespace sluice::gui
