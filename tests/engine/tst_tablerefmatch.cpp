// TABLES= entries resolved against a catalog (matchTables), the one resolver of the
// export and import definers: default schema, case folding, quoted names, the %
// wildcard, names that match nothing, and names that differ only in case.
#include "engine/catalog/tablerefmatch.h"

#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSQL;
    const QList<std::pair<QString, QStringList>> layout{
        {u"hr"_s, {u"employees"_s, u"emp_history"_s, u"jobs"_s, u"Mixed"_s, u"MIXED"_s}},
        {u"sales"_s, {u"orders"_s, u"employees"_s}}};
    for (const auto &[name, tables] : layout) {
        SchemaDef schema;
        schema.name = name;
        for (const QString &tableName : tables) {
            TableDef table;
            table.schema = name;
            table.name = tableName;
            schema.tables << table;
        }
        catalog.schemas << schema;
    }
    return catalog;
}

TableRef ref(const QString &schema, const QString &table, bool quotedTable = false)
{
    TableRef result;
    if (!schema.isEmpty())
        result.schema = SqlName{schema, false};
    result.table = SqlName{table, quotedTable};
    return result;
}

} // namespace

class TestTableRefMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
};

void TestTableRefMatch::match_data()
{
    QTest::addColumn<TableRef>("entry");
    QTest::addColumn<QStringList>("expected"); // "schema.table", in catalog order
    QTest::addColumn<bool>("ambiguous");
    QTest::newRow("schema and table")
        << ref(u"hr"_s, u"jobs"_s) << QStringList{u"hr.jobs"_s} << false;
    QTest::newRow("default schema")
        << ref({}, u"orders"_s) << QStringList{u"sales.orders"_s} << false;
    QTest::newRow("unquoted names fold")
        << ref(u"HR"_s, u"JOBS"_s) << QStringList{u"hr.jobs"_s} << false;
    QTest::newRow("wildcard") << ref(u"hr"_s, u"emp%"_s)
                              << QStringList{u"hr.employees"_s, u"hr.emp_history"_s} << false;
    QTest::newRow("quoted name is exact")
        << ref(u"hr"_s, u"MIXED"_s, true) << QStringList{u"hr.MIXED"_s} << false;
    QTest::newRow("no such table") << ref(u"hr"_s, u"orders"_s) << QStringList{} << false;
    QTest::newRow("no such schema") << ref(u"crm"_s, u"jobs"_s) << QStringList{} << false;
    QTest::newRow("names that differ only in case")
        << ref(u"hr"_s, u"mixed"_s) << QStringList{} << true;
}

void TestTableRefMatch::match()
{
    QFETCH(TableRef, entry);
    QFETCH(QStringList, expected);
    QFETCH(bool, ambiguous);
    QString error;
    const Catalog catalog = sampleCatalog(); // the matches point into it
    const auto matches = matchTables(catalog, entry, u"sales"_s, &error);
    QCOMPARE(!matches.has_value(), ambiguous);
    if (ambiguous) {
        QVERIFY2(error.contains(u"Mixed"_s) && error.contains(u"MIXED"_s), qPrintable(error));
        return;
    }
    QStringList found;
    for (const TableMatch &match : *matches) {
        QCOMPARE(match.table->schema, match.schema->name);
        found << match.schema->name + u'.' + match.table->name;
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestTableRefMatch)
#include "tst_tablerefmatch.moc"
