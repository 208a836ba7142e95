// PostgreSQL binary COPY against a real server (FIXTURES postgres): canonical text
// read from a table of every supported type is loaded once through text COPY and
// once through the binary transcoder, and the two tables (and the source) hold the
// same rows; typmods apply on both paths; a table with a type the transcoder does
// not know takes the text path; a row the transcoder declines moves the rest of the
// chunk to text COPY in the same transaction; a bad value fails the whole chunk.
#include "engine/connection/databaseopener.h"
#include "engine/data/datasession.h"
#include "engine/data/nativehandle.h"
#include "engine/data/postgrestablewriter.h"
#include "engine/data/tablereader.h"

#include "testservers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

// "name type, name type" (types without commas) to a table definition.
TableDef tableOf(const QString &name, const QString &columns)
{
    TableDef table;
    table.schema = u"public"_s;
    table.name = name;
    for (const QString &part : columns.split(u',')) {
        const QString trimmed = part.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        ColumnDef column;
        column.name = trimmed.left(space);
        column.type = DataType::parse(trimmed.mid(space + 1));
        table.columns << column;
    }
    return table;
}

// A source that hands out data in pieces of at most step bytes, so rows span calls.
ByteSource piecewise(const QByteArray &data, qint64 step)
{
    return [data, step, offset = qint64(0)](char *out, qint64 maxSize) mutable -> qint64 {
        const qint64 n = qMin(qMin(step, maxSize), qint64(data.size()) - offset);
        std::memcpy(out, data.constData() + offset, size_t(n));
        offset += n;
        return n;
    };
}

} // namespace

class TestPgBinaryCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameBothWays_data();
    void sameBothWays();
    void unsupportedTypeTakesTextPath();
    void declinedRowContinuesAsText_data();
    void declinedRowContinuesAsText();
    void badValueFailsChunk_data();
    void badValueFailsChunk();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    bool exec(const QString &sql);
    qint64 scalar(const QString &sql);
    QByteArray canonicalText(const TableDef &table, QString *error);
    WriteResult load(const TableDef &table, const ByteSource &source,
                     PostgresTableWriter::Format format);

    QString m_name;
    QString m_adminName;
    QString m_database;
};

bool TestPgBinaryCopy::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

qint64 TestPgBinaryCopy::scalar(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestPgBinaryCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const std::optional<sluicetest::Server> server = sluicetest::serverFromEnvironment(u"PG"_s);
    if (!server)
        QFAIL("SLUICE_TEST_PG_* is not set: run through ctest, whose fixture "
              "server.postgres.start provides it");
    ConnectionParams params;
    params.dialect = Dialect::PostgreSQL;
    params.host = server->host;
    params.port = server->port;
    params.user = server->user;
    params.database = server->database;
    const OpenResult admin = DatabaseOpener::open(params, u"pgbinary-admin"_s, server->password);
    QVERIFY2(admin.ok(), qPrintable(admin.errorString));
    m_adminName = admin.connectionName;
    m_database = u"sluice_pgbinary_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlQuery query(QSqlDatabase::database(m_adminName));
        QVERIFY2(query.exec(u"CREATE DATABASE "_s + m_database),
                 qPrintable(query.lastError().text()));
    }
    params.database = m_database;
    const OpenResult opened = DatabaseOpener::open(params, u"pgbinary"_s, server->password);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString));
    m_name = opened.connectionName;
    QSqlDatabase handle = db();
    QString error;
    QVERIFY2(DataSession::prepare(handle, Dialect::PostgreSQL, &error), qPrintable(error));
}

void TestPgBinaryCopy::cleanupTestCase()
{
    if (!m_name.isEmpty())
        DatabaseOpener::close(m_name);
    if (!m_adminName.isEmpty()) {
        {
            QSqlQuery query(QSqlDatabase::database(m_adminName));
            query.exec(u"DROP DATABASE IF EXISTS "_s + m_database);
        }
        DatabaseOpener::close(m_adminName);
    }
}

QByteArray TestPgBinaryCopy::canonicalText(const TableDef &table, QString *error)
{
    ReadRequest request;
    request.table = table;
    QByteArray all;
    QSqlDatabase handle = db();
    const ReadResult read =
        TableReader::create(Dialect::PostgreSQL)->read(handle, request, [&](QByteArrayView data) {
            all.append(data);
            return true;
        });
    if (!read.ok)
        *error = read.errorString;
    return all;
}

