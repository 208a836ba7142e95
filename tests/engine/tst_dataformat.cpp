// The data module without a server: canonical value forms, the LOAD DATA escape
// translation, query clause splitting, and SQLite reads, writes, chunking,
// checksums, rolled-back chunks and bounded buffers on a real SQLite file.
#include "engine/catalog/tabledef.h"
#include "engine/connection/databaseopener.h"
#include "engine/data/canonicalformat.h"
#include "engine/data/chunkplanner.h"
#include "engine/data/datasession.h"
#include "engine/data/infiletranslator.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/selectbuilder.h"
#include "engine/data/snapshotcoordinator.h"
#include "engine/data/tablechecksum.h"
#include "engine/data/tableestimator.h"
#include "engine/data/tablereader.h"
#include "engine/data/tablewriter.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

ColumnDef column(const QString &name, const QString &type)
{
    ColumnDef def;
    def.name = name;
    def.type = DataType::parse(type);
    return def;
}

TableDef table(const QString &name, const QList<ColumnDef> &columns, const QString &key = {})
{
    TableDef def;
    def.name = name;
    def.columns = columns;
    if (!key.isEmpty()) {
        ConstraintDef pk;
        pk.type = ConstraintType::PrimaryKey;
        pk.columns = {key};
        def.constraints << pk;
    }
    return def;
}

// Reads a whole request into one byte array.
QByteArray readAll(QSqlDatabase &db, const ReadRequest &request, ReadResult *result = nullptr)
{
    QByteArray all;
    const ReadResult read =
        TableReader::create(Dialect::SQLite)->read(db, request, [&](QByteArrayView data) {
            all.append(data);
            return true;
        });
    if (result)
        *result = read;
    return read.ok ? all : QByteArray("read failed: ") + read.errorString.toUtf8();
}

// The type-family test table, with the canonical text of its rows as PostgreSQL
// writes them (the SQLite columns use SQLite's own storage: TEXT for the exact decimal).
const QList<ColumnDef> kAllTypes = {
    column(u"id"_s, u"integer"_s),
    column(u"big"_s, u"bigint"_s),
    column(u"exact"_s, u"numeric(30,6)"_s),
    column(u"money"_s, u"numeric(8,2)"_s),
    column(u"f8"_s, u"double precision"_s),
    column(u"f4"_s, u"real"_s),
    column(u"flag"_s, u"boolean"_s),
    column(u"txt"_s, u"text"_s),
    column(u"bin"_s, u"bytea"_s),
    column(u"day"_s, u"date"_s),
    column(u"clock"_s, u"time"_s),
    column(u"ts"_s, u"timestamp(6)"_s),
    column(u"tstz"_s, u"timestamp with time zone"_s),
};
const char kAllTypesSqlite[] =
    "CREATE TABLE alltypes (id INTEGER PRIMARY KEY, big INTEGER, exact TEXT, "
    "money NUMERIC(8,2), f8 REAL, f4 REAL, flag BOOLEAN, txt TEXT, bin BLOB, day DATE, "
    "clock TIME, ts TIMESTAMP, tstz TIMESTAMPTZ)";
const QByteArray kAllTypesRows =
    "1\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n"
    "2\t-9223372036854775808\t-12345678901234.123456\t24000.00\t0.1\t3.14159\tt\t\t"
    "\\\\x00ff00\t1999-12-31\t13:45:30.25\t2024-02-29 23:59:59.123456\t"
    "2024-06-01 10:00:00.5+00\n"
    "3\t9223372036854775807\t0.000001\t-0.50\t1e+300\t-2.5e-10\tf\t\\\\N\t\\\\x\t"
    "2000-01-01\t00:00:00\t2000-01-01 00:00:00\t1970-01-01 00:00:00+00\n"
    "4\t0\t100.000000\t0.00\tInfinity\t-Infinity\tt\tO'Brien\\ttab\\nnew\\\\back \xf0\x9f\x98\x80 "
    "Z\xc3\xbcrich\t\\\\x5c0a\t2024-01-01\t23:59:59.999999\t2024-01-01 00:00:00.000001\t"
    "2024-01-01 00:00:00+00\n";

} // namespace

class TestDataFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void floats_data();
    void floats();
    void decimals();
    void decimalEdges_data();
    void decimalEdges();
    void hexAndBits();
    void dateTimes_data();
    void dateTimes();
    void infileTranslation_data();
    void infileTranslation();
    void queryClause_data();
    void queryClause();
    void chunkCondition();
    void sqliteRoundTrip();
    void sqliteStorageClasses();
    void sqliteChunksCoverEveryRowOnce();
    void sqliteFailedChunkRollsBack();
    void sqliteBuffersStayBounded();
    void sqliteEstimates();
    void flashbackRefused();
    void checksumIgnoresControlEscapes();
    void sqliteSnapshotHoldsWriters();

private:
    QSqlDatabase open(const QString &file);

    QTemporaryDir m_dir;
    QString m_connection;
};

void TestDataFormat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    ConnectionParams params;
    params.dialect = Dialect::SQLite;
    params.filePath = m_dir.filePath(u"data.db"_s);
    OpenOptions options;
    options.createSqliteFile = true;
    const OpenResult opened = DatabaseOpener::open(params, u"tst-dataformat"_s, {}, options);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString));
    m_connection = opened.connectionName;
}

void TestDataFormat::cleanupTestCase()
{
    DatabaseOpener::close(m_connection);
}

QSqlDatabase TestDataFormat::open(const QString &)
{
    return QSqlDatabase::database(m_connection);
}

void TestDataFormat::floats_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("single");
    QTest::addColumn<QByteArray>("expected");
    // What PostgreSQL 15 prints with extra_float_digits=3.
    QTest::newRow("0.1") << 0.1 << false << QByteArray("0.1");
    QTest::newRow("1e300") << 1e300 << false << QByteArray("1e+300");
    QTest::newRow("1e15") << 1e15 << false << QByteArray("1e+15");
    QTest::newRow("1e14") << 1e14 << false << QByteArray("100000000000000");
    QTest::newRow("123.456") << 123.456 << false << QByteArray("123.456");
    QTest::newRow("0.0001") << 0.0001 << false << QByteArray("0.0001");
    QTest::newRow("0.00001") << 0.00001 << false << QByteArray("1e-05");
    QTest::newRow("-2.5e-10") << -2.5e-10 << false << QByteArray("-2.5e-10");
    QTest::newRow("1/3") << 1.0 / 3 << false << QByteArray("0.3333333333333333");
    QTest::newRow("-0") << -0.0 << false << QByteArray("-0");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false
                         << QByteArray("Infinity");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << false
                          << QByteArray("-Infinity");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false << QByteArray("NaN");
    QTest::newRow("real 3.14159") << 3.14159 << true << QByteArray("3.14159");
    QTest::newRow("real 1e6") << 1e6 << true << QByteArray("1e+06");
    QTest::newRow("real 123456") << 123456.0 << true << QByteArray("123456");
}

void TestDataFormat::floats()
{
    QFETCH(double, value);
    QFETCH(bool, single);
    QFETCH(QByteArray, expected);
    QByteArray out;
    if (single)
        CanonicalFormat::appendFloat4(out, float(value));
    else
        CanonicalFormat::appendFloat8(out, value);
    QCOMPARE(out, expected);
}

void TestDataFormat::decimals()
{
    QByteArray out;
    CanonicalFormat::appendDecimal(out, qint64(24000), 2);
    QCOMPARE(out, QByteArray("24000.00"));
    out.clear();
    CanonicalFormat::appendDecimal(out, -0.5, 2);
    QCOMPARE(out, QByteArray("-0.50"));
    out.clear();
    CanonicalFormat::appendDecimal(out, 0.4, -1);
    QCOMPARE(out, QByteArray("0.4"));
}

