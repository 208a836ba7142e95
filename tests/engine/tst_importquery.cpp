// QUERY on dump imports and MariaDB's foreign-key phase, without a server: the
// statements QueryFilterLoader and ForeignKeyLoader build for each engine, the staging
// load on SQLite in process (rows kept, a bad clause loads nothing), and a SQLite dump
// import with QUERY through sluice-cli (counts in the log and the verification).
#include "engine/catalog/ddlwriter.h"
#include "engine/catalog/tabledef.h"
#include "engine/data/datasession.h"
#include "engine/data/tablewriter.h"
#include "engine/importjob/foreignkeyloader.h"
#include "engine/importjob/queryfilterloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

ColumnDef column(const QString &name, const QString &type, const QString &generated = {})
{
    ColumnDef def;
    def.name = name;
    def.type = DataType::parse(type);
    def.generatedExpression = generated;
    return def;
}

TableDef employees(const QString &schema)
{
    TableDef table;
    table.schema = schema;
    table.name = u"emp"_s;
    table.columns = {column(u"id"_s, u"integer"_s), column(u"dept"_s, u"integer"_s),
                     column(u"name"_s, u"text"_s), column(u"label"_s, u"text"_s, u"upper(name)"_s)};
    return table;
}

ConstraintDef foreignKey(const QString &name, const QStringList &columns,
                         const QString &parentSchema, const QString &parent,
                         const QStringList &parentColumns)
{
    ConstraintDef key;
    key.name = name;
    key.type = ConstraintType::ForeignKey;
    key.columns = columns;
    key.referencedSchema = parentSchema;
    key.referencedTable = parent;
    key.referencedColumns = parentColumns;
    return key;
}

} // namespace

class TestImportQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stagingStatements_data();
    void stagingStatements();
    void orphanQueries_data();
    void orphanQueries();
    void foreignKeyStatements();
    void sqliteStaging_data();
    void sqliteStaging();
    void sqliteDumpImport();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
    };
    Run cli(const QStringList &arguments);
    qint64 count(const QString &file, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_cli;
};

void TestImportQuery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("SLUICE_HOME", m_home->path().toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    m_cli = qEnvironmentVariable("SLUICE_BIN_DIR") + u"/sluice-cli"_s;
}

void TestImportQuery::stagingStatements_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("create");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<QString>("drop");
    QTest::newRow("postgresql")
        << Dialect::PostgreSQL << u"hr"_s
        << u"CREATE TEMPORARY TABLE stg (LIKE hr.emp INCLUDING DEFAULTS INCLUDING GENERATED) "
           "ON COMMIT DROP"_s
        << u"INSERT INTO hr.emp (id, dept, name) OVERRIDING SYSTEM VALUE SELECT id, dept, name "
           "FROM pg_temp.stg WHERE (dept = 10 AND name <> 'x')"_s
        << u"DROP TABLE IF EXISTS pg_temp.stg"_s;
    QTest::newRow("mariadb")
        << Dialect::MariaDB << u"hr"_s << u"CREATE TEMPORARY TABLE `hr`.`stg` LIKE `hr`.`emp`"_s
        << u"INSERT INTO `hr`.`emp` (`id`, `dept`, `name`) SELECT `id`, `dept`, `name` FROM "
           "`hr`.`stg` WHERE (dept = 10 AND name <> 'x')"_s
        << u"DROP TEMPORARY TABLE IF EXISTS `hr`.`stg`"_s;
    QTest::newRow("sqlite") << Dialect::SQLite << u"main"_s
                            << u"CREATE TEMP TABLE stg AS SELECT * FROM emp WHERE 0"_s
                            << u"INSERT INTO emp (id, dept, name) SELECT id, dept, name FROM "
                               "\"temp\".stg WHERE (dept = 10 AND name <> 'x')"_s
                            << u"DROP TABLE IF EXISTS \"temp\".stg"_s;
}

