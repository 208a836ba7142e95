// Network-link imports end to end through sluice-cli, against the test servers: the
// HR sample copied between every pair of engines (row counts and content checksums
// verified by the job, every table, key, index, view and sequence present), each
// TABLE_EXISTS_ACTION on existing tables, views and sequences, the foreign-key rule
// of TRUNCATE/REPLACE, REMAP_DATA, SQLFILE, a failing object (exit 5 with its DDL in
// the log) and a restart after kill -9 with no duplicated or missing rows.
#include "engine/catalog/catalogreader.h"
#include "engine/dump/dumpreader.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/joblauncher.h"
#include "engine/job/mastertable.h"
#include "testservers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

// The HR tables and their rows.
const QList<std::pair<QString, int>> kTables = {
    {u"regions"_s, 4}, {u"countries"_s, 25},  {u"locations"_s, 23},   {u"departments"_s, 27},
    {u"jobs"_s, 19},   {u"employees"_s, 257}, {u"job_history"_s, 10},
};

// What went wrong in a run, short enough for a test message: the lines around errors.
// The client's lines around what went wrong, then the job's log file whole: its
// reason for a failure need not say "error".
QByteArray explain(const Run &run)
{
    const qsizetype logAt = run.out.indexOf(u"\n--- log file ---\n"_s);
    QStringList lines;
    const QStringList all = (logAt < 0 ? run.out : run.out.left(logAt)).split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).contains(u"failed"_s) || all.at(i).contains(u"rror"_s) || i == all.size() - 2)
            lines << all.mid(i, 6);
    }
    const QString log = logAt < 0 ? QString() : run.out.mid(logAt).right(4000);
    return (u"exit %1: "_s.arg(run.exitCode) + lines.join(u"\n"_s).right(3000) + log).toUtf8();
}

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace

class TestImportNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void copyBetweenEngines_data();
    void copyBetweenEngines();
    void tableExistsActions_data();
    void tableExistsActions();
    void foreignKeyIntoTruncatedTable();
    void remapData();
    void sqlFile();
    void failingObject();
    void restartAfterKill();
    void dumpFileSet();
    void countVerification();

private:
    struct Endpoint
    {
        QString profile;
        QString engine;
        QString schema;     // the HR schema on this endpoint
        QString connection; // a Qt SQL connection to it
    };

    Run cli(const QStringList &arguments, int timeoutMs = 120000);
    bool addProfile(const QString &name, const QString &url, const QString &password);
    Endpoint newEndpoint(const QString &engine);
    Endpoint &source(const QString &engine);
    bool loadHr(const Endpoint &endpoint, QString *error);
    QVariant scalar(const Endpoint &endpoint, const QString &sql);
    bool exec(const Endpoint &endpoint, const QString &sql);
    QString table(const Endpoint &endpoint, const QString &name) const;
    Run copy(const Endpoint &from, const Endpoint &to, const QStringList &extra = {});
    void checkCopy(const Endpoint &from, const Endpoint &to);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_home;
    sluicetest::Server m_pg;
    sluicetest::Server m_maria;
    QString m_pgAdmin;
    QString m_mariaAdmin;
    QStringList m_pgDatabases;
    QStringList m_mariaDatabases;
    QList<Endpoint> m_sources;
    QList<Endpoint> m_all;
};

void TestImportNetwork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"sluice-cli not found at "_s + m_cli));
    const auto pg = sluicetest::serverFromEnvironment(u"PG"_s);
    QVERIFY2(pg, "SLUICE_TEST_PG_* is not set: the PostgreSQL server fixture did not start");
    const auto maria = sluicetest::serverFromEnvironment(u"MARIADB"_s);
    QVERIFY2(maria, "SLUICE_TEST_MARIADB_* is not set: the MariaDB server fixture did not start");
    m_pg = *pg;
    m_maria = *maria;
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SLUICE_HOME", m_home->path().toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    qputenv("SLUICE_REMAP_KEY", "import-test-key");
    for (const auto &[name, driver, env] : {std::tuple{&m_pgAdmin, u"QPSQL"_s, m_pg},
                                            std::tuple{&m_mariaAdmin, u"QMYSQL"_s, m_maria}}) {
        *name = unique(u"sluice.test.import.admin."_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, *name);
        db.setHostName(env.host);
        db.setPort(env.port);
        db.setUserName(env.user);
        db.setPassword(env.password);
        db.setDatabaseName(env.database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        const Endpoint endpoint = newEndpoint(engine);
        QVERIFY(!endpoint.profile.isEmpty());
        QString error;
        QVERIFY2(loadHr(endpoint, &error), qPrintable(error));
        m_sources << endpoint;
    }
}

