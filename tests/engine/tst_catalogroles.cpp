// Users and roles (FULL mode) read from real servers and recreated from
// DdlWriter's statements: what CatalogReader reads back after the round trip
// must equal what it read first. SQLite has none, and a filter asking for
// them says so.

#include "engine/catalog/catalogobjectfilter.h"
#include "engine/catalog/catalogreader.h"
#include "engine/catalog/ddlwriter.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

QString uniquePrefix()
{
    return u"sluice_r"_s + QUuid::createUuid().toString(QUuid::Id128).left(8).toLower() + u'_';
}

QList<RoleDef> rolesWithPrefix(const Catalog &catalog, const QString &prefix)
{
    QList<RoleDef> roles;
    for (const RoleDef &role : catalog.roles) {
        if (role.name.startsWith(prefix))
            roles << role;
    }
    return roles;
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

QStringList sqlOf(const QList<DdlStatement> &statements)
{
    QStringList sql;
    for (const DdlStatement &statement : statements)
        sql << statement.sql;
    return sql;
}

// Drops the roles read, recreates them from DdlWriter's statements, reads
// them again (and drops them for good): true when the second read equals the first.
bool replayedEqually(QSqlDatabase &db, Dialect dialect, const QList<RoleDef> &read,
                     const QStringList &drops, const QString &prefix, const QString &schema,
                     QString *error)
{
    DdlWriter writer(dialect, DdlOptions{dialect});
    const QStringList statements = sqlOf(writer.createRoles(read));
    if (!execAll(db, drops, error))
        return false;
    const bool replayed = execAll(db, statements, error);
    CatalogReadOptions options;
    options.roles = true;
    options.schemas = {schema};
    const std::optional<Catalog> again =
        replayed ? CatalogReader::read(db, options, error) : std::nullopt;
    QString cleanup;
    if (!execAll(db, drops, &cleanup))
        qWarning("%s", qPrintable(cleanup));
    if (!again)
        return false;
    if (rolesWithPrefix(*again, prefix) != read) {
        *error = u"the roles read back differ from the roles read first"_s;
        return false;
    }
    return true;
}

} // namespace

class tst_CatalogRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void postgres();
    void mariadb();
    void sqliteHasNone();
    void fullImport();

private:
    QSqlDatabase open(const QString &driver, const QString &prefix);

    QStringList m_connections;
    QStringList m_cleanup;
    QString m_cleanupConnection;
};

