// Fidelity of the catalog layer against the engines' own tools: a database is
// loaded from a script, read by CatalogReader, recreated empty from DdlWriter's
// statements, and the engine's schema dump of both must be identical.

#include "engine/catalog/catalogreader.h"
#include "engine/catalog/ddlwriter.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

struct PgServer
{
    QString host;
    QString port;
    QString user;
    QString password;
    QString database;
};

std::optional<PgServer> pgServer()
{
    PgServer s{
        qEnvironmentVariable("SLUICE_TEST_PG_HOST"), qEnvironmentVariable("SLUICE_TEST_PG_PORT"),
        qEnvironmentVariable("SLUICE_TEST_PG_USER"),
        qEnvironmentVariable("SLUICE_TEST_PG_PASSWORD"), qEnvironmentVariable("SLUICE_TEST_PG_DB")};
    if (s.host.isEmpty() || s.port.isEmpty() || s.user.isEmpty() || s.database.isEmpty())
        return std::nullopt;
    return s;
}

// Runs a PostgreSQL client tool; returns its standard output, or an error text.
bool runPgTool(const PgServer &server, const QString &program, const QStringList &arguments,
               QString *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, server.password);
    process.setProcessEnvironment(env);
    process.start(program,
                  QStringList{u"-h"_s, server.host, u"-p"_s, server.port, u"-U"_s, server.user} +
                      arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *output = program + u": "_s + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

// pg_dump output without comment lines, \restrict keys and blank runs.
QStringList normalisedDump(const QString &dump)
{
    QStringList lines;
    for (const QString &line : dump.split(u'\n')) {
        if (line.startsWith(u"--"_s) || line.startsWith(u"\\restrict"_s) ||
            line.startsWith(u"\\unrestrict"_s) || line.trimmed().isEmpty())
            continue;
        lines.append(line);
    }
    return lines;
}

QString firstDifference(const QStringList &expected, const QStringList &actual)
{
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QString e = expected.value(i, u"<end>"_s);
        const QString a = actual.value(i, u"<end>"_s);
        if (e != a) {
            return u"line %1:\n  source:   %2\n  recreated: %3\ncontext:\n%4"_s.arg(
                QString::number(i + 1), e, a,
                expected.mid(std::max<qsizetype>(0, i - 5), 10).join(u'\n'));
        }
    }
    return {};
}

} // namespace

namespace {

struct MariadbServer
{
    QString host;
    QString port;
    QString user;
    QString password;
};

std::optional<MariadbServer> mariadbServer()
{
    MariadbServer s{qEnvironmentVariable("SLUICE_TEST_MARIADB_HOST"),
                    qEnvironmentVariable("SLUICE_TEST_MARIADB_PORT"),
                    qEnvironmentVariable("SLUICE_TEST_MARIADB_USER"),
                    qEnvironmentVariable("SLUICE_TEST_MARIADB_PASSWORD")};
    if (s.host.isEmpty() || s.port.isEmpty() || s.user.isEmpty())
        return std::nullopt;
    return s;
}

// Runs the mariadb client or mariadb-dump; stdin from a file when given.
bool runMariadbTool(const MariadbServer &server, const QString &program,
                    const QStringList &arguments, QString *output, const QString &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MYSQL_PWD"_s, server.password);
    process.setProcessEnvironment(env);
    if (!input.isEmpty())
        process.setStandardInputFile(input);
    process.start(program, QStringList{u"--no-defaults"_s, u"-h"_s, server.host, u"-P"_s,
                                       server.port, u"-u"_s, server.user} +
                               arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *output = program + u": "_s + QString::fromUtf8(process.readAllStandardError()) +
                  process.errorString();
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

} // namespace

class tst_CatalogFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postgres_data();
    void postgres();
    void sqlite_data();
    void sqlite();
    void mariadb_data();
    void mariadb();

private:
    QString createPgDatabase(const PgServer &server);
    QSqlDatabase openPg(const PgServer &server, const QString &database);

    QTemporaryDir m_dir;
    QStringList m_pgDatabases;
    QStringList m_mariadbDatabases;
    QStringList m_connections;
};

void tst_CatalogFidelity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        QFAIL("The Qt PostgreSQL driver (QPSQL) is not installed");
}

