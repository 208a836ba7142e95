// DDL text per dialect without a server: identifier quoting, each statement
// kind DdlWriter writes, and the translation of expressions between engines
// (docs/type-mapping.md, "Expressions").

#include "engine/catalog/ddlwriter.h"
#include "engine/catalog/expressiontranslator.h"
#include "engine/catalog/sqlquoting.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sluice::engine::Dialect)

namespace {

const Dialect PG = Dialect::PostgreSQL;
const Dialect MY = Dialect::MariaDB;
const Dialect LITE = Dialect::SQLite;

ColumnDef column(const QString &name, const QString &type, bool nullable = true,
                 const QString &defaultExpression = {})
{
    ColumnDef c;
    c.name = name;
    c.type = DataType::parse(type);
    c.nullable = nullable;
    c.defaultExpression = defaultExpression;
    return c;
}

// A small table as the PostgreSQL reader would give it.
TableDef pgTable()
{
    TableDef t;
    t.schema = u"hr"_s;
    t.name = u"Order Lines"_s;
    ColumnDef id = column(u"id"_s, u"integer"_s, false);
    id.identity = IdentityKind::ByDefault;
    t.columns << id
              << column(u"Label"_s, u"character varying(20)"_s, true,
                        u"'it''s'::character varying"_s)
              << column(u"created"_s, u"timestamp without time zone"_s, false, u"now()"_s)
              << column(u"select"_s, u"boolean"_s, true, u"false"_s);
    ConstraintDef pk;
    pk.name = u"order_lines_pk"_s;
    pk.type = ConstraintType::PrimaryKey;
    pk.columns = {u"id"_s};
    ConstraintDef check;
    check.name = u"label_set"_s;
    check.type = ConstraintType::Check;
    check.expression = u"(\"Label\")::text <> ''::text"_s;
    ConstraintDef fk;
    fk.name = u"lines_fk"_s;
    fk.type = ConstraintType::ForeignKey;
    fk.columns = {u"id"_s};
    fk.referencedSchema = u"hr"_s;
    fk.referencedTable = u"orders"_s;
    fk.referencedColumns = {u"order_id"_s};
    fk.onDelete = u"CASCADE"_s;
    fk.deferrable = true;
    t.constraints << pk << check << fk;
    IndexDef byLabel;
    byLabel.name = u"lines_label_ix"_s;
    byLabel.keys = {IndexKey{u"Label"_s, {}, true, -1, {}, {}}};
    byLabel.where = u"(\"select\" IS TRUE)"_s;
    t.indexes << byLabel;
    return t;
}

QStringList warningTexts(const DdlWriter &writer)
{
    QStringList texts;
    for (const DdlWarning &w : writer.warnings())
        texts << w.object + u": "_s + w.message;
    return texts;
}

QStringList sqlOf(const QList<DdlStatement> &statements)
{
    QStringList texts;
    for (const DdlStatement &s : statements)
        texts << s.sql;
    return texts;
}

} // namespace

class tst_Ddl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void quoting_data();
    void quoting();
    void literals_data();
    void literals();
    void createTable_data();
    void createTable();
    void otherStatements_data();
    void otherStatements();
    void translate_data();
    void translate();
    void schemaRenames();
    void userTypes();
    void routinesAndViewsOrder();
};

void tst_Ddl::quoting_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pg plain") << PG << u"employees"_s << u"employees"_s;
    QTest::newRow("pg mixed case") << PG << u"Employees"_s << u"\"Employees\""_s;
    QTest::newRow("pg reserved") << PG << u"select"_s << u"\"select\""_s;
    QTest::newRow("pg reserved user") << PG << u"user"_s << u"\"user\""_s;
    QTest::newRow("pg embedded quote") << PG << u"a\"b"_s << u"\"a\"\"b\""_s;
    QTest::newRow("pg space") << PG << u"two words"_s << u"\"two words\""_s;
    QTest::newRow("pg backtick") << PG << u"a`b"_s << u"\"a`b\""_s;
    QTest::newRow("pg leading digit") << PG << u"1st"_s << u"\"1st\""_s;
    QTest::newRow("mariadb plain") << MY << u"employees"_s << u"`employees`"_s;
    QTest::newRow("mariadb mixed case") << MY << u"Employees"_s << u"`Employees`"_s;
    QTest::newRow("mariadb backtick") << MY << u"a`b"_s << u"`a``b`"_s;
    QTest::newRow("mariadb double quote") << MY << u"a\"b"_s << u"`a\"b`"_s;
    QTest::newRow("sqlite plain") << LITE << u"employees"_s << u"employees"_s;
    QTest::newRow("sqlite mixed case") << LITE << u"Employees"_s << u"Employees"_s;
    QTest::newRow("sqlite reserved") << LITE << u"order"_s << u"\"order\""_s;
    QTest::newRow("sqlite embedded quote") << LITE << u"a\"b"_s << u"\"a\"\"b\""_s;
    QTest::newRow("sqlite space") << LITE << u"Order Lines"_s << u"\"Order Lines\""_s;
}

