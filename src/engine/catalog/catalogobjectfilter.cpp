#include "engine/catalog/catalogobjectfilter.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

bool isRoutine(ObjectKind kind)
{
    return kind == ObjectKind::Function || kind == ObjectKind::Procedure ||
           kind == ObjectKind::Aggregate;
}

ObjectKind routineKind(RoutineKind kind)
{
    switch (kind) {
    case RoutineKind::Procedure:
        return ObjectKind::Procedure;
    case RoutineKind::Aggregate:
        return ObjectKind::Aggregate;
    case RoutineKind::Function:
        break;
    }
    return ObjectKind::Function;
}

// PostgreSQL role attributes and MariaDB global privileges: SYSTEM_GRANT.
bool hasSystemPrivileges(const RoleDef &role)
{
    return role.superuser || role.createDb || role.createRole || role.replication ||
           role.bypassRls || !role.privileges.isEmpty();
}

// Calls visit(kind, name) for every named object of the catalog; routines by
// their bare name, as a name clause writes them.
template <typename Visit>
void forEachObject(const Catalog &catalog, Visit visit)
{
    for (const RoleDef &role : catalog.roles)
        visit(role.canLogin ? ObjectKind::User : ObjectKind::Role, role.name);
    for (const SchemaDef &schema : catalog.schemas) {
        visit(ObjectKind::Schema, schema.name);
        for (const UserDefinedType &type : schema.types)
            visit(type.kind == UserTypeKind::Domain ? ObjectKind::Domain : ObjectKind::Type,
                  type.name);
        for (const SequenceDef &sequence : schema.sequences) {
            if (!sequence.identity)
                visit(ObjectKind::Sequence, sequence.name);
        }
        for (const TableDef &table : schema.tables) {
            visit(ObjectKind::Table, table.name);
            visit(ObjectKind::TableData, table.name);
            for (const IndexDef &index : table.indexes)
                visit(ObjectKind::Index, index.name);
            for (const ConstraintDef &c : table.constraints)
                visit(c.isForeignKey() ? ObjectKind::RefConstraint : ObjectKind::Constraint,
                      c.name);
            for (const TriggerDef &trigger : table.triggers)
                visit(ObjectKind::Trigger, trigger.name);
        }
        for (const ViewDef &view : schema.views) {
            visit(view.materialized ? ObjectKind::MaterializedView : ObjectKind::View, view.name);
            for (const IndexDef &index : view.indexes)
                visit(ObjectKind::Index, index.name);
        }
        for (const RoutineDef &routine : schema.routines)
            visit(routineKind(routine.kind), routine.name);
        if (!schema.grants.isEmpty())
            visit(ObjectKind::ObjectGrant, QString());
    }
    for (const RoleDef &role : catalog.roles) {
        if (hasSystemPrivileges(role))
            visit(ObjectKind::SystemGrant, QString());
        if (!role.memberOf.isEmpty() || !role.defaultRole.isEmpty())
            visit(ObjectKind::RoleGrant, QString());
    }
}

} // namespace

CatalogObjectFilter::CatalogObjectFilter(Dialect source, ObjectPathRoot root)
    : m_source(source)
    , m_root(root)
{}

bool CatalogObjectFilter::resolve(const ObjectFilter &filter, const QString &parameter,
                                  const Catalog &catalog, Rule *rule)
{
    const ObjectTypeLookup lookup = ObjectTypes::lookup(filter.objectType, m_root);
    if (!lookup.found) {
        m_error = lookup.errorString;
        return false;
    }
    rule->text = parameter + u'=' + filter.toParameterText();
    rule->kinds = lookup.kinds;
    rule->named = filter.nameClause.has_value();
    if (lookup.ignored)
        return true;
    // Kinds the source engine cannot have: Data Pump's ORA-39168.
    QStringList reasons;
    for (ObjectKind kind : lookup.kinds.toList()) {
        if (ObjectTypes::availableOn(kind, m_source))
            continue;
        rule->kinds.remove(kind);
        reasons.append(ObjectTypes::unavailableReason(kind, m_source));
    }
    if (rule->kinds.isEmpty()) {
        m_error = ObjectTypes::notFoundMessage(lookup.name, reasons.join(u"; "));
        return false;
    }
    if (filter.nameClause && !lookup.named) {
        m_error = QCoreApplication::translate(
                      "CatalogObjectFilter",
                      "%1: object type %2 has no names; a name clause cannot be used with it")
                      .arg(rule->text, lookup.name);
        return false;
    }
    QStringList identifiers;
    forEachObject(catalog, [&](ObjectKind kind, const QString &name) {
        if (rule->kinds.contains(kind) && !identifiers.contains(name))
            identifiers.append(name);
    });
    if (!filter.nameClause) {
        rule->names = QSet<QString>(identifiers.cbegin(), identifiers.cend());
        if (identifiers.isEmpty())
            m_messages.append(
                QCoreApplication::translate("CatalogObjectFilter",
                                            "%1 matched no object: the source has no %2")
                    .arg(rule->text, rule->kinds.toString()));
        return true;
    }
    const IdentifierMatcher::Result selected = filter.nameClause->select(identifiers, m_source);
    if (selected.status == IdentifierMatcher::Status::Ambiguous) {
        m_error = rule->text + u": "_s + selected.errorString;
        return false;
    }
    rule->names = QSet<QString>(selected.identifiers.cbegin(), selected.identifiers.cend());
    if (rule->names.isEmpty())
        m_messages.append(QCoreApplication::translate("CatalogObjectFilter", "%1 matched no object")
                              .arg(rule->text));
    return true;
}

