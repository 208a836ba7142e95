// Jobs run by a detached host process (the test host: JobHost with a test plan):
// phases and parallel workers, PARALLEL changes, STOP_JOB/START_JOB from another
// process, kill -9 and restart, a poisoned item, a failing item, KILL_JOB, the
// credential handoff, and the CLI's `jobs` and ATTACH.
#include "engine/job/jobclient.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/joblauncher.h"
#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"
#include "engine/params/jobspecparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

using namespace sluice::engine;

namespace {

constexpr int kJobTimeoutMs = 30000;

// A throwaway connection to a SQLite file for the test's own checks.
class Db
{
public:
    explicit Db(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        db.open();
    }
    ~Db()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.isActive();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
};

} // namespace

class TestJobRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void runsPhasesInParallel();
    void parallelChanges();
    void stopAndStartFromAnotherProcess();
    void killNineAndRestart_data();
    void killNineAndRestart();
    void poisonedItemSkipped();
    void failingItemCompletesWithErrors();
    void killJobRemovesMaster();
    void clientSeesEndBeforeRemoval();
    void credentialsReachHostOnly();
    void cliJobsAndAttach();

private:
    QString startJob(const QString &name, int parallel, const QMap<QString, QString> &config,
                     bool keepMaster = true, const JobCredentials &credentials = {});
    JobStatus waitFor(const QString &name, const std::function<bool(const JobStatus &)> &condition);
    JobStatus waitForEnd(const QString &name);
    void checkExactlyOnce(int expectedRows);
    void restart(const QString &name, bool skipCurrent = false);

    QTemporaryDir m_home;
    QString m_results;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestJobRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    qputenv("SLUICE_HOME", m_home.path().toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
}

void TestJobRun::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_results = m_work->filePath(QStringLiteral("results.db"));
    Db db(m_results);
    QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    for (const char *sql :
         {"CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT)",
          "CREATE TABLE effect (id INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER,"
          " phase INTEGER, seq INTEGER, worker INTEGER)",
          "CREATE TABLE discarded (item_id INTEGER)",
          "CREATE TABLE credential (ref TEXT, ok INTEGER, sha TEXT)",
          "CREATE TABLE hook (name TEXT)"})
        QVERIFY(db.exec(QLatin1String(sql)));
}

QString TestJobRun::startJob(const QString &name, int parallel,
                             const QMap<QString, QString> &config, bool keepMaster,
                             const JobCredentials &credentials)
{
    {
        Db db(m_results);
        for (auto it = config.cbegin(); it != config.cend(); ++it)
            db.exec(QStringLiteral("INSERT INTO config (key, value) VALUES (?, ?)"),
                    {it.key(), it.value()});
    }
    JobSpecParser parser(JobOperation::Export);
    const auto spec = parser.parseArguments(
        {QStringLiteral("sqlite://") + m_results, QStringLiteral("JOB_NAME=") + name,
         QStringLiteral("PARALLEL=%1").arg(parallel),
         keepMaster ? QStringLiteral("KEEP_MASTER=YES") : QStringLiteral("KEEP_MASTER=NO")});
    if (!spec)
        qWarning("%s", qPrintable(parser.errorString()));
    JobLauncher launcher;
    launcher.setHostProgram(QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("sluice-test-jobhost")),
                            {});
    QString error;
    const auto jobName = spec ? launcher.createJob(*spec, &error) : std::nullopt;
    if (!jobName || !launcher.launch(*jobName, credentials, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return *jobName;
}

JobStatus TestJobRun::waitFor(const QString &name,
                              const std::function<bool(const JobStatus &)> &condition)
{
    QDeadlineTimer deadline(kJobTimeoutMs);
    JobStatus last;
    while (!deadline.hasExpired()) {
        if (const auto status = JobStore().find(name)) {
            last = *status;
            if (condition(last))
                return last;
        }
        QTest::qWait(30);
    }
    qWarning("timed out; last state %s", qPrintable(jobStateName(last.state)));
    return last;
}

JobStatus TestJobRun::waitForEnd(const QString &name)
{
    return waitFor(name, [](const JobStatus &s) {
        return !s.hostAlive && !isActiveJobState(s.state) && s.state != JobState::Defining;
    });
}

void TestJobRun::restart(const QString &name, bool skipCurrent)
{
    QString error;
    QVERIFY2(JobLauncher().restart(name, {}, skipCurrent, &error), qPrintable(error));
}

void TestJobRun::checkExactlyOnce(int expectedRows)
{
    Db db(m_results);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM (SELECT item_id, seq FROM effect GROUP "
                                     "BY item_id, seq HAVING COUNT(*) > 1)"))
                 .toInt(),
             0);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM effect")).toInt(), expectedRows);
}

