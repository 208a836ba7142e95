// Export jobs end to end on SQLite: sluice-cli export runs a detached job whose dump
// file set is read back with DumpReader and compared with the source (row counts and
// content checksums), with PARALLEL, restarts after kill -9, ESTIMATE_ONLY,
// encryption, damage detection and the checks made before a job starts.
#include "tst_exportsupport.h"

#include "engine/connection/connectionparams.h"
#include "engine/data/readrequest.h"
#include "engine/data/tablechecksum.h"
#include "engine/dump/dumpreader.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/joblauncher.h"
#include "engine/job/mastertable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

using namespace exporttest;

class TestExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hrSample();
    void parallelChunks_data();
    void parallelChunks();
    void restartAfterKill_data();
    void restartAfterKill();
    void estimateOnly();
    void encryption();
    void damagedDump_data();
    void damagedDump();
    void checksBeforeStart_data();
    void checksBeforeStart();
    void includeExclude_data();
    void includeExclude();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000);
    QString dumpDir() const { return m_home->path() + u"/data/dpdump"_s; }
    QStringList dumpFiles(const QString &pattern) const;
    bool readDump(const QStringList &files, Content *content, QString *error,
                  const QByteArray &password = {});
    void makeBigDatabase(const QString &path, int rows);

    QString m_cli;
    QString m_hr;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestExportJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"sluice-cli not found at "_s + m_cli));
}

void TestExportJob::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SLUICE_HOME", m_home->path().toUtf8());
    const Run sample = cli({u"sample"_s});
    QCOMPARE(sample.exitCode, 0);
    m_hr = sample.out.trimmed();
    QVERIFY(QFile::exists(m_hr));
    QVERIFY(QDir().mkpath(dumpDir()));
}

void TestExportJob::cleanup()
{
    m_home.reset();
}

Run TestExportJob::cli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestExportJob::dumpFiles(const QString &pattern) const
{
    QStringList files;
    for (const QString &name : QDir(dumpDir()).entryList({pattern}, QDir::Files, QDir::Name))
        files << dumpDir() + u'/' + name;
    return files;
}

bool TestExportJob::readDump(const QStringList &files, Content *content, QString *error,
                             const QByteArray &password)
{
    return exporttest::readDump(files, content, error, password);
}

void TestExportJob::makeBigDatabase(const QString &path, int rows)
{
    const QString name = u"sluice.test.export.big"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE big (id INTEGER PRIMARY KEY, label TEXT NOT NULL, "
                           u"amount NUMERIC(12,2), created TIMESTAMP)"_s));
        QVERIFY(query.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            u"INSERT INTO big SELECT i, printf('row %d %s', i, hex(randomblob(40))), "
            u"(i % 100000) / 100.0, datetime(1700000000 + i, 'unixepoch') FROM n"_s.arg(rows)));
        QVERIFY(query.exec(u"CREATE TABLE small (k TEXT PRIMARY KEY, v BLOB)"_s));
        QVERIFY(query.exec(u"INSERT INTO small VALUES ('a', x'00ff'), ('b', NULL)"_s));
        QVERIFY(query.exec(u"ANALYZE"_s));
    }
    QSqlDatabase::removeDatabase(name);
}

void TestExportJob::hrSample()
{
    const Run run =
        cli({u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE=hr%U.dmp"_s, u"PARALLEL=2"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    for (const QString &expected : QStringList{
             u"Starting \"main\".\"SYS_EXPORT_SCHEMA_01\":"_s,
             u"Processing object type SCHEMA_EXPORT/TABLE/TABLE_DATA"_s,
             u".  estimated \"main\".\"employees\""_s, u"Total estimation using BLOCKS method:"_s,
             u"Processing object type SCHEMA_EXPORT/TABLE/TABLE"_s,
             u". . exported \"main\".\"employees\""_s,
             u"Master table \"main\".\"SYS_EXPORT_SCHEMA_01\" successfully loaded/unloaded"_s,
             u"Dump file set for main.SYS_EXPORT_SCHEMA_01 is:"_s,
             QString(dumpDir() + u"/hr01.dmp"_s),
             u"Job \"main\".\"SYS_EXPORT_SCHEMA_01\" successfully completed at"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u"\n"_s + run.out));
    QVERIFY(run.out.contains(u"257 rows"_s)); // employees
    Content dumped;
    QString error;
    QVERIFY2(readDump(dumpFiles(u"hr*.dmp"_s), &dumped, &error), qPrintable(error));
    const Content source = exporttest::sqliteContent(m_hr);
    QCOMPARE(dumped.keys(), source.keys());
    QCOMPARE(dumped, source);
    QVERIFY(dumpFiles(u".*part"_s).isEmpty());
    QVERIFY(QFile::exists(dumpDir() + u"/export.log"_s));
}

