#pragma once

#include <QString>
#include <QStringList>

namespace sluice::engine {

// A user or role (FULL mode). PostgreSQL roles and MariaDB users/roles.
// Passwords are never read: the target gets the account without one.
struct RoleDef
{
    QString name;
    // MariaDB: the host part of 'user'@'host'.
    QString host;
    bool canLogin = false;
    bool superuser = false;
    bool createDb = false;
    bool createRole = false;
    // Roles this one is a member of (ROLE_GRANT).
    QStringList memberOf;
    QString comment;

    friend bool operator==(const RoleDef &, const RoleDef &) = default;
};

} // namespace sluice::engine
