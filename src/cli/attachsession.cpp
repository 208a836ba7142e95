#include "attachsession.h"

#include "clicontext.h"
#include "interruptwatcher.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/job/interactivecommand.h"
#include "engine/job/joblauncher.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/jobstatusformat.h"
#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"
#include "engine/params/jobspecparser.h"

#include <QTextStream>
#include <cstdio>

namespace sluice::cli {

using namespace sluice::engine;

namespace {

QString readLine(bool *eof)
{
    static QTextStream in(stdin);
    const QString line = in.readLine();
    *eof = line.isNull();
    return line;
}

// The passwords a restarted host needs, asked from the usual chain here in the
// client (environment, keychain, a prompt on a terminal).
JobCredentials credentialsFor(const JobSpec &attachSpec, const QString &masterPath,
                              QString *problem)
{
    JobCredentials credentials;
    MasterTable master;
    if (!master.open(masterPath))
        return credentials;
    const auto operation = JobPlanFactory::operationFromName(
        master.property(QString::fromUtf16(MasterKey::Operation)));
    JobSpecParser parser(operation.value_or(JobOperation::Export));
    const auto spec =
        parser.parseParfileText(master.property(QString::fromUtf16(MasterKey::Parfile)));
    if (!spec)
        return credentials;
    ConnectionProfileStore store;
    if (!store.load())
        *problem = store.errorString();
    const ConnectionResolver resolver(store);
    PasswordSource passwords;
    for (const QString &reference : {spec->connection, spec->networkLink}) {
        if (reference.isEmpty())
            continue;
        const auto resolved = resolver.resolve(reference, problem);
        if (!resolved)
            continue;
        PasswordRequest request{resolved->params, resolved->profileName, resolved->savePassword,
                                resolved->displayName()};
        const PasswordResult result = passwords.obtain(request);
        if (result.ok)
            credentials.setPassword(reference, result.password);
        else
            *problem = result.errorString;
    }
    credentials.setEncryptionPassword(attachSpec.encryptionPassword);
    return credentials;
}

} // namespace

AttachSession::AttachSession(CliContext &context, JobOperation operation, const JobSpec &spec,
                             const QString &jobName, const QString &masterPath)
    : m_context(context)
    , m_operation(operation)
    , m_spec(spec)
    , m_jobName(jobName)
    , m_masterPath(masterPath)
{
    connect(&m_client, &JobClient::logLine, this, [this](const JobLogLine &line) {
        dropPlaceholderClient();
        m_context.out() << line.text << Qt::endl;
    });
    connect(&m_client, &JobClient::finished, this, [this](int code) {
        if (!m_inPrompt)
            end(code);
        else
            m_finishedInPrompt = code; // acted on when the prompt is left
    });
    connect(&m_client, &JobClient::masterRemoved, this, [this] {
        const JobStatus &last = m_client.lastStatus();
        end(last.exitCode >= 0 ? last.exitCode : ExitFailure);
    });
    connect(&m_client, &JobClient::commandFailed, this,
            [this](const QString &command, const QString &error) {
                m_context.err() << command << ": " << error << Qt::endl;
            });
    connect(&m_statusTimer, &QTimer::timeout, this, &AttachSession::printStatus);
}

AttachSession::~AttachSession()
{
    dropPlaceholderClient();
}

void AttachSession::dropPlaceholderClient()
{
    if (m_placeholderClient == 0)
        return;
    MasterTable master;
    if (master.open(m_masterPath))
        (void)master.unregisterClient(m_placeholderClient);
    m_placeholderClient = 0;
}

int AttachSession::run()
{
    m_interrupt = new InterruptWatcher(this);
    connect(m_interrupt, &InterruptWatcher::interrupted, this, &AttachSession::prompt,
            Qt::QueuedConnection);
    if (!m_launched)
        printStatus();
    const std::optional<JobStatus> status = JobStore().find(m_jobName);
    if (!status)
        return ExitFailure;
    m_client.attach(m_masterPath, m_launched);
    if (m_statusInterval > 0)
        m_statusTimer.start(m_statusInterval * 1000);
    // A job that is not running has no log to follow: straight to the prompt.
    if (!isActiveJobState(status->state))
        QTimer::singleShot(0, this, &AttachSession::prompt);
    m_loop.exec();
    m_client.detach();
    return m_exitCode;
}

void AttachSession::end(int exitCode)
{
    m_ended = true;
    m_exitCode = exitCode;
    m_loop.quit();
}

void AttachSession::printStatus()
{
    QString error;
    const std::optional<JobStatus> status = JobStore().find(m_jobName, &error);
    if (!status) {
        m_context.err() << "sluice-cli: " << error << Qt::endl;
        return;
    }
    m_context.out() << '\n' << JobStatusFormat::text(*status) << Qt::endl;
}

void AttachSession::prompt()
{
    if (m_inPrompt)
        return;
    m_inPrompt = true;
    const QString label = m_operation == JobOperation::Export ? QStringLiteral("Export> ")
                                                              : QStringLiteral("Import> ");
    for (;;) {
        m_context.out() << '\n' << label << Qt::flush;
        bool eof = false;
        const QString line = readLine(&eof);
        if (eof) {
            // No more input: leave the job as it is, as EXIT_CLIENT does.
            m_context.out() << Qt::endl;
            end(ExitSuccess);
            break;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (!execute(line))
            break;
    }
    m_inPrompt = false;
    if (m_ended || m_waitingForEnd)
        return;
    // The job ended while the prompt was up (a restarted job can be that fast): its
    // finished signal came then, and no other will; end with its exit code.
    if (m_finishedInPrompt && !isActiveJobState(m_client.lastStatus().state)) {
        end(*m_finishedInPrompt);
        return;
    }
    // Nothing runs (the job ended or stopped while the prompt was up): there is
    // no log to follow, so back to the prompt.
    const std::optional<JobStatus> status = JobStore().find(m_jobName);
    if (status && !status->hostAlive)
        QTimer::singleShot(0, this, &AttachSession::prompt);
}

bool AttachSession::confirm(const QString &question)
{
    m_context.out() << question << " ([yes]/no): " << Qt::flush;
    bool eof = false;
    const QString answer = readLine(&eof).trimmed().toLower();
    return !eof && (answer.isEmpty() || answer == u"y" || answer == u"yes");
}

bool AttachSession::restart(bool skipCurrent)
{
    QString problem;
    const JobCredentials credentials = credentialsFor(m_spec, m_masterPath, &problem);
    if (!problem.isEmpty())
        m_context.err() << "sluice-cli: note: " << problem << Qt::endl;
    QString error;
    if (!JobLauncher().restart(m_jobName, credentials, skipCurrent, &error)) {
        m_context.err() << "sluice-cli: " << error << Qt::endl;
        return false;
    }
    m_finishedInPrompt.reset(); // the end of the earlier run is no longer the news
    return true;
}

bool AttachSession::execute(const QString &line)
{
    QString error;
    const auto command = InteractiveCommand::parse(line, m_operation, &error);
    if (!command) {
        m_context.err() << "sluice-cli: " << error << Qt::endl;
        return true;
    }
    const std::optional<JobStatus> status = JobStore().find(m_jobName);
    const bool running = status && status->hostAlive;
    using Kind = InteractiveCommand::Kind;
    switch (command->kind) {
    case Kind::Help:
        m_context.out() << InteractiveCommand::helpText(m_operation) << Qt::flush;
        return true;
    case Kind::Status:
        printStatus();
        if (command->argument.toInt() > 0)
            m_statusTimer.start(command->argument.toInt() * 1000);
        return true;
    case Kind::ExitClient:
        end(ExitSuccess);
        return false;
    case Kind::StopJob:
    case Kind::KillJob: {
        const bool kill = command->kind == Kind::KillJob;
        // Data Pump asks the same question for both.
        if (!confirm(QStringLiteral("Are you sure you wish to stop this job")))
            return true;
        if (kill && !running) {
            if (!JobLauncher().killStopped(m_jobName, &error)) {
                m_context.err() << "sluice-cli: " << error << Qt::endl;
                return true;
            }
            m_waitingForEnd = true;
            return false; // the master table goes: masterRemoved ends the client
        }
        if (!running) {
            m_context.err() << "sluice-cli: the job is not running" << Qt::endl;
            return true;
        }
        m_client.sendCommand(command->name, command->argument);
        m_waitingForEnd = true;
        return false; // follow the log until the job has stopped
    }
    case Kind::StartJob:
        if (running)
            m_context.err() << "sluice-cli: the job is already running" << Qt::endl;
        else if (restart(command->argument == u"SKIP_CURRENT"))
            m_context.out() << "Job " << m_jobName << " restarted" << Qt::endl;
        return true;
    case Kind::ContinueClient:
        // A job that already ended (a restarted job can finish while the prompt is up)
        // has nothing left to follow: the client ends with the job's exit code.
        if (!running && status && isFinishedJobState(status->state)) {
            end(status->exitCode >= 0 ? status->exitCode : ExitFailure);
            return false;
        }
        if (!running && !restart(false))
            return true;
        return false;
    case Kind::Parallel:
    case Kind::AddFile:
    case Kind::FileSize:
    case Kind::ReuseDumpFiles:
        m_client.sendCommand(command->name, command->argument);
        return true;
    }
    return true;
}

int runAttach(CliContext &context, JobOperation operation, const JobSpec &spec)
{
    const JobStore store;
    const QString operationName = JobPlanFactory::operationName(operation);
    QString name;
    if (spec.attach->isEmpty()) {
        QStringList candidates;
        for (const JobStatus &job : store.list(false)) {
            if (job.operation == operationName)
                candidates << job.name;
        }
        if (candidates.size() != 1)
            return context.fail(
                candidates.isEmpty()
                    ? QStringLiteral("there is no %1 job to attach to").arg(operationName.toLower())
                    : QStringLiteral("several %1 jobs exist (%2): give ATTACH=job_name")
                          .arg(operationName.toLower(), candidates.join(QStringLiteral(", "))));
        name = candidates.first();
    } else {
        QString error;
        const auto normalized = JobStore::normalizeName(SqlName{*spec.attach, false}, &error);
        if (!normalized)
            return context.fail(error);
        // A quoted-case name stored as typed: try it as given first.
        name = store.find(*spec.attach) ? *spec.attach : *normalized;
    }
    QString error;
    const std::optional<JobStatus> status = store.find(name, &error);
    if (!status)
        return context.fail(error);
    if (status->operation != operationName)
        return context.fail(QStringLiteral("job %1 is an %2 job: use sluice-cli %3 ATTACH=%1")
                                .arg(name, status->operation, status->operation.toLower()));
    AttachSession session(context, operation, spec, name, status->masterPath);
    return session.run();
}

} // namespace sluice::cli
