// Import features against the test servers, end to end through sluice-cli:
// MariaDB foreign keys checked first and added in one in-place ALTER TABLE per table
// (a valid dump gets every key as the source has it, a key the data breaks is reported
// with exit code 5 while the others are created, TRUNCATE drops and re-adds the keys
// the same way, SQLFILE shows the statements, a restarted key item adds only the keys
// still missing), and QUERY on dump imports into
// PostgreSQL and MariaDB (the rows kept, their counts verified, a clause naming a
// column that does not exist fails with nothing loaded).
#include "testservers.h"

#include "engine/catalog/catalogreader.h"
#include "engine/catalog/ddlwriter.h"
#include "engine/importjob/foreignkeyloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

class TestImportFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mariadbForeignKeys();
    void mariadbForeignKeySqlFile();
    void mariadbForeignKeyRerun();
    void queryOnDumpImport_data();
    void queryOnDumpImport();

private:
    Run cli(const QString &engine, const QStringList &arguments);
    QString url(const QString &engine) const;
    bool exec(const QString &engine, const QString &sql);
    QVariant scalar(const QString &engine, const QString &sql);
    // "name: columns -> table(columns)" of every foreign key of a MariaDB database.
    QStringList mariadbKeys(const QString &database);
    QString readLog(const QString &name) const;

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_home;
    sluicetest::Server m_pg;
    sluicetest::Server m_maria;
    QString m_pgConnection;
    QString m_mariaConnection;
    QStringList m_pgSchemas;
    QStringList m_mariaDatabases;
    QString m_fkSource; // the MariaDB database with the valid keys' data
};

void TestImportFeatures::initTestCase()
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
    QVERIFY(QDir().mkpath(m_home->path() + u"/data/dpdump"_s));
    for (const auto &[name, driver, env] : {std::tuple{&m_pgConnection, u"QPSQL"_s, m_pg},
                                            std::tuple{&m_mariaConnection, u"QMYSQL"_s, m_maria}}) {
        *name = unique(u"sluice.test.importfeatures."_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, *name);
        db.setHostName(env.host);
        db.setPort(env.port);
        db.setUserName(env.user);
        db.setPassword(env.password);
        db.setDatabaseName(env.database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
}

void TestImportFeatures::cleanupTestCase()
{
    for (const QString &schema : std::as_const(m_pgSchemas))
        exec(u"postgresql"_s, u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema));
    for (const QString &database : std::as_const(m_mariaDatabases))
        exec(u"mariadb"_s, u"DROP DATABASE IF EXISTS %1"_s.arg(database));
    for (const QString &name : {m_pgConnection, m_mariaConnection}) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString TestImportFeatures::url(const QString &engine) const
{
    const sluicetest::Server &env = engine == u"mariadb" ? m_maria : m_pg;
    return u"%1://%2@%3:%4/%5"_s.arg(engine, env.user, env.host).arg(env.port).arg(env.database);
}

Run TestImportFeatures::cli(const QString &engine, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SLUICE_PASSWORD"_s,
                       engine == u"mariadb" ? m_maria.password : m_pg.password);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted())
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAll());
    for (const QString &argument : arguments) {
        if (argument.startsWith(u"LOGFILE="_s))
            run.out += u"\n--- log file ---\n"_s + readLog(argument.mid(8));
    }
    return run;
}