void tst_CatalogRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CatalogRoles::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase tst_CatalogRoles::open(const QString &driver, const QString &prefix)
{
    const QString connection = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections << connection;
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
    db.setHostName(qEnvironmentVariable(qPrintable(prefix + u"HOST"_s)));
    db.setPort(qEnvironmentVariable(qPrintable(prefix + u"PORT"_s)).toInt());
    db.setUserName(qEnvironmentVariable(qPrintable(prefix + u"USER"_s)));
    db.setPassword(qEnvironmentVariable(qPrintable(prefix + u"PASSWORD"_s)));
    db.setDatabaseName(qEnvironmentVariable(qPrintable(prefix + u"DB"_s)));
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

void tst_CatalogRoles::postgres()
{
    if (qEnvironmentVariableIsEmpty("SLUICE_TEST_PG_HOST"))
        QFAIL("SLUICE_TEST_PG_* is not set: the postgres test fixture did not start");
    QSqlDatabase db = open(u"QPSQL"_s, u"SLUICE_TEST_PG_"_s);
    QVERIFY(db.isOpen());
    const QString p = uniquePrefix();
    const QString reader = p + u"reader"_s;
    const QString alice = p + u"alice"_s;
    const QStringList drops{u"DROP ROLE IF EXISTS "_s + alice, u"DROP ROLE IF EXISTS "_s + reader};
    QString error;
    QVERIFY2(
        execAll(db,
                {u"CREATE ROLE "_s + reader + u" NOINHERIT"_s,
                 u"COMMENT ON ROLE "_s + reader + u" IS 'Reads reports'"_s,
                 u"CREATE ROLE "_s + alice +
                     u" LOGIN CREATEDB CONNECTION LIMIT 3 VALID UNTIL '2031-01-01 00:00:00+00'"_s,
                 u"GRANT "_s + reader + u" TO "_s + alice + u" WITH ADMIN OPTION"_s},
                &error),
        qPrintable(error));

    const QString empty = p + u"empty"_s;
    QVERIFY2(execAll(db, {u"CREATE SCHEMA "_s + empty}, &error), qPrintable(error));
    const auto dropEmpty = qScopeGuard([&] {
        QString ignored;
        (void)execAll(db, {u"DROP SCHEMA IF EXISTS "_s + empty}, &ignored);
    });
    CatalogReadOptions options;
    options.roles = true;
    // Roles are global; an empty schema of this test's own keeps the read away from
    // the objects other tests create and drop on the same server meanwhile.
    options.schemas = {empty};
    std::optional<Catalog> catalog = CatalogReader::read(db, options, &error);
    QVERIFY2(catalog, qPrintable(error));
    const QList<RoleDef> read = rolesWithPrefix(*catalog, p);
    QCOMPARE(read.size(), 2);
    const RoleDef &a = read.at(0);
    QCOMPARE(a.name, alice);
    QVERIFY(a.canLogin && a.createDb && !a.superuser && a.inherit);
    QCOMPARE(a.connectionLimit, 3);
    QVERIFY2(a.validUntil.startsWith(u"2031-01-01"_s), qPrintable(a.validUntil));
    QCOMPARE(a.memberOf, QStringList{reader});
    QCOMPARE(a.adminOf, QStringList{reader});
    const RoleDef &r = read.at(1);
    QVERIFY(!r.canLogin && !r.inherit);
    QCOMPARE(r.comment, u"Reads reports"_s);
    // The bootstrap superuser is every cluster's own, as SYS is Oracle's.
    QSqlQuery bootstrap(db);
    QVERIFY(bootstrap.exec(u"SELECT rolname FROM pg_roles WHERE oid = 10"_s) && bootstrap.next());
    const QString superuser = bootstrap.value(0).toString();
    QVERIFY(std::none_of(catalog->roles.cbegin(), catalog->roles.cend(),
                         [&](const RoleDef &role) { return role.name == superuser; }));

    QVERIFY2(replayedEqually(db, Dialect::PostgreSQL, read, drops, p, empty, &error),
             qPrintable(error));
}

void tst_CatalogRoles::mariadb()
{
    if (qEnvironmentVariableIsEmpty("SLUICE_TEST_MARIADB_HOST"))
        QFAIL("SLUICE_TEST_MARIADB_* is not set: the mariadb test fixture did not start");
    QSqlDatabase db = open(u"QMYSQL"_s, u"SLUICE_TEST_MARIADB_"_s);
    QVERIFY(db.isOpen());
    const QString p = uniquePrefix();
    const QString role = p + u"reporting"_s;
    const QString bob = u"'"_s + p + u"bob'@'10.%'"_s;
    const QStringList drops{u"DROP USER IF EXISTS "_s + bob, u"DROP ROLE IF EXISTS "_s + role};
    QString error;
    QVERIFY2(execAll(db,
                     {u"CREATE ROLE "_s + role, u"GRANT SHOW DATABASES ON *.* TO "_s + role,
                      u"CREATE USER "_s + bob + u" WITH MAX_USER_CONNECTIONS 4"_s,
                      u"GRANT PROCESS, RELOAD ON *.* TO "_s + bob + u" WITH GRANT OPTION"_s,
                      u"GRANT "_s + role + u" TO "_s + bob,
                      u"SET DEFAULT ROLE "_s + role + u" FOR "_s + bob},
                     &error),
             qPrintable(error));

    const QString empty = p + u"empty"_s;
    QVERIFY2(execAll(db, {u"CREATE DATABASE "_s + empty}, &error), qPrintable(error));
    const auto dropEmpty = qScopeGuard([&] {
        QString ignored;
        (void)execAll(db, {u"DROP DATABASE IF EXISTS "_s + empty}, &ignored);
    });
    CatalogReadOptions options;
    options.roles = true;
    options.schemas = {empty}; // as for PostgreSQL: away from other tests' databases
    std::optional<Catalog> catalog = CatalogReader::read(db, options, &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY(std::none_of(catalog->roles.cbegin(), catalog->roles.cend(),
                         [](const RoleDef &r) { return r.name == u"root"; }));
    const QList<RoleDef> read = rolesWithPrefix(*catalog, p);
    QCOMPARE(read.size(), 2);
    const RoleDef &r = read.at(0);
    QCOMPARE(r.name, role);
    QVERIFY(!r.canLogin && r.host.isEmpty());
    QCOMPARE(r.privileges, QStringList{u"SHOW DATABASES"_s});
    const RoleDef &b = read.at(1);
    QCOMPARE(b.host, u"10.%"_s);
    QVERIFY(b.canLogin && b.grantOption);
    QCOMPARE(b.connectionLimit, 4);
    QCOMPARE(b.privileges, (QStringList{u"RELOAD"_s, u"PROCESS"_s}));
    QCOMPARE(b.memberOf, QStringList{role});
    QCOMPARE(b.defaultRole, role);

    QVERIFY2(replayedEqually(db, Dialect::MariaDB, read, drops, p, empty, &error),
             qPrintable(error));
}

void tst_CatalogRoles::sqliteHasNone()
{
    const QString connection = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections << connection;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY(db.open());
    CatalogReadOptions options;
    options.roles = true;
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(db, options, &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY(catalog->roles.isEmpty());
    for (const QString &type : {u"USER"_s, u"ROLE"_s, u"ROLE_GRANT"_s}) {
        CatalogObjectFilter filter(Dialect::SQLite, ObjectPathRoot::Database);
        QVERIFY(!filter.prepare(*catalog, {ObjectFilter{type, std::nullopt}}, {}));
        QVERIFY2(filter.errorString().startsWith(
                     u"Object path %1 was not found. SQLite has no "_s.arg(type)),
                 qPrintable(filter.errorString()));
    }
}

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run sluiceCli(const QString &home, const QStringList &arguments,
              const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SLUICE_HOME"_s, home);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s, arguments);
    Run run;
    if (!process.waitForFinished(180000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace

// FULL=YES through sluice-cli: the SQL file of a network import creates the
// users and roles before anything else, and a real import into the same
// cluster, where they all exist, keeps them and says so.
void tst_CatalogRoles::fullImport()
{
    if (qEnvironmentVariableIsEmpty("SLUICE_TEST_PG_HOST"))
        QFAIL("SLUICE_TEST_PG_* is not set: the postgres test fixture did not start");
    QSqlDatabase admin = open(u"QPSQL"_s, u"SLUICE_TEST_PG_"_s);
    QVERIFY(admin.isOpen());
    const QString p = uniquePrefix();
    const QString source = p + u"src"_s;
    const QString target = p + u"dst"_s;
    const QString reader = p + u"reader"_s;
    const QString alice = p + u"alice"_s;
    QString error;
    QVERIFY2(execAll(admin,
                     {u"CREATE DATABASE "_s + source, u"CREATE DATABASE "_s + target,
                      u"CREATE ROLE "_s + reader, u"CREATE ROLE "_s + alice + u" LOGIN"_s,
                      u"GRANT "_s + reader + u" TO "_s + alice},
                     &error),
             qPrintable(error));
    const QStringList drops{u"DROP DATABASE IF EXISTS "_s + source,
                            u"DROP DATABASE IF EXISTS "_s + target,
                            u"DROP ROLE IF EXISTS "_s + alice, u"DROP ROLE IF EXISTS "_s + reader};
    auto cleanup = qScopeGuard([&] {
        QString ignored;
        if (!execAll(admin, drops, &ignored))
            qWarning("%s", qPrintable(ignored));
    });

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString url = u"postgresql://%1@%2:%3/"_s.arg(
        qEnvironmentVariable("SLUICE_TEST_PG_USER"), qEnvironmentVariable("SLUICE_TEST_PG_HOST"),
        qEnvironmentVariable("SLUICE_TEST_PG_PORT"));
    QProcessEnvironment passwords;
    for (const QString &name : {u"RSRC"_s, u"RDST"_s})
        passwords.insert(u"SLUICE_PASSWORD_"_s + name,
                         qEnvironmentVariable("SLUICE_TEST_PG_PASSWORD"));
    for (const auto &[name, database] :
         {std::pair{u"rsrc"_s, source}, std::pair{u"rdst"_s, target}}) {
        const Run add = sluiceCli(home.path(), {u"connection"_s, u"add"_s, name, url + database});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out));
    }

    Run run = sluiceCli(home.path(),
                        {u"import"_s, u"NETWORK_LINK=rsrc"_s, u"FULL=YES"_s, u"SQLFILE=full.sql"_s,
                         u"TARGET_DIALECT=postgresql"_s},
                        passwords);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(alice + u": passwords are not exported"_s), qPrintable(run.out));
    QFile file(home.path() + u"/data/dpdump/full.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(file.readAll());
    const qsizetype createAlice = sql.indexOf(u"CREATE ROLE "_s + alice + u" WITH LOGIN;"_s);
    const qsizetype createReader = sql.indexOf(u"CREATE ROLE "_s + reader + u';');
    const qsizetype grant = sql.indexOf(u"GRANT "_s + reader + u" TO "_s + alice + u';');
    QVERIFY2(createAlice >= 0 && createReader >= 0 && grant >= 0, qPrintable(sql));
    QVERIFY(createAlice < grant && createReader < grant);

    // Through a dump: the export's EXCLUDE=ROLE_GRANT keeps the roles, not the grant.
    run = sluiceCli(
        home.path(),
        {u"export"_s, u"rsrc"_s, u"FULL=YES"_s, u"DUMPFILE=full.dmp"_s, u"EXCLUDE=ROLE_GRANT"_s},
        passwords);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    run = sluiceCli(home.path(), {u"import"_s, u"DUMPFILE=full.dmp"_s, u"FULL=YES"_s,
                                  u"SQLFILE=fromdump.sql"_s, u"TARGET_DIALECT=postgresql"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QFile fromDump(home.path() + u"/data/dpdump/fromdump.sql"_s);
    QVERIFY(fromDump.open(QIODevice::ReadOnly));
    const QString dumped = QString::fromUtf8(fromDump.readAll());
    QVERIFY2(dumped.contains(u"CREATE ROLE "_s + alice + u" WITH LOGIN;"_s), qPrintable(dumped));
    QVERIFY2(!dumped.contains(u"GRANT "_s + reader), qPrintable(dumped));

    // SCHEMAS mode never creates roles.
    run = sluiceCli(home.path(),
                    {u"import"_s, u"NETWORK_LINK=rsrc"_s, u"SCHEMAS=public"_s,
                     u"SQLFILE=schemas.sql"_s, u"TARGET_DIALECT=postgresql"_s},
                    passwords);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QFile schemas(home.path() + u"/data/dpdump/schemas.sql"_s);
    QVERIFY(schemas.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(schemas.readAll()).contains(u"CREATE ROLE"_s));

    run = sluiceCli(home.path(), {u"import"_s, u"rdst"_s, u"NETWORK_LINK=rsrc"_s, u"FULL=YES"_s},
                    passwords);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(u"User "_s + alice + u" exists and is kept"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Role "_s + reader + u" exists and is kept"_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(tst_CatalogRoles)
#include "tst_catalogroles.moc"
