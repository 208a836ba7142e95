#pragma once

#include "engine/dump/dumpwriter.h"
#include "engine/params/jobspec.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// Where an export's files go: DUMPFILE templates and LOGFILE resolved through the
// directory objects (privilege, folder and file name checks), and the dump writer's
// options from the job's parameters. The CLI and the GUI call check() before a job
// is created, so an unwritable folder or a dump file that exists without
// REUSE_DUMPFILES=YES fails before anything starts; the job's host resolves the
// same paths again.
class ExportFiles
{
public:
    // profileName: the connection profile (empty for a URL connection: PUBLIC grants).
    [[nodiscard]] bool resolve(const JobSpec &spec, const QString &profileName);
    // resolve() plus: no dump file of the set exists unless REUSE_DUMPFILES=YES.
    [[nodiscard]] bool check(const JobSpec &spec, const QString &profileName);

    // Absolute paths; the file names may hold %U / %L.
    [[nodiscard]] QStringList dumpTemplates() const { return m_dumpTemplates; }
    // Empty with NOLOGFILE=YES.
    [[nodiscard]] QString logPath() const { return m_logPath; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // COMPRESSION, COMPRESSION_ALGORITHM, ENCRYPTION, FILESIZE, REUSE_DUMPFILES.
    [[nodiscard]] DumpWriterOptions writerOptions(const JobSpec &spec) const;

    // ADD_FILE=[DIR:]file,... from a client: resolved like DUMPFILE.
    [[nodiscard]] std::optional<QStringList>
    resolveAdded(const JobSpec &spec, const QString &profileName, const QString &argument);

private:
    std::optional<QString> resolveOne(const FileSpec &file, const JobSpec &spec,
                                      const QString &profileName);

    QStringList m_dumpTemplates;
    QString m_logPath;
    QString m_errorString;
};

} // namespace sluice::engine
