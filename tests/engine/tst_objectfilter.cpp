// INCLUDE/EXCLUDE evaluation over a catalog: which DDL statements and which
// table data survive, dependents following their parents, and the errors and
// notes Data Pump gives.

#include "engine/catalog/catalogobjectfilter.h"
#include "engine/catalog/ddlwriter.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

TableDef table(const QString &name, const QStringList &indexes, const QStringList &checks,
               const QStringList &foreignKeys, const QStringList &triggers)
{
    TableDef t;
    t.schema = u"hr"_s;
    t.name = name;
    ColumnDef id;
    id.name = u"id"_s;
    id.type = DataType::parse(u"integer"_s);
    t.columns.append(id);
    t.comment = u"about "_s + name;
    for (const QString &index : indexes) {
        IndexDef def;
        def.name = index;
        def.keys.append(IndexKey{u"id"_s, {}, false, -1, {}, {}});
        t.indexes.append(def);
    }
    for (const QString &check : checks) {
        ConstraintDef c;
        c.name = check;
        c.type = ConstraintType::Check;
        c.expression = u"id > 0"_s;
        t.constraints.append(c);
    }
    for (const QString &fk : foreignKeys) {
        ConstraintDef c;
        c.name = fk;
        c.type = ConstraintType::ForeignKey;
        c.columns = {u"id"_s};
        c.referencedTable = u"departments"_s;
        c.referencedColumns = {u"id"_s};
        t.constraints.append(c);
    }
    for (const QString &trigger : triggers) {
        TriggerDef def;
        def.name = trigger;
        def.definition = u"CREATE TRIGGER "_s + trigger;
        t.triggers.append(def);
    }
    return t;
}

// hr: employees (index, check, FK, trigger, grant), departments, "Emp" and
// "EMP" (differ only in case), a view, a sequence and a function.
Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.dialect = Dialect::PostgreSQL;
    SchemaDef hr;
    hr.name = u"hr"_s;
    hr.tables = {table(u"employees"_s, {u"emp_name_ix"_s}, {u"emp_salary_min"_s},
                       {u"emp_dept_fk"_s}, {u"update_job_history"_s}),
                 table(u"departments"_s, {u"dept_location_ix"_s}, {}, {}, {}),
                 table(u"Emp"_s, {}, {}, {}, {}), table(u"EMP"_s, {}, {}, {}, {})};
    ViewDef view;
    view.schema = u"hr"_s;
    view.name = u"emp_details_view"_s;
    view.query = u"SELECT 1"_s;
    hr.views.append(view);
    SequenceDef seq;
    seq.schema = u"hr"_s;
    seq.name = u"employees_seq"_s;
    hr.sequences.append(seq);
    RoutineDef fn;
    fn.schema = u"hr"_s;
    fn.name = u"salary_of"_s;
    fn.arguments = u"integer"_s;
    fn.definition = u"CREATE FUNCTION hr.salary_of(integer) ..."_s;
    hr.routines.append(fn);
    GrantDef grant;
    grant.objectKind = ObjectKind::Table;
    grant.schema = u"hr"_s;
    grant.object = u"employees"_s;
    grant.grantee = u"reporting"_s;
    grant.privilege = u"SELECT"_s;
    hr.grants.append(grant);
    GrantDef onView = grant;
    onView.objectKind = ObjectKind::View;
    onView.object = u"emp_details_view"_s;
    hr.grants.append(onView);
    catalog.schemas.append(hr);
    return catalog;
}

// "TYPE" or "TYPE:clause" per entry.
QList<ObjectFilter> filters(const QStringList &texts)
{
    QList<ObjectFilter> result;
    for (const QString &text : texts) {
        ObjectFilter filter;
        filter.objectType = text.section(u':', 0, 0);
        QString clause = text.section(u':', 1);
        if (clause.startsWith(u'"') && clause.endsWith(u'"'))
            clause = clause.mid(1, clause.size() - 2);
        if (!clause.isEmpty()) {
            QString error;
            filter.nameClause = NameClause::parse(clause, &error);
            // A clause the parser refuses makes the filter fail loudly.
            if (!filter.nameClause)
                filter.objectType = u"UNPARSED_CLAUSE "_s + error;
        }
        result.append(filter);
    }
    return result;
}