// The staging table has the target's columns; the INSERT moves the data columns (not
// the generated one) of the rows the clause keeps; WHERE and ORDER BY are dropped.
void TestImportQuery::stagingStatements()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, schema);
    const TableDef target = employees(schema);
    const TableDef staging = QueryFilterLoader::stagingTable(dialect, target, u"stg"_s);
    QFETCH(QString, create);
    QFETCH(QString, insert);
    QFETCH(QString, drop);
    QCOMPARE(QueryFilterLoader::createStaging(dialect, target, staging), create);
    QCOMPARE(QueryFilterLoader::insertKept(dialect, target, staging,
                                           u"  where dept = 10 AND name <> 'x' ORDER BY id"_s),
             insert);
    QCOMPARE(QueryFilterLoader::dropStaging(dialect, staging), drop);
}

void TestImportQuery::orphanQueries_data()
{
    QTest::addColumn<ConstraintDef>("key");
    QTest::addColumn<QString>("select");
    QTest::addColumn<QString>("count");
    QTest::newRow("one column, same schema")
        << foreignKey(u"fk_dept"_s, {u"dept"_s}, {}, u"dept"_s, {u"id"_s})
        << u"SELECT DISTINCT c.`dept` FROM `hr`.`emp` AS c LEFT JOIN `hr`.`dept` AS p ON "
           "p.`id` = c.`dept` WHERE c.`dept` IS NOT NULL AND p.`id` IS NULL LIMIT 5"_s
        << u"SELECT COUNT(*) FROM `hr`.`emp` AS c LEFT JOIN `hr`.`dept` AS p ON p.`id` = "
           "c.`dept` WHERE c.`dept` IS NOT NULL AND p.`id` IS NULL"_s;
    // MATCH SIMPLE: a row with any NULL key column is not checked.
    QTest::newRow("two columns, other schema")
        << foreignKey(u"fk_pair"_s, {u"dept"_s, u"name"_s}, u"ref"_s, u"pairs"_s, {u"a"_s, u"b"_s})
        << u"SELECT DISTINCT c.`dept`, c.`name` FROM `hr`.`emp` AS c LEFT JOIN `ref`.`pairs` "
           "AS p ON p.`a` = c.`dept` AND p.`b` = c.`name` WHERE c.`dept` IS NOT NULL AND "
           "c.`name` IS NOT NULL AND p.`a` IS NULL LIMIT 5"_s
        << u"SELECT COUNT(*) FROM `hr`.`emp` AS c LEFT JOIN `ref`.`pairs` AS p ON p.`a` = "
           "c.`dept` AND p.`b` = c.`name` WHERE c.`dept` IS NOT NULL AND c.`name` IS NOT NULL "
           "AND p.`a` IS NULL"_s;
    // Without the parent's columns there is nothing to join on: the server checks it.
    QTest::newRow("parent columns unknown")
        << foreignKey(u"fk_x"_s, {u"dept"_s}, {}, u"dept"_s, {}) << QString() << QString();
}

void TestImportQuery::orphanQueries()
{
    QFETCH(ConstraintDef, key);
    QFETCH(QString, select);
    QFETCH(QString, count);
    const TableDef table = employees(u"hr"_s);
    QCOMPARE(ForeignKeyLoader::orphanQuery(table, key, ForeignKeyLoader::kSampleSize), select);
    QCOMPARE(ForeignKeyLoader::orphanCount(table, key), count);
}

