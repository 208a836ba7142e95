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

class tst_CatalogFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postgres_data();
    void postgres();

private:
    QString createPgDatabase(const PgServer &server);
    QSqlDatabase openPg(const PgServer &server, const QString &database);

    QStringList m_pgDatabases;
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

QTEST_GUILESS_MAIN(tst_CatalogFidelity)
#include "tst_catalogfidelity.moc"
