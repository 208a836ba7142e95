// MariadbTableReader against a real server (FIXTURES mariadb): the exact COPY text of
// every MariaDB column type the reader formats, natural and read under another logical
// type (as a dump from another engine's catalog asks), pinned byte for byte so that a
// faster row builder cannot change a dump. docs/data-format.md defines the forms.
#include "testservers.h"

#include "engine/catalog/catalogreader.h"
#include "engine/connection/databaseopener.h"
#include "engine/data/datasession.h"
#include "engine/data/tablereader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sluice::engine;

namespace {

using sluicetest::exec;

} // namespace

class TestMariadbReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void canonicalText_data();
    void canonicalText();
    void wideRowsAcrossBuffers();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    [[nodiscard]] TableDef tableDef(const QString &table, const QString &logicalType) const;
    QString m_name;
    QString m_database;
    int m_tables = 0;
};

void TestMariadbReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto get = [](const char *key) {
        return qEnvironmentVariable(qPrintable(u"SLUICE_TEST_MARIADB_"_s + QLatin1String(key)));
    };
    ConnectionParams params;
    params.dialect = Dialect::MariaDB;
    params.host = get("HOST");
    params.port = get("PORT").toInt();
    params.user = get("USER");
    params.database = get("DB");
    if (params.host.isEmpty() || params.port <= 0 || params.user.isEmpty())
        QFAIL("SLUICE_TEST_MARIADB_* are not set: run through ctest, whose fixture "
              "server.mariadb.start provides them");
    const OpenResult admin = DatabaseOpener::open(params, u"admin"_s, get("PASSWORD"));
    QVERIFY2(admin.ok(), qPrintable(admin.errorString));
    m_database = u"sluice_reader_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QVERIFY(
        exec(QSqlDatabase::database(admin.connectionName),
             u"CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"_s.arg(m_database)));
    DatabaseOpener::close(admin.connectionName);
    params.database = m_database;
    const OpenResult opened = DatabaseOpener::open(params, u"data"_s, get("PASSWORD"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString));
    m_name = opened.connectionName;
    QSqlDatabase handle = db();
    QString error;
    QVERIFY2(DataSession::prepare(handle, Dialect::MariaDB, &error), qPrintable(error));
}

void TestMariadbReader::cleanupTestCase()
{
    if (!m_name.isEmpty()) {
        exec(db(), u"DROP DATABASE IF EXISTS "_s + m_database);
        DatabaseOpener::close(m_name);
    }
}

TableDef TestMariadbReader::tableDef(const QString &table, const QString &logicalType) const
{
    CatalogReadOptions options;
    options.schemas = {m_database};
    QString error;
    const auto catalog = CatalogReader::read(db(), options, &error);
    if (!catalog) {
        qWarning("catalog: %s", qPrintable(error));
        return {};
    }
    const TableDef *found = catalog->table(m_database, table);
    if (!found)
        return {};
    TableDef def = *found;
    if (!logicalType.isEmpty() && def.columns.size() == 2)
        def.columns[1].type = DataType::parse(logicalType);
    return def;
}

