// Export jobs against real servers: the HR sample loaded with psql and mariadb into
// fresh databases (and SQLite's sample) is exported by sluice-cli from all three
// engines; every dump's row counts and content checksums equal its source's, and the
// per-table checksums are equal across the three engines' dumps. Rows committed after
// the job took its snapshot are not in the dump (PostgreSQL's exported snapshot,
// MariaDB's consistent snapshots under the brief global read lock).
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
#include <QUuid>

using namespace exporttest;

class TestExportServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hrFromThreeEngines();
    void rowsAfterStartAreNotExported_data();
    void rowsAfterStartAreNotExported();

private:
    struct Engine
    {
        Dialect dialect = Dialect::SQLite;
        QString url;      // the connection reference given to sluice-cli
        QString password; // SLUICE_PASSWORD for the client
        QString schema;   // where HR lives
        QString driver;
        QString database;
    };

    bool createDatabase(Dialect dialect, const QString &name, QString *error);
    bool loadHr(Dialect dialect, const QString &database, QString *error);
    QSqlDatabase open(const Engine &engine, const QString &connection);
    Run cli(const Engine &engine, const QStringList &arguments, int timeoutMs = 120000);
    Engine engine(Dialect dialect, const QString &database) const;
    QString dumpDir() const { return m_home.path() + u"/data/dpdump"_s; }

    QTemporaryDir m_home;
    QString m_cli;
    Server m_pg;
    Server m_maria;
    QString m_hrDatabase; // the HR copies' database name on both servers
    QString m_sqliteHr;
    QStringList m_connections;
};

void TestExportServers::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_cli = useCliHome(m_home.path());
    QVERIFY2(!m_cli.isEmpty(), "sluice-cli not found in SLUICE_BIN_DIR");
    const auto pg = serverFromEnvironment(u"PG"_s);
    QVERIFY2(pg, "SLUICE_TEST_PG_* is not set: the PostgreSQL server fixture "
                 "(server.postgres.start) did not start");
    const auto maria = serverFromEnvironment(u"MARIADB"_s);
    QVERIFY2(maria, "SLUICE_TEST_MARIADB_* is not set: the MariaDB server fixture "
                    "(server.mariadb.start) did not start");
    m_pg = *pg;
    m_maria = *maria;
    QVERIFY(QDir().mkpath(dumpDir()));
    m_hrDatabase = u"sluice_exp_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QString error;
    for (Dialect dialect : {Dialect::PostgreSQL, Dialect::MariaDB}) {
        QVERIFY2(createDatabase(dialect, m_hrDatabase, &error), qPrintable(error));
        QVERIFY2(loadHr(dialect, m_hrDatabase, &error), qPrintable(error));
    }
    const Run sample = runProgram(m_cli, {u"sample"_s});
    QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
    m_sqliteHr = sample.out.trimmed();
}

void TestExportServers::cleanupTestCase()
{
    // The sources first: PostgreSQL drops a database only without other sessions.
    for (const QString &name : std::as_const(m_connections)) {
        if (!name.contains(u".admin"_s)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    if (m_hrDatabase.isEmpty())
        return;
    for (Dialect dialect : {Dialect::PostgreSQL, Dialect::MariaDB}) {
        QSqlDatabase db =
            open(engine(dialect, {}), u"sluice.test.exportservers.admin%1"_s.arg(int(dialect)));
        for (const QString &name : QStringList{m_hrDatabase, m_hrDatabase + u"_late"_s})
            QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS %1%2"_s.arg(
                name, dialect == Dialect::PostgreSQL ? u" WITH (FORCE)"_s : QString()));
    }
}

TestExportServers::Engine TestExportServers::engine(Dialect dialect, const QString &database) const
{
    Engine engine;
    engine.dialect = dialect;
    if (dialect == Dialect::SQLite) {
        engine.url = u"sqlite://"_s + m_sqliteHr;
        engine.schema = u"main"_s;
        engine.driver = u"QSQLITE"_s;
        engine.database = m_sqliteHr;
        return engine;
    }
    const Server &server = dialect == Dialect::PostgreSQL ? m_pg : m_maria;
    engine.database = database.isEmpty() ? server.database : database;
    engine.url = u"%1://%2@%3:%4/%5"_s.arg(
        dialect == Dialect::PostgreSQL ? u"postgresql"_s : u"mariadb"_s, server.user, server.host,
        QString::number(server.port), engine.database);
    engine.password = server.password;
    engine.schema = dialect == Dialect::PostgreSQL ? u"hr"_s : engine.database;
    engine.driver = dialect == Dialect::PostgreSQL ? u"QPSQL"_s : u"QMYSQL"_s;
    return engine;
}

