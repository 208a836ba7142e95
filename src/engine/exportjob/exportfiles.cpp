#include "engine/exportjob/exportfiles.h"

#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"
#include "engine/dump/dumpfilenamer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sluice::engine {

std::optional<QString> ExportFiles::resolveOne(const FileSpec &file, const JobSpec &spec,
                                               const QString &profileName)
{
    DirectoryObjectStore store;
    if (!store.load()) {
        m_errorString = store.errorString();
        return std::nullopt;
    }
    const DirectoryResolver resolver(store);
    FileSpecRequest request;
    request.spec = file.directory.isEmpty() ? file.fileName : file.directory + u':' + file.fileName;
    request.jobDirectory = spec.directory;
    request.profileName = profileName;
    request.access = FileAccess::Write;
    QString error;
    const std::optional<ResolvedFile> resolved = resolver.resolve(request, &error);
    if (!resolved) {
        m_errorString = error;
        return std::nullopt;
    }
    return resolved->absolutePath;
}

bool ExportFiles::resolve(const JobSpec &spec, const QString &profileName)
{
    m_dumpTemplates.clear();
    m_logPath.clear();
    if (!spec.estimateOnly) {
        for (const FileSpec &file : spec.effectiveDumpFiles()) {
            const std::optional<QString> path = resolveOne(file, spec, profileName);
            if (!path)
                return false;
            m_dumpTemplates << *path;
        }
    }
    if (const std::optional<FileSpec> log = spec.effectiveLogFile()) {
        const std::optional<QString> path = resolveOne(*log, spec, profileName);
        if (!path)
            return false;
        m_logPath = *path;
    }
    return true;
}

bool ExportFiles::check(const JobSpec &spec, const QString &profileName)
{
    if (!resolve(spec, profileName))
        return false;
    if (spec.reuseDumpFiles)
        return true;
    QStringList existing;
    for (const QString &path : DumpFileNamer::existingFiles(m_dumpTemplates)) {
        if (QFileInfo::exists(path)) // a plain name is listed whether it exists or not
            existing << path;
    }
    if (existing.isEmpty())
        return true;
    m_errorString = QCoreApplication::translate(
                        "ExportFiles", "Dump file \"%1\" already exists. Remove it, choose another "
                                       "DUMPFILE, or set REUSE_DUMPFILES=YES to overwrite it.")
                        .arg(QDir::toNativeSeparators(existing.constFirst()));
    return false;
}

DumpWriterOptions ExportFiles::writerOptions(const JobSpec &spec) const
{
    DumpWriterOptions options;
    options.fileTemplates = m_dumpTemplates;
    options.fileSize = spec.fileSize;
    options.reuseFiles = spec.reuseDumpFiles;
    options.compressionScope = MemberScope(int(spec.effectiveCompression()));
    const auto algorithm =
        DumpFormat::compressionFromAlgorithm(enumKeyword(spec.effectiveCompressionAlgorithm()));
    if (algorithm) {
        options.compressionMethod = algorithm->method;
        options.compressionLevel = algorithm->level;
    }
    if (options.compressionScope == MemberScope::None)
        options.compressionMethod = CompressionMethod::None;
    options.encryptionScope = MemberScope(int(spec.effectiveEncryption()));
    options.encryptionPassword = spec.encryptionPassword.toUtf8();
    return options;
}

std::optional<QStringList>
ExportFiles::resolveAdded(const JobSpec &spec, const QString &profileName, const QString &argument)
{
    QStringList paths;
    for (const QString &part : argument.split(u',', Qt::SkipEmptyParts)) {
        const auto [directory, name] = DirectoryResolver::splitSpec(part.trimmed());
        const std::optional<QString> path =
            resolveOne(FileSpec{directory, name}, spec, profileName);
        if (!path)
            return std::nullopt;
        paths << *path;
    }
    if (paths.isEmpty()) {
        m_errorString = QCoreApplication::translate("ExportFiles", "ADD_FILE needs a file name");
        return std::nullopt;
    }
    return paths;
}

} // namespace sluice::engine
