#include "engine/catalog/objecttypes.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

class tst_CatalogObjectTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lookup_data();
    void lookup();
    void lookupInMode_data();
    void lookupInMode();
    void notFound_data();
    void notFound();
    void canonicalPaths_data();
    void canonicalPaths();
    void everyPathResolvesToItsKind();
    void dependents_data();
    void dependents();
    void availability_data();
    void availability();
};

void tst_CatalogObjectTypes::lookup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<bool>("named");
    QTest::addColumn<bool>("ignored");

    QTest::newRow("table") << u"TABLE"_s << u"TABLE"_s << true << false;
    QTest::newRow("lower case, blanks") << u"  table "_s << u"TABLE"_s << true << false;
    QTest::newRow("index") << u"index"_s << u"INDEX"_s << true << false;
    QTest::newRow("constraint is not FKs") << u"CONSTRAINT"_s << u"CONSTRAINT"_s << true << false;
    QTest::newRow("ref_constraint") << u"Ref_Constraint"_s << u"REF_CONSTRAINT"_s << true << false;
    QTest::newRow("grant covers all grants")
        << u"GRANT"_s << u"SYSTEM_GRANT, ROLE_GRANT, OBJECT_GRANT"_s << false << false;
    QTest::newRow("object_grant") << u"OBJECT_GRANT"_s << u"OBJECT_GRANT"_s << false << false;
    QTest::newRow("type_spec alias") << u"TYPE_SPEC"_s << u"TYPE"_s << true << false;
    QTest::newRow("statistics is a no-op") << u"STATISTICS"_s << u"STATISTICS"_s << false << true;
    QTest::newRow("index_statistics") << u"INDEX_STATISTICS"_s << u"STATISTICS"_s << false << true;
    QTest::newRow("table_data") << u"TABLE_DATA"_s << u"TABLE_DATA"_s << true << false;
    QTest::newRow("comment") << u"COMMENT"_s << u"COMMENT"_s << false << false;
    QTest::newRow("materialized_view")
        << u"MATERIALIZED_VIEW"_s << u"MATERIALIZED_VIEW"_s << true << false;
    QTest::newRow("full path") << u"SCHEMA_EXPORT/TABLE/INDEX/INDEX"_s << u"INDEX"_s << true
                               << false;
    QTest::newRow("full path, lower case, trailing slash")
        << u"schema_export/table/table/"_s << u"TABLE"_s << true << false;
    QTest::newRow("partial path: both constraint kinds")
        << u"SCHEMA_EXPORT/TABLE/CONSTRAINT"_s << u"CONSTRAINT, REF_CONSTRAINT"_s << true << false;
    QTest::newRow("partial path: a table and what hangs off it")
        << u"TABLE_EXPORT/TABLE"_s
        << u"TABLE, TABLE_DATA, COMMENT, INDEX, CONSTRAINT, REF_CONSTRAINT, TRIGGER, "
           u"OBJECT_GRANT, STATISTICS"_s
        << false << false;
    QTest::newRow("view path") << u"SCHEMA_EXPORT/VIEW/VIEW"_s << u"VIEW"_s << true << false;
    QTest::newRow("grant path on a sequence")
        << u"SCHEMA_EXPORT/SEQUENCE/GRANT/OWNER_GRANT/OBJECT_GRANT"_s << u"OBJECT_GRANT"_s << false
        << false;
    QTest::newRow("full mode user")
        << u"DATABASE_EXPORT/SCHEMA/USER"_s << u"USER"_s << true << false;
    QTest::newRow("full mode role") << u"DATABASE_EXPORT/ROLE"_s << u"ROLE"_s << true << false;
}

void tst_CatalogObjectTypes::lookup()
{
    QFETCH(QString, text);
    QFETCH(QString, kinds);
    QFETCH(bool, named);
    QFETCH(bool, ignored);

    const ObjectTypeLookup result = ObjectTypes::lookup(text);
    QVERIFY2(result.found, qPrintable(result.errorString));
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(result.kinds.toString(), kinds);
    QCOMPARE(result.named, named);
    QCOMPARE(result.ignored, ignored);
}

