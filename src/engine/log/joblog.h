#pragma once

#include "engine/log/exitcode.h"
#include "engine/log/joblogline.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <functional>

namespace sluice::engine {

// A job's log in Data Pump's layout (DATAPUMP.md section C): header lines prefixed
// with ";;; " in the file only, "Starting ...", "Processing object type ...", the
// ". . exported" row lines, the dump file set and the closing "Job ..." line.
//
// Every line goes to the log file (when one is open) and is emitted as lineLogged()
// for the console and the GUI. Workers log concurrently: all methods are thread-safe,
// and lineLogged() is emitted from the logging thread, so receivers in other threads
// connect with Qt::QueuedConnection (JobLogLine is a registered metatype).
class JobLog : public QObject
{
    Q_OBJECT

public:
    // LOGTIME: where lines get a "02-JUL-25 13:42:29.036: " timestamp.
    enum class LogTime { None, Status, LogFile, All };
    enum class Outcome { Completed, StoppedByFatalError, StoppedByUser };

    explicit JobLog(QObject *parent = nullptr);
    ~JobLog() override;

    // NONE|STATUS|LOGFILE|ALL, case-insensitive; nullopt otherwise.
    [[nodiscard]] static std::optional<LogTime> parseLogTime(const QString &text);
    void setLogTime(LogTime logTime);
    // METRICS=YES: worker ids ("W-1 ") and per-object-type timings.
    void setMetrics(bool metrics);
    // For tests: the clock used for timestamps and the elapsed time.
    void setClock(std::function<QDateTime()> clock);

    // Opens the log file, replacing an existing one (Data Pump overwrites the log of a
    // new job), or with append adding to it (a restarted job, as Data Pump's "Job ...
    // has been reopened" lines follow the first run's). Without a file (NOLOGFILE=YES)
    // lines are only emitted.
    [[nodiscard]] bool open(const QString &filePath, bool append = false);
    void close();
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] QString errorString() const;

    // "Export: Release 0.1.0 - Production on Sat Feb 25 18:46:00 2023" between ";;; "
    // lines in the file; operation is "Export" or "Import".
    void banner(const QString &operation, const QString &version);
    void connected(const QString &serverVersion);
    // A remark that is a ";;; " header line in the file and a plain line on the console.
    void headerNote(const QString &text);
    // Starting "OWNER"."JOB_NAME":  <commandEcho>. Starts the elapsed-time clock.
    void starting(const QString &owner, const QString &jobName, const QString &commandEcho);
    void processingObjectType(const QString &objectPath, int worker = 1);
    // With METRICS=YES: "     Completed 5 TABLE objects in 1 seconds". Silent otherwise.
    void completedObjects(const QString &objectType, qint64 count, qint64 seconds, int worker = 1);
    // verb is "exported" or "imported". With METRICS=YES " in N seconds" is added.
    void rows(const QString &verb, const QString &qualifiedName, qint64 bytes, qint64 rows,
              int worker = 1, qint64 seconds = -1);
    void estimated(const QString &qualifiedName, qint64 bytes);
    void dumpFileSet(const QString &owner, const QString &jobName, const QStringList &files);
    void info(const QString &text, int worker = 1);
    void warning(const QString &text, int worker = 1);
    // Counts towards "completed with N error(s)" and exit code 5.
    void error(const QString &text, int worker = 1);

    // Writes the closing line and returns the exit code:
    //   Completed, no errors -> "successfully completed at ..."        -> 0
    //   Completed, errors    -> "completed with N error(s) at ..."     -> 5
    //   StoppedByFatalError  -> "stopped due to fatal error at ..."    -> 1
    //   StoppedByUser        -> "stopped by user request at ..."       -> 1 (not complete)
    ExitCode finish(Outcome outcome);

    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] ExitCode exitCodeFor(Outcome outcome) const;

    // The echo of a command line for the "Starting" line: the connection as given,
    // then the parameters, with the values of password parameters masked.
    [[nodiscard]] static QString commandEcho(const QString &connection,
                                             const QStringList &parameters);

Q_SIGNALS:
    void lineLogged(const sluice::engine::JobLogLine &line);

private:
    enum class Kind { Header, Body };
    void write(const QString &text, JobLogLine::Severity severity, Kind kind, int worker);
    void writeFileOnly(const QString &text);
    QString workerPrefix(int worker) const;

    mutable QMutex m_mutex;
    QFile m_file;                       // guarded by m_mutex
    QString m_errorString;              // guarded by m_mutex
    LogTime m_logTime = LogTime::None;  // guarded by m_mutex
    bool m_metrics = false;             // guarded by m_mutex
    std::function<QDateTime()> m_clock; // guarded by m_mutex
    QDateTime m_started;                // guarded by m_mutex
    QString m_jobLabel;                 // guarded by m_mutex: "\"OWNER\".\"JOB\""
    int m_errors = 0;                   // guarded by m_mutex
    int m_warnings = 0;                 // guarded by m_mutex
};

} // namespace sluice::engine