void tst_Ddl::quoting()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(SqlQuoting::identifier(name, dialect), expected);
}

void tst_Ddl::literals_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pg quote") << PG << u"it's"_s << u"'it''s'"_s;
    QTest::newRow("pg backslash") << PG << u"a\\b"_s << u"'a\\b'"_s;
    QTest::newRow("mariadb quote") << MY << u"it's"_s << u"'it''s'"_s;
    QTest::newRow("mariadb backslash") << MY << u"a\\b"_s << u"'a\\\\b'"_s;
    QTest::newRow("sqlite backslash") << LITE << u"a\\b"_s << u"'a\\b'"_s;
}

void tst_Ddl::literals()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SqlQuoting::literal(text, dialect), expected);
}

void tst_Ddl::createTable_data()
{
    QTest::addColumn<Dialect>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("postgresql")
        << PG
        << QStringList{u"CREATE TABLE hr.\"Order Lines\" (\n"
                       u"    id integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                       u"    \"Label\" character varying(20) DEFAULT 'it''s'::character varying,\n"
                       u"    created timestamp without time zone DEFAULT now() NOT NULL,\n"
                       u"    \"select\" boolean DEFAULT false\n)"_s}
        << QStringList{};
    QTest::newRow("mariadb")
        << MY
        << QStringList{u"CREATE TABLE `hr`.`Order Lines` (\n"
                       u"    `id` int AUTO_INCREMENT NOT NULL,\n"
                       u"    `Label` varchar(20) DEFAULT 'it''s',\n"
                       u"    `created` datetime(6) DEFAULT CURRENT_TIMESTAMP NOT NULL,\n"
                       u"    `select` tinyint(1) DEFAULT false,\n"
                       u"    PRIMARY KEY (`id`)\n)"_s}
        << QStringList{u"hr.Order Lines.select: boolean becomes tinyint(1): MariaDB's BOOLEAN "
                       u"is tinyint(1): true/false become 1/0"_s};
    QTest::newRow("sqlite")
        << LITE
        << QStringList{u"CREATE TABLE hr.\"Order Lines\" (\n"
                       u"    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                       u"    Label varchar(20) DEFAULT 'it''s',\n"
                       u"    created timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,\n"
                       u"    \"select\" boolean DEFAULT false,\n"
                       u"    CONSTRAINT label_set CHECK ((Label) <> ''),\n"
                       u"    CONSTRAINT lines_fk FOREIGN KEY (id) REFERENCES hr.orders (order_id) "
                       u"ON DELETE CASCADE DEFERRABLE\n)"_s}
        << QStringList{};
}

void tst_Ddl::createTable()
{
    QFETCH(Dialect, target);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warnings);
    DdlWriter writer(PG, DdlOptions{target});
    QCOMPARE(sqlOf(writer.createTable(pgTable())), expected);
    QCOMPARE(warningTexts(writer), warnings);
}