void tst_CatalogObjectTypes::lookupInMode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("root");
    QTest::addColumn<QString>("kinds"); // empty: not found

    const int full = int(ObjectPathRoot::Database);
    const int schema = int(ObjectPathRoot::Schema);
    const int table = int(ObjectPathRoot::Table);
    QTest::newRow("grant in table mode: object grants only")
        << u"GRANT"_s << table << u"OBJECT_GRANT"_s;
    QTest::newRow("grant in full mode")
        << u"GRANT"_s << full << u"SYSTEM_GRANT, ROLE_GRANT, OBJECT_GRANT"_s;
    QTest::newRow("view in table mode") << u"VIEW"_s << table << QString();
    QTest::newRow("role in schema mode") << u"ROLE"_s << schema << QString();
    QTest::newRow("role in full mode") << u"ROLE"_s << full << u"ROLE"_s;
    QTest::newRow("user in schema mode") << u"USER"_s << schema << u"USER"_s;
    QTest::newRow("path of another mode") << u"TABLE_EXPORT/TABLE/TABLE"_s << schema << QString();
    QTest::newRow("path of the same mode") << u"TABLE_EXPORT/TABLE/TABLE"_s << table << u"TABLE"_s;
    QTest::newRow("full-mode schema prefix")
        << u"DATABASE_EXPORT/SCHEMA/SEQUENCE"_s << full << u"SEQUENCE, OBJECT_GRANT"_s;
}

void tst_CatalogObjectTypes::lookupInMode()
{
    QFETCH(QString, text);
    QFETCH(int, root);
    QFETCH(QString, kinds);

    const ObjectTypeLookup result = ObjectTypes::lookup(text, ObjectPathRoot(root));
    QCOMPARE(result.found, !kinds.isEmpty());
    QCOMPARE(result.kinds.toString(), kinds);
    if (!result.found)
        QVERIFY(result.errorString.startsWith(u"Object path "_s + text + u" was not found."_s));
}

void tst_CatalogObjectTypes::notFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");
    QTest::addColumn<QString>("message");

    QTest::newRow("swapped letters")
        << u"TABEL"_s << u"TABLE"_s << u"Object path TABEL was not found. Did you mean TABLE?"_s;
    QTest::newRow("plural") << u"indexes"_s << u"INDEX"_s
                            << u"Object path INDEXES was not found. Did you mean INDEX?"_s;
    QTest::newRow("truncated") << u"MATERIALIZED"_s << u"MATERIALIZED_VIEW"_s
                               << u"Object path MATERIALIZED was not found. "
                                  u"Did you mean MATERIALIZED_VIEW?"_s;
    QTest::newRow("misspelt path")
        << u"SCHEMA_EXPORT/TABLE/INDX/INDEX"_s << u"SCHEMA_EXPORT/TABLE/INDEX/INDEX"_s
        << u"Object path SCHEMA_EXPORT/TABLE/INDX/INDEX was not found. "
           u"Did you mean SCHEMA_EXPORT/TABLE/INDEX/INDEX?"_s;
    QTest::newRow("nonsense") << u"BANANA_SPLIT"_s << QString()
                              << u"Object path BANANA_SPLIT was not found."_s;
    QTest::newRow("oracle only")
        << u"synonym"_s << QString()
        << u"Object path SYNONYM was not found. SYNONYM is an Oracle object type that SQLite, "
           u"PostgreSQL and MariaDB do not have."_s;
    QTest::newRow("empty") << u""_s << QString() << u"Object path  was not found."_s;
}

void tst_CatalogObjectTypes::notFound()
{
    QFETCH(QString, text);
    QFETCH(QString, suggestion);
    QFETCH(QString, message);

    const ObjectTypeLookup result = ObjectTypes::lookup(text);
    QVERIFY(!result.found);
    QVERIFY(result.kinds.isEmpty());
    QCOMPARE(result.suggestion, suggestion);
    QCOMPARE(result.errorString, message);
}