void TestImportNetwork::cleanupTestCase()
{
    for (const Endpoint &endpoint : std::as_const(m_all)) {
        QSqlDatabase::database(endpoint.connection, false).close();
        QSqlDatabase::removeDatabase(endpoint.connection);
    }
    {
        QSqlQuery pg(QSqlDatabase::database(m_pgAdmin, false));
        for (const QString &db : std::as_const(m_pgDatabases))
            pg.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db));
        QSqlQuery maria(QSqlDatabase::database(m_mariaAdmin, false));
        for (const QString &db : std::as_const(m_mariaDatabases))
            maria.exec(u"DROP DATABASE IF EXISTS %1"_s.arg(db));
    }
    for (const QString &name : {m_pgAdmin, m_mariaAdmin}) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Run TestImportNetwork::cli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAll());
    // The job's log file holds every line even when the job ends before its client
    // has read them all.
    for (const QString &argument : arguments) {
        if (!argument.startsWith(u"LOGFILE="_s))
            continue;
        QFile log(m_home->path() + u"/data/dpdump/"_s + argument.mid(8));
        if (log.open(QIODevice::ReadOnly))
            run.out += u"\n--- log file ---\n"_s + QString::fromUtf8(log.readAll());
    }
    return run;
}

bool TestImportNetwork::addProfile(const QString &name, const QString &url, const QString &password)
{
    if (!password.isEmpty())
        qputenv(qPrintable(u"SLUICE_PASSWORD_"_s + name.toUpper()), password.toUtf8());
    const Run run = cli({u"connection"_s, u"add"_s, name, url});
    if (run.exitCode != 0)
        qWarning() << run.out;
    return run.exitCode == 0;
}

TestImportNetwork::Endpoint TestImportNetwork::newEndpoint(const QString &engine)
{
    Endpoint endpoint;
    endpoint.engine = engine;
    const QString name = unique(u"imp"_s).toLower();
    endpoint.connection = unique(u"sluice.test.import."_s);
    if (engine == u"sqlite") {
        const QString file = m_home->filePath(name + u".db"_s);
        endpoint.schema = u"main"_s;
        if (!addProfile(name, u"sqlite://"_s + file, {}))
            return {};
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, endpoint.connection);
        db.setDatabaseName(file);
        if (!db.open())
            return {};
    } else {
        const bool pg = engine == u"postgresql";
        const sluicetest::Server &env = pg ? m_pg : m_maria;
        QSqlQuery create(QSqlDatabase::database(pg ? m_pgAdmin : m_mariaAdmin));
        if (!create.exec(u"CREATE DATABASE "_s + name)) {
            qWarning() << create.lastError().text();
            return {};
        }
        (pg ? m_pgDatabases : m_mariaDatabases) << name;
        endpoint.schema = pg ? u"hr"_s : name;
        const QString url =
            u"%1://%2@%3:%4/%5"_s.arg(engine, env.user, env.host).arg(env.port).arg(name);
        if (!addProfile(name, url, env.password))
            return {};
        QSqlDatabase db =
            QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QMYSQL"_s, endpoint.connection);
        db.setHostName(env.host);
        db.setPort(env.port);
        db.setUserName(env.user);
        db.setPassword(env.password);
        db.setDatabaseName(name);
        if (!db.open())
            return {};
    }
    endpoint.profile = name;
    m_all << endpoint;
    return endpoint;
}

