#include "engine/job/mastertable.h"

#include "engine/data/nativehandle.h"
#include "engine/job/hostprocess.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace sluice::engine {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Replaces SQLite's busy timeout (QSQLITE_BUSY_TIMEOUT), which sleeps 1, 2, 5, 10,
// 15 ms... between tries: a commit holds the write lock for its fsync, often well
// under a millisecond, so a worker that found the lock taken waited several times
// longer than needed, twice per item (PostgreSQL export at PARALLEL=2: ~9 ms of a
// ~15 ms pause between two chunks). Tries every 0.1 ms for the first 5 ms, then
// every millisecond, up to the same 20 s.
int retryWhileBusy(void *, int tries)
{
    constexpr int kFastTries = 50;
    constexpr int kTotalTries = kFastTries + 20000;
    if (tries >= kTotalTries)
        return 0;
    QThread::usleep(tries < kFastTries ? 100 : 1000);
    return 1;
}

const char *const kSchema[] = {
    "CREATE TABLE job (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE work_item (id INTEGER PRIMARY KEY, phase INTEGER NOT NULL,"
    " process_order INTEGER NOT NULL DEFAULT 0, object_path TEXT, schema_name TEXT,"
    " object_name TEXT, chunk INTEGER NOT NULL DEFAULT 0, payload TEXT,"
    " state TEXT NOT NULL DEFAULT 'PENDING', worker INTEGER NOT NULL DEFAULT 0,"
    " attempts INTEGER NOT NULL DEFAULT 0, rows INTEGER NOT NULL DEFAULT 0,"
    " bytes INTEGER NOT NULL DEFAULT 0, estimate_bytes INTEGER NOT NULL DEFAULT 0,"
    " started TEXT, finished TEXT, error TEXT, result TEXT)",
    "CREATE INDEX work_item_order ON work_item (phase, process_order, id)",
    "CREATE INDEX work_item_state ON work_item (state)",
    "CREATE TABLE log (id INTEGER PRIMARY KEY, time TEXT, severity TEXT, text TEXT)",
    "CREATE TABLE worker (id INTEGER PRIMARY KEY, state TEXT, object_path TEXT,"
    " schema_name TEXT, object_name TEXT, rows INTEGER, bytes INTEGER, rate REAL,"
    " completed_objects INTEGER, updated TEXT)",
    "CREATE TABLE control (id INTEGER PRIMARY KEY, time TEXT, command TEXT, argument TEXT,"
    " client INTEGER, handled INTEGER NOT NULL DEFAULT 0, response TEXT)",
    "CREATE TABLE client (id INTEGER PRIMARY KEY, pid INTEGER, attached TEXT,"
    " last_seen_ms INTEGER, last_log_id INTEGER NOT NULL DEFAULT 0)",
};

const QString kItemColumns = QStringLiteral(
    "id, phase, process_order, object_path, schema_name, object_name, chunk, payload, state,"
    " worker, attempts, rows, bytes, estimate_bytes, started, finished, error, result");

QJsonObject jsonFromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

WorkItem itemFromQuery(const QSqlQuery &query)
{
    WorkItem item;
    item.id = query.value(0).toLongLong();
    item.phase = query.value(1).toInt();
    item.processOrder = query.value(2).toInt();
    item.objectPath = query.value(3).toString();
    item.schema = query.value(4).toString();
    item.name = query.value(5).toString();
    item.chunk = query.value(6).toInt();
    item.payload = jsonFromText(query.value(7).toString());
    item.state = workItemStateFromName(query.value(8).toString()).value_or(WorkItemState::Pending);
    item.worker = query.value(9).toInt();
    item.attempts = query.value(10).toInt();
    item.rows = query.value(11).toLongLong();
    item.bytes = query.value(12).toLongLong();
    item.estimateBytes = query.value(13).toLongLong();
    item.started = MasterTable::timeFromText(query.value(14).toString());
    item.finished = MasterTable::timeFromText(query.value(15).toString());
    item.error = query.value(16).toString();
    item.result = jsonFromText(query.value(17).toString());
    return item;
}

