#include "engine/job/jobstore.h"

#include "engine/core/apppaths.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/mastertable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sluice::engine {

namespace {
const QString kSuffix = QStringLiteral(".sqlite");
constexpr int kMaxDefaultNames = 99;
} // namespace

JobStore::JobStore(const QString &directory)
    : m_directory(directory.isEmpty() ? AppPaths::jobStoreDir() : directory)
{}

QString JobStore::masterPath(const QString &jobName) const
{
    return QDir(m_directory).filePath(jobName + kSuffix);
}

QString JobStore::modeName(JobMode mode)
{
    switch (mode) {
    case JobMode::Full:
        return QStringLiteral("FULL");
    case JobMode::Tables:
        return QStringLiteral("TABLE");
    case JobMode::Schemas:
        break;
    }
    return QStringLiteral("SCHEMA");
}

QList<JobStatus> JobStore::list(bool includeFinished) const
{
    QList<JobStatus> jobs;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        MasterTable master;
        if (!master.open(QDir(m_directory).filePath(file)))
            continue;
        JobStatus status = master.status();
        if (includeFinished || !isFinishedJobState(status.state))
            jobs.append(status);
    }
    return jobs;
}

std::optional<JobStatus> JobStore::find(const QString &jobName, QString *error) const
{
    MasterTable master;
    if (!master.open(masterPath(jobName))) {
        if (error)
            *error = QFileInfo::exists(masterPath(jobName))
                         ? master.errorString()
                         : QStringLiteral("job \"%1\" does not exist").arg(jobName);
        return std::nullopt;
    }
    return master.status();
}

std::optional<QString> JobStore::normalizeName(const SqlName &name, QString *error)
{
    const QString text = name.quoted ? name.text : name.text.toUpper();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_$#-]{1,128}$"));
    if (!valid.match(text).hasMatch()) {
        if (error)
            *error =
                QStringLiteral("JOB_NAME \"%1\" cannot be used: a job name is made of letters, "
                               "digits, _ $ # and -, 128 characters at most")
                    .arg(text);
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JobStore::defaultJobName(JobOperation operation, JobMode mode,
                                                QString *error) const
{
    const QString prefix =
        QStringLiteral("SYS_%1_%2_").arg(JobPlanFactory::operationName(operation), modeName(mode));
    for (int n = 1; n <= kMaxDefaultNames; ++n) {
        const QString name = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (!QFileInfo::exists(masterPath(name)))
            return name;
    }
    if (error)
        *error =
            QStringLiteral("all %1 default job names %201 to %299 are taken by existing jobs; "
                           "list them with `sluice-cli jobs --all`, remove the ones you do not "
                           "need with `sluice-cli jobs --remove <JOB_NAME>`, or give JOB_NAME=")
                .arg(kMaxDefaultNames)
                .arg(prefix);
    return std::nullopt;
}

bool JobStore::claimName(const QString &jobName, JobOperation operation, QString *error) const
{
    const QString path = masterPath(jobName);
    if (!QFileInfo::exists(path))
        return true;
    const std::optional<JobStatus> status = find(jobName, error);
    if (status && isFinishedJobState(status->state))
        return removeMasterFiles(path, error);
    if (error) {
        const QString command = status && !status->operation.isEmpty()
                                    ? status->operation.toLower()
                                    : JobPlanFactory::operationName(operation).toLower();
        *error =
            QStringLiteral("job \"%1\" already exists (state %2); attach to it with "
                           "`sluice-cli %3 ATTACH=%1` to restart (START_JOB) or remove it "
                           "(KILL_JOB), or choose another JOB_NAME")
                .arg(jobName, status ? jobStateName(status->state) : QStringLiteral("unreadable"),
                     command);
    }
    return false;
}

bool JobStore::remove(const QString &jobName, QString *error) const
{
    const std::optional<JobStatus> status = find(jobName, error);
    if (!status)
        return false;
    if (status->hostAlive) {
        if (error)
            *error =
                QStringLiteral("job \"%1\" is running; stop it first (ATTACH, then STOP_JOB or "
                               "KILL_JOB)")
                    .arg(jobName);
        return false;
    }
    return removeMasterFiles(status->masterPath, error);
}

bool JobStore::removeMasterFiles(const QString &masterPath, QString *error)
{
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".out")})
        QFile::remove(masterPath + suffix);
    if (QFile::exists(masterPath) && !QFile::remove(masterPath)) {
        if (error)
            *error = QCoreApplication::translate("JobStore", "cannot remove %1").arg(masterPath);
        return false;
    }
    return true;
}

} // namespace sluice::engine
