#pragma once

class QSqlDatabase;
struct pg_conn;
struct st_mysql;
struct sqlite3;

namespace sluice::engine {

// The C client handle behind an open Qt SQL connection (QSqlDriver::handle()), for
// the bulk paths Qt SQL does not offer: COPY, unbuffered result sets, LOAD DATA
// LOCAL, and SQLite's statement API. Null when the connection is not of that driver.
// The connection keeps owning the handle; use it only on the connection's thread.
class NativeHandle
{
public:
    [[nodiscard]] static pg_conn *postgres(const QSqlDatabase &db);
    [[nodiscard]] static st_mysql *mariadb(const QSqlDatabase &db);
    [[nodiscard]] static sqlite3 *sqlite(const QSqlDatabase &db);
};

} // namespace sluice::engine
