#include "engine/log/joblog.h"

#include "engine/log/joblogformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>

namespace sluice::engine {

namespace {

const QLatin1String kHeaderMark(";;; ");
const QLatin1String kMask("********");

} // namespace

JobLog::JobLog(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    qRegisterMetaType<JobLogLine>();
}

JobLog::~JobLog()
{
    close();
}

std::optional<JobLog::LogTime> JobLog::parseLogTime(const QString &text)
{
    const QString value = text.trimmed().toUpper();
    if (value == u"NONE")
        return LogTime::None;
    if (value == u"STATUS")
        return LogTime::Status;
    if (value == u"LOGFILE")
        return LogTime::LogFile;
    if (value == u"ALL")
        return LogTime::All;
    return std::nullopt;
}

void JobLog::setLogTime(LogTime logTime)
{
    const QMutexLocker lock(&m_mutex);
    m_logTime = logTime;
}

void JobLog::setMetrics(bool metrics)
{
    const QMutexLocker lock(&m_mutex);
    m_metrics = metrics;
}

void JobLog::setClock(std::function<QDateTime()> clock)
{
    const QMutexLocker lock(&m_mutex);
    m_clock = std::move(clock);
}

bool JobLog::open(const QString &filePath, bool append)
{
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(filePath);
    const QIODevice::OpenMode mode =
        QIODevice::WriteOnly | QIODevice::Text | (append ? QIODevice::Append : QIODevice::Truncate);
    if (m_file.open(mode))
        return true;
    m_errorString = QCoreApplication::translate("JobLog", "Cannot write the log file %1: %2")
                        .arg(QDir::toNativeSeparators(filePath), m_file.errorString());
    return false;
}

void JobLog::close()
{
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        m_file.close();
}

QString JobLog::filePath() const
{
    const QMutexLocker lock(&m_mutex);
    return m_file.fileName();
}

QString JobLog::errorString() const
{
    const QMutexLocker lock(&m_mutex);
    return m_errorString;
}

int JobLog::errorCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_errors;
}

int JobLog::warningCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_warnings;
}

QString JobLog::workerPrefix(int worker) const
{
    return m_metrics && worker > 0 ? QStringLiteral("W-%1 ").arg(worker) : QString();
}

void JobLog::writeFileOnly(const QString &text)
{
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen()) {
        m_file.write((text + u'\n').toUtf8());
        m_file.flush();
    }
}

void JobLog::write(const QString &text, JobLogLine::Severity severity, Kind kind, int worker)
{
    JobLogLine line;
    {
        const QMutexLocker lock(&m_mutex);
        line.time = m_clock();
        line.severity = severity;
        const QString stamp = JobLogFormat::timestampPrefix(line.time);
        const bool body = kind == Kind::Body;
        const QString lead = body ? workerPrefix(worker) : QString();
        const bool stampConsole =
            body && (m_logTime == LogTime::Status || m_logTime == LogTime::All);
        const bool stampFile = body && (m_logTime == LogTime::LogFile || m_logTime == LogTime::All);
        line.text = (stampConsole ? stamp : QString()) + lead + text;
        if (m_file.isOpen()) {
            // A flush per line: `tail -f` shows progress and a crash loses nothing.
            m_file.write(((stampFile ? stamp : QString()) + lead + text + u'\n').toUtf8());
            m_file.flush();
        }
        if (severity == JobLogLine::Severity::Error)
            ++m_errors;
        else if (severity == JobLogLine::Severity::Warning)
            ++m_warnings;
    }
    // Emitted without the lock, so a directly connected slot may log in turn.
    Q_EMIT lineLogged(line);
}

void JobLog::banner(const QString &operation, const QString &version)
{
    QDateTime now;
    {
        const QMutexLocker lock(&m_mutex);
        now = m_clock();
    }
    writeFileOnly(kHeaderMark);
    write(QStringLiteral("%1: Release %2 - Production on %3")
              .arg(operation, version, JobLogFormat::dateTime(now)),
          JobLogLine::Severity::Info, Kind::Header, 0);
    write(QString(), JobLogLine::Severity::Info, Kind::Header, 0);
    writeFileOnly(kHeaderMark);
}

void JobLog::connected(const QString &serverVersion)
{
    write(QCoreApplication::translate("JobLog", "Connected to: %1").arg(serverVersion),
          JobLogLine::Severity::Info, Kind::Header, 0);
}

void JobLog::headerNote(const QString &text)
{
    writeFileOnly(kHeaderMark + text);
    JobLogLine line;
    {
        const QMutexLocker lock(&m_mutex);
        line.time = m_clock();
    }
    line.text = text;
    Q_EMIT lineLogged(line);
}

