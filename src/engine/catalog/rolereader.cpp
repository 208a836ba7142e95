#include "engine/catalog/rolereader.h"

#include "engine/catalog/sqlquoting.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

// 'user'@'host' as information_schema writes a grantee.
QString grantee(const RoleDef &role)
{
    return u'\'' + role.name + u"'@'"_s + role.host + u'\'';
}

} // namespace

bool RoleReader::read(Dialect dialect, Catalog &catalog)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        readPostgres(catalog);
        break;
    case Dialect::MariaDB:
        readMariadb(catalog);
        break;
    case Dialect::SQLite:
        break;
    }
    return m_sql.ok();
}

void RoleReader::readPostgres(Catalog &catalog)
{
    QSqlQuery q;
    // oid 10 is the bootstrap superuser initdb creates: every cluster has one.
    const QString sql =
        u"SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, "
        u"  r.rolinherit, r.rolreplication, r.rolbypassrls, r.rolconnlimit, "
        u"  r.rolvaliduntil::text, "
        u"  (SELECT json_agg(g.rolname ORDER BY g.rolname) FROM pg_auth_members m "
        u"   JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), "
        u"  (SELECT json_agg(g.rolname ORDER BY g.rolname) FROM pg_auth_members m "
        u"   JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid AND m.admin_option), "
        u"  shobj_description(r.oid, 'pg_authid') "
        u"FROM pg_roles r WHERE r.rolname !~ '^pg_' AND r.oid <> 10 ORDER BY r.rolname"_s;
    if (!m_sql.exec(q, sql))
        return;
    while (q.next()) {
        RoleDef role;
        role.name = q.value(0).toString();
        role.canLogin = q.value(1).toBool();
        role.superuser = q.value(2).toBool();
        role.createDb = q.value(3).toBool();
        role.createRole = q.value(4).toBool();
        role.inherit = q.value(5).toBool();
        role.replication = q.value(6).toBool();
        role.bypassRls = q.value(7).toBool();
        role.connectionLimit = q.value(8).toInt();
        role.validUntil = q.value(9).toString();
        role.memberOf = SqlRunner::jsonStrings(q.value(10));
        role.adminOf = SqlRunner::jsonStrings(q.value(11));
        role.comment = q.value(12).toString();
        catalog.roles.append(role);
    }
}

void RoleReader::readMariadb(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql = u"SELECT User, Host, is_role, default_role, max_user_connections "
                        u"FROM mysql.user WHERE User NOT IN ('root', 'mariadb.sys', '') "
                        u"ORDER BY is_role DESC, User, Host"_s;
    if (!m_sql.exec(q, sql))
        return;
    QList<RoleDef> roles;
    while (q.next()) {
        RoleDef role;
        role.name = q.value(0).toString();
        const bool isRole = q.value(2).toString() == u"Y";
        role.host = isRole ? QString() : q.value(1).toString();
        role.canLogin = !isRole;
        role.defaultRole = q.value(3).toString();
        const int limit = q.value(4).toInt();
        role.connectionLimit = limit > 0 ? limit : -1;
        roles.append(role);
    }
    // Role grants: a role's Host is empty in roles_mapping too.
    if (!m_sql.exec(q, u"SELECT User, Host, Role, Admin_option FROM mysql.roles_mapping "
                       u"ORDER BY User, Host, Role"_s))
        return;
    while (q.next()) {
        for (RoleDef &role : roles) {
            if (role.name != q.value(0).toString() || role.host != q.value(1).toString())
                continue;
            role.memberOf.append(q.value(2).toString());
            if (q.value(3).toString() == u"Y")
                role.adminOf.append(q.value(2).toString());
        }
    }
    readMariadbPrivileges(roles);
    catalog.roles += roles;
}

// Global privileges (ON *.*). USER_PRIVILEGES lists every privilege of an
// account, new ones included, but no roles: a role's come from SHOW GRANTS.
void RoleReader::readMariadbPrivileges(QList<RoleDef> &roles)
{
    QSqlQuery q;
    if (!m_sql.exec(q, u"SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE "
                       u"FROM information_schema.USER_PRIVILEGES"_s))
        return;
    QHash<QString, RoleDef *> accounts;
    for (RoleDef &role : roles) {
        if (role.canLogin)
            accounts.insert(grantee(role), &role);
    }
    while (q.next()) {
        RoleDef *role = accounts.value(q.value(0).toString());
        const QString privilege = q.value(1).toString();
        if (!role || privilege == u"USAGE")
            continue;
        role->privileges.append(privilege);
        role->grantOption = role->grantOption || q.value(2).toString() == u"YES";
    }
    static const QRegularExpression global(
        u"^GRANT (.+) ON \\*\\.\\* TO \\S+( WITH GRANT OPTION)?$"_s);
    for (RoleDef &role : roles) {
        if (role.canLogin)
            continue;
        if (!m_sql.exec(q, u"SHOW GRANTS FOR "_s +
                               SqlQuoting::identifier(role.name, Dialect::MariaDB)))
            return;
        while (q.next()) {
            const QRegularExpressionMatch match = global.match(q.value(0).toString());
            if (!match.hasMatch() || match.captured(1) == u"USAGE")
                continue;
            role.privileges += match.captured(1).split(u", "_s);
            role.grantOption = !match.captured(2).isEmpty();
        }
    }
}

} // namespace sluice::engine
