// The object model as JSON (CatalogJson, what an export's metadata members hold) round
// trips: parse(serialize(catalog)) == catalog, through the serialized bytes, for the
// catalogs of the HR sample and the rich schemas of tests/data/catalog/ read from
// SQLite, PostgreSQL and MariaDB; and each object's own document round trips too.
#include "tst_exportsupport.h"

#include "engine/catalog/catalogjson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace exporttest;

class TestExportCatalogJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    std::optional<Catalog> readCatalog(Dialect dialect, const QString &database,
                                       const QString &schema, QString *error);
    QSqlDatabase connect(Dialect dialect, const QString &database, QString *error);

    QTemporaryDir m_tmp;
    Server m_pg;
    Server m_maria;
    QString m_prefix; // of the databases this test creates
    QStringList m_connections;
    QList<QPair<Dialect, QString>> m_created;
};

namespace {

QString script(const QString &relative)
{
    return qEnvironmentVariable("SLUICE_SOURCE_DIR") + u'/' + relative;
}

} // namespace

void TestExportCatalogJson::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const auto pg = serverFromEnvironment(u"PG"_s);
    QVERIFY2(pg, "SLUICE_TEST_PG_* is not set: the PostgreSQL server fixture "
                 "(server.postgres.start) did not start");
    const auto maria = serverFromEnvironment(u"MARIADB"_s);
    QVERIFY2(maria, "SLUICE_TEST_MARIADB_* is not set: the MariaDB server fixture "
                    "(server.mariadb.start) did not start");
    m_pg = *pg;
    m_maria = *maria;
    m_prefix = u"sluice_cj_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void TestExportCatalogJson::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    for (const auto &[dialect, database] : std::as_const(m_created)) {
        QString error;
        QSqlDatabase admin = connect(dialect, {}, &error);
        QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS %1%2"_s.arg(
            database, dialect == Dialect::PostgreSQL ? u" WITH (FORCE)"_s : QString()));
    }
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase TestExportCatalogJson::connect(Dialect dialect, const QString &database,
                                            QString *error)
{
    const QString name = u"sluice.test.catalogjson.%1.%2"_s.arg(int(dialect)).arg(database);
    if (!m_connections.contains(name)) {
        m_connections << name;
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect == Dialect::PostgreSQL ? u"QPSQL"_s
                                                    : dialect == Dialect::MariaDB  ? u"QMYSQL"_s
                                                                                   : u"QSQLITE"_s,
                                                    name);
        db.setDatabaseName(database);
        if (dialect != Dialect::SQLite) {
            const Server &server = dialect == Dialect::PostgreSQL ? m_pg : m_maria;
            db.setDatabaseName(database.isEmpty() ? server.database : database);
            db.setHostName(server.host);
            db.setPort(server.port);
            db.setUserName(server.user);
            db.setPassword(server.password);
        }
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen() && !db.open())
        *error = db.lastError().text();
    return db;
}

// Creates a database (a file on SQLite), loads the script and reads the schema's catalog.
std::optional<Catalog> TestExportCatalogJson::readCatalog(Dialect dialect, const QString &file,
                                                          const QString &schema, QString *error)
{
    const QString database = m_prefix + u'_' + QString::number(m_created.size());
    QString target = database;
    if (dialect == Dialect::SQLite) {
        target = m_tmp.filePath(database + u".db"_s);
    } else {
        QSqlDatabase admin = connect(dialect, {}, error);
        QSqlQuery create(admin);
        if (!create.exec(u"CREATE DATABASE "_s + database +
                         (dialect == Dialect::MariaDB
                              ? u" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s
                              : QString()))) {
            *error = create.lastError().text() + *error;
            return std::nullopt;
        }
        m_created.append({dialect, database});
    }
    const Server &server = dialect == Dialect::PostgreSQL ? m_pg : m_maria;
    if (!loadScript(dialect, server, target, script(file), error))
        return std::nullopt;
    QSqlDatabase db = connect(dialect, target, error);
    if (!db.isOpen())
        return std::nullopt;
    CatalogReadOptions options;
    options.schemas = {schema.isEmpty() ? database : schema};
    options.roles = dialect != Dialect::SQLite;
    return CatalogReader::read(db, options, error);
}