void TestMariadbReader::canonicalText_data()
{
    QTest::addColumn<QString>("columnType");
    QTest::addColumn<QString>("logicalType"); // empty: the MariaDB catalog's own type
    QTest::addColumn<QStringList>("values");  // SQL literals, one row each
    QTest::addColumn<QByteArrayList>("expected");

    const QByteArray null = "\\N";
    QTest::newRow("tinyint") << u"TINYINT"_s << QString()
                             << QStringList{u"-128"_s, u"127"_s, u"0"_s, u"NULL"_s}
                             << QByteArrayList{"-128", "127", "0", null};
    QTest::newRow("smallint mediumint")
        << u"MEDIUMINT"_s << QString() << QStringList{u"-8388608"_s, u"8388607"_s}
        << QByteArrayList{"-8388608", "8388607"};
    QTest::newRow("int") << u"INT"_s << QString() << QStringList{u"-2147483648"_s, u"2147483647"_s}
                         << QByteArrayList{"-2147483648", "2147483647"};
    QTest::newRow("bigint") << u"BIGINT"_s << QString()
                            << QStringList{u"-9223372036854775808"_s, u"9223372036854775807"_s}
                            << QByteArrayList{"-9223372036854775808", "9223372036854775807"};
    QTest::newRow("bigint unsigned")
        << u"BIGINT UNSIGNED"_s << QString() << QStringList{u"18446744073709551615"_s, u"0"_s}
        << QByteArrayList{"18446744073709551615", "0"};
    QTest::newRow("decimal") << u"DECIMAL(30,6)"_s << QString()
                             << QStringList{u"-12345678901234.123456"_s, u"0.000001"_s, u"100"_s,
                                            u"0"_s}
                             << QByteArrayList{"-12345678901234.123456", "0.000001", "100.000000",
                                               "0.000000"};
    QTest::newRow("year") << u"YEAR"_s << QString() << QStringList{u"1999"_s, u"2155"_s}
                          << QByteArrayList{"1999", "2155"};
    QTest::newRow("boolean (tinyint(1))")
        << u"BOOLEAN"_s << QString() << QStringList{u"TRUE"_s, u"FALSE"_s}
        << QByteArrayList{"1", "0"};
    QTest::newRow("tinyint read as boolean")
        << u"TINYINT"_s << u"boolean"_s << QStringList{u"1"_s, u"0"_s, u"NULL"_s, u"5"_s, u"-1"_s}
        << QByteArrayList{"t", "f", null, "t", "t"};
    QTest::newRow("varchar read as boolean")
        << u"VARCHAR(8)"_s << u"boolean"_s
        << QStringList{u"'yes'"_s, u"' True '"_s, u"'no'"_s, u"'on'"_s}
        << QByteArrayList{"t", "t", "f", "t"};
    QTest::newRow("float") << u"FLOAT"_s << QString()
                           << QStringList{u"3.14159"_s, u"-2.5e-10"_s, u"1e6"_s, u"0"_s,
                                          u"100000"_s}
                           << QByteArrayList{"3.14159", "-2.5e-10", "1e+06", "0", "100000"};
    QTest::newRow("double") << u"DOUBLE"_s << QString()
                            << QStringList{u"0.1"_s,      u"1e300"_s,
                                           u"-2.5e-10"_s, u"123456789.125"_s,
                                           u"1e15"_s,     u"0.0001"_s,
                                           u"-0"_s}
                            << QByteArrayList{"0.1",   "1e+300", "-2.5e-10", "123456789.125",
                                              "1e+15", "0.0001", "0"};
    QTest::newRow("double read as real")
        << u"DOUBLE"_s << u"real"_s << QStringList{u"0.1"_s, u"3.14159"_s}
        << QByteArrayList{"0.1", "3.14159"};
    QTest::newRow("datetime(6)") << u"DATETIME(6)"_s << QString()
                                 << QStringList{u"'2024-02-29 23:59:59.123456'"_s,
                                                u"'2000-01-01 00:00:00'"_s,
                                                u"'2024-06-01 12:00:00.5'"_s}
                                 << QByteArrayList{"2024-02-29 23:59:59.123456",
                                                   "2000-01-01 00:00:00", "2024-06-01 12:00:00.5"};
    QTest::newRow("datetime read as timestamptz")
        << u"DATETIME(3)"_s << u"timestamptz"_s
        << QStringList{u"'2024-06-01 12:00:00.250'"_s, u"'1970-01-01 00:00:00'"_s}
        << QByteArrayList{"2024-06-01 12:00:00.25+00", "1970-01-01 00:00:00+00"};
    QTest::newRow("timestamp") << u"TIMESTAMP(6) NULL"_s << QString()
                               << QStringList{u"'2024-01-01 00:00:00.000001'"_s, u"NULL"_s}
                               << QByteArrayList{"2024-01-01 00:00:00.000001", null};
    QTest::newRow("time(6)") << u"TIME(6)"_s << QString()
                             << QStringList{u"'13:45:30.25'"_s, u"'-00:00:01'"_s, u"'838:59:59'"_s}
                             << QByteArrayList{"13:45:30.25", "-00:00:01", "838:59:59"};
    QTest::newRow("date") << u"DATE"_s << QString()
                          << QStringList{u"'1999-12-31'"_s, u"'0001-01-01'"_s}
                          << QByteArrayList{"1999-12-31", "0001-01-01"};
    QTest::newRow("text escapes")
        << u"TEXT"_s << QString()
        << QStringList{u"'O''Brien\\ttab\\nnew\\\\back\\rcr'"_s, u"''"_s, u"'\\\\N'"_s,
                       u"CONCAT('a', CHAR(0), 'b', CHAR(8), CHAR(12), CHAR(11))"_s,
                       u"'Z\u00fcrich \u00e9t\u00e9 \U0001F600'"_s}
        << QByteArrayList{"O'Brien\\ttab\\nnew\\\\back\\rcr", "", "\\\\N", "a\\000b\\b\\f\\v",
                          "Z\xc3\xbcrich \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80"};
    // Long runs around the escapes, and control bytes COPY text keeps as they are.
    QTest::newRow("text long runs")
        << u"TEXT"_s << QString()
        << QStringList{u"CONCAT(REPEAT('x', 20), CHAR(1), REPEAT('y', 17), CHAR(9), CHAR(31), "
                       "'z', CHAR(127), REPEAT('w', 16), '\\\\')"_s}
        << QByteArrayList{QByteArray(20, 'x') + '\x01' + QByteArray(17, 'y') + "\\t\x1fz\x7f" +
                          QByteArray(16, 'w') + "\\\\"};
    QTest::newRow("char varchar") << u"CHAR(4)"_s << QString()
                                  << QStringList{u"'ab'"_s, u"'abcd'"_s}
                                  << QByteArrayList{"ab", "abcd"};
    QTest::newRow("enum") << u"ENUM('happy','sad')"_s << QString() << QStringList{u"'sad'"_s}
                          << QByteArrayList{"sad"};
    QTest::newRow("set") << u"SET('a','b','c')"_s << QString() << QStringList{u"'a,c'"_s, u"''"_s}
                         << QByteArrayList{"a,c", ""};
    QTest::newRow("json") << u"JSON"_s << QString()
                          << QStringList{u"'{\"a\": [1, 2], \"b\": \"x\\\\ty\"}'"_s}
                          << QByteArrayList{"{\"a\": [1, 2], \"b\": \"x\\\\ty\"}"};
    QTest::newRow("binary") << u"BINARY(3)"_s << QString()
                            << QStringList{u"X'00ff00'"_s, u"X'0a'"_s}
                            << QByteArrayList{"\\\\x00ff00", "\\\\x0a0000"};
    QTest::newRow("varbinary") << u"VARBINARY(8)"_s << QString()
                               << QStringList{u"X''"_s, u"X'5c0a0009'"_s}
                               << QByteArrayList{"\\\\x", "\\\\x5c0a0009"};
    // Every byte value, in runs of 16 and not: 0..255, then 255..0 and 3 more.
    QByteArray ramp;
    for (int i = 0; i < 256; ++i)
        ramp.append(char(i));
    for (int i = 255; i >= -3; --i)
        ramp.append(char(i & 0xff));
    QTest::newRow("longblob") << u"LONGBLOB"_s << QString()
                              << QStringList{u"X'deadBEEF'"_s, u"NULL"_s,
                                             u"X'"_s + QString::fromLatin1(ramp.toHex()) + u"'"_s}
                              << QByteArrayList{"\\\\xdeadbeef", null, "\\\\x" + ramp.toHex()};
    QTest::newRow("blob read as text") << u"BLOB"_s << u"text"_s << QStringList{u"'plain\\ttext'"_s}
                                       << QByteArrayList{"plain\\ttext"};
    QTest::newRow("bit(4)") << u"BIT(4)"_s << QString()
                            << QStringList{u"b'1010'"_s, u"b'0000'"_s, u"b'1111'"_s}
                            << QByteArrayList{"1010", "0000", "1111"};
    QTest::newRow("bit(12)") << u"BIT(12)"_s << QString() << QStringList{u"b'100000000101'"_s}
                             << QByteArrayList{"100000000101"};
    QTest::newRow("bit(64)") << u"BIT(64)"_s << QString() << QStringList{u"b'1'"_s}
                             << QByteArrayList{QByteArray(63, '0') + '1'};
    QTest::newRow("bit read as integer")
        << u"BIT(12)"_s << u"bigint"_s << QStringList{u"b'100000000101'"_s, u"b'0'"_s}
        << QByteArrayList{"2053", "0"};
    QTest::newRow("bit(1) read as boolean")
        << u"BIT(1)"_s << u"boolean"_s << QStringList{u"b'1'"_s, u"b'0'"_s, u"NULL"_s}
        << QByteArrayList{"t", "f", null};
    QTest::newRow("geometry") << u"POINT"_s << QString()
                              << QStringList{u"ST_PointFromText('POINT(1 2)')"_s}
                              << QByteArrayList{
                                     "\\\\x000000000101000000000000000000f03f0000000000000040"};
}

