// The PostgreSQL export's read paths against a real server (FIXTURES postgres): a
// whole table read by a plain `COPY table (columns)` gives the same bytes as the same
// table read in key-range chunks and as `COPY (SELECT ...)`; each request gets the
// statement it should; and an export at PARALLEL=1 writes a table of several chunk
// targets as one member where PARALLEL=2 cuts it into key ranges, with the same bytes.
#include "tst_exportsupport.h"

#include "engine/connection/databaseopener.h"
#include "engine/data/chunkplanner.h"
#include "engine/data/postgrestablereader.h"
#include "engine/exportjob/exportdefiner.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace exporttest;

namespace {

TableDef plainTable(const QStringList &columns)
{
    TableDef table;
    table.schema = u"s"_s;
    table.name = u"t"_s;
    for (const QString &name : columns) {
        ColumnDef column;
        column.name = name;
        column.type = DataType::parse(u"text"_s);
        table.columns << column;
    }
    return table;
}

} // namespace

class TestPgExportRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statementForms_data();
    void statementForms();
    void directCopyGivesChunkBytes();
    void singleWorkerExportReadsTablesWhole();

private:
    bool exec(const QString &sql);
    QByteArray read(const ReadRequest &request, qint64 *rows = nullptr);
    Run cli(const QStringList &arguments);
    QByteArray tableBytes(const QString &dumpFile, int *members);

    QTemporaryDir m_home;
    QString m_cli;
    Server m_pg;
    QString m_connection;
    QString m_schema;
};

void TestPgExportRead::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_cli = useCliHome(m_home.path());
    QVERIFY2(!m_cli.isEmpty(), "sluice-cli not found in SLUICE_BIN_DIR");
    const auto pg = serverFromEnvironment(u"PG"_s);
    QVERIFY2(pg, "SLUICE_TEST_PG_* is not set: the PostgreSQL server fixture "
                 "(server.postgres.start) did not start");
    m_pg = *pg;
    QVERIFY(QDir().mkpath(m_home.path() + u"/data/dpdump"_s));
    ConnectionParams params;
    params.dialect = Dialect::PostgreSQL;
    params.host = m_pg.host;
    params.port = m_pg.port;
    params.user = m_pg.user;
    params.database = m_pg.database;
    const OpenResult opened = DatabaseOpener::open(params, u"tst_pgexportread"_s, m_pg.password);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString));
    m_connection = opened.connectionName;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString error;
    QVERIFY2(DataSession::prepare(db, Dialect::PostgreSQL, &error), qPrintable(error));
    m_schema = u"pgread_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(exec(u"CREATE SCHEMA "_s + m_schema));
}

void TestPgExportRead::cleanupTestCase()
{
    if (!m_schema.isEmpty())
        (void)exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema));
    if (!m_connection.isEmpty())
        DatabaseOpener::close(m_connection);
}

bool TestPgExportRead::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QByteArray TestPgExportRead::read(const ReadRequest &request, qint64 *rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QByteArray all;
    const ReadResult result = PostgresTableReader().read(db, request, [&](QByteArrayView data) {
        all.append(data);
        return true;
    });
    if (!result.ok) {
        qWarning("read failed: %s", qPrintable(result.errorString));
        return {};
    }
    if (rows)
        *rows = result.rows;
    return all;
}

Run TestPgExportRead::cli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SLUICE_PASSWORD"_s, m_pg.password);
    return runProgram(m_cli, arguments, env, {}, 120000);
}

// The data members of table "big" in one dump file, concatenated in chunk order.
QByteArray TestPgExportRead::tableBytes(const QString &dumpFile, int *members)
{
    DumpReader reader;
    if (!reader.open({dumpFile})) {
        qWarning("%s", qPrintable(reader.errorString()));
        return {};
    }
    QMap<int, QByteArray> chunks;
    for (const DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind != DumpMemberKind::Data || member.spec.table != u"big")
            continue;
        QString error;
        const auto data = reader.readMember(member, &error);
        if (!data) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        chunks.insert(member.spec.chunk, *data);
    }
    *members = int(chunks.size());
    QByteArray all;
    for (const QByteArray &chunk : std::as_const(chunks))
        all += chunk;
    return all;
}

void TestPgExportRead::statementForms_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("query");
    QTest::addColumn<double>("sample");
    QTest::addColumn<QStringList>("bounds"); // lower, upper; empty: the whole table
    QTest::addColumn<bool>("direct");
    QTest::addColumn<QString>("statement");

    const QStringList ab{u"a"_s, u"B c"_s};
    QTest::newRow("whole table") << ab << QString() << 100.0 << QStringList() << true
                                 << u"COPY s.t (a, \"B c\") TO STDOUT"_s;
    QTest::newRow("sample 0 reads every row")
        << ab << QString() << 0.0 << QStringList() << true << u"COPY s.t (a, \"B c\") TO STDOUT"_s;
    QTest::newRow("key range") << ab << QString() << 100.0 << QStringList{u"5"_s, u"9"_s} << false
                               << u"SET LOCAL enable_indexscan = off; COPY (SELECT a, \"B c\" "
                                  u"FROM s.t WHERE a >= 5 AND a < 9) TO STDOUT"_s;
    QTest::newRow("query") << ab << u"WHERE a > 1"_s << 100.0 << QStringList() << false
                           << u"COPY (SELECT a, \"B c\" FROM s.t WHERE (a > 1)) TO STDOUT"_s;
    QTest::newRow("blank query") << ab << u"  "_s << 100.0 << QStringList() << true
                                 << u"COPY s.t (a, \"B c\") TO STDOUT"_s;
    QTest::newRow("sample") << ab << QString() << 10.0 << QStringList() << false
                            << u"COPY (SELECT a, \"B c\" FROM s.t TABLESAMPLE BERNOULLI (10)) "
                               u"TO STDOUT"_s;
    QTest::newRow("no column list") << QStringList() << QString() << 100.0 << QStringList() << false
                                    << u"COPY (SELECT * FROM s.t) TO STDOUT"_s;
}

