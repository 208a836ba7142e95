#pragma once

#include <QString>

namespace sluice::engine {

// Where Sluice keeps its files. By default the platform's per-user folders
// (QStandardPaths); SLUICE_HOME moves everything under one folder, which the
// CLI tests and portable installs use.
class AppPaths
{
public:
    // Per-user data: job store, default DATA_PUMP_DIR, the working copy of the sample.
    [[nodiscard]] static QString dataDir();
    // Per-user configuration: connection profiles, directory objects, saved jobs.
    [[nodiscard]] static QString configDir();
    // Folder holding one master table (SQLite file) per job.
    [[nodiscard]] static QString jobStoreDir();
    // Folder that the default DATA_PUMP_DIR directory object maps to.
    [[nodiscard]] static QString defaultDumpDir();
    // Read-only data shipped with the program (share/sluice), in the build tree or installed.
    [[nodiscard]] static QString installedDataDir();
};

} // namespace sluice::engine