void TestMariadbReader::canonicalText()
{
    QFETCH(QString, columnType);
    QFETCH(QString, logicalType);
    QFETCH(QStringList, values);
    QFETCH(QByteArrayList, expected);
    QCOMPARE(values.size(), expected.size());

    const QString table = u"t%1"_s.arg(++m_tables);
    QVERIFY(exec(db(), u"CREATE TABLE %1 (id INT PRIMARY KEY, v %2) CHARACTER SET utf8mb4"_s.arg(
                           table, columnType)));
    QByteArray want;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QVERIFY(exec(db(),
                     u"INSERT INTO %1 VALUES (%2, %3)"_s.arg(table).arg(i + 1).arg(values.at(i))));
        want += QByteArray::number(i + 1) + '\t' + expected.at(i) + '\n';
    }
    ReadRequest request;
    request.table = tableDef(table, logicalType);
    QCOMPARE(request.table.columns.size(), 2);
    request.queryClause = u"ORDER BY id"_s;
    QByteArray got;
    QSqlDatabase handle = db();
    const ReadResult read =
        TableReader::create(Dialect::MariaDB)->read(handle, request, [&](QByteArrayView data) {
            got.append(data);
            return true;
        });
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.rows, values.size());
    QCOMPARE(read.bytes, got.size());
    QCOMPARE(got, want);
}

