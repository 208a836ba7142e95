// MariaDB-specific catalog paths on a real server: routines read by a user
// who cannot read mysql.proc (information_schema.ROUTINES and SHOW CREATE),
// and a script over two databases whose routines and triggers share names,
// which only replays correctly when each is created in its own database.

#include "engine/catalog/catalogreader.h"
#include "engine/catalog/ddlwriter.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

QString env(const char *key)
{
    return qEnvironmentVariable(qPrintable(u"SLUICE_TEST_MARIADB_"_s + QLatin1String(key)));
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = sql + u"\n=> "_s + query.lastError().text();
            return false;
        }
    }
    return true;
}

// mariadb-dump of some databases, without comment lines.
bool dump(const QStringList &databases, QString *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MYSQL_PWD"_s, env("PASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(u"mariadb-dump"_s,
                  QStringList{u"--no-defaults"_s, u"-h"_s, env("HOST"), u"-P"_s, env("PORT"),
                              u"-u"_s, env("USER"), u"--no-data"_s, u"--routines"_s,
                              u"--triggers"_s, u"--skip-comments"_s, u"--databases"_s} +
                      databases);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *output = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (!line.startsWith(u"--"_s) && !line.trimmed().isEmpty())
            lines << line;
    }
    *output = lines.join(u'\n');
    return true;
}

} // namespace

class tst_CatalogMariadb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void routinesWithoutProc();
    void twoDatabaseScript();

private:
    QSqlDatabase open(const QString &user, const QString &password, const QString &database);

    QStringList m_connections;
    QStringList m_cleanup;
};

void tst_CatalogMariadb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (env("HOST").isEmpty())
        QFAIL("SLUICE_TEST_MARIADB_* is not set: the mariadb test fixture did not start");
    if (!QSqlDatabase::isDriverAvailable(u"QMYSQL"_s))
        QFAIL("The Qt MariaDB driver (QMYSQL) is not installed");
}

void tst_CatalogMariadb::cleanupTestCase()
{
    {
        QSqlDatabase admin = open(env("USER"), env("PASSWORD"), env("DB"));
        QString error;
        if (!execAll(admin, m_cleanup, &error))
            qWarning("%s", qPrintable(error));
    }
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase tst_CatalogMariadb::open(const QString &user, const QString &password,
                                      const QString &database)
{
    const QString connection = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections << connection;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, connection);
    db.setHostName(env("HOST"));
    db.setPort(env("PORT").toInt());
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

// A user with every privilege on its database but none on mysql.proc reads
// the routines it defined exactly as mysql.proc gives them, and is told which
// routine it may not read rather than getting a catalog without it.
void tst_CatalogMariadb::routinesWithoutProc()
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8).toLower();
    const QString database = u"sluice_rt_"_s + tag;
    const QString user = u"sluice_rt_"_s + tag;
    const QString password = u"pw_"_s + tag;
    QSqlDatabase admin = open(env("USER"), env("PASSWORD"), env("DB"));
    QVERIFY(admin.isOpen());
    m_cleanup << u"DROP DATABASE IF EXISTS "_s + database
              << u"DROP USER IF EXISTS '%1'@'%'"_s.arg(user);
    QString error;
    QVERIFY2(execAll(admin,
                     {u"CREATE DATABASE "_s + database,
                      u"CREATE USER '%1'@'%' IDENTIFIED BY '%2'"_s.arg(user, password),
                      u"GRANT ALL PRIVILEGES ON %1.* TO '%2'@'%'"_s.arg(database, user)},
                     &error),
             qPrintable(error));
    QSqlDatabase limited = open(user, password, database);
    QVERIFY(limited.isOpen());
    QSqlQuery denied(limited);
    QVERIFY(!denied.exec(u"SELECT 1 FROM mysql.proc LIMIT 0"_s));
    QVERIFY2(execAll(limited,
                     {u"CREATE TABLE t (id int PRIMARY KEY, amount decimal(10,2))"_s,
                      u"CREATE FUNCTION net(p_amount DECIMAL(10,2), p_rate DECIMAL(4,3)) "
                      u"RETURNS decimal(10,2) DETERMINISTIC COMMENT 'After tax' "
                      u"RETURN p_amount * (1 - p_rate)"_s,
                      u"CREATE PROCEDURE total(IN p_min INT, OUT p_sum DECIMAL(12,2)) "
                      u"READS SQL DATA SQL SECURITY INVOKER "
                      u"BEGIN SELECT SUM(amount) INTO p_sum FROM t WHERE id >= p_min; END"_s},
                     &error),
             qPrintable(error));

    const std::optional<Catalog> full = CatalogReader::read(admin, {{database}}, &error);
    QVERIFY2(full, qPrintable(error));
    const std::optional<Catalog> fallback = CatalogReader::read(limited, {{database}}, &error);
    QVERIFY2(fallback, qPrintable(error));
    const QList<RoutineDef> expected = full->schemas.first().routines;
    const QList<RoutineDef> actual = fallback->schemas.first().routines;
    QCOMPARE(expected.size(), 2);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).name, expected.at(i).name);
        QCOMPARE(actual.at(i).arguments, expected.at(i).arguments);
        QCOMPARE(actual.at(i).returns, expected.at(i).returns);
        QCOMPARE(actual.at(i).definition, expected.at(i).definition);
        QCOMPARE(actual.at(i).sqlMode, expected.at(i).sqlMode);
        QVERIFY(actual.at(i) == expected.at(i));
    }

    // A routine someone else defined: its text is hidden from this user.
    QVERIFY2(execAll(admin, {u"CREATE FUNCTION %1.other() RETURNS int RETURN 1"_s.arg(database)},
                     &error),
             qPrintable(error));
    QVERIFY(!CatalogReader::read(limited, {{database}}, &error));
    QVERIFY2(error.contains(u"function %1.other cannot be read"_s.arg(database)),
             qPrintable(error));
}

