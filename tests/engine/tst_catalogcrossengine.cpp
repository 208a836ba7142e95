// Cross-engine DDL against real servers: a schema read from one engine is
// written by DdlWriter for another and executed on a fresh database there.
// HR: every table, key, index, view and sequence is created (the target's
// catalog read back matches the source's), and the warnings are exactly the
// lossy mappings of docs/type-mapping.md. The rich schemas: every statement
// runs, and whatever is not created is reported by a warning naming it.

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

Q_DECLARE_METATYPE(sluice::engine::Dialect)

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool run(const QString &program, const QStringList &arguments,
         const QProcessEnvironment &environment, QString *output, const QString &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!input.isEmpty())
        process.setStandardInputFile(input);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *output = program + u": "_s + QString::fromUtf8(process.readAllStandardError()) +
                  process.errorString();
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

QProcessEnvironment pgEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"PGHOST"_s, env("SLUICE_TEST_PG_HOST"));
    e.insert(u"PGPORT"_s, env("SLUICE_TEST_PG_PORT"));
    e.insert(u"PGUSER"_s, env("SLUICE_TEST_PG_USER"));
    e.insert(u"PGPASSWORD"_s, env("SLUICE_TEST_PG_PASSWORD"));
    return e;
}

QStringList mariadbArguments()
{
    return {u"--no-defaults"_s,
            u"-h"_s,
            env("SLUICE_TEST_MARIADB_HOST"),
            u"-P"_s,
            env("SLUICE_TEST_MARIADB_PORT"),
            u"-u"_s,
            env("SLUICE_TEST_MARIADB_USER")};
}

QProcessEnvironment mariadbEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"MYSQL_PWD"_s, env("SLUICE_TEST_MARIADB_PASSWORD"));
    return e;
}

QString sourceFile(Dialect dialect, const QString &sample)
{
    const QString root = env("SLUICE_SOURCE_DIR");
    const QString name = dialectName(dialect);
    return sample == u"hr" ? root + u"/resources/sample/hr-"_s + name + u".sql"_s
                           : root + u"/tests/data/catalog/rich-"_s + name + u".sql"_s;
}

// The schema each rich script creates (SQLite and MariaDB: the database).
QString sourceSchema(Dialect dialect, const QString &sample)
{
    if (dialect == Dialect::PostgreSQL)
        return sample == u"hr" ? u"hr"_s : u"shop"_s;
    return {};
}

// What the catalog shows of a table, modulo the documented mappings: the
// columns, the key, unique, foreign key and index columns.
QStringList shape(const TableDef &table)
{
    QStringList lines;
    QStringList columns;
    // A primary key column is NOT NULL on PostgreSQL and MariaDB, whatever
    // SQLite declared.
    const ConstraintDef *pk = table.primaryKey();
    for (const ColumnDef &c : table.columns)
        columns << c.name + (c.nullable && !(pk && pk->columns.contains(c.name)) ? QString()
                                                                                 : u" not null"_s);
    lines << table.name + u": "_s + columns.join(u", ");
    for (const ConstraintDef &c : table.constraints) {
        if (c.type == ConstraintType::PrimaryKey)
            lines << u"  primary key "_s + c.columns.join(u',');
        else if (c.type == ConstraintType::Unique)
            lines << u"  unique "_s + c.columns.join(u',');
        else if (c.type == ConstraintType::ForeignKey)
            lines << u"  foreign key %1 -> %2 (%3)"_s.arg(c.columns.join(u','), c.referencedTable,
                                                          c.referencedColumns.join(u','));
    }
    for (const IndexDef &index : table.indexes) {
        // InnoDB gives a foreign key without an index one of its own, named after it.
        const bool implicit = std::any_of(
            table.constraints.cbegin(), table.constraints.cend(),
            [&](const ConstraintDef &c) { return c.isForeignKey() && c.name == index.name; });
        if (implicit)
            continue;
        QStringList keys;
        for (const IndexKey &key : index.keys)
            keys << key.column;
        lines << u"  index "_s + index.name + u' ' + keys.join(u',');
    }
    lines.sort();
    return lines;
}

