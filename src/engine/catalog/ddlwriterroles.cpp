// DdlWriter, continued: users and roles (FULL mode). Kept apart from
// ddlwriter.cpp so each file stays readable; the class is one.
//
// Passwords are never exported (RoleDef has none): every account is created
// without one and a warning says so, so that a dump file never carries
// credentials, not even hashed ones.

#include "engine/catalog/ddlwriter.h"

#include "engine/catalog/sqlquoting.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

DdlStatement roleStatement(ObjectKind kind, const RoleDef &role, const QString &sql)
{
    return DdlStatement{kind, {}, role.name, role.name, sql};
}

ObjectKind createKind(const RoleDef &role)
{
    return role.canLogin ? ObjectKind::User : ObjectKind::Role;
}

} // namespace

QList<DdlStatement> DdlWriter::createRoles(const QList<RoleDef> &roles)
{
    if (m_options.target == Dialect::SQLite) {
        for (const RoleDef &role : roles)
            warn(DdlWarning::Severity::Unsupported, role.displayName(),
                 QCoreApplication::translate("DdlWriter",
                                             "SQLite has no users or roles; not created"));
        return {};
    }
    // Every account first, then what refers to other accounts (role grants).
    QList<DdlStatement> creates;
    QList<DdlStatement> grants;
    QSet<QString> created;
    QSet<QString> loginNames;
    for (const RoleDef &role : roles) {
        if (role.canLogin)
            loginNames.insert(role.name);
    }
    for (const RoleDef &role : roles) {
        if (role.canLogin)
            warn(DdlWarning::Severity::Approximate, role.displayName(),
                 QCoreApplication::translate(
                     "DdlWriter",
                     "passwords are not exported: the account is created without one; set it "
                     "before use"));
        if (m_options.target == Dialect::PostgreSQL) {
            // MariaDB accounts of one name on several hosts become one role.
            if (created.contains(role.name)) {
                warn(DdlWarning::Severity::Approximate, role.displayName(),
                     QCoreApplication::translate(
                         "DdlWriter", "PostgreSQL roles have no host part; merged into role %1")
                         .arg(role.name));
                continue;
            }
            created.insert(role.name);
            creates += postgresRole(role);
            grants += postgresRoleGrants(role);
        } else {
            creates += mariadbRole(role);
            grants += mariadbRoleGrants(role, loginNames);
        }
    }
    return creates + grants;
}

// CREATE ROLE with its attributes (Data Pump's SYSTEM_GRANT), and its comment.
QList<DdlStatement> DdlWriter::postgresRole(const RoleDef &role)
{
    QStringList options;
    if (role.canLogin)
        options << u"LOGIN"_s;
    if (role.superuser)
        options << u"SUPERUSER"_s;
    if (role.createDb)
        options << u"CREATEDB"_s;
    if (role.createRole)
        options << u"CREATEROLE"_s;
    if (!role.inherit)
        options << u"NOINHERIT"_s;
    if (role.replication)
        options << u"REPLICATION"_s;
    if (role.bypassRls)
        options << u"BYPASSRLS"_s;
    if (role.connectionLimit >= 0)
        options << u"CONNECTION LIMIT "_s + QString::number(role.connectionLimit);
    if (!role.validUntil.isEmpty())
        options << u"VALID UNTIL "_s + SqlQuoting::literal(role.validUntil, Dialect::PostgreSQL);
    if (!sameEngine())
        options += postgresAttributesFromPrivileges(role);
    QString sql = u"CREATE ROLE "_s + ident(role.name);
    if (!options.isEmpty())
        sql += u" WITH "_s + options.join(u' ');
    QList<DdlStatement> result{roleStatement(createKind(role), role, sql)};
    if (!role.comment.isEmpty())
        result << roleStatement(
            ObjectKind::Comment, role,
            u"COMMENT ON ROLE %1 IS %2"_s.arg(
                ident(role.name), SqlQuoting::literal(role.comment, Dialect::PostgreSQL)));
    if (!sameEngine() && !role.host.isEmpty() && role.host != u"%")
        warn(DdlWarning::Severity::Approximate, role.displayName(),
             QCoreApplication::translate(
                 "DdlWriter",
                 "the host restriction '%1' is not part of a PostgreSQL role; restrict it in "
                 "pg_hba.conf")
                 .arg(role.host));
    return result;
}

// MariaDB global privileges that have a PostgreSQL role attribute; the others
// are reported.
QStringList DdlWriter::postgresAttributesFromPrivileges(const RoleDef &role)
{
    QStringList options;
    for (const QString &privilege : role.privileges) {
        if (privilege == u"CREATE USER")
            options << u"CREATEROLE"_s;
        else if (privilege == u"REPLICATION SLAVE")
            options << u"REPLICATION"_s;
        else
            warn(DdlWarning::Severity::Unsupported, role.displayName(),
                 QCoreApplication::translate(
                     "DdlWriter",
                     "the global privilege %1 ON *.* has no PostgreSQL role attribute; not "
                     "granted (grant object privileges per schema instead)")
                     .arg(privilege));
    }
    options.removeDuplicates();
    return options;
}

QList<DdlStatement> DdlWriter::postgresRoleGrants(const RoleDef &role)
{
    QList<DdlStatement> result;
    for (const QString &member : role.memberOf) {
        QString sql = u"GRANT %1 TO %2"_s.arg(ident(member), ident(role.name));
        if (role.adminOf.contains(member))
            sql += u" WITH ADMIN OPTION"_s;
        result << roleStatement(ObjectKind::RoleGrant, role, sql);
    }
    if (!sameEngine() && !role.defaultRole.isEmpty())
        warn(DdlWarning::Severity::Choice, role.displayName(),
             QCoreApplication::translate(
                 "DdlWriter",
                 "PostgreSQL members use their roles' privileges without SET ROLE; DEFAULT ROLE "
                 "%1 needs no statement")
                 .arg(role.defaultRole));
    return result;
}

