#include "engine/importjob/importfiles.h"

#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"

namespace sluice::engine {

std::optional<QString> ImportFiles::resolve(const FileSpec &file, const JobSpec &spec,
                                            const QString &profileName, QString *error, bool read)
{
    DirectoryObjectStore store;
    if (!store.load()) {
        *error = store.errorString();
        return std::nullopt;
    }
    FileSpecRequest request;
    request.spec = file.directory.isEmpty() ? file.fileName : file.directory + u':' + file.fileName;
    request.jobDirectory = spec.directory;
    request.profileName = profileName;
    request.access = read ? FileAccess::Read : FileAccess::Write;
    const std::optional<ResolvedFile> resolved = DirectoryResolver(store).resolve(request, error);
    if (!resolved)
        return std::nullopt;
    return resolved->absolutePath;
}

std::optional<QString> ImportFiles::logPath(const JobSpec &spec, const QString &profileName,
                                            QString *error)
{
    const std::optional<FileSpec> log = spec.effectiveLogFile();
    if (!log)
        return QString();
    return resolve(*log, spec, profileName, error);
}

} // namespace sluice::engine
