// The cross-engine type mapping table: every rule is reachable (some type
// maps through it, no earlier rule shadows it) and warns exactly when the
// table says so; and the documented examples map as docs/type-mapping.md says.

#include "engine/catalog/typemapper.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

QList<int> candidates(int min, int max)
{
    QList<int> values;
    for (int v : {min, max, 1, 2, 10, 18, 20, 38, 40, 70, 255, 300, 70000}) {
        if (v >= 0 && (min < 0 || v >= min) && (max < 0 || v <= max) && !values.contains(v))
            values.append(v);
    }
    return values;
}

// A concrete type name for a rule's name pattern ("*int*" -> "xintx").
QString concreteName(const QString &pattern)
{
    return QString(pattern).replace(u'*', u'x');
}

// Types that satisfy the rule's own conditions, in several shapes.
QList<DataType> witnesses(const TypeMapRule &rule)
{
    QList<DataType> result;
    for (const QString &pattern : rule.types) {
        for (int argumentCount : {0, 1, 2}) {
            if ((rule.hasArguments == TypeMapRule::Flag::Yes && argumentCount == 0) ||
                (rule.hasArguments == TypeMapRule::Flag::No && argumentCount > 0))
                continue;
            const QList<int> firsts =
                argumentCount > 0 ? candidates(rule.firstMin, rule.firstMax) : QList<int>{-1};
            const QList<int> seconds =
                argumentCount > 1 ? candidates(rule.secondMin, rule.secondMax) : QList<int>{-1};
            QList<bool> unsignedValues{rule.isUnsigned == TypeMapRule::Flag::Yes};
            if (rule.isUnsigned == TypeMapRule::Flag::Any)
                unsignedValues.append(true);
            for (int first : firsts) {
                for (int second : seconds) {
                    for (bool isUnsigned : unsignedValues) {
                        DataType type;
                        type.name = concreteName(pattern);
                        if (first >= 0)
                            type.arguments.append(first);
                        if (second >= 0)
                            type.arguments.append(second);
                        type.isUnsigned = isUnsigned;
                        type.arrayDimensions = rule.isArray == TypeMapRule::Flag::Yes ? 1 : 0;
                        type.text = type.toSql();
                        result.append(type);
                    }
                }
            }
        }
    }
    return result;
}

} // namespace

class tst_TypeMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyRule_data();
    void everyRule();
    void examples_data();
    void examples();
    void enumCheck();
};

void tst_TypeMap::everyRule_data()
{
    QTest::addColumn<int>("index");
    const QList<TypeMapRule> &rules = TypeMapRule::rules();
    QVERIFY(rules.size() > 50);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const TypeMapRule &rule = rules.at(i);
        QTest::addRow("%s->%s #%d %s", qPrintable(dialectName(rule.source)),
                      qPrintable(dialectName(rule.target)), int(i),
                      qPrintable(rule.types.join(u'|')))
            << int(i);
    }
}

void tst_TypeMap::everyRule()
{
    QFETCH(int, index);
    const TypeMapRule &rule = TypeMapRule::rules().at(index);
    const TypeMapper mapper(rule.source, rule.target);
    bool reached = false;
    for (const DataType &type : witnesses(rule)) {
        const TypeMapper::Result result = mapper.map(type, u"s.t.c"_s);
        if (result.rule != &rule)
            continue;
        reached = true;
        QCOMPARE(result.type, rule.targetFor(type));
        QVERIFY(!result.type.isEmpty());
        QCOMPARE(result.warning.has_value(), rule.warns);
        if (rule.warns) {
            QCOMPARE(result.warning->severity, rule.severity);
            QCOMPARE(result.warning->object, u"s.t.c"_s);
            QVERIFY(result.warning->message.contains(rule.note));
            QVERIFY(result.warning->message.contains(result.type));
        }
        break;
    }
    QVERIFY2(reached, "no type reaches this rule: an earlier rule shadows it");
}

void tst_TypeMap::examples_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");
    // -1: exact, else the DdlWarning::Severity.
    QTest::addColumn<int>("severity");

    const int exact = -1;
    const int P = int(Dialect::PostgreSQL);
    const int M = int(Dialect::MariaDB);
    const int S = int(Dialect::SQLite);
    QTest::newRow("pg numeric(15,2) -> mariadb")
        << P << M << u"numeric(15,2)"_s << u"decimal(15,2)"_s << exact;
    QTest::newRow("pg numeric -> mariadb (unconstrained)")
        << P << M << u"numeric"_s << u"decimal(65,30)"_s << int(DdlWarning::Severity::Lossy);
    QTest::newRow("pg boolean -> mariadb")
        << P << M << u"boolean"_s << u"tinyint(1)"_s << int(DdlWarning::Severity::Choice);
    QTest::newRow("pg timestamptz -> mariadb")
        << P << M << u"timestamp with time zone"_s << u"datetime(6)"_s
        << int(DdlWarning::Severity::Approximate);
    QTest::newRow("pg numeric(40,2) -> sqlite")
        << P << S << u"numeric(40,2)"_s << u"numeric(40,2)"_s << int(DdlWarning::Severity::Lossy);
    QTest::newRow("pg numeric(8,2) -> sqlite")
        << P << S << u"numeric(8,2)"_s << u"numeric(8,2)"_s << exact;
    QTest::newRow("mariadb tinyint(1) -> pg")
        << M << P << u"tinyint(1)"_s << u"boolean"_s << int(DdlWarning::Severity::Choice);
    QTest::newRow("mariadb bigint unsigned -> pg")
        << M << P << u"bigint(20) unsigned"_s << u"numeric(20,0)"_s
        << int(DdlWarning::Severity::Choice);
    QTest::newRow("sqlite varchar(25) -> pg")
        << S << P << u"VARCHAR(25)"_s << u"character varying(25)"_s << exact;
    QTest::newRow("sqlite untyped -> pg")
        << S << P << QString() << u"text"_s << int(DdlWarning::Severity::Approximate);
}

void tst_TypeMap::examples()
{
    QFETCH(int, source);
    QFETCH(int, target);
    QFETCH(QString, type);
    QFETCH(QString, expected);
    QFETCH(int, severity);

    const TypeMapper mapper{Dialect(source), Dialect(target)};
    const TypeMapper::Result result = mapper.map(DataType::parse(type), u"hr.t.c"_s);
    QCOMPARE(result.type, expected);
    QCOMPARE(result.warning.has_value(), severity >= 0);
    if (severity >= 0)
        QCOMPARE(int(result.warning->severity), severity);
}

void tst_TypeMap::enumCheck()
{
    ColumnDef column;
    column.name = u"status"_s;
    column.type = DataType::parse(u"enum('active','it''s')"_s);
    const TypeMapper mapper(Dialect::MariaDB, Dialect::PostgreSQL);
    const TypeMapper::Result result = mapper.map(column, u"shop.customers.status"_s);
    QCOMPARE(result.check, u"status IN ('active', 'it''s')"_s);
    QVERIFY(result.warning.has_value());
}

QTEST_GUILESS_MAIN(tst_TypeMap)
#include "tst_typemap.moc"