// Every key of a table in one ALTER TABLE, between saving and restoring the setting;
// a key without a check of its own is added alone, with the server's check.
void TestImportQuery::foreignKeyStatements()
{
    TableDef emp = employees(u"hr"_s);
    emp.constraints = {
        foreignKey(u"fk_dept"_s, {u"dept"_s}, {}, u"dept"_s, {u"id"_s}),
        foreignKey(u"fk_pair"_s, {u"dept"_s, u"name"_s}, {}, u"pairs"_s, {u"a"_s, u"b"_s}),
        foreignKey(u"fk_x"_s, {u"dept"_s}, {}, u"other"_s, {})};
    TableDef pairs;
    pairs.schema = u"hr"_s;
    pairs.name = u"pairs"_s;
    pairs.columns = {column(u"a"_s, u"integer"_s), column(u"b"_s, u"text"_s)};
    pairs.constraints = {foreignKey(u"fk_a"_s, {u"a"_s}, {}, u"dept"_s, {u"id"_s})};
    DdlOptions options;
    options.target = Dialect::MariaDB;
    DdlWriter ddl(Dialect::MariaDB, options);
    const QList<ForeignKeyLoader::Key> keys =
        ForeignKeyLoader::keysOf(ddl, emp) + ForeignKeyLoader::keysOf(ddl, pairs);
    QCOMPARE(keys.size(), 4);
    const QStringList statements = ForeignKeyLoader::statements(keys);
    QCOMPARE(statements.size(), 6);
    QCOMPARE(statements.at(0), u"SET @sluice_foreign_key_checks = @@foreign_key_checks"_s);
    QCOMPARE(statements.at(1), u"SET foreign_key_checks = 0"_s);
    QVERIFY2(statements.at(2).startsWith(u"ALTER TABLE `hr`.`emp` ADD CONSTRAINT `fk_dept` "
                                         "FOREIGN KEY (`dept`) REFERENCES "_s),
             qPrintable(statements.at(2)));
    QCOMPARE(statements.at(2).count(u"ADD CONSTRAINT"_s), 2);
    QVERIFY(
        statements.at(2).contains(u", ADD CONSTRAINT `fk_pair` FOREIGN KEY (`dept`, `name`)"_s));
    QVERIFY2(statements.at(3).startsWith(u"ALTER TABLE `hr`.`pairs` ADD CONSTRAINT `fk_a`"_s),
             qPrintable(statements.at(3)));
    QCOMPARE(statements.at(4), u"SET foreign_key_checks = @sluice_foreign_key_checks"_s);
    QCOMPARE(statements.at(5), keys.at(2).ddl.sql);
    const QJsonObject payload = ForeignKeyLoader::payload(keys);
    QCOMPARE(payload.value(u"type").toString(), u"foreignkeys"_s);
    QCOMPARE(payload.value(u"tables").toArray().size(), 2);
    QCOMPARE(payload.value(u"tables").toArray().at(0).toObject().value(u"keys").toArray().size(),
             3);
}

void TestImportQuery::sqliteStaging_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("kept");
    QTest::newRow("keeps some") << u"WHERE dept = 10"_s << true << qint64(2);
    QTest::newRow("keeps none") << u"dept > 99"_s << true << qint64(0);
    QTest::newRow("column that does not exist") << u"WHERE nosuch = 1"_s << false << qint64(0);
}

// The staging load on SQLite in process: the rows the clause keeps, and nothing at all
// when the clause cannot run; the staging table is gone either way.
void TestImportQuery::sqliteStaging()
{
    QFETCH(QString, clause);
    QFETCH(bool, ok);
    QFETCH(qint64, kept);
    const QString name = u"sluice.test.importquery."_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_home->filePath(name + u".db"_s));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(DataSession::prepare(db, Dialect::SQLite, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE emp (id INTEGER PRIMARY KEY, dept INTEGER, name TEXT, "
                           "label TEXT GENERATED ALWAYS AS (upper(name)))"_s));
        TableDef target = employees(u"main"_s);
        std::unique_ptr<TableWriter> writer = TableWriter::create(Dialect::SQLite);
        QueryFilterLoader loader(*writer, Dialect::SQLite, clause);
        WriteRequest request;
        request.table = target;
        const QByteArray rows = "1\t10\tada\n2\t20\tbob\n3\t10\tcy\n4\t\\N\tdee\n";
        const WriteResult result = loader.write(db, request, WriteRequest::sourceOf(rows));
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.rows, kept);
        if (!ok) {
            QVERIFY2(result.errorString.contains(clause), qPrintable(result.errorString));
            QVERIFY2(result.errorString.contains(u"\"main\".\"emp\""_s),
                     qPrintable(result.errorString));
        }
        QVERIFY(query.exec(u"SELECT COUNT(*), COUNT(label) FROM emp"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), kept);
        QCOMPARE(query.value(1).toLongLong(), kept);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM temp.sqlite_master"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY2(db.isOpen() && query.exec(u"BEGIN"_s), "no transaction was left open");
        QVERIFY(query.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
}