void TestDataFormat::decimalEdges_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QByteArray>("expected");
    // What snprintf("%.*f") printed (scale >= 0), which the canonical form keeps:
    // exact rounding of the binary value (ties to even), the sign of negative zero.
    QTest::newRow("-0 scale 2") << -0.0 << 2 << QByteArray("-0.00");
    QTest::newRow("-0 shortest") << -0.0 << -1 << QByteArray("-0");
    QTest::newRow("0.125 tie to even") << 0.125 << 2 << QByteArray("0.12");
    QTest::newRow("0.375 tie to even") << 0.375 << 2 << QByteArray("0.38");
    QTest::newRow("2.675 is below the tie") << 2.675 << 2 << QByteArray("2.67");
    QTest::newRow("0.5 scale 0") << 0.5 << 0 << QByteArray("0");
    QTest::newRow("1.5 scale 0") << 1.5 << 0 << QByteArray("2");
    QTest::newRow("-2.5 scale 0") << -2.5 << 0 << QByteArray("-2");
    QTest::newRow("1e22") << 1e22 << 1 << QByteArray("10000000000000000000000.0");
    QTest::newRow("tiny negative") << -1e-300 << 3 << QByteArray("-0.000");
    QTest::newRow("scale capped at 60")
        << 0.1 << 70
        << QByteArray("0.100000000000000005551115123125782702118158340454101562500000");
    QTest::newRow("shortest") << 123456.789 << -1 << QByteArray("123456.789");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 2 << QByteArray("NaN");
    QTest::newRow("Infinity") << std::numeric_limits<double>::infinity() << 2
                              << QByteArray("Infinity");
    QTest::newRow("-Infinity") << -std::numeric_limits<double>::infinity() << -1
                               << QByteArray("-Infinity");
}

void TestDataFormat::decimalEdges()
{
    QFETCH(double, value);
    QFETCH(int, scale);
    QFETCH(QByteArray, expected);
    QByteArray out("x"); // appends, never replaces
    CanonicalFormat::appendDecimal(out, value, scale);
    QCOMPARE(out, QByteArray("x" + expected));
    // 1e300 in full: 301 digits.
    out.clear();
    CanonicalFormat::appendDecimal(out, 1e300, -1);
    QCOMPARE(out.size(), 301);
    QVERIFY(out.startsWith("10000000000000000525"));
    out.clear();
    CanonicalFormat::appendDecimal(out, std::numeric_limits<qint64>::min(), 2);
    QCOMPARE(out, QByteArray("-9223372036854775808.00"));
    out.clear();
    CanonicalFormat::appendInteger(out, -5);
    QCOMPARE(out, QByteArray("-5"));
}

void TestDataFormat::hexAndBits()
{
    QByteArray out;
    CanonicalFormat::appendHex(out, "\x00\xff\x10", 3);
    QCOMPARE(out, QByteArray("\\\\x00ff10"));
    out.clear();
    CanonicalFormat::appendBits(out, QByteArrayView("\x0a", 1), 4);
    QCOMPARE(out, QByteArray("1010"));
    out.clear();
    CanonicalFormat::appendBits(out, QByteArrayView("\x01\x02", 2), 10);
    QCOMPARE(out, QByteArray("0100000010"));
}

void TestDataFormat::dateTimes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("withZone");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("MariaDB datetime(6)") << QByteArray("2024-01-02 03:04:05.120000") << false
                                         << QByteArray("2024-01-02 03:04:05.12");
    QTest::newRow("zero fraction")
        << QByteArray("2024-01-02 03:04:05.000000") << false << QByteArray("2024-01-02 03:04:05");
    QTest::newRow("ISO T") << QByteArray("2024-01-02T03:04:05") << false
                           << QByteArray("2024-01-02 03:04:05");
    QTest::newRow("time(6)") << QByteArray("13:45:30.250000") << false << QByteArray("13:45:30.25");
    QTest::newRow("date") << QByteArray("2024-01-02") << false << QByteArray("2024-01-02");
    QTest::newRow("no zone to UTC")
        << QByteArray("2024-01-02 03:04:05") << true << QByteArray("2024-01-02 03:04:05+00");
    QTest::newRow("Z") << QByteArray("2024-01-02T03:04:05.5Z") << true
                       << QByteArray("2024-01-02 03:04:05.5+00");
    QTest::newRow("offset") << QByteArray("2024-06-01 12:00:00.5+02:00") << true
                            << QByteArray("2024-06-01 10:00:00.5+00");
    QTest::newRow("negative offset")
        << QByteArray("2024-06-01 12:00:00-05") << true << QByteArray("2024-06-01 17:00:00+00");
    QTest::newRow("bare point") << QByteArray("2024-06-01 12:00:00.") << false
                                << QByteArray("2024-06-01 12:00:00");
    QTest::newRow("T with offset kept") << QByteArray("2024-06-01T12:00:00.500+05:30") << false
                                        << QByteArray("2024-06-01 12:00:00.5+05:30");
    QTest::newRow("+0000 is UTC") << QByteArray("2024-06-01T12:00:00.000+0000") << true
                                  << QByteArray("2024-06-01 12:00:00+00");
    QTest::newRow("MariaDB negative time")
        << QByteArray("-838:59:59.000000") << false << QByteArray("-838:59:59");
}

