// Import remaps without a server: every REMAP_DATA function on canonical values of
// each column type, the row remapper on COPY text, and REMAP_SCHEMA / REMAP_TABLE /
// REMAP_TABLESPACE on a catalog.
#include "engine/catalog/catalog.h"
#include "engine/importjob/catalogremapper.h"
#include "engine/importjob/remapdatafunction.h"
#include "engine/importjob/rowremapper.h"
#include "engine/params/jobspecparser.h"
#include "engine/params/remapfunction.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

const QByteArray kKey = "test-remap-key";

std::optional<RemapDataFunction> bind(const QString &call, const QString &type,
                                      QString *error = nullptr, const QByteArray &key = kKey)
{
    QString parseError;
    const auto parsed = RemapFunction::parse(call, &parseError);
    if (!parsed) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    QString bindError;
    auto function = RemapDataFunction::create(*parsed, DataType::parse(type), key, &bindError);
    if (error)
        *error = bindError;
    return function;
}

// The function's output for one value; "\\N" stands for NULL in and out.
QString run(const RemapDataFunction &function, const QString &input)
{
    bool isNull = input == u"\\N";
    QByteArray value = isNull ? QByteArray() : input.toUtf8();
    QString error;
    if (!function.apply(value, isNull, &error))
        return u"ERROR: "_s + error;
    return isNull ? u"\\N"_s : QString::fromUtf8(value);
}

} // namespace

class TestImportRemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exactResults_data();
    void exactResults();
    void hashShapes_data();
    void hashShapes();
    void deterministicAndKeyed();
    void refusedTypes_data();
    void refusedTypes();
    void rowRemapper();
    void catalogRemap();
    void sqliteTargetSchema();
};

void TestImportRemap::exactResults_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("null") << u"NULL"_s << u"varchar(20)"_s << u"abc"_s << u"\\N"_s;
    QTest::newRow("null on null") << u"NULL"_s << u"integer"_s << u"\\N"_s << u"\\N"_s;
    QTest::newRow("constant text")
        << u"CONSTANT('n/a')"_s << u"varchar(20)"_s << u"abc"_s << u"n/a"_s;
    QTest::newRow("constant number") << u"CONSTANT(0)"_s << u"integer"_s << u"42"_s << u"0"_s;
    QTest::newRow("constant keeps null") << u"CONSTANT('x')"_s << u"text"_s << u"\\N"_s << u"\\N"_s;
    QTest::newRow("mask default") << u"MASK(4)"_s << u"varchar(20)"_s << u"515.123.4567"_s
                                  << u"********4567"_s;
    QTest::newRow("mask char") << u"MASK(2,'#')"_s << u"text"_s << u"SKING"_s << u"###NG"_s;
    QTest::newRow("mask utf8") << u"MASK(1)"_s << u"text"_s << u"Åsa Ö"_s << u"****Ö"_s;
    QTest::newRow("mask short") << u"MASK(10)"_s << u"text"_s << u"abc"_s << u"abc"_s;
    QTest::newRow("mask zero") << u"MASK(0)"_s << u"text"_s << u"abc"_s << u"***"_s;
    QTest::newRow("mask integer") << u"MASK(2)"_s << u"bigint"_s << u"-123456"_s << u"-000056"_s;
    QTest::newRow("mask decimal") << u"MASK(3)"_s << u"numeric(8,2)"_s << u"24000.00"_s
                                  << u"00000.00"_s;
    QTest::newRow("mask decimal keeps")
        << u"MASK(4)"_s << u"numeric(8,2)"_s << u"12345.67"_s << u"00045.67"_s;
    QTest::newRow("shift date") << u"SHIFT_DAYS(10)"_s << u"date"_s << u"2024-02-25"_s
                                << u"2024-03-06"_s;
    QTest::newRow("shift back") << u"SHIFT_DAYS(-1)"_s << u"date"_s << u"2024-01-01"_s
                                << u"2023-12-31"_s;
    QTest::newRow("shift timestamp") << u"SHIFT_DAYS(1)"_s << u"timestamp"_s
                                     << u"2024-02-28 23:59:59.5"_s << u"2024-02-29 23:59:59.5"_s;
    QTest::newRow("shift timestamptz")
        << u"SHIFT_DAYS(365)"_s << u"timestamp with time zone"_s << u"2023-06-01 10:00:00+00"_s
        << u"2024-05-31 10:00:00+00"_s;
    QTest::newRow("shift infinity")
        << u"SHIFT_DAYS(3)"_s << u"timestamp"_s << u"infinity"_s << u"infinity"_s;
    QTest::newRow("shift null") << u"SHIFT_DAYS(3)"_s << u"date"_s << u"\\N"_s << u"\\N"_s;
    QTest::newRow("shift unreadable")
        << u"SHIFT_DAYS(3)"_s << u"date"_s << u"0000-00-00"_s
        << u"ERROR: SHIFT_DAYS(3) cannot read the date \"0000-00-00\""_s;
    QTest::newRow("fake email empty")
        << u"FAKE_EMAIL"_s << u"varchar(40)"_s << QString() << QString();
    QTest::newRow("fake email null") << u"FAKE_EMAIL"_s << u"varchar(40)"_s << u"\\N"_s << u"\\N"_s;
}