TestImportQuery::Run TestImportQuery::cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
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
    run.out = QString::fromUtf8(process.readAll());
    return run;
}

qint64 TestImportQuery::count(const QString &file, const QString &sql)
{
    const QString name = u"sluice.test.importquery."_s + QUuid::createUuid().toString();
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            result = query.value(0).toLongLong();
        else
            qWarning() << sql << query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The HR sample exported from SQLite and imported with QUERY: only the employees the
// clause keeps, the log's and the verification's counts are those rows, and a clause
// on a column that does not exist loads none of the table (exit 5).
void TestImportQuery::sqliteDumpImport()
{
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"sluice-cli not found at "_s + m_cli));
    const Run sample = cli({u"sample"_s});
    QCOMPARE(sample.exitCode, 0);
    const QString hr = sample.out.trimmed();
    QVERIFY(QDir().mkpath(m_home->path() + u"/data/dpdump"_s));
    Run run = cli({u"export"_s, u"sqlite://"_s + hr, u"DUMPFILE=hrq.dmp"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    const qint64 expected = count(hr, u"SELECT COUNT(*) FROM employees WHERE salary >= 10000"_s);
    QVERIFY(expected > 0 && expected < count(hr, u"SELECT COUNT(*) FROM employees"_s));

    const QString target = m_home->filePath(u"hrq.db"_s);
    run = cli({u"import"_s, u"sqlite://"_s + target + u"?create=yes"_s, u"DUMPFILE=hrq.dmp"_s,
               u"QUERY=employees:\"WHERE salary >= 10000\""_s, u"VERIFY=CHECKSUM"_s,
               u"LOGFILE=hrq.log"_s});
    QFile logFile(m_home->path() + u"/data/dpdump/hrq.log"_s);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(logFile.readAll());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + log));
    QCOMPARE(count(target, u"SELECT COUNT(*) FROM employees"_s), expected);
    QCOMPARE(count(target, u"SELECT COUNT(*) FROM employees WHERE salary < 10000"_s), 0);
    QCOMPARE(count(target, u"SELECT COUNT(*) FROM regions"_s), 4);
    QVERIFY2(log.contains(u"verified \"main\".\"employees\" %1 rows"_s.arg(expected)),
             qPrintable(log));
    QVERIFY2(log.contains(QRegularExpression(
                 u"imported \"main\".\"employees\"\\s.*\\b%1 rows"_s.arg(expected))),
             qPrintable(log));

    const QString bad = m_home->filePath(u"hrbad.db"_s);
    run = cli({u"import"_s, u"sqlite://"_s + bad + u"?create=yes"_s, u"DUMPFILE=hrq.dmp"_s,
               u"QUERY=employees:\"WHERE nosuch > 1\""_s, u"LOGFILE=hrbad.log"_s});
    QCOMPARE(run.exitCode, 5);
    QFile badLog(m_home->path() + u"/data/dpdump/hrbad.log"_s);
    QVERIFY(badLog.open(QIODevice::ReadOnly));
    const QString badText = QString::fromUtf8(badLog.readAll());
    QVERIFY2(badText.contains(
                 u"QUERY \"WHERE nosuch > 1\" cannot be applied to \"main\".\"employees\""_s),
             qPrintable(badText));
    QCOMPARE(count(bad, u"SELECT COUNT(*) FROM employees"_s), 0);
    QCOMPARE(count(bad, u"SELECT COUNT(*) FROM regions"_s), 4);
}

QTEST_GUILESS_MAIN(TestImportQuery)
#include "tst_importquery.moc"
