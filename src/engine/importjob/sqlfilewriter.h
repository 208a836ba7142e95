#pragma once

#include "engine/importjob/importendpoint.h"
#include "engine/params/jobspec.h"

#include <QString>

namespace sluice::engine {

class JobLog;

// SQLFILE=[DIR:]file.sql: every DDL statement the import would run, in the order it
// would run them, with remaps and transforms applied, in the target's dialect. It
// changes nothing in any database: it reads the source's catalog (NETWORK_LINK, or the
// dump file set's metadata) and,
// when there is a target connection, the target's (TABLE_EXISTS_ACTION decides what
// would be dropped, truncated or kept); with TARGET_DIALECT it needs no target and
// writes the script for an empty one. Runs in the calling process, not as a job.
class SqlFileWriter
{
public:
    // Writes the file and logs in Data Pump's layout. False with errorString().
    [[nodiscard]] bool run(const JobSpec &spec, const ImportEndpoint::PasswordFunction &passwords,
                           JobLog &log);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString filePath() const { return m_filePath; }

    // The script's text: statements ended by ";" (MariaDB statements holding ";"
    // between DELIMITER lines, so the mariadb client can replay the file).
    [[nodiscard]] static QString script(const QStringList &statements, Dialect target);

private:
    bool fail(const QString &message);

    QString m_errorString;
    QString m_filePath;
};

} // namespace sluice::engine