void TestDataFormat::dateTimes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, withZone);
    QFETCH(QByteArray, expected);
    QByteArray out;
    CanonicalFormat::appendDateTime(out, input, withZone);
    QCOMPARE(out, expected);
}

void TestDataFormat::infileTranslation_data()
{
    QTest::addColumn<QByteArray>("copy");
    QTest::addColumn<QByteArray>("loadData");
    QTest::newRow("shared escapes")
        << QByteArray("a\\tb\\nc\\\\d\t\\N\n") << QByteArray("a\\tb\\nc\\\\d\t\\N\n");
    QTest::newRow("form feed, vtab") << QByteArray("x\\fy\\vz\n") << QByteArray("x\fy\vz\n");
    QTest::newRow("octal") << QByteArray("\\101\\11\\0\n") << QByteArray("A\\t\\0\n");
    QTest::newRow("hex") << QByteArray("\\x41\\x5c\\xa\n") << QByteArray("A\\\\\\n\n");
    QTest::newRow("bytea") << QByteArray("\\\\x00ff\n") << QByteArray("\\\\x00ff\n");
}

void TestDataFormat::infileTranslation()
{
    QFETCH(QByteArray, copy);
    QFETCH(QByteArray, loadData);
    // Every split point must give the same output as one piece.
    for (qsizetype split = 0; split <= copy.size(); ++split) {
        InfileTranslator translator;
        QByteArray out;
        translator.translate(QByteArrayView(copy).first(split), false, out);
        translator.translate(QByteArrayView(copy).sliced(split), true, out);
        QVERIFY2(out == loadData, qPrintable(u"split at %1: %2"_s.arg(split).arg(
                                      QString::fromLatin1(out.toPercentEncoding()))));
    }
}

void TestDataFormat::queryClause_data()
{
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("where") << u"WHERE salary > 1000"_s << u"salary > 1000"_s << QString();
    QTest::newRow("where order") << u"where a = 1 or b = 2 ORDER BY id"_s << u"a = 1 or b = 2"_s
                                 << u"ORDER BY id"_s;
    QTest::newRow("quoted order by")
        << u"WHERE t = 'x order by y'"_s << u"t = 'x order by y'"_s << QString();
    QTest::newRow("subquery order")
        << u"WHERE id IN (SELECT id FROM t ORDER BY id LIMIT 3)"_s
        << u"id IN (SELECT id FROM t ORDER BY id LIMIT 3)"_s << QString();
    QTest::newRow("order only") << u"ORDER BY name"_s << QString() << u"ORDER BY name"_s;
}

void TestDataFormat::queryClause()
{
    QFETCH(QString, clause);
    QFETCH(QString, condition);
    QFETCH(QString, orderBy);
    const SelectBuilder::QueryParts parts = SelectBuilder::splitQueryClause(clause);
    QCOMPARE(parts.condition, condition);
    QCOMPARE(parts.orderBy, orderBy);
}

void TestDataFormat::chunkCondition()
{
    const QList<ChunkRange> ranges = ChunkPlanner::rangesFrom(u"id"_s, true, {u"10"_s, u"20"_s});
    QCOMPARE(ranges.size(), 3);
    QCOMPARE(ranges[0].condition(Dialect::PostgreSQL), u"id < 10"_s);
    QCOMPARE(ranges[1].condition(Dialect::PostgreSQL), u"id >= 10 AND id < 20"_s);
    QCOMPARE(ranges[2].condition(Dialect::MariaDB), u"`id` >= 20"_s);
    const QList<ChunkRange> text = ChunkPlanner::rangesFrom(u"code"_s, false, {u"O'B"_s});
    QCOMPARE(text[0].condition(Dialect::PostgreSQL), u"code < 'O''B'"_s);
    QVERIFY(ChunkPlanner::rangesFrom(u"id"_s, true, {}).first().isWholeTable());
}