void tst_CatalogFidelity::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    if (const std::optional<MariadbServer> maria = mariadbServer()) {
        for (const QString &db : std::as_const(m_mariadbDatabases)) {
            QString output;
            if (!runMariadbTool(*maria, u"mariadb"_s, {u"-e"_s, u"DROP DATABASE IF EXISTS "_s + db},
                                &output))
                qWarning("%s", qPrintable(output));
        }
    }
    const std::optional<PgServer> server = pgServer();
    if (!server)
        return;
    for (const QString &db : std::as_const(m_pgDatabases)) {
        QString output;
        if (!runPgTool(*server, u"dropdb"_s, {u"--if-exists"_s, db}, &output))
            qWarning("%s", qPrintable(output));
    }
}

QString tst_CatalogFidelity::createPgDatabase(const PgServer &server)
{
    const QString name =
        u"sluice_fid_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    QString output;
    if (!runPgTool(server, u"createdb"_s, {name}, &output)) {
        qWarning("%s", qPrintable(output));
        return {};
    }
    m_pgDatabases.append(name);
    return name;
}

QSqlDatabase tst_CatalogFidelity::openPg(const PgServer &server, const QString &database)
{
    const QString connection = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections.append(connection);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
    db.setHostName(server.host);
    db.setPort(server.port.toInt());
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

void tst_CatalogFidelity::postgres_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("views");

    const QString source = qEnvironmentVariable("SLUICE_SOURCE_DIR");
    QTest::newRow("hr") << source + u"/resources/sample/hr-postgresql.sql"_s << u"hr"_s << 7 << 1;
    QTest::newRow("rich") << source + u"/tests/data/catalog/rich-postgresql.sql"_s << u"shop"_s << 7
                          << 3;
}

void tst_CatalogFidelity::postgres()
{
    QFETCH(QString, script);
    QFETCH(QString, schema);
    QFETCH(int, tables);
    QFETCH(int, views);

    const std::optional<PgServer> server = pgServer();
    if (!server)
        QFAIL("SLUICE_TEST_PG_* is not set: the postgres test fixture did not start");
    QVERIFY2(QFile::exists(script), qPrintable(script));

    const QString sourceDb = createPgDatabase(*server);
    const QString targetDb = createPgDatabase(*server);
    QVERIFY(!sourceDb.isEmpty() && !targetDb.isEmpty());
    QString output;
    QVERIFY2(runPgTool(*server, u"psql"_s,
                       {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, sourceDb, u"-f"_s,
                        script},
                       &output),
             qPrintable(output));

    QSqlDatabase source = openPg(*server, sourceDb);
    QVERIFY(source.isOpen());
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(source, {{schema}}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemas.size(), 1);
    QCOMPARE(catalog->schemas.first().tables.size(), tables);
    QCOMPARE(catalog->schemas.first().views.size(), views);

    DdlWriter writer(Dialect::PostgreSQL, DdlOptions{Dialect::PostgreSQL});
    const QList<DdlStatement> statements = writer.script(*catalog);
    QStringList warnings;
    for (const DdlWarning &warning : writer.warnings())
        warnings.append(warning.object + u": "_s + warning.message);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

    QSqlDatabase target = openPg(*server, targetDb);
    QVERIFY(target.isOpen());
    for (const DdlStatement &statement : statements) {
        QSqlQuery query(target);
        QVERIFY2(query.exec(statement.sql),
                 qPrintable(statement.sql + u"\n=> "_s + query.lastError().text()));
    }

    QString sourceDump;
    QString targetDump;
    const QStringList dumpArgs{u"--schema-only"_s, u"--no-owner"_s, u"--schema"_s, schema};
    QVERIFY2(runPgTool(*server, u"pg_dump"_s, dumpArgs + QStringList{sourceDb}, &sourceDump),
             qPrintable(sourceDump));
    QVERIFY2(runPgTool(*server, u"pg_dump"_s, dumpArgs + QStringList{targetDb}, &targetDump),
             qPrintable(targetDump));
    const QStringList expected = normalisedDump(sourceDump);
    const QStringList actual = normalisedDump(targetDump);
    QVERIFY(expected.size() > 50);
    QVERIFY2(expected == actual, qPrintable(firstDifference(expected, actual)));
}

