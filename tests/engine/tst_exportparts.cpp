// A chunk read in one stream that outgrows a member (ExportExecutor::kPartBytes) is
// stored as several members, its parts: cut between rows, named and numbered in order,
// imported as one chunk, and kept all together or redone all together when a killed
// export restarts. The table is a SQLite WITHOUT ROWID table with a two-column key,
// which the chunk planner cannot cut into key ranges, so it is one chunk of ~200 MB.
#include "tst_exportsupport.h"

#include "engine/dump/dumpformat.h"
#include "engine/dump/dumpreader.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/joblauncher.h"
#include "engine/job/mastertable.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace exporttest;

class TestExportParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partName_data();
    void partName();
    void partsOfOneChunk();
    void importOfParts();
    void restartBetweenParts();

private:
    Run cli(const QStringList &arguments) const;
    QString dumpDir() const { return m_home.path() + u"/data/dpdump"_s; }
    QList<DumpMemberInfo> wideMembers(const QString &dumpFile) const;

    QTemporaryDir m_home;
    QString m_cli;
    QString m_source;
    Content m_sourceContent;
};

void TestExportParts::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_cli = useCliHome(m_home.path());
    QVERIFY2(!m_cli.isEmpty(), "sluice-cli not found in SLUICE_BIN_DIR");
    QVERIFY(QDir().mkpath(dumpDir()));
    m_source = m_home.path() + u"/wide.db"_s;
    const QString name = u"sluice.test.parts.source"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE wide (a INTEGER, b INTEGER, label TEXT NOT NULL, "
                           u"PRIMARY KEY (a, b)) WITHOUT ROWID"_s));
        // 210,000 rows of ~1 KB: a little over three parts.
        QVERIFY(query.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 210000) "
            u"INSERT INTO wide SELECT i / 7, i % 7, i || '-' || hex(zeroblob(500)) FROM n"_s));
        QVERIFY(query.exec(u"CREATE TABLE small (k TEXT PRIMARY KEY, v INTEGER)"_s));
        QVERIFY(query.exec(u"INSERT INTO small VALUES ('a', 1), ('b', NULL)"_s));
    }
    QSqlDatabase::removeDatabase(name);
    m_sourceContent = sqliteContent(m_source);
    QCOMPARE(m_sourceContent.value(u"main.wide"_s).rows, 210000);
}

Run TestExportParts::cli(const QStringList &arguments) const
{
    return runProgram(m_cli, arguments, QProcessEnvironment::systemEnvironment(), {}, 120000);
}

QList<DumpMemberInfo> TestExportParts::wideMembers(const QString &dumpFile) const
{
    DumpReader reader;
    if (!reader.open({dumpDir() + u'/' + dumpFile})) {
        qWarning() << reader.errorString();
        return {};
    }
    QList<DumpMemberInfo> members;
    for (const DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind == DumpMemberKind::Data && member.spec.table == u"wide")
            members << member;
    }
    return members;
}

void TestExportParts::partName_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("expected");
    const QString plain = u"data/000012-hr.emp-0000.copy"_s;
    QTest::newRow("first part keeps the name") << plain << 0 << plain;
    QTest::newRow("second part") << plain << 1 << u"data/000012-hr.emp-0000.part2.copy"_s;
    QTest::newRow("compressed and encrypted") << u"data/000003-s.t.copy-0002.copy.zst.enc"_s << 9
                                              << u"data/000003-s.t.copy-0002.part10.copy.zst.enc"_s;
    QTest::newRow("no .copy in the name") << u"data/x"_s << 2 << u"data/x.part3"_s;
}

void TestExportParts::partName()
{
    QFETCH(QString, member);
    QFETCH(int, part);
    QFETCH(QString, expected);
    QCOMPARE(DumpFormat::partName(member, part), expected);
}