void TestImportRemap::exactResults()
{
    QFETCH(QString, call);
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto function = bind(call, type, &error);
    QVERIFY2(function, qPrintable(error));
    QCOMPARE(run(*function, input), expected);
}

void TestImportRemap::hashShapes_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("smallint") << u"HASH"_s << u"smallint"_s << u"100"_s << u"^[0-9]{1,5}$"_s;
    QTest::newRow("integer") << u"HASH"_s << u"integer"_s << u"100"_s << u"^[0-9]{1,10}$"_s;
    QTest::newRow("bigint") << u"HASH"_s << u"bigint"_s << u"100"_s << u"^[0-9]{1,19}$"_s;
    QTest::newRow("tinyint") << u"HASH"_s << u"tinyint"_s << u"7"_s << u"^[0-9]{1,3}$"_s;
    QTest::newRow("numeric(8,2)") << u"HASH"_s << u"numeric(8,2)"_s << u"24000.00"_s
                                  << u"^[0-9]{1,6}\\.[0-9]{2}$"_s;
    QTest::newRow("numeric(2,2)") << u"HASH"_s << u"numeric(2,2)"_s << u"0.40"_s
                                  << u"^0\\.[0-9]{2}$"_s;
    QTest::newRow("varchar(8)") << u"HASH"_s << u"varchar(8)"_s << u"SKING"_s << u"^[0-9a-f]{8}$"_s;
    QTest::newRow("text") << u"HASH"_s << u"text"_s << u"SKING"_s << u"^[0-9a-f]{64}$"_s;
    QTest::newRow("uuid")
        << u"HASH"_s << u"uuid"_s << u"0e1d6f2a-1111-4222-8333-444455556666"_s
        << u"^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s;
    QTest::newRow("bytea") << u"HASH"_s << u"bytea"_s << u"\\x00ff"_s << u"^\\\\x[0-9a-f]{64}$"_s;
    QTest::newRow("date") << u"HASH"_s << u"date"_s << u"2024-01-01"_s
                          << u"^(19[7-9][0-9]|20[0-6][0-9])-[01][0-9]-[0-3][0-9]$"_s;
    QTest::newRow("timestamptz")
        << u"HASH"_s << u"timestamptz"_s << u"2024-01-01 00:00:00+00"_s
        << u"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\+00$"_s;
    QTest::newRow("boolean") << u"HASH"_s << u"boolean"_s << u"t"_s << u"^[tf]$"_s;
    QTest::newRow("json") << u"HASH"_s << u"jsonb"_s << u"{\"a\": 1}"_s << u"^\"[0-9a-f]{64}\"$"_s;
    QTest::newRow("fake email") << u"FAKE_EMAIL"_s << u"varchar(100)"_s << u"Steven.King@x.org"_s
                                << u"^u[0-9a-f]{16}@example\\.com$"_s;
    QTest::newRow("fake email 25")
        << u"FAKE_EMAIL"_s << u"varchar(25)"_s << u"SKING"_s << u"^u[0-9a-f]{12}@example\\.com$"_s;
}

void TestImportRemap::hashShapes()
{
    QFETCH(QString, call);
    QFETCH(QString, type);
    QFETCH(QString, input);
    QFETCH(QString, pattern);
    QString error;
    const auto function = bind(call, type, &error);
    QVERIFY2(function, qPrintable(error));
    const QString output = run(*function, input);
    QVERIFY2(QRegularExpression(pattern).match(output).hasMatch(), qPrintable(output));
    QCOMPARE(run(*function, input), output); // deterministic
    QVERIFY(run(*function, input + u'0') != output || type == u"boolean" || type == u"tinyint");
    const DataType parsed = DataType::parse(type);
    if (parsed.name == u"smallint")
        QVERIFY(output.toLongLong() <= 32767);
    if (parsed.name == u"tinyint")
        QVERIFY(output.toLongLong() <= 127);
    if (parsed.name == u"integer")
        QVERIFY(output.toLongLong() <= 2147483647LL);
}