void TestDataFormat::sqliteRoundTrip()
{
    QSqlDatabase db = open({});
    QSqlQuery query(db);
    QVERIFY2(query.exec(QString::fromLatin1(kAllTypesSqlite)),
             qPrintable(query.lastError().text()));
    const TableDef def = table(u"alltypes"_s, kAllTypes, u"id"_s);
    const WriteResult written = TableWriter::create(Dialect::SQLite)
                                    ->write(db, {def}, WriteRequest::sourceOf(kAllTypesRows));
    QVERIFY2(written.ok, qPrintable(written.errorString));
    QCOMPARE(written.rows, 4);

    ReadRequest request;
    request.table = def;
    QCOMPARE(readAll(db, request), kAllTypesRows);

    TableChecksum::Accumulator expected;
    RowSplitter splitter;
    QVERIFY(splitter.feed(kAllTypesRows, [&](QByteArrayView row) {
        expected.addRow(row);
        return true;
    }));
    const ChecksumResult sum = TableChecksum::compute(db, Dialect::SQLite, request);
    QVERIFY2(sum.ok, qPrintable(sum.errorString));
    QCOMPARE(sum.rows, 4);
    QCOMPARE(sum.checksum, expected.checksum());
    QCOMPARE(sum.checksum.size(), 32);

    // Without a catalog every column comes as stored.
    ReadRequest untyped;
    untyped.table.name = u"alltypes"_s;
    QVERIFY(readAll(db, untyped).startsWith("1\t\\N\t"));

    // QUERY applies inside the chunk.
    request.queryClause = u"WHERE flag = 1 ORDER BY id DESC"_s;
    const QByteArray filtered = readAll(db, request);
    QVERIFY2(filtered.startsWith("4\t") && filtered.count('\n') == 2, filtered.constData());
}

void TestDataFormat::sqliteStorageClasses()
{
    // Values as SQLite applications store them, read with their logical types.
    QSqlDatabase db = open({});
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE native (id INTEGER PRIMARY KEY, salary NUMERIC(8,2), "
                       "pct NUMERIC(2,2), active BOOLEAN, created TIMESTAMP, stamped TIMESTAMP, "
                       "raw BLOB, score REAL)"_s));
    QVERIFY(query.exec(u"INSERT INTO native VALUES (1, 24000, 0.4, 1, 0, "
                       "'2024-01-02T03:04:05.500', x'00ff', 2)"_s));
    QVERIFY(query.exec(u"INSERT INTO native VALUES (2, '24000.5', 0, 'false', 1.5, "
                       "'2024-01-02 03:04:05', 'AB', 0.1)"_s));
    ReadRequest request;
    request.table = table(
        u"native"_s, {column(u"id"_s, u"integer"_s), column(u"salary"_s, u"numeric(8,2)"_s),
                      column(u"pct"_s, u"numeric(2,2)"_s), column(u"active"_s, u"boolean"_s),
                      column(u"created"_s, u"timestamp"_s), column(u"stamped"_s, u"timestamp"_s),
                      column(u"raw"_s, u"bytea"_s), column(u"score"_s, u"double precision"_s)});
    QCOMPARE(readAll(db, request),
             QByteArray("1\t24000.00\t0.40\tt\t1970-01-01 00:00:00\t2024-01-02 03:04:05.5\t"
                        "\\\\x00ff\t2\n"
                        "2\t24000.50\t0.00\tf\t1970-01-01 00:00:01.5\t2024-01-02 03:04:05\t"
                        "\\\\x4142\t0.1\n"));
}