namespace {

bool sqliteShell(const QString &database, const QString &command, QString *output)
{
    QProcess process;
    process.start(u"sqlite3"_s, {u"-bail"_s, database, command});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *output = u"sqlite3: "_s + QString::fromUtf8(process.readAllStandardError()) +
                  process.errorString();
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

// ".schema" lists statements in creation order, and Sluice creates indexes
// after the data, table by table: the statements are compared as a sorted
// list, each one whole (a statement starts with CREATE at the line start).
QStringList schemaStatements(const QString &schema)
{
    QStringList statements;
    for (const QString &line : schema.split(u'\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"CREATE "_s) || statements.isEmpty())
            statements.append(line);
        else
            statements.last() += u'\n' + line;
    }
    statements.sort();
    return statements;
}

} // namespace

void tst_CatalogFidelity::sqlite_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("views");

    const QString source = qEnvironmentVariable("SLUICE_SOURCE_DIR");
    QTest::newRow("hr") << source + u"/resources/sample/hr-sqlite.sql"_s << 7 << 1;
    QTest::newRow("rich") << source + u"/tests/data/catalog/rich-sqlite.sql"_s << 6 << 3;
}

// sqlite3's ".schema" of the source and of the database created from the
// DDL must be the same.
void tst_CatalogFidelity::sqlite()
{
    QFETCH(QString, script);
    QFETCH(int, tables);
    QFETCH(int, views);
    QVERIFY2(QFile::exists(script), qPrintable(script));
    QVERIFY(m_dir.isValid());

    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString sourceFile = m_dir.filePath(tag + u"-source.db"_s);
    const QString targetFile = m_dir.filePath(tag + u"-target.db"_s);
    QString output;
    QVERIFY2(sqliteShell(sourceFile, u".read "_s + script, &output), qPrintable(output));

    const QString sourceName = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString targetName = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections << sourceName << targetName;
    QSqlDatabase source = QSqlDatabase::addDatabase(u"QSQLITE"_s, sourceName);
    source.setDatabaseName(sourceFile);
    QVERIFY(source.open());
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(source, {}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemas.first().tables.size(), tables);
    QCOMPARE(catalog->schemas.first().views.size(), views);

    DdlWriter writer(Dialect::SQLite, DdlOptions{Dialect::SQLite});
    const QList<DdlStatement> statements = writer.script(*catalog);
    QVERIFY(writer.warnings().isEmpty());
    QSqlDatabase target = QSqlDatabase::addDatabase(u"QSQLITE"_s, targetName);
    target.setDatabaseName(targetFile);
    QVERIFY(target.open());
    for (const DdlStatement &statement : statements) {
        QSqlQuery query(target);
        QVERIFY2(query.exec(statement.sql),
                 qPrintable(statement.sql + u"\n=> "_s + query.lastError().text()));
    }

    QString sourceSchema;
    QString targetSchema;
    QVERIFY2(sqliteShell(sourceFile, u".schema"_s, &sourceSchema), qPrintable(sourceSchema));
    QVERIFY2(sqliteShell(targetFile, u".schema"_s, &targetSchema), qPrintable(targetSchema));
    const QStringList expected = schemaStatements(sourceSchema);
    const QStringList actual = schemaStatements(targetSchema);
    QVERIFY(expected.size() > 10);
    QVERIFY2(expected == actual, qPrintable(firstDifference(expected, actual)));
}

void tst_CatalogFidelity::mariadb_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("views");
    QTest::addColumn<int>("sequences");