// Two databases with a function and a trigger of the same names: the script
// DdlWriter writes for both replays into an empty server (from a connection
// whose default database is neither) and mariadb-dump prints the same schema.
void tst_CatalogMariadb::twoDatabaseScript()
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8).toLower();
    const QStringList databases{u"sluice_ma_"_s + tag, u"sluice_mb_"_s + tag};
    QSqlDatabase admin = open(env("USER"), env("PASSWORD"), env("DB"));
    QVERIFY(admin.isOpen());
    QString error;
    for (const QString &database : databases) {
        m_cleanup << u"DROP DATABASE IF EXISTS "_s + database;
        const QString factor = database == databases.first() ? u"2"_s : u"3"_s;
        QVERIFY2(execAll(admin,
                         {u"CREATE DATABASE "_s + database, u"USE "_s + database,
                          u"CREATE TABLE items (id int PRIMARY KEY, n int)"_s,
                          u"CREATE FUNCTION scaled(v INT) RETURNS int DETERMINISTIC RETURN v * "_s +
                              factor,
                          u"CREATE TRIGGER items_scale BEFORE INSERT ON items FOR EACH ROW "
                          u"SET NEW.n = scaled(NEW.n)"_s},
                         &error),
                 qPrintable(error));
    }
    QString before;
    QVERIFY2(dump(databases, &before), qPrintable(before));

    const std::optional<Catalog> catalog = CatalogReader::read(admin, {databases}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemas.size(), 2);
    DdlWriter writer(Dialect::MariaDB, DdlOptions{Dialect::MariaDB});
    QStringList statements;
    for (const DdlStatement &statement : writer.script(*catalog))
        statements << statement.sql;
    QVERIFY(writer.warnings().isEmpty());

    QVERIFY2(execAll(admin,
                     {u"DROP DATABASE "_s + databases.at(0), u"DROP DATABASE "_s + databases.at(1),
                      u"USE "_s + env("DB")},
                     &error),
             qPrintable(error));
    QVERIFY2(execAll(admin, statements, &error), qPrintable(error));
    QString after;
    QVERIFY2(dump(databases, &after), qPrintable(after));
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(tst_CatalogMariadb)
#include "tst_catalogmariadb.moc"
