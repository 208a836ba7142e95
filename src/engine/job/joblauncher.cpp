#include "engine/job/joblauncher.h"

#include "engine/job/credentialhandoff.h"
#include "engine/job/hostprocess.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"
#include "engine/params/parfilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace sluice::engine {

namespace {

constexpr int kHandoffTimeoutMs = 20000;

QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

} // namespace

JobLauncher::JobLauncher(const QString &storeDirectory)
    : m_storeDirectory(JobStore(storeDirectory).directory())
    , m_program(defaultHostProgram())
    , m_leadingArguments{QStringLiteral("job-host")}
{}

void JobLauncher::setHostProgram(const QString &program, const QStringList &leadingArguments)
{
    m_program = program;
    m_leadingArguments = leadingArguments;
}

QString JobLauncher::defaultHostProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("sluice-cli.exe");
#else
    const QString name = QStringLiteral("sluice-cli");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

std::optional<QString> JobLauncher::createJob(const JobSpec &spec, QString *error)
{
    const JobStore store(m_storeDirectory);
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::optional<QString> name = spec.jobName.isEmpty()
                                          ? store.defaultJobName(spec.operation, spec.mode, error)
                                          : JobStore::normalizeName(spec.jobName, error);
        if (!name || !store.claimName(*name, spec.operation, error))
            return std::nullopt;
        MasterTable master;
        if (!master.create(store.masterPath(*name))) {
            // Another client took the same default name a moment ago: try the next.
            if (QFileInfo::exists(store.masterPath(*name)) && spec.jobName.isEmpty())
                continue;
            if (error)
                *error = master.errorString();
            return std::nullopt;
        }
        const bool ok = master.setProperties({
            {key(MasterKey::Name), *name},
            {key(MasterKey::Operation), JobPlanFactory::operationName(spec.operation)},
            {key(MasterKey::Mode), JobStore::modeName(spec.mode)},
            {key(MasterKey::Parfile), ParfileWriter::write(spec)},
            {key(MasterKey::Connection), spec.connection},
            {key(MasterKey::State), jobStateName(JobState::Defining)},
            {key(MasterKey::Parallel), QString::number(std::max(1, spec.parallel))},
            {key(MasterKey::KeepMaster),
             spec.keepMaster ? QStringLiteral("YES") : QStringLiteral("NO")},
            {key(MasterKey::Created), MasterTable::timeText(QDateTime::currentDateTime())},
            {key(MasterKey::HostProgram),
             (QStringList{m_program} + m_leadingArguments).join(u'\n')},
        });
        if (!ok) {
            if (error)
                *error = master.errorString();
            master.close();
            QString ignored;
            (void)JobStore::removeMasterFiles(store.masterPath(*name), &ignored);
            return std::nullopt;
        }
        return name;
    }
    if (error)
        *error =
            QCoreApplication::translate("JobLauncher", "could not find a free default job name");
    return std::nullopt;
}

bool JobLauncher::launch(const QString &jobName, const JobCredentials &credentials, QString *error)
{
    return startHost(JobStore(m_storeDirectory).masterPath(jobName), credentials, error);
}

bool JobLauncher::startHost(const QString &masterPath, const JobCredentials &credentials,
                            QString *error)
{
    QStringList command = m_leadingArguments;
    QString program = m_program;
    // A restart runs the program that hosted the job before, if it is still there.
    {
        MasterTable master;
        if (master.open(masterPath)) {
            const QStringList recorded = master.property(key(MasterKey::HostProgram)).split(u'\n');
            if (!recorded.first().isEmpty() && QFileInfo(recorded.first()).isExecutable()) {
                program = recorded.first();
                command = recorded.mid(1);
            }
        }
    }
    if (!QFileInfo(program).isExecutable()) {
        if (error)
            *error =
                QCoreApplication::translate("JobLauncher", "cannot find the job host program %1")
                    .arg(program);
        return false;
    }
    CredentialHandoff handoff;
    if (!handoff.listen()) {
        if (error)
            *error = handoff.errorString();
        return false;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(command << masterPath << QStringLiteral("--credentials")
                                 << handoff.serverName());
    process.setStandardInputFile(QProcess::nullDevice());
    // The host outlives the client's terminal: its own output goes to a file beside
    // the master table (kept when the job does not end cleanly, for diagnosis).
    process.setStandardOutputFile(masterPath + QStringLiteral(".out"), QIODevice::Append);
    process.setStandardErrorFile(masterPath + QStringLiteral(".out"), QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        if (error)
            *error = QCoreApplication::translate("JobLauncher", "cannot start the job host %1: %2")
                         .arg(program, process.errorString());
        return false;
    }
    if (!handoff.serve(credentials, kHandoffTimeoutMs,
                       [pid] { return HostProcess::isAlive(pid); })) {
        if (error)
            *error = handoff.errorString();
        return false;
    }
    return true;
}

bool JobLauncher::restart(const QString &jobName, const JobCredentials &credentials,
                          bool skipCurrent, QString *error)
{
    const JobStore store(m_storeDirectory);
    const std::optional<JobStatus> status = store.find(jobName, error);
    if (!status)
        return false;
    if (status->hostAlive) {
        if (error)
            *error = QStringLiteral("job \"%1\" is already running").arg(jobName);
        return false;
    }
    if (status->state != JobState::NotRunning) {
        if (error)
            *error = QStringLiteral("job \"%1\" cannot be restarted: it is %2")
                         .arg(jobName, jobStateName(status->state));
        return false;
    }
    MasterTable master;
    if (!master.open(status->masterPath) ||
        !master.addControl(QStringLiteral("START_JOB"),
                           skipCurrent ? QStringLiteral("SKIP_CURRENT") : QString())) {
        if (error)
            *error = master.errorString();
        return false;
    }
    master.close();
    return startHost(status->masterPath, credentials, error);
}

bool JobLauncher::killStopped(const QString &jobName, QString *error)
{
    const JobStore store(m_storeDirectory);
    const std::optional<JobStatus> status = store.find(jobName, error);
    if (!status)
        return false;
    MasterTable master;
    if (!master.open(status->masterPath) || !master.addControl(QStringLiteral("KILL_JOB"), {})) {
        if (error)
            *error = master.errorString();
        return false;
    }
    master.close();
    if (status->hostAlive)
        return true; // the running host takes the command
    return startHost(status->masterPath, JobCredentials(), error);
}

} // namespace sluice::engine