TestImportNetwork::Endpoint &TestImportNetwork::source(const QString &engine)
{
    for (Endpoint &endpoint : m_sources) {
        if (endpoint.engine == engine)
            return endpoint;
    }
    return m_sources.first();
}

bool TestImportNetwork::loadHr(const Endpoint &endpoint, QString *error)
{
    const QString script = qEnvironmentVariable("SLUICE_SOURCE_DIR") +
                           u"/resources/sample/hr-%1.sql"_s.arg(endpoint.engine);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (endpoint.engine == u"sqlite") {
        const QString file = QSqlDatabase::database(endpoint.connection).databaseName();
        process.start(u"sqlite3"_s, {u"-bail"_s, file, u".read "_s + script});
    } else if (endpoint.engine == u"postgresql") {
        env.insert(u"PGPASSWORD"_s, m_pg.password);
        process.setProcessEnvironment(env);
        process.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s,
                                  m_pg.host, u"-p"_s, QString::number(m_pg.port), u"-U"_s,
                                  m_pg.user, u"-d"_s, endpoint.profile, u"-f"_s, script});
    } else {
        process.setStandardInputFile(script);
        process.start(u"mariadb"_s,
                      {u"--no-defaults"_s, u"--protocol=tcp"_s, u"--host="_s + m_maria.host,
                       u"--port="_s + QString::number(m_maria.port), u"--user="_s + m_maria.user,
                       u"--password="_s + m_maria.password, u"--default-character-set=utf8mb4"_s,
                       endpoint.profile});
    }
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = u"loading HR into %1 failed: %2"_s.arg(endpoint.engine,
                                                        QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

QString TestImportNetwork::table(const Endpoint &endpoint, const QString &name) const
{
    if (endpoint.engine == u"sqlite")
        return name;
    if (endpoint.engine == u"mariadb")
        return u"`%1`.`%2`"_s.arg(endpoint.schema, name);
    return u"\"%1\".\"%2\""_s.arg(endpoint.schema, name);
}

QVariant TestImportNetwork::scalar(const Endpoint &endpoint, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(endpoint.connection));
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

bool TestImportNetwork::exec(const Endpoint &endpoint, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(endpoint.connection));
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

Run TestImportNetwork::copy(const Endpoint &from, const Endpoint &to, const QStringList &extra)
{
    QStringList arguments{u"import"_s,
                          to.profile,
                          u"NETWORK_LINK="_s + from.profile,
                          u"SCHEMAS=\"%1\""_s.arg(from.schema),
                          u"REMAP_SCHEMA=\"%1\":\"%2\""_s.arg(from.schema, to.schema),
                          u"PARALLEL=2"_s,
                          u"LOGFILE=%1.log"_s.arg(unique(u"import"_s))};
    return cli(arguments + extra);
}

void TestImportNetwork::checkCopy(const Endpoint &from, const Endpoint &to)
{
    for (const auto &[name, rows] : kTables)
        QCOMPARE(scalar(to, u"SELECT count(*) FROM "_s + table(to, name)).toInt(), rows);
    QCOMPARE(scalar(to, u"SELECT count(*) FROM "_s + table(to, u"emp_details_view"_s)).toInt(),
             256);
    QString error;
    const auto sourceCatalog =
        CatalogReader::read(QSqlDatabase::database(from.connection), {}, &error);
    QVERIFY2(sourceCatalog, qPrintable(error));
    const auto targetCatalog =
        CatalogReader::read(QSqlDatabase::database(to.connection), {}, &error);
    QVERIFY2(targetCatalog, qPrintable(error));
    const SchemaDef *s = sourceCatalog->schema(from.schema);
    const SchemaDef *t = targetCatalog->schema(to.schema);
    QVERIFY(s && t);
    QCOMPARE(t->tables.size(), s->tables.size());
    for (const TableDef &sourceTable : s->tables) {
        const TableDef *targetTable = t->table(sourceTable.name);
        QVERIFY2(targetTable, qPrintable(sourceTable.name));
        QCOMPARE(bool(targetTable->primaryKey()), bool(sourceTable.primaryKey()));
        QCOMPARE(targetTable->foreignKeys().size(), sourceTable.foreignKeys().size());
        QStringList sourceIndexes, targetIndexes;
        for (const IndexDef &index : sourceTable.indexes)
            sourceIndexes << index.name;
        for (const IndexDef &index : targetTable->indexes)
            targetIndexes << index.name;
        for (const QString &index : std::as_const(sourceIndexes)) {
            // Key-backing indexes are named by each engine its own way.
            if (index.endsWith(u"_ix"))
                QVERIFY2(targetIndexes.contains(index),
                         qPrintable(sourceTable.name + u'.' + index));
        }
    }
    QVERIFY(t->view(u"emp_details_view"_s));
    if (from.engine != u"sqlite" && to.engine != u"sqlite") {
        for (const SequenceDef &sequence : s->sequences) {
            const SequenceDef *copy = t->sequence(sequence.name);
            QVERIFY2(copy, qPrintable(sequence.name));
            QCOMPARE(copy->increment, sequence.increment);
        }
    }
}

void TestImportNetwork::copyBetweenEngines_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    for (const QString &from : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        for (const QString &to : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s})
            QTest::newRow(qPrintable(from + u" to "_s + to)) << from << to;
    }
}

