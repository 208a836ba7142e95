#include "engine/catalog/objectkind.h"

#include <QStringList>

namespace sluice::engine {

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return QStringLiteral("SCHEMA");
    case ObjectKind::User:
        return QStringLiteral("USER");
    case ObjectKind::Role:
        return QStringLiteral("ROLE");
    case ObjectKind::SystemGrant:
        return QStringLiteral("SYSTEM_GRANT");
    case ObjectKind::RoleGrant:
        return QStringLiteral("ROLE_GRANT");
    case ObjectKind::Type:
        return QStringLiteral("TYPE");
    case ObjectKind::Domain:
        return QStringLiteral("DOMAIN");
    case ObjectKind::Sequence:
        return QStringLiteral("SEQUENCE");
    case ObjectKind::Table:
        return QStringLiteral("TABLE");
    case ObjectKind::TableData:
        return QStringLiteral("TABLE_DATA");
    case ObjectKind::Comment:
        return QStringLiteral("COMMENT");
    case ObjectKind::Index:
        return QStringLiteral("INDEX");
    case ObjectKind::Constraint:
        return QStringLiteral("CONSTRAINT");
    case ObjectKind::RefConstraint:
        return QStringLiteral("REF_CONSTRAINT");
    case ObjectKind::Trigger:
        return QStringLiteral("TRIGGER");
    case ObjectKind::ObjectGrant:
        return QStringLiteral("OBJECT_GRANT");
    case ObjectKind::View:
        return QStringLiteral("VIEW");
    case ObjectKind::MaterializedView:
        return QStringLiteral("MATERIALIZED_VIEW");
    case ObjectKind::Function:
        return QStringLiteral("FUNCTION");
    case ObjectKind::Procedure:
        return QStringLiteral("PROCEDURE");
    case ObjectKind::Aggregate:
        return QStringLiteral("AGGREGATE");
    case ObjectKind::Statistics:
        return QStringLiteral("STATISTICS");
    }
    return {};
}

int ObjectKindSet::count() const
{
    return qPopulationCount(m_bits);
}

QList<ObjectKind> ObjectKindSet::toList() const
{
    QList<ObjectKind> kinds;
    for (int i = 0; i < kObjectKindCount; ++i) {
        if (contains(ObjectKind(i)))
            kinds.append(ObjectKind(i));
    }
    return kinds;
}

QString ObjectKindSet::toString() const
{
    QStringList names;
    for (ObjectKind kind : toList())
        names.append(objectKindName(kind));
    return names.join(u", ");
}

} // namespace sluice::engine