const char *severityName(JobLogLine::Severity severity)
{
    switch (severity) {
    case JobLogLine::Severity::Warning:
        return "WARNING";
    case JobLogLine::Severity::Error:
        return "ERROR";
    default:
        return "INFO";
    }
}

JobLogLine::Severity severityFromName(const QString &name)
{
    if (name == u"WARNING")
        return JobLogLine::Severity::Warning;
    if (name == u"ERROR")
        return JobLogLine::Severity::Error;
    return JobLogLine::Severity::Info;
}

} // namespace

MasterTable::MasterTable() = default;

MasterTable::~MasterTable()
{
    close();
}

qint64 MasterTable::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString MasterTable::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime MasterTable::timeFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime()
                          : QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
}

bool MasterTable::fail(const QString &what, const QString &detail) const
{
    m_errorString = QStringLiteral("master table %1: %2: %3").arg(m_path, what, detail);
    return false;
}

bool MasterTable::openConnection(const QString &path)
{
    close();
    m_path = path;
    const QString name = QStringLiteral("sluice.master.%1.%2")
                             .arg(quintptr(QThread::currentThread()), 0, 16)
                             .arg(s_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Host, workers and clients share the file: wait for each other's short writes.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(QStringLiteral("cannot open"), error);
        }
    }
    m_connection = name;
    if (sqlite3 *handle = NativeHandle::sqlite(QSqlDatabase::database(name, false)))
        sqlite3_busy_handler(handle, &retryWhileBusy, nullptr);
    // FULL: an item marked EXECUTING must be on disk before its work starts, so a
    // power cut never hides a half-done item from the restart.
    return setRelaxed(false);
}

bool MasterTable::setRelaxed(bool relaxed)
{
    return exec(relaxed ? QStringLiteral("PRAGMA synchronous=NORMAL")
                        : QStringLiteral("PRAGMA synchronous=FULL"));
}

bool MasterTable::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("cannot create"), QStringLiteral("the file exists"));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create"), QStringLiteral("cannot create the folder"));
    if (!openConnection(path))
        return false;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !createSchema()) {
        close();
        QFile::remove(path);
        return false;
    }
    return setProperty(QString::fromUtf16(MasterKey::FormatVersion),
                       QString::number(kFormatVersion));
}

bool MasterTable::createSchema()
{
    return transaction([this] {
        for (const char *statement : kSchema) {
            if (!exec(QLatin1String(statement)))
                return false;
        }
        return true;
    });
}

bool MasterTable::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("cannot open"), QStringLiteral("no such job"));
    if (!openConnection(path))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT value FROM job WHERE key = 'format_version'"))) {
        const QString error = query.lastError().text();
        query = QSqlQuery();
        close();
        return fail(QStringLiteral("not a master table"), error);
    }
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version < 1 || version > kFormatVersion) {
        query = QSqlQuery();
        close();
        return fail(QStringLiteral("unsupported format"), QString::number(version));
    }
    return true;
}

void MasterTable::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool MasterTable::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        return fail(sql.left(40), query.lastError().text());
    return true;
}

bool MasterTable::transaction(const std::function<bool()> &body)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // BEGIN IMMEDIATE takes the write lock up front, so the busy timeout applies
    // here instead of a deadlock-prone upgrade in the middle of the transaction.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (!body()) {
        const QString error = m_errorString;
        exec(QStringLiteral("ROLLBACK"));
        m_errorString = error;
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

bool MasterTable::setProperty(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO job (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(QStringLiteral("cannot write %1").arg(key), query.lastError().text());
    return true;
}

bool MasterTable::setProperties(const QMap<QString, QString> &values)
{
    return transaction([&] {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!setProperty(it.key(), it.value()))
                return false;
        }
        return true;
    });
}

QString MasterTable::property(const QString &key, const QString &fallback) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM job WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

QMap<QString, QString> MasterTable::properties() const
{
    QMap<QString, QString> values;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT key, value FROM job"))) {
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    return values;
}

JobState MasterTable::storedState() const
{
    return jobStateFromName(property(QString::fromUtf16(MasterKey::State)))
        .value_or(JobState::Defining);
}

bool MasterTable::setState(JobState state, const QString &stopReason)
{
    return setProperties({{QString::fromUtf16(MasterKey::State), jobStateName(state)},
                          {QString::fromUtf16(MasterKey::StopReason), stopReason}});
}