void TestPgExportRead::statementForms()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, query);
    QFETCH(double, sample);
    QFETCH(QStringList, bounds);
    QFETCH(bool, direct);
    QFETCH(QString, statement);
    ReadRequest request;
    request.table = plainTable(columns);
    request.queryClause = query;
    request.samplePercent = sample;
    if (!bounds.isEmpty()) {
        request.chunk = ChunkPlanner::rangesFrom(u"a"_s, true, {bounds.at(0), bounds.at(1)}).at(1);
    }
    QCOMPARE(PostgresTableReader::readsTableDirectly(request), direct);
    QCOMPARE(PostgresTableReader::copyStatement(request), statement);
}

void TestPgExportRead::directCopyGivesChunkBytes()
{
    const QString table = m_schema + u".mixed"_s;
    QVERIFY(exec(u"CREATE TABLE %1 (id bigint PRIMARY KEY, label text NOT NULL, note text, "
                 u"amount numeric(12,2), at timestamp(6), data bytea, "
                 u"doubled bigint GENERATED ALWAYS AS (id * 2) STORED)"_s.arg(table)));
    // Tabs, line breaks, backslashes, non-ASCII text, NULLs: everything COPY escapes.
    QVERIFY(exec(u"INSERT INTO %1 (id, label, note, amount, at, data) "
                 u"SELECT g, 'row ' || g || E'\\t東京\\nstraße\\\\', "
                 u"CASE WHEN g % 7 = 0 THEN NULL ELSE md5(g::text) END, g / 3.0, "
                 u"timestamp '2024-01-01' + g * interval '1 minute', "
                 u"decode(md5(g::text), 'hex') FROM generate_series(1, 5000) AS g"_s.arg(table)));
    CatalogReadOptions options;
    options.schemas = {m_schema};
    QString error;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const std::optional<Catalog> catalog = CatalogReader::read(db, options, &error);
    QVERIFY2(catalog, qPrintable(error));
    const TableDef *def = catalog->table(m_schema, u"mixed"_s);
    QVERIFY(def);

    ReadRequest whole;
    whole.table = *def;
    QVERIFY(PostgresTableReader::readsTableDirectly(whole));
    qint64 rows = 0;
    const QByteArray direct = read(whole, &rows);
    QCOMPARE(rows, 5000);
    // Six columns: the generated one is not read (loads recompute it).
    QCOMPARE(direct.left(direct.indexOf('\n')).count('\t'), 5);

    QByteArray chunked;
    for (const ChunkRange &chunk :
         ChunkPlanner::rangesFrom(u"id"_s, true, {u"1000"_s, u"2500"_s, u"4999"_s})) {
        ReadRequest request = whole;
        request.chunk = chunk;
        QVERIFY(!PostgresTableReader::readsTableDirectly(request));
        chunked += read(request);
    }
    QCOMPARE(chunked, direct);

    ReadRequest selected = whole;
    selected.queryClause = u"WHERE id > -1"_s;
    QVERIFY(!PostgresTableReader::readsTableDirectly(selected));
    QCOMPARE(read(selected), direct);
}

void TestPgExportRead::singleWorkerExportReadsTablesWhole()
{
    // About 16 MB by the STATISTICS estimate: two chunk targets at PARALLEL=2, far
    // below the target at PARALLEL=1.
    const QString table = m_schema + u".big"_s;
    QVERIFY(exec(u"CREATE TABLE %1 (id integer PRIMARY KEY, payload text NOT NULL, "
                 u"amount numeric(10,2))"_s.arg(table)));
    QVERIFY(exec(u"INSERT INTO %1 SELECT g, md5(g::text) || md5((g + 1)::text), g / 7.0 "
                 u"FROM generate_series(1, 200000) AS g"_s.arg(table)));
    QVERIFY(exec(u"ANALYZE "_s + table));
    QVERIFY(ExportDefiner::chunkTargetBytes(Dialect::PostgreSQL, 2, 0) < 16 * 1024 * 1024);
    QVERIFY(ExportDefiner::chunkTargetBytes(Dialect::PostgreSQL, 1, 0) > 16 * 1024 * 1024);

    const QString url = u"postgresql://%1@%2:%3/%4"_s.arg(
        m_pg.user, m_pg.host, QString::number(m_pg.port), m_pg.database);
    QByteArray bytes[2];
    int members[2] = {0, 0};
    for (int parallel : {1, 2}) {
        const QString file = u"big_p%1.dmp"_s.arg(parallel);
        const Run run = cli({u"export"_s, url, u"TABLES=%1.big"_s.arg(m_schema),
                             u"DUMPFILE="_s + file, u"PARALLEL=%1"_s.arg(parallel),
                             u"COMPRESSION=NONE"_s, u"JOB_NAME=PGREAD_P%1"_s.arg(parallel)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        bytes[parallel - 1] =
            tableBytes(m_home.path() + u"/data/dpdump/"_s + file, &members[parallel - 1]);
    }
    QCOMPARE(members[0], 1);
    QVERIFY2(members[1] > 1, qPrintable(QString::number(members[1])));
    QCOMPARE(bytes[0].count('\n'), 200000);
    QCOMPARE(bytes[1], bytes[0]);
}

QTEST_GUILESS_MAIN(TestPgExportRead)
#include "tst_pgexportread.moc"