void TestImportNetwork::copyBetweenEngines()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Endpoint target = newEndpoint(to);
    QVERIFY(!target.profile.isEmpty());
    const Run run = copy(source(from), target, {u"VERIFY=CHECKSUM"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u"Processing object type SCHEMA_EXPORT/TABLE/TABLE_DATA"_s),
             qPrintable(run.out));
    QVERIFY2(
        QRegularExpression(u". . imported \"[^\"]+\".\"employees\" +[0-9.]+ [KM]?B +257 rows"_s)
            .match(run.out)
            .hasMatch(),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(u"successfully completed"_s), qPrintable(run.out));
    checkCopy(source(from), target);
}

void TestImportNetwork::tableExistsActions_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("action");
    // Every action on PostgreSQL (transactional TRUNCATE/REPLACE); the two that change
    // existing objects on the engines whose DDL commits at once.
    for (const QString &action : {u"SKIP"_s, u"APPEND"_s, u"TRUNCATE"_s, u"REPLACE"_s})
        QTest::newRow(qPrintable(u"postgresql "_s + action)) << u"postgresql"_s << action;
    for (const QString &to : {u"mariadb"_s, u"sqlite"_s}) {
        for (const QString &action : {u"TRUNCATE"_s, u"REPLACE"_s})
            QTest::newRow(qPrintable(to + u' ' + action)) << to << action;
    }
}

void TestImportNetwork::tableExistsActions()
{
    QFETCH(QString, to);
    QFETCH(QString, action);
    const Endpoint &from = source(u"postgresql"_s);
    const Endpoint target = newEndpoint(to);
    QVERIFY(!target.profile.isEmpty());
    Run run = copy(from, target);
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    // Change the target: a region renamed, a view with another query, a sequence moved on.
    const QString regions = table(target, u"regions"_s);
    QVERIFY(exec(target,
                 u"UPDATE "_s + regions + u" SET region_name = 'changed' WHERE region_id = 4"_s));
    QVERIFY(exec(target, u"DROP VIEW "_s + table(target, u"emp_details_view"_s)));
    QVERIFY(exec(target,
                 u"CREATE VIEW %1 AS SELECT 1 AS one"_s.arg(table(target, u"emp_details_view"_s))));
    if (to == u"postgresql")
        QVERIFY(exec(target, u"SELECT setval('hr.employees_seq', 5000)"_s));
    else if (to == u"mariadb")
        QVERIFY(exec(target, u"SELECT SETVAL(%1, 5000)"_s.arg(table(target, u"employees_seq"_s))));

    run = copy(from, target, {u"TABLE_EXISTS_ACTION="_s + action});
    const int regionRows =
        scalar(target, u"SELECT count(*) FROM "_s + regions + u" WHERE region_name <> 'changed'"_s)
            .toInt();
    const int viewRows =
        scalar(target, u"SELECT count(*) FROM "_s + table(target, u"emp_details_view"_s)).toInt();
    if (action == u"SKIP") {
        QVERIFY2(run.exitCode == 0, explain(run).constData());
        QVERIFY2(run.out.contains(u"table_exists_action of skip"_s), qPrintable(run.out));
        QCOMPARE(regionRows, 3);
        QCOMPARE(viewRows, 1);
    } else if (action == u"APPEND") {
        // The three rows still there collide with their primary key: the chunk is
        // rolled back whole and the job ends with an error.
        QVERIFY2(run.exitCode == 5, explain(run).constData());
        QCOMPARE(regionRows, 3);
        QCOMPARE(viewRows, 1);
    } else if (action == u"TRUNCATE") {
        QVERIFY2(run.exitCode == 0, explain(run).constData());
        QCOMPARE(regionRows, 4);
        QCOMPARE(viewRows, 1); // views are kept unless REPLACE
    } else {
        QVERIFY2(run.exitCode == 0, explain(run).constData());
        QCOMPARE(regionRows, 4);
        QCOMPARE(viewRows, 256); // REPLACE replaces the view too
        if (to == u"postgresql")
            QCOMPARE(scalar(target, u"SELECT last_value FROM hr.employees_seq"_s).toInt(), 357);
        if (to == u"mariadb")
            QCOMPARE(scalar(target, u"SELECT NEXTVAL(%1)"_s.arg(table(target, u"employees_seq"_s)))
                         .toInt(),
                     357);
        checkCopy(from, target);
    }
}