void TestExportCatalogJson::roundTrip_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("schema"); // empty: the database itself (MariaDB)
    QTest::newRow("sqlite hr") << int(Dialect::SQLite) << u"resources/sample/hr-sqlite.sql"_s
                               << u"main"_s;
    QTest::newRow("sqlite rich") << int(Dialect::SQLite) << u"tests/data/catalog/rich-sqlite.sql"_s
                                 << u"main"_s;
    QTest::newRow("postgresql hr")
        << int(Dialect::PostgreSQL) << u"resources/sample/hr-postgresql.sql"_s << u"hr"_s;
    QTest::newRow("postgresql rich")
        << int(Dialect::PostgreSQL) << u"tests/data/catalog/rich-postgresql.sql"_s << u"shop"_s;
    QTest::newRow("mariadb hr") << int(Dialect::MariaDB) << u"resources/sample/hr-mariadb.sql"_s
                                << QString();
    QTest::newRow("mariadb rich") << int(Dialect::MariaDB)
                                  << u"tests/data/catalog/rich-mariadb.sql"_s << QString();
}

void TestExportCatalogJson::roundTrip()
{
    QFETCH(int, dialect);
    QFETCH(QString, file);
    QFETCH(QString, schema);
    QString error;
    const std::optional<Catalog> catalog = readCatalog(Dialect(dialect), file, schema, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemas.size(), 1);
    const SchemaDef &read = catalog->schemas.first();
    QVERIFY(!read.tables.isEmpty());
    QVERIFY(!read.views.isEmpty());

    // The whole catalog, through its bytes.
    const QByteArray bytes = QJsonDocument(CatalogJson::toJson(*catalog)).toJson();
    const std::optional<Catalog> parsed =
        CatalogJson::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->dialect, catalog->dialect);
    QCOMPARE(parsed->schemas.size(), catalog->schemas.size());
    QVERIFY(parsed->schemas.first().tables == read.tables);
    QVERIFY(parsed->schemas.first().views == read.views);
    QVERIFY(parsed->schemas.first().routines == read.routines);
    QVERIFY(parsed->schemas.first() == read);
    QCOMPARE(parsed->roles.size(), catalog->roles.size());
    for (qsizetype i = 0; i < catalog->roles.size(); ++i)
        QVERIFY2(parsed->roles.at(i) == catalog->roles.at(i),
                 qPrintable(catalog->roles.at(i).name));
    QVERIFY2(*parsed == *catalog, bytes.left(2000).constData());

    // Each object as an export's metadata member holds it.
    const auto through = [](const QJsonObject &object) {
        const QByteArray text =
            QJsonDocument(CatalogJson::document(u"X"_s, object)).toJson(QJsonDocument::Compact);
        QString kind, problem;
        return CatalogJson::object(QJsonDocument::fromJson(text).object(), &kind, &problem)
            .value_or(QJsonObject());
    };
    for (const TableDef &table : read.tables)
        QVERIFY2(CatalogJson::tableFromJson(through(CatalogJson::tableToJson(table))) == table,
                 qPrintable(table.name));
    for (const ViewDef &view : read.views)
        QVERIFY2(CatalogJson::viewFromJson(through(CatalogJson::viewToJson(view))) == view,
                 qPrintable(view.name));
    for (const SequenceDef &sequence : read.sequences)
        QVERIFY(CatalogJson::sequenceFromJson(through(CatalogJson::sequenceToJson(sequence))) ==
                sequence);
    for (const RoutineDef &routine : read.routines)
        QVERIFY2(CatalogJson::routineFromJson(through(CatalogJson::routineToJson(routine))) ==
                     routine,
                 qPrintable(routine.name));
    for (const UserDefinedType &type : read.types)
        QVERIFY(CatalogJson::typeFromJson(through(CatalogJson::typeToJson(type))) == type);
    for (const RoleDef &role : catalog->roles)
        QVERIFY(CatalogJson::roleFromJson(through(CatalogJson::roleToJson(role))) == role);
    SchemaDef bare = read;
    bare.types.clear();
    bare.sequences.clear();
    bare.tables.clear();
    bare.views.clear();
    bare.routines.clear();
    QVERIFY(CatalogJson::schemaFromJson(through(CatalogJson::schemaToJson(read, false))) == bare);
}

QTEST_GUILESS_MAIN(TestExportCatalogJson)
#include "tst_exportcatalogjson.moc"