bool MasterTable::clearWorkItems()
{
    return exec(QStringLiteral("DELETE FROM work_item"));
}

bool MasterTable::addWorkItems(QList<WorkItem> &items)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral(
            "INSERT INTO work_item (phase, process_order, object_path, schema_name, object_name,"
            " chunk, payload, state, estimate_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)"));
        for (WorkItem &item : items) {
            query.addBindValue(item.phase);
            query.addBindValue(item.processOrder);
            query.addBindValue(item.objectPath);
            query.addBindValue(item.schema);
            query.addBindValue(item.name);
            query.addBindValue(item.chunk);
            query.addBindValue(jsonText(item.payload));
            query.addBindValue(item.estimateBytes);
            if (!query.exec())
                return fail(QStringLiteral("cannot add a work item"), query.lastError().text());
            item.id = query.lastInsertId().toLongLong();
            item.state = WorkItemState::Pending;
        }
        return true;
    });
}

QList<WorkItem> MasterTable::workItems(std::optional<WorkItemState> state) const
{
    QList<WorkItem> items;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QString sql = QStringLiteral("SELECT %1 FROM work_item").arg(kItemColumns);
    if (state)
        sql += QStringLiteral(" WHERE state = ?");
    query.prepare(sql + QStringLiteral(" ORDER BY phase, process_order, id"));
    if (state)
        query.addBindValue(workItemStateName(*state));
    if (!query.exec()) {
        fail(QStringLiteral("cannot read work items"), query.lastError().text());
        return items;
    }
    while (query.next())
        items.append(itemFromQuery(query));
    return items;
}

std::optional<WorkItem> MasterTable::workItem(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM work_item WHERE id = ?").arg(kItemColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return itemFromQuery(query);
    return std::nullopt;
}

bool MasterTable::markExecuting(qint64 id, int worker)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE work_item SET state = 'EXECUTING', worker = ?,"
                                 " attempts = attempts + 1, started = ?, finished = NULL,"
                                 " error = NULL WHERE id = ?"));
    query.addBindValue(worker);
    query.addBindValue(timeText(QDateTime::currentDateTime()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("cannot start item %1").arg(id), query.lastError().text());
    return true;
}

bool MasterTable::markFinished(qint64 id, const WorkItemResult &result)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE work_item SET state = ?, rows = ?, bytes = ?,"
                                 " finished = ?, error = ?, result = ? WHERE id = ?"));
    query.addBindValue(
        workItemStateName(result.ok ? WorkItemState::Completed : WorkItemState::Failed));
    query.addBindValue(result.rows);
    query.addBindValue(result.bytes);
    query.addBindValue(timeText(QDateTime::currentDateTime()));
    query.addBindValue(result.ok ? QVariant() : QVariant(result.error));
    query.addBindValue(jsonText(result.result));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("cannot finish item %1").arg(id), query.lastError().text());
    return true;
}

bool MasterTable::setItemState(qint64 id, WorkItemState state, const QString &error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE work_item SET state = ?, error = ? WHERE id = ?"));
    query.addBindValue(workItemStateName(state));
    query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("cannot update item %1").arg(id), query.lastError().text());
    return true;
}

MasterTable::Counts MasterTable::counts() const
{
    Counts counts;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*), SUM(bytes), SUM(estimate_bytes)"
                                   " FROM work_item GROUP BY state")))
        return counts;
    while (query.next()) {
        const auto state = workItemStateFromName(query.value(0).toString());
        const qint64 count = query.value(1).toLongLong();
        counts.total += count;
        counts.bytesEstimated += query.value(3).toLongLong();
        switch (state.value_or(WorkItemState::Pending)) {
        case WorkItemState::Pending:
            counts.pending += count;
            break;
        case WorkItemState::Executing:
            counts.executing += count;
            break;
        case WorkItemState::Completed:
            counts.completed += count;
            counts.bytesDone += query.value(2).toLongLong();
            break;
        case WorkItemState::Failed:
            counts.failed += count;
            break;
        case WorkItemState::Skipped:
            counts.skipped += count;
            break;
        }
    }
    return counts;
}