bool CatalogObjectFilter::prepare(const Catalog &catalog, const QList<ObjectFilter> &includes,
                                  const QList<ObjectFilter> &excludes)
{
    m_includes.clear();
    m_excludes.clear();
    m_parents.clear();
    m_error.clear();
    m_messages.clear();
    for (const ObjectFilter &filter : includes) {
        Rule rule;
        if (!resolve(filter, u"INCLUDE"_s, catalog, &rule))
            return false;
        m_includes.append(rule);
    }
    for (const ObjectFilter &filter : excludes) {
        Rule rule;
        if (!resolve(filter, u"EXCLUDE"_s, catalog, &rule))
            return false;
        m_excludes.append(rule);
    }
    auto record = [this](ObjectKind kind, const QString &schema, const QString &key,
                         const QString &name) {
        m_parents.insert(schema + u'.' + key,
                         topLevelKept(ObjectKind::Schema, schema) && topLevelKept(kind, name));
    };
    for (const SchemaDef &schema : catalog.schemas) {
        m_parents.insert(schema.name + u'.' + schema.name,
                         topLevelKept(ObjectKind::Schema, schema.name));
        for (const UserDefinedType &type : schema.types)
            record(type.kind == UserTypeKind::Domain ? ObjectKind::Domain : ObjectKind::Type,
                   schema.name, type.name, type.name);
        for (const SequenceDef &sequence : schema.sequences)
            record(ObjectKind::Sequence, schema.name, sequence.name, sequence.name);
        for (const TableDef &table : schema.tables)
            record(ObjectKind::Table, schema.name, table.name, table.name);
        for (const ViewDef &view : schema.views)
            record(view.materialized ? ObjectKind::MaterializedView : ObjectKind::View, schema.name,
                   view.name, view.name);
        for (const RoutineDef &routine : schema.routines)
            record(routineKind(routine.kind), schema.name, routine.signature(), routine.name);
    }
    return true;
}

bool CatalogObjectFilter::selects(const QList<Rule> &rules, ObjectKind kind, const QString &name)
{
    for (const Rule &rule : rules) {
        if (rule.kinds.contains(kind) && (!rule.named || rule.names.contains(name)))
            return true;
    }
    return false;
}

bool CatalogObjectFilter::topLevelKept(ObjectKind kind, const QString &name) const
{
    // A schema is only filtered by a SCHEMA filter; INCLUDE of other types keeps it.
    const bool included = m_includes.isEmpty() || selects(m_includes, kind, name) ||
                          (kind == ObjectKind::Schema &&
                           !std::any_of(m_includes.cbegin(), m_includes.cend(), [](const Rule &r) {
                               return r.kinds.contains(ObjectKind::Schema);
                           }));
    return included && !selects(m_excludes, kind, name);
}

bool CatalogObjectFilter::keeps(ObjectKind kind, const QString &schema, const QString &name) const
{
    const QString bare = isRoutine(kind) ? name.section(u'(', 0, 0) : name;
    return m_parents.value(schema + u'.' + name,
                           topLevelKept(ObjectKind::Schema, schema) && topLevelKept(kind, bare));
}

bool CatalogObjectFilter::accepts(const DdlStatement &statement) const
{
    switch (statement.kind) {
    case ObjectKind::Index:
    case ObjectKind::Constraint:
    case ObjectKind::RefConstraint:
    case ObjectKind::Trigger:
    case ObjectKind::Comment:
    case ObjectKind::ObjectGrant:
    case ObjectKind::TableData: {
        // Dependents follow their parent, then their own filters apply.
        const QString parent = statement.schema + u'.' + statement.parent;
        if (!m_parents.value(parent, true) ||
            !m_parents.value(statement.schema + u'.' + statement.schema, true))
            return false;
        const bool named =
            statement.kind != ObjectKind::Comment && statement.kind != ObjectKind::ObjectGrant;
        const QString name = named ? statement.name : QString();
        if (selects(m_excludes, statement.kind, name))
            return false;
        if (m_includes.isEmpty() || selects(m_includes, statement.kind, name))
            return true;
        // Included with a parent that an INCLUDE selected (not merely kept).
        return m_parents.contains(parent) && !m_includes.isEmpty() &&
               std::any_of(m_includes.cbegin(), m_includes.cend(), [&](const Rule &rule) {
                   return ObjectTypes::dependents(rule.kinds).contains(statement.kind);
               });
    }
    default:
        return keeps(statement.kind, statement.schema, statement.name);
    }
}

