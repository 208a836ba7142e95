// The HR sample in three dialects: loads resources/sample/hr-{sqlite,postgresql,mariadb}.sql
// with each engine's own client into SQLite, a fresh PostgreSQL database and a fresh MariaDB
// database, then checks through Qt SQL that they hold one logical schema with identical data,
// enforce the same constraints and fire the same trigger. The SQLite sample built into
// share/sluice/sample/hr.db is compared too.
#include "testservers.h"
#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct TableSpec
{
    const char *name;
    const char *orderBy;
    int expectedRows;
};

// The classic HR rows plus 150 generated employees (ids 207..356).
constexpr TableSpec kTables[] = {
    {"regions", "region_id", 4},
    {"countries", "country_id", 25},
    {"locations", "location_id", 23},
    {"departments", "department_id", 27},
    {"jobs", "job_id", 19},
    {"employees", "employee_id", 257},
    {"job_history", "employee_id, start_date", 10},
    {"emp_details_view", "employee_id", 256},
};

constexpr int kNextEmployeeId = 357;

// Decimal columns come back as 24000 (SQLite integer), 24000.00 (PostgreSQL and MariaDB text)
// or 0.4 (SQLite real): compare them as plain decimals without trailing zeros.
const QStringList kDecimalColumns = {u"salary"_s, u"commission_pct"_s, u"min_salary"_s,
                                     u"max_salary"_s};

QString normaliseDecimal(QString text)
{
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString renderValue(const QSqlRecord &record, int column)
{
    const QVariant value = record.value(column);
    if (value.isNull())
        return u"\\N"_s;
    if (kDecimalColumns.contains(record.fieldName(column).toLower())) {
        if (value.typeId() == QMetaType::Double)
            return normaliseDecimal(QString::number(value.toDouble(), 'f', 6));
        return normaliseDecimal(value.toString());
    }
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

// Runs a database client; true when it exits with status 0.
bool runClient(const QString &program, const QStringList &args, const QString &stdinFile,
               const QProcessEnvironment &env, QString *error)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *error = u"client program %1 not found in PATH"_s.arg(program);
        return false;
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(path, args);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        *error = u"%1 did not finish: %2"_s.arg(program, process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 failed (exit code %2):\n%3"_s.arg(program)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class TestSampleHr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rowCounts_data() { tables_data(); }
    void rowCounts();
    void tableContents_data() { tables_data(); }
    void tableContents();
    void textRoundTrip_data() { writableEngines_data(); }
    void textRoundTrip();
    void sequence_data() { writableEngines_data(); }
    void sequence();
    void validRowIsAccepted_data() { writableEngines_data(); }
    void validRowIsAccepted();
    void constraintsRejectBadRows_data();
    void constraintsRejectBadRows();
    void triggerRecordsJobHistory_data() { writableEngines_data(); }
    void triggerRecordsJobHistory();

private:
    struct Engine
    {
        QString label;
        QString connection;
        bool writable = true;
    };

    void tables_data();
    void writableEngines_data();
    [[nodiscard]] bool loadSqlite(QString *error);
    [[nodiscard]] bool loadBuiltSample(QString *error);
    [[nodiscard]] bool loadPostgres(const sluicetest::Server &env, QString *error);
    [[nodiscard]] bool loadMariaDb(const sluicetest::Server &env, QString *error);
    [[nodiscard]] bool openServerDatabase(const QString &driver, const sluicetest::Server &env,
                                          const QString &database, const QString &name,
                                          QString *error);
    [[nodiscard]] QSqlDatabase db(const QString &label) const;
    [[nodiscard]] QStringList tableLines(const QString &label, const TableSpec &table,
                                         QString *error) const;
    [[nodiscard]] QVariant scalar(const QString &label, const QString &sql) const;
    void dropServerDatabases();
    void removeProbeRows(const QString &engine);

    QTemporaryDir m_tmp;
    QString m_scriptDir;
    QList<Engine> m_engines;
    QString m_pgAdmin;
    QString m_mariaAdmin;
    QString m_pgDatabase;
    QString m_mariaDatabase;
};

void TestSampleHr::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QString sourceDir = qEnvironmentVariable("SLUICE_SOURCE_DIR");
    QVERIFY2(!sourceDir.isEmpty(), "SLUICE_SOURCE_DIR is not set (run the test through ctest)");
    m_scriptDir = sourceDir + u"/resources/sample"_s;

    const auto pg = sluicetest::serverFromEnvironment(u"PG"_s);
    QVERIFY2(pg, "SLUICE_TEST_PG_* is not set: the PostgreSQL server fixture "
                 "(server.postgres.start) did not start");
    const auto maria = sluicetest::serverFromEnvironment(u"MARIADB"_s);
    QVERIFY2(maria, "SLUICE_TEST_MARIADB_* is not set: the MariaDB server fixture "
                    "(server.mariadb.start) did not start");
    for (const char *driver : {"QSQLITE", "QPSQL", "QMYSQL"})
        QVERIFY2(QSqlDatabase::isDriverAvailable(QLatin1String(driver)),
                 qPrintable(u"Qt SQL driver %1 is not installed"_s.arg(QLatin1String(driver))));

    QString error;
    QVERIFY2(loadSqlite(&error), qPrintable(error));
    QVERIFY2(loadBuiltSample(&error), qPrintable(error));
    QVERIFY2(loadPostgres(*pg, &error), qPrintable(error));
    QVERIFY2(loadMariaDb(*maria, &error), qPrintable(error));
}

void TestSampleHr::cleanupTestCase()
{
    QStringList names;
    for (const Engine &engine : std::as_const(m_engines))
        names << engine.connection;
    m_engines.clear();
    for (const QString &name : std::as_const(names)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    dropServerDatabases();
}

void TestSampleHr::dropServerDatabases()
{
    if (!m_pgAdmin.isEmpty()) {
        {
            QSqlQuery query(QSqlDatabase::database(m_pgAdmin));
            if (!m_pgDatabase.isEmpty() &&
                !query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase)))
                qWarning() << "dropping" << m_pgDatabase << query.lastError().text();
        }
        QSqlDatabase::database(m_pgAdmin, false).close();
        QSqlDatabase::removeDatabase(m_pgAdmin);
    }
    if (!m_mariaAdmin.isEmpty()) {
        {
            QSqlQuery query(QSqlDatabase::database(m_mariaAdmin));
            if (!m_mariaDatabase.isEmpty() &&
                !query.exec(u"DROP DATABASE IF EXISTS %1"_s.arg(m_mariaDatabase)))
                qWarning() << "dropping" << m_mariaDatabase << query.lastError().text();
        }
        QSqlDatabase::database(m_mariaAdmin, false).close();
        QSqlDatabase::removeDatabase(m_mariaAdmin);
    }
}