bool MasterTable::appendLog(const QList<JobLogLine> &lines)
{
    if (lines.isEmpty())
        return true;
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("INSERT INTO log (time, severity, text) VALUES (?, ?, ?)"));
        for (const JobLogLine &line : lines) {
            query.addBindValue(
                timeText(line.time.isValid() ? line.time : QDateTime::currentDateTime()));
            query.addBindValue(QLatin1String(severityName(line.severity)));
            query.addBindValue(line.text);
            if (!query.exec())
                return fail(QStringLiteral("cannot write the log"), query.lastError().text());
        }
        return true;
    });
}

QList<MasterTable::LoggedLine> MasterTable::logSince(qint64 afterId, int limit) const
{
    QList<LoggedLine> lines;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id, time, severity, text FROM log WHERE id > ?"
                                 " ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return lines;
    while (query.next()) {
        LoggedLine logged;
        logged.id = query.value(0).toLongLong();
        logged.line.time = timeFromText(query.value(1).toString());
        logged.line.severity = severityFromName(query.value(2).toString());
        logged.line.text = query.value(3).toString();
        lines.append(logged);
    }
    return lines;
}

qint64 MasterTable::lastLogId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT MAX(id) FROM log")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool MasterTable::writeWorkers(const QList<WorkerProgress> &workers)
{
    return transaction([&] {
        if (!exec(QStringLiteral("DELETE FROM worker")))
            return false;
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral(
            "INSERT INTO worker (id, state, object_path, schema_name, object_name, rows, bytes,"
            " rate, completed_objects, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString now = timeText(QDateTime::currentDateTime());
        for (const WorkerProgress &worker : workers) {
            for (const QVariant &value :
                 {QVariant(worker.number), QVariant(worker.state), QVariant(worker.objectPath),
                  QVariant(worker.schema), QVariant(worker.name), QVariant(worker.rows),
                  QVariant(worker.bytes), QVariant(worker.bytesPerSecond),
                  QVariant(worker.completedObjects), QVariant(now)})
                query.addBindValue(value);
            if (!query.exec())
                return fail(QStringLiteral("cannot write workers"), query.lastError().text());
        }
        return true;
    });
}

QList<WorkerProgress> MasterTable::workers() const
{
    QList<WorkerProgress> workers;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, state, object_path, schema_name, object_name, rows,"
                                   " bytes, rate, completed_objects FROM worker ORDER BY id")))
        return workers;
    while (query.next()) {
        WorkerProgress worker;
        worker.number = query.value(0).toInt();
        worker.state = query.value(1).toString();
        worker.objectPath = query.value(2).toString();
        worker.schema = query.value(3).toString();
        worker.name = query.value(4).toString();
        worker.rows = query.value(5).toLongLong();
        worker.bytes = query.value(6).toLongLong();
        worker.bytesPerSecond = query.value(7).toDouble();
        worker.completedObjects = query.value(8).toLongLong();
        workers.append(worker);
    }
    return workers;
}

qint64 MasterTable::addControl(const QString &command, const QString &argument, qint64 client)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO control (time, command, argument, client) VALUES (?, ?, ?, ?)"));
    query.addBindValue(timeText(QDateTime::currentDateTime()));
    query.addBindValue(command);
    query.addBindValue(argument);
    query.addBindValue(client);
    if (!query.exec()) {
        fail(QStringLiteral("cannot send %1").arg(command), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<MasterTable::Control> MasterTable::pendingControls() const
{
    QList<Control> controls;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, command, argument, client FROM control"
                                   " WHERE handled = 0 ORDER BY id")))
        return controls;
    while (query.next())
        controls.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toLongLong()});
    return controls;
}

bool MasterTable::markControlHandled(qint64 id, const QString &response)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE control SET handled = 1, response = ? WHERE id = ?"));
    query.addBindValue(response);
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("cannot update a command"), query.lastError().text());
    return true;
}

