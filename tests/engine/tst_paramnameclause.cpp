// Name clauses (INCLUDE/EXCLUDE) and the name case rule: unquoted names and
// literals match case-insensitively, a match on names that differ only in case
// is an error listing both, quoted names match exactly.
#include "engine/params/identifiermatcher.h"
#include "engine/params/nameclause.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

class TestParamNameClause : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("canonical"); // empty: must fail
        QTest::addColumn<QString>("error");
        QTest::newRow("equal") << u"='HR'"_s << u"= 'HR'"_s << QString();
        QTest::newRow("not equal <>") << u"<> 'HR'"_s << u"!= 'HR'"_s << QString();
        QTest::newRow("not equal ^=") << u"^='HR'"_s << u"!= 'HR'"_s << QString();
        QTest::newRow("like") << u"LIKE 'EMP%'"_s << u"LIKE 'EMP%'"_s << QString();
        QTest::newRow("like lower") << u"like 'emp_%'"_s << u"LIKE 'emp_%'"_s << QString();
        QTest::newRow("not like") << u"NOT LIKE 'TMP%'"_s << u"NOT LIKE 'TMP%'"_s << QString();
        QTest::newRow("in") << u"IN ('EMPLOYEES', 'DEPARTMENTS')"_s
                            << u"IN ('EMPLOYEES','DEPARTMENTS')"_s << QString();
        QTest::newRow("in no space") << u"IN('A')"_s << u"IN ('A')"_s << QString();
        QTest::newRow("not in") << u"NOT IN ('A','B')"_s << u"NOT IN ('A','B')"_s << QString();
        QTest::newRow("quote in literal") << u"= 'O''Brien'"_s << u"= 'O''Brien'"_s << QString();
        QTest::newRow("exact literal") << u"= '\"Emp\"'"_s << u"= '\"Emp\"'"_s << QString();
        QTest::newRow("trailing space") << u"LIKE 'EMP%' "_s << u"LIKE 'EMP%'"_s << QString();
        QTest::newRow("empty") << u" "_s << QString() << u"empty"_s;
        QTest::newRow("no operator") << u"'EMP'"_s << QString() << u"must start with"_s;
        QTest::newRow("greater") << u"> 'A'"_s << QString() << u"ordering comparisons"_s;
        QTest::newRow("subquery in")
            << u"IN (SELECT name FROM t)"_s << QString() << u"subqueries"_s;
        QTest::newRow("subquery =") << u"= (SELECT 1)"_s << QString() << u"subqueries"_s;
        QTest::newRow("unquoted") << u"IN (EMP, DEPT)"_s << QString() << u"single quotes"_s;
        QTest::newRow("double quoted name") << u"= \"EMP\""_s << QString() << u"single quotes"_s;
        QTest::newRow("escape") << u"LIKE 'A%' ESCAPE '\\'"_s << QString() << u"ESCAPE"_s;
        QTest::newRow("trailing junk") << u"= 'A' OR 1=1"_s << QString() << u"unexpected text"_s;
        QTest::newRow("unterminated") << u"= 'A"_s << QString() << u"unterminated"_s;
        QTest::newRow("in without list") << u"IN 'A'"_s << QString() << u"parenthesised list"_s;
        QTest::newRow("in unclosed") << u"IN ('A' 'B')"_s << QString() << u"expected , or )"_s;
    }

    void parse()
    {
        QFETCH(QString, clause);
        QFETCH(QString, canonical);
        QFETCH(QString, error);
        QString message;
        const auto parsed = NameClause::parse(clause, &message);
        if (canonical.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QVERIFY2(parsed, qPrintable(message));
        QCOMPARE(parsed->toString(), canonical);
        // The canonical text parses back to the same clause.
        QCOMPARE(NameClause::parse(parsed->toString(), &message), parsed);
    }

    void select_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QStringList>("identifiers");
        QTest::addColumn<QStringList>("expected"); // selected, or the two ambiguous names
        QTest::addColumn<bool>("ambiguous");
        const int pg = int(Dialect::PostgreSQL);
        const int lite = int(Dialect::SQLite);
        const int maria = int(Dialect::MariaDB);
        const QStringList hr = {u"employees"_s, u"departments"_s, u"jobs"_s, u"emp_details_view"_s};
        QTest::newRow("Oracle habit upper case")
            << u"IN ('EMPLOYEES','DEPARTMENTS')"_s << pg << hr
            << QStringList{u"employees"_s, u"departments"_s} << false;
        QTest::newRow("like upper on lower")
            << u"LIKE 'EMP%'"_s << pg << hr << QStringList{u"employees"_s, u"emp_details_view"_s}
            << false;
        QTest::newRow("like underscore")
            << u"LIKE 'JOB_'"_s << pg << hr << QStringList{u"jobs"_s} << false;
        QTest::newRow("not in") << u"NOT IN ('jobs')"_s << pg << hr
                                << QStringList{u"employees"_s, u"departments"_s,
                                               u"emp_details_view"_s}
                                << false;
        QTest::newRow("not equal") << u"!= 'JOBS'"_s << maria << QStringList{u"jobs"_s, u"x"_s}
                                   << QStringList{u"x"_s} << false;
        QTest::newRow("ambiguous equal")
            << u"= 'EMP'"_s << pg << QStringList{u"emp"_s, u"Emp"_s, u"dept"_s}
            << QStringList{u"emp"_s, u"Emp"_s} << true;
        QTest::newRow("ambiguous like")
            << u"LIKE 'e%'"_s << maria << QStringList{u"emp"_s, u"EMP"_s}
            << QStringList{u"emp"_s, u"EMP"_s} << true;
        QTest::newRow("ambiguous negated")
            << u"NOT IN ('emp')"_s << pg << QStringList{u"emp"_s, u"EMP"_s}
            << QStringList{u"emp"_s, u"EMP"_s} << true;
        QTest::newRow("exact literal picks one")
            << u"= '\"Emp\"'"_s << pg << QStringList{u"emp"_s, u"Emp"_s} << QStringList{u"Emp"_s}
            << false;
        QTest::newRow("exact literal no match")
            << u"= '\"EMP\"'"_s << pg << QStringList{u"emp"_s} << QStringList{} << false;
        QTest::newRow("sqlite ascii fold")
            << u"= 'EMPLOYEES'"_s << lite << QStringList{u"Employees"_s}
            << QStringList{u"Employees"_s} << false;
        QTest::newRow("sqlite exact is ascii-insensitive")
            << u"= '\"EMPLOYEES\"'"_s << lite << QStringList{u"employees"_s}
            << QStringList{u"employees"_s} << false;
        QTest::newRow("unicode fold pg")
            << u"= 'ÉTÉ'"_s << pg << QStringList{u"été"_s} << QStringList{u"été"_s} << false;
        QTest::newRow("sqlite folds ascii only")
            << u"= 'ÉTÉ'"_s << lite << QStringList{u"été"_s} << QStringList{} << false;
    }

    void select()
    {
        QFETCH(QString, clause);
        QFETCH(int, dialect);
        QFETCH(QStringList, identifiers);
        QFETCH(QStringList, expected);
        QFETCH(bool, ambiguous);
        QString error;
        const auto parsed = NameClause::parse(clause, &error);
        QVERIFY2(parsed, qPrintable(error));
        const auto result = parsed->select(identifiers, Dialect(dialect));
        if (ambiguous) {
            QCOMPARE(result.status, IdentifierMatcher::Status::Ambiguous);
            QCOMPARE(result.identifiers, expected);
            QVERIFY(result.errorString.contains(u"differ only in case"_s));
            QVERIFY(result.errorString.contains(u'"' + expected.at(0) + u'"'));
            QVERIFY(result.errorString.contains(u'"' + expected.at(1) + u'"'));
            return;
        }
        QCOMPARE(result.identifiers, expected);
        for (const QString &identifier : identifiers)
            QCOMPARE(parsed->matches(identifier, Dialect(dialect)), expected.contains(identifier));
    }

    void resolveNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<QStringList>("identifiers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("expected");
        const int found = int(IdentifierMatcher::Status::Found);
        const int none = int(IdentifierMatcher::Status::NotFound);
        const int ambiguous = int(IdentifierMatcher::Status::Ambiguous);
        QTest::newRow("unquoted upper") << u"EMPLOYEES"_s << false << QStringList{u"employees"_s}
                                        << found << QStringList{u"employees"_s};
        QTest::newRow("unquoted ambiguous") << u"emp"_s << false << QStringList{u"emp"_s, u"EMP"_s}
                                            << ambiguous << QStringList{u"emp"_s, u"EMP"_s};
        QTest::newRow("quoted exact") << u"EMP"_s << true << QStringList{u"emp"_s, u"EMP"_s}
                                      << found << QStringList{u"EMP"_s};
        QTest::newRow("quoted no match")
            << u"Emp"_s << true << QStringList{u"emp"_s} << none << QStringList{};
        QTest::newRow("wildcard") << u"EMP%"_s << false << QStringList{u"employees"_s, u"jobs"_s}
                                  << found << QStringList{u"employees"_s};
        QTest::newRow("quoted percent is literal")
            << u"EMP%"_s << true << QStringList{u"employees"_s} << none << QStringList{};
    }

    void resolveNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, quoted);
        QFETCH(QStringList, identifiers);
        QFETCH(int, status);
        QFETCH(QStringList, expected);
        const auto result =
            IdentifierMatcher::resolve(SqlName{name, quoted}, identifiers, Dialect::PostgreSQL);
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.identifiers, expected);
        if (result.status == IdentifierMatcher::Status::Ambiguous) {
            QVERIFY(result.errorString.contains(name));
            QVERIFY(result.errorString.contains(u"double quotes"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestParamNameClause)
#include "tst_paramnameclause.moc"