bool TestSampleHr::loadSqlite(QString *error)
{
    const QString file = m_tmp.filePath(u"hr.db"_s);
    const QString script = m_scriptDir + u"/hr-sqlite.sql"_s;
    if (!runClient(u"sqlite3"_s, {u"-bail"_s, file, u".read %1"_s.arg(script)}, {},
                   QProcessEnvironment::systemEnvironment(), error))
        return false;
    const QString name = uniqueName(u"sluice.test.samplehr.sqlite."_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // SQLite enforces foreign keys only when each connection asks for it.
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
    m_engines.append({u"sqlite"_s, name, true});
    return true;
}

bool TestSampleHr::loadBuiltSample(QString *error)
{
    const QString file = qEnvironmentVariable("SLUICE_DATA_DIR") + u"/sample/hr.db"_s;
    if (!QFileInfo(file).isFile()) {
        *error = u"the built sample %1 does not exist (SLUICE_DATA_DIR)"_s.arg(file);
        return false;
    }
    const QString name = uniqueName(u"sluice.test.samplehr.built."_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    m_engines.append({u"built hr.db"_s, name, false});
    return true;
}

bool TestSampleHr::openServerDatabase(const QString &driver, const sluicetest::Server &env,
                                      const QString &database, const QString &name, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setHostName(env.host);
    db.setPort(env.port);
    db.setUserName(env.user);
    db.setPassword(env.password);
    db.setDatabaseName(database);
    if (!db.open()) {
        *error = u"%1 login to %2:%3/%4 failed: %5"_s.arg(driver, env.host)
                     .arg(env.port)
                     .arg(database, db.lastError().text());
        return false;
    }
    return true;
}

bool TestSampleHr::loadPostgres(const sluicetest::Server &env, QString *error)
{
    m_pgAdmin = uniqueName(u"sluice.test.samplehr.pgadmin."_s);
    if (!openServerDatabase(u"QPSQL"_s, env, env.database, m_pgAdmin, error))
        return false;
    m_pgDatabase = uniqueName(u"sluice_samplehr_"_s).toLower();
    QSqlQuery create(QSqlDatabase::database(m_pgAdmin));
    if (!create.exec(u"CREATE DATABASE %1"_s.arg(m_pgDatabase))) {
        *error = u"CREATE DATABASE failed: "_s + create.lastError().text();
        m_pgDatabase.clear();
        return false;
    }
    QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
    penv.insert(u"PGPASSWORD"_s, env.password);
    const QStringList args = {u"-X"_s, u"-q"_s,
                              u"-v"_s, u"ON_ERROR_STOP=1"_s,
                              u"-h"_s, env.host,
                              u"-p"_s, QString::number(env.port),
                              u"-U"_s, env.user,
                              u"-d"_s, m_pgDatabase,
                              u"-f"_s, m_scriptDir + u"/hr-postgresql.sql"_s};
    if (!runClient(u"psql"_s, args, {}, penv, error))
        return false;
    const QString name = uniqueName(u"sluice.test.samplehr.postgresql."_s);
    if (!openServerDatabase(u"QPSQL"_s, env, m_pgDatabase, name, error))
        return false;
    // The sample lives in the schema hr, as Data Pump's SCHEMAS=HR expects.
    QSqlQuery(QSqlDatabase::database(name)).exec(u"SET search_path TO hr"_s);
    m_engines.append({u"postgresql"_s, name, true});
    return true;
}

bool TestSampleHr::loadMariaDb(const sluicetest::Server &env, QString *error)
{
    m_mariaAdmin = uniqueName(u"sluice.test.samplehr.mariaadmin."_s);
    if (!openServerDatabase(u"QMYSQL"_s, env, env.database, m_mariaAdmin, error))
        return false;
    m_mariaDatabase = uniqueName(u"sluice_samplehr_"_s).toLower();
    QSqlQuery create(QSqlDatabase::database(m_mariaAdmin));
    if (!create.exec(u"CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s.arg(
            m_mariaDatabase))) {
        *error = u"CREATE DATABASE failed: "_s + create.lastError().text();
        m_mariaDatabase.clear();
        return false;
    }
    const QStringList args = {u"--no-defaults"_s,
                              u"--protocol=tcp"_s,
                              u"--host=%1"_s.arg(env.host),
                              u"--port=%1"_s.arg(env.port),
                              u"--user=%1"_s.arg(env.user),
                              u"--password=%1"_s.arg(env.password),
                              u"--default-character-set=utf8mb4"_s,
                              m_mariaDatabase};
    if (!runClient(u"mariadb"_s, args, m_scriptDir + u"/hr-mariadb.sql"_s,
                   QProcessEnvironment::systemEnvironment(), error))
        return false;
    const QString name = uniqueName(u"sluice.test.samplehr.mariadb."_s);
    if (!openServerDatabase(u"QMYSQL"_s, env, m_mariaDatabase, name, error))
        return false;
    m_engines.append({u"mariadb"_s, name, true});
    return true;
}

QSqlDatabase TestSampleHr::db(const QString &label) const
{
    for (const Engine &engine : m_engines) {
        if (engine.label == label)
            return QSqlDatabase::database(engine.connection);
    }
    return {};
}

QVariant TestSampleHr::scalar(const QString &label, const QString &sql) const
{
    QSqlQuery query(db(label));
    if (!query.exec(sql) || !query.next()) {
        qWarning() << label << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

QStringList TestSampleHr::tableLines(const QString &label, const TableSpec &table,
                                     QString *error) const
{
    QSqlQuery query(db(label));
    query.setForwardOnly(true);
    const QString sql = u"SELECT * FROM %1 ORDER BY %2"_s.arg(QLatin1String(table.name),
                                                              QLatin1String(table.orderBy));
    if (!query.exec(sql)) {
        *error = u"%1: %2"_s.arg(label, query.lastError().text());
        return {};
    }
    QStringList lines;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList values;
        for (int column = 0; column < record.count(); ++column)
            values << record.fieldName(column).toLower() + u'=' + renderValue(record, column);
        lines << values.join(u'|');
    }
    return lines;
}

void TestSampleHr::tables_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kTables)); ++i)
        QTest::newRow(kTables[i].name) << i;
}

