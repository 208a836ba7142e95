// SQLite introspection: what the reader finds in a database loaded from a
// script (pragmas plus the CREATE-text parser), and a round trip through the
// object model alone (DDL rebuilt from the model, without the stored texts).

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

QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("SLUICE_SOURCE_DIR") + u'/' + relative;
}

bool loadScript(const QString &database, const QString &script, QString *error)
{
    QProcess process;
    process.start(u"sqlite3"_s, {u"-bail"_s, database, u".read "_s + script});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = u"sqlite3: "_s + QString::fromUtf8(process.readAllStandardError()) +
                 process.errorString();
        return false;
    }
    return true;
}

// Drops the engine's own texts, so that only the model describes the schema.
void clearTexts(Catalog &catalog)
{
    catalog.database.clear();
    for (SchemaDef &schema : catalog.schemas) {
        for (TableDef &table : schema.tables) {
            table.definition.clear();
            for (IndexDef &index : table.indexes)
                index.definition.clear();
        }
        for (ViewDef &view : schema.views)
            view.definition.clear();
    }
}

QString describe(const QList<ConstraintDef> &constraints)
{
    QStringList parts;
    for (const ConstraintDef &c : constraints)
        parts.append(u"%1 %2 (%3) %4 -> %5(%6) del=%7 upd=%8 match=%9 def=%10"_s.arg(
            c.name, QString::number(int(c.type)), c.columns.join(u','), c.expression,
            c.referencedTable, c.referencedColumns.join(u','), c.onDelete, c.onUpdate, c.match,
            c.deferrable ? u"y"_s : u"n"_s));
    return parts.join(u'\n');
}

const ConstraintDef *constraintNamed(const TableDef *table, const QString &name)
{
    for (const ConstraintDef &c : table->constraints) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class tst_CatalogSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void columns_data();
    void columns();
    void constraints();
    void indexes();
    void viewsAndTriggers();
    void modelRoundTrip_data();
    void modelRoundTrip();

private:
    QSqlDatabase open(const QString &file);
    std::optional<Catalog> load(const QString &script);

    QTemporaryDir m_dir;
    QStringList m_connections;
    Catalog m_rich;
};

void tst_CatalogSqlite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        QSKIP("The Qt SQLite driver is not installed");
    QVERIFY(m_dir.isValid());
    const std::optional<Catalog> rich = load(sourceFile(u"tests/data/catalog/rich-sqlite.sql"_s));
    QVERIFY(rich);
    m_rich = *rich;
    QCOMPARE(m_rich.dialect, Dialect::SQLite);
    QCOMPARE(m_rich.schemas.size(), 1);
    QCOMPARE(m_rich.schemas.first().name, u"main"_s);
    QCOMPARE(m_rich.schemas.first().tables.size(), 6);
    QCOMPARE(m_rich.schemas.first().views.size(), 3);
}

void tst_CatalogSqlite::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase tst_CatalogSqlite::open(const QString &file)
{
    const QString name = u"sluice.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    m_connections.append(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

std::optional<Catalog> tst_CatalogSqlite::load(const QString &script)
{
    const QString file = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".db"_s);
    QString error;
    if (!loadScript(file, script, &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    const std::optional<Catalog> catalog = CatalogReader::read(open(file), {}, &error);
    if (!catalog)
        qWarning("%s", qPrintable(error));
    return catalog;
}

void tst_CatalogSqlite::columns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("defaultExpression");
    QTest::addColumn<QString>("collation");
    QTest::addColumn<QString>("generated");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<bool>("autoIncrement");

    QTest::newRow("autoincrement") << u"customers"_s << u"customer_id"_s << u"integer"_s << true
                                   << QString() << QString() << QString() << false << true;
    QTest::newRow("collate") << u"customers"_s << u"email"_s << u"text"_s << false << QString()
                             << u"NOCASE"_s << QString() << false << false;
    QTest::newRow("default literal") << u"customers"_s << u"status"_s << u"text"_s << false
                                     << u"'active'"_s << QString() << QString() << false << false;
    QTest::newRow("numeric args") << u"customers"_s << u"credit"_s << u"numeric"_s << true
                                  << u"0.00"_s << QString() << QString() << false << false;
    QTest::newRow("virtual") << u"products"_s << u"price_gross"_s << u"real"_s << true << QString()
                             << QString() << u"round(price * (1 + vat_rate), 2)"_s << false
                             << false;
    QTest::newRow("stored") << u"products"_s << u"search_name"_s << u"text"_s << true << QString()
                            << QString() << u"lower(name)"_s << true << false;
    QTest::newRow("quoted name") << u"Order Lines Archive"_s << u"Line Id"_s << u"integer"_s
                                 << false << QString() << QString() << QString() << false << false;
}

void tst_CatalogSqlite::columns()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    QFETCH(QString, defaultExpression);
    QFETCH(QString, collation);
    QFETCH(QString, generated);
    QFETCH(bool, stored);
    QFETCH(bool, autoIncrement);

    const TableDef *t = m_rich.table(u"main"_s, table);
    QVERIFY(t);
    const ColumnDef *c = t->column(column);
    QVERIFY(c);
    QCOMPARE(c->type.name, type);
    QCOMPARE(c->nullable, nullable);
    QCOMPARE(c->defaultExpression, defaultExpression);
    QCOMPARE(c->collation, collation);
    QCOMPARE(c->generatedExpression, generated);
    QCOMPARE(c->generatedStored, stored);
    QCOMPARE(c->identity == IdentityKind::AutoIncrement, autoIncrement);
}

