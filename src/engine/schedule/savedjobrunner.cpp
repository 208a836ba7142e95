#include "engine/schedule/savedjobrunner.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/core/apppaths.h"
#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"
#include "engine/params/jobspec.h"
#include "engine/params/parfilewriter.h"
#include "engine/schedule/calendarparser.h"
#include "engine/schedule/runcredentials.h"
#include "engine/schedule/runhistory.h"
#include "engine/schedule/runoutputsummary.h"
#include "engine/schedule/savedjobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice::engine {

namespace {

RunRecord failed(RunRecord record, const QString &reason)
{
    record.kind = RunRecord::Kind::Failed;
    record.exitCode = 1;
    record.reason = reason;
    return record;
}

// The job's own Data Pump log file, for the history's link; empty when it has none
// or it cannot be placed (the job itself reports that).
QString dataPumpLogFile(const JobSpec &spec, const ConnectionProfileStore &profiles)
{
    const std::optional<FileSpec> logFile = spec.effectiveLogFile();
    if (!logFile)
        return QString();
    DirectoryObjectStore directories;
    if (!directories.load())
        return QString();
    const auto connection = ConnectionResolver(profiles).resolve(spec.connection);
    FileSpecRequest request;
    request.spec = logFile->toParameterText();
    request.jobDirectory = spec.directory;
    request.profileName = connection ? connection->profileName : QString();
    const auto resolved = DirectoryResolver(directories).resolve(request);
    return resolved ? resolved->absolutePath : QString();
}

} // namespace

SavedJobRunner::SavedJobRunner(Options options)
    : m_options(std::move(options))
{}

QString SavedJobRunner::defaultProgram()
{
    const QString self = QCoreApplication::applicationFilePath();
    if (QFileInfo(self).baseName() == u"sluice-cli")
        return self;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/sluice-cli");
#ifdef Q_OS_WIN
    return beside + QStringLiteral(".exe");
#else
    return beside;
#endif
}

QString SavedJobRunner::lockDirectory()
{
    return AppPaths::dataDir() + QStringLiteral("/schedule/locks");
}

QString SavedJobRunner::runLogDirectory()
{
    return AppPaths::dataDir() + QStringLiteral("/schedule/logs");
}