// The kept statements as "KIND name" (comments and grants with their parent).
QStringList describe(const QList<DdlStatement> &statements)
{
    QStringList result;
    for (const DdlStatement &s : statements) {
        const QString item = objectKindName(s.kind) + u' ' + s.name;
        if (!result.contains(item))
            result.append(item);
    }
    result.sort();
    return result;
}

} // namespace

class tst_ObjectFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void statements_data();
    void statements();
    void errors_data();
    void errors();
    void tableData();
    void nothingMatched();
};

void tst_ObjectFilter::statements_data()
{
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QStringList>("present");

    const QStringList employeesAndDependents{u"TABLE employees"_s,
                                             u"INDEX emp_name_ix"_s,
                                             u"CONSTRAINT emp_salary_min"_s,
                                             u"REF_CONSTRAINT emp_dept_fk"_s,
                                             u"TRIGGER update_job_history"_s,
                                             u"COMMENT employees"_s,
                                             u"OBJECT_GRANT employees"_s};
    QTest::newRow("no filter") << QStringList() << QStringList() << QStringList()
                               << employeesAndDependents + QStringList{u"VIEW emp_details_view"_s};
    QTest::newRow("exclude table takes dependents")
        << QStringList() << QStringList{u"TABLE:\"= 'EMPLOYEES'\""_s} << employeesAndDependents
        << QStringList{u"TABLE departments"_s, u"INDEX dept_location_ix"_s,
                       u"OBJECT_GRANT emp_details_view"_s, u"VIEW emp_details_view"_s};
    QTest::newRow("exclude like") << QStringList() << QStringList{u"TABLE:\"LIKE 'EMPL%'\""_s}
                                  << QStringList{u"TABLE employees"_s}
                                  << QStringList{u"TABLE departments"_s, u"TABLE Emp"_s};
    QTest::newRow("exclude index only")
        << QStringList() << QStringList{u"INDEX"_s}
        << QStringList{u"INDEX emp_name_ix"_s, u"INDEX dept_location_ix"_s}
        << QStringList{u"TABLE employees"_s, u"CONSTRAINT emp_salary_min"_s};
    QTest::newRow("exclude grant")
        << QStringList() << QStringList{u"GRANT"_s}
        << QStringList{u"OBJECT_GRANT employees"_s, u"OBJECT_GRANT emp_details_view"_s}
        << QStringList{u"TABLE employees"_s};
    QTest::newRow("exclude ref_constraint by path")
        << QStringList() << QStringList{u"SCHEMA_EXPORT/TABLE/CONSTRAINT/REF_CONSTRAINT"_s}
        << QStringList{u"REF_CONSTRAINT emp_dept_fk"_s}
        << QStringList{u"CONSTRAINT emp_salary_min"_s};
    QTest::newRow("include table in list")
        << QStringList{u"TABLE:\"IN ('EMPLOYEES', 'DEPARTMENTS')\""_s} << QStringList()
        << QStringList{u"VIEW emp_details_view"_s, u"SEQUENCE employees_seq"_s,
                       u"FUNCTION salary_of(integer)"_s, u"TABLE Emp"_s,
                       u"OBJECT_GRANT emp_details_view"_s}
        << employeesAndDependents + QStringList{u"TABLE departments"_s};
    QTest::newRow("include view only")
        << QStringList{u"VIEW"_s} << QStringList()
        << QStringList{u"TABLE employees"_s, u"INDEX emp_name_ix"_s}
        << QStringList{u"VIEW emp_details_view"_s, u"OBJECT_GRANT emp_details_view"_s};
    QTest::newRow("include then exclude")
        << QStringList{u"TABLE"_s} << QStringList{u"TRIGGER"_s, u"TABLE:\"!= 'EMPLOYEES'\""_s}
        << QStringList{u"TRIGGER update_job_history"_s, u"TABLE departments"_s}
        << QStringList{u"TABLE employees"_s, u"INDEX emp_name_ix"_s};
    QTest::newRow("function by bare name")
        << QStringList() << QStringList{u"FUNCTION:\"= 'SALARY_OF'\""_s}
        << QStringList{u"FUNCTION salary_of(integer)"_s} << QStringList{u"TABLE employees"_s};
    QTest::newRow("exact quoted name")
        << QStringList() << QStringList{u"TABLE:\"= '\"Emp\"'\""_s} << QStringList{u"TABLE Emp"_s}
        << QStringList{u"TABLE EMP"_s};
}