WriteResult TestPgBinaryCopy::load(const TableDef &table, const ByteSource &source,
                                   PostgresTableWriter::Format format)
{
    WriteRequest request;
    request.table = table;
    QSqlDatabase handle = db();
    return PostgresTableWriter(format).write(handle, request, source);
}

void TestPgBinaryCopy::sameBothWays_data()
{
    QTest::addColumn<QString>("sourceColumns");
    QTest::addColumn<QString>("targetColumns");
    QTest::addColumn<QStringList>("rows");

    const QString every =
        u"i2 smallint, i4 integer, i8 bigint, f4 real, f8 double precision, n numeric, "
        "b boolean, t text, vc character varying(20), c character(5), nm name, by bytea, "
        "d date, ts timestamp, tstz timestamp with time zone, u uuid, j json, jb jsonb"_s;
    QTest::newRow("every supported type")
        << every << every
        << QStringList{
               u"1, 2, 3, 1.5, 2.5, 3.5, true, 'a', 'b', 'c', 'n', '\\x00ff', '2024-02-29', "
               "'2024-06-01 10:00:00.5', '2024-06-01 10:00:00.25+02', "
               "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"a\":  [1, 2]}', '{\"b\": null}'"_s,
               u"-32768, -2147483648, -9223372036854775808, '-Infinity', '-0', "
               "'-12345678901234567890.123456789012345', false, E'tab\\there\\nnew\\\\line', "
               "'', '', '', '', '4714-11-24 BC', '4714-11-24 00:00:00 BC', "
               "'0044-03-15 10:00:00+00 BC', '00000000-0000-0000-0000-000000000000', '[]', '[]'"_s,
               u"32767, 2147483647, 9223372036854775807, 'NaN', '1e-310', 'NaN', true, "
               "E'h\\u00e9llo \\U0001F600 \\\\N', 'x', 'ab', repeat('z', 63), "
               "decode(repeat('00ff10', 1000), 'hex'), 'infinity', 'infinity', '-infinity', "
               "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '\"\\u00e9\"', '{\"k\": \"\\u00e9\"}'"_s,
               u"0, 0, 0, 3.4028235e38, 1.7976931348623157e308, 'Infinity', NULL, '\\N', NULL, "
               "NULL, NULL, '\\x', '-infinity', '-infinity', 'infinity', NULL, NULL, NULL"_s,
               u"NULL, NULL, NULL, NULL, NULL, '-Infinity', NULL, NULL, NULL, NULL, NULL, NULL, "
               "'10000-01-01', '1999-12-31 23:59:59.999999', '1900-01-01 00:00:00+00:53:28', "
               "NULL, NULL, NULL"_s,
               u"7, 7, 7, 1e-45, 4.9e-324, '0.0000000000000000000000000000000000000001', NULL, "
               "NULL, NULL, NULL, NULL, NULL, '2000-01-01', '2000-01-01 00:00:00', "
               "'294276-12-31 23:59:59.999999+00', NULL, NULL, NULL"_s,
           };
    // Random values over the types' ranges (setseed: the same ones every run), as
    // PostgreSQL prints them: shortest floats, subnormals, BC dates, long numerics.
    const QString random =
        u"i4 integer, i8 bigint, f4 real, f8 double precision, n numeric, d date, "
        "ts timestamp without time zone, tstz timestamp with time zone"_s;
    QTest::newRow("random values")
        << random << random
        << QStringList{
               u"SELECT (random() * 4e9 - 2e9)::integer, (random() * 1.8e19 - 9e18)::bigint, "
               "(sign(random() - 0.5) * random() * 10 ^ (random() * 75 - 37))::real, "
               "sign(random() - 0.5) * random() * 10 ^ (random() * 615 - 308), "
               "round(((random() - 0.5) * 10 ^ (random() * 40))::numeric, (random() * 30)::int), "
               "date '4713-01-01 BC' + (random() * 5000000)::int, "
               "timestamp '4713-01-01 00:00:00 BC' + random() * interval '13000 years', "
               "timestamptz '1800-01-01 00:00:00+00' + random() * interval '400 years' "
               "FROM (SELECT setseed(0.42)) s, generate_series(1, 20000)"_s};
    // The server applies the target's typmods to binary values as to text ones.
    QTest::newRow("typmods")
        << u"n numeric, vc text, c text, ts timestamp, tstz timestamp with time zone"_s
        << u"n numeric(12,2), vc character varying(6), c character(6), ts timestamp(0), "
           "tstz timestamp(2) with time zone"_s
        << QStringList{
               u"1.005, 'abc', 'ab', '2024-06-01 10:00:00.5', '2024-06-01 10:00:00.125+00'"_s,
               u"-1.004999, 'abcdef', 'abcdef', '2024-06-01 10:00:00.499999', "
               "'2024-06-01 10:00:00.129+00'"_s,
               u"'NaN', 'abc   ', 'a  ', '2024-06-01 23:59:59.5', '2024-06-01 10:00:00.995+00'"_s,
           };
    QTest::newRow("domains") << u"d integer, t text"_s << u"d pgbinary_positive, t pgbinary_label"_s
                             << QStringList{u"1, 'x'"_s, u"2147483647, 'yy'"_s, u"NULL, NULL"_s};
}