void tst_Ddl::otherStatements_data()
{
    QTest::addColumn<Dialect>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("postgresql")
        << PG
        << QStringList{u"CREATE INDEX lines_label_ix ON hr.\"Order Lines\" (\"Label\" DESC) WHERE (\"select\" IS TRUE)"_s,
                       u"ALTER TABLE hr.\"Order Lines\" ADD CONSTRAINT order_lines_pk PRIMARY KEY (id)"_s,
                       u"ALTER TABLE hr.\"Order Lines\" ADD CONSTRAINT label_set CHECK ((\"Label\")::text <> ''::text)"_s,
                       u"ALTER TABLE hr.\"Order Lines\" ADD CONSTRAINT lines_fk FOREIGN KEY (id) REFERENCES hr.orders (order_id) ON DELETE CASCADE DEFERRABLE"_s,
                       u"CREATE SEQUENCE hr.invoice_no AS integer START WITH 10 INCREMENT BY 5 MINVALUE 1 MAXVALUE 1000 CACHE 1 CYCLE"_s,
                       u"SELECT pg_catalog.setval('hr.invoice_no', 42, true)"_s,
                       u"CREATE VIEW hr.\"Big Lines\" AS\nSELECT id FROM hr.\"Order Lines\" WHERE (\"Label\")::text ~~ 'a%'::text"_s}
        << QStringList{};
    QTest::newRow("mariadb")
        << MY
        << QStringList{u"CREATE INDEX `lines_label_ix` ON `hr`.`Order Lines` (`Label` DESC)"_s,
                       u"ALTER TABLE `hr`.`Order Lines` ADD CONSTRAINT `label_set` CHECK ((`Label`) <> '')"_s,
                       u"ALTER TABLE `hr`.`Order Lines` ADD CONSTRAINT `lines_fk` FOREIGN KEY (`id`) REFERENCES `hr`.`orders` (`order_id`) ON DELETE CASCADE"_s,
                       u"CREATE SEQUENCE `hr`.`invoice_no` START WITH 10 INCREMENT BY 5 MINVALUE 1 MAXVALUE 1000 CACHE 1 CYCLE"_s,
                       u"SELECT SETVAL(`hr`.`invoice_no`, 42, 1)"_s,
                       u"CREATE VIEW `hr`.`Big Lines` AS\nSELECT id FROM hr.`Order Lines` WHERE (`Label`) LIKE 'a%'"_s}
        << QStringList{
               u"hr.lines_label_ix: MariaDB has no partial indexes; the index covers every row (WHERE (\"select\" IS TRUE) dropped)"_s,
               u"hr.Order Lines.lines_fk: MariaDB checks foreign keys immediately; DEFERRABLE is dropped"_s};
    QTest::newRow("sqlite")
        << LITE
        << QStringList{u"CREATE INDEX hr.lines_label_ix ON hr.\"Order Lines\" (Label DESC) WHERE (\"select\" IS TRUE)"_s,
                       u"CREATE VIEW hr.\"Big Lines\" AS\nSELECT id FROM hr.\"Order Lines\" WHERE (Label) LIKE 'a%'"_s}
        << QStringList{u"hr.invoice_no: SQLite has no sequences; the sequence is not created"_s,
                       u"hr.Big Lines: LIKE ignores the case of ASCII letters on SQLite"_s};
}

// Indexes, constraints, a sequence and its value, and a view: each statement
// kind, for PostgreSQL's model, written for each engine.
void tst_Ddl::otherStatements()
{
    QFETCH(Dialect, target);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warnings);
    DdlWriter writer(PG, DdlOptions{target});
    const TableDef table = pgTable();
    Catalog catalog;
    catalog.dialect = PG;
    SchemaDef schema;
    schema.name = u"hr"_s;
    schema.tables << table;
    catalog.schemas << schema;
    writer.setCatalog(catalog);
    SequenceDef seq;
    seq.schema = u"hr"_s;
    seq.name = u"invoice_no"_s;
    seq.dataType = u"integer"_s;
    seq.start = 10;
    seq.increment = 5;
    seq.maxValue = 1000;
    seq.cycle = true;
    seq.lastValue = 42;
    seq.isCalled = true;
    ViewDef view;
    view.schema = u"hr"_s;
    view.name = u"Big Lines"_s;
    view.query = u"SELECT id FROM hr.\"Order Lines\" WHERE (\"Label\")::text ~~ 'a%'::text;"_s;
    // One call per statement: the order of the warnings is the order of the calls.
    QStringList sql = sqlOf(writer.createIndexes(table));
    sql += sqlOf(writer.createConstraints(table, false));
    sql += sqlOf(writer.createConstraints(table, true));
    sql += sqlOf(writer.createSequence(seq));
    if (target != LITE)
        sql << writer.sequenceValue(seq);
    sql += sqlOf(writer.createView(view));
    QCOMPARE(sql, expected);
    QCOMPARE(warningTexts(writer), warnings);
}