void TestImportRemap::deterministicAndKeyed()
{
    // A key hashed in a parent and a child table gives the same value: joins survive.
    const auto parent = bind(u"HASH"_s, u"integer"_s);
    const auto child = bind(u"HASH"_s, u"integer"_s);
    QVERIFY(parent && child);
    QCOMPARE(run(*parent, u"100"_s), run(*child, u"100"_s));
    const auto otherKey = bind(u"HASH"_s, u"integer"_s, nullptr, "another key");
    QVERIFY(otherKey);
    QVERIFY(run(*otherKey, u"100"_s) != run(*parent, u"100"_s));
    // Addresses differing only in case or spacing are one mailbox.
    const auto email = bind(u"FAKE_EMAIL"_s, u"text"_s);
    QVERIFY(email);
    QCOMPARE(run(*email, u"SKing@Example.org"_s), run(*email, u" sking@example.org"_s));
    QVERIFY(run(*email, u"a@b.c"_s) != run(*email, u"b@b.c"_s));
    // HASH and FAKE_EMAIL refuse to run without a key.
    QString error;
    QVERIFY(!bind(u"HASH"_s, u"integer"_s, &error, QByteArray()));
    QVERIFY2(error.contains(u"SLUICE_REMAP_KEY"), qPrintable(error));
    QVERIFY(bind(u"MASK(2)"_s, u"text"_s, &error, QByteArray()));
}

void TestImportRemap::refusedTypes_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::newRow("shift on text")
        << u"SHIFT_DAYS(1)"_s << u"varchar(10)"_s << u"date and timestamp"_s;
    QTest::newRow("email on number") << u"FAKE_EMAIL"_s << u"integer"_s << u"character"_s;
    QTest::newRow("email too short") << u"FAKE_EMAIL"_s << u"varchar(10)"_s << u"17"_s;
    QTest::newRow("mask on date") << u"MASK(2)"_s << u"date"_s << u"character and numeric"_s;
    QTest::newRow("mask number letter") << u"MASK(2,'x')"_s << u"integer"_s << u"digit"_s;
    QTest::newRow("hash interval") << u"HASH"_s << u"interval"_s << u"no hashed value"_s;
}