void tst_CatalogSqlite::constraints()
{
    const TableDef *customers = m_rich.table(u"main"_s, u"customers"_s);
    QVERIFY(customers);
    QCOMPARE(customers->autoIncrement, 2);
    QCOMPARE(customers->constraints.size(), 4);
    QCOMPARE(customers->constraints.at(0).type, ConstraintType::PrimaryKey);
    QCOMPARE(customers->constraints.at(1).type, ConstraintType::Unique);
    QCOMPARE(customers->constraints.at(1).columns, QStringList{u"email"_s});
    QCOMPARE(customers->constraints.at(2).expression, u"status IN ('active', 'blocked')"_s);
    QVERIFY(customers->constraints.at(2).name.isEmpty());
    const ConstraintDef *credit = constraintNamed(customers, u"credit_non_negative"_s);
    QVERIFY(credit);
    QCOMPARE(credit->expression, u"credit >= 0"_s);

    const TableDef *items = m_rich.table(u"main"_s, u"order_items"_s);
    QVERIFY(items);
    QCOMPARE(items->primaryKey()->name, u"order_items_pk"_s);
    QCOMPARE(items->primaryKey()->columns, (QStringList{u"order_id"_s, u"line_no"_s}));
    const QList<ConstraintDef> fks = items->foreignKeys();
    QCOMPARE(fks.size(), 2);
    QCOMPARE(fks.at(0).name, u"items_order_fk"_s);
    QVERIFY(fks.at(0).deferrable);
    QVERIFY(fks.at(0).initiallyDeferred);
    QCOMPARE(fks.at(0).onDelete, u"CASCADE"_s);
    QCOMPARE(fks.at(0).onUpdate, u"CASCADE"_s);
    QCOMPARE(fks.at(1).name, u"items_product_fk"_s);
    QCOMPARE(fks.at(1).referencedTable, u"products"_s);
    // REFERENCES products without columns: the primary key.
    QCOMPARE(fks.at(1).referencedColumns, QStringList{u"sku"_s});
    QCOMPARE(fks.at(1).onDelete, u"RESTRICT"_s);
    QVERIFY(!fks.at(1).deferrable);

    const TableDef *orders = m_rich.table(u"main"_s, u"orders"_s);
    QVERIFY(orders);
    QCOMPARE(orders->foreignKeys().size(), 1);
    QVERIFY(orders->foreignKeys().first().name.isEmpty());
    QCOMPARE(orders->foreignKeys().first().columns, QStringList{u"customer_id"_s});

    QVERIFY(
        m_rich.table(u"main"_s, u"Order Lines Archive"_s)->options.contains(u"WITHOUT ROWID"_s));
    QVERIFY(m_rich.table(u"main"_s, u"audit_log"_s)->options.contains(u"STRICT"_s));
}

void tst_CatalogSqlite::indexes()
{
    const TableDef *customers = m_rich.table(u"main"_s, u"customers"_s);
    QCOMPARE(customers->indexes.size(), 2);
    const IndexDef &byName = customers->indexes.at(0);
    QCOMPARE(byName.name, u"customers_domain_ix"_s);
    QCOMPARE(byName.keys.size(), 1);
    QCOMPARE(byName.keys.first().expression, u"substr(email, instr(email, '@') + 1)"_s);
    const IndexDef &ci = customers->indexes.at(1);
    QCOMPARE(ci.keys.first().column, u"full_name"_s);
    QCOMPARE(ci.keys.first().collation, u"NOCASE"_s);
    QVERIFY(ci.keys.first().descending);

    const TableDef *orders = m_rich.table(u"main"_s, u"orders"_s);
    QCOMPARE(orders->indexes.size(), 1);
    QCOMPARE(orders->indexes.first().where, u"shipped_on IS NULL"_s);
    QVERIFY(orders->indexes.first().definition.startsWith(u"CREATE INDEX orders_open_ix"_s));

    const TableDef *products = m_rich.table(u"main"_s, u"products"_s);
    QCOMPARE(products->indexes.size(), 1);
    QVERIFY(products->indexes.first().unique);
}