void TestPgBinaryCopy::sameBothWays()
{
    QFETCH(QString, sourceColumns);
    QFETCH(QString, targetColumns);
    QFETCH(QStringList, rows);

    QVERIFY(exec(u"DROP TABLE IF EXISTS src, viatext, viabinary"_s));
    QVERIFY(exec(u"DROP DOMAIN IF EXISTS pgbinary_positive, pgbinary_label"_s));
    QVERIFY(exec(u"CREATE DOMAIN pgbinary_positive AS integer CHECK (VALUE > 0)"_s));
    QVERIFY(exec(u"CREATE DOMAIN pgbinary_label AS varchar(4)"_s));
    QVERIFY(exec(u"CREATE TABLE src (%1)"_s.arg(sourceColumns)));
    // A row is a VALUES tuple, or a SELECT giving many rows.
    for (const QString &row : rows)
        QVERIFY(exec(row.startsWith(u"SELECT"_s) ? u"INSERT INTO src "_s + row
                                                 : u"INSERT INTO src VALUES (%1)"_s.arg(row)));
    const qint64 count = scalar(u"SELECT count(*) FROM src"_s);
    QVERIFY(exec(u"CREATE TABLE viatext (%1)"_s.arg(targetColumns)));
    QVERIFY(exec(u"CREATE TABLE viabinary (%1)"_s.arg(targetColumns)));

    QString error;
    const QByteArray text = canonicalText(tableOf(u"src"_s, sourceColumns), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(qint64(text.count('\n')), count);

    const WriteResult viaText =
        load(tableOf(u"viatext"_s, sourceColumns), WriteRequest::sourceOf(text),
             PostgresTableWriter::Format::Text);
    QVERIFY2(viaText.ok, qPrintable(viaText.errorString));
    QCOMPARE(viaText.binaryRows, qint64(0));
    const WriteResult viaBinary =
        load(tableOf(u"viabinary"_s, sourceColumns), piecewise(text, 4099),
             PostgresTableWriter::Format::Automatic);
    QVERIFY2(viaBinary.ok, qPrintable(viaBinary.errorString));
    QCOMPARE(viaBinary.rows, count);
    QCOMPARE(viaBinary.binaryRows, count);

    // json has no equality operator: compare it as text.
    QStringList columns;
    for (const ColumnDef &column : tableOf(u"src"_s, sourceColumns).columns)
        columns << (column.type.name == u"json" ? column.name + u"::text"_s : column.name);
    const QString list = columns.join(u", "_s);
    const auto differing = [&](const QString &a, const QString &b) {
        return scalar(
            u"SELECT count(*) FROM (SELECT %1 FROM %2 EXCEPT ALL SELECT %1 FROM %3) d"_s.arg(list,
                                                                                             a, b));
    };
    QCOMPARE(scalar(u"SELECT count(*) FROM viabinary"_s), count);
    QCOMPARE(differing(u"viatext"_s, u"viabinary"_s), qint64(0));
    QCOMPARE(differing(u"viabinary"_s, u"viatext"_s), qint64(0));
    // Where nothing is rounded, the loaded rows are the source's own.
    if (sourceColumns == targetColumns) {
        QCOMPARE(differing(u"src"_s, u"viabinary"_s), qint64(0));
        QCOMPARE(differing(u"viabinary"_s, u"src"_s), qint64(0));
    }
}

void TestPgBinaryCopy::unsupportedTypeTakesTextPath()
{
    const QString columns = u"id integer, tags text[], span interval"_s;
    QVERIFY(exec(u"DROP TABLE IF EXISTS mixed"_s));
    QVERIFY(exec(u"CREATE TABLE mixed (%1)"_s.arg(columns)));
    QSqlDatabase handle = db();
    WriteRequest request;
    request.table = tableOf(u"mixed"_s, columns);
    QVERIFY(!PostgresTableWriter::binaryColumns(NativeHandle::postgres(handle), request));
    const WriteResult result =
        load(request.table,
             WriteRequest::sourceOf("1\t{a,b}\t1 day 02:00:00\n2\t\\N\t\\N\n3\t{}\t-00:00:01\n"),
             PostgresTableWriter::Format::Automatic);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rows, qint64(3));
    QCOMPARE(result.binaryRows, qint64(0));
    QCOMPARE(scalar(u"SELECT count(*) FROM mixed WHERE tags = '{a,b}' AND span = '26 hours'"_s),
             qint64(1));
    // The same table without the unknown types goes binary.
    request.table.columns.resize(1);
    QVERIFY(PostgresTableWriter::binaryColumns(NativeHandle::postgres(handle), request));
}

