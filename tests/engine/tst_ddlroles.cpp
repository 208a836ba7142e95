// Users, roles and the privileges around them as DDL, without a server: the
// same engine, every pair of engines, and what each target cannot express
// (docs/type-mapping.md, "Users and roles"); grants on schemas and types and
// comments on constraints, indexes and triggers; the SYSTEM_GRANT / ROLE_GRANT
// filters on roles.

#include "engine/catalog/catalogobjectfilter.h"
#include "engine/catalog/ddlwriter.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sluice::engine::Dialect)
Q_DECLARE_METATYPE(sluice::engine::RoleDef)

namespace {

RoleDef pgRole(const QString &name, bool login)
{
    RoleDef r;
    r.name = name;
    r.canLogin = login;
    return r;
}

// A PostgreSQL login role with attributes, a membership with ADMIN OPTION,
// and the role it belongs to.
QList<RoleDef> pgRoles()
{
    RoleDef reader = pgRole(u"reader"_s, false);
    reader.comment = u"Reads reports"_s;
    RoleDef alice = pgRole(u"alice"_s, true);
    alice.createDb = true;
    alice.connectionLimit = 5;
    alice.memberOf = {u"reader"_s};
    alice.adminOf = {u"reader"_s};
    return {reader, alice};
}

// A MariaDB role with a global privilege and an account using it by default.
QList<RoleDef> mariadbRoles()
{
    RoleDef reporting;
    reporting.name = u"reporting"_s;
    reporting.privileges = {u"SHOW DATABASES"_s};
    RoleDef bob;
    bob.name = u"bob"_s;
    bob.host = u"10.%"_s;
    bob.canLogin = true;
    bob.privileges = {u"PROCESS"_s, u"CREATE USER"_s};
    bob.grantOption = true;
    bob.memberOf = {u"reporting"_s};
    bob.defaultRole = u"reporting"_s;
    return {reporting, bob};
}

QStringList sqlOf(const QList<DdlStatement> &statements)
{
    QStringList sql;
    for (const DdlStatement &statement : statements)
        sql << statement.sql;
    return sql;
}

QStringList warningsOf(const DdlWriter &writer)
{
    QStringList result;
    for (const DdlWarning &warning : writer.warnings())
        result << warning.object + u": "_s + warning.message;
    return result;
}

} // namespace

class tst_DdlRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roles_data();
    void roles();
    void roleStatementKinds();
    void roleFilters_data();
    void roleFilters();
    void schemaAndTypeGrants();
    void dependentComments();
    void dependentCommentsElsewhere();
};

void tst_DdlRoles::roles_data()
{
    QTest::addColumn<Dialect>("source");
    QTest::addColumn<Dialect>("target");
    QTest::addColumn<QList<RoleDef>>("roles");
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("warnings");

    const QString noPassword =
        u"passwords are not exported: the account is created without one; set it before use"_s;
    QTest::newRow("postgres to postgres")
        << Dialect::PostgreSQL << Dialect::PostgreSQL << pgRoles()
        << QStringList{u"CREATE ROLE reader"_s, u"COMMENT ON ROLE reader IS 'Reads reports'"_s,
                       u"CREATE ROLE alice WITH LOGIN CREATEDB CONNECTION LIMIT 5"_s,
                       u"GRANT reader TO alice WITH ADMIN OPTION"_s}
        << QStringList{u"alice: "_s + noPassword};
    QTest::newRow("mariadb to mariadb")
        << Dialect::MariaDB << Dialect::MariaDB << mariadbRoles()
        << QStringList{u"CREATE ROLE `reporting`"_s,
                       u"GRANT SHOW DATABASES ON *.* TO `reporting`"_s,
                       u"CREATE USER 'bob'@'10.%'"_s,
                       u"GRANT PROCESS, CREATE USER ON *.* TO 'bob'@'10.%' WITH GRANT OPTION"_s,
                       u"GRANT `reporting` TO 'bob'@'10.%'"_s,
                       u"SET DEFAULT ROLE `reporting` FOR 'bob'@'10.%'"_s}
        << QStringList{u"'bob'@'10.%': "_s + noPassword};
    QTest::newRow("postgres to mariadb")
        << Dialect::PostgreSQL << Dialect::MariaDB << pgRoles()
        << QStringList{u"CREATE ROLE `reader`"_s,
                       u"CREATE USER 'alice'@'%' WITH MAX_USER_CONNECTIONS 5"_s,
                       u"GRANT CREATE ON *.* TO 'alice'@'%'"_s,
                       u"GRANT `reader` TO 'alice'@'%' WITH ADMIN OPTION"_s,
                       u"SET DEFAULT ROLE `reader` FOR 'alice'@'%'"_s}
        << QStringList{u"reader: MariaDB has no comments on accounts; the comment is not created"_s,
                       u"alice: "_s + noPassword, u"alice: CREATEDB becomes GRANT CREATE ON *.*"_s};
    QTest::newRow("mariadb to postgres")
        << Dialect::MariaDB << Dialect::PostgreSQL << mariadbRoles()
        << QStringList{u"CREATE ROLE reporting"_s, u"CREATE ROLE bob WITH LOGIN CREATEROLE"_s,
                       u"GRANT reporting TO bob"_s}
        << QStringList{
               u"reporting: the global privilege SHOW DATABASES ON *.* has no PostgreSQL role "
               u"attribute; not granted (grant object privileges per schema instead)"_s,
               u"'bob'@'10.%': "_s + noPassword,
               u"'bob'@'10.%': the global privilege PROCESS ON *.* has no PostgreSQL role "
               u"attribute; not granted (grant object privileges per schema instead)"_s,
               u"'bob'@'10.%': the host restriction '10.%' is not part of a PostgreSQL role; "
               u"restrict it in pg_hba.conf"_s,
               u"'bob'@'10.%': PostgreSQL members use their roles' privileges without SET ROLE; "
               u"DEFAULT ROLE reporting needs no statement"_s};
    QTest::newRow("postgres to sqlite")
        << Dialect::PostgreSQL << Dialect::SQLite << pgRoles() << QStringList{}
        << QStringList{u"reader: SQLite has no users or roles; not created"_s,
                       u"alice: SQLite has no users or roles; not created"_s};
}