void JobLog::starting(const QString &owner, const QString &jobName, const QString &commandEcho)
{
    const QString label = JobLogFormat::objectName(owner, jobName);
    {
        const QMutexLocker lock(&m_mutex);
        m_started = m_clock();
        m_jobLabel = label;
    }
    write(QStringLiteral("Starting %1:  %2").arg(label, commandEcho), JobLogLine::Severity::Info,
          Kind::Body, 1);
}

void JobLog::processingObjectType(const QString &objectPath, int worker)
{
    write(QCoreApplication::translate("JobLog", "Processing object type %1").arg(objectPath),
          JobLogLine::Severity::Info, Kind::Body, worker);
}

void JobLog::completedObjects(const QString &objectType, qint64 count, qint64 seconds, int worker)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_metrics)
            return;
    }
    write(QStringLiteral("     Completed %1 %2 objects in %3 seconds")
              .arg(count)
              .arg(objectType)
              .arg(seconds),
          JobLogLine::Severity::Info, Kind::Body, worker);
}

void JobLog::rows(const QString &verb, const QString &qualifiedName, qint64 bytes, qint64 rows,
                  int worker, qint64 seconds)
{
    QString text = JobLogFormat::rowsLine(verb, qualifiedName, bytes, rows);
    {
        const QMutexLocker lock(&m_mutex);
        if (m_metrics && seconds >= 0)
            text += QStringLiteral(" in %1 seconds").arg(seconds);
    }
    write(text, JobLogLine::Severity::Info, Kind::Body, worker);
}

void JobLog::estimated(const QString &qualifiedName, qint64 bytes)
{
    write(JobLogFormat::estimateLine(qualifiedName, bytes), JobLogLine::Severity::Info, Kind::Body,
          1);
}

void JobLog::dumpFileSet(const QString &owner, const QString &jobName, const QStringList &files)
{
    write(QString(78, u'*'), JobLogLine::Severity::Info, Kind::Body, 0);
    write(QCoreApplication::translate("JobLog", "Dump file set for %1.%2 is:").arg(owner, jobName),
          JobLogLine::Severity::Info, Kind::Body, 0);
    for (const QString &file : files)
        write(QStringLiteral("  ") + QDir::toNativeSeparators(file), JobLogLine::Severity::Info,
              Kind::Body, 0);
}

void JobLog::info(const QString &text, int worker)
{
    write(text, JobLogLine::Severity::Info, Kind::Body, worker);
}

void JobLog::warning(const QString &text, int worker)
{
    write(text, JobLogLine::Severity::Warning, Kind::Body, worker);
}

void JobLog::error(const QString &text, int worker)
{
    write(text, JobLogLine::Severity::Error, Kind::Body, worker);
}

ExitCode JobLog::exitCodeFor(Outcome outcome) const
{
    if (outcome != Outcome::Completed)
        return ExitCode::Failure;
    return errorCount() > 0 ? ExitCode::CompletedWithErrors : ExitCode::Success;
}

ExitCode JobLog::finish(Outcome outcome)
{
    QString label;
    QDateTime now;
    qint64 elapsedMs = 0;
    int errors = 0;
    {
        const QMutexLocker lock(&m_mutex);
        now = m_clock();
        label = m_jobLabel.isEmpty() ? QStringLiteral("\"SLUICE\"") : m_jobLabel;
        elapsedMs = m_started.isValid() ? m_started.msecsTo(now) : 0;
        errors = m_errors;
    }
    QString what;
    switch (outcome) {
    case Outcome::Completed:
        what = errors > 0 ? QStringLiteral("completed with %1 error(s)").arg(errors)
                          : QStringLiteral("successfully completed");
        break;
    case Outcome::StoppedByFatalError:
        what = QStringLiteral("stopped due to fatal error");
        break;
    case Outcome::StoppedByUser:
        what = QStringLiteral("stopped by user request");
        break;
    }
    write(QStringLiteral("Job %1 %2 at %3 elapsed %4")
              .arg(label, what, JobLogFormat::dateTime(now), JobLogFormat::elapsed(elapsedMs)),
          JobLogLine::Severity::Info, Kind::Body, 0);
    return exitCodeFor(outcome);
}

QString JobLog::commandEcho(const QString &connection, const QStringList &parameters)
{
    QStringList parts;
    if (!connection.isEmpty())
        parts << connection;
    for (const QString &parameter : parameters) {
        const qsizetype eq = parameter.indexOf(u'=');
        const QString name = eq < 0 ? parameter : parameter.left(eq);
        if (eq >= 0 && name.contains(u"PASSWORD", Qt::CaseInsensitive))
            parts << parameter.left(eq + 1) + kMask;
        else
            parts << parameter;
    }
    return parts.join(u' ');
}

} // namespace sluice::engine