void TestJobRun::runsPhasesInParallel()
{
    const QString name = startJob(QStringLiteral("PHASES"), 3,
                                  {{QStringLiteral("phases"), QStringLiteral("3")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("4")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("5")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("15")}});
    QVERIFY(!name.isEmpty());
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::Completed);
    QCOMPARE(end.exitCode, 0);
    QCOMPARE(end.progress.objectsDone, 12);
    MasterTable master;
    QVERIFY(master.open(end.masterPath));
    QSet<int> workers;
    for (const WorkItem &item : master.workItems()) {
        QCOMPARE(item.state, WorkItemState::Completed);
        QCOMPARE(item.rows, 5);
        QCOMPARE(item.attempts, 1);
        QVERIFY(item.started.isValid() && item.finished.isValid() && item.started <= item.finished);
        QCOMPARE(item.result.value(QStringLiteral("member")).toString(), item.name);
        workers.insert(item.worker);
    }
    QVERIFY2(workers.size() >= 2, "items ran on several workers");
    checkExactlyOnce(60);
    // Phases are barriers: every row of a phase was written before any of the next.
    Db db(m_results);
    for (int phase : {100, 200}) {
        const int lastOfPhase =
            db.value(QStringLiteral("SELECT MAX(id) FROM effect WHERE phase = %1").arg(phase))
                .toInt();
        const int firstOfNext =
            db.value(QStringLiteral("SELECT MIN(id) FROM effect WHERE phase = %1").arg(phase + 100))
                .toInt();
        QVERIFY2(lastOfPhase < firstOfNext, qPrintable(QStringLiteral("phase %1").arg(phase)));
    }
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM hook WHERE name = 'finish'")).toInt(),
             1);
    QVERIFY(master.logSince(0).size() > 2);
}

void TestJobRun::parallelChanges()
{
    const QString name = startJob(QStringLiteral("DEGREE"), 1,
                                  {{QStringLiteral("phases"), QStringLiteral("1")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("40")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("4")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("25")}});
    QVERIFY(!name.isEmpty());
    JobClient client;
    client.attach(JobStore().masterPath(name), true);
    QTRY_VERIFY_WITH_TIMEOUT(client.lastStatus().progress.workers.size() == 1, kJobTimeoutMs);
    client.sendCommand(QStringLiteral("PARALLEL"), QStringLiteral("3"));
    QTRY_VERIFY_WITH_TIMEOUT(client.lastStatus().progress.workers.size() == 3, kJobTimeoutMs);
    QCOMPARE(client.lastStatus().progress.parallel, 3);
    client.sendCommand(QStringLiteral("PARALLEL"), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(client.lastStatus().progress.workers.size() == 1, kJobTimeoutMs);
    QVERIFY(client.lastStatus().state == JobState::Executing);
    client.sendCommand(QStringLiteral("STOP_JOB"), QStringLiteral("IMMEDIATE"));
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::NotRunning);
    Db db(m_results);
    QVERIFY(db.value(QStringLiteral("SELECT COUNT(DISTINCT worker) FROM effect")).toInt() >= 3);
}

void TestJobRun::stopAndStartFromAnotherProcess()
{
    const QString name = startJob(QStringLiteral("STOPSTART"), 2,
                                  {{QStringLiteral("phases"), QStringLiteral("2")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("8")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("5")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("20")}});
    QVERIFY(!name.isEmpty());
    JobClient client;
    QSignalSpy finished(&client, &JobClient::finished);
    client.attach(JobStore().masterPath(name), true);
    QTRY_VERIFY_WITH_TIMEOUT(client.lastStatus().progress.objectsDone >= 3, kJobTimeoutMs);
    client.sendCommand(QStringLiteral("STOP_JOB"));
    QVERIFY(finished.wait(kJobTimeoutMs));
    const JobStatus stopped = waitForEnd(name);
    QCOMPARE(stopped.state, JobState::NotRunning);
    QCOMPARE(stopped.stopReason, QStringLiteral("stopped by user request"));
    QMap<qint64, QDateTime> completedBefore;
    {
        MasterTable master;
        QVERIFY(master.open(stopped.masterPath));
        QCOMPARE(master.counts().executing, 0); // STOP_JOB lets current items finish
        for (const WorkItem &item : master.workItems(WorkItemState::Completed))
            completedBefore.insert(item.id, item.finished);
        QVERIFY(master.counts().pending > 0);
    }
    restart(name);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kJobTimeoutMs);
    QCOMPARE(finished.last().first().toInt(), 0);
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::Completed);
    MasterTable master;
    QVERIFY(master.open(end.masterPath));
    for (auto it = completedBefore.cbegin(); it != completedBefore.cend(); ++it) {
        const WorkItem item = *master.workItem(it.key());
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.finished, it.value());
    }
    checkExactlyOnce(80);
}

