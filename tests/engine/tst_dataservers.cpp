// The data module against real servers (FIXTURES postgres mariadb): the HR sample
// gives identical canonical text on the three engines, a table with every type family
// survives PostgreSQL -> SQLite -> MariaDB -> PostgreSQL with equal checksums, chunks
// cover every row once, snapshots hide later rows from every worker, failed chunks
// leave nothing behind, and a million-row read keeps its buffers bounded.
#include "testservers.h"

#include "engine/catalog/catalogreader.h"
#include "engine/connection/databaseopener.h"
#include "engine/data/chunkplanner.h"
#include "engine/data/datasession.h"
#include "engine/data/snapshotcoordinator.h"
#include "engine/data/tablechecksum.h"
#include "engine/data/tableestimator.h"
#include "engine/data/tablereader.h"
#include "engine/data/tablewriter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

struct Server
{
    ConnectionParams params;
    QString password;
};

std::optional<Server> serverFromEnv(const QString &prefix, Dialect dialect)
{
    const auto get = [&](const char *key) {
        return qEnvironmentVariable(
            qPrintable(u"SLUICE_TEST_%1_%2"_s.arg(prefix, QLatin1String(key))));
    };
    Server server;
    server.params.dialect = dialect;
    server.params.host = get("HOST");
    server.params.port = get("PORT").toInt();
    server.params.user = get("USER");
    server.params.database = get("DB");
    server.password = get("PASSWORD");
    if (server.params.host.isEmpty() || server.params.port <= 0 || server.params.user.isEmpty())
        return std::nullopt;
    return server;
}

bool runClient(const QString &program, const QStringList &args, const QString &stdinFile,
               const QProcessEnvironment &env, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = program + u": "_s + QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

QByteArray readAll(QSqlDatabase &db, Dialect dialect, const ReadRequest &request,
                   QString *error = nullptr)
{
    QByteArray all;
    const ReadResult read =
        TableReader::create(dialect)->read(db, request, [&](QByteArrayView data) {
            all.append(data);
            return true;
        });
    if (!read.ok && error)
        *error = read.errorString;
    return read.ok ? all : QByteArray();
}

QByteArray sortedRows(const QByteArray &text)
{
    QList<QByteArray> rows = text.split('\n');
    rows.removeAll(QByteArray());
    std::sort(rows.begin(), rows.end());
    return rows.join('\n');
}

using sluicetest::exec;

qint64 count(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestDataServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hrSameOnEveryEngine_data();
    void hrSameOnEveryEngine();
    void roundTripAcrossEngines();
    void chunksCoverRowsAddedAfterPlanning_data();
    void chunksCoverRowsAddedAfterPlanning();
    void snapshotHidesLaterRows_data();
    void snapshotHidesLaterRows();
    void failedChunkRollsBack_data();
    void failedChunkRollsBack();
    void mariadbFallsBackToInsert();
    void postgresBuffersStayBounded();
    void postgresEstimatesCountToast();

private:
    QString openData(Dialect dialect, const QString &purpose);
    QSqlDatabase db(Dialect dialect);
    QString schemaOf(Dialect dialect) const;
    TableDef hrTable(const QString &name, Dialect dialect) const;

    QTemporaryDir m_dir;
    Server m_pg;
    Server m_maria;
    ConnectionParams m_sqlite;
    QString m_pgName, m_mariaName, m_sqliteName;
    QList<QString> m_opened;
    Catalog m_hr;
};

QString TestDataServers::openData(Dialect dialect, const QString &purpose)
{
    const Server &server = dialect == Dialect::PostgreSQL ? m_pg : m_maria;
    const ConnectionParams params = dialect == Dialect::SQLite ? m_sqlite : server.params;
    // Connection names are per purpose and thread: keep the engines apart.
    const OpenResult opened =
        DatabaseOpener::open(params, purpose + u'-' + dialectName(dialect), server.password);
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.errorString));
        return {};
    }
    QSqlDatabase handle = QSqlDatabase::database(opened.connectionName);
    QString error;
    if (!DataSession::prepare(handle, dialect, &error)) {
        qWarning("prepare failed: %s", qPrintable(error));
        return {};
    }
    m_opened << opened.connectionName;
    return opened.connectionName;
}