QSqlDatabase TestExportServers::open(const Engine &engine, const QString &connection)
{
    if (!m_connections.contains(connection)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(engine.driver, connection);
        const Server &server = engine.dialect == Dialect::PostgreSQL ? m_pg : m_maria;
        db.setDatabaseName(engine.database);
        if (engine.dialect != Dialect::SQLite) {
            db.setHostName(server.host);
            db.setPort(server.port);
            db.setUserName(server.user);
            db.setPassword(server.password);
        }
        m_connections << connection;
    }
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen() && !db.open())
        qWarning() << "cannot open" << connection << db.lastError().text();
    return db;
}

bool TestExportServers::createDatabase(Dialect dialect, const QString &name, QString *error)
{
    QSqlDatabase db =
        open(engine(dialect, {}), u"sluice.test.exportservers.admin%1"_s.arg(int(dialect)));
    QSqlQuery query(db);
    const QString sql =
        dialect == Dialect::PostgreSQL
            ? u"CREATE DATABASE %1"_s.arg(name)
            : u"CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s.arg(name);
    if (!query.exec(sql)) {
        *error = u"CREATE DATABASE: "_s + query.lastError().text() + db.lastError().text();
        return false;
    }
    return true;
}

// Loads resources/sample/hr-<engine>.sql with the engine's own client.
bool TestExportServers::loadHr(Dialect dialect, const QString &database, QString *error)
{
    const QString script = qEnvironmentVariable("SLUICE_SOURCE_DIR") +
                           u"/resources/sample/hr-%1.sql"_s.arg(
                               dialect == Dialect::PostgreSQL ? u"postgresql"_s : u"mariadb"_s);
    return loadScript(dialect, dialect == Dialect::PostgreSQL ? m_pg : m_maria, database, script,
                      error);
}

Run TestExportServers::cli(const Engine &engine, const QStringList &arguments, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!engine.password.isEmpty())
        environment.insert(u"SLUICE_PASSWORD"_s, engine.password);
    return runProgram(m_cli, QStringList{u"export"_s, engine.url} + arguments, environment, {},
                      timeoutMs);
}

void TestExportServers::hrFromThreeEngines()
{
    QMap<QString, Content> byEngine;
    for (Dialect dialect : {Dialect::PostgreSQL, Dialect::MariaDB, Dialect::SQLite}) {
        const Engine source = engine(dialect, m_hrDatabase);
        const QString label = dialectName(dialect);
        const QString file = u"hr_"_s + label + u"%U.dmp"_s;
        const Run run = cli(source, {u"SCHEMAS="_s + source.schema, u"DUMPFILE="_s + file,
                                     u"PARALLEL=2"_s, u"JOB_NAME=HR_"_s + label.toUpper()});
        QVERIFY2(run.exitCode == 0, qPrintable(label + u":\n"_s + run.out + run.err));
        QVERIFY2(run.out.contains(u". . exported \"%1\".\"employees\""_s.arg(source.schema)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"257 rows"_s), qPrintable(run.out));
        Content dumped;
        QString error;
        QVERIFY2(
            readDump(filesIn(dumpDir(), u"hr_"_s + label + u"*.dmp"_s), &dumped, &error, {}, false),
            qPrintable(error));
        Content expected;
        QSqlDatabase db = open(source, u"sluice.test.exportservers.source."_s + label);
        QVERIFY2(sourceContent(db, dialect, source.schema, &expected, &error, false),
                 qPrintable(label + u": "_s + error));
        QCOMPARE(dumped.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const auto counted =
                TableChecksum::rowCount(db, dialect, source.schema, it.key(), &error);
            QCOMPARE(it.value().rows, counted.value_or(-1));
            QVERIFY2(dumped.value(it.key()) == it.value(),
                     qPrintable(u"%1 %2: dump %3 rows %4, source %5 rows %6"_s.arg(
                         label, it.key(), QString::number(dumped.value(it.key()).rows),
                         dumped.value(it.key()).checksum, QString::number(it.value().rows),
                         it.value().checksum)));
        }
        byEngine.insert(label, dumped);
    }
    // One logical schema: equal canonical text whichever engine it was read from.
    const Content reference = byEngine.value(u"postgresql"_s);
    QCOMPARE(reference.size(), 7);
    for (auto it = byEngine.cbegin(); it != byEngine.cend(); ++it) {
        for (auto table = reference.cbegin(); table != reference.cend(); ++table)
            QVERIFY2(it.value().value(table.key()) == table.value(),
                     qPrintable(u"%1 %2: %3 vs postgresql %4"_s.arg(
                         it.key(), table.key(), it.value().value(table.key()).checksum,
                         table.value().checksum)));
    }
}

void TestExportServers::rowsAfterStartAreNotExported_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("mariadb") << int(Dialect::MariaDB);
}