void TestDataFormat::sqliteChunksCoverEveryRowOnce()
{
    QSqlDatabase db = open({});
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE chunked (id INTEGER PRIMARY KEY, v TEXT)"_s));
    QVERIFY(query.exec(u"WITH RECURSIVE c(x) AS (SELECT 1000 UNION ALL SELECT x + 1 FROM c "
                       "WHERE x < 10999) INSERT INTO chunked SELECT x, 'v' || x FROM c"_s));
    const TableDef def =
        table(u"chunked"_s, {column(u"id"_s, u"integer"_s), column(u"v"_s, u"text"_s)}, u"id"_s);
    ChunkPlanOptions options;
    options.targetRows = 1000;
    QString error;
    const auto chunks = ChunkPlanner::plan(db, Dialect::SQLite, def, options, &error);
    QVERIFY2(chunks, qPrintable(error));
    QCOMPARE(chunks->size(), 10);
    QVERIFY(!chunks->first().lower && !chunks->last().upper);

    // Rows added after planning, below the minimum and above the maximum.
    QVERIFY(query.exec(u"INSERT INTO chunked SELECT id - 999, v FROM chunked WHERE id < 1050"_s));
    QVERIFY(
        query.exec(u"INSERT INTO chunked SELECT id + 20000, v FROM chunked WHERE id > 10900"_s));
    QVERIFY(query.exec(u"SELECT count(*) FROM chunked"_s) && query.next());
    const int total = query.value(0).toInt();

    QSet<qint64> seen;
    int duplicates = 0;
    for (const ChunkRange &chunk : *chunks) {
        ReadRequest request;
        request.table = def;
        request.chunk = chunk;
        const QList<QByteArray> rows = readAll(db, request).split('\n');
        for (const QByteArray &row : rows) {
            if (row.isEmpty())
                continue;
            const qint64 id = row.left(row.indexOf('\t')).toLongLong();
            duplicates += seen.contains(id) ? 1 : 0;
            seen.insert(id);
        }
    }
    QCOMPARE(duplicates, 0);
    QCOMPARE(seen.size(), total);
}