QSqlDatabase TestDataServers::db(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QSqlDatabase::database(m_pgName);
    case Dialect::MariaDB:
        return QSqlDatabase::database(m_mariaName);
    case Dialect::SQLite:
        return QSqlDatabase::database(m_sqliteName);
    }
    return {};
}

QString TestDataServers::schemaOf(Dialect dialect) const
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return u"hr"_s;
    case Dialect::MariaDB:
        return m_maria.params.database;
    case Dialect::SQLite:
        return {};
    }
    return {};
}

TableDef TestDataServers::hrTable(const QString &name, Dialect dialect) const
{
    const TableDef *found = m_hr.table(u"hr"_s, name);
    TableDef def = found ? *found : TableDef();
    def.schema = schemaOf(dialect);
    return def;
}

void TestDataServers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const auto pg = serverFromEnv(u"PG"_s, Dialect::PostgreSQL);
    const auto maria = serverFromEnv(u"MARIADB"_s, Dialect::MariaDB);
    if (!pg || !maria)
        QFAIL("SLUICE_TEST_PG_* / SLUICE_TEST_MARIADB_* are not set: run through ctest, whose "
              "fixtures server.postgres.start and server.mariadb.start provide them");
    m_pg = *pg;
    m_maria = *maria;
    const QString scripts =
        qEnvironmentVariable("SLUICE_SOURCE_DIR", QStringLiteral(".")) + u"/resources/sample/"_s;
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);

    // Fresh databases holding the HR sample, loaded by each engine's own client.
    QString admin = openData(Dialect::PostgreSQL, u"admin"_s);
    QVERIFY(!admin.isEmpty());
    const QString pgDatabase = u"sluice_data_"_s + suffix;
    QVERIFY(exec(QSqlDatabase::database(admin), u"CREATE DATABASE "_s + pgDatabase));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, m_pg.password);
    QString error;
    QVERIFY2(runClient(u"psql"_s,
                       {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, m_pg.params.host,
                        u"-p"_s, QString::number(m_pg.params.port), u"-U"_s, m_pg.params.user,
                        u"-d"_s, pgDatabase, u"-f"_s, scripts + u"hr-postgresql.sql"_s},
                       {}, env, &error),
             qPrintable(error));
    m_pg.params.database = pgDatabase;

    admin = openData(Dialect::MariaDB, u"admin"_s);
    QVERIFY(!admin.isEmpty());
    const QString mariaDatabase = u"sluice_data_"_s + suffix;
    QVERIFY(
        exec(QSqlDatabase::database(admin),
             u"CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s.arg(mariaDatabase)));
    QVERIFY2(runClient(u"mariadb"_s,
                       {u"--no-defaults"_s, u"--protocol=tcp"_s, u"--host="_s + m_maria.params.host,
                        u"--port="_s + QString::number(m_maria.params.port),
                        u"--user="_s + m_maria.params.user, u"--password="_s + m_maria.password,
                        u"--default-character-set=utf8mb4"_s, mariaDatabase},
                       scripts + u"hr-mariadb.sql"_s, QProcessEnvironment::systemEnvironment(),
                       &error),
             qPrintable(error));
    m_maria.params.database = mariaDatabase;

    m_sqlite.dialect = Dialect::SQLite;
    m_sqlite.filePath = m_dir.filePath(u"hr.db"_s);
    QVERIFY2(runClient(u"sqlite3"_s, {m_sqlite.filePath}, scripts + u"hr-sqlite.sql"_s,
                       QProcessEnvironment::systemEnvironment(), &error),
             qPrintable(error));

    m_pgName = openData(Dialect::PostgreSQL, u"data"_s);
    m_mariaName = openData(Dialect::MariaDB, u"data"_s);
    m_sqliteName = openData(Dialect::SQLite, u"data"_s);
    QVERIFY(!m_pgName.isEmpty() && !m_mariaName.isEmpty() && !m_sqliteName.isEmpty());
    CatalogReadOptions options;
    options.schemas = {u"hr"_s};
    const auto catalog = CatalogReader::read(db(Dialect::PostgreSQL), options, &error);
    QVERIFY2(catalog, qPrintable(error));
    m_hr = *catalog;
}

void TestDataServers::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_opened))
        DatabaseOpener::close(name);
}

