#pragma once

#include "engine/catalog/objectkind.h"

#include <QString>
#include <QStringList>

namespace sluice::engine {

// An object privilege ("GRANT SELECT ON hr.employees TO reporting"), or with
// an empty object a database-wide one (a SYSTEM_GRANT).
struct GrantDef
{
    ObjectKind objectKind = ObjectKind::Table;
    QString schema;
    // Object name; for routines the signature "name(args)".
    QString object;
    QString grantee;
    QString grantor;
    // "SELECT", "INSERT", "EXECUTE", "USAGE", ... one per grant.
    QString privilege;
    // Column privileges: the columns; empty for the whole object.
    QStringList columns;
    bool withGrantOption = false;

    friend bool operator==(const GrantDef &, const GrantDef &) = default;
};

} // namespace sluice::engine