// 'name'@'host' for an account, `name` for a role.
QString DdlWriter::mariadbAccount(const RoleDef &role) const
{
    if (!role.canLogin)
        return ident(role.name);
    const QString host = role.host.isEmpty() ? u"%"_s : role.host;
    return SqlQuoting::literal(role.name, Dialect::MariaDB) + u'@' +
           SqlQuoting::literal(host, Dialect::MariaDB);
}

QList<DdlStatement> DdlWriter::mariadbRole(const RoleDef &role)
{
    const QString account = mariadbAccount(role);
    QString sql = (role.canLogin ? u"CREATE USER "_s : u"CREATE ROLE "_s) + account;
    if (role.canLogin && role.connectionLimit > 0)
        sql += u" WITH MAX_USER_CONNECTIONS "_s + QString::number(role.connectionLimit);
    QList<DdlStatement> result{roleStatement(createKind(role), role, sql)};
    if (!role.canLogin && role.connectionLimit >= 0)
        warn(DdlWarning::Severity::Unsupported, role.displayName(),
             QCoreApplication::translate(
                 "DdlWriter",
                 "MariaDB roles have no connection limit; CONNECTION LIMIT %1 is dropped")
                 .arg(role.connectionLimit));
    QStringList privileges = role.privileges;
    bool grantOption = role.grantOption;
    if (!sameEngine())
        privileges += mariadbPrivilegesFromAttributes(role, &grantOption);
    if (!privileges.isEmpty()) {
        QString grant = u"GRANT %1 ON *.* TO %2"_s.arg(privileges.join(u", "), account);
        if (grantOption)
            grant += u" WITH GRANT OPTION"_s;
        result << roleStatement(ObjectKind::SystemGrant, role, grant);
    }
    if (!role.comment.isEmpty())
        warn(DdlWarning::Severity::Unsupported, role.displayName(),
             QCoreApplication::translate(
                 "DdlWriter", "MariaDB has no comments on accounts; the comment is not created"));
    return result;
}

// PostgreSQL role attributes as MariaDB global privileges: each is close, none
// is the same, so each is reported.
QStringList DdlWriter::mariadbPrivilegesFromAttributes(const RoleDef &role, bool *grantOption)
{
    QStringList privileges;
    const QString object = role.displayName();
    auto approximate = [&](const QString &attribute, const QString &privilege) {
        privileges << privilege;
        warn(DdlWarning::Severity::Approximate, object,
             QCoreApplication::translate("DdlWriter", "%1 becomes GRANT %2 ON *.*")
                 .arg(attribute, privilege));
    };
    if (role.superuser) {
        approximate(u"SUPERUSER"_s, u"ALL PRIVILEGES"_s);
        *grantOption = true;
        return privileges;
    }
    if (role.createDb)
        approximate(u"CREATEDB"_s, u"CREATE"_s);
    if (role.createRole)
        approximate(u"CREATEROLE"_s, u"CREATE USER"_s);
    if (role.replication)
        approximate(u"REPLICATION"_s, u"REPLICATION SLAVE"_s);
    if (role.bypassRls)
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate(
                 "DdlWriter", "MariaDB has no row-level security; BYPASSRLS is dropped"));
    if (!role.validUntil.isEmpty())
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate(
                 "DdlWriter", "MariaDB accounts have no expiry date; VALID UNTIL %1 is dropped")
                 .arg(role.validUntil));
    return privileges;
}

QList<DdlStatement> DdlWriter::mariadbRoleGrants(const RoleDef &role, const QSet<QString> &logins)
{
    QList<DdlStatement> result;
    const QString account = mariadbAccount(role);
    QStringList granted;
    for (const QString &member : role.memberOf) {
        if (!sameEngine() && (logins.contains(member) || member.startsWith(u"pg_"))) {
            warn(DdlWarning::Severity::Unsupported, role.displayName(),
                 QCoreApplication::translate(
                     "DdlWriter",
                     "membership in %1 is not created: only roles can be granted on MariaDB, and "
                     "%1 is a user or a PostgreSQL predefined role")
                     .arg(member));
            continue;
        }
        QString sql = u"GRANT %1 TO %2"_s.arg(ident(member), account);
        if (role.adminOf.contains(member))
            sql += u" WITH ADMIN OPTION"_s;
        result << roleStatement(ObjectKind::RoleGrant, role, sql);
        granted << member;
    }
    QString defaultRole = role.defaultRole;
    if (!sameEngine() && role.canLogin && role.inherit && !granted.isEmpty()) {
        // PostgreSQL members use their roles at once; MariaDB activates one at login.
        defaultRole = granted.constFirst();
        if (granted.size() > 1)
            warn(DdlWarning::Severity::Approximate, role.displayName(),
                 QCoreApplication::translate(
                     "DdlWriter",
                     "MariaDB activates one role at login: %1 is the default role, the others "
                     "(%2) need SET ROLE")
                     .arg(defaultRole, granted.mid(1).join(u", ")));
    }
    if (!defaultRole.isEmpty() && role.canLogin)
        result << roleStatement(ObjectKind::RoleGrant, role,
                                u"SET DEFAULT ROLE %1 FOR %2"_s.arg(ident(defaultRole), account));
    return result;
}

} // namespace sluice::engine