qint64 MasterTable::registerClient(qint64 pid)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO client (pid, attached, last_seen_ms, last_log_id) VALUES (?, ?, ?, 0)"));
    query.addBindValue(pid);
    query.addBindValue(timeText(QDateTime::currentDateTime()));
    query.addBindValue(nowMs());
    if (!query.exec()) {
        fail(QStringLiteral("cannot attach"), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool MasterTable::touchClient(qint64 id, qint64 lastLogId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("UPDATE client SET last_seen_ms = ?, last_log_id = ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(lastLogId);
    query.addBindValue(id);
    return query.exec() || fail(QStringLiteral("cannot update a client"), query.lastError().text());
}

bool MasterTable::unregisterClient(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM client WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || fail(QStringLiteral("cannot detach"), query.lastError().text());
}

int MasterTable::liveClients(qint64 maxAgeMs) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT pid FROM client WHERE last_seen_ms > ?"));
    query.addBindValue(nowMs() - maxAgeMs);
    int live = 0;
    if (query.exec()) {
        while (query.next())
            live += HostProcess::isAlive(query.value(0).toLongLong()) ? 1 : 0;
    }
    return live;
}

bool MasterTable::clientsCaughtUp(qint64 lastLogId, qint64 maxAgeMs) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT pid FROM client WHERE last_seen_ms > ? AND last_log_id < ?"));
    query.addBindValue(nowMs() - maxAgeMs);
    query.addBindValue(lastLogId);
    if (!query.exec())
        return true;
    while (query.next()) {
        if (HostProcess::isAlive(query.value(0).toLongLong()))
            return false;
    }
    return true;
}

JobStatus MasterTable::status() const
{
    JobStatus status;
    const QMap<QString, QString> values = properties();
    const auto value = [&values](const char16_t *key) {
        return values.value(QString::fromUtf16(key));
    };
    status.masterPath = m_path;
    status.name = value(MasterKey::Name);
    status.operation = value(MasterKey::Operation);
    status.mode = value(MasterKey::Mode);
    status.connection = value(MasterKey::Connection);
    status.storedState = jobStateFromName(value(MasterKey::State)).value_or(JobState::Defining);
    status.stopReason = value(MasterKey::StopReason);
    status.hostPid = value(MasterKey::HostPid).toLongLong();
    const qint64 heartbeat = value(MasterKey::Heartbeat).toLongLong();
    status.hostAlive =
        HostProcess::isAlive(status.hostPid) && nowMs() - heartbeat < kHeartbeatStaleMs;
    status.created = timeFromText(value(MasterKey::Created));
    status.started = timeFromText(value(MasterKey::Started));
    status.finished = timeFromText(value(MasterKey::Finished));
    status.errorCount = value(MasterKey::ErrorCount).toInt();
    const QString exitCode = value(MasterKey::ExitCode);
    status.exitCode = exitCode.isEmpty() ? -1 : exitCode.toInt();
    status.keepMaster = value(MasterKey::KeepMaster) == u"YES";
    status.dumpFiles = value(MasterKey::DumpFiles).split(u'\n', Qt::SkipEmptyParts);

    status.state = status.storedState;
    // A job just created by a client has no host yet: give the host time to start.
    const bool starting = status.storedState == JobState::Defining && status.hostPid == 0 &&
                          status.created.isValid() &&
                          status.created.secsTo(QDateTime::currentDateTime()) < 30;
    if (isActiveJobState(status.storedState) && !status.hostAlive && !starting) {
        status.state = JobState::NotRunning;
        status.stopReason = QStringLiteral("the job's host process (pid %1) ended unexpectedly")
                                .arg(status.hostPid);
    }

    JobProgress &progress = status.progress;
    progress.bytesDone = value(MasterKey::BytesDone).toLongLong();
    progress.bytesEstimated = value(MasterKey::BytesEstimated).toLongLong();
    progress.objectsDone = value(MasterKey::ObjectsDone).toLongLong();
    progress.objectsTotal = value(MasterKey::ObjectsTotal).toLongLong();
    progress.elapsedMs = value(MasterKey::ElapsedMs).toLongLong();
    const QString eta = value(MasterKey::EtaSeconds);
    progress.etaSeconds = eta.isEmpty() ? -1 : eta.toLongLong();
    progress.parallel = value(MasterKey::Parallel).toInt();
    progress.workers = workers();
    status.attachedClients = liveClients();
    status.lastLogId = lastLogId();
    return status;
}

} // namespace sluice::engine