void tst_CatalogObjectTypes::canonicalPaths_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("root");
    QTest::addColumn<QString>("path");

    const int full = int(ObjectPathRoot::Database);
    const int schema = int(ObjectPathRoot::Schema);
    const int table = int(ObjectPathRoot::Table);
    QTest::newRow("table/schema") << int(ObjectKind::Table) << schema
                                  << u"SCHEMA_EXPORT/TABLE/TABLE"_s;
    QTest::newRow("table/full") << int(ObjectKind::Table) << full
                                << u"DATABASE_EXPORT/SCHEMA/TABLE/TABLE"_s;
    QTest::newRow("table/table") << int(ObjectKind::Table) << table
                                 << u"TABLE_EXPORT/TABLE/TABLE"_s;
    QTest::newRow("data") << int(ObjectKind::TableData) << schema
                          << u"SCHEMA_EXPORT/TABLE/TABLE_DATA"_s;
    QTest::newRow("index") << int(ObjectKind::Index) << table
                           << u"TABLE_EXPORT/TABLE/INDEX/INDEX"_s;
    QTest::newRow("constraint") << int(ObjectKind::Constraint) << schema
                                << u"SCHEMA_EXPORT/TABLE/CONSTRAINT/CONSTRAINT"_s;
    QTest::newRow("fk") << int(ObjectKind::RefConstraint) << full
                        << u"DATABASE_EXPORT/SCHEMA/TABLE/CONSTRAINT/REF_CONSTRAINT"_s;
    QTest::newRow("trigger") << int(ObjectKind::Trigger) << schema
                             << u"SCHEMA_EXPORT/TABLE/TRIGGER"_s;
    QTest::newRow("comment") << int(ObjectKind::Comment) << schema
                             << u"SCHEMA_EXPORT/TABLE/COMMENT"_s;
    QTest::newRow("grant") << int(ObjectKind::ObjectGrant) << schema
                           << u"SCHEMA_EXPORT/TABLE/GRANT/OWNER_GRANT/OBJECT_GRANT"_s;
    QTest::newRow("view") << int(ObjectKind::View) << schema << u"SCHEMA_EXPORT/VIEW/VIEW"_s;
    QTest::newRow("view/table mode") << int(ObjectKind::View) << table << QString();
    QTest::newRow("sequence") << int(ObjectKind::Sequence) << schema
                              << u"SCHEMA_EXPORT/SEQUENCE/SEQUENCE"_s;
    QTest::newRow("function") << int(ObjectKind::Function) << schema
                              << u"SCHEMA_EXPORT/FUNCTION/FUNCTION"_s;
    QTest::newRow("procedure") << int(ObjectKind::Procedure) << full
                               << u"DATABASE_EXPORT/SCHEMA/PROCEDURE/PROCEDURE"_s;
    QTest::newRow("type") << int(ObjectKind::Type) << schema << u"SCHEMA_EXPORT/TYPE/TYPE_SPEC"_s;
    QTest::newRow("matview") << int(ObjectKind::MaterializedView) << schema
                             << u"SCHEMA_EXPORT/MATERIALIZED_VIEW"_s;
    QTest::newRow("user/full") << int(ObjectKind::User) << full << u"DATABASE_EXPORT/SCHEMA/USER"_s;
    QTest::newRow("user/schema") << int(ObjectKind::User) << schema << u"SCHEMA_EXPORT/USER"_s;
    QTest::newRow("role/full") << int(ObjectKind::Role) << full << u"DATABASE_EXPORT/ROLE"_s;
    QTest::newRow("role/schema") << int(ObjectKind::Role) << schema << QString();
    QTest::newRow("system grant") << int(ObjectKind::SystemGrant) << full
                                  << u"DATABASE_EXPORT/SCHEMA/GRANT/SYSTEM_GRANT"_s;
}

void tst_CatalogObjectTypes::canonicalPaths()
{
    QFETCH(int, kind);
    QFETCH(int, root);
    QFETCH(QString, path);
    QCOMPARE(ObjectTypes::canonicalPath(ObjectKind(kind), ObjectPathRoot(root)), path);
    QCOMPARE(ObjectTypes::availableIn(ObjectKind(kind), ObjectPathRoot(root)), !path.isEmpty());
}

void tst_CatalogObjectTypes::everyPathResolvesToItsKind()
{
    // Every path the registry prints must be accepted back by lookup(), and
    // select at least the kind it was printed for.
    for (int r = 0; r < 3; ++r) {
        const auto root = ObjectPathRoot(r);
        for (int k = 0; k < kObjectKindCount; ++k) {
            const auto kind = ObjectKind(k);
            for (const QString &path : ObjectTypes::paths(kind, root)) {
                const ObjectTypeLookup result = ObjectTypes::lookup(path, root);
                QVERIFY2(result.found, qPrintable(path));
                QVERIFY2(result.kinds.contains(kind), qPrintable(path));
                QCOMPARE(result.root, std::optional<ObjectPathRoot>(root));
            }
        }
    }
    // And every kind's short name resolves to the kind itself.
    for (int k = 0; k < kObjectKindCount; ++k) {
        const auto kind = ObjectKind(k);
        const ObjectTypeLookup result = ObjectTypes::lookup(objectKindName(kind));
        QVERIFY2(result.found, qPrintable(objectKindName(kind)));
        QCOMPARE(result.kinds, ObjectKindSet{kind});
        QCOMPARE(result.named, ObjectTypes::isNamed(kind));
    }
}