void TestPgBinaryCopy::declinedRowContinuesAsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("binaryRows");

    // " 3" and "+4" are valid for int4in but not canonical.
    const QByteArray data = "1\ta\n2\tb\n 3\tc\n+4\td\n5\te\n";
    QTest::newRow("one block") << data << qint64(1 << 20) << qint64(2);
    QTest::newRow("three-byte pieces") << data << qint64(3) << qint64(2);
    QTest::newRow("first row") << QByteArray(" 1\ta\n2\tb\n") << qint64(1 << 20) << qint64(0);
    QTest::newRow("last row without newline")
        << QByteArray("1\ta\n2\tb\n 3\tc") << qint64(2) << qint64(2);
    QTest::newRow("escaped raw tab") << QByteArray("1\ta\\\tb\n2\tb\n") << qint64(5) << qint64(0);
}

void TestPgBinaryCopy::declinedRowContinuesAsText()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, step);
    QFETCH(qint64, binaryRows);

    QVERIFY(exec(u"DROP TABLE IF EXISTS ints"_s));
    QVERIFY(exec(u"CREATE TABLE ints (id integer, label text)"_s));
    const WriteResult result = load(tableOf(u"ints"_s, u"id integer, label text"_s),
                                    piecewise(text, step), PostgresTableWriter::Format::Automatic);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.binaryRows, binaryRows);
    const qint64 rows = text.count('\n') + (text.endsWith('\n') ? 0 : 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM ints"_s), rows);
    QCOMPARE(scalar(u"SELECT count(DISTINCT id) FROM ints WHERE id BETWEEN 1 AND %1"_s.arg(rows)),
             rows);
}

void TestPgBinaryCopy::badValueFailsChunk_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("not an integer") << QByteArray("1\ta\nx\tb\n3\tc\n") << u"integer"_s;
    QTest::newRow("too long for varchar(3)") << QByteArray("1\tabc\n2\tabcd\n") << u"too long"_s;
    QTest::newRow("integer out of range")
        << QByteArray("1\ta\n2147483648\tb\n") << u"out of range"_s;
    // The server checks the encoding of binary text values as of text COPY lines.
    QTest::newRow("NUL byte") << QByteArray("1\ta\n2\ta\\000b\n") << u"invalid byte sequence"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("1\ta\n2\t\\377\n") << u"invalid byte sequence"_s;
    QTest::newRow("end marker then more")
        << QByteArray("1\ta\n\\.x\n3\tc\n") << u"end-of-copy marker"_s;
}

void TestPgBinaryCopy::badValueFailsChunk()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);

    QVERIFY(exec(u"DROP TABLE IF EXISTS strict"_s));
    QVERIFY(exec(u"CREATE TABLE strict (id integer, label varchar(3))"_s));
    const WriteResult result =
        load(tableOf(u"strict"_s, u"id integer, label text"_s), WriteRequest::sourceOf(text),
             PostgresTableWriter::Format::Automatic);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.contains(message), qPrintable(result.errorString));
    QCOMPARE(result.rows, qint64(0));
    QCOMPARE(scalar(u"SELECT count(*) FROM strict"_s), qint64(0));
}

QTEST_GUILESS_MAIN(TestPgBinaryCopy)
#include "tst_pgbinarycopy.moc"