void tst_DdlRoles::roles()
{
    QFETCH(Dialect, source);
    QFETCH(Dialect, target);
    QFETCH(QList<RoleDef>, roles);
    QFETCH(QStringList, sql);
    QFETCH(QStringList, warnings);

    DdlWriter writer(source, DdlOptions{target});
    QCOMPARE(sqlOf(writer.createRoles(roles)), sql);
    QCOMPARE(warningsOf(writer), warnings);
}

// Statement kinds drive the filters and the log's object paths; the roles
// come before every schema in script().
void tst_DdlRoles::roleStatementKinds()
{
    Catalog catalog;
    catalog.dialect = Dialect::MariaDB;
    catalog.roles = mariadbRoles();
    SchemaDef schema;
    schema.name = u"shop"_s;
    catalog.schemas << schema;
    DdlWriter writer(Dialect::MariaDB, DdlOptions{Dialect::MariaDB});
    const QList<DdlStatement> script = writer.script(catalog);
    QList<ObjectKind> kinds;
    for (const DdlStatement &statement : script)
        kinds << statement.kind;
    const QList<ObjectKind> expected{
        ObjectKind::Role,      ObjectKind::SystemGrant, ObjectKind::User,  ObjectKind::SystemGrant,
        ObjectKind::RoleGrant, ObjectKind::RoleGrant,   ObjectKind::Schema};
    QCOMPARE(kinds, expected);
    QCOMPARE(DdlWriter::postDataStart(script), script.size());
}

void tst_DdlRoles::roleFilters_data()
{
    QTest::addColumn<QString>("exclude");
    QTest::addColumn<QStringList>("sql");

    QTest::newRow("none") << QString()
                          << QStringList{
                                 u"CREATE ROLE reader"_s,
                                 u"COMMENT ON ROLE reader IS 'Reads reports'"_s,
                                 u"CREATE ROLE alice WITH LOGIN CREATEDB CONNECTION LIMIT 5"_s,
                                 u"GRANT reader TO alice WITH ADMIN OPTION"_s};
    QTest::newRow("user") << u"USER"_s
                          << QStringList{u"CREATE ROLE reader"_s,
                                         u"COMMENT ON ROLE reader IS 'Reads reports'"_s};
    QTest::newRow("role grant")
        << u"ROLE_GRANT"_s
        << QStringList{u"CREATE ROLE reader"_s, u"COMMENT ON ROLE reader IS 'Reads reports'"_s,
                       u"CREATE ROLE alice WITH LOGIN CREATEDB CONNECTION LIMIT 5"_s};
    QTest::newRow("system grant") << u"SYSTEM_GRANT"_s
                                  << QStringList{
                                         u"CREATE ROLE reader"_s,
                                         u"COMMENT ON ROLE reader IS 'Reads reports'"_s,
                                         u"CREATE ROLE alice WITH LOGIN CONNECTION LIMIT 5"_s,
                                         u"GRANT reader TO alice WITH ADMIN OPTION"_s};
}

