// Export job control from other processes, through the real CLI: ATTACH from a second
// sluice-cli, its Export> prompt driven through stdin (STATUS, STOP_JOB + yes,
// START_JOB, CONTINUE_CLIENT), SIGINT to an attached client; kill -9 of the job's host
// during define and during finish, restarted with ATTACH + START_JOB; a full disk on a
// real small tmpfs, restarted once space is freed. Every restarted dump's content
// equals an uninterrupted run's.
#include "tst_exportsupport.h"

#include "engine/job/mastertable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <unistd.h>

using namespace exporttest;

class TestExportControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void attachStopStart();
    void killedHostRestarts_data();
    void killedHostRestarts();
    void fullDisk();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 90000);
    QString dumpDir() const { return m_home->path() + u"/data/dpdump"_s; }
    QString masterPath(const QString &job) const
    {
        return m_home->path() + u"/data/jobs/"_s + job + u".sqlite"_s;
    }
    void makeDatabase(const QString &path, int rows, int extraTables);
    Content reference(const QString &db);
    void startJob(QProcess &client, const QString &db, const QStringList &arguments);
    static bool waitForOutput(QProcess &process, const QString &text, int timeoutMs, QString *seen);
    void restartThroughAttach(const QString &job);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_mount; // a tmpfs mounted by fullDisk
};

void TestExportControl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"sluice-cli not found at "_s + m_cli));
}

void TestExportControl::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SLUICE_HOME", m_home->path().toUtf8());
    QVERIFY(QDir().mkpath(dumpDir()));
}

void TestExportControl::cleanup()
{
    if (!m_mount.isEmpty()) {
        QProcess::execute(u"umount"_s, {u"-l"_s, m_mount});
        m_mount.clear();
    }
    m_home.reset();
}

Run TestExportControl::cli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return runProgram(m_cli, arguments, QProcessEnvironment::systemEnvironment(), input, timeoutMs);
}

// A table big enough for several chunks, plus extraTables small ones (a longer define).
void TestExportControl::makeDatabase(const QString &path, int rows, int extraTables)
{
    const QString name = u"sluice.test.exportcontrol.make"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE big (id INTEGER PRIMARY KEY, label TEXT NOT NULL, "
                           u"amount NUMERIC(12,2))"_s));
        QVERIFY(query.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            u"INSERT INTO big SELECT i, printf('row %d %s', i, hex(randomblob(40))), "
            u"(i % 100000) / 100.0 FROM n"_s.arg(rows)));
        QVERIFY(db.transaction());
        for (int i = 0; i < extraTables; ++i) {
            QVERIFY(query.exec(
                u"CREATE TABLE t%1 (id INTEGER PRIMARY KEY, v TEXT, w INTEGER)"_s.arg(i)));
            QVERIFY(query.exec(u"CREATE INDEX t%1_v ON t%1 (v)"_s.arg(i)));
            QVERIFY(query.exec(u"INSERT INTO t%1 VALUES (1, 'a', %1), (2, 'b', NULL)"_s.arg(i)));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(name);
}

// An uninterrupted run's content.
Content TestExportControl::reference(const QString &db)
{
    Content content;
    const Run run =
        cli({u"export"_s, u"sqlite://"_s + db, u"DUMPFILE=ref%U.dmp"_s, u"JOB_NAME=REFERENCE"_s});
    if (run.exitCode != 0) {
        qWarning() << "reference run failed" << run.out << run.err;
        return content;
    }
    QString error;
    if (!readDump(filesIn(dumpDir(), u"ref*.dmp"_s), &content, &error))
        qWarning() << "reference dump" << error;
    return content;
}

void TestExportControl::startJob(QProcess &client, const QString &db, const QStringList &arguments)
{
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(m_cli, QStringList{u"export"_s, u"sqlite://"_s + db} + arguments);
    QVERIFY(client.waitForStarted());
}

bool TestExportControl::waitForOutput(QProcess &process, const QString &text, int timeoutMs,
                                      QString *seen)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen->contains(text)) {
        if (timer.elapsed() > timeoutMs ||
            (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0))
            return false;
        process.waitForReadyRead(100);
        *seen += QString::fromUtf8(process.readAll());
    }
    return true;
}

