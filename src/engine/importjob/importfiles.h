#pragma once

#include "engine/params/jobspec.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// Where an import's LOGFILE and SQLFILE go: [DIR:]file resolved through the directory
// objects with WRITE access (DirectoryResolver's checks), as for an export.
class ImportFiles
{
public:
    // profileName: the job connection's profile (empty for a URL: PUBLIC grants only).
    // read: a DUMPFILE to read (READ access) instead of a file to write.
    [[nodiscard]] static std::optional<QString> resolve(const FileSpec &file, const JobSpec &spec,
                                                        const QString &profileName, QString *error,
                                                        bool read = false);
    // The log's path; an empty string with NOLOGFILE=YES.
    [[nodiscard]] static std::optional<QString> logPath(const JobSpec &spec,
                                                        const QString &profileName, QString *error);
};

} // namespace sluice::engine
