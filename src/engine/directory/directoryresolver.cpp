#include "engine/directory/directoryresolver.h"

#include "engine/core/apppaths.h"
#include "engine/directory/directoryobjectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DirectoryResolver", text);
}

std::optional<ResolvedFile> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_WIN
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseSensitive;
#endif

bool isDriveSpec(const QString &text)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:([\\\\/]|$)"));
    return drive.match(text).hasMatch();
}

// The canonical form of a path that may not exist yet: its existing parent made
// canonical plus the rest.
QString canonicalOrAbsolute(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
    return parent.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : QDir(parent).filePath(info.fileName());
}

} // namespace

DirectoryResolver::DirectoryResolver(const DirectoryObjectStore &store)
    : m_store(store)
{}

std::pair<QString, QString> DirectoryResolver::splitSpec(const QString &spec)
{
    if (isDriveSpec(spec) || spec.startsWith(u"\\\\") || spec.startsWith(u"//"))
        return {QString(), spec};
    const qsizetype colon = spec.indexOf(u':');
    if (colon <= 0)
        return {QString(), spec};
    return {spec.left(colon).trimmed(), spec.mid(colon + 1).trimmed()};
}

QString DirectoryResolver::fileNameError(const QString &fileName)
{
    const QString hint = tr("Give a plain file name and choose its folder with a directory "
                            "object (DIRECTORY=NAME or NAME:file).");
    if (fileName.trimmed().isEmpty())
        return tr("The file name is empty.");
    if (isDriveSpec(fileName))
        return tr("The file name \"%1\" is an absolute path with a drive letter; file names "
                  "cannot choose their folder. %2")
            .arg(fileName, hint);
    if (fileName.startsWith(u"\\\\") || fileName.startsWith(u"//"))
        return tr("The file name \"%1\" is a network (UNC) path; file names cannot choose "
                  "their folder. %2")
            .arg(fileName, hint);
    if (fileName.startsWith(u'/') || fileName.startsWith(u'\\'))
        return tr("The file name \"%1\" is an absolute path; file names cannot choose their "
                  "folder. %2")
            .arg(fileName, hint);
    if (fileName.contains(u'/') || fileName.contains(u'\\'))
        return tr("The file name \"%1\" contains a path separator; files must stay in their "
                  "directory object's folder. %2")
            .arg(fileName, hint);
    if (fileName == u"." || fileName == u"..")
        return tr("The file name \"%1\" names a folder, not a file. %2").arg(fileName, hint);
    if (fileName.contains(u':'))
        return tr("The file name \"%1\" contains ':'; only one directory prefix "
                  "(NAME:file) is allowed.")
            .arg(fileName);
    for (const QChar c : fileName) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The file name \"%1\" contains a control character.")
                .arg(QString(fileName).replace(
                    QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?")));
    }
    return {};
}

std::optional<DirectoryObject> DirectoryResolver::pickDirectory(const FileSpecRequest &request,
                                                                const QString &specDirectory,
                                                                ResolvedFile::Source *source,
                                                                QString *error) const
{
    QString name;
    QString origin;
    const QString fromEnv =
        qEnvironmentVariable(QString::fromUtf16(kEnvironmentVariable).toLatin1().constData())
            .trimmed();
    if (!specDirectory.isEmpty()) {
        name = specDirectory;
        *source = ResolvedFile::Source::FileSpec;
        origin = tr("the file specification \"%1\"").arg(request.spec);
    } else if (!request.jobDirectory.trimmed().isEmpty()) {
        name = request.jobDirectory.trimmed();
        *source = ResolvedFile::Source::JobDirectory;
        origin = tr("DIRECTORY=%1").arg(name);
    } else if (!fromEnv.isEmpty()) {
        name = fromEnv;
        *source = ResolvedFile::Source::Environment;
        origin = tr("the environment variable DATA_PUMP_DIR");
    } else {
        name = QString::fromUtf16(DirectoryObject::kDefaultName);
        *source = ResolvedFile::Source::Default;
        origin = tr("the default");
    }
    if (const QString nameError = DirectoryObject::nameError(name); !nameError.isEmpty()) {
        fail(error, tr("%1 (from %2)").arg(nameError, origin));
        return std::nullopt;
    }
    auto object = m_store.find(name);
    if (!object) {
        QStringList known;
        const QList<DirectoryObject> all = m_store.directories();
        for (const DirectoryObject &o : all)
            known << o.name;
        fail(error, tr("The directory object %1 (from %2) does not exist. Known directory "
                       "objects: %3. Create it with \"sluice-cli directory create %1 <folder>\".")
                        .arg(name.toUpper(), origin, known.join(QStringLiteral(", "))));
    }
    return object;
}