QList<DdlStatement> CatalogObjectFilter::filter(const QList<DdlStatement> &statements) const
{
    QList<DdlStatement> kept;
    for (const DdlStatement &statement : statements) {
        if (accepts(statement))
            kept.append(statement);
    }
    return kept;
}

bool CatalogObjectFilter::includesData(const QString &schema, const QString &table) const
{
    return accepts(DdlStatement{ObjectKind::TableData, schema, table, table, {}});
}

Catalog CatalogObjectFilter::filtered(const Catalog &catalog) const
{
    Catalog copy = catalog;
    filterRoles(copy.roles);
    copy.schemas.removeIf([&](const SchemaDef &schema) {
        return !keeps(ObjectKind::Schema, schema.name, schema.name);
    });
    for (SchemaDef &schema : copy.schemas) {
        const QString &name = schema.name;
        schema.types.removeIf([&](const UserDefinedType &type) {
            return !keeps(type.kind == UserTypeKind::Domain ? ObjectKind::Domain : ObjectKind::Type,
                          name, type.name);
        });
        schema.sequences.removeIf([&](const SequenceDef &sequence) {
            return !keeps(ObjectKind::Sequence, name, sequence.name);
        });
        schema.tables.removeIf(
            [&](const TableDef &table) { return !keeps(ObjectKind::Table, name, table.name); });
        schema.views.removeIf([&](const ViewDef &view) {
            return !keeps(view.materialized ? ObjectKind::MaterializedView : ObjectKind::View, name,
                          view.name);
        });
        schema.routines.removeIf([&](const RoutineDef &routine) {
            return !keeps(routineKind(routine.kind), name, routine.signature());
        });
        for (TableDef &table : schema.tables)
            filterDependents(table);
        schema.grants.removeIf([&](const GrantDef &grant) {
            return !accepts(DdlStatement{ObjectKind::ObjectGrant,
                                         grant.schema.isEmpty() ? name : grant.schema,
                                         {},
                                         grant.object,
                                         {}});
        });
    }
    return copy;
}

// Users and roles are kept by USER / ROLE filters; their system privileges and
// role grants follow them, then SYSTEM_GRANT / ROLE_GRANT filters apply.
void CatalogObjectFilter::filterRoles(QList<RoleDef> &roles) const
{
    roles.removeIf([&](const RoleDef &role) {
        return !topLevelKept(role.canLogin ? ObjectKind::User : ObjectKind::Role, role.name);
    });
    const auto kept = [&](ObjectKind kind) {
        return !selects(m_excludes, kind, {}) &&
               (m_includes.isEmpty() || selects(m_includes, kind, {}) ||
                std::any_of(m_includes.cbegin(), m_includes.cend(), [&](const Rule &rule) {
                    return ObjectTypes::dependents(rule.kinds).contains(kind);
                }));
    };
    const bool systemGrants = kept(ObjectKind::SystemGrant);
    const bool roleGrants = kept(ObjectKind::RoleGrant);
    for (RoleDef &role : roles) {
        if (!systemGrants) {
            role.superuser = role.createDb = role.createRole = false;
            role.replication = role.bypassRls = role.grantOption = false;
            role.privileges.clear();
        }
        if (!roleGrants) {
            role.memberOf.clear();
            role.adminOf.clear();
            role.defaultRole.clear();
        }
    }
}

void CatalogObjectFilter::filterDependents(TableDef &table) const
{
    const auto accepted = [&](ObjectKind kind, const QString &name) {
        return accepts(DdlStatement{kind, table.schema, name, table.name, {}});
    };
    table.indexes.removeIf(
        [&](const IndexDef &index) { return !accepted(ObjectKind::Index, index.name); });
    table.constraints.removeIf([&](const ConstraintDef &constraint) {
        return !accepted(constraint.isForeignKey() ? ObjectKind::RefConstraint
                                                   : ObjectKind::Constraint,
                         constraint.name);
    });
    table.triggers.removeIf(
        [&](const TriggerDef &trigger) { return !accepted(ObjectKind::Trigger, trigger.name); });
    if (!accepted(ObjectKind::Comment, {})) {
        table.comment.clear();
        for (ColumnDef &column : table.columns)
            column.comment.clear();
    }
}

} // namespace sluice::engine
