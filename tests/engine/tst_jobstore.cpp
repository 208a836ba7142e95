// The job framework without processes: master table, scheduler barriers, job
// names, the interactive command parser and the STATUS layout.
#include "engine/job/interactivecommand.h"
#include "engine/job/jobstatusformat.h"
#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"
#include "engine/job/workscheduler.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sluice::engine;

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void masterTableRoundTrip();
    void relaxedConnections();
    void schedulerBarriers();
    void schedulerParallel();
    void defaultNames_data();
    void defaultNames();
    void allDefaultNamesTaken();
    void nameInUse();
    void normalizeName_data();
    void normalizeName();
    void interactiveCommands_data();
    void interactiveCommands();
    void statusLayout();

private:
    static void makeJob(const QString &path, JobState state);
};

void TestJobStore::makeJob(const QString &path, JobState state)
{
    MasterTable master;
    QVERIFY2(master.create(path), qPrintable(master.errorString()));
    QVERIFY(master.setProperty(QString::fromUtf16(MasterKey::Operation), QStringLiteral("EXPORT")));
    QVERIFY(master.setState(state));
}

void TestJobStore::masterTableRoundTrip()
{
    QTemporaryDir dir;
    MasterTable master;
    const QString path = dir.filePath(QStringLiteral("J.sqlite"));
    QVERIFY2(master.create(path), qPrintable(master.errorString()));
    QVERIFY(!MasterTable().create(path)); // never over an existing job
    QList<WorkItem> items(3);
    for (int i = 0; i < 3; ++i) {
        items[i].phase = JobPhase::TableData;
        items[i].name = QStringLiteral("T%1").arg(i);
        items[i].payload = {{QStringLiteral("low"), i * 10}};
        items[i].estimateBytes = 1000;
    }
    QVERIFY(master.addWorkItems(items));
    QVERIFY(items[2].id > items[0].id);
    QVERIFY(master.markExecuting(items[0].id, 2));
    QVERIFY(master.markFinished(
        items[0].id,
        WorkItemResult::success(7, 700, {{QStringLiteral("member"), QStringLiteral("m1")}})));
    QVERIFY(master.markExecuting(items[1].id, 1));
    QVERIFY(master.markFinished(items[1].id, WorkItemResult::failure(QStringLiteral("boom"))));
    const std::optional<WorkItem> done = master.workItem(items[0].id);
    QVERIFY(done);
    QCOMPARE(done->state, WorkItemState::Completed);
    QCOMPARE(done->rows, 7);
    QCOMPARE(done->attempts, 1);
    QCOMPARE(done->worker, 2);
    QCOMPARE(done->payload.value(QStringLiteral("low")).toInt(), 0);
    QCOMPARE(done->result.value(QStringLiteral("member")).toString(), QStringLiteral("m1"));
    QVERIFY(done->started.isValid() && done->finished.isValid());
    QCOMPARE(master.workItem(items[1].id)->error, QStringLiteral("boom"));
    const MasterTable::Counts counts = master.counts();
    QCOMPARE(counts.total, 3);
    QCOMPARE(counts.completed, 1);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.pending, 1);
    QCOMPARE(counts.bytesDone, 700);
    QCOMPARE(counts.bytesEstimated, 3000);
    JobLogLine line;
    line.text = QStringLiteral("hello");
    line.severity = JobLogLine::Severity::Error;
    QVERIFY(master.appendLog({line, line}));
    QCOMPARE(master.logSince(0).size(), 2);
    QCOMPARE(master.logSince(master.lastLogId()).size(), 0);
    QCOMPARE(master.logSince(0).first().line.severity, JobLogLine::Severity::Error);
    const qint64 control = master.addControl(QStringLiteral("PARALLEL"), QStringLiteral("3"));
    QCOMPARE(master.pendingControls().size(), 1);
    QVERIFY(master.markControlHandled(control));
    QVERIFY(master.pendingControls().isEmpty());
    // An EXECUTING job whose host is gone reads as NOT RUNNING.
    QVERIFY(master.setState(JobState::Executing));
    QVERIFY(
        master.setProperty(QString::fromUtf16(MasterKey::HostPid), QStringLiteral("999999999")));
    QCOMPARE(master.status().storedState, JobState::Executing);
    QCOMPARE(master.status().state, JobState::NotRunning);
}

// Durable commits wait for the disk (synchronous=FULL); a relaxed connection commits to
// the write-ahead log only (NORMAL), and can be made durable again.
void TestJobStore::relaxedConnections()
{
    QTemporaryDir dir;
    MasterTable master;
    QVERIFY(master.create(dir.filePath(QStringLiteral("job.sqlite"))));
    QStringList names;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("sluice.master.")))
            names << name;
    }
    QCOMPARE(names.size(), 1);
    const auto synchronous = [&names] {
        QSqlQuery query(QSqlDatabase::database(names.constFirst()));
        return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    QCOMPARE(synchronous(), 2);
    QVERIFY(master.setRelaxed(true));
    QCOMPARE(synchronous(), 1);
    QVERIFY(master.setProperty(QStringLiteral("k"), QStringLiteral("v")));
    QVERIFY(master.setRelaxed(false));
    QCOMPARE(synchronous(), 2);
    QCOMPARE(master.property(QStringLiteral("k")), QStringLiteral("v"));
}