void TestDataServers::hrSameOnEveryEngine_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("regions") << u"regions"_s << 4;
    QTest::newRow("countries") << u"countries"_s << 25;
    QTest::newRow("locations") << u"locations"_s << 23;
    QTest::newRow("departments") << u"departments"_s << 27;
    QTest::newRow("jobs") << u"jobs"_s << 19;
    QTest::newRow("employees") << u"employees"_s << 257;
    QTest::newRow("job_history") << u"job_history"_s << 10;
}

void TestDataServers::hrSameOnEveryEngine()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    QByteArray reference;
    QString referenceSum;
    for (Dialect dialect : {Dialect::PostgreSQL, Dialect::MariaDB, Dialect::SQLite}) {
        QSqlDatabase handle = db(dialect);
        ReadRequest request;
        request.table = hrTable(table, dialect);
        QVERIFY(!request.table.columns.isEmpty());
        QString error;
        const QByteArray text = sortedRows(readAll(handle, dialect, request, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(text.count('\n') + 1, rows);
        const ChecksumResult sum = TableChecksum::compute(handle, dialect, request);
        QVERIFY2(sum.ok, qPrintable(sum.errorString));
        QCOMPARE(sum.rows, rows);
        const auto counted =
            TableChecksum::rowCount(handle, dialect, request.table.schema, table, &error);
        QCOMPARE(counted.value_or(-1), rows);
        if (reference.isEmpty()) {
            reference = text;
            referenceSum = sum.checksum;
            continue;
        }
        QVERIFY2(text == reference,
                 qPrintable(dialectName(dialect) + u":\n"_s + QString::fromUtf8(text.left(600)) +
                            u"\npostgresql:\n"_s + QString::fromUtf8(reference.left(600))));
        QCOMPARE(sum.checksum, referenceSum);
    }
    // The sample's UTF-8 names, apostrophes and NULLs are part of what was compared.
    if (table == u"employees")
        QVERIFY(reference.contains("\\N") && reference.contains('\''));
}

void TestDataServers::roundTripAcrossEngines()
{
    const QString pgColumns =
        u"(id integer PRIMARY KEY, big bigint, exact numeric(30,6), money numeric(8,2), "
        "f8 double precision, f4 real, flag boolean, txt text, bin bytea, day date, "
        "clock time(6), ts timestamp(6), tstz timestamptz, doc json, uid uuid, bits bit(4), "
        "span interval, arr integer[], mood text)"_s;
    QSqlDatabase pg = db(Dialect::PostgreSQL);
    QVERIFY(exec(pg, u"CREATE TABLE public.alltypes "_s + pgColumns));
    QVERIFY(exec(pg, u"CREATE TABLE public.alltypes_back "_s + pgColumns));
    QVERIFY(exec(pg, uR"(INSERT INTO public.alltypes VALUES
        (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, NULL, NULL),
        (2, -9223372036854775808, -12345678901234.123456, 24000, 0.1, 3.14159, true, '',
         '\x00ff00', '1999-12-31', '13:45:30.25', '2024-02-29 23:59:59.123456',
         '2024-06-01 12:00:00.5+02', '{"a": [1, 2], "b": "x"}',
         'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', B'1010', '1 year 2 mons 3 days 04:05:06',
         '{1,2,NULL}', 'happy'),
        (3, 9223372036854775807, 0.000001, -0.5, 1e300, -2.5e-10, false, E'\\N', '\x',
         '2000-01-01', '00:00:00', '2000-01-01 00:00:00', '1970-01-01 00:00:00+00', '[]',
         '00000000-0000-0000-0000-000000000000', B'0000', '-00:00:01', '{}', ''),
        (4, 0, 100, 0, 123456789.125, 1e6, true,
         E'O''Brien\ttab\nnew\\back\rcr \U0001F600 Z\u00fcrich \u00e9t\u00e9',
         '\x5c0a0009', '2024-01-01', '23:59:59.999999', '2024-01-01 00:00:00.000001',
         '2024-01-01 00:00:00+00', '"\\N"', 'ffffffff-ffff-ffff-ffff-ffffffffffff', B'1111',
         '00:00:00.000001', '{-1}', 'sad'))"_s));
    CatalogReadOptions options;
    options.schemas = {u"public"_s};
    QString error;
    const auto catalog = CatalogReader::read(pg, options, &error);
    QVERIFY2(catalog, qPrintable(error));
    const TableDef *found = catalog->table(u"public"_s, u"alltypes"_s);
    QVERIFY(found);
    TableDef logical = *found;

    ReadRequest request;
    request.table = logical;
    const QByteArray original = readAll(pg, Dialect::PostgreSQL, request, &error);
    QVERIFY2(!original.isEmpty(), qPrintable(error));
    QCOMPARE(original.count('\n'), 4);
    const QString originalSum = TableChecksum::compute(pg, Dialect::PostgreSQL, request).checksum;

    QVERIFY(exec(db(Dialect::SQLite),
                 u"CREATE TABLE alltypes (id INTEGER PRIMARY KEY, big INTEGER, exact TEXT, "
                 "money NUMERIC(8,2), f8 REAL, f4 REAL, flag BOOLEAN, txt TEXT, bin BLOB, "
                 "day DATE, clock TIME, ts TIMESTAMP, tstz TIMESTAMPTZ, doc TEXT, uid TEXT, "
                 "bits TEXT, span TEXT, arr TEXT, mood TEXT)"_s));
    QVERIFY(exec(db(Dialect::MariaDB),
                 u"CREATE TABLE alltypes (id INT PRIMARY KEY, big BIGINT, exact DECIMAL(30,6), "
                 "money DECIMAL(8,2), f8 DOUBLE, f4 FLOAT, flag BOOLEAN, txt TEXT, "
                 "bin LONGBLOB, day DATE, clock TIME(6), ts DATETIME(6), tstz DATETIME(6), "
                 "doc JSON, uid CHAR(36), bits BIT(4), span TEXT, arr TEXT, mood VARCHAR(10)) "
                 "CHARACTER SET utf8mb4"_s));

    // PostgreSQL -> SQLite -> MariaDB -> PostgreSQL, each hop written from the text
    // the previous engine gave back.
    struct Hop
    {
        Dialect dialect;
        QString schema;
        QString table;
    };
    const QList<Hop> hops = {{Dialect::SQLite, {}, u"alltypes"_s},
                             {Dialect::MariaDB, m_maria.params.database, u"alltypes"_s},
                             {Dialect::PostgreSQL, u"public"_s, u"alltypes_back"_s}};
    QByteArray text = original;
    for (const Hop &hop : hops) {
        TableDef target = logical;
        target.schema = hop.schema;
        target.name = hop.table;
        QSqlDatabase handle = db(hop.dialect);
        const WriteResult written =
            TableWriter::create(hop.dialect)->write(handle, {target}, WriteRequest::sourceOf(text));
        QVERIFY2(written.ok, qPrintable(dialectName(hop.dialect) + u": "_s + written.errorString));
        QCOMPARE(written.rows, 4);
        QVERIFY2(written.warnings.isEmpty(), qPrintable(written.warnings.join(u'\n')));
        ReadRequest back;
        back.table = target;
        text = readAll(handle, hop.dialect, back, &error);
        QVERIFY2(sortedRows(text) == sortedRows(original),
                 qPrintable(dialectName(hop.dialect) + u":\n"_s + QString::fromUtf8(text) +
                            u"\nexpected:\n"_s + QString::fromUtf8(original)));
        const ChecksumResult sum = TableChecksum::compute(handle, hop.dialect, back);
        QVERIFY2(sum.ok, qPrintable(sum.errorString));
        QCOMPARE(sum.checksum, originalSum);
    }
}

void TestDataServers::chunksCoverRowsAddedAfterPlanning_data()
{
    QTest::addColumn<int>("dialectValue");
    QTest::addColumn<bool>("integerKey");
    QTest::newRow("postgresql integer") << int(Dialect::PostgreSQL) << true;
    QTest::newRow("postgresql text") << int(Dialect::PostgreSQL) << false;
    QTest::newRow("mariadb integer") << int(Dialect::MariaDB) << true;
    QTest::newRow("mariadb text") << int(Dialect::MariaDB) << false;
}

void TestDataServers::chunksCoverRowsAddedAfterPlanning()
{
    QFETCH(int, dialectValue);
    QFETCH(bool, integerKey);
    const auto dialect = Dialect(dialectValue);
    const bool pg = dialect == Dialect::PostgreSQL;
    QSqlDatabase handle = db(dialect);
    const QString name = integerKey ? u"chunk_int"_s : u"chunk_text"_s;
    const QString qualified = pg ? u"public."_s + name : name;
    const QString keyType = integerKey ? u"bigint"_s : u"varchar(20)"_s;
    QVERIFY(exec(handle,
                 u"CREATE TABLE %1 (k %2 PRIMARY KEY, v varchar(20))"_s.arg(qualified, keyType)));
    const QString key = integerKey ? u"n"_s
                        : pg       ? u"'key' || lpad(n::text, 6, '0')"_s
                                   : u"concat('key', lpad(n, 6, '0'))"_s;
    const QString numbers = pg ? u"generate_series(1000, 20999) AS g(n)"_s
                               : u"(SELECT seq AS n FROM seq_1000_to_20999) AS g"_s;
    QVERIFY(exec(handle, u"INSERT INTO %1 SELECT %2, 'v' FROM %3"_s.arg(qualified, key, numbers)));
    QVERIFY(exec(handle, pg ? u"ANALYZE "_s + qualified : u"ANALYZE TABLE "_s + qualified));

    TableDef def;
    def.schema = pg ? u"public"_s : m_maria.params.database;
    def.name = name;
    ColumnDef k;
    k.name = u"k"_s;
    k.type = DataType::parse(keyType);
    ColumnDef v;
    v.name = u"v"_s;
    v.type = DataType::parse(u"varchar(20)"_s);
    def.columns = {k, v};
    ConstraintDef pk;
    pk.columns = {u"k"_s};
    def.constraints = {pk};
    ChunkPlanOptions options;
    options.targetRows = 2000;
    QString error;
    const auto chunks = ChunkPlanner::plan(handle, dialect, def, options, &error);
    QVERIFY2(chunks, qPrintable(error));
    QVERIFY2(chunks->size() >= 5, qPrintable(QString::number(chunks->size())));

    // Rows that sort below the first and above the last boundary, added after planning.
    const QString lowKey = integerKey ? u"n - 999"_s : (pg ? u"'a' || n"_s : u"concat('a', n)"_s);
    const QString highKey =
        integerKey ? u"n + 30000"_s : (pg ? u"'zz' || n"_s : u"concat('zz', n)"_s);
    const QString few = pg ? u"generate_series(1000, 1499) AS g(n)"_s
                           : u"(SELECT seq AS n FROM seq_1000_to_1499) AS g"_s;
    QVERIFY(exec(handle, u"INSERT INTO %1 SELECT %2, 'low' FROM %3"_s.arg(qualified, lowKey, few)));
    QVERIFY(exec(handle, u"INSERT INTO %1 SELECT %2, 'hi' FROM %3"_s.arg(qualified, highKey, few)));

    QSet<QByteArray> seen;
    int duplicates = 0;
    for (const ChunkRange &chunk : *chunks) {
        ReadRequest request;
        request.table = def;
        request.chunk = chunk;
        const QByteArray text = readAll(handle, dialect, request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QByteArray &row : text.split('\n')) {
            if (row.isEmpty())
                continue;
            const QByteArray id = row.left(row.indexOf('\t'));
            duplicates += seen.contains(id) ? 1 : 0;
            seen.insert(id);
        }
    }
    QCOMPARE(duplicates, 0);
    QCOMPARE(qint64(seen.size()), count(handle, qualified));
    QCOMPARE(seen.size(), 21000);
}

void TestDataServers::snapshotHidesLaterRows_data()
{
    QTest::addColumn<int>("dialectValue");
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("mariadb") << int(Dialect::MariaDB);
}

void TestDataServers::snapshotHidesLaterRows()
{
    QFETCH(int, dialectValue);
    const auto dialect = Dialect(dialectValue);
    const bool pg = dialect == Dialect::PostgreSQL;
    const QString qualified = pg ? u"public.snap"_s : u"snap"_s;
    QVERIFY(exec(db(dialect), u"CREATE TABLE %1 (id int PRIMARY KEY)"_s.arg(qualified)));
    QVERIFY(exec(db(dialect), pg ? u"INSERT INTO public.snap SELECT generate_series(1, 100)"_s
                                 : u"INSERT INTO snap SELECT seq FROM seq_1_to_100"_s));
    TableDef def;
    def.schema = pg ? u"public"_s : m_maria.params.database;
    def.name = u"snap"_s;
    ColumnDef id;
    id.name = u"id"_s;
    id.type = DataType::parse(u"integer"_s);
    def.columns = {id};

    const Server &server = pg ? m_pg : m_maria;
    SnapshotCoordinator coordinator;
    const auto snapshot = coordinator.begin(server.params, server.password, {def.schema});
    QVERIFY2(snapshot, qPrintable(coordinator.errorString()));
    QCOMPARE(snapshot->dialect, dialect);
    QVERIFY(!pg || !snapshot->id.isEmpty());

    const QString worker1 = openData(dialect, u"worker1"_s);
    QSqlDatabase first = QSqlDatabase::database(worker1);
    QString error;
    QVERIFY2(SnapshotCoordinator::join(first, *snapshot, &error), qPrintable(error));
    QVERIFY2(coordinator.releaseLock(), qPrintable(coordinator.errorString()));

    QVERIFY(exec(db(dialect), pg ? u"INSERT INTO public.snap SELECT generate_series(101, 150)"_s
                                 : u"INSERT INTO snap SELECT seq FROM seq_101_to_150"_s));
    QCOMPARE(count(db(dialect), qualified), 150);

    ReadRequest request;
    request.table = def;
    QCOMPARE(readAll(first, dialect, request, &error).count('\n'), 100);
    if (pg) {
        // A worker started later (PARALLEL raised) still imports the same snapshot.
        const QString worker2 = openData(dialect, u"worker2"_s);
        QSqlDatabase second = QSqlDatabase::database(worker2);
        QVERIFY2(SnapshotCoordinator::join(second, *snapshot, &error), qPrintable(error));
        QCOMPARE(readAll(second, dialect, request, &error).count('\n'), 100);
        QVERIFY(exec(second, u"COMMIT"_s));
    }
    QVERIFY(exec(first, u"COMMIT"_s));
    coordinator.finish();
    QCOMPARE(readAll(first, dialect, request, &error).count('\n'), 150);
}

void TestDataServers::failedChunkRollsBack_data()
{
    QTest::addColumn<int>("dialectValue");
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("mariadb") << int(Dialect::MariaDB);
}

void TestDataServers::failedChunkRollsBack()
{
    QFETCH(int, dialectValue);
    const auto dialect = Dialect(dialectValue);
    const bool pg = dialect == Dialect::PostgreSQL;
    const QString qualified = pg ? u"public.guarded"_s : u"guarded"_s;
    QSqlDatabase handle = db(dialect);
    QVERIFY(exec(handle,
                 u"CREATE TABLE %1 (id int PRIMARY KEY, v varchar(20) UNIQUE)"_s.arg(qualified)));
    QVERIFY(exec(handle, u"INSERT INTO %1 VALUES (1, 'taken')"_s.arg(qualified)));
    TableDef def;
    def.schema = pg ? u"public"_s : m_maria.params.database;
    def.name = u"guarded"_s;
    ColumnDef id;
    id.name = u"id"_s;
    id.type = DataType::parse(u"integer"_s);
    ColumnDef v;
    v.name = u"v"_s;
    v.type = DataType::parse(u"varchar(20)"_s);
    def.columns = {id, v};
    QByteArray chunk;
    for (int i = 2; i <= 100; ++i)
        chunk += QByteArray::number(i) + '\t' +
                 (i == 50 ? QByteArray("taken") : QByteArray("v") + QByteArray::number(i)) + '\n';
    const WriteResult failed =
        TableWriter::create(dialect)->write(handle, {def}, WriteRequest::sourceOf(chunk));
    QVERIFY(!failed.ok);
    QVERIFY2(failed.errorString.contains(u"taken"_s) || failed.errorString.contains(u"uplicate"_s),
             qPrintable(failed.errorString));
    QCOMPARE(count(handle, qualified), 1);

    if (pg) {
        // Inside the caller's transaction the chunk runs in a savepoint: its failure
        // leaves the transaction usable and the caller's own rows in place.
        QVERIFY(exec(handle, u"BEGIN"_s));
        QVERIFY(exec(handle, u"INSERT INTO public.guarded VALUES (1000, 'mine')"_s));
        const WriteResult nested =
            TableWriter::create(dialect)->write(handle, {def}, WriteRequest::sourceOf(chunk));
        QVERIFY(!nested.ok);
        QVERIFY(exec(handle, u"COMMIT"_s));
        QCOMPARE(count(handle, qualified), 2);
        QVERIFY(exec(handle, u"DELETE FROM public.guarded WHERE id = 1000"_s));
    }

    // The same chunk without the duplicate loads whole.
    chunk.replace("\ttaken\n", "\tv50\n");
    const WriteResult loaded =
        TableWriter::create(dialect)->write(handle, {def}, WriteRequest::sourceOf(chunk));
    QVERIFY2(loaded.ok, qPrintable(loaded.errorString));
    QCOMPARE(loaded.rows, 99);
    QCOMPARE(count(handle, qualified), 100);
}

void TestDataServers::mariadbFallsBackToInsert()
{
    QSqlDatabase handle = db(Dialect::MariaDB);
    QVERIFY(exec(handle, u"CREATE TABLE fallback (id int PRIMARY KEY, flag BOOLEAN, "
                         "bin BLOB, t TEXT)"_s));
    TableDef def;
    def.schema = m_maria.params.database;
    def.name = u"fallback"_s;
    for (const auto &[name, type] : {std::pair{u"id"_s, u"integer"_s},
                                     {u"flag"_s, u"boolean"_s},
                                     {u"bin"_s, u"bytea"_s},
                                     {u"t"_s, u"text"_s}}) {
        ColumnDef column;
        column.name = name;
        column.type = DataType::parse(type);
        def.columns << column;
    }
    const QByteArray chunk = "1\tt\t\\\\x00ff\tO'Brien\\ttab\\\\\n2\tf\t\\N\t\\N\n";
    QVERIFY(exec(handle, u"SET GLOBAL local_infile = 0"_s));
    const WriteResult result =
        TableWriter::create(Dialect::MariaDB)->write(handle, {def}, WriteRequest::sourceOf(chunk));
    QVERIFY(exec(handle, u"SET GLOBAL local_infile = 1"_s));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rows, 2);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(u"INSERT"_s));
    ReadRequest request;
    request.table = def;
    QString error;
    QCOMPARE(sortedRows(readAll(handle, Dialect::MariaDB, request, &error)), sortedRows(chunk));
}