QString TestImportFeatures::readLog(const QString &name) const
{
    QFile file(m_home->path() + u"/data/dpdump/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestImportFeatures::exec(const QString &engine, const QString &sql)
{
    QSqlQuery query(
        QSqlDatabase::database(engine == u"mariadb" ? m_mariaConnection : m_pgConnection, false));
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

QVariant TestImportFeatures::scalar(const QString &engine, const QString &sql)
{
    QSqlQuery query(
        QSqlDatabase::database(engine == u"mariadb" ? m_mariaConnection : m_pgConnection, false));
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

QStringList TestImportFeatures::mariadbKeys(const QString &database)
{
    QSqlQuery query(QSqlDatabase::database(m_mariaConnection, false));
    query.prepare(
        u"SELECT k.CONSTRAINT_NAME, k.TABLE_NAME, "
        "GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION), k.REFERENCED_TABLE_NAME, "
        "GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION), "
        "MAX(r.DELETE_RULE), MAX(r.UPDATE_RULE) "
        "FROM information_schema.KEY_COLUMN_USAGE k JOIN "
        "information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = "
        "k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
        "WHERE k.CONSTRAINT_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL "
        "GROUP BY k.CONSTRAINT_NAME, k.TABLE_NAME, k.REFERENCED_TABLE_NAME "
        "ORDER BY k.CONSTRAINT_NAME"_s);
    query.addBindValue(database);
    QStringList keys;
    // InnoDB records RESTRICT as NO ACTION when it adds a key in place (its synonym on
    // MariaDB: both are checked at once), so the two are compared as one.
    const auto rule = [](const QVariant &value) {
        return value.toString() == u"RESTRICT" ? u"NO ACTION"_s : value.toString();
    };
    if (!query.exec())
        qWarning() << query.lastError().text();
    while (query.next())
        keys << u"%1: %2(%3) -> %4(%5) ON DELETE %6 ON UPDATE %7"_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), rule(query.value(5)),
            rule(query.value(6)));
    return keys;
}

// A valid dump gets every key; a dump whose data breaks one key reports that key
// (exit 5) and still gets the others; TRUNCATE drops and re-adds the keys into the
// truncated tables through the same checks.
void TestImportFeatures::mariadbForeignKeys()
{
    const QString maria = u"mariadb"_s;
    m_fkSource = unique(u"fksrc"_s);
    m_mariaDatabases << m_fkSource;
    const QString s = m_fkSource;
    QVERIFY(exec(maria, u"CREATE DATABASE "_s + s));
    QVERIFY(exec(maria, u"CREATE TABLE %1.parent (id INT PRIMARY KEY, code VARCHAR(10) NOT "
                        "NULL, UNIQUE KEY uq_parent (id, code))"_s.arg(s)));
    QVERIFY(exec(maria, u"CREATE TABLE %1.other (id INT PRIMARY KEY)"_s.arg(s)));
    QVERIFY(
        exec(maria, u"CREATE TABLE %1.child (id INT PRIMARY KEY, parent_id INT NULL, other_id INT, "
                    "pcode VARCHAR(10) NULL, "
                    "CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) "
                    "ON DELETE CASCADE, "
                    "CONSTRAINT fk_child_other FOREIGN KEY (other_id) REFERENCES other (id), "
                    "CONSTRAINT fk_child_pair FOREIGN KEY (parent_id, pcode) REFERENCES "
                    "parent (id, code))"_s.arg(s)));
    QVERIFY(exec(maria, u"INSERT INTO %1.parent VALUES (1, 'a'), (2, 'b'), (3, 'c')"_s.arg(s)));
    QVERIFY(exec(maria, u"INSERT INTO %1.other VALUES (1), (2)"_s.arg(s)));
    // A NULL in a key column means no check (MATCH SIMPLE): (NULL, 'x') holds.
    QVERIFY(exec(maria, u"INSERT INTO %1.child VALUES (1, 1, 1, 'a'), (2, NULL, 2, NULL), "
                        "(3, 2, NULL, NULL), (4, NULL, 1, 'x')"_s.arg(s)));
    const QStringList sourceKeys = mariadbKeys(s);
    QCOMPARE(sourceKeys.size(), 3);
    Run run = cli(maria, {u"export"_s, url(maria), u"SCHEMAS="_s + s, u"DUMPFILE=fkvalid.dmp"_s,
                          u"LOGFILE=fkvalid_exp.log"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));

    const QString valid = unique(u"fkdst"_s);
    m_mariaDatabases << valid;
    run = cli(maria, {u"import"_s, url(maria), u"DUMPFILE=fkvalid.dmp"_s,
                      u"REMAP_SCHEMA=%1:%2"_s.arg(s, valid), u"LOGFILE=fkvalid_imp.log"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
    QCOMPARE(mariadbKeys(valid), sourceKeys);
    QCOMPARE(scalar(maria, u"SELECT COUNT(*) FROM %1.child"_s.arg(valid)).toInt(), 4);
    QVERIFY2(!run.out.contains(u"does not hold"_s), qPrintable(run.out.right(3000)));

    // TRUNCATE of the parents: the keys into them are dropped first and re-added after.
    run = cli(maria, {u"import"_s, url(maria), u"DUMPFILE=fkvalid.dmp"_s,
                      u"REMAP_SCHEMA=%1:%2"_s.arg(s, valid), u"TABLE_EXISTS_ACTION=TRUNCATE"_s,
                      u"LOGFILE=fktruncate_imp.log"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
    QCOMPARE(mariadbKeys(valid), sourceKeys);
    QCOMPARE(scalar(maria, u"SELECT COUNT(*) FROM %1.child"_s.arg(valid)).toInt(), 4);

    // An orphan row (parent 9 does not exist) breaks fk_child_parent only.
    const QString broken = unique(u"fkbad"_s);
    m_mariaDatabases << broken;
    {
        QSqlQuery query(QSqlDatabase::database(m_mariaConnection, false));
        QVERIFY(query.exec(u"SET foreign_key_checks = 0"_s));
        QVERIFY(query.exec(u"INSERT INTO %1.child VALUES (5, 9, 2, NULL)"_s.arg(s)));
        QVERIFY(query.exec(u"SET foreign_key_checks = 1"_s));
    }
    run = cli(maria, {u"export"_s, url(maria), u"SCHEMAS="_s + s, u"DUMPFILE=fkorphan.dmp"_s,
                      u"LOGFILE=fkorphan_exp.log"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
    run = cli(maria, {u"import"_s, url(maria), u"DUMPFILE=fkorphan.dmp"_s,
                      u"REMAP_SCHEMA=%1:%2"_s.arg(s, broken), u"LOGFILE=fkorphan_imp.log"_s});
    QVERIFY2(run.exitCode == 5, qPrintable(run.out.right(3000)));
    const QString log = readLog(u"fkorphan_imp.log"_s);
    for (const QString &expected :
         {u"Foreign key fk_child_parent of table \"%1\".\"child\" does not hold"_s.arg(broken),
          u"1 row(s) reference no row of \"%1\".\"parent\""_s.arg(broken), u"(parent_id) = 9"_s,
          u"Failing sql is:"_s,
          u"ALTER TABLE `%1`.`child` ADD CONSTRAINT `fk_child_parent`"_s.arg(broken)})
        QVERIFY2(log.contains(expected), qPrintable(expected + u"\n"_s + log.right(3000)));
    QStringList expectedKeys = sourceKeys;
    expectedKeys.removeIf([](const QString &key) { return key.startsWith(u"fk_child_parent:"); });
    QCOMPARE(mariadbKeys(broken), expectedKeys);
    QCOMPARE(scalar(maria, u"SELECT COUNT(*) FROM %1.child"_s.arg(broken)).toInt(), 5);
}

// SQLFILE writes what the import runs: the checks' setting saved and off, one ALTER
// TABLE with every key of the table, the setting restored.
void TestImportFeatures::mariadbForeignKeySqlFile()
{
    QVERIFY2(!m_fkSource.isEmpty(), "mariadbForeignKeys did not create the dump");
    const Run run = cli(u"mariadb"_s, {u"import"_s, u"DUMPFILE=fkvalid.dmp"_s,
                                       u"REMAP_SCHEMA=%1:sqlfile_db"_s.arg(m_fkSource),
                                       u"SQLFILE=fk.sql"_s, u"TARGET_DIALECT=mariadb"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
    QFile file(m_home->path() + u"/data/dpdump/fk.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(file.readAll());
    const qsizetype save = sql.indexOf(u"SET @sluice_foreign_key_checks = @@foreign_key_checks;"_s);
    const qsizetype off = sql.indexOf(u"SET foreign_key_checks = 0;"_s);
    const qsizetype alter = sql.indexOf(u"ALTER TABLE `sqlfile_db`.`child` ADD CONSTRAINT"_s);
    const qsizetype restore =
        sql.indexOf(u"SET foreign_key_checks = @sluice_foreign_key_checks;"_s);
    QVERIFY2(save >= 0 && save < off && off < alter && alter < restore, qPrintable(sql));
    const QString statement = sql.mid(alter, sql.indexOf(u';', alter) - alter);
    QCOMPARE(statement.count(u"ADD CONSTRAINT"_s), 3);
    QVERIFY(statement.contains(u"`fk_child_pair`"_s));
    QCOMPARE(sql.count(u"ADD CONSTRAINT `fk_child_parent`"_s), 1);
}

// A job killed while its foreign-key item ran is restarted with the item run again:
// keys an earlier attempt added (here: one table's) are kept, not added twice, the
// others are added, and a run after everything is in changes nothing.
void TestImportFeatures::mariadbForeignKeyRerun()
{
    using namespace sluice::engine;
    const QString maria = u"mariadb"_s;
    const QString s = unique(u"fkrerun"_s);
    m_mariaDatabases << s;
    QVERIFY(exec(maria, u"CREATE DATABASE "_s + s));
    QVERIFY(exec(maria, u"CREATE TABLE %1.parent (id INT PRIMARY KEY)"_s.arg(s)));
    for (const QString &child : {u"a"_s, u"b"_s})
        QVERIFY(exec(
            maria,
            u"CREATE TABLE %1.%2 (id INT PRIMARY KEY, parent_id INT, "
            "CONSTRAINT fk_%2 FOREIGN KEY (parent_id) REFERENCES parent (id))"_s.arg(s, child)));
    QVERIFY(exec(maria, u"INSERT INTO %1.parent VALUES (1), (2)"_s.arg(s)));
    QVERIFY(exec(maria, u"INSERT INTO %1.a VALUES (1, 1), (2, 2)"_s.arg(s)));
    QVERIFY(exec(maria, u"INSERT INTO %1.b VALUES (1, 2)"_s.arg(s)));
    QSqlDatabase db = QSqlDatabase::database(m_mariaConnection, false);
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(db, {{s}}, &error);
    QVERIFY2(catalog && catalog->schemas.size() == 1, qPrintable(error));
    DdlOptions options;
    options.target = Dialect::MariaDB;
    DdlWriter ddl(Dialect::MariaDB, options);
    QList<ForeignKeyLoader::Key> keys;
    for (const TableDef &table : catalog->schemas.constFirst().tables)
        keys += ForeignKeyLoader::keysOf(ddl, table);
    QCOMPARE(keys.size(), 2);
    // The import's state before the item: tables and rows, no keys; then the first
    // table's ALTER TABLE of a killed attempt.
    const QStringList all = mariadbKeys(s);
    QCOMPARE(all.size(), 2);
    QVERIFY(exec(maria, u"ALTER TABLE %1.b DROP FOREIGN KEY fk_b"_s.arg(s)));
    WorkItem item;
    item.schema = s;
    item.name = u"2 foreign key(s)"_s;
    item.payload = ForeignKeyLoader::payload(keys);
    for (int run = 1; run <= 2; ++run) {
        const WorkItemResult result = ForeignKeyLoader::run(db, item);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.result.value(u"statements"_s).toInt(), 2);
        QCOMPARE(mariadbKeys(s), all);
    }
}

void TestImportFeatures::queryOnDumpImport_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mariadb") << u"mariadb"_s;
}

// QUERY on a dump import keeps the rows the clause (target dialect, target columns)
// selects; the log, the master table's counts and VERIFY=COUNT use the rows kept. A
// clause naming a column that does not exist fails with the table and the clause
// named, and nothing of the table is loaded.
void TestImportFeatures::queryOnDumpImport()
{
    QFETCH(QString, engine);
    const bool maria = engine == u"mariadb";
    const QString source = unique(u"qsrc"_s);
    const QString kept = unique(u"qdst"_s);
    const QString bad = unique(u"qbad"_s);
    (maria ? m_mariaDatabases : m_pgSchemas) << source << kept << bad;
    QVERIFY(exec(engine, (maria ? u"CREATE DATABASE "_s : u"CREATE SCHEMA "_s) + source));
    QVERIFY(exec(engine, u"CREATE TABLE %1.items (id INT PRIMARY KEY, qty INT NOT NULL, "
                         "name VARCHAR(20))"_s.arg(source)));
    QVERIFY(exec(engine, u"CREATE TABLE %1.notes (id INT PRIMARY KEY)"_s.arg(source)));
    QString values;
    for (int i = 1; i <= 100; ++i)
        values += u"%1(%2, %3, 'item %2')"_s.arg(i == 1 ? u""_s : u", "_s).arg(i).arg(i % 10);
    QVERIFY(exec(engine, u"INSERT INTO %1.items VALUES "_s.arg(source) + values));
    QVERIFY(exec(engine, u"INSERT INTO %1.notes VALUES (1), (2)"_s.arg(source)));
    const QString dump = u"q_%1.dmp"_s.arg(engine);
    Run run = cli(engine, {u"export"_s, url(engine), u"SCHEMAS="_s + source, u"DUMPFILE="_s + dump,
                           u"LOGFILE=q_%1_exp.log"_s.arg(engine)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));

    run = cli(engine, {u"import"_s, url(engine), u"DUMPFILE="_s + dump,
                       u"REMAP_SCHEMA=%1:%2"_s.arg(source, kept),
                       u"QUERY=items:\"WHERE qty < 3 AND name LIKE 'item%'\""_s,
                       u"VERIFY=CHECKSUM"_s, u"LOGFILE=q_%1_imp.log"_s.arg(engine)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
    QCOMPARE(scalar(engine, u"SELECT COUNT(*) FROM %1.items"_s.arg(kept)).toInt(), 30);
    QCOMPARE(scalar(engine, u"SELECT MAX(qty) FROM %1.items"_s.arg(kept)).toInt(), 2);
    QCOMPARE(scalar(engine, u"SELECT COUNT(*) FROM %1.notes"_s.arg(kept)).toInt(), 2);
    const QString log = readLog(u"q_%1_imp.log"_s.arg(engine));
    const QString items = u"\"%1\".\"items\""_s.arg(kept);
    QVERIFY2(log.contains(QRegularExpression(u"imported "_s + QRegularExpression::escape(items) +
                                             u"\\s.*\\b30 rows"_s)),
             qPrintable(log));
    QVERIFY2(log.contains(u"verified %1 30 rows"_s.arg(items)), qPrintable(log));
    QVERIFY2(log.contains(u"verified \"%1\".\"notes\" 2 rows, checksum"_s.arg(kept)),
             qPrintable(log));

    // TRUNCATE: on PostgreSQL the table's chunks run in one transaction with the
    // TRUNCATE, and the staging load in a savepoint inside it.
    run = cli(engine, {u"import"_s, url(engine), u"DUMPFILE="_s + dump,
                       u"REMAP_SCHEMA=%1:%2"_s.arg(source, kept), u"TABLE_EXISTS_ACTION=TRUNCATE"_s,
                       u"QUERY=items:\"qty >= 5\""_s, u"LOGFILE=q_%1_trunc.log"_s.arg(engine)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out.right(3000)));
    QCOMPARE(scalar(engine, u"SELECT COUNT(*) FROM %1.items"_s.arg(kept)).toInt(), 50);
    QCOMPARE(scalar(engine, u"SELECT MIN(qty) FROM %1.items"_s.arg(kept)).toInt(), 5);
    QVERIFY2(readLog(u"q_%1_trunc.log"_s.arg(engine)).contains(u"verified %1 50 rows"_s.arg(items)),
             qPrintable(readLog(u"q_%1_trunc.log"_s.arg(engine))));

    run = cli(engine, {u"import"_s, url(engine), u"DUMPFILE="_s + dump,
                       u"REMAP_SCHEMA=%1:%2"_s.arg(source, bad), u"QUERY=items:\"nosuch < 3\""_s,
                       u"LOGFILE=q_%1_bad.log"_s.arg(engine)});
    QVERIFY2(run.exitCode == 5, qPrintable(run.out.right(3000)));
    const QString badLog = readLog(u"q_%1_bad.log"_s.arg(engine));
    QVERIFY2(
        badLog.contains(u"QUERY \"nosuch < 3\" cannot be applied to \"%1\".\"items\""_s.arg(bad)),
        qPrintable(badLog));
    QVERIFY2(badLog.contains(u"nosuch"_s), qPrintable(badLog));
    QCOMPARE(scalar(engine, u"SELECT COUNT(*) FROM %1.items"_s.arg(bad)).toInt(), 0);
    QCOMPARE(scalar(engine, u"SELECT COUNT(*) FROM %1.notes"_s.arg(bad)).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestImportFeatures)
#include "tst_importfeatures.moc"