void TestJobRun::killNineAndRestart_data()
{
    QTest::addColumn<int>("killAtRows");
    QTest::newRow("early") << 2;
    QTest::newRow("middle") << 31;
    QTest::newRow("late") << 57;
}

void TestJobRun::killNineAndRestart()
{
    QFETCH(int, killAtRows);
    const QString name = startJob(QStringLiteral("KILL9"), 3,
                                  {{QStringLiteral("phases"), QStringLiteral("3")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("4")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("6")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("15")}});
    QVERIFY(!name.isEmpty());
    const JobStatus running = waitFor(name, [](const JobStatus &s) { return s.hostPid > 0; });
    {
        Db db(m_results);
        QTRY_VERIFY_WITH_TIMEOUT(db.value(QStringLiteral("SELECT COUNT(*) FROM effect")).toInt() >=
                                     killAtRows,
                                 kJobTimeoutMs);
    }
    QCOMPARE(::kill(pid_t(running.hostPid), SIGKILL), 0);
    const JobStatus crashed = waitFor(name, [](const JobStatus &s) { return !s.hostAlive; });
    QCOMPARE(crashed.state, JobState::NotRunning);
    QVERIFY(crashed.isRestartable());
    restart(name);
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::Completed);
    MasterTable master;
    QVERIFY(master.open(end.masterPath));
    QCOMPARE(master.counts().completed, 12);
    checkExactlyOnce(72);
}

void TestJobRun::poisonedItemSkipped()
{
    const QString name = startJob(QStringLiteral("POISON"), 1,
                                  {{QStringLiteral("phases"), QStringLiteral("2")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("3")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("2")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("5")},
                                   {QStringLiteral("poison_item"), QStringLiteral("1:2")}});
    QVERIFY(!name.isEmpty());
    const auto poisonAttempts = [](const JobStatus &s, int attempts) {
        MasterTable master;
        if (s.hostAlive || !master.open(s.masterPath))
            return false;
        for (const WorkItem &item : master.workItems(WorkItemState::Executing))
            return item.name == u"T1_2" && item.attempts == attempts;
        return false;
    };
    QVERIFY(
        poisonAttempts(waitFor(name, [&](const JobStatus &s) { return poisonAttempts(s, 1); }), 1));
    restart(name); // the poisoned item crashes the host again
    QVERIFY(
        poisonAttempts(waitFor(name, [&](const JobStatus &s) { return poisonAttempts(s, 2); }), 2));
    restart(name, true);
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::Completed);
    MasterTable master;
    QVERIFY(master.open(end.masterPath));
    const MasterTable::Counts counts = master.counts();
    QCOMPARE(counts.skipped, 1);
    QCOMPARE(counts.completed, 5);
    bool logged = false;
    for (const MasterTable::LoggedLine &line : master.logSince(0))
        logged = logged || line.line.text.contains(QStringLiteral("START_JOB=SKIP_CURRENT"));
    QVERIFY(logged);
    checkExactlyOnce(10);
}

void TestJobRun::failingItemCompletesWithErrors()
{
    const QString name = startJob(QStringLiteral("FAILING"), 2,
                                  {{QStringLiteral("phases"), QStringLiteral("2")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("3")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("2")},
                                   {QStringLiteral("fail_item"), QStringLiteral("2:1")}});
    QVERIFY(!name.isEmpty());
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::CompletedWithErrors);
    QCOMPARE(end.exitCode, 5);
    QCOMPARE(end.errorCount, 1);
    MasterTable master;
    QVERIFY(master.open(end.masterPath));
    const QList<WorkItem> failed = master.workItems(WorkItemState::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().error, QStringLiteral("simulated failure of T2_1"));
    bool logged = false;
    for (const MasterTable::LoggedLine &line : master.logSince(0))
        logged = logged || (line.line.severity == JobLogLine::Severity::Error &&
                            line.line.text.contains(QStringLiteral("T2_1")));
    QVERIFY(logged);
    checkExactlyOnce(10);
}

void TestJobRun::killJobRemovesMaster()
{
    const QString name = startJob(QStringLiteral("KILLED"), 2,
                                  {{QStringLiteral("phases"), QStringLiteral("1")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("30")},
                                   {QStringLiteral("rows_per_item"), QStringLiteral("5")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("20")}},
                                  true);
    QVERIFY(!name.isEmpty());
    JobClient client;
    QSignalSpy removed(&client, &JobClient::masterRemoved);
    client.attach(JobStore().masterPath(name), false);
    QTRY_VERIFY_WITH_TIMEOUT(client.lastStatus().state == JobState::Executing, kJobTimeoutMs);
    client.sendCommand(QStringLiteral("KILL_JOB"));
    QVERIFY(removed.wait(kJobTimeoutMs));
    QVERIFY(!QFile::exists(JobStore().masterPath(name)));
    Db db(m_results);
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM hook WHERE name = 'killed'")).toInt(),
             1);
}