void tst_CatalogObjectTypes::dependents_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("dependents");

    QTest::newRow("table") << u"TABLE"_s
                           << u"TABLE_DATA, COMMENT, INDEX, CONSTRAINT, REF_CONSTRAINT, TRIGGER, "
                              u"OBJECT_GRANT, STATISTICS"_s;
    QTest::newRow("view") << u"VIEW"_s << u"COMMENT, TRIGGER, OBJECT_GRANT"_s;
    QTest::newRow("matview") << u"MATERIALIZED_VIEW"_s
                             << u"COMMENT, INDEX, OBJECT_GRANT, STATISTICS"_s;
    QTest::newRow("sequence") << u"SEQUENCE"_s << u"COMMENT, OBJECT_GRANT"_s;
    QTest::newRow("user") << u"USER"_s << u"SYSTEM_GRANT, ROLE_GRANT"_s;
    QTest::newRow("index") << u"INDEX"_s << u"STATISTICS"_s;
    QTest::newRow("leaf") << u"REF_CONSTRAINT"_s << QString();
    QTest::newRow("schema holds everything schema-level")
        << u"SCHEMA"_s
        << u"TYPE, DOMAIN, SEQUENCE, TABLE, TABLE_DATA, COMMENT, INDEX, CONSTRAINT, "
           u"REF_CONSTRAINT, TRIGGER, OBJECT_GRANT, VIEW, MATERIALIZED_VIEW, FUNCTION, "
           u"PROCEDURE, AGGREGATE, STATISTICS"_s;
}

void tst_CatalogObjectTypes::dependents()
{
    QFETCH(QString, parent);
    QFETCH(QString, dependents);
    const ObjectTypeLookup result = ObjectTypes::lookup(parent);
    QVERIFY(result.found);
    QCOMPARE(ObjectTypes::dependents(result.kinds).toString(), dependents);
}

void tst_CatalogObjectTypes::availability_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("reason"); // empty: available

    const int sqlite = int(Dialect::SQLite);
    const int pg = int(Dialect::PostgreSQL);
    const int maria = int(Dialect::MariaDB);
    QTest::newRow("grant/sqlite") << u"OBJECT_GRANT"_s << sqlite << u"SQLite has no grants"_s;
    QTest::newRow("grant/pg") << u"OBJECT_GRANT"_s << pg << QString();
    QTest::newRow("type/mariadb") << u"TYPE"_s << maria << u"MariaDB has no user-defined types"_s;
    QTest::newRow("type/pg") << u"TYPE"_s << pg << QString();
    QTest::newRow("domain/sqlite") << u"DOMAIN"_s << sqlite << u"SQLite has no domains"_s;
    QTest::newRow("sequence/sqlite") << u"SEQUENCE"_s << sqlite << u"SQLite has no sequences"_s;
    QTest::newRow("sequence/mariadb") << u"SEQUENCE"_s << maria << QString();
    QTest::newRow("matview/mariadb")
        << u"MATERIALIZED_VIEW"_s << maria << u"MariaDB has no materialized views"_s;
    QTest::newRow("function/sqlite")
        << u"FUNCTION"_s << sqlite << u"SQLite has no stored functions"_s;
    QTest::newRow("procedure/mariadb") << u"PROCEDURE"_s << maria << QString();
    QTest::newRow("trigger/sqlite") << u"TRIGGER"_s << sqlite << QString();
    QTest::newRow("view/sqlite") << u"VIEW"_s << sqlite << QString();
    QTest::newRow("index/sqlite") << u"INDEX"_s << sqlite << QString();
    QTest::newRow("fk/sqlite") << u"REF_CONSTRAINT"_s << sqlite << QString();
    QTest::newRow("comment/sqlite") << u"COMMENT"_s << sqlite << u"SQLite has no comments"_s;
    QTest::newRow("user/sqlite") << u"USER"_s << sqlite << u"SQLite has no users"_s;
    QTest::newRow("statistics/sqlite: ignored, never an error")
        << u"STATISTICS"_s << sqlite << QString();
}

void tst_CatalogObjectTypes::availability()
{
    QFETCH(QString, type);
    QFETCH(int, dialect);
    QFETCH(QString, reason);
    const ObjectTypeLookup result = ObjectTypes::lookup(type);
    QVERIFY(result.found);
    QCOMPARE(result.kinds.count(), 1);
    const ObjectKind kind = result.kinds.toList().constFirst();
    QCOMPARE(ObjectTypes::unavailableReason(kind, Dialect(dialect)), reason);
    if (!ObjectTypes::isIgnored(kind))
        QCOMPARE(ObjectTypes::availableOn(kind, Dialect(dialect)), reason.isEmpty());
    QCOMPARE(
        ObjectTypes::notFoundMessage(type, ObjectTypes::unavailableReason(kind, Dialect(dialect))),
        reason.isEmpty() ? u"Object path %1 was not found."_s.arg(type)
                         : u"Object path %1 was not found. %2."_s.arg(type, reason));
}

QTEST_GUILESS_MAIN(tst_CatalogObjectTypes)
#include "tst_catalogobjecttypes.moc"