void tst_Ddl::translate_data()
{
    QTest::addColumn<Dialect>("source");
    QTest::addColumn<Dialect>("target");
    QTest::addColumn<QString>("expression");
    // The translation, or "!" + the failure.
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("notes");

    // PostgreSQL deparsed texts.
    QTest::newRow("pg literal cast") << PG << MY << u"'ok'::text"_s << u"'ok'"_s << 0;
    QTest::newRow("pg numeric cast") << PG << LITE << u"(0)::numeric"_s << u"(0)"_s << 0;
    QTest::newRow("pg column cast my")
        << PG << MY << u"(price)::integer"_s << u"CAST((price) AS SIGNED)"_s << 0;
    QTest::newRow("pg column cast lite")
        << PG << LITE << u"price::numeric(8,2)"_s << u"CAST(price AS NUMERIC)"_s << 0;
    QTest::newRow("pg date cast my") << PG << MY << u"ordered_on > '2024-01-01'::date"_s
                                     << u"ordered_on > CAST('2024-01-01' AS DATE)"_s << 0;
    QTest::newRow("pg date cast lite")
        << PG << LITE << u"(created)::date"_s << u"date((created))"_s << 0;
    QTest::newRow("pg multiword cast")
        << PG << MY << u"(x)::character varying(10)"_s << u"(x)"_s << 0;
    QTest::newRow("pg enum label cast") << PG << LITE << u"'ok'::shop.mood"_s << u"'ok'"_s << 0;
    QTest::newRow("pg array cast") << PG << MY << u"'{}'::text[]"_s
                                   << u"!the cast to text[] has no equivalent on MariaDB"_s << 0;
    QTest::newRow("pg any array") << PG << MY << u"(status = ANY (ARRAY['a'::text, 'b'::text]))"_s
                                  << u"(status IN ('a', 'b'))"_s << 0;
    QTest::newRow("pg all array") << PG << LITE << u"(status <> ALL (ARRAY['a'::text]))"_s
                                  << u"(status NOT IN ('a'))"_s << 0;
    QTest::newRow("pg concat to mariadb")
        << PG << MY << u"((first_name)::text || ' '::text) || (last_name)::text"_s
        << u"CONCAT((CONCAT((first_name), ' ')), (last_name))"_s << 0;
    QTest::newRow("pg concat in comparison")
        << PG << MY << u"a || b = 'xy' AND c"_s << u"CONCAT(a, b) = 'xy' AND c"_s << 0;
    QTest::newRow("pg concat to sqlite") << PG << LITE << u"a || b"_s << u"a || b"_s << 0;
    QTest::newRow("pg now") << PG << MY << u"now()"_s << u"CURRENT_TIMESTAMP"_s << 0;
    QTest::newRow("pg like") << PG << MY << u"(email)::text ~~ '%@%'::text"_s
                             << u"(email) LIKE '%@%'"_s << 0;
    QTest::newRow("pg ilike") << PG << MY << u"name ~~* 'a%'"_s << u"name LIKE 'a%'"_s << 1;
    QTest::newRow("pg regex sqlite")
        << PG << LITE << u"name ~ '^a'"_s << u"!SQLite has no regular expression operator"_s << 0;
    QTest::newRow("pg nextval my") << PG << MY << u"nextval('shop.invoice_no'::regclass)"_s
                                   << u"NEXTVAL(`shop`.`invoice_no`)"_s << 0;
    QTest::newRow("pg nextval lite") << PG << LITE << u"nextval('invoice_no'::regclass)"_s
                                     << u"!SQLite has no sequences for nextval()"_s << 0;
    QTest::newRow("pg quoted ident")
        << PG << MY << u"\"Mixed Case\" > 0"_s << u"`Mixed Case` > 0"_s << 0;
    QTest::newRow("pg e string") << PG << MY << u"E'a\\\\b'"_s << u"'a\\\\b'"_s << 0;
    QTest::newRow("pg unknown function") << PG << MY << u"md5(name)"_s << u"md5(name)"_s << 1;
    QTest::newRow("pg dollar") << PG << MY << u"$$x$$"_s << u"!dollar-quoted text"_s << 0;
    // MariaDB texts.
    QTest::newRow("my backslash literal") << MY << PG << u"'it\\'s'"_s << u"'it''s'"_s << 0;
    QTest::newRow("my backticks") << MY << PG << u"`Mixed`.`col` + 1"_s << u"\"Mixed\".col + 1"_s
                                  << 0;
    QTest::newRow("my concat") << MY << PG << u"concat(`a`,'-',`b`)"_s << u"(a || '-' || b)"_s << 0;
    QTest::newRow("my concat lite")
        << MY << LITE << u"CONCAT('order ', NEW.id)"_s << u"('order ' || NEW.id)"_s << 0;
    QTest::newRow("my ifnull") << MY << PG << u"ifnull(`a`,0)"_s << u"coalesce(a,0)"_s << 0;
    QTest::newRow("my if") << MY << PG << u"if(`a` > 0,'y','n')"_s
                           << u"CASE WHEN a > 0 THEN 'y' ELSE 'n' END"_s << 0;
    QTest::newRow("my current_timestamp")
        << MY << PG << u"current_timestamp()"_s << u"CURRENT_TIMESTAMP"_s << 0;
    QTest::newRow("my current_timestamp(3) pg")
        << MY << PG << u"current_timestamp(3)"_s << u"CURRENT_TIMESTAMP(3)"_s << 0;
    QTest::newRow("my current_timestamp(3) lite")
        << MY << LITE << u"current_timestamp(3)"_s << u"CURRENT_TIMESTAMP"_s << 1;
    QTest::newRow("my length") << MY << PG << u"length(`name`)"_s << u"octet_length(name)"_s << 0;
    QTest::newRow("my introducer") << MY << PG << u"`s` = _utf8mb4'x'"_s << u"s = 'x'"_s << 0;
    QTest::newRow("my double-quoted string") << MY << PG << u"`s` = \"x\""_s << u"s = 'x'"_s << 0;
    QTest::newRow("my regexp lite") << MY << LITE << u"`s` REGEXP '^a'"_s
                                    << u"!SQLite has no regular expression operator"_s << 0;
    QTest::newRow("my substring_index") << MY << PG << u"substring_index(`email`,'@',-1)"_s
                                        << u"substring_index(email,'@',-1)"_s << 1;
    // SQLite texts.
    QTest::newRow("lite datetime now")
        << LITE << PG << u"datetime('now')"_s << u"CURRENT_TIMESTAMP"_s << 1;
    QTest::newRow("lite date now") << LITE << MY << u"date('now')"_s << u"CURRENT_DATE"_s << 1;
    QTest::newRow("lite datetime modifier")
        << LITE << PG << u"datetime('now', '+1 day')"_s
        << u"!SQLite's datetime() with these arguments has no equivalent on PostgreSQL"_s << 0;
    QTest::newRow("lite like") << LITE << PG << u"name LIKE 'a%'"_s << u"name ILIKE 'a%'"_s << 1;
    QTest::newRow("lite brackets") << LITE << MY << u"[Line Id] > 0"_s << u"`Line Id` > 0"_s << 0;
    QTest::newRow("lite concat to mariadb")
        << LITE << MY << u"'order ' || NEW.order_id"_s << u"CONCAT('order ', NEW.order_id)"_s << 0;
    QTest::newRow("lite in list") << LITE << PG << u"status IN ('active', 'blocked')"_s
                                  << u"status IN ('active', 'blocked')"_s << 0;
    QTest::newRow("lite instr") << LITE << PG << u"substr(email, instr(email, '@') + 1)"_s
                                << u"substr(email, strpos(email, '@') + 1)"_s << 0;
    QTest::newRow("lite unterminated")
        << LITE << PG << u"'abc"_s << u"!unterminated string literal"_s << 0;
}

