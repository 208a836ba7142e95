#include "gui/jobs/jobcommands.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"
#include "engine/exportjob/exportfiles.h"
#include "engine/exportjob/exportplan.h"
#include "engine/job/joblauncher.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"
#include "engine/params/jobspecparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

namespace sluice::gui {

namespace {

QMutex s_hostMutex;
QString s_hostProgram; // guarded by s_hostMutex

engine::JobLauncher makeLauncher()
{
    engine::JobLauncher launcher;
    const QString program = JobCommands::hostProgram();
    if (!program.isEmpty())
        launcher.setHostProgram(program, {QStringLiteral("job-host")});
    return launcher;
}

JobCommandResult failure(const QString &error)
{
    JobCommandResult result;
    result.error = error;
    return result;
}

} // namespace

void JobCommands::setHostProgram(const QString &program)
{
    const QMutexLocker lock(&s_hostMutex);
    s_hostProgram = program;
}

QString JobCommands::hostProgram()
{
    const QMutexLocker lock(&s_hostMutex);
    return s_hostProgram;
}

std::optional<engine::ResolvedConnection> JobCommands::resolveConnection(const QString &reference,
                                                                         QString *error)
{
    engine::ConnectionProfileStore store;
    if (!store.load()) {
        *error = store.errorString();
        return std::nullopt;
    }
    return engine::ConnectionResolver(store).resolve(reference, error);
}

JobCommandResult JobCommands::launchExport(const engine::JobSpec &spec,
                                           const engine::JobCredentials &credentials,
                                           const LaunchTicket &ticket)
{
    using namespace engine;
    QString error;
    const auto source = resolveConnection(spec.connection, &error);
    if (!source)
        return failure(error);
    const QString unsupported = ExportPlan::unsupportedReason(spec, source->params.dialect);
    if (!unsupported.isEmpty())
        return failure(unsupported);
    ExportFiles files;
    if (!files.check(spec, source->profileName))
        return failure(files.errorString());
    return createAndLaunch(spec, credentials, ticket);
}

JobCommandResult JobCommands::createAndLaunch(const engine::JobSpec &spec,
                                              const engine::JobCredentials &credentials,
                                              const LaunchTicket &ticket)
{
    using namespace engine;
    if (!ticket.commit())
        return cancelledLaunch();
    QString error;
    JobLauncher launcher = makeLauncher();
    const std::optional<QString> name = launcher.createJob(spec, &error);
    if (!name)
        return failure(error);
    const QString masterPath = JobStore().masterPath(*name);
    qint64 placeholder = 0;
    {
        // Keeps the master table of a job that ends at once until the view reads it.
        MasterTable master;
        if (master.open(masterPath))
            placeholder = master.registerClient(QCoreApplication::applicationPid());
    }
    if (!launcher.launch(*name, credentials, &error))
        return failure(error);
    JobCommandResult result{true, *name, masterPath, {}, placeholder};
    settleLaunch(ticket, result);
    return result;
}

JobCommandResult JobCommands::cancelledLaunch()
{
    JobCommandResult result;
    result.cancelled = true;
    return result;
}

void JobCommands::settleLaunch(const LaunchTicket &ticket, JobCommandResult &result)
{
    if (ticket.state() != LaunchTicket::State::Abandoned || result.placeholderClient <= 0)
        return;
    dropPlaceholderClient(result.masterPath, result.placeholderClient);
    result.placeholderClient = 0;
}

JobCommandResult JobCommands::restart(const QString &jobName,
                                      const engine::JobCredentials &credentials, bool skipCurrent)
{
    QString error;
    engine::JobLauncher launcher = makeLauncher();
    if (!launcher.restart(jobName, credentials, skipCurrent, &error))
        return failure(error);
    return JobCommandResult{true, jobName, engine::JobStore().masterPath(jobName), {}};
}

JobCommandResult JobCommands::sendControl(const QString &masterPath, const QString &command,
                                          const QString &argument)
{
    if (!QFileInfo::exists(masterPath))
        return failure(QStringLiteral("the job no longer exists"));
    engine::MasterTable master;
    if (!master.open(masterPath))
        return failure(master.errorString());
    if (master.addControl(command, argument) == 0)
        return failure(master.errorString());
    return JobCommandResult{
        true, master.property(QString::fromUtf16(engine::MasterKey::Name)), masterPath, {}};
}

void JobCommands::dropPlaceholderClient(const QString &masterPath, qint64 client)
{
    if (client <= 0 || !QFileInfo::exists(masterPath))
        return;
    engine::MasterTable master;
    if (master.open(masterPath))
        (void)master.unregisterClient(client);
}

JobCommandResult JobCommands::kill(const engine::JobStatus &status)
{
    if (status.hostAlive && engine::isActiveJobState(status.state))
        return sendControl(status.masterPath, QStringLiteral("KILL_JOB"));
    QString error;
    engine::JobLauncher launcher = makeLauncher();
    if (!launcher.killStopped(status.name, &error))
        return failure(error);
    return JobCommandResult{true, status.name, status.masterPath, {}};
}

JobCommandResult JobCommands::remove(const QString &jobName)
{
    QString error;
    if (!engine::JobStore().remove(jobName, &error))
        return failure(error);
    return JobCommandResult{true, jobName, {}, {}};
}

JobListResult JobCommands::list()
{
    JobListResult result;
    const engine::JobStore store;
    result.jobs = store.list(true);
    return result;
}

QString JobCommands::storedParfile(const QString &masterPath)
{
    engine::MasterTable master;
    if (!master.open(masterPath))
        return {};
    return master.property(QString::fromUtf16(engine::MasterKey::Parfile));
}

JobFiles JobCommands::jobFiles(const QString &masterPath)
{
    using namespace engine;
    JobFiles files;
    MasterTable master;
    if (!master.open(masterPath))
        return files;
    const auto operation = JobPlanFactory::operationFromName(
        master.property(QString::fromUtf16(MasterKey::Operation)));
    const QString parfile = master.property(QString::fromUtf16(MasterKey::Parfile));
    master.close();
    JobSpecParser parser(operation.value_or(JobOperation::Export));
    const std::optional<JobSpec> spec = parser.parseParfileText(parfile);
    if (!spec)
        return files;
    QString error;
    const auto connection = resolveConnection(spec->connection, &error);
    DirectoryObjectStore store;
    if (!store.load())
        return files;
    const DirectoryResolver resolver(store);
    const auto place = [&](const FileSpec &file) -> QString {
        FileSpecRequest request;
        request.spec = file.toParameterText();
        request.jobDirectory = spec->directory;
        request.profileName = connection ? connection->profileName : QString();
        const auto resolved = resolver.resolve(request);
        return resolved ? resolved->absolutePath : QString();
    };
    if (const auto log = spec->effectiveLogFile())
        files.logPath = place(*log);
    if (spec->sqlFile)
        files.sqlPath = place(*spec->sqlFile);
    const QList<FileSpec> dumps = spec->effectiveDumpFiles();
    const QString first = spec->sqlFile     ? files.sqlPath
                          : dumps.isEmpty() ? files.logPath
                                            : place(dumps.first());
    if (!first.isEmpty())
        files.folder = QFileInfo(first).absolutePath();
    return files;
}

} // namespace sluice::gui