void TestJobStore::schedulerBarriers()
{
    WorkScheduler scheduler;
    QList<WorkItem> items;
    for (int i = 0; i < 4; ++i) {
        WorkItem item;
        item.id = i + 1;
        item.phase = i < 2 ? 200 : 100; // loaded out of order on purpose
        item.processOrder = 10 - i;
        items.append(item);
    }
    scheduler.load(items, 2);
    const auto first = scheduler.take(1);
    const auto second = scheduler.take(2);
    QVERIFY(first && second);
    QCOMPARE(first->phase, 100);
    QCOMPARE(first->id, 4); // lower process_order first
    QCOMPARE(second->id, 3);
    // Phase 200 must wait for both phase 100 items: a taker blocks until released.
    std::optional<WorkItem> third;
    QThread *taker = QThread::create([&] { third = scheduler.take(1); });
    taker->start();
    QVERIFY(!taker->wait(150));
    scheduler.release(*first);
    QVERIFY(!taker->wait(150));
    scheduler.release(*second);
    QVERIFY(taker->wait(5000));
    delete taker;
    QVERIFY(third);
    QCOMPARE(third->phase, 200);
}

void TestJobStore::schedulerParallel()
{
    WorkScheduler scheduler;
    QList<WorkItem> items(5);
    for (int i = 0; i < 5; ++i)
        items[i].id = i + 1;
    scheduler.load(items, 1);
    QVERIFY(!scheduler.take(2)); // above the degree: retire
    scheduler.setParallel(3);
    QVERIFY(scheduler.take(3));
    scheduler.stop();
    QVERIFY(!scheduler.take(1));
}

void TestJobStore::defaultNames_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("existing");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first export") << int(JobOperation::Export) << int(JobMode::Schemas) << 0
                                  << "SYS_EXPORT_SCHEMA_01";
    QTest::newRow("third export") << int(JobOperation::Export) << int(JobMode::Schemas) << 2
                                  << "SYS_EXPORT_SCHEMA_03";
    QTest::newRow("full import") << int(JobOperation::Import) << int(JobMode::Full) << 0
                                 << "SYS_IMPORT_FULL_01";
    QTest::newRow("table export") << int(JobOperation::Export) << int(JobMode::Tables) << 1
                                  << "SYS_EXPORT_TABLE_02";
}

