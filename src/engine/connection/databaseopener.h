#pragma once

#include "engine/connection/connectionparams.h"

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace sluice::engine {

// Why an open failed, so callers (the CLI's exit code, the GUI's connection test,
// the password chain deciding whether to ask again) can react without parsing text.
enum class OpenError {
    None,
    InvalidParams,  // the ConnectionParams do not validate
    DriverMissing,  // the Qt SQL plugin (QSQLITE, QPSQL, QMYSQL) is not installed
    FileMissing,    // SQLite: the file does not exist and creation was not asked for
    NotADatabase,   // SQLite: the file exists but is not a SQLite database
    Refused,        // nothing listens at host:port, or the host is unknown
    Authentication, // wrong user name or password
    UnknownDatabase,
    Other,
};

struct OpenOptions
{
    bool createSqliteFile = false; // also when the URL says ?create=yes
    bool readOnly = false;         // SQLite only; also ?mode=ro
    int connectTimeoutSeconds = 10;
};

struct OpenResult
{
    QString connectionName; // for QSqlDatabase::database(); empty when the open failed
    OpenError error = OpenError::None;
    QString errorString;
    [[nodiscard]] bool ok() const { return error == OpenError::None; }
};

// Opens per-thread connections named "sluice.<purpose>.<threadptr>" (STYLE.md rules
// 16-17). Call open() and close() from the thread that uses the connection; a worker
// passes ConnectionParams around, never a QSqlDatabase.
class DatabaseOpener
{
public:
    // The name open() gives to a connection for this purpose on the calling thread.
    [[nodiscard]] static QString connectionName(const QString &purpose);

    // Opens a connection; an existing one with the same name on this thread is closed
    // first. The password is ignored for SQLite. Never creates a missing SQLite file
    // unless options.createSqliteFile or ?create=yes.
    [[nodiscard]] static OpenResult open(const ConnectionParams &params, const QString &purpose,
                                         const QString &password, const OpenOptions &options = {});

    // Closes and removes the connection. The caller must have dropped its own
    // QSqlDatabase and QSqlQuery objects for it first.
    static void close(const QString &connectionName);

    // "PostgreSQL 15.6", "MariaDB 10.11.6-MariaDB-0+deb12u1", "SQLite 3.40.1";
    // empty with *error set when the query fails.
    [[nodiscard]] static QString serverVersion(const QString &connectionName, Dialect dialect,
                                               QString *error = nullptr);

private:
    static OpenResult classify(const ConnectionParams &params, const QSqlError &sqlError);
    static QString driverOptions(const ConnectionParams &params, const OpenOptions &options);
};

} // namespace sluice::engine
