// INCLUDE / EXCLUDE on imports, end to end through sluice-cli with SQLite only: the HR
// sample exported once, then imported from the dump and copied over NETWORK_LINK with
// filters. Tables left out are absent with their data, dependents (indexes) follow the
// filters, TABLE_DATA filters keep the table empty, and filters no source could satisfy
// are refused before a job exists.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Table name -> row count, views, and indexes that are not SQLite's automatic ones.
struct Content
{
    QMap<QString, qint64> tables;
    QStringList views;
    QStringList indexes;
};

} // namespace

class TestImportFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filters_data();
    void filters();
    void refusals_data();
    void refusals();

private:
    Run cli(const QStringList &arguments);
    Content content(const QString &path);

    QString m_cli;
    QString m_hr;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestImportFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"sluice-cli not found at "_s + m_cli));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SLUICE_HOME", m_home->path().toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    qunsetenv("SLUICE_REMAP_KEY");
    const Run sample = cli({u"sample"_s});
    QCOMPARE(sample.exitCode, 0);
    m_hr = sample.out.trimmed();
    QVERIFY(QFile::exists(m_hr));
    QVERIFY(QDir().mkpath(m_home->path() + u"/data/dpdump"_s));
    const Run exported = cli({u"export"_s, u"sqlite://"_s + m_hr, u"DUMPFILE=hr.dmp"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
}

void TestImportFilter::cleanupTestCase()
{
    m_home.reset();
}

Run TestImportFilter::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Content TestImportFilter::content(const QString &path)
{
    Content result;
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return result;
        QSqlQuery query(db);
        query.exec(u"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                   "ORDER BY name"_s);
        QStringList tables;
        while (query.next()) {
            const QString type = query.value(0).toString();
            if (type == u"table")
                tables << query.value(1).toString();
            else if (type == u"view")
                result.views << query.value(1).toString();
            else if (type == u"index")
                result.indexes << query.value(1).toString();
        }
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery count(db);
            count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table));
            result.tables.insert(table, count.next() ? count.value(0).toLongLong() : -1);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestImportFilter::filters_data()
{
    QTest::addColumn<bool>("network");
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("tables");  // tables imported
    QTest::addColumn<QStringList>("emptied"); // imported without their rows
    QTest::addColumn<bool>("views");          // the view is imported
    QTest::addColumn<bool>("indexes");        // the tables keep their indexes
    const QStringList all{u"countries"_s, u"departments"_s, u"employees"_s, u"job_history"_s,
                          u"jobs"_s,      u"locations"_s,   u"regions"_s};
    QStringList withoutHistory = all;
    withoutHistory.removeOne(u"job_history"_s);
    for (const bool network : {false, true}) {
        const char *from = network ? "network" : "dump";
        QTest::addRow("%s: exclude one table", from)
            << network << QStringList{u"EXCLUDE=TABLE:\"='job_history'\""_s} << withoutHistory
            << QStringList{} << true << true;
        QTest::addRow("%s: include two tables", from)
            << network << QStringList{u"INCLUDE=TABLE:\"IN ('regions','countries','locations')\""_s}
            << QStringList{u"countries"_s, u"locations"_s, u"regions"_s} << QStringList{} << false
            << true;
        QTest::addRow("%s: exclude indexes and views", from)
            << network << QStringList{u"EXCLUDE=INDEX"_s, u"EXCLUDE=VIEW"_s} << all << QStringList{}
            << false << false;
        QTest::addRow("%s: exclude one table's data", from)
            << network << QStringList{u"EXCLUDE=TABLE_DATA:\"='job_history'\""_s} << all
            << QStringList{u"job_history"_s} << true << true;
    }
}

void TestImportFilter::filters()
{
    QFETCH(bool, network);
    QFETCH(QStringList, filters);
    QFETCH(QStringList, tables);
    QFETCH(QStringList, emptied);
    QFETCH(bool, views);
    QFETCH(bool, indexes);
    const QString target =
        m_home->filePath(QUuid::createUuid().toString(QUuid::Id128).left(12) + u".db"_s);
    QStringList arguments{u"import"_s, u"sqlite://"_s + target + u"?create=yes"_s};
    arguments << (network ? u"NETWORK_LINK=sqlite://"_s + m_hr : u"DUMPFILE=hr.dmp"_s);
    arguments << u"VERIFY=CHECKSUM"_s << filters;
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const Content source = content(m_hr);
    const Content imported = content(target);
    QCOMPARE(imported.tables.keys(), tables);
    for (const QString &table : tables)
        QCOMPARE(imported.tables.value(table),
                 emptied.contains(table) ? 0 : source.tables.value(table));
    QCOMPARE(!imported.views.isEmpty(), views);
    QVERIFY(!source.indexes.isEmpty());
    QCOMPARE(!imported.indexes.isEmpty(), indexes);
}

void TestImportFilter::refusals_data()
{
    QTest::addColumn<bool>("network");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    // SQLite has no grants: known from the dump's header before a job exists.
    QTest::newRow("dump: exclude grant")
        << false << u"EXCLUDE=GRANT"_s << u"Object path GRANT was not found"_s;
    QTest::newRow("dump: unknown path")
        << false << u"INCLUDE=NO_SUCH_THING"_s << u"NO_SUCH_THING"_s;
    QTest::newRow("network: unknown path")
        << true << u"EXCLUDE=NO_SUCH_THING"_s << u"NO_SUCH_THING"_s;
    // The source's engine is known once its connection resolves, still before a job.
    QTest::newRow("network: exclude grant")
        << true << u"EXCLUDE=GRANT"_s << u"Object path GRANT was not found"_s;
    // The target is SQLite, whose only schema is main.
    QTest::newRow("network: remap to a schema SQLite cannot have")
        << true << u"REMAP_SCHEMA=main:hr"_s << u"single schema \"main\""_s;
    // HASH and FAKE_EMAIL are keyed; without SLUICE_REMAP_KEY nothing starts.
    QTest::newRow("network: REMAP_DATA without its key")
        << true << u"REMAP_DATA=main.employees.email:FAKE_EMAIL"_s << u"SLUICE_REMAP_KEY"_s;
    QTest::newRow("dump: remap to a schema SQLite cannot have")
        << false << u"REMAP_SCHEMA=main:hr"_s << u"REMAP_SCHEMA=main:main"_s;
}

void TestImportFilter::refusals()
{
    QFETCH(bool, network);
    QFETCH(QString, filter);
    QFETCH(QString, message);
    const QString jobs = m_home->path() + u"/data/jobs"_s;
    const QStringList before = QDir(jobs).entryList({u"*.sqlite"_s});
    const QString target = m_home->filePath(u"refused.db"_s);
    const Run run =
        cli({u"import"_s, u"sqlite://"_s + target,
             network ? u"NETWORK_LINK=sqlite://"_s + m_hr : u"DUMPFILE=hr.dmp"_s, filter});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.out + run.err));
    for (const QString &job : QDir(jobs).entryList({u"*.sqlite"_s})) // no job was created
        QVERIFY2(before.contains(job), qPrintable(job));
    QVERIFY(content(target).tables.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportFilter)
#include "tst_importfilter.moc"