// Rows committed once the job has defined its work (so after its snapshot) and before
// the workers read their table are not in the dump. The workers read the big table's
// chunks first, which leaves time to commit before the small table's turn; the row
// added to the big table falls in its last chunk, read by the second worker.
void TestExportServers::rowsAfterStartAreNotExported()
{
    QFETCH(int, dialect);
    const Dialect engineDialect = Dialect(dialect);
    const bool pg = engineDialect == Dialect::PostgreSQL;
    const QString database = m_hrDatabase + u"_late"_s;
    QString error;
    QVERIFY2(createDatabase(engineDialect, database, &error), qPrintable(error));
    const Engine source = engine(engineDialect, database);
    const QString label = dialectName(engineDialect);
    QSqlDatabase db = open(source, u"sluice.test.exportservers.late."_s + label);
    QSqlQuery query(db);
    // Big enough that the workers are still on it when the test commits (a faster
    // reader needs a bigger table to keep the window open).
    constexpr int kBigRows = 500000;
    const QStringList setup =
        pg ? QStringList{u"CREATE SCHEMA hr"_s,
                         u"CREATE TABLE hr.big (id integer PRIMARY KEY, payload text)"_s,
                         u"INSERT INTO hr.big SELECT g, md5(g::text) || md5((g + 1)::text) "
                         u"FROM generate_series(1, %1) g"_s.arg(kBigRows),
                         u"CREATE TABLE hr.zz_late (id integer PRIMARY KEY, v text)"_s,
                         u"INSERT INTO hr.zz_late SELECT g, 'v' || g FROM generate_series(1, 10) g"_s,
                         u"ANALYZE hr.big, hr.zz_late"_s}
           : QStringList{u"CREATE TABLE big (id int PRIMARY KEY, payload text) ENGINE=InnoDB"_s,
                         u"INSERT INTO big SELECT seq, CONCAT(MD5(seq), MD5(seq + 1)) "
                         u"FROM seq_1_to_%1"_s.arg(kBigRows),
                         u"CREATE TABLE zz_late (id int PRIMARY KEY, v text) ENGINE=InnoDB"_s,
                         u"INSERT INTO zz_late SELECT seq, CONCAT('v', seq) FROM seq_1_to_10"_s,
                         u"ANALYZE TABLE big, zz_late"_s};
    for (const QString &sql : setup)
        QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
    const QString schema = pg ? u"hr"_s : database;
    const QString jobName = u"LATE_"_s + label.toUpper();

    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SLUICE_PASSWORD"_s, source.password);
    client.setProcessEnvironment(environment);
    client.start(m_cli, {u"export"_s, source.url, u"SCHEMAS="_s + schema,
                         u"DUMPFILE=late_"_s + label + u".dmp"_s, u"PARALLEL=2"_s,
                         u"JOB_NAME="_s + jobName});
    QVERIFY(client.waitForStarted());
    const QString masterPath = m_home.path() + u"/data/jobs/"_s + jobName + u".sqlite"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(masterPath), 20000);
    MasterTable master;
    QTRY_VERIFY_WITH_TIMEOUT(master.open(masterPath), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!master.workItems().isEmpty(), 30000);
    // The job has its snapshot: commit new rows in both tables (MariaDB: this waits
    // while the snapshot's global read lock is held).
    const QString big = pg ? u"hr.big"_s : u"big"_s;
    const QString late = pg ? u"hr.zz_late"_s : u"zz_late"_s;
    QVERIFY2(query.exec(u"INSERT INTO %1 VALUES (%2, 'after the snapshot')"_s.arg(big).arg(
                 kBigRows + 1000)),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(u"INSERT INTO %1 VALUES (100, 'after the snapshot')"_s.arg(late)),
             qPrintable(query.lastError().text()));
    bool lateStillPending = false;
    for (const WorkItem &item : master.workItems()) {
        if (item.phase == JobPhase::TableData && item.name == u"zz_late")
            lateStillPending = item.state == WorkItemState::Pending;
    }
    QVERIFY2(lateStillPending, "the job read zz_late before the rows were committed: the "
                               "table is too small to test the snapshot");
    QVERIFY(client.waitForFinished(120000));
    const QString out = QString::fromUtf8(client.readAllStandardOutput());
    QVERIFY2(client.exitCode() == 0,
             qPrintable(out + QString::fromUtf8(client.readAllStandardError())));
    Content dumped;
    QVERIFY2(
        readDump(filesIn(dumpDir(), u"late_"_s + label + u".dmp"_s), &dumped, &error, {}, false),
        qPrintable(error));
    QCOMPARE(dumped.value(u"big"_s).rows, kBigRows);
    QCOMPARE(dumped.value(u"zz_late"_s).rows, 10);
    QCOMPARE(TableChecksum::rowCount(db, engineDialect, schema, u"zz_late"_s, &error).value_or(-1),
             11);
}

QTEST_GUILESS_MAIN(TestExportServers)
#include "tst_exportservers.moc"