void TestDataServers::postgresBuffersStayBounded()
{
    QSqlDatabase handle = db(Dialect::PostgreSQL);
    QVERIFY(exec(handle, u"CREATE TABLE public.big AS SELECT g AS id, md5(g::text) AS payload "
                         "FROM generate_series(1, 1000000) AS g"_s));
    TableDef def;
    def.schema = u"public"_s;
    def.name = u"big"_s;
    ColumnDef id;
    id.name = u"id"_s;
    id.type = DataType::parse(u"integer"_s);
    ColumnDef payload;
    payload.name = u"payload"_s;
    payload.type = DataType::parse(u"text"_s);
    def.columns = {id, payload};
    ReadRequest request;
    request.table = def;
    qsizetype largest = 0;
    int calls = 0;
    QElapsedTimer timer;
    timer.start();
    const ReadResult result =
        TableReader::create(Dialect::PostgreSQL)->read(handle, request, [&](QByteArrayView data) {
            ++calls;
            largest = qMax(largest, data.size());
            return data.endsWith('\n');
        });
    QVERIFY2(result.ok, qPrintable(result.errorString));
    qInfo("COPY reader: %lld rows, %lld bytes in %lld ms", result.rows, result.bytes,
          timer.elapsed());
    QCOMPARE(result.rows, 1000000);
    QVERIFY(calls > 20);
    QVERIFY2(largest <= request.bufferSize + 64, qPrintable(QString::number(largest)));

    // Estimates: the relation's size, and rows x width once analyzed.
    QVERIFY(exec(handle, u"ANALYZE public.big"_s));
    const TableEstimate blocks = TableEstimator::estimate(handle, Dialect::PostgreSQL, u"public"_s,
                                                          u"big"_s, EstimateMethod::Blocks);
    const TableEstimate stats = TableEstimator::estimate(handle, Dialect::PostgreSQL, u"public"_s,
                                                         u"big"_s, EstimateMethod::Statistics);
    QVERIFY(blocks.ok && stats.ok);
    QVERIFY2(blocks.bytes > 40'000'000, qPrintable(QString::number(blocks.bytes)));
    QVERIFY2(stats.bytes > 30'000'000 && stats.bytes < blocks.bytes,
             qPrintable(QString::number(stats.bytes)));
    QVERIFY(qAbs(stats.rows - 1000000) < 50000);
    QSqlDatabase mariaHandle = db(Dialect::MariaDB);
    const TableEstimate maria =
        TableEstimator::estimate(mariaHandle, Dialect::MariaDB, m_maria.params.database,
                                 u"employees"_s, EstimateMethod::Blocks);
    QVERIFY2(maria.ok && maria.bytes > 0, qPrintable(maria.errorString));
}