bool SavedJobRunner::isRunning(const QString &jobName)
{
    QLockFile lock(lockDirectory() + u'/' + jobName + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return lock.error() == QLockFile::LockFailedError;
    lock.unlock();
    return false;
}

bool SavedJobRunner::isDue(const SavedSchedule &schedule, const QDateTime &now, QString *why)
{
    CalendarParser parser;
    std::optional<CalendarSpec> spec = parser.parse(schedule.text);
    if (!spec) {
        *why = QStringLiteral("the saved schedule does not parse (%1); running anyway")
                   .arg(parser.errorString());
        return true;
    }
    spec->anchor = schedule.anchor;
    const QDateTime minute(now.date(), QTime(now.time().hour(), now.time().minute()));
    // The OS fires on the minute; a start that slipped into the next minute still counts,
    // except for MINUTELY, where the next minute may be a run of its own.
    const bool due =
        spec->matches(minute) || (spec->frequency != CalendarSpec::Frequency::Minutely &&
                                  spec->matches(minute.addSecs(-60)));
    if (!due) {
        const QList<QDateTime> next = spec->nextRuns(now, 1);
        *why = QStringLiteral("not a run time of \"%1\"; the next one is %2")
                   .arg(schedule.text, next.isEmpty() ? QStringLiteral("never")
                                                      : next.first().toString(Qt::ISODate));
    }
    return due;
}

void SavedJobRunner::logNote(const QString &text)
{
    if (m_runLogPath.isEmpty())
        return;
    QFile file(m_runLogPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(QStringLiteral("sluice-cli job run: %1\n").arg(text).toUtf8());
}

SavedJobRunner::Result SavedJobRunner::finish(RunRecord record, const QString &note)
{
    record.end = QDateTime::currentDateTime();
    logNote(QStringLiteral("%1 at %2 (exit code %3)")
                .arg(record.outcome(), record.end.toString(Qt::ISODate))
                .arg(record.exitCode));
    Result result{record, false, note};
    RunHistory history;
    result.recorded = history.append(record);
    if (!result.recorded)
        result.note = history.errorString();
    return result;
}

QString SavedJobRunner::privateParfile(const SavedJob &job, const QString &folder,
                                       const QString &encryptionPassword, QString *error) const
{
    QString text = job.parfile;
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (!text.contains(QStringLiteral("\nKEEP_MASTER=YES\n")))
        text += QStringLiteral("KEEP_MASTER=YES\n"); // read the counts, then drop it
    if (!encryptionPassword.isEmpty())
        text.replace(QStringLiteral("ENCRYPTION_PWD_PROMPT=YES\n"),
                     QStringLiteral("ENCRYPTION_PASSWORD=") +
                         ParfileWriter::quoteIfNeeded(encryptionPassword) + u'\n');
    QFile file(folder + u'/' + job.name + QStringLiteral(".par"));
    // Owner-only before anything is written: it may hold the encryption password.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(text.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return QString();
    }
    return file.fileName();
}

SavedJobRunner::Result SavedJobRunner::run(const QString &jobName)
{
    RunRecord record;
    record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.jobName = jobName;
    record.scheduled = m_options.scheduled;
    record.start = QDateTime::currentDateTime();
    record.pid = QCoreApplication::applicationPid();
    SavedJobStore store;
    const std::optional<SavedJob> job = store.find(jobName);
    if (!job)
        return finish(failed(record, store.errorString()));
    if (m_options.scheduled && job->schedule && !job->schedule->exact) {
        QString why;
        const QDateTime now = m_options.now.isValid() ? m_options.now : record.start;
        if (!isDue(*job->schedule, now, &why))
            return Result{record, false, why};
    }
    if (!job->enabled) {
        record.kind = RunRecord::Kind::SkippedDisabled;
        record.exitCode = 0;
        return finish(record);
    }
    QDir().mkpath(lockDirectory());
    QLockFile lock(lockDirectory() + u'/' + jobName + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // stale only when the holder's process is gone
    if (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError)
            return finish(failed(
                record, QStringLiteral("cannot create the lock file %1").arg(lockDirectory())));
        qint64 pid = 0;
        QString host;
        QString application;
        (void)lock.getLockInfo(&pid, &host, &application);
        record.kind = RunRecord::Kind::SkippedOverlap;
        record.exitCode = 0;
        return finish(record,
                      QStringLiteral("the previous run (pid %1) is still running").arg(pid));
    }
    const QString logFolder = runLogDirectory() + u'/' + jobName;
    QDir().mkpath(logFolder);
    m_runLogPath = logFolder + u'/' + record.start.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                   QStringLiteral(".log");
    record.runLog = m_runLogPath;
    logNote(QStringLiteral("%1 run of the saved job \"%2\" (%3) started at %4")
                .arg(m_options.scheduled ? QStringLiteral("scheduled") : QStringLiteral("manual"),
                     jobName, job->operationName(), record.start.toString(Qt::ISODate)));
    QString error;
    const std::optional<JobSpec> spec = job->spec(&error);
    if (!spec)
        return finish(failed(record, error));
    ConnectionProfileStore profiles;
    if (!profiles.load())
        return finish(failed(record, profiles.errorString()));
    RunCredentials credentials(m_options.interactive && !m_options.scheduled,
                               m_options.keychainTimeoutMs);
    if (!credentials.collect(jobName, *spec, profiles))
        return finish(failed(record, credentials.errorString()));
    record.logFile = dataPumpLogFile(*spec, profiles);
    const QTemporaryDir folder; // owner-only (0700)
    const QString parfile =
        privateParfile(*job, folder.path(), credentials.encryptionPassword(), &error);
    if (parfile.isEmpty())
        return finish(failed(record, error));
    runChild(*job, parfile, record);
    return finish(record);
}

void SavedJobRunner::runChild(const SavedJob &job, const QString &parfile, RunRecord &record)
{
    QProcess process;
    process.setProgram(m_options.program.isEmpty() ? defaultProgram() : m_options.program);
    process.setArguments({job.operationName(), QStringLiteral("PARFILE=") + parfile});
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_options.interactive && !m_options.scheduled)
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
    else
        process.setStandardInputFile(QProcess::nullDevice()); // never a prompt
    logNote(QStringLiteral("running %1 %2 PARFILE=<private copy of the saved parfile>")
                .arg(process.program(), job.operationName()));
    process.start();
    if (!process.waitForStarted(30000)) {
        record = failed(
            record,
            QStringLiteral("cannot start %1: %2").arg(process.program(), process.errorString()));
        return;
    }
    QFile log(m_runLogPath);
    (void)log.open(QIODevice::WriteOnly | QIODevice::Append);
    QByteArray output;
    const auto drain = [&] {
        const QByteArray chunk = process.readAll();
        if (chunk.isEmpty())
            return;
        output += chunk;
        log.write(chunk);
        log.flush();
        if (m_options.echo)
            m_options.echo(chunk);
    };
    while (!process.waitForFinished(200))
        drain();
    drain();
    log.close();
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    RunOutputSummary summary = RunOutputSummary::fromOutput(QString::fromUtf8(output));
    QString error;
    const std::optional<JobSpec> spec = job.spec(&error);
    summary.refineFromMaster(spec && spec->keepMaster);
    record.rows = summary.rows;
    record.warnings = summary.warnings;
    record.errors = summary.errors;
    record.exitCode = exitCode;
    if (exitCode == 0) {
        record.kind = RunRecord::Kind::Completed;
    } else if (exitCode == 5) {
        record.kind = RunRecord::Kind::CompletedWithErrors;
        record.errors = qMax(record.errors, 1);
    } else {
        record =
            failed(record, summary.failure.isEmpty()
                               ? QStringLiteral("sluice-cli ended with exit code %1").arg(exitCode)
                               : summary.failure);
    }
}

QFuture<SavedJobRunner::Result> SavedJobRunner::runAsync(const QString &jobName) const
{
    Options options = m_options;
    options.interactive = false; // a GUI has no terminal for the child
    return QtConcurrent::run([options, jobName] { return SavedJobRunner(options).run(jobName); });
}

} // namespace sluice::engine