void tst_ObjectFilter::statements()
{
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, present);

    const Catalog catalog = sampleCatalog();
    DdlWriter writer(Dialect::PostgreSQL, DdlOptions{Dialect::PostgreSQL});
    const QList<DdlStatement> all = writer.script(catalog);
    CatalogObjectFilter filter(Dialect::PostgreSQL, ObjectPathRoot::Schema);
    QVERIFY2(filter.prepare(catalog, filters(includes), filters(excludes)),
             qPrintable(filter.errorString()));
    const QStringList kept = describe(filter.filter(all));
    for (const QString &item : present)
        QVERIFY2(kept.contains(item), qPrintable(item + u" missing from "_s + kept.join(u", ")));
    for (const QString &item : absent)
        QVERIFY2(!kept.contains(item), qPrintable(item + u" kept in "_s + kept.join(u", ")));
    QVERIFY2(!describe(all).isEmpty(), "the writer produced nothing");
}

void tst_ObjectFilter::errors_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QStringList>("excludes");
    QTest::addColumn<QString>("error");

    QTest::newRow("grant on sqlite")
        << int(Dialect::SQLite) << QStringList{u"GRANT"_s} << u"Object path GRANT was not found"_s;
    QTest::newRow("procedure on sqlite") << int(Dialect::SQLite) << QStringList{u"PROCEDURE"_s}
                                         << u"Object path PROCEDURE was not found"_s;
    QTest::newRow("unknown path") << int(Dialect::PostgreSQL) << QStringList{u"TABLESPACE_X"_s}
                                  << u"TABLESPACE_X"_s;
    QTest::newRow("clause on grant")
        << int(Dialect::PostgreSQL) << QStringList{u"GRANT:\"= 'X'\""_s} << u"has no names"_s;
    QTest::newRow("ambiguous case")
        << int(Dialect::PostgreSQL) << QStringList{u"TABLE:\"= 'emp'\""_s} << u"ambiguous"_s;
}

void tst_ObjectFilter::errors()
{
    QFETCH(int, dialect);
    QFETCH(QStringList, excludes);
    QFETCH(QString, error);

    Catalog catalog = sampleCatalog();
    catalog.dialect = Dialect(dialect);
    CatalogObjectFilter filter(Dialect(dialect), ObjectPathRoot::Schema);
    QVERIFY(!filter.prepare(catalog, {}, filters(excludes)));
    QVERIFY2(filter.errorString().contains(error), qPrintable(filter.errorString()));
}

void tst_ObjectFilter::tableData()
{
    const Catalog catalog = sampleCatalog();
    CatalogObjectFilter filter(Dialect::PostgreSQL, ObjectPathRoot::Schema);
    QVERIFY(filter.prepare(
        catalog, {}, filters({u"TABLE:\"= 'DEPARTMENTS'\""_s, u"TABLE_DATA:\"= 'EMPLOYEES'\""_s})));
    QVERIFY(!filter.includesData(u"hr"_s, u"departments"_s));
    QVERIFY(!filter.includesData(u"hr"_s, u"employees"_s));
    QVERIFY(filter.keeps(ObjectKind::Table, u"hr"_s, u"employees"_s));
    QVERIFY(filter.includesData(u"hr"_s, u"Emp"_s));
}

void tst_ObjectFilter::nothingMatched()
{
    const Catalog catalog = sampleCatalog();
    CatalogObjectFilter filter(Dialect::PostgreSQL, ObjectPathRoot::Schema);
    QVERIFY(
        filter.prepare(catalog, {}, filters({u"TABLE:\"= 'NOPE'\""_s, u"MATERIALIZED_VIEW"_s})));
    QCOMPARE(filter.messages().size(), 2);
    QVERIFY2(filter.messages().first().contains(u"matched no object"_s),
             qPrintable(filter.messages().join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_ObjectFilter)
#include "tst_objectfilter.moc"
