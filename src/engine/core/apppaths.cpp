#include "engine/core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sluice::engine {

namespace {

QString homeOverride()
{
    return qEnvironmentVariable("SLUICE_HOME");
}

QString standardDir(QStandardPaths::StandardLocation location, const QString &subFolder)
{
    const QString home = homeOverride();
    if (!home.isEmpty())
        return QDir(home).filePath(subFolder);
    QString dir = QStandardPaths::writableLocation(location);
    // Without an application name (a bare test binary) Qt returns the generic
    // folder; keep Sluice's files in their own sub-folder regardless.
    if (QCoreApplication::applicationName().isEmpty())
        dir = QDir(dir).filePath(QStringLiteral("sluice"));
    return dir;
}

} // namespace

QString AppPaths::dataDir()
{
    return standardDir(QStandardPaths::AppLocalDataLocation, QStringLiteral("data"));
}

QString AppPaths::configDir()
{
    return standardDir(QStandardPaths::AppConfigLocation, QStringLiteral("config"));
}

QString AppPaths::jobStoreDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("jobs"));
}

QString AppPaths::defaultDumpDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("dpdump"));
}

QString AppPaths::installedDataDir()
{
    const QString fromEnv = qEnvironmentVariable("SLUICE_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // bin/../share/sluice, the same shape in the build tree and after installation.
    const QDir appDir(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(appDir.filePath(QStringLiteral("../share/sluice")));
}

} // namespace sluice::engine