void TestDataFormat::sqliteFailedChunkRollsBack()
{
    QSqlDatabase db = open({});
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE guarded (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"_s));
    QVERIFY(query.exec(u"INSERT INTO guarded VALUES (1, 'taken')"_s));
    QByteArray chunk;
    for (int i = 2; i <= 100; ++i)
        chunk += QByteArray::number(i) + '\t' +
                 (i == 50 ? QByteArray("taken") : QByteArray("v") + QByteArray::number(i)) + '\n';
    const TableDef def =
        table(u"guarded"_s, {column(u"id"_s, u"integer"_s), column(u"v"_s, u"text"_s)});
    const WriteResult result =
        TableWriter::create(Dialect::SQLite)->write(db, {def}, WriteRequest::sourceOf(chunk));
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.contains(u"Row 49"_s), qPrintable(result.errorString));
    QVERIFY(query.exec(u"SELECT count(*) FROM guarded"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    // A chunk cut in the middle of a row is refused as a whole too.
    const WriteResult cut = TableWriter::create(Dialect::SQLite)
                                ->write(db, {def}, WriteRequest::sourceOf("200\tx\n201\ty"));
    QVERIFY(!cut.ok);
    QVERIFY(query.exec(u"SELECT count(*) FROM guarded"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDataFormat::sqliteBuffersStayBounded()
{
    QSqlDatabase db = open({});
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT)"_s));
    QVERIFY(query.exec(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                       "WHERE x < 1000000) INSERT INTO big SELECT x, printf('row %08d', x) "
                       "FROM c"_s));
    ReadRequest request;
    request.table =
        table(u"big"_s, {column(u"id"_s, u"integer"_s), column(u"payload"_s, u"text"_s)});
    request.bufferSize = 256 * 1024;
    int calls = 0;
    qsizetype largest = 0;
    const ReadResult result =
        TableReader::create(Dialect::SQLite)->read(db, request, [&](QByteArrayView data) {
            ++calls;
            largest = qMax(largest, data.size());
            return data.endsWith('\n');
        });
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rows, 1000000);
    QVERIFY(calls > 50);
    // A buffer is handed over once it reaches the limit: at most one row more.
    QVERIFY2(largest <= request.bufferSize + 64, qPrintable(QString::number(largest)));
    QCOMPARE(result.largestBuffer, largest);

    // A sink that cancels stops the read.
    int cancelCalls = 0;
    const ReadResult canceled =
        TableReader::create(Dialect::SQLite)->read(db, request, [&](QByteArrayView) {
            return ++cancelCalls < 2;
        });
    QVERIFY(!canceled.ok);
    QVERIFY(canceled.canceled);
    QCOMPARE(cancelCalls, 2);
}

void TestDataFormat::sqliteEstimates()
{
    QSqlDatabase db = open({});
    for (EstimateMethod method : {EstimateMethod::Blocks, EstimateMethod::Statistics}) {
        const TableEstimate estimate =
            TableEstimator::estimate(db, Dialect::SQLite, {}, u"big"_s, method);
        QVERIFY2(estimate.ok, qPrintable(estimate.errorString));
        QCOMPARE(estimate.rows, 1000000);
        // About 20 bytes of payload per row; pages add overhead.
        QVERIFY2(estimate.bytes > 10'000'000 && estimate.bytes < 60'000'000,
                 qPrintable(QString::number(estimate.bytes)));
    }
}

void TestDataFormat::flashbackRefused()
{
    for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MariaDB})
        QVERIFY(SnapshotCoordinator::flashbackRefusal(dialect).contains(u"not supported"_s));
}

void TestDataFormat::checksumIgnoresControlEscapes()
{
    // PostgreSQL writes a form feed as \f, the codec may leave it raw: same value.
    const auto sum = [](QByteArrayView row) {
        TableChecksum::Accumulator accumulator;
        accumulator.addRow(row);
        return accumulator.checksum();
    };
    QCOMPARE(sum("1\ta\\fb\\vc\\bd"), sum("1\ta\fb\vc\bd"));
    QVERIFY(sum("1\ta\\\\fb") != sum("1\ta\fb"));
    QVERIFY(sum("1\tab") != sum("1\tba"));
    // Row order does not matter, row content does.
    TableChecksum::Accumulator forward;
    TableChecksum::Accumulator backward;
    for (int i = 0; i < 100; ++i) {
        forward.addRow(QByteArray::number(i));
        backward.addRow(QByteArray::number(99 - i));
    }
    QCOMPARE(forward.checksum(), backward.checksum());
    backward.addRow("100");
    QVERIFY(forward.checksum() != backward.checksum());
}

void TestDataFormat::sqliteSnapshotHoldsWriters()
{
    ConnectionParams params;
    params.dialect = Dialect::SQLite;
    params.filePath = m_dir.filePath(u"data.db"_s);
    SnapshotCoordinator coordinator;
    const auto snapshot = coordinator.begin(params, {});
    QVERIFY2(snapshot, qPrintable(coordinator.errorString()));
    QVERIFY(snapshot->warnings.isEmpty());

    const OpenResult worker = DatabaseOpener::open(params, u"tst-dataformat-worker"_s, {});
    QVERIFY2(worker.ok(), qPrintable(worker.errorString));
    // The opener's busy timeout follows the connect timeout: wait one second, not ten.
    OpenOptions fast;
    fast.connectTimeoutSeconds = 1;
    const OpenResult writer = DatabaseOpener::open(params, u"tst-dataformat-writer"_s, {}, fast);
    QVERIFY2(writer.ok(), qPrintable(writer.errorString));
    {
        QSqlDatabase workerDb = QSqlDatabase::database(worker.connectionName);
        QString error;
        QVERIFY2(SnapshotCoordinator::join(workerDb, *snapshot, &error), qPrintable(error));
        QSqlQuery insert(QSqlDatabase::database(writer.connectionName));
        QVERIFY(!insert.exec(u"INSERT INTO guarded VALUES (500, 'late')"_s));
        ReadRequest request;
        request.table =
            table(u"guarded"_s, {column(u"id"_s, u"integer"_s), column(u"v"_s, u"text"_s)});
        QCOMPARE(readAll(workerDb, request), QByteArray("1\ttaken\n"));
        QVERIFY(QSqlQuery(workerDb).exec(u"COMMIT"_s));
        coordinator.finish();
        QVERIFY2(insert.exec(u"INSERT INTO guarded VALUES (500, 'late')"_s),
                 qPrintable(insert.lastError().text()));
    }
    DatabaseOpener::close(worker.connectionName);
    DatabaseOpener::close(writer.connectionName);
}

QTEST_GUILESS_MAIN(TestDataFormat)
#include "tst_dataformat.moc"