QStringList shape(const Catalog &catalog)
{
    QStringList lines;
    const SchemaDef &schema = catalog.schemas.first();
    QMap<QString, QStringList> tables; // engines list tables in different orders
    for (const TableDef &table : schema.tables)
        tables.insert(table.name, shape(table));
    for (const QStringList &table : std::as_const(tables))
        lines += table;
    for (const ViewDef &view : schema.views)
        lines << u"view "_s + view.name;
    return lines;
}

QString severityName(DdlWarning::Severity severity)
{
    switch (severity) {
    case DdlWarning::Severity::Choice:
        return u"choice"_s;
    case DdlWarning::Severity::Approximate:
        return u"approximate"_s;
    case DdlWarning::Severity::Lossy:
        return u"lossy"_s;
    case DdlWarning::Severity::Unsupported:
        return u"unsupported"_s;
    }
    return {};
}

} // namespace

class tst_CatalogCrossEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hr_data();
    void hr();
    void rich_data();
    void rich();

private:
    // Creates an empty database; returns its connection (open) and sets `schema`
    // to the schema the copy goes into.
    QSqlDatabase freshDatabase(Dialect dialect, QString *schema);
    QSqlDatabase loadSource(Dialect dialect, const QString &sample, QString *schema);
    QSqlDatabase open(Dialect dialect, const QString &database);
    void copy(Dialect source, Dialect target, const QString &sample, Catalog *sourceCatalog,
              Catalog *targetCatalog, QList<DdlStatement> *statements, QStringList *warnings);

    QTemporaryDir m_dir;
    QStringList m_pgDatabases;
    QStringList m_mariadbDatabases;
    QStringList m_connections;
};

void tst_CatalogCrossEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (env("SLUICE_TEST_PG_HOST").isEmpty())
        QFAIL("SLUICE_TEST_PG_* is not set: the postgres test fixture did not start");
    if (env("SLUICE_TEST_MARIADB_HOST").isEmpty())
        QFAIL("SLUICE_TEST_MARIADB_* is not set: the mariadb test fixture did not start");
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s) ||
        !QSqlDatabase::isDriverAvailable(u"QMYSQL"_s))
        QFAIL("The Qt PostgreSQL or MariaDB driver is not installed");
}

void tst_CatalogCrossEngine::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    QString output;
    for (const QString &db : std::as_const(m_pgDatabases)) {
        if (!run(u"dropdb"_s, {u"--if-exists"_s, db}, pgEnvironment(), &output))
            qWarning("%s", qPrintable(output));
    }
    for (const QString &db : std::as_const(m_mariadbDatabases)) {
        if (!run(u"mariadb"_s, mariadbArguments() << u"-e"_s << u"DROP DATABASE IF EXISTS "_s + db,
                 mariadbEnvironment(), &output))
            qWarning("%s", qPrintable(output));
    }
}