void TestExportParts::partsOfOneChunk()
{
    const Run run = cli({u"export"_s, u"sqlite://"_s + m_source, u"DUMPFILE=parts.dmp"_s,
                         u"PARALLEL=1"_s, u"LOGFILE=parts.log"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QList<DumpMemberInfo> members = wideMembers(u"parts.dmp"_s);
    QVERIFY2(members.size() >= 3, qPrintable(QString::number(members.size())));
    DumpReader reader;
    QVERIFY(reader.open({dumpDir() + u"/parts.dmp"_s}));
    qint64 rows = 0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const DumpMemberInfo &member = members.at(i);
        QCOMPARE(member.spec.chunk, 0);
        QCOMPARE(member.spec.part, int(i));
        QCOMPARE(member.name, DumpFormat::partName(members.constFirst().name, int(i)));
        QVERIFY(member.rawSize <= ExportExecutor::kPartBytes);
        QString error;
        const auto data = reader.readMember(member, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->endsWith('\n')); // parts are cut between rows
        QCOMPARE(member.spec.rows, data->count('\n'));
        rows += member.spec.rows;
    }
    QCOMPARE(rows, 210000);
    Content dumped;
    QString error;
    QVERIFY2(readDump({dumpDir() + u"/parts.dmp"_s}, &dumped, &error), qPrintable(error));
    QCOMPARE(dumped, m_sourceContent);
    // One table, one chunk: the log reports it once, with all its rows.
    QVERIFY2(run.out.count(u". . exported \"main\".\"wide\""_s) == 1, qPrintable(run.out));
    QVERIFY2(run.out.contains(u"210000 rows"_s), qPrintable(run.out));
    const Run info = cli({u"dumpinfo"_s, u"DUMPFILE=parts.dmp"_s});
    QVERIFY2(info.exitCode == 0, qPrintable(info.out + info.err));
    QVERIFY2(info.out.contains(u"main.wide chunk 0 part 2 rows"_s), qPrintable(info.out));
}

void TestExportParts::importOfParts()
{
    if (!QFile::exists(dumpDir() + u"/parts.dmp"_s))
        QSKIP("partsOfOneChunk did not write its dump");
    const QString target = m_home.path() + u"/imported.db"_s;
    const Run run =
        cli({u"import"_s, u"sqlite://"_s + target + u"?create=yes"_s, u"DUMPFILE=parts.dmp"_s,
             u"LOGFILE=parts_imp.log"_s, u"JOB_NAME=PARTS_IMP"_s, u"KEEP_MASTER=YES"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(sqliteContent(target), m_sourceContent);
    QFile::remove(target);
    // The parts load as one chunk: one item, one transaction, which a restart can
    // discard whole.
    QStringList parts;
    for (const DumpMemberInfo &member : wideMembers(u"parts.dmp"_s))
        parts << member.name;
    MasterTable master;
    QVERIFY(master.open(m_home.path() + u"/data/jobs/PARTS_IMP.sqlite"_s));
    QList<WorkItem> loads;
    for (const WorkItem &item : master.workItems()) {
        if (item.phase == JobPhase::TableData && item.name == u"wide")
            loads << item;
    }
    QCOMPARE(loads.size(), 1);
    QCOMPARE(ExportExecutor::membersOf(loads.constFirst().payload), parts);
}

// Killed once the first part is in the dump file but before the chunk is done: the
// restart must not keep that part (its item is not completed), and redoing the item
// writes every part again, under the same names, once.
void TestExportParts::restartBetweenParts()
{
    QProcess client;
    client.start(m_cli, {u"export"_s, u"sqlite://"_s + m_source, u"DUMPFILE=rst.dmp"_s,
                         u"PARALLEL=1"_s, u"JOB_NAME=PARTS"_s, u"KEEP_MASTER=YES"_s});
    QVERIFY(client.waitForStarted());
    const QString masterPath = m_home.path() + u"/data/jobs/PARTS.sqlite"_s;
    const QString partial = dumpDir() + u"/.rst.dmp.part"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(masterPath), 10000);
    MasterTable master;
    QTRY_VERIFY_WITH_TIMEOUT(master.open(masterPath), 10000);
    qint64 pid = 0;
    QTRY_VERIFY_WITH_TIMEOUT((pid = master.property(u"host_pid"_s).toLongLong()) > 0, 10000);
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(partial).size() <= ExportExecutor::kPartBytes && timer.elapsed() < 60000)
        QThread::usleep(500);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    client.kill();
    client.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
    bool wideDone = false;
    for (const WorkItem &item : master.workItems(WorkItemState::Completed))
        wideDone = wideDone || (item.phase == JobPhase::TableData && item.name == u"wide");
    QVERIFY2(!wideDone, "the chunk completed before the kill: the test did not stop the "
                        "export between two parts");
    QVERIFY(QFileInfo(partial).size() > ExportExecutor::kPartBytes);

    QString error;
    QVERIFY2(JobLauncher().restart(u"PARTS"_s, JobCredentials(), false, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(master.property(u"state"_s) == u"COMPLETED", 120000);
    Content dumped;
    QVERIFY2(readDump({dumpDir() + u"/rst.dmp"_s}, &dumped, &error), qPrintable(error));
    QCOMPARE(dumped, m_sourceContent);
    QStringList names;
    for (const DumpMemberInfo &member : wideMembers(u"rst.dmp"_s))
        names << member.name;
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    QVERIFY(names.size() >= 3);
    for (const WorkItem &item : master.workItems(WorkItemState::Completed)) {
        if (item.phase == JobPhase::TableData && item.name == u"wide")
            QCOMPARE(ExportExecutor::membersOf(item.result), names);
    }
}

QTEST_GUILESS_MAIN(TestExportParts)
#include "tst_exportparts.moc"
