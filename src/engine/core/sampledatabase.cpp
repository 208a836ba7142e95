#include "engine/core/sampledatabase.h"

#include "engine/core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sluice::engine {

QString SampleDatabase::bundledPath()
{
    return QDir(AppPaths::installedDataDir()).filePath(QStringLiteral("sample/hr.db"));
}

QString SampleDatabase::workingCopyPath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("sample/hr.db"));
}

bool SampleDatabase::ensureWorkingCopy()
{
    const QString target = workingCopyPath();
    if (QFileInfo::exists(target))
        return true;
    const QString source = bundledPath();
    if (!QFileInfo::exists(source)) {
        m_errorString =
            QCoreApplication::translate(
                "SampleDatabase", "The bundled sample database %1 is missing; reinstall Sluice or "
                                  "set SLUICE_DATA_DIR to the folder that holds sample/hr.db.")
                .arg(QDir::toNativeSeparators(source));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        m_errorString =
            QCoreApplication::translate("SampleDatabase", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
        return false;
    }
    // Copy to a temporary name first so an interrupted copy never looks complete.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(source, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        m_errorString =
            QCoreApplication::translate("SampleDatabase", "Cannot copy the sample database to %1.")
                .arg(QDir::toNativeSeparators(target));
        return false;
    }
    // The installed file is read-only; the working copy must not be.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace sluice::engine
