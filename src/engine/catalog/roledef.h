#pragma once

#include <QString>
#include <QStringList>

namespace sluice::engine {

// A user or role (FULL mode): a PostgreSQL role, a MariaDB account
// ('name'@'host') or MariaDB role. Passwords and their hashes are never read:
// the target gets the account without one and the DDL writer warns.
struct RoleDef
{
    QString name;
    // MariaDB: the host part of 'user'@'host' (empty for a MariaDB role).
    QString host;
    // PostgreSQL LOGIN; MariaDB: an account rather than a role. USER, not ROLE, in filters.
    bool canLogin = false;
    // PostgreSQL role attributes (SYSTEM_GRANT).
    bool superuser = false;
    bool createDb = false;
    bool createRole = false;
    bool inherit = true;
    bool replication = false;
    bool bypassRls = false;
    // -1: no limit (PostgreSQL CONNECTION LIMIT, MariaDB MAX_USER_CONNECTIONS).
    int connectionLimit = -1;
    // PostgreSQL VALID UNTIL, as the server prints it; empty: forever.
    QString validUntil;
    // MariaDB global privileges ("SELECT", "PROCESS", ...; ON *.*), SYSTEM_GRANT.
    QStringList privileges;
    // The global privileges are held WITH GRANT OPTION.
    bool grantOption = false;
    // Roles this one is a member of (ROLE_GRANT); those held WITH ADMIN OPTION
    // are also in adminOf.
    QStringList memberOf;
    QStringList adminOf;
    // MariaDB: the role SET DEFAULT ROLE made active at login (DEFAULT_ROLE).
    QString defaultRole;
    QString comment;

    // How the role is written in messages: "name" or 'name'@'host'.
    [[nodiscard]] QString displayName() const
    {
        return host.isEmpty() ? name : u'\'' + name + QStringLiteral("'@'") + host + u'\'';
    }

    friend bool operator==(const RoleDef &, const RoleDef &) = default;
};

} // namespace sluice::engine