// ATTACH from a second process: STATUS, STOP_JOB + yes; then a third client attaches
// to the stopped job, START_JOB, CONTINUE_CLIENT follows it to the end.
void TestExportControl::attachStopStart()
{
    const QString db = m_home->path() + u"/big.db"_s;
    makeDatabase(db, 150000, 0);
    const Content expected = reference(db);
    QVERIFY(!expected.isEmpty());

    // Small chunks (FILESIZE) that take a while each (zstd 19): the job is still busy
    // when STOP_JOB comes, and stops soon after.
    QProcess launcher;
    startJob(launcher, db,
             {u"DUMPFILE=ctl%U.dmp"_s, u"JOB_NAME=CTL"_s, u"KEEP_MASTER=YES"_s,
              u"COMPRESSION=ALL"_s, u"COMPRESSION_ALGORITHM=HIGH"_s, u"FILESIZE=4M"_s,
              u"PARALLEL=1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(masterPath(u"CTL"_s)), 10000);
    {
        MasterTable master;
        QTRY_VERIFY_WITH_TIMEOUT(master.open(masterPath(u"CTL"_s)), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(master.property(u"host_pid"_s).toLongLong() > 0, 10000);
    }
    launcher.kill(); // the job runs without its launching client
    launcher.waitForFinished();

    QProcess attached;
    attached.setProcessChannelMode(QProcess::MergedChannels);
    attached.start(m_cli, {u"export"_s, u"ATTACH=CTL"_s});
    QVERIFY(attached.waitForStarted());
    QString seen;
    QVERIFY2(waitForOutput(attached, u"Job: CTL"_s, 20000, &seen), qPrintable(seen));
    // Ctrl-C gives the prompt; the job goes on.
    QTest::qWait(300);
    QCOMPARE(::kill(pid_t(attached.processId()), SIGINT), 0);
    QVERIFY2(waitForOutput(attached, u"Export> "_s, 10000, &seen), qPrintable(seen));
    seen.clear();
    attached.write("STATUS\n");
    QVERIFY2(waitForOutput(attached, u"State: EXECUTING"_s, 10000, &seen), qPrintable(seen));
    QVERIFY2(waitForOutput(attached, u"Export> "_s, 10000, &seen), qPrintable(seen));
    attached.write("STOP_JOB\n");
    QVERIFY2(waitForOutput(attached, u"Are you sure you wish to stop this job ([yes]/no):"_s, 10000,
                           &seen),
             qPrintable(seen));
    attached.write("yes\n");
    QVERIFY2(waitForOutput(attached, u"stopped"_s, 60000, &seen), qPrintable(seen));
    attached.closeWriteChannel();
    QVERIFY(attached.waitForFinished(30000));
    {
        MasterTable master;
        QVERIFY(master.open(masterPath(u"CTL"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(master.property(u"state"_s), u"NOT RUNNING"_s, 10000);
        int pending = 0;
        for (const WorkItem &item : master.workItems())
            pending += item.state != WorkItemState::Completed ? 1 : 0;
        QVERIFY2(pending > 0, "the job finished before STOP_JOB reached it");
    }
    QVERIFY(filesIn(dumpDir(), u"ctl*.dmp"_s).isEmpty()); // nothing looks complete

    restartThroughAttach(u"CTL"_s);
    Content dumped;
    QString error;
    QVERIFY2(readDump(filesIn(dumpDir(), u"ctl*.dmp"_s), &dumped, &error), qPrintable(error));
    QCOMPARE(dumped, expected);
}

// sluice-cli export ATTACH=job on a stopped job: straight to the prompt; START_JOB,
// then CONTINUE_CLIENT follows the job to its end.
void TestExportControl::restartThroughAttach(const QString &job)
{
    QProcess attached;
    attached.setProcessChannelMode(QProcess::MergedChannels);
    attached.start(m_cli, {u"export"_s, u"ATTACH="_s + job});
    QVERIFY(attached.waitForStarted());
    QString seen;
    QVERIFY2(waitForOutput(attached, u"Export> "_s, 20000, &seen), qPrintable(seen));
    attached.write("START_JOB\n");
    QVERIFY2(waitForOutput(attached, u"Job "_s + job + u" restarted"_s, 20000, &seen),
             qPrintable(seen));
    QVERIFY2(waitForOutput(attached, u"Export> "_s, 10000, &seen), qPrintable(seen));
    attached.write("CONTINUE_CLIENT\n");
    QVERIFY2(waitForOutput(attached, u"successfully completed"_s, 90000, &seen), qPrintable(seen));
    attached.closeWriteChannel();
    QVERIFY(attached.waitForFinished(30000));
    MasterTable master;
    QVERIFY(master.open(masterPath(job)));
    QTRY_COMPARE_WITH_TIMEOUT(master.property(u"state"_s), u"COMPLETED"_s, 10000);
}

void TestExportControl::killedHostRestarts_data()
{
    QTest::addColumn<QString>("phase"); // the stored state the host is killed in
    QTest::newRow("during define") << u"DEFINING"_s;
    QTest::newRow("during finish") << u"COMPLETING"_s;
}

void TestExportControl::killedHostRestarts()
{
    QFETCH(QString, phase);
    const bool define = phase == u"DEFINING";
    const QString db = m_home->path() + u"/big.db"_s;
    // Many tables make the definition long; a big table makes the finish long (fsync).
    makeDatabase(db, define ? 20000 : 200000, define ? 400 : 0);
    const Content expected = reference(db);
    QVERIFY(!expected.isEmpty());

    QProcess launcher;
    startJob(launcher, db, {u"DUMPFILE=kil%U.dmp"_s, u"JOB_NAME=KIL"_s, u"KEEP_MASTER=YES"_s});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(masterPath(u"KIL"_s)), 10000);
    qint64 pid = 0;
    {
        MasterTable master;
        QTRY_VERIFY_WITH_TIMEOUT(master.open(masterPath(u"KIL"_s)), 10000);
        QElapsedTimer timer;
        timer.start();
        // As soon as the state is stored: the whole definition (reading the catalog of
        // 400 tables, estimating, adding the items) or the finish (fsync of a big dump)
        // is the window, wide enough on a fast machine too.
        for (;;) {
            pid = master.property(u"host_pid"_s).toLongLong();
            if ((pid > 0 && master.property(u"state"_s) == phase) || timer.elapsed() > 60000)
                break;
            QThread::usleep(200);
        }
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    }
    launcher.kill();
    launcher.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
    {
        MasterTable master;
        QVERIFY(master.open(masterPath(u"KIL"_s)));
        QVERIFY2(master.storedState() == (define ? JobState::Defining : JobState::Completing),
                 qPrintable(u"the host was not killed in "_s + phase + u" but in "_s +
                            master.property(u"state"_s)));
        if (define)
            QVERIFY(master.workItems().isEmpty());
    }
    QVERIFY(filesIn(dumpDir(), u"kil*.dmp"_s).isEmpty() || !define);

    restartThroughAttach(u"KIL"_s);
    Content dumped;
    QString error;
    QVERIFY2(readDump(filesIn(dumpDir(), u"kil*.dmp"_s), &dumped, &error), qPrintable(error));
    QCOMPARE(dumped, expected);
    QVERIFY(!QDir(dumpDir() + u"/.KIL.recovery"_s).exists());
}

// A full disk mid-job (a 2 MB tmpfs): a clear error naming the file, the job NOT RUNNING,
// no dump that looks complete; once the tmpfs is larger, START_JOB completes it.
void TestExportControl::fullDisk()
{
    const QString db = m_home->path() + u"/big.db"_s;
    makeDatabase(db, 60000, 0);
    const Content expected = reference(db);
    QVERIFY(!expected.isEmpty());
    const QString mount = m_home->path() + u"/small"_s;
    QVERIFY(QDir().mkpath(mount));
    QProcess mounter;
    mounter.setProcessChannelMode(QProcess::MergedChannels);
    mounter.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, mount});
    QVERIFY(mounter.waitForFinished());
    if (mounter.exitStatus() != QProcess::NormalExit || mounter.exitCode() != 0)
        QFAIL(qPrintable(u"cannot mount a 2 MB tmpfs on %1 (the test needs root): %2"_s.arg(
            mount, QString::fromUtf8(mounter.readAll()))));
    m_mount = mount;
    QCOMPARE(cli({u"directory"_s, u"create"_s, u"SMALL"_s, mount}).exitCode, 0);
    QCOMPARE(
        cli({u"directory"_s, u"grant"_s, u"WRITE"_s, u"ON"_s, u"SMALL"_s, u"TO"_s, u"PUBLIC"_s})
            .exitCode,
        0);

    const Run run =
        cli({u"export"_s, u"sqlite://"_s + db, u"DIRECTORY=SMALL"_s, u"DUMPFILE=full%U.dmp"_s,
             u"LOGFILE=DATA_PUMP_DIR:full.log"_s, u"JOB_NAME=FULL"_s, u"KEEP_MASTER=YES"_s});
    QCOMPARE(run.exitCode, 1);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(u"No space left on device"_s), qPrintable(output));
    QVERIFY2(output.contains(mount + u"/full01.dmp"_s), qPrintable(output));
    QVERIFY(filesIn(mount, u"full*.dmp"_s).isEmpty());
    {
        MasterTable master;
        QVERIFY(master.open(masterPath(u"FULL"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(master.property(u"state"_s), u"NOT RUNNING"_s, 10000);
    }
    QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,size=64m"_s, mount}), 0);
    restartThroughAttach(u"FULL"_s);
    Content dumped;
    QString error;
    QVERIFY2(readDump(filesIn(mount, u"full*.dmp"_s), &dumped, &error), qPrintable(error));
    QCOMPARE(dumped, expected);
}

QTEST_GUILESS_MAIN(TestExportControl)
#include "tst_exportcontrol.moc"