    const QString source = qEnvironmentVariable("SLUICE_SOURCE_DIR");
    QTest::newRow("hr") << source + u"/resources/sample/hr-mariadb.sql"_s << 7 << 1 << 3;
    QTest::newRow("rich") << source + u"/tests/data/catalog/rich-mariadb.sql"_s << 6 << 4 << 2;
}

// The source database is dumped, read, dropped and recreated under the same
// name from Sluice's DDL (view and routine texts name their database), then
// dumped again: mariadb-dump --no-data must print the same schema.
void tst_CatalogFidelity::mariadb()
{
    QFETCH(QString, script);
    QFETCH(int, tables);
    QFETCH(int, views);
    QFETCH(int, sequences);

    const std::optional<MariadbServer> server = mariadbServer();
    if (!server)
        QFAIL("SLUICE_TEST_MARIADB_* is not set: the mariadb test fixture did not start");
    if (!QSqlDatabase::isDriverAvailable(u"QMYSQL"_s))
        QFAIL("The Qt MariaDB driver (QMYSQL) is not installed");
    QVERIFY2(QFile::exists(script), qPrintable(script));
    const QString database =
        u"sluice_fid_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    QString output;
    QVERIFY2(runMariadbTool(*server, u"mariadb"_s,
                            {u"-e"_s, u"CREATE DATABASE "_s + database +
                                          u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s},
                            &output),
             qPrintable(output));
    m_mariadbDatabases.append(database);
    QVERIFY2(runMariadbTool(*server, u"mariadb"_s, {database}, &output, script),
             qPrintable(output));
    const QStringList dumpArgs{u"--no-data"_s, u"--routines"_s, u"--triggers"_s,
                               u"--skip-dump-date"_s, database};
    QString sourceDump;
    QVERIFY2(runMariadbTool(*server, u"mariadb-dump"_s, dumpArgs, &sourceDump),
             qPrintable(sourceDump));

    const QString connection = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections.append(connection);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, connection);
    db.setHostName(server->host);
    db.setPort(server->port.toInt());
    db.setUserName(server->user);
    db.setPassword(server->password);
    db.setDatabaseName(database);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(db, {{database}}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemas.size(), 1);
    QCOMPARE(catalog->schemas.first().tables.size(), tables);
    QCOMPARE(catalog->schemas.first().views.size(), views);
    QCOMPARE(catalog->schemas.first().sequences.size(), sequences);

    DdlWriter writer(Dialect::MariaDB, DdlOptions{Dialect::MariaDB});
    const QList<DdlStatement> statements = writer.script(*catalog);
    QStringList warnings;
    for (const DdlWarning &warning : writer.warnings())
        warnings.append(warning.object + u": "_s + warning.message);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

    QSqlQuery query(db);
    QVERIFY(query.exec(u"DROP DATABASE "_s + database));
    for (const DdlStatement &statement : statements) {
        QVERIFY2(query.exec(statement.sql),
                 qPrintable(statement.sql + u"\n=> "_s + query.lastError().text()));
        // Routines and triggers are created in the current database.
        if (statement.kind == ObjectKind::Schema)
            QVERIFY(query.exec(u"USE "_s + database));
    }
    for (const SequenceDef &sequence : catalog->schemas.first().sequences)
        QVERIFY2(query.exec(writer.sequenceValue(sequence)), qPrintable(query.lastError().text()));

    QString targetDump;
    QVERIFY2(runMariadbTool(*server, u"mariadb-dump"_s, dumpArgs, &targetDump),
             qPrintable(targetDump));
    const QStringList expected = normalisedDump(sourceDump);
    const QStringList actual = normalisedDump(targetDump);
    QVERIFY(expected.size() > 50);
    QVERIFY2(expected == actual, qPrintable(firstDifference(expected, actual)));
}

QTEST_GUILESS_MAIN(tst_CatalogFidelity)
#include "tst_catalogfidelity.moc"