void TestSampleHr::writableEngines_data()
{
    QTest::addColumn<QString>("engine");
    for (const char *label : {"sqlite", "postgresql", "mariadb"})
        QTest::newRow(label) << QString::fromLatin1(label);
}

void TestSampleHr::rowCounts()
{
    QFETCH(int, index);
    const TableSpec &table = kTables[index];
    for (const Engine &engine : std::as_const(m_engines)) {
        const QVariant count =
            scalar(engine.label, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table.name)));
        QVERIFY2(count.isValid(), qPrintable(engine.label));
        QVERIFY2(count.toInt() == table.expectedRows,
                 qPrintable(u"%1 has %2 rows in %3, expected %4"_s.arg(QLatin1String(table.name))
                                .arg(count.toInt())
                                .arg(engine.label)
                                .arg(table.expectedRows)));
    }
}

void TestSampleHr::tableContents()
{
    QFETCH(int, index);
    const TableSpec &table = kTables[index];
    QString error;
    const QStringList reference = tableLines(u"sqlite"_s, table, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reference.size(), table.expectedRows);
    const QByteArray referenceSum =
        QCryptographicHash::hash(reference.join(u'\n').toUtf8(), QCryptographicHash::Sha256);

    for (const Engine &engine : std::as_const(m_engines)) {
        const QStringList lines = tableLines(engine.label, table, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray sum =
            QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
        if (sum == referenceSum)
            continue;
        for (int i = 0; i < qMin(lines.size(), reference.size()); ++i) {
            QVERIFY2(lines.at(i) == reference.at(i),
                     qPrintable(u"%1 differs in %2 row %3:\n  sqlite: %4\n  %2: %5"_s
                                    .arg(QLatin1String(table.name), engine.label)
                                    .arg(i)
                                    .arg(reference.at(i), lines.at(i))));
        }
        QFAIL(qPrintable(u"%1 checksum differs in %2 (%3 rows vs %4)"_s
                             .arg(QLatin1String(table.name), engine.label)
                             .arg(lines.size())
                             .arg(reference.size())));
    }
}

void TestSampleHr::textRoundTrip()
{
    QFETCH(QString, engine);
    // UTF-8 and quotes must survive each client and driver unchanged.
    QCOMPARE(
        scalar(engine, u"SELECT last_name FROM employees WHERE employee_id = 211"_s).toString(),
        u"Müller"_s);
    QCOMPARE(
        scalar(engine, u"SELECT first_name FROM employees WHERE employee_id = 265"_s).toString(),
        u"Søren"_s);
    QCOMPARE(
        scalar(engine, u"SELECT count(*) FROM employees WHERE last_name = 'O''Brien'"_s).toInt(),
        5);
    // Trailing blanks in VARCHAR data are kept.
    QCOMPARE(scalar(engine, u"SELECT street_address FROM locations WHERE location_id = 2800"_s)
                 .toString(),
             u"Rua Frei Caneca 1360 "_s);
}

void TestSampleHr::sequence()
{
    QFETCH(QString, engine);
    if (engine == u"postgresql") {
        QCOMPARE(scalar(engine, u"SELECT nextval('employees_seq')"_s).toInt(), kNextEmployeeId);
        QCOMPARE(scalar(engine, u"SELECT nextval('departments_seq')"_s).toInt(), 280);
        QCOMPARE(scalar(engine, u"SELECT nextval('locations_seq')"_s).toInt(), 3300);
        return;
    }
    if (engine == u"mariadb") {
        QCOMPARE(scalar(engine, u"SELECT NEXT VALUE FOR employees_seq"_s).toInt(), kNextEmployeeId);
        QCOMPARE(scalar(engine, u"SELECT NEXT VALUE FOR departments_seq"_s).toInt(), 280);
        QCOMPARE(scalar(engine, u"SELECT NEXT VALUE FOR locations_seq"_s).toInt(), 3300);
        return;
    }
    // SQLite has no sequences: the INTEGER PRIMARY KEY assigns the next id.
    QSqlDatabase sqlite = db(engine);
    QVERIFY(sqlite.transaction());
    QSqlQuery query(sqlite);
    QVERIFY2(query.exec(u"INSERT INTO employees (last_name, email, hire_date, job_id) "
                        "VALUES ('Next', 'NEXTID', '2020-01-01', 'IT_PROG')"_s),
             qPrintable(query.lastError().text()));
    QCOMPARE(query.lastInsertId().toInt(), kNextEmployeeId);
    QVERIFY(sqlite.rollback());
}

void TestSampleHr::validRowIsAccepted()
{
    // The control for constraintsRejectBadRows: the rows there differ from this one in one
    // value each, so a rejection there is the constraint's doing, not the statement's.
    QFETCH(QString, engine);
    QSqlQuery query(db(engine));
    QVERIFY2(query.exec(u"INSERT INTO employees (employee_id, last_name, email, hire_date, job_id, "
                        "salary, commission_pct, manager_id, department_id) VALUES (9001, 'Good', "
                        "'GOOD9001', '2020-01-01', 'SA_REP', 5000, 0.10, 145, 80)"_s),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(u"DELETE FROM employees WHERE employee_id = 9001"_s),
             qPrintable(query.lastError().text()));
    QCOMPARE(scalar(engine, u"SELECT count(*) FROM employees"_s).toInt(), 257);
}

void TestSampleHr::constraintsRejectBadRows_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("statement");
    const QString employee =
        u"INSERT INTO employees (employee_id, last_name, email, hire_date, job_id, salary, "
        "commission_pct, manager_id, department_id) VALUES (%1)"_s;
    const QList<std::pair<const char *, QString>> cases = {
        {"pk employees", employee.arg(u"100, 'Bad', 'BAD9001', '2020-01-01', 'SA_REP', 5000, "
                                      "0.10, 145, 80"_s)},
        {"pk regions", u"INSERT INTO regions (region_id, region_name) VALUES (1, 'Again')"_s},
        {"not null last_name", employee.arg(u"9001, NULL, 'BAD9001', '2020-01-01', 'SA_REP', "
                                            "5000, 0.10, 145, 80"_s)},
        {"unique email", employee.arg(u"9001, 'Bad', 'SKING', '2020-01-01', 'SA_REP', 5000, "
                                      "0.10, 145, 80"_s)},
        {"fk job", employee.arg(u"9001, 'Bad', 'BAD9001', '2020-01-01', 'NO_JOB', 5000, 0.10, "
                                "145, 80"_s)},
        {"fk manager self reference", employee.arg(u"9001, 'Bad', 'BAD9001', '2020-01-01', "
                                                   "'SA_REP', 5000, 0.10, 99999, 80"_s)},
        {"fk department", employee.arg(u"9001, 'Bad', 'BAD9001', '2020-01-01', 'SA_REP', 5000, "
                                       "0.10, 145, 999"_s)},
        {"check salary", employee.arg(u"9001, 'Bad', 'BAD9001', '2020-01-01', 'SA_REP', 0, "
                                      "0.10, 145, 80"_s)},
        {"check commission", employee.arg(u"9001, 'Bad', 'BAD9001', '2020-01-01', 'SA_REP', "
                                          "5000, -0.10, 145, 80"_s)},
        {"fk department manager",
         u"UPDATE departments SET manager_id = 99999 WHERE department_id = 10"_s},
        {"fk country region", u"INSERT INTO countries (country_id, country_name, region_id) "
                              "VALUES ('XX', 'Nowhere', 99)"_s},
        {"check job salary range", u"INSERT INTO jobs (job_id, job_title, min_salary, "
                                   "max_salary) VALUES ('BAD_JOB', 'Bad', 9000, 1000)"_s},
        {"check job history interval",
         u"INSERT INTO job_history (employee_id, start_date, end_date, job_id, department_id) "
         "VALUES (100, '2020-01-01', '2019-01-01', 'AD_PRES', 90)"_s},
        {"delete referenced job", u"DELETE FROM jobs WHERE job_id = 'AD_PRES'"_s},
    };
    for (const char *engine : {"sqlite", "postgresql", "mariadb"}) {
        for (const auto &[tag, statement] : cases)
            QTest::newRow(
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(engine), QLatin1String(tag))))
                << QString::fromLatin1(engine) << statement;
    }
}