void TestImportRemap::refusedTypes()
{
    QFETCH(QString, call);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!bind(call, type, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestImportRemap::rowRemapper()
{
    TableDef table;
    table.schema = u"hr"_s;
    table.name = u"employees"_s;
    for (const auto &[name, type] :
         {std::pair{u"id"_s, u"integer"_s}, std::pair{u"email"_s, u"varchar(25)"_s},
          std::pair{u"full_name"_s, u"text"_s}, std::pair{u"hired"_s, u"date"_s}}) {
        ColumnDef column;
        column.name = name;
        column.type = DataType::parse(type);
        table.columns << column;
    }
    JobSpecParser parser(JobOperation::Import);
    const auto spec = parser.parseArguments(
        {u"target"_s, u"NETWORK_LINK=src"_s, u"REMAP_DATA=hr.employees.full_name:MASK(1)"_s,
         u"REMAP_DATA=employees.hired:SHIFT_DAYS(2)"_s, u"REMAP_DATA=other.id:NULL"_s});
    QVERIFY2(spec, qPrintable(parser.errorString()));
    QString error;
    const auto remapper =
        RowRemapper::create(table, spec->remapData, Dialect::PostgreSQL, kKey, &error);
    QVERIFY2(remapper, qPrintable(error));
    QCOMPARE(remapper->columns(), (QStringList{u"full_name"_s, u"hired"_s}));
    QByteArray out;
    QVERIFY(remapper->apply("1\tA@x\tTab\\there\t2024-01-30\n2\t\\N\t\\N\t\\N\n", out, &error));
    QCOMPARE(out, QByteArray("1\tA@x\t*******e\t2024-02-01\n2\t\\N\t\\N\t\\N\n"));

    const auto badSpec = parser.parseArguments(
        {u"target"_s, u"NETWORK_LINK=src"_s, u"REMAP_DATA=employees.salary:NULL"_s});
    QVERIFY(badSpec);
    QVERIFY(!RowRemapper::create(table, badSpec->remapData, Dialect::PostgreSQL, kKey, &error));
    QVERIFY2(error.contains(u"no column"), qPrintable(error));
}

void TestImportRemap::catalogRemap()
{
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSQL;
    SchemaDef hr;
    hr.name = u"hr"_s;
    TableDef departments;
    departments.schema = u"hr"_s;
    departments.name = u"departments"_s;
    departments.tablespace = u"fast"_s;
    IndexDef index;
    index.name = u"dept_ix"_s;
    index.definition = u"CREATE INDEX dept_ix ON hr.departments USING btree (id)"_s;
    departments.indexes << index;
    TableDef employees;
    employees.schema = u"hr"_s;
    employees.name = u"employees"_s;
    ConstraintDef key;
    key.name = u"emp_dept_fk"_s;
    key.type = ConstraintType::ForeignKey;
    key.referencedSchema = u"hr"_s;
    key.referencedTable = u"departments"_s;
    key.definition = u"FOREIGN KEY (department_id) REFERENCES hr.departments(id)"_s;
    employees.constraints << key;
    ColumnDef id;
    id.name = u"id"_s;
    id.defaultExpression = u"nextval('hr.emp_seq'::regclass)"_s;
    employees.columns << id;
    hr.tables << departments << employees;
    ViewDef view;
    view.schema = u"hr"_s;
    view.name = u"v"_s;
    view.query = u" SELECT e.id FROM hr.employees e JOIN hr.departments d ON true"_s;
    view.dependsOn = {u"hr.employees"_s, u"hr.departments"_s};
    hr.views << view;
    catalog.schemas << hr;

    JobSpecParser parser(JobOperation::Import);
    const auto spec = parser.parseArguments(
        {u"target"_s, u"NETWORK_LINK=src"_s, u"REMAP_SCHEMA=hr:hr_copy"_s,
         u"REMAP_TABLE=hr.departments:depts"_s, u"REMAP_TABLESPACE=fast:slow"_s});
    QVERIFY2(spec, qPrintable(parser.errorString()));
    CatalogRemapper remapper(*spec, Dialect::PostgreSQL, Dialect::PostgreSQL);
    remapper.apply(catalog);
    const SchemaDef &schema = catalog.schemas.constFirst();
    QCOMPARE(schema.name, u"hr_copy"_s);
    const TableDef &depts = schema.tables.at(0);
    QCOMPARE(depts.schema, u"hr_copy"_s);
    QCOMPARE(depts.name, u"depts"_s);
    QCOMPARE(depts.tablespace, u"slow"_s);
    QCOMPARE(depts.indexes.constFirst().definition,
             u"CREATE INDEX dept_ix ON hr_copy.depts USING btree (id)"_s);
    const ConstraintDef &fk = schema.tables.at(1).constraints.constFirst();
    QCOMPARE(fk.referencedSchema, u"hr_copy"_s);
    QCOMPARE(fk.referencedTable, u"depts"_s);
    QCOMPARE(fk.definition, u"FOREIGN KEY (department_id) REFERENCES hr_copy.depts(id)"_s);
    QCOMPARE(schema.tables.at(1).columns.constFirst().defaultExpression,
             u"nextval('hr_copy.emp_seq'::regclass)"_s);
    QCOMPARE(schema.views.constFirst().query,
             u" SELECT e.id FROM hr_copy.employees e JOIN hr_copy.depts d ON true"_s);
    QCOMPARE(schema.views.constFirst().dependsOn,
             (QStringList{u"hr_copy.employees"_s, u"hr_copy.depts"_s}));
    QCOMPARE(remapper.targetTable(u"hr"_s, u"departments"_s), u"depts"_s);

    // Other engines have no tablespaces: a note says so.
    CatalogRemapper toMaria(*spec, Dialect::PostgreSQL, Dialect::MariaDB);
    Catalog copy;
    toMaria.apply(copy);
    QVERIFY(toMaria.notes().join(u' ').contains(u"nothing to remap"));
}

void TestImportRemap::sqliteTargetSchema()
{
    Catalog catalog;
    SchemaDef hr;
    hr.name = u"hr"_s;
    TableDef table;
    table.schema = u"hr"_s;
    table.name = u"jobs"_s;
    hr.tables << table;
    catalog.schemas << hr;
    JobSpecParser parser(JobOperation::Import);
    const auto spec = parser.parseArguments({u"target"_s, u"NETWORK_LINK=src"_s});
    QVERIFY(spec);
    CatalogRemapper remapper(*spec, Dialect::PostgreSQL, Dialect::SQLite);
    remapper.apply(catalog);
    QCOMPARE(catalog.schemas.constFirst().tables.constFirst().schema, u"main"_s);
    QVERIFY(remapper.notes().join(u' ').contains(u"main"));
}

QTEST_GUILESS_MAIN(TestImportRemap)
#include "tst_importremap.moc"