void TestExportJob::parallelChunks_data()
{
    QTest::addColumn<QString>("options");
    QTest::newRow("parallel 3") << u"PARALLEL=3"_s;
    QTest::newRow("parallel 2, zstd, FILESIZE") << u"PARALLEL=2 COMPRESSION=ALL FILESIZE=6M"_s;
}

void TestExportJob::parallelChunks()
{
    QFETCH(QString, options);
    const QString db = m_home->path() + u"/big.db"_s;
    makeBigDatabase(db, 200000);
    const Run one =
        cli({u"export"_s, u"sqlite://"_s + db, u"DUMPFILE=one%U.dmp"_s, u"PARALLEL=1"_s});
    QVERIFY2(one.exitCode == 0, qPrintable(one.out + one.err));
    QStringList arguments{u"export"_s, u"sqlite://"_s + db, u"DUMPFILE=par%U.dmp"_s};
    arguments << options.split(u' ');
    const Run par = cli(arguments);
    QVERIFY2(par.exitCode == 0, qPrintable(par.out + par.err));
    Content a, b;
    QString error;
    QVERIFY2(readDump(dumpFiles(u"one*.dmp"_s), &a, &error), qPrintable(error));
    QVERIFY2(readDump(dumpFiles(u"par*.dmp"_s), &b, &error), qPrintable(error));
    QCOMPARE(a.value(u"main.big"_s).rows, 200000);
    QCOMPARE(a, b);
    QCOMPARE(a.value(u"main.small"_s).rows, 2);
    // The big table was cut into chunks.
    DumpReader reader;
    QVERIFY(reader.open(dumpFiles(u"par*.dmp"_s)));
    int chunks = 0;
    for (const DumpMemberInfo &member : reader.members())
        chunks += member.spec.table == u"big" ? 1 : 0;
    QVERIFY2(chunks > 1, qPrintable(QString::number(chunks)));
}

void TestExportJob::restartAfterKill_data()
{
    QTest::addColumn<int>("completedBeforeKill"); // data items completed; -1: while defining
    QTest::newRow("mid-data") << 1;
    QTest::newRow("late") << 3;
}

void TestExportJob::restartAfterKill()
{
    QFETCH(int, completedBeforeKill);
    const QString db = m_home->path() + u"/big.db"_s;
    makeBigDatabase(db, 200000);
    const Run reference = cli({u"export"_s, u"sqlite://"_s + db, u"DUMPFILE=ref%U.dmp"_s});
    QVERIFY2(reference.exitCode == 0, qPrintable(reference.out + reference.err));

    // The client leaves at once (EXIT_CLIENT on end of input after Ctrl-C is not
    // needed: a detached job runs on when the client is killed).
    QProcess client;
    client.start(m_cli, {u"export"_s, u"sqlite://"_s + db, u"DUMPFILE=rst%U.dmp"_s,
                         u"JOB_NAME=RST"_s, u"KEEP_MASTER=YES"_s, u"COMPRESSION=ALL"_s});
    QVERIFY(client.waitForStarted());
    const QString masterPath = m_home->path() + u"/data/jobs/RST.sqlite"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(masterPath), 10000);
    qint64 pid = 0;
    {
        MasterTable master;
        // The launcher may still be writing it.
        QTRY_VERIFY_WITH_TIMEOUT(master.open(masterPath), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((pid = master.property(u"host_pid"_s).toLongLong()) > 0, 10000);
        // Kill as soon as enough data chunks are completed.
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            int done = 0;
            for (const WorkItem &item : master.workItems(WorkItemState::Completed))
                done += item.phase == JobPhase::TableData ? 1 : 0;
            if (done >= completedBeforeKill || timer.elapsed() > 30000)
                break;
            QThread::msleep(5);
        }
    }
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    client.kill();
    client.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
    QVERIFY(dumpFiles(u"rst*.dmp"_s).isEmpty()); // nothing looks complete

    QString error;
    QVERIFY2(JobLauncher().restart(u"RST"_s, JobCredentials(), false, &error), qPrintable(error));
    MasterTable master;
    QVERIFY(master.open(masterPath));
    QTRY_VERIFY_WITH_TIMEOUT(master.property(u"state"_s) == u"COMPLETED", 60000);
    Content a, b;
    QVERIFY2(readDump(dumpFiles(u"ref*.dmp"_s), &a, &error), qPrintable(error));
    QVERIFY2(readDump(dumpFiles(u"rst*.dmp"_s), &b, &error), qPrintable(error));
    QCOMPARE(b, a);
    // Every member verifies and no chunk appears twice.
    DumpReader reader;
    QVERIFY(reader.open(dumpFiles(u"rst*.dmp"_s)));
    QSet<QString> seen;
    for (const DumpMemberInfo &member : reader.members()) {
        QVERIFY2(reader.verifyMember(member, &error), qPrintable(error));
        const QString key = member.spec.table + u'/' + QString::number(member.spec.chunk);
        if (member.spec.kind == DumpMemberKind::Data) {
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }
    QVERIFY(!QDir(dumpDir() + u"/.RST.recovery"_s).exists());
}