void TestSampleHr::constraintsRejectBadRows()
{
    QFETCH(QString, engine);
    QFETCH(QString, statement);
    QSqlQuery query(db(engine));
    // Autocommit on purpose: SQLite checks its deferred dept_mgr_fk at commit.
    if (query.exec(statement)) {
        removeProbeRows(engine);
        QFAIL(qPrintable(u"accepted: "_s + statement));
    }
    for (const TableSpec &table : kTables) {
        QCOMPARE(
            scalar(engine, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table.name))).toInt(),
            table.expectedRows);
    }
}

// Undoes whatever a wrongly accepted probe statement changed, so one missing constraint
// fails one row of constraintsRejectBadRows rather than all the rows after it.
void TestSampleHr::removeProbeRows(const QString &engine)
{
    QSqlQuery query(db(engine));
    for (const QString &sql :
         {u"DELETE FROM employees WHERE employee_id = 9001"_s,
          u"DELETE FROM countries WHERE country_id = 'XX'"_s,
          u"DELETE FROM jobs WHERE job_id = 'BAD_JOB'"_s,
          u"DELETE FROM job_history WHERE employee_id = 100 AND start_date = '2020-01-01'"_s,
          u"UPDATE departments SET manager_id = 200 WHERE department_id = 10"_s}) {
        if (!query.exec(sql))
            qWarning() << engine << sql << query.lastError().text();
    }
}