void tst_DdlRoles::roleFilters()
{
    QFETCH(QString, exclude);
    QFETCH(QStringList, sql);

    Catalog catalog;
    catalog.dialect = Dialect::PostgreSQL;
    catalog.roles = pgRoles();
    CatalogObjectFilter filter(Dialect::PostgreSQL, ObjectPathRoot::Database);
    QList<ObjectFilter> excludes;
    if (!exclude.isEmpty())
        excludes << ObjectFilter{exclude, std::nullopt};
    QVERIFY2(filter.prepare(catalog, {}, excludes), qPrintable(filter.errorString()));
    DdlWriter writer(Dialect::PostgreSQL, DdlOptions{Dialect::PostgreSQL});
    QCOMPARE(sqlOf(writer.createRoles(filter.filtered(catalog).roles)), sql);
}

void tst_DdlRoles::schemaAndTypeGrants()
{
    SchemaDef schema;
    schema.name = u"shop"_s;
    GrantDef onSchema{ObjectKind::Schema, u"shop"_s, u"shop"_s, u"reader"_s, {},
                      u"USAGE"_s,         {},        false};
    GrantDef onType{ObjectKind::Type, u"shop"_s, u"mood"_s, u"reader"_s, {}, u"USAGE"_s, {}, true};
    GrantDef onDomain{ObjectKind::Domain, u"shop"_s, u"price"_s, u"PUBLIC"_s, {},
                      u"USAGE"_s,         {},        false};
    schema.grants << onSchema << onType << onDomain;

    DdlOptions options{Dialect::PostgreSQL};
    options.schemaRenames.insert(u"shop"_s, u"store"_s);
    DdlWriter writer(Dialect::PostgreSQL, options);
    const QStringList expected{u"GRANT USAGE ON SCHEMA store TO reader"_s,
                               u"GRANT USAGE ON TYPE store.mood TO reader WITH GRANT OPTION"_s,
                               u"GRANT USAGE ON DOMAIN store.price TO PUBLIC"_s};
    QCOMPARE(sqlOf(writer.grants(schema)), expected);

    DdlWriter other(Dialect::PostgreSQL, DdlOptions{Dialect::MariaDB});
    QVERIFY(other.grants(schema).isEmpty());
    QCOMPARE(other.warnings().size(), 3);
}

namespace {

SchemaDef commentedSchema()
{
    TableDef table;
    table.schema = u"shop"_s;
    table.name = u"orders"_s;
    ConstraintDef check;
    check.name = u"positive"_s;
    check.type = ConstraintType::Check;
    check.expression = u"total > 0"_s;
    check.comment = u"No free orders"_s;
    IndexDef index;
    index.name = u"orders_day"_s;
    index.comment = u"For the daily report"_s;
    TriggerDef trigger;
    trigger.name = u"touch"_s;
    trigger.comment = u"Marks changes"_s;
    table.constraints << check;
    table.indexes << index;
    table.triggers << trigger;
    SchemaDef schema;
    schema.name = u"shop"_s;
    schema.tables << table;
    return schema;
}

} // namespace

void tst_DdlRoles::dependentComments()
{
    DdlWriter writer(Dialect::PostgreSQL, DdlOptions{Dialect::PostgreSQL});
    const QList<DdlStatement> comments = writer.comments(commentedSchema());
    const QStringList expected{
        u"COMMENT ON CONSTRAINT positive ON shop.orders IS 'No free orders'"_s,
        u"COMMENT ON INDEX shop.orders_day IS 'For the daily report'"_s,
        u"COMMENT ON TRIGGER touch ON shop.orders IS 'Marks changes'"_s};
    QCOMPARE(sqlOf(comments), expected);
    for (const DdlStatement &statement : comments) {
        QCOMPARE(statement.kind, ObjectKind::Comment);
        QCOMPARE(statement.parent, u"orders"_s);
    }
}

void tst_DdlRoles::dependentCommentsElsewhere()
{
    DdlWriter writer(Dialect::PostgreSQL, DdlOptions{Dialect::MariaDB});
    QVERIFY(writer.comments(commentedSchema()).isEmpty());
    const QStringList expected{
        u"shop.positive: MariaDB has no comments on constraints; the comment is not created"_s,
        u"shop.orders_day: MariaDB has no comments on indexes; the comment is not created"_s,
        u"shop.touch: MariaDB has no comments on triggers; the comment is not created"_s};
    QCOMPARE(warningsOf(writer), expected);
}

QTEST_GUILESS_MAIN(tst_DdlRoles)
#include "tst_ddlroles.moc"