void TestImportNetwork::foreignKeyIntoTruncatedTable()
{
    const Endpoint &from = source(u"postgresql"_s);
    const Endpoint target = newEndpoint(u"postgresql"_s);
    Run run = copy(from, target);
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    // A table outside the import references regions: TRUNCATE of regions is refused.
    QVERIFY(exec(target, u"CREATE TABLE hr.outsider (region_id integer REFERENCES hr.regions)"_s));
    run = cli({u"import"_s, target.profile, u"NETWORK_LINK="_s + from.profile,
               u"TABLES=hr.regions"_s, u"TABLE_EXISTS_ACTION=TRUNCATE"_s});
    QVERIFY2(run.exitCode == 5, explain(run).constData());
    QVERIFY2(run.out.contains(u"not part of this import"_s), qPrintable(run.out));
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.regions"_s).toInt(), 4);
    // Tables of the import referencing a replaced table keep their keys.
    QVERIFY(exec(target, u"DROP TABLE hr.outsider"_s));
    run = copy(from, target, {u"TABLE_EXISTS_ACTION=REPLACE"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    checkCopy(from, target);
}

void TestImportNetwork::remapData()
{
    const Endpoint &from = source(u"postgresql"_s);
    const Endpoint target = newEndpoint(u"postgresql"_s);
    const Run run =
        copy(from, target,
             {u"REMAP_DATA=hr.employees.email:FAKE_EMAIL"_s,
              u"REMAP_DATA=hr.employees.phone_number:MASK(4)"_s,
              u"REMAP_DATA=hr.employees.hire_date:SHIFT_DAYS(-7)"_s,
              u"REMAP_DATA=hr.employees.employee_id:HASH"_s,
              u"REMAP_DATA=hr.employees.manager_id:HASH"_s,
              u"REMAP_DATA=hr.job_history.employee_id:HASH"_s,
              u"REMAP_DATA=hr.departments.manager_id:HASH"_s,
              u"REMAP_DATA=hr.employees.commission_pct:NULL"_s,
              u"REMAP_DATA=hr.regions.region_name:CONSTANT('n/a')"_s, u"VERIFY=CHECKSUM"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.employees WHERE email NOT LIKE "
                            u"'u%@example.com'"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(target, u"SELECT count(DISTINCT email) FROM hr.employees"_s).toInt(), 257);
    QCOMPARE(scalar(target, u"SELECT phone_number FROM hr.employees ORDER BY hire_date, "
                            u"last_name LIMIT 1"_s)
                 .toString()
                 .right(4),
             scalar(from, u"SELECT phone_number FROM hr.employees ORDER BY hire_date, last_name "
                          u"LIMIT 1"_s)
                 .toString()
                 .right(4));
    QCOMPARE(scalar(target, u"SELECT min(hire_date) FROM hr.employees"_s).toDate(),
             scalar(from, u"SELECT min(hire_date) FROM hr.employees"_s).toDate().addDays(-7));
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.employees WHERE commission_pct IS NOT NULL"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(target, u"SELECT count(DISTINCT region_name) FROM hr.regions"_s).toString(),
             u"1"_s);
    // Hashed keys still join: every manager and history row finds its employee, and
    // the foreign keys were created on the hashed values.
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.employees WHERE employee_id BETWEEN 100 "
                            u"AND 356"_s)
                     .toInt() < 5,
             true);
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.employees e JOIN hr.employees m ON "
                            u"m.employee_id = e.manager_id"_s),
             scalar(from, u"SELECT count(*) FROM hr.employees e JOIN hr.employees m ON "
                          u"m.employee_id = e.manager_id"_s));
    QCOMPARE(scalar(target, u"SELECT count(*) FROM pg_constraint WHERE conname = 'jhist_emp_fk'"_s)
                 .toInt(),
             1);
}