void TestJobStore::defaultNames()
{
    QFETCH(int, operation);
    QFETCH(int, mode);
    QFETCH(int, existing);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    JobStore store(dir.path());
    const QString prefix = expected.left(expected.size() - 2);
    for (int n = 1; n <= existing; ++n)
        makeJob(store.masterPath(prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'))),
                JobState::NotRunning);
    QString error;
    QCOMPARE(store.defaultJobName(JobOperation(operation), JobMode(mode), &error).value_or(error),
             expected);
}

void TestJobStore::allDefaultNamesTaken()
{
    QTemporaryDir dir;
    JobStore store(dir.path());
    for (int n = 1; n <= 99; ++n) {
        QFile file(store.masterPath(
            QStringLiteral("SYS_EXPORT_SCHEMA_%1").arg(n, 2, 10, QLatin1Char('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QString error;
    QVERIFY(!store.defaultJobName(JobOperation::Export, JobMode::Schemas, &error));
    QVERIFY2(error.contains(QStringLiteral("sluice-cli jobs --remove")), qPrintable(error));
    QVERIFY(store.defaultJobName(JobOperation::Import, JobMode::Schemas, &error));
}

void TestJobStore::nameInUse()
{
    QTemporaryDir dir;
    JobStore store(dir.path());
    makeJob(store.masterPath(QStringLiteral("NIGHTLY")), JobState::NotRunning);
    makeJob(store.masterPath(QStringLiteral("DONE")), JobState::Completed);
    QString error;
    QVERIFY(!store.claimName(QStringLiteral("NIGHTLY"), JobOperation::Export, &error));
    QVERIFY2(error.contains(QStringLiteral("ATTACH=NIGHTLY")) &&
                 error.contains(QStringLiteral("NOT RUNNING")),
             qPrintable(error));
    // A finished job's name is free again; its old master table goes.
    QVERIFY(store.claimName(QStringLiteral("DONE"), JobOperation::Export, &error));
    QVERIFY(!QFile::exists(store.masterPath(QStringLiteral("DONE"))));
    QVERIFY(store.claimName(QStringLiteral("NEW"), JobOperation::Export, &error));
    QCOMPARE(store.list(false).size(), 1);
    QVERIFY(store.remove(QStringLiteral("NIGHTLY"), &error));
    QVERIFY(store.list().isEmpty());
}

void TestJobStore::normalizeName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unquoted") << "nightly_hr" << false << "NIGHTLY_HR";
    QTest::newRow("quoted") << "Nightly" << true << "Nightly";
    QTest::newRow("slash") << "a/b" << true << "";
    QTest::newRow("space") << "a b" << true << "";
}

void TestJobStore::normalizeName()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    QFETCH(QString, expected);
    QString error;
    const auto name = JobStore::normalizeName(SqlName{text, quoted}, &error);
    QCOMPARE(name.value_or(QString()), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestJobStore::interactiveCommands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("errorPart");
    const int exp = int(JobOperation::Export);
    const int imp = int(JobOperation::Import);
    QTest::newRow("status") << "status" << exp << "STATUS"
                            << ""
                            << "";
    QTest::newRow("status interval") << "STAT=30" << exp << "STATUS"
                                     << "30"
                                     << "";
    QTest::newRow("s ambiguous") << "s" << exp << ""
                                 << ""
                                 << "ambiguous";
    QTest::newRow("sta ambiguous") << "sta" << exp << ""
                                   << ""
                                   << "ambiguous";
    QTest::newRow("sto too short") << "sto" << exp << ""
                                   << ""
                                   << "too short";
    QTest::newRow("stop") << "stop=immediate" << exp << "STOP_JOB"
                          << "IMMEDIATE"
                          << "";
    QTest::newRow("stop bad value") << "STOP_JOB=NOW" << exp << ""
                                    << ""
                                    << "IMMEDIATE";
    QTest::newRow("kill") << "KILL_JOB" << exp << "KILL_JOB"
                          << ""
                          << "";
    QTest::newRow("kil too short") << "kil" << exp << ""
                                   << ""
                                   << "too short";
    QTest::newRow("parallel") << "par=4" << exp << "PARALLEL"
                              << "4"
                              << "";
    QTest::newRow("parallel zero") << "PARALLEL=0" << exp << ""
                                   << ""
                                   << "1 to 1024";
    QTest::newRow("skip current") << "START_JOB=skip_current" << imp << "START_JOB"
                                  << "SKIP_CURRENT"
                                  << "";
    QTest::newRow("add file") << "ADD_FILE=dp:more%U.dmp" << exp << "ADD_FILE"
                              << "dp:more%U.dmp"
                              << "";
    QTest::newRow("add file on import") << "ADD_FILE=x.dmp" << imp << ""
                                        << ""
                                        << "export jobs only";
    QTest::newRow("filesize") << "filesize=2gb" << exp << "FILESIZE"
                              << "2GB"
                              << "";
    QTest::newRow("reuse") << "REUSE_DUMPFILES=y" << exp << "REUSE_DUMPFILES"
                           << "YES"
                           << "";
    QTest::newRow("continue") << "cont" << exp << "CONTINUE_CLIENT"
                              << ""
                              << "";
    QTest::newRow("exit") << "EXIT_CLIENT" << imp << "EXIT_CLIENT"
                          << ""
                          << "";
    QTest::newRow("unknown") << "FOO" << exp << ""
                             << ""
                             << "unknown command";
}

void TestJobStore::interactiveCommands()
{
    QFETCH(QString, text);
    QFETCH(int, operation);
    QFETCH(QString, name);
    QFETCH(QString, argument);
    QFETCH(QString, errorPart);
    QString error;
    const auto command = InteractiveCommand::parse(text, JobOperation(operation), &error);
    QCOMPARE(command.has_value(), !name.isEmpty());
    if (command) {
        QCOMPARE(command->name, name);
        QCOMPARE(command->argument, argument);
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void TestJobStore::statusLayout()
{
    JobStatus status;
    status.name = QStringLiteral("SYS_EXPORT_SCHEMA_01");
    status.operation = QStringLiteral("EXPORT");
    status.mode = QStringLiteral("SCHEMA");
    status.state = JobState::Executing;
    status.errorCount = 1;
    status.dumpFiles = {QStringLiteral("/d/expdat.dmp")};
    status.progress.bytesDone = 1234567;
    status.progress.parallel = 2;
    status.progress.objectsDone = 3;
    status.progress.objectsTotal = 4;
    WorkerProgress worker;
    worker.number = 1;
    worker.state = QStringLiteral("EXECUTING");
    worker.schema = QStringLiteral("HR");
    worker.name = QStringLiteral("EMPLOYEES");
    worker.objectPath = QStringLiteral("SCHEMA_EXPORT/TABLE/TABLE_DATA");
    worker.completedObjects = 5;
    status.progress.workers = {worker};
    const QString text = JobStatusFormat::text(status);
    for (const char *expected :
         {"Job: SYS_EXPORT_SCHEMA_01\n", "  Operation: EXPORT\n", "  Mode: SCHEMA\n",
          "  State: EXECUTING\n", "  Bytes Processed: 1,234,567\n", "  Percent Done: 75\n",
          "  Current Parallelism: 2\n", "  Job Error Count: 1\n", "  Dump File: /d/expdat.dmp\n",
          "\nWorker 1 Status:\n", "  Process Name: DW00\n", "  Object Schema: HR\n",
          "  Object Name: EMPLOYEES\n", "  Object Type: SCHEMA_EXPORT/TABLE/TABLE_DATA\n",
          "  Completed Objects: 5\n", "  Worker Parallelism: 1\n"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