void TestJobRun::clientSeesEndBeforeRemoval()
{
    const QString name = startJob(QStringLiteral("TRANSIENT"), 2,
                                  {{QStringLiteral("phases"), QStringLiteral("2")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("3")}},
                                  false);
    QVERIFY(!name.isEmpty());
    JobClient client;
    QSignalSpy finished(&client, &JobClient::finished);
    QSignalSpy removed(&client, &JobClient::masterRemoved);
    QStringList lines;
    connect(&client, &JobClient::logLine, this,
            [&lines](const JobLogLine &line) { lines << line.text; });
    client.attach(JobStore().masterPath(name), true);
    QVERIFY(removed.wait(kJobTimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY2(lines.join(u'\n').contains(QStringLiteral("successfully completed")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(!QFile::exists(JobStore().masterPath(name)));
}

void TestJobRun::credentialsReachHostOnly()
{
    const QString password = QStringLiteral("Pw-7f3c9a-very-secret");
    JobCredentials credentials;
    credentials.setPassword(QStringLiteral("hr_prod"), password);
    const QString name = startJob(QStringLiteral("CREDS"), 1,
                                  {{QStringLiteral("phases"), QStringLiteral("1")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("2")},
                                   {QStringLiteral("credential_ref"), QStringLiteral("hr_prod")}},
                                  true, credentials);
    QVERIFY(!name.isEmpty());
    const JobStatus end = waitForEnd(name);
    QCOMPARE(end.state, JobState::Completed);
    {
        Db db(m_results);
        QCOMPARE(db.value(QStringLiteral("SELECT ok FROM credential")).toInt(), 1);
        QCOMPARE(
            db.value(QStringLiteral("SELECT sha FROM credential")).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }
    const QDir store(JobStore().directory());
    for (const QString &file : store.entryList(QDir::Files)) {
        QFile f(store.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()),
                                            password.size() * 2)),
                 qPrintable(file));
    }
}

void TestJobRun::cliJobsAndAttach()
{
    const QString cli =
        QDir(qEnvironmentVariable("SLUICE_BIN_DIR")).filePath(QStringLiteral("sluice-cli"));
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
    const QString name = startJob(QStringLiteral("NIGHTLY_HR"), 1,
                                  {{QStringLiteral("phases"), QStringLiteral("1")},
                                   {QStringLiteral("items_per_phase"), QStringLiteral("30")},
                                   {QStringLiteral("sleep_ms"), QStringLiteral("20")}});
    QVERIFY(!name.isEmpty());
    waitFor(name, [](const JobStatus &s) { return s.progress.objectsDone >= 1; });
    {
        MasterTable master;
        QVERIFY(master.open(JobStore().masterPath(name)));
        QVERIFY(master.addControl(QStringLiteral("STOP_JOB"), {}) > 0);
    }
    QCOMPARE(waitForEnd(name).state, JobState::NotRunning);

    QProcess jobs;
    jobs.start(cli, {QStringLiteral("jobs")});
    QVERIFY(jobs.waitForFinished(kJobTimeoutMs));
    const QString listing = QString::fromUtf8(jobs.readAllStandardOutput());
    QCOMPARE(jobs.exitCode(), 0);
    QVERIFY2(listing.contains(QStringLiteral("JOB_NAME")) &&
                 listing.contains(QStringLiteral("NIGHTLY_HR")),
             qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("NOT RUNNING")), qPrintable(listing));

    QProcess attach;
    attach.start(cli, {QStringLiteral("export"), QStringLiteral("ATTACH=nightly_hr")});
    QVERIFY(attach.waitForStarted());
    attach.write("stat\nsta\nPARALLEL=2\nEXIT_CLIENT\n");
    attach.closeWriteChannel();
    QVERIFY(attach.waitForFinished(kJobTimeoutMs));
    const QString out = QString::fromUtf8(attach.readAllStandardOutput());
    const QString err = QString::fromUtf8(attach.readAllStandardError());
    QCOMPARE(attach.exitCode(), 0);
    for (const char *expected :
         {"Job: NIGHTLY_HR\n", "  Operation: EXPORT\n", "  State: NOT RUNNING\n", "Export> "})
        QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("ambiguous")), qPrintable(err));
    MasterTable master;
    QVERIFY(master.open(JobStore().masterPath(name)));
    QCOMPARE(master.pendingControls().size(), 1); // PARALLEL=2, for the restart
    master.close();

    QProcess remove;
    remove.start(cli, {QStringLiteral("jobs"), QStringLiteral("--remove"), name});
    QVERIFY(remove.waitForFinished(kJobTimeoutMs));
    QCOMPARE(remove.exitCode(), 0);
    QVERIFY(!QFile::exists(JobStore().masterPath(name)));
}

QTEST_GUILESS_MAIN(TestJobRun)
#include "tst_jobrun.moc"