void TestImportNetwork::sqlFile()
{
    const Endpoint &from = source(u"postgresql"_s);
    const Run run =
        cli({u"import"_s, u"NETWORK_LINK="_s + from.profile, u"SCHEMAS=hr"_s,
             u"REMAP_SCHEMA=hr:hr2"_s, u"SQLFILE=hr2.sql"_s, u"TARGET_DIALECT=mariadb"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QFile file(m_home->path() + u"/data/dpdump/hr2.sql"_s);
    if (!file.exists()) {
        const QStringList found = QDir(m_home->path()).entryList(QDir::AllEntries);
        QVERIFY2(false, qPrintable(run.out + found.join(u' ')));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(file.readAll());
    QVERIFY(!sql.contains(u"`hr`."_s)); // remapped everywhere
    const qsizetype database = sql.indexOf(u"CREATE DATABASE `hr2`"_s);
    const qsizetype firstTable = sql.indexOf(u"CREATE TABLE `hr2`.`"_s);
    const qsizetype employees = sql.indexOf(u"CREATE TABLE `hr2`.`employees`"_s);
    const qsizetype index = sql.indexOf(u"CREATE INDEX `emp_name_ix` ON `hr2`.`employees`"_s);
    const qsizetype foreignKey = sql.indexOf(u"FOREIGN KEY"_s);
    const qsizetype sequence = sql.indexOf(u"SETVAL(`hr2`.`employees_seq`, 357"_s);
    const qsizetype view = sql.indexOf(u"CREATE VIEW `hr2`.`emp_details_view`"_s);
    for (qsizetype position : {database, firstTable, employees, index, foreignKey, sequence, view})
        QVERIFY2(position >= 0, qPrintable(sql));
    QVERIFY(database < firstTable);
    QVERIFY(employees < index);
    QVERIFY(index < foreignKey);
    QVERIFY(foreignKey < sequence);
    QVERIFY(sequence < view);
    QCOMPARE(sql.count(u"CREATE TABLE"_s), 7);
    QCOMPARE(sql.count(u"CREATE INDEX"_s), 11);
    // Nothing was created anywhere: the source is untouched, there is no target.
    QCOMPARE(scalar(from, u"SELECT count(*) FROM pg_namespace WHERE nspname = 'hr2'"_s).toInt(), 0);
}

void TestImportNetwork::failingObject()
{
    const Endpoint &from = source(u"postgresql"_s);
    const Endpoint target = newEndpoint(u"postgresql"_s);
    // A table named like one of the indexes: that index cannot be created.
    QVERIFY(exec(target, u"CREATE SCHEMA hr"_s));
    QVERIFY(exec(target, u"CREATE TABLE hr.emp_name_ix (x integer)"_s));
    const Run run = copy(from, target);
    QVERIFY2(run.exitCode == 5, explain(run).constData());
    QVERIFY2(run.out.contains(u"Failing sql is:"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"CREATE INDEX emp_name_ix ON hr.employees"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"completed with 1 error(s)"_s), qPrintable(run.out));
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.employees"_s).toInt(), 257);
}

void TestImportNetwork::restartAfterKill()
{
    // A big SQLite source, so the kill lands between chunks.
    const Endpoint big = newEndpoint(u"sqlite"_s);
    QVERIFY(exec(big, u"CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"_s));
    QVERIFY(exec(big, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                      u"300000) INSERT INTO big SELECT i, printf('%.120d', i) FROM n"_s));
    const Endpoint target = newEndpoint(u"postgresql"_s);
    QProcess client;
    client.start(m_cli, {u"import"_s, target.profile, u"NETWORK_LINK="_s + big.profile,
                         u"SCHEMAS=main"_s, u"REMAP_SCHEMA=main:hr"_s, u"JOB_NAME=IMPRST"_s,
                         u"PARALLEL=1"_s, u"VERIFY=CHECKSUM"_s});
    QVERIFY(client.waitForStarted());
    const QString masterPath = m_home->path() + u"/data/jobs/IMPRST.sqlite"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(masterPath), 10000);
    qint64 pid = 0;
    int chunks = 0;
    {
        MasterTable master;
        QTRY_VERIFY_WITH_TIMEOUT(master.open(masterPath), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((pid = master.property(u"host_pid"_s).toLongLong()) > 0, 10000);
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        while (done < 1 && timer.elapsed() < 60000) {
            done = 0;
            chunks = 0;
            for (const WorkItem &item : master.workItems()) {
                if (item.phase == 200) {
                    ++chunks;
                    done += item.state == WorkItemState::Completed ? 1 : 0;
                }
            }
            QThread::msleep(5);
        }
        QVERIFY(done >= 1);
    }
    QVERIFY2(chunks > 2, "the big table should be cut into several chunks");
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    client.kill();
    client.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 5000);
    QVERIFY(scalar(target, u"SELECT count(*) FROM hr.big"_s).toInt() < 300000);

    QString error;
    QVERIFY2(JobLauncher().restart(u"IMPRST"_s, JobCredentials(), false, &error),
             qPrintable(error));
    MasterTable master;
    QVERIFY(master.open(masterPath));
    QTRY_VERIFY_WITH_TIMEOUT(master.property(u"state"_s).startsWith(u"COMPLETED"), 120000);
    QCOMPARE(master.property(u"state"_s), u"COMPLETED"_s); // verification passed too
    QCOMPARE(scalar(target, u"SELECT count(*) FROM hr.big"_s).toInt(), 300000);
    QCOMPARE(scalar(target, u"SELECT count(DISTINCT id) FROM hr.big"_s).toInt(), 300000);
}

// Import from a dump file set: the export of HR from PostgreSQL, encrypted, into
// MariaDB. A wrong password and a damaged member are refused with nothing loaded.
void TestImportNetwork::dumpFileSet()
{
    const Endpoint &from = source(u"postgresql"_s);
    Run run = cli({u"export"_s, from.profile, u"SCHEMAS=hr"_s, u"DUMPFILE=hrdump%U.dmp"_s,
                   u"ENCRYPTION_PASSWORD=right"_s, u"PARALLEL=2"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    const QString dump = m_home->path() + u"/data/dpdump/hrdump01.dmp"_s;
    QVERIFY(QFile::exists(dump));
    const Endpoint target = newEndpoint(u"mariadb"_s);
    const QStringList import{u"import"_s, target.profile, u"DUMPFILE=hrdump%U.dmp"_s,
                             u"REMAP_SCHEMA=hr:"_s + target.schema};
    const auto tables = [&] {
        return scalar(target, u"SELECT count(*) FROM information_schema.tables WHERE "
                              u"table_schema = '%1'"_s.arg(target.schema))
            .toInt();
    };

    run = cli(import + QStringList{u"ENCRYPTION_PASSWORD=wrong"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"password is incorrect"_s), qPrintable(run.out));
    QCOMPARE(tables(), 0);

    // Damage one byte in the middle of the largest data member.
    {
        DumpReader reader;
        QVERIFY(reader.open({dump}));
        DumpMemberInfo largest;
        for (const DumpMemberInfo &member : reader.members()) {
            if (member.spec.kind == DumpMemberKind::Data && member.storedSize > largest.storedSize)
                largest = member;
        }
        QVERIFY(largest.storedSize > 0);
        // A set of its own (a copy beside the original would name the same set).
        run = cli({u"export"_s, from.profile, u"SCHEMAS=hr"_s, u"DUMPFILE=bad%U.dmp"_s,
                   u"ENCRYPTION_PASSWORD=right"_s});
        QVERIFY2(run.exitCode == 0, explain(run).constData());
        const QString damaged = m_home->path() + u"/data/dpdump/bad01.dmp"_s;
        QVERIFY(reader.open({damaged}));
        largest = DumpMemberInfo();
        for (const DumpMemberInfo &member : reader.members()) {
            if (member.spec.kind == DumpMemberKind::Data && member.storedSize > largest.storedSize)
                largest = member;
        }
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(largest.dataOffset + largest.storedSize / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(largest.dataOffset + largest.storedSize / 2));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }
    run = cli({u"import"_s, target.profile, u"DUMPFILE=bad%U.dmp"_s,
               u"REMAP_SCHEMA=hr:"_s + target.schema, u"ENCRYPTION_PASSWORD=right"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"bad01.dmp"_s) && run.out.contains(u"member"_s),
             qPrintable(run.out));
    QCOMPARE(tables(), 0);

    run = cli(import +
              QStringList{u"ENCRYPTION_PASSWORD=right"_s, u"VERIFY=CHECKSUM"_s, u"PARALLEL=2"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u"verified"_s), qPrintable(run.out));
    checkCopy(from, target);
}

// VERIFY=COUNT compares the servers' counts: a target that ends with more rows than
// the source had (a trigger on the kept table adds one per row) fails the job, from
// NETWORK_LINK (source count in the snapshot) and from a dump (the export's counts).
void TestImportNetwork::countVerification()
{
    const Endpoint &from = source(u"postgresql"_s);
    const Endpoint target = newEndpoint(u"sqlite"_s);
    QVERIFY(!target.profile.isEmpty());
    Run run = copy(from, target);
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    QVERIFY2(run.out.contains(u". . verified \"main\".\"regions\" 4 rows"_s), qPrintable(run.out));
    QVERIFY(exec(target, u"CREATE TRIGGER twice AFTER INSERT ON regions WHEN NEW.region_id < 1000 "
                         "BEGIN INSERT INTO regions (region_id, region_name) "
                         "VALUES (NEW.region_id + 1000, NEW.region_name); END"_s));
    const QString failure =
        u"Verification failed for \"main\".\"regions\": the source has 4 rows, the target 8"_s;

    run = copy(from, target, {u"TABLE_EXISTS_ACTION=TRUNCATE"_s});
    QVERIFY2(run.exitCode == 5, explain(run).constData());
    QVERIFY2(run.out.contains(failure), qPrintable(run.out));
    QVERIFY2(run.out.contains(u". . verified \"main\".\"countries\" 25 rows"_s),
             qPrintable(run.out));

    run = cli({u"export"_s, from.profile, u"SCHEMAS=hr"_s, u"DUMPFILE=counted%U.dmp"_s});
    QVERIFY2(run.exitCode == 0, explain(run).constData());
    run = cli({u"import"_s, target.profile, u"DUMPFILE=counted%U.dmp"_s, u"REMAP_SCHEMA=hr:main"_s,
               u"TABLE_EXISTS_ACTION=TRUNCATE"_s});
    QVERIFY2(run.exitCode == 5, explain(run).constData());
    QVERIFY2(run.out.contains(failure), qPrintable(run.out));
    QCOMPARE(scalar(target, u"SELECT count(*) FROM regions"_s).toInt(), 8);
}

QTEST_GUILESS_MAIN(TestImportNetwork)
#include "tst_importnetwork.moc"