void TestExportJob::estimateOnly()
{
    const Run run =
        cli({u"export"_s, u"sqlite://"_s + m_hr, u"ESTIMATE_ONLY=YES"_s, u"ESTIMATE=STATISTICS"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(u".  estimated \"main\".\"employees\""_s));
    QVERIFY(run.out.contains(u"Total estimation using STATISTICS method:"_s));
    QVERIFY(!run.out.contains(u". . exported"_s));
    QVERIFY(dumpFiles(u"*.dmp"_s).isEmpty());
    QVERIFY(dumpFiles(u".*part"_s).isEmpty());
}

void TestExportJob::encryption()
{
    const Run run =
        cli({u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE=enc.dmp"_s, u"ENCRYPTION=ALL"_s,
             u"ENCRYPTION_PASSWORD=s3cret-pw"_s, u"COMPRESSION=ALL"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(!run.out.contains(u"s3cret-pw"_s)); // the echo masks it
    Content content;
    QString error;
    QVERIFY(!readDump(dumpFiles(u"enc.dmp"_s), &content, &error, "wrong password"));
    QVERIFY2(error.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(readDump(dumpFiles(u"enc.dmp"_s), &content, &error, "s3cret-pw"), qPrintable(error));
    Content plain;
    QVERIFY(cli({u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE=plain.dmp"_s}).exitCode == 0);
    QVERIFY2(readDump(dumpFiles(u"plain.dmp"_s), &plain, &error), qPrintable(error));
    QCOMPARE(content, plain);
}

void TestExportJob::damagedDump_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("flipped byte") << false;
    QTest::newRow("truncated") << true;
}

void TestExportJob::damagedDump()
{
    QFETCH(bool, truncate);
    const Run run = cli({u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE=dmg.dmp"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString path = dumpDir() + u"/dmg.dmp"_s;
    DumpReader before;
    QVERIFY(before.open({path}));
    DumpMemberInfo victim;
    for (const DumpMemberInfo &member : before.members()) {
        if (member.spec.table == u"employees" && member.spec.kind == DumpMemberKind::Data)
            victim = member;
    }
    QVERIFY(!victim.name.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (truncate) {
        QVERIFY(file.resize(victim.dataOffset + victim.storedSize / 2));
    } else {
        QVERIFY(file.seek(victim.dataOffset + 100));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(victim.dataOffset + 100));
        QVERIFY(file.putChar(char(byte ^ 0x55)));
    }
    file.close();
    Content content;
    QString error;
    QVERIFY(!readDump({path}, &content, &error));
    QVERIFY2(error.contains(u"dmg.dmp"_s), qPrintable(error));
    if (!truncate)
        QVERIFY2(error.contains(victim.name), qPrintable(error));
}

void TestExportJob::checksBeforeStart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << QStringList{u"DIRECTORY=NOWHERE"_s} << u"NOWHERE"_s;
    QTest::newRow("existing dump") << QStringList{u"DUMPFILE=exists.dmp"_s} << u"REUSE_DUMPFILES"_s;
    QTest::newRow("flashback scn") << QStringList{u"FLASHBACK_SCN=1234"_s} << u"FLASHBACK"_s;
    // SQLite has no grants: refused in the client, before a job exists.
    QTest::newRow("exclude grant")
        << QStringList{u"EXCLUDE=GRANT"_s} << u"Object path GRANT was not found"_s;
    QTest::newRow("unknown path") << QStringList{u"INCLUDE=NO_SUCH_THING"_s} << u"NO_SUCH_THING"_s;
}

void TestExportJob::checksBeforeStart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(
        cli({u"directory"_s, u"create"_s, u"NOWHERE"_s, m_home->path() + u"/missing"_s}).exitCode,
        0);
    QFile existing(dumpDir() + u"/exists.dmp"_s);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    const Run run = cli(QStringList{u"export"_s, u"sqlite://"_s + m_hr} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
    // No job was created.
    QVERIFY(QDir(m_home->path() + u"/data/jobs"_s).entryList({u"*.sqlite"_s}).isEmpty());
}

void TestExportJob::includeExclude_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("tables"); // tables with metadata and data
    QTest::addColumn<bool>("views");         // the view is exported
    QTest::addColumn<bool>("indexes");       // table members keep their indexes
    const QStringList all{u"countries"_s, u"departments"_s, u"employees"_s, u"job_history"_s,
                          u"jobs"_s,      u"locations"_s,   u"regions"_s};
    QStringList withoutEmployees = all;
    withoutEmployees.removeOne(u"employees"_s);
    QTest::newRow("exclude one table")
        << u"EXCLUDE=TABLE:\"='employees'\""_s << withoutEmployees << true << true;
    QTest::newRow("include two tables")
        << u"INCLUDE=TABLE:\"IN ('regions','locations')\""_s
        << QStringList{u"locations"_s, u"regions"_s} << false << true;
    QTest::newRow("exclude indexes") << u"EXCLUDE=INDEX"_s << all << true << false;
    QTest::newRow("exclude views") << u"EXCLUDE=VIEW"_s << all << false << true;
}

// INCLUDE/EXCLUDE through CatalogObjectFilter: a table left out has neither metadata nor
// data members, and its dependents (here: indexes) follow the filters.
void TestExportJob::includeExclude()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, tables);
    QFETCH(bool, views);
    QFETCH(bool, indexes);
    const Run run = cli({u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE=flt.dmp"_s, filter});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(filter.section(u'=', 0, 0)), qPrintable(run.out)); // echoed
    DumpReader reader;
    QVERIFY2(reader.open(dumpFiles(u"flt.dmp"_s)), qPrintable(reader.errorString()));
    QStringList metadataTables, dataTables;
    bool sawView = false, sawIndex = false;
    for (const DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind == DumpMemberKind::Data) {
            if (!dataTables.contains(member.spec.table))
                dataTables << member.spec.table;
            continue;
        }
        if (member.spec.kind != DumpMemberKind::Metadata)
            continue;
        sawView = sawView || member.spec.objectType == u"VIEW";
        if (member.spec.objectType != u"TABLE")
            continue;
        metadataTables << member.spec.objectName;
        QString error;
        const auto json = reader.readMember(member, &error);
        QVERIFY2(json, qPrintable(error));
        const QJsonObject table =
            QJsonDocument::fromJson(*json).object().value(u"object"_s).toObject();
        sawIndex = sawIndex || !table.value(u"indexes"_s).toArray().isEmpty();
    }
    metadataTables.sort();
    dataTables.sort();
    QCOMPARE(metadataTables, tables);
    QCOMPARE(dataTables, tables);
    QCOMPARE(sawView, views);
    QCOMPARE(sawIndex, indexes);
    // The rows of what is kept are complete.
    Content dumped;
    QString error;
    QVERIFY2(readDump(dumpFiles(u"flt.dmp"_s), &dumped, &error), qPrintable(error));
    const Content source = exporttest::sqliteContent(m_hr);
    for (const QString &table : tables)
        QCOMPARE(dumped.value(u"main."_s + table), source.value(u"main."_s + table));
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