QString DirectoryResolver::checkFolder(const DirectoryObject &object, FileAccess access)
{
    const QFileInfo info(object.path);
    if (!info.exists()) {
        // DATA_PUMP_DIR is Sluice's own folder: made on first use, like the data folder.
        if (object.isDefault() && QDir().mkpath(object.path))
            return {};
        return tr("The folder %1 of the directory object %2 does not exist. Create the folder, "
                  "or point %2 at an existing one with \"sluice-cli directory create %2 "
                  "<folder> --replace\".")
            .arg(native(object.path), object.name);
    }
    if (!info.isDir())
        return tr("The directory object %1 maps to %2, which is not a folder.")
            .arg(object.name, native(object.path));
    if (access == FileAccess::Read) {
        if (!info.isReadable() || !QDir(object.path).isReadable())
            return tr("The folder %1 of the directory object %2 is not readable. Fix its "
                      "permissions, or point %2 at another folder.")
                .arg(native(object.path), object.name);
        return {};
    }
    // Permission bits lie to root and on network shares: try to create a file.
    QTemporaryFile probe(QDir(object.path).filePath(QStringLiteral(".sluice-write-test-XXXXXX")));
    if (!probe.open())
        return tr("The folder %1 of the directory object %2 is not writable (%3). Fix its "
                  "permissions, or point %2 at another folder.")
            .arg(native(object.path), object.name, probe.errorString());
    return {};
}

QString DirectoryResolver::checkInside(const QString &folder, const QString &path,
                                       const DirectoryObject &object)
{
    const QFileInfo info(path);
    if (!info.isSymLink() && !info.exists())
        return {}; // a new plain name inside the folder
    const QString real =
        info.isSymLink() ? canonicalOrAbsolute(info.symLinkTarget()) : info.canonicalFilePath();
    if (real.startsWith(folder + u'/', kPathCase))
        return {};
    return tr("The file %1 in the directory object %2 is a link that leads out of its folder "
              "(to %3); Sluice refuses to follow it. Remove the link or use another file name.")
        .arg(info.fileName(), object.name, native(real));
}

std::optional<ResolvedFile> DirectoryResolver::resolve(const FileSpecRequest &request,
                                                       QString *error) const
{
    const auto [specDirectory, fileName] = splitSpec(request.spec.trimmed());
    if (const QString problem = fileNameError(fileName); !problem.isEmpty())
        return fail(error, problem);
    ResolvedFile resolved;
    const auto object = pickDirectory(request, specDirectory, &resolved.source, error);
    if (!object)
        return std::nullopt;
    const bool reading = request.access == FileAccess::Read;
    const DirectoryPrivilege needed =
        reading ? DirectoryPrivilege::Read : DirectoryPrivilege::Write;
    if (!object->privilegesFor(request.profileName).testFlag(needed)) {
        const QString privilege = reading ? QStringLiteral("READ") : QStringLiteral("WRITE");
        const QString who = request.profileName.isEmpty()
                                ? tr("A connection given as a URL has only PUBLIC's privileges, "
                                     "and PUBLIC")
                                : tr("The connection profile \"%1\"").arg(request.profileName);
        const QString grantee =
            request.profileName.isEmpty() ? QStringLiteral("PUBLIC") : request.profileName;
        return fail(error, tr("%1 has no %2 privilege on the directory object %3 (%4). Grant it "
                              "with \"sluice-cli directory grant %2 ON %3 TO %5\".")
                               .arg(who, privilege, object->name, native(object->path), grantee));
    }
    if (const QString problem = checkFolder(*object, request.access); !problem.isEmpty())
        return fail(error, problem);

    resolved.directoryName = object->name;
    resolved.folder = QFileInfo(object->path).canonicalFilePath();
    resolved.fileName = fileName;
    resolved.absolutePath = QDir(resolved.folder).filePath(fileName);
    if (const QString problem = checkInside(resolved.folder, resolved.absolutePath, *object);
        !problem.isEmpty())
        return fail(error, problem);
    const QFileInfo file(resolved.absolutePath);
    resolved.exists = file.exists();
    if (resolved.exists && file.isDir())
        return fail(error, tr("%1 is a folder, not a file.").arg(native(resolved.absolutePath)));
    if (reading && request.mustExist && !resolved.exists)
        return fail(error, tr("The file %1 does not exist in the directory object %2 (%3).")
                               .arg(fileName, object->name, native(resolved.folder)));
    if (reading && resolved.exists && !file.isReadable())
        return fail(error, tr("The file %1 is not readable.").arg(native(resolved.absolutePath)));
    return resolved;
}

} // namespace sluice::engine
