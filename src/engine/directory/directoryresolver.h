#pragma once

#include "engine/directory/directoryobject.h"

#include <QString>
#include <optional>

namespace sluice::engine {

class DirectoryObjectStore;

enum class FileAccess {
    Read,  // dump files on import
    Write, // dump files on export, log files, SQL files
};

// One file to place: a DUMPFILE, LOGFILE or SQLFILE value after %U expansion.
struct FileSpecRequest
{
    QString spec;         // "DIR:file" or "file"
    QString jobDirectory; // the job's DIRECTORY value; may be empty
    QString profileName;  // the connection profile; empty for URL connections (PUBLIC only)
    FileAccess access = FileAccess::Write;
    bool mustExist = false; // Read: the file itself must exist and be readable
};

// Where the file goes, and why there.
struct ResolvedFile
{
    enum class Source { FileSpec, JobDirectory, Environment, Default };
    QString directoryName; // "DATA_PUMP_DIR"
    QString folder;        // the directory object's folder, canonical when it exists
    QString fileName;
    QString absolutePath;
    Source source = Source::Default;
    bool exists = false;
};

// Resolves file specs the way Data Pump does, with Sluice's safety checks:
//   1. the directory object in the spec (DIR:file), else
//   2. the job's DIRECTORY parameter, else
//   3. the directory object named by the DATA_PUMP_DIR environment variable, else
//   4. the DATA_PUMP_DIR directory object (AppPaths::defaultDumpDir()).
// Then: the connection must hold READ (Read) or WRITE (Write) on the object; the folder
// must exist (the default one is created on demand) and be readable or writable; the
// file name must stay inside the folder: path separators, "..", absolute paths, drive
// letters, UNC paths and symlinks that lead out of the folder are refused.
class DirectoryResolver
{
public:
    explicit DirectoryResolver(const DirectoryObjectStore &store);

    static constexpr const char16_t *kEnvironmentVariable = u"DATA_PUMP_DIR";

    [[nodiscard]] std::optional<ResolvedFile> resolve(const FileSpecRequest &request,
                                                      QString *error = nullptr) const;

    // Splits "DIR:file" into its parts without checking them; the directory is empty
    // when the spec has none. A drive letter ("C:\x") is not taken for a directory.
    [[nodiscard]] static std::pair<QString, QString> splitSpec(const QString &spec);
    // Why a bare file name is unsafe or invalid; empty when it is fine.
    [[nodiscard]] static QString fileNameError(const QString &fileName);

private:
    std::optional<DirectoryObject> pickDirectory(const FileSpecRequest &request,
                                                 const QString &specDirectory,
                                                 ResolvedFile::Source *source,
                                                 QString *error) const;
    static QString checkFolder(const DirectoryObject &object, FileAccess access);
    static QString checkInside(const QString &folder, const QString &path,
                               const DirectoryObject &object);

    const DirectoryObjectStore &m_store;
};

} // namespace sluice::engine
