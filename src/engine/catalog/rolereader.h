#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/sqlrunner.h"

namespace sluice::engine {

// Reads users and roles (FULL mode) into Catalog::roles: PostgreSQL from
// pg_roles and pg_auth_members, MariaDB from mysql.user, mysql.roles_mapping,
// information_schema.USER_PRIVILEGES and, for roles (which USER_PRIVILEGES
// leaves out), SHOW GRANTS. SQLite has no users. Accounts every server of the
// engine creates itself are left out, as Data Pump leaves out SYS: PostgreSQL's
// bootstrap superuser and pg_* roles, MariaDB's root and mariadb.sys.
class RoleReader
{
public:
    explicit RoleReader(const QSqlDatabase &db)
        : m_sql(db)
    {}

    [[nodiscard]] bool read(Dialect dialect, Catalog &catalog);
    [[nodiscard]] QString errorString() const { return m_sql.errorString(); }

private:
    void readPostgres(Catalog &catalog);
    void readMariadb(Catalog &catalog);
    void readMariadbPrivileges(QList<RoleDef> &roles);

    SqlRunner m_sql;
};

} // namespace sluice::engine
