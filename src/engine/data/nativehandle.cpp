#include "engine/data/nativehandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>

namespace sluice::engine {

namespace {

// Qt stores the handle as a QVariant of a pointer type named after the C type; Qt 6
// reports the struct's name ("pg_conn*"), Qt 5 the typedef's ("PGconn*").
template <typename T>
T *handleOf(const QSqlDatabase &db, const char *typeName, const char *alias)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (std::strcmp(handle.typeName(), typeName) != 0 &&
                              std::strcmp(handle.typeName(), alias) != 0))
        return nullptr;
    return *static_cast<T *const *>(handle.constData());
}

} // namespace

pg_conn *NativeHandle::postgres(const QSqlDatabase &db)
{
    return handleOf<pg_conn>(db, "pg_conn*", "PGconn*");
}

st_mysql *NativeHandle::mariadb(const QSqlDatabase &db)
{
    return handleOf<st_mysql>(db, "st_mysql*", "MYSQL*");
}

sqlite3 *NativeHandle::sqlite(const QSqlDatabase &db)
{
    return handleOf<sqlite3>(db, "sqlite3*", "sqlite3*");
}

} // namespace sluice::engine