QSqlDatabase tst_CatalogCrossEngine::open(Dialect dialect, const QString &database)
{
    const QString name = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections << name;
    QSqlDatabase db = QSqlDatabase::addDatabase(qtDriverName(dialect), name);
    if (dialect == Dialect::PostgreSQL) {
        db.setHostName(env("SLUICE_TEST_PG_HOST"));
        db.setPort(env("SLUICE_TEST_PG_PORT").toInt());
        db.setUserName(env("SLUICE_TEST_PG_USER"));
        db.setPassword(env("SLUICE_TEST_PG_PASSWORD"));
    } else if (dialect == Dialect::MariaDB) {
        db.setHostName(env("SLUICE_TEST_MARIADB_HOST"));
        db.setPort(env("SLUICE_TEST_MARIADB_PORT").toInt());
        db.setUserName(env("SLUICE_TEST_MARIADB_USER"));
        db.setPassword(env("SLUICE_TEST_MARIADB_PASSWORD"));
    }
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

QSqlDatabase tst_CatalogCrossEngine::freshDatabase(Dialect dialect, QString *schema)
{
    const QString name = u"sluice_x_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString output;
    switch (dialect) {
    case Dialect::PostgreSQL:
        if (!run(u"createdb"_s, {name}, pgEnvironment(), &output)) {
            qWarning("%s", qPrintable(output));
            return {};
        }
        m_pgDatabases << name;
        *schema = u"hr"_s;
        return open(dialect, name);
    case Dialect::MariaDB:
        m_mariadbDatabases << name;
        *schema = name;
        return open(dialect, {});
    case Dialect::SQLite:
        *schema = u"main"_s;
        return open(dialect, m_dir.filePath(name + u".db"_s));
    }
    return {};
}

QSqlDatabase tst_CatalogCrossEngine::loadSource(Dialect dialect, const QString &sample,
                                                QString *schema)
{
    const QString script = sourceFile(dialect, sample);
    const QString name = u"sluice_x_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString output;
    bool ok = false;
    switch (dialect) {
    case Dialect::PostgreSQL:
        ok = run(u"createdb"_s, {name}, pgEnvironment(), &output);
        if (ok)
            m_pgDatabases << name;
        ok = ok &&
             run(u"psql"_s,
                 {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, name, u"-f"_s, script},
                 pgEnvironment(), &output);
        *schema = sourceSchema(dialect, sample);
        break;
    case Dialect::MariaDB:
        ok = run(u"mariadb"_s,
                 mariadbArguments() << u"-e"_s
                                    << u"CREATE DATABASE "_s + name +
                                           u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s,
                 mariadbEnvironment(), &output);
        if (ok)
            m_mariadbDatabases << name;
        ok = ok &&
             run(u"mariadb"_s, mariadbArguments() << name, mariadbEnvironment(), &output, script);
        *schema = name;
        break;
    case Dialect::SQLite: {
        const QString file = m_dir.filePath(name + u".db"_s);
        ok = run(u"sqlite3"_s, {u"-bail"_s, file, u".read "_s + script},
                 QProcessEnvironment::systemEnvironment(), &output);
        *schema = u"main"_s;
        if (ok)
            return open(dialect, file);
        break;
    }
    }
    if (!ok) {
        qWarning("%s", qPrintable(output));
        return {};
    }
    return open(dialect, dialect == Dialect::PostgreSQL ? name : *schema);
}

void tst_CatalogCrossEngine::copy(Dialect source, Dialect target, const QString &sample,
                                  Catalog *sourceCatalog, Catalog *targetCatalog,
                                  QList<DdlStatement> *statements, QStringList *warnings)
{
    QString fromSchema;
    QSqlDatabase from = loadSource(source, sample, &fromSchema);
    QVERIFY2(from.isOpen(), "the source database could not be loaded");
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(from, {{fromSchema}}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemas.size(), 1);
    *sourceCatalog = *catalog;

    QString toSchema;
    QSqlDatabase to = freshDatabase(target, &toSchema);
    QVERIFY(to.isOpen());
    DdlOptions options{target};
    options.schemaRenames.insert(fromSchema, toSchema);
    DdlWriter writer(source, options);
    *statements = writer.script(*catalog);
    for (const DdlWarning &w : writer.warnings())
        *warnings << severityName(w.severity) + u' ' +
                         (w.object.startsWith(fromSchema + u'.')
                              ? u"<schema>"_s + w.object.mid(fromSchema.size())
                              : w.object) +
                         u": "_s + w.message;
    QSqlQuery query(to);
    for (const DdlStatement &statement : std::as_const(*statements))
        QVERIFY2(query.exec(statement.sql),
                 qPrintable(statement.sql + u"\n=> "_s + query.lastError().text()));
    for (const SequenceDef &sequence : catalog->schemas.first().sequences) {
        const QString sql = writer.sequenceValue(sequence);
        if (!sequence.identity && !sql.isEmpty())
            QVERIFY2(query.exec(sql), qPrintable(sql + u"\n=> "_s + query.lastError().text()));
    }
    const std::optional<Catalog> created = CatalogReader::read(to, {{toSchema}}, &error);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(created->schemas.size(), 1);
    *targetCatalog = *created;
}

void tst_CatalogCrossEngine::hr_data()
{
    QTest::addColumn<Dialect>("source");
    QTest::addColumn<Dialect>("target");
    QTest::addColumn<QStringList>("warnings");

    const QStringList plsql{
        u"unsupported <schema>.add_job_history(IN p_emp_id integer, IN p_start_date date, IN p_end_date date, IN p_job_id character varying, IN p_department_id integer): PostgreSQL sql routines cannot be created on %1; not created"_s,
        u"unsupported <schema>.update_job_history(): PostgreSQL plpgsql routines cannot be created on %1; not created"_s,
        u"unsupported <schema>.update_job_history: trigger bodies are engine-specific; not created on %1"_s};
    QTest::newRow("postgresql to mariadb")
        << Dialect::PostgreSQL << Dialect::MariaDB
        << QStringList{plsql.at(0).arg(u"MariaDB"_s), plsql.at(1).arg(u"MariaDB"_s),
                       plsql.at(2).arg(u"MariaDB"_s)};
    QTest::newRow("postgresql to sqlite")
        << Dialect::PostgreSQL << Dialect::SQLite
        << QStringList{
               u"unsupported <schema>.departments_seq: SQLite has no sequences; the sequence is not created"_s,
               u"unsupported <schema>.employees_seq: SQLite has no sequences; the sequence is not created"_s,
               u"unsupported <schema>.locations_seq: SQLite has no sequences; the sequence is not created"_s,
               plsql.at(0).arg(u"SQLite"_s),
               plsql.at(1).arg(u"SQLite"_s),
               plsql.at(2).arg(u"SQLite"_s)};
    QTest::newRow("mariadb to postgresql")
        << Dialect::MariaDB << Dialect::PostgreSQL
        << QStringList{
               u"unsupported <schema>.add_job_history(p_emp_id INT, p_start_date DATE, p_end_date DATE,\n                                 p_job_id VARCHAR(10), p_department_id INT): MariaDB SQL routines cannot be created on PostgreSQL; not created"_s,
               u"unsupported <schema>.update_job_history: trigger bodies are engine-specific; not created on PostgreSQL"_s};
    QTest::newRow("mariadb to sqlite")
        << Dialect::MariaDB << Dialect::SQLite
        << QStringList{
               u"unsupported <schema>.departments_seq: SQLite has no sequences; the sequence is not created"_s,
               u"unsupported <schema>.employees_seq: SQLite has no sequences; the sequence is not created"_s,
               u"unsupported <schema>.locations_seq: SQLite has no sequences; the sequence is not created"_s,
               u"unsupported <schema>.add_job_history(p_emp_id INT, p_start_date DATE, p_end_date DATE,\n                                 p_job_id VARCHAR(10), p_department_id INT): MariaDB SQL routines cannot be created on SQLite; not created"_s,
               u"unsupported <schema>.update_job_history: trigger bodies are engine-specific; not created on SQLite"_s};
    QTest::newRow("sqlite to postgresql")
        << Dialect::SQLite << Dialect::PostgreSQL
        << QStringList{
               u"unsupported <schema>.update_job_history: trigger bodies are engine-specific; not created on PostgreSQL"_s};
    QTest::newRow("sqlite to mariadb")
        << Dialect::SQLite << Dialect::MariaDB
        << QStringList{
               u"approximate <schema>.departments.dept_mgr_fk: MariaDB checks foreign keys immediately; DEFERRABLE is dropped"_s,
               u"unsupported <schema>.update_job_history: trigger bodies are engine-specific; not created on MariaDB"_s};
}

void tst_CatalogCrossEngine::hr()
{
    QFETCH(Dialect, source);
    QFETCH(Dialect, target);
    QFETCH(QStringList, warnings);
    Catalog from;
    Catalog to;
    QList<DdlStatement> statements;
    QStringList actualWarnings;
    copy(source, target, u"hr"_s, &from, &to, &statements, &actualWarnings);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(to.schemas.first().tables.size(), 7);
    if (shape(to) != shape(from))
        qInfo("source:\n%s\ntarget:\n%s", qPrintable(shape(from).join(u'\n')),
              qPrintable(shape(to).join(u'\n')));
    QCOMPARE(shape(to), shape(from));
    if (source != Dialect::SQLite && target != Dialect::SQLite) {
        QStringList sequences;
        for (const SequenceDef &s : from.schemas.first().sequences)
            sequences << s.name;
        QStringList created;
        for (const SequenceDef &s : to.schemas.first().sequences)
            created << s.name;
        QCOMPARE(created, sequences);
    }
    if (actualWarnings != warnings)
        qInfo("warnings:\n%s", qPrintable(actualWarnings.join(u'\n')));
    QCOMPARE(actualWarnings, warnings);
}

void tst_CatalogCrossEngine::rich_data()
{
    QTest::addColumn<Dialect>("source");
    QTest::addColumn<Dialect>("target");
    const QList<Dialect> dialects{Dialect::PostgreSQL, Dialect::MariaDB, Dialect::SQLite};
    for (Dialect s : dialects) {
        for (Dialect t : dialects) {
            if (s != t)
                QTest::addRow("%s to %s", qPrintable(dialectName(s)), qPrintable(dialectName(t)))
                    << s << t;
        }
    }
}

// Every table is created; every index, view, routine, trigger and sequence is
// either created or named by a warning.
void tst_CatalogCrossEngine::rich()
{
    QFETCH(Dialect, source);
    QFETCH(Dialect, target);
    Catalog from;
    Catalog to;
    QList<DdlStatement> statements;
    QStringList warnings;
    copy(source, target, u"rich"_s, &from, &to, &statements, &warnings);
    if (QTest::currentTestFailed())
        return;
    const SchemaDef &schema = from.schemas.first();
    const SchemaDef &created = to.schemas.first();
    // Partitions are one table on another engine (a warning says so).
    qsizetype tables = 0;
    for (const TableDef &table : schema.tables)
        tables += table.partitionOf.isEmpty() ? 1 : 0;
    QCOMPARE(created.tables.size(), tables);
    auto reported = [&](const QString &object) {
        const QString prefix = u"<schema>."_s + object;
        for (const QString &w : std::as_const(warnings)) {
            const QString named = w.section(u": "_s, 0, 0).section(u' ', 1);
            if (named == prefix || named.startsWith(prefix + u'('))
                return true;
        }
        return false;
    };
    auto has = [&](ObjectKind kind, const QString &name) {
        for (const DdlStatement &s : std::as_const(statements)) {
            if (s.kind == kind && (s.name == name || s.name.startsWith(name + u'(')))
                return true;
        }
        return false;
    };
    for (const TableDef &table : schema.tables) {
        QVERIFY2(created.table(table.name) || !table.partitionOf.isEmpty(), qPrintable(table.name));
        for (const IndexDef &index : table.indexes)
            QVERIFY2(has(ObjectKind::Index, index.name) || reported(index.name),
                     qPrintable(u"index "_s + index.name + u" is neither created nor reported"_s));
        for (const TriggerDef &trigger : table.triggers)
            QVERIFY2(reported(trigger.name), qPrintable(trigger.name));
    }
    for (const ViewDef &view : schema.views) {
        const bool made = created.view(view.name) != nullptr;
        QVERIFY2(made || reported(view.name),
                 qPrintable(u"view "_s + view.name + u" is neither created nor reported"_s));
    }
    for (const RoutineDef &routine : schema.routines)
        QVERIFY2(reported(routine.name), qPrintable(routine.name));
    for (const SequenceDef &sequence : schema.sequences) {
        if (!sequence.identity)
            QVERIFY2(has(ObjectKind::Sequence, sequence.name) || reported(sequence.name),
                     qPrintable(sequence.name));
    }
    qInfo("%s", qPrintable(warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_CatalogCrossEngine)
#include "tst_catalogcrossengine.moc"