// Large values live in the TOAST relation: the estimates count it, so a table of
// documents is cut into chunks near the target size instead of a few huge ones.
void TestDataServers::postgresEstimatesCountToast()
{
    QSqlDatabase handle = db(Dialect::PostgreSQL);
    // 2000 rows of 4 KB of incompressible bytes: about 8 MB, nearly all in TOAST.
    QVERIFY(exec(handle, u"CREATE TABLE public.docs (id integer PRIMARY KEY, body bytea)"_s));
    QVERIFY(exec(handle, u"INSERT INTO public.docs SELECT g, decode((SELECT string_agg(md5("
                         "random()::text || g || i), '') FROM generate_series(1, 256) AS i), "
                         "'hex') FROM generate_series(1, 2000) AS g"_s));
    QVERIFY(exec(handle, u"ANALYZE public.docs"_s));
    for (EstimateMethod method : {EstimateMethod::Blocks, EstimateMethod::Statistics}) {
        const TableEstimate estimate =
            TableEstimator::estimate(handle, Dialect::PostgreSQL, u"public"_s, u"docs"_s, method);
        QVERIFY2(estimate.ok, qPrintable(estimate.errorString));
        // The heap alone is about 100 KB (2000 TOAST pointers).
        QVERIFY2(estimate.bytes > 7'000'000 && estimate.bytes < 20'000'000,
                 qPrintable(QString::number(estimate.bytes)));
        QVERIFY2(estimate.statisticsBytes > 7'000'000,
                 qPrintable(QString::number(estimate.statisticsBytes)));
    }
    TableDef def;
    def.schema = u"public"_s;
    def.name = u"docs"_s;
    ColumnDef id;
    id.name = u"id"_s;
    id.type = DataType::parse(u"integer"_s);
    ColumnDef body;
    body.name = u"body"_s;
    body.type = DataType::parse(u"bytea"_s);
    def.columns = {id, body};
    ConstraintDef pk;
    pk.type = ConstraintType::PrimaryKey;
    pk.columns = {u"id"_s};
    def.constraints = {pk};
    ChunkPlanOptions options;
    options.targetBytes = 1024 * 1024;
    QString error;
    const auto planned = ChunkPlanner::plan(handle, Dialect::PostgreSQL, def, options, &error);
    QVERIFY2(planned, qPrintable(error));
    QVERIFY2(planned->size() >= 7, qPrintable(QString::number(planned->size())));
    // The same plan from an estimate the caller already has (no second estimate query).
    options.estimate = TableEstimator::estimate(handle, Dialect::PostgreSQL, u"public"_s, u"docs"_s,
                                                EstimateMethod::Blocks);
    const auto reused = ChunkPlanner::plan(handle, Dialect::PostgreSQL, def, options, &error);
    QVERIFY2(reused, qPrintable(error));
    QCOMPARE(reused->size(), planned->size());
}

QTEST_GUILESS_MAIN(TestDataServers)
#include "tst_dataservers.moc"