void tst_Ddl::translate()
{
    QFETCH(Dialect, source);
    QFETCH(Dialect, target);
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QFETCH(int, notes);
    const ExpressionTranslator translator(source, target);
    const ExpressionTranslator::Result result = translator.translate(expression);
    if (expected.startsWith(u'!')) {
        QCOMPARE(result.failure, expected.mid(1));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.failure));
    QCOMPARE(result.text, expected);
    QCOMPARE(result.notes.size(), notes);
}

// REMAP_SCHEMA inside bodies, and bare names quoted with their spelling.
void tst_Ddl::schemaRenames()
{
    ExpressionTranslator toSqlite(PG, LITE);
    toSqlite.setSchemaRenames({{u"hr"_s, u"main"_s}});
    QCOMPARE(
        toSqlite.translate(u"SELECT e.id FROM hr.employees e JOIN hr.jobs j USING (job_id)"_s).text,
        u"SELECT e.id FROM employees e JOIN jobs j USING (job_id)"_s);

    ExpressionTranslator toMariadb(MY, MY);
    toMariadb.setSchemaRenames({{u"hr"_s, u"staff"_s}});
    QCOMPARE(toMariadb.translate(u"select `hr`.`e`.`id` AS `id` from `hr`.`e`"_s).text,
             u"select `staff`.`e`.`id` AS `id` from `staff`.`e`"_s);

    ExpressionTranslator known(LITE, PG);
    known.setKnownIdentifiers({u"FirstName"_s, u"id"_s});
    QCOMPARE(known.translate(u"firstname || 'x' || id"_s).text, u"\"FirstName\" || 'x' || id"_s);

    // The writer renames object names too.
    DdlOptions options{PG};
    options.schemaRenames = {{u"hr"_s, u"staff"_s}};
    DdlWriter writer(PG, options);
    ViewDef view;
    view.schema = u"hr"_s;
    view.name = u"v"_s;
    view.query = u"SELECT id FROM hr.employees"_s;
    QCOMPARE(sqlOf(writer.createView(view)),
             QStringList{u"CREATE VIEW staff.v AS\nSELECT id FROM staff.employees"_s});
}