// Rows wider than the buffer, and many rows across buffer hand-overs: every row whole
// and in order, every call ending at a row's end; plain text of every length from 0 to
// 69 bytes, with a backslash every 11 bytes.
void TestMariadbReader::wideRowsAcrossBuffers()
{
    QVERIFY(
        exec(db(), u"CREATE TABLE wide (id INT PRIMARY KEY, t LONGTEXT, b LONGBLOB, c TEXT)"_s));
    const QByteArray pattern = QByteArray("abcdefghij\\").repeated(10);
    QByteArray want;
    for (int i = 1; i <= 300; ++i) {
        const int size = i % 50 == 0 ? 5000 : (i % 7) * 30;
        QVERIFY(exec(db(), u"INSERT INTO wide VALUES (%1, REPEAT('\\t', %2), REPEAT(X'ab', %2), "
                           "LEFT(REPEAT('abcdefghij\\\\', 10), %3))"_s.arg(i)
                               .arg(size)
                               .arg(i % 70)));
        want += QByteArray::number(i) + '\t';
        for (int k = 0; k < size; ++k)
            want += "\\t";
        want += "\t\\\\x" + QByteArray("ab").repeated(size) + '\t';
        want += pattern.left(i % 70).replace("\\", "\\\\") + '\n';
    }
    ReadRequest request;
    request.table = tableDef(u"wide"_s, {});
    request.queryClause = u"ORDER BY id"_s;
    request.bufferSize = 1024;
    QByteArray got;
    int calls = 0;
    bool whole = true;
    QSqlDatabase handle = db();
    const ReadResult read =
        TableReader::create(Dialect::MariaDB)->read(handle, request, [&](QByteArrayView data) {
            ++calls;
            whole = whole && data.endsWith('\n');
            got.append(data);
            return true;
        });
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QVERIFY(whole);
    QVERIFY2(calls > 10, qPrintable(u"%1 calls, %2 bytes"_s.arg(calls).arg(got.size())));
    QCOMPARE(read.rows, 300);
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestMariadbReader)
#include "tst_mariadbreader.moc"