void tst_CatalogSqlite::viewsAndTriggers()
{
    const SchemaDef &main = m_rich.schemas.first();
    const ViewDef *big = main.view(u"big_customers"_s);
    QVERIFY(big);
    QCOMPARE(big->dependsOn, QStringList{u"main.customer_totals"_s});
    QCOMPARE(big->query, u"SELECT * FROM customer_totals WHERE total > 1000"_s);
    const ViewDef *totals = main.view(u"customer_totals"_s);
    QCOMPARE(totals->columns, (QStringList{u"customer_id"_s, u"email"_s, u"total"_s}));
    QCOMPARE(totals->dependsOn, QStringList{u"main.order_totals"_s});

    const TableDef *customers = main.table(u"customers"_s);
    QCOMPARE(customers->triggers.size(), 1);
    const TriggerDef &block = customers->triggers.first();
    QCOMPARE(block.name, u"customers_block"_s);
    QCOMPARE(block.timing, u"BEFORE"_s);
    QCOMPARE(block.events, QStringList{u"UPDATE"_s});
    QCOMPARE(block.updateColumns, QStringList{u"status"_s});
    QCOMPARE(block.when, u"NEW.status = 'blocked' AND OLD.credit > 0"_s);
    QVERIFY(block.body.startsWith(u"BEGIN"_s));
    const TriggerDef &audit = main.table(u"orders"_s)->triggers.value(0);
    QCOMPARE(audit.timing, u"AFTER"_s);
    QCOMPARE(audit.events, QStringList{u"INSERT"_s});
}

void tst_CatalogSqlite::modelRoundTrip_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("hr") << sourceFile(u"resources/sample/hr-sqlite.sql"_s);
    QTest::newRow("rich") << sourceFile(u"tests/data/catalog/rich-sqlite.sql"_s);
}

// DDL rebuilt from the model alone must give back the same model: this is
// what the parser and the pragmas must get right for other engines too.
void tst_CatalogSqlite::modelRoundTrip()
{
    QFETCH(QString, script);
    std::optional<Catalog> source = load(script);
    QVERIFY(source);
    clearTexts(*source);

    DdlWriter writer(Dialect::SQLite, DdlOptions{Dialect::SQLite});
    const QList<DdlStatement> statements = writer.script(*source);
    QVERIFY(writer.warnings().isEmpty());
    QSqlDatabase target =
        open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".db"_s));
    for (const DdlStatement &statement : statements) {
        QSqlQuery query(target);
        QVERIFY2(query.exec(statement.sql),
                 qPrintable(statement.sql + u"\n=> "_s + query.lastError().text()));
    }
    QString error;
    std::optional<Catalog> copy = CatalogReader::read(target, {}, &error);
    QVERIFY2(copy, qPrintable(error));
    clearTexts(*copy);
    // The rows (and sqlite_sequence) are not part of the DDL.
    for (SchemaDef &schema : source->schemas) {
        for (TableDef &table : schema.tables)
            table.autoIncrement = 0;
    }
    const SchemaDef &a = source->schemas.first();
    const SchemaDef &b = copy->schemas.first();
    QCOMPARE(b.tables.size(), a.tables.size());
    for (qsizetype i = 0; i < a.tables.size(); ++i) {
        const TableDef &ta = a.tables.at(i);
        const TableDef &tb = b.tables.at(i);
        QCOMPARE(tb.name, ta.name);
        QCOMPARE(tb.columns, ta.columns);
        QVERIFY2(tb.constraints == ta.constraints,
                 qPrintable(describe(ta.constraints) + u"\n---\n"_s + describe(tb.constraints)));
        QCOMPARE(tb.indexes, ta.indexes);
        QCOMPARE(tb.options, ta.options);
        QCOMPARE(tb.triggers.size(), ta.triggers.size());
    }
    QCOMPARE(b.views, a.views);
    QVERIFY(*copy == *source);
}

QTEST_GUILESS_MAIN(tst_CatalogSqlite)
#include "tst_catalogsqlite.moc"