// A domain and an enum column on the other engines.
void tst_Ddl::userTypes()
{
    Catalog catalog;
    catalog.dialect = PG;
    SchemaDef schema;
    schema.name = u"shop"_s;
    UserDefinedType mood;
    mood.schema = u"shop"_s;
    mood.name = u"mood"_s;
    mood.kind = UserTypeKind::Enum;
    mood.labels = {u"sad"_s, u"it's ok"_s};
    UserDefinedType price;
    price.schema = u"shop"_s;
    price.name = u"price"_s;
    price.kind = UserTypeKind::Domain;
    price.baseType = u"numeric(12,2)"_s;
    price.defaultExpression = u"0"_s;
    price.notNull = true;
    price.checkNames = {u"price_positive"_s};
    price.checks = {u"CHECK (VALUE >= (0)::numeric)"_s};
    schema.types << mood << price;
    TableDef table;
    table.schema = u"shop"_s;
    table.name = u"t"_s;
    table.columns << column(u"m"_s, u"shop.mood"_s) << column(u"p"_s, u"shop.price"_s);
    schema.tables << table;
    catalog.schemas << schema;

    DdlWriter sqlite(PG, DdlOptions{LITE});
    sqlite.setCatalog(catalog);
    QCOMPARE(sqlOf(sqlite.createTable(table)),
             QStringList{u"CREATE TABLE shop.t (\n"
                         u"    m text CHECK (m IN ('sad', 'it''s ok')),\n"
                         u"    p numeric(12,2) DEFAULT 0 NOT NULL CHECK (p >= (0))\n)"_s});
    QCOMPARE(sqlite.warnings().size(), 2);
    QCOMPARE(sqlite.warnings().at(0).severity, DdlWarning::Severity::Choice);

    DdlWriter mariadb(PG, DdlOptions{MY});
    mariadb.setCatalog(catalog);
    QCOMPARE(sqlOf(mariadb.createTable(table)),
             QStringList{u"CREATE TABLE `shop`.`t` (\n"
                         u"    `m` enum('sad','it''s ok'),\n"
                         u"    `p` decimal(12,2) DEFAULT 0 NOT NULL CHECK (p >= (0))\n)"_s});
}

// A view calling a function comes after it, a SQL function selecting from a
// view after the view.
void tst_Ddl::routinesAndViewsOrder()
{
    Catalog catalog;
    catalog.dialect = PG;
    SchemaDef schema;
    schema.name = u"s"_s;
    RoutineDef usesView;
    usesView.schema = u"s"_s;
    usesView.name = u"count_big"_s;
    usesView.language = u"sql"_s;
    usesView.definition = u"CREATE FUNCTION s.count_big() RETURNS bigint LANGUAGE sql AS $$ "
                          u"SELECT count(*) FROM s.big_v $$"_s;
    RoutineDef usedByView;
    usedByView.schema = u"s"_s;
    usedByView.name = u"double_it"_s;
    usedByView.language = u"sql"_s;
    usedByView.definition = u"CREATE FUNCTION s.double_it(x integer) RETURNS integer LANGUAGE sql "
                            u"AS $$ SELECT x * 2 $$"_s;
    usedByView.arguments = u"x integer"_s;
    ViewDef view;
    view.schema = u"s"_s;
    view.name = u"big_v"_s;
    view.query = u"SELECT s.double_it(id) AS d FROM s.t"_s;
    schema.routines << usesView << usedByView;
    schema.views << view;
    catalog.schemas << schema;
    DdlWriter writer(PG, DdlOptions{PG});
    QStringList order;
    for (const DdlStatement &s : writer.script(catalog))
        order << s.name;
    QCOMPARE(order, (QStringList{u"s"_s, u"double_it(x integer)"_s, u"big_v"_s, u"count_big()"_s}));
    QVERIFY(writer.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Ddl)
#include "tst_ddl.moc"