void TestSampleHr::triggerRecordsJobHistory()
{
    QFETCH(QString, engine);
    const QString history = u"SELECT count(*) FROM job_history WHERE employee_id = 300"_s;
    QCOMPARE(scalar(engine, history).toInt(), 0);

    QSqlQuery query(db(engine));
    QVERIFY(query.exec(u"SELECT hire_date, job_id, department_id FROM employees "
                       "WHERE employee_id = 300"_s));
    QVERIFY(query.next());
    const QString hireDate = query.value(0).toDate().toString(Qt::ISODate);
    const QString oldJob = query.value(1).toString();
    const int oldDepartment = query.value(2).toInt();
    QVERIFY(!hireDate.isEmpty());
    QVERIFY(oldJob != u"IT_PROG");

    // Neither job nor department changes: no history row.
    QVERIFY2(query.exec(u"UPDATE employees SET salary = salary + 1 WHERE employee_id = 300"_s),
             qPrintable(query.lastError().text()));
    QCOMPARE(scalar(engine, history).toInt(), 0);

    QVERIFY2(query.exec(u"UPDATE employees SET job_id = 'IT_PROG', department_id = 60 "
                        "WHERE employee_id = 300"_s),
             qPrintable(query.lastError().text()));
    QCOMPARE(scalar(engine, history).toInt(), 1);
    QVERIFY(query.exec(u"SELECT start_date, end_date, job_id, department_id FROM job_history "
                       "WHERE employee_id = 300"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toDate().toString(Qt::ISODate), hireDate);
    const QDate ended = query.value(1).toDate();
    QVERIFY2(qAbs(ended.daysTo(QDate::currentDate())) <= 1, qPrintable(ended.toString()));
    QCOMPARE(query.value(2).toString(), oldJob);
    QCOMPARE(query.value(3).toInt(), oldDepartment);
}

QTEST_GUILESS_MAIN(TestSampleHr)
#include "tst_samplehr.moc"
