#pragma once

#include "engine/job/jobprogress.h"
#include "engine/job/jobstatus.h"
#include "engine/job/workitem.h"
#include "engine/log/joblogline.h"

#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace sluice::engine {

// Keys of the master table's job table (key/value).
namespace MasterKey {
inline constexpr char16_t Name[] = u"name";
inline constexpr char16_t Operation[] = u"operation";
inline constexpr char16_t Mode[] = u"mode";
inline constexpr char16_t Parfile[] = u"parfile";
inline constexpr char16_t Connection[] = u"connection";
inline constexpr char16_t State[] = u"state";
inline constexpr char16_t StopReason[] = u"stop_reason";
inline constexpr char16_t HostPid[] = u"host_pid";
inline constexpr char16_t HostProgram[] = u"host_program";
inline constexpr char16_t Heartbeat[] = u"heartbeat_ms";
inline constexpr char16_t Parallel[] = u"parallel";
inline constexpr char16_t Created[] = u"created";
inline constexpr char16_t Started[] = u"started";
inline constexpr char16_t Finished[] = u"finished";
inline constexpr char16_t ErrorCount[] = u"error_count";
inline constexpr char16_t ExitCode[] = u"exit_code";
inline constexpr char16_t FormatVersion[] = u"format_version";
inline constexpr char16_t KeepMaster[] = u"keep_master";
inline constexpr char16_t DumpFiles[] = u"dump_files";
inline constexpr char16_t BytesDone[] = u"bytes_done";
inline constexpr char16_t BytesEstimated[] = u"bytes_estimated";
inline constexpr char16_t ObjectsDone[] = u"objects_done";
inline constexpr char16_t ObjectsTotal[] = u"objects_total";
inline constexpr char16_t ElapsedMs[] = u"elapsed_ms";
inline constexpr char16_t EtaSeconds[] = u"eta_seconds";
} // namespace MasterKey

// One job's master table: a SQLite file in the job store (WAL, synchronous=FULL),
// holding the job's parameters (never passwords), every work item with its state,
// the log, the workers' status, commands from clients and the attached clients.
// docs/jobs.md describes the schema.
//
// An instance owns one connection, opened on and used by one thread only; every
// thread (the host's main thread, each worker, each client poller) opens its own.
// Each write is its own short transaction, so a crash loses only what was in flight.
class MasterTable
{
public:
    static constexpr int kFormatVersion = 1;
    // A host whose heartbeat is older than this is taken for dead.
    static constexpr qint64 kHeartbeatStaleMs = 15000;

    struct LoggedLine
    {
        qint64 id = 0;
        JobLogLine line;
    };
    struct Control
    {
        qint64 id = 0;
        QString command; // STOP_JOB, PARALLEL, ...
        QString argument;
        qint64 client = 0;
    };
    struct Counts
    {
        qint64 total = 0;
        qint64 pending = 0;
        qint64 executing = 0;
        qint64 completed = 0;
        qint64 failed = 0;
        qint64 skipped = 0;
        qint64 bytesDone = 0;      // bytes of completed items
        qint64 bytesEstimated = 0; // estimates of all items
        [[nodiscard]] qint64 done() const { return completed + failed + skipped; }
    };

    MasterTable();
    ~MasterTable();
    MasterTable(const MasterTable &) = delete;
    MasterTable &operator=(const MasterTable &) = delete;

    // Creates a new master table; fails if the file exists.
    [[nodiscard]] bool create(const QString &path);
    [[nodiscard]] bool open(const QString &path);
    void close();
    [[nodiscard]] bool isOpen() const { return !m_connection.isEmpty(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Every commit is on disk before it returns (SQLite's synchronous=FULL): an item
    // marked EXECUTING must be, before its work starts. A relaxed connection commits to
    // the write-ahead log without waiting for the disk (synchronous=NORMAL), for writes
    // that only inform (a client's heartbeat, log lines, progress): a power cut may
    // lose the last of them, never the table's consistency, and the next durable
    // commit takes them to disk too. It matters beyond their own wait: a commit that
    // waits for the disk (milliseconds while the dump is being written) holds the
    // table's write lock, and a worker marking its next item waits behind it.
    [[nodiscard]] bool setRelaxed(bool relaxed);

    // Runs body in one transaction; rolls back when it returns false.
    [[nodiscard]] bool transaction(const std::function<bool()> &body);

    [[nodiscard]] bool setProperty(const QString &key, const QString &value);
    [[nodiscard]] bool setProperties(const QMap<QString, QString> &values);
    [[nodiscard]] QString property(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] QMap<QString, QString> properties() const;
    [[nodiscard]] JobState storedState() const;
    [[nodiscard]] bool setState(JobState state, const QString &stopReason = {});

    [[nodiscard]] bool clearWorkItems();
    // Adds items in one transaction and sets their ids.
    [[nodiscard]] bool addWorkItems(QList<WorkItem> &items);
    [[nodiscard]] QList<WorkItem> workItems(std::optional<WorkItemState> state = {}) const;
    [[nodiscard]] std::optional<WorkItem> workItem(qint64 id) const;
    // PENDING -> EXECUTING: worker, attempts + 1, started.
    [[nodiscard]] bool markExecuting(qint64 id, int worker);
    // EXECUTING -> COMPLETED or FAILED, with rows, bytes, result or error.
    [[nodiscard]] bool markFinished(qint64 id, const WorkItemResult &result);
    [[nodiscard]] bool setItemState(qint64 id, WorkItemState state, const QString &error = {});
    [[nodiscard]] Counts counts() const;

    [[nodiscard]] bool appendLog(const QList<JobLogLine> &lines);
    [[nodiscard]] QList<LoggedLine> logSince(qint64 afterId, int limit = 2000) const;
    [[nodiscard]] qint64 lastLogId() const;

    // Replaces the worker table with the given rows.
    [[nodiscard]] bool writeWorkers(const QList<WorkerProgress> &workers);
    [[nodiscard]] QList<WorkerProgress> workers() const;

    [[nodiscard]] qint64 addControl(const QString &command, const QString &argument,
                                    qint64 client = 0);
    [[nodiscard]] QList<Control> pendingControls() const;
    [[nodiscard]] bool markControlHandled(qint64 id, const QString &response = {});

    // Attached clients, so `jobs` can show them and the host lets them read the
    // last lines before it removes the master table.
    [[nodiscard]] qint64 registerClient(qint64 pid);
    [[nodiscard]] bool touchClient(qint64 id, qint64 lastLogId);
    [[nodiscard]] bool unregisterClient(qint64 id);
    [[nodiscard]] int liveClients(qint64 maxAgeMs = 5000) const;
    // True when every live client has read up to lastLogId.
    [[nodiscard]] bool clientsCaughtUp(qint64 lastLogId, qint64 maxAgeMs = 5000) const;

    // Everything at once, with the effective state (see JobStore::effectiveState).
    [[nodiscard]] JobStatus status() const;

    [[nodiscard]] static qint64 nowMs();
    [[nodiscard]] static QString timeText(const QDateTime &time);
    [[nodiscard]] static QDateTime timeFromText(const QString &text);

private:
    bool openConnection(const QString &path);
    bool createSchema();
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail) const;

    QString m_connection; // QSqlDatabase connection name; used on one thread only
    QString m_path;
    mutable QString m_errorString;
};

} // namespace sluice::engine
