// The binary COPY transcoder without a server: every supported type's canonical text
// against the bytes PostgreSQL's own *_send functions give for it (taken from a
// PostgreSQL 15 server), the texts it must decline (left to the server's text
// parser), and whole rows: COPY text escapes, NULLs, empty strings, field counts.
#include "engine/data/pgbinaryencoder.h"
#include "engine/data/pgbinaryvalue.h"

#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace sluice::engine;

Q_DECLARE_METATYPE(sluice::engine::PgBinaryType)

namespace {

enum Flag {
    BareTimestampTzIsUtc = 1,
    NoNumericInfinity = 2,
};

PgBinaryValue::Options optionsOf(int flags)
{
    PgBinaryValue::Options options;
    options.bareTimestampTzIsUtc = flags & BareTimestampTzIsUtc;
    options.numericInfinity = !(flags & NoNumericInfinity);
    return options;
}

QByteArray rowName(PgBinaryType type, const QByteArray &text, int flags)
{
    return QByteArray::number(int(type)) + ' ' + text.left(40) +
           (flags ? ' ' + QByteArray::number(flags) : QByteArray());
}

// expected: the hex of the binary form; a null QByteArray when the text is declined.
void add(PgBinaryType type, const QByteArray &text, const char *expected, int flags = 0)
{
    QTest::newRow(rowName(type, text, flags).constData())
        << type << text << flags << (expected ? QByteArray(expected) : QByteArray());
}

void decline(PgBinaryType type, const QByteArray &text, int flags = 0)
{
    add(type, text, nullptr, flags);
}

QByteArray be32(qint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray field(const QByteArray &bytes)
{
    return be32(qint32(bytes.size())) + bytes;
}

} // namespace

class TestPgBinaryEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void values_data();
    void values();
    void declined_data();
    void declined();
    void rows_data();
    void rows();
    void headerAndTrailer();
    void rowsAppendToExistingOutput();
};

void TestPgBinaryEncoder::values_data()
{
    QTest::addColumn<PgBinaryType>("type");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QByteArray>("expected");

    // Generated with SELECT encode(<type>_send('<text>'::<type>), 'hex') (TimeZone UTC),
    // except that numeric_send reports a display scale of 32 for the infinities (bits
    // of their header), which numeric_recv ignores: 0 is sent.
    add(PgBinaryType::Int2, "0", "0000");
    add(PgBinaryType::Int2, "32767", "7fff");
    add(PgBinaryType::Int2, "-32768", "8000");
    add(PgBinaryType::Int2, "-0", "0000");
    add(PgBinaryType::Int4, "2147483647", "7fffffff");
    add(PgBinaryType::Int4, "-2147483648", "80000000");
    add(PgBinaryType::Int4, "42", "0000002a");
    add(PgBinaryType::Int8, "9223372036854775807", "7fffffffffffffff");
    add(PgBinaryType::Int8, "-9223372036854775808", "8000000000000000");
    add(PgBinaryType::Int8, "1234567890123", "0000011f71fb04cb");
    add(PgBinaryType::Float8, "1.5", "3ff8000000000000");
    add(PgBinaryType::Float8, "-0", "8000000000000000");
    add(PgBinaryType::Float8, "0", "0000000000000000");
    add(PgBinaryType::Float8, "1e-310", "000012688b70e62b");
    add(PgBinaryType::Float8, "4.9406564584124654e-324", "0000000000000001");
    add(PgBinaryType::Float8, "Infinity", "7ff0000000000000");
    add(PgBinaryType::Float8, "-Infinity", "fff0000000000000");
    add(PgBinaryType::Float8, "NaN", "7ff8000000000000");
    add(PgBinaryType::Float8, "1.7976931348623157e+308", "7fefffffffffffff");
    add(PgBinaryType::Float8, "0.1", "3fb999999999999a");
    add(PgBinaryType::Float8, "-1.2345678901234567e-05", "bee9e409302678ba");
    add(PgBinaryType::Float8, "1e+15", "430c6bf526340000");
    add(PgBinaryType::Float4, "1.5", "3fc00000");
    add(PgBinaryType::Float4, "3.4028235e+38", "7f7fffff");
    add(PgBinaryType::Float4, "1e-45", "00000001");
    add(PgBinaryType::Float4, "NaN", "7fc00000");
    add(PgBinaryType::Float4, "-Infinity", "ff800000");
    add(PgBinaryType::Float4, "0.1", "3dcccccd");
    add(PgBinaryType::Float4, "-0", "80000000");
    add(PgBinaryType::Float4, "1.1754942e-38", "007fffff");
    add(PgBinaryType::Numeric, "0", "0000000000000000");
    add(PgBinaryType::Numeric, "0.00", "0000000000000002");
    add(PgBinaryType::Numeric, "-0.50", "0001ffff400000021388");
    add(PgBinaryType::Numeric, "24000.00", "000200010000000200020fa0");
    add(PgBinaryType::Numeric, "12345678901234567890.123456789",
        "000800040000000904d2162e23340d801ed204d2162e2328");
    add(PgBinaryType::Numeric, "0.0001", "0001ffff000000040001");
    add(PgBinaryType::Numeric, "0.00001", "0001fffe0000000503e8");
    add(PgBinaryType::Numeric, "10000", "00010001000000000001");
    add(PgBinaryType::Numeric, "NaN", "00000000c0000000");
    add(PgBinaryType::Numeric, "Infinity", "00000000d0000000");
    add(PgBinaryType::Numeric, "-Infinity", "00000000f0000000");
    add(PgBinaryType::Numeric, "-123.45", "0002000040000002007b1194");
    add(PgBinaryType::Numeric, "007.10", "0002000000000002000703e8");
    add(PgBinaryType::Numeric, "-0", "0000000000000000");
    add(PgBinaryType::Numeric, "99999999999999999999999999999999999999.99999999999999999999",
        "000f0009000000140063270f270f270f270f270f270f270f270f270f270f270f270f270f270f");
    add(PgBinaryType::Numeric, "0.000000000000000000000000000001", "0001fff80000001e0064");
    add(PgBinaryType::Bool, "t", "01");
    add(PgBinaryType::Bool, "f", "00");
    add(PgBinaryType::Text,
        "h\xc3\xa9"
        "llo \xe6\x97\xa5"
        "\xe6\x9c\xac"
        "",
        "68c3a96c6c6f20e697a5e69cac");
    add(PgBinaryType::Text, "", "");
    add(PgBinaryType::Name, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "616161616161616161616161616161616161616161616161616161616161616161616161616161616161616161"
        "616161616161616161616161616161616161");
    add(PgBinaryType::Json, "{\"a\":  [1, 2]}", "7b2261223a20205b312c20325d7d");
    add(PgBinaryType::Jsonb, "{\"a\": [1, 2]}", "017b2261223a205b312c20325d7d");
    add(PgBinaryType::Bytea, "\\x00ff7f", "00ff7f");
    add(PgBinaryType::Bytea, "\\x", "");
    add(PgBinaryType::Bytea, "\\xDEADbeef", "deadbeef");
    add(PgBinaryType::Date, "2000-01-01", "00000000");
    add(PgBinaryType::Date, "2024-02-29", "00002279");
    add(PgBinaryType::Date, "infinity", "7fffffff");
    add(PgBinaryType::Date, "-infinity", "80000000");
    add(PgBinaryType::Date, "0044-03-15 BC", "fff49d7b");
    add(PgBinaryType::Date, "4714-11-24 BC", "ffda97a7");
    add(PgBinaryType::Date, "10000-01-01", "002c95d4");
    add(PgBinaryType::Date, "1999-12-31", "ffffffff");
    add(PgBinaryType::Date, "5874897-12-31", "7fda970c");
    add(PgBinaryType::Timestamp, "2000-01-01 00:00:00", "0000000000000000");
    add(PgBinaryType::Timestamp, "2024-06-01 10:00:00.5", "0002bccfee964920");
    add(PgBinaryType::Timestamp, "2024-06-01 10:00:00.123456", "0002bccfee908a40");
    add(PgBinaryType::Timestamp, "1969-12-31 23:59:59.999999", "fffca2fec4c81fff");
    add(PgBinaryType::Timestamp, "infinity", "7fffffffffffffff");
    add(PgBinaryType::Timestamp, "-infinity", "8000000000000000");
    add(PgBinaryType::Timestamp, "0044-03-15 10:00:00 BC", "ff1af9e74e1f8800");
    add(PgBinaryType::Timestamp, "4714-11-24 00:00:00 BC", "fd0f7cc1411fa000");
    add(PgBinaryType::Timestamp, "294276-12-31 23:59:59.999999", "7fffff5bb3b29fff");
    add(PgBinaryType::TimestampTz, "2024-06-01 10:00:00.5+00", "0002bccfee964920");
    add(PgBinaryType::TimestampTz, "2024-06-01 12:00:00+02", "0002bccfee8ea800");
    add(PgBinaryType::TimestampTz, "2024-06-01 10:00:00-05:30", "0002bcd48abaae00");
    add(PgBinaryType::TimestampTz, "1900-01-01 00:00:00+00:53:28", "fff4c9edbcd54e00");
    add(PgBinaryType::TimestampTz, "0044-03-15 10:00:00+00 BC", "ff1af9e74e1f8800");
    add(PgBinaryType::TimestampTz, "infinity", "7fffffffffffffff");
    add(PgBinaryType::Uuid, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
        "a0eebc999c0b4ef8bb6d6bb9bd380a11");
    add(PgBinaryType::Uuid, "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
        "a0eebc999c0b4ef8bb6d6bb9bd380a11");
    add(PgBinaryType::Numeric,
        "999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
        "999999999999999999999999999999.00000001111111111111111111111111111111111111",
        "0029001d0000002c270f270f270f270f270f270f270f270f270f270f270f270f270f270f270f270f270f270f27"
        "0f270f270f270f270f270f270f270f270f270f270f270f0000000104570457045704570457045704570457045"
        "7");
    add(PgBinaryType::Name, QByteArray(63, 'a'), QByteArray(63, 'a').toHex().constData());
    // A timestamptz without an offset is UTC when the session's TimeZone is.
    add(PgBinaryType::TimestampTz, "2024-06-01 10:00:00.5", "0002bccfee964920",
        BareTimestampTzIsUtc);
}

void TestPgBinaryEncoder::values()
{
    QFETCH(PgBinaryType, type);
    QFETCH(QByteArray, text);
    QFETCH(int, flags);
    QFETCH(QByteArray, expected);

    QByteArray out(text.size() + PgBinaryValue::kSlack, '\xee');
    const qsizetype n = PgBinaryValue::encode(type, text, out.data(), optionsOf(flags));
    QVERIFY2(n >= 0, "declined");
    QCOMPARE(out.left(n).toHex(), expected);
}

void TestPgBinaryEncoder::declined_data()
{
    QTest::addColumn<PgBinaryType>("type");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QByteArray>("expected");

    for (const char *text : {"32768", "-32769", "", "1.5"})
        decline(PgBinaryType::Int2, text);
    for (const char *text : {"2147483648", "-2147483649", " 1", "1 ", "+1", "0x10", "1_000"})
        decline(PgBinaryType::Int4, text);
    for (const char *text :
         {"9223372036854775808", "-9223372036854775809", "00000000000000000001", "-", "1e3"})
        decline(PgBinaryType::Int8, text);
    for (const char *text : {"1e+400", "-1e+400", "1e-400", "inf", "+1.5", "", "1.5x", "infinity",
                             "nan", " 1", "0x1p3"})
        decline(PgBinaryType::Float8, text);
    for (const char *text : {"1e+39", "1e-50", "Inf"})
        decline(PgBinaryType::Float4, text);
    for (const char *text :
         {"1e5", ".5", "5.", "", "--1", "1.2.3", "+1", " 1", "Inf", "nan", "1,5"})
        decline(PgBinaryType::Numeric, text);
    decline(PgBinaryType::Numeric, "Infinity", NoNumericInfinity);
    decline(PgBinaryType::Numeric, "0." + QByteArray(16384, '1'));
    for (const char *text : {"true", "1", "", "T", "f "})
        decline(PgBinaryType::Bool, text);
    decline(PgBinaryType::Name, QByteArray(64, 'a'));
    for (const char *text : {"\\x0", "\\001", "\\xZZ", "00ff", "\\X00", "\\x 00"})
        decline(PgBinaryType::Bytea, text);
    for (const char *text :
         {"2023-02-29", "1900-02-29", "0000-01-01", "2024-1-01", "2024-13-01", "2024-01-32",
          "4714-11-23 BC", "2024-01-01 AD", "2024-01-01 00:00:00", "5874898-01-01", "20240101",
          "epoch", "Infinity", "99-01-01", "2024-01-01 bc"})
        decline(PgBinaryType::Date, text);
    for (const char *text :
         {"2024-06-01 24:00:00", "2024-06-01 10:00:60", "2024-06-01 10:60:00",
          "2024-06-01 10:00:00.1234567", "2024-06-01 10:00:00+00", "2024-06-01T10:00:00",
          "2024-06-01 10:00", "2024-06-01 10:00:00.", "294277-01-01 00:00:00",
          "4714-11-23 23:59:59 BC", "now", "2024-06-01", "2024-06-01 1:00:00"})
        decline(PgBinaryType::Timestamp, text);
    for (const char *text :
         {"2024-06-01 10:00:00", "2024-06-01 10:00:00+16", "2024-06-01 10:00:00+0",
          "2024-06-01 10:00:00 UTC", "2024-06-01 10:00:00+00:60", "2024-06-01 10:00:00+00:00:0"})
        decline(PgBinaryType::TimestampTz, text);
    for (const char *text :
         {"a0eebc999c0b4ef8bb6d6bb9bd380a11", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}",
          "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1"})
        decline(PgBinaryType::Uuid, text);
}

void TestPgBinaryEncoder::declined()
{
    QFETCH(PgBinaryType, type);
    QFETCH(QByteArray, text);
    QFETCH(int, flags);

    QByteArray out(text.size() + PgBinaryValue::kSlack, '\xee');
    const qsizetype n = PgBinaryValue::encode(type, text, out.data(), optionsOf(flags));
    QCOMPARE(n, qsizetype(-1));
}

void TestPgBinaryEncoder::rows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QByteArray>("expected"); // null: declined

    const QByteArray count = QByteArray::fromHex("0003");
    const QByteArray null = be32(-1);
    const QByteArray one = field(QByteArray::fromHex("00000001"));
    QTest::newRow("plain") << QByteArray("1\tabc\t\\\\x00ff")
                           << count + one + field("abc") + field(QByteArray::fromHex("00ff"));
    QTest::newRow("escaped tab and newline")
        << QByteArray("1\ta\\tb\\nc\t\\\\x") << count + one + field("a\tb\nc") + field({});
    QTest::newRow("null, plain, escaped")
        << QByteArray("\\N\tab\t\\\\x00ff")
        << count + null + field("ab") + field(QByteArray::fromHex("00ff"));
    QTest::newRow("nulls") << QByteArray("\\N\t\\N\t\\N") << count + null + null + null;
    QTest::newRow("empty text") << QByteArray("1\t\t\\N") << count + one + field({}) + null;
    QTest::newRow("the characters backslash N")
        << QByteArray("1\t\\\\N\t\\N") << count + one + field("\\N") + null;
    QTest::newRow("octal and hex escapes") << QByteArray("1\t\\101\\x42\\303\\251\\x7\t\\N")
                                           << count + one + field("AB\xc3\xa9\x07") + null;
    QTest::newRow("other escaped characters")
        << QByteArray("1\t\\a\\N\\x\\b\\f\\v\\r\t\\N") << count + one + field("aNx\b\f\v\r") + null;
    QTest::newRow("multi-byte UTF-8")
        << QByteArray("1\t\xe6\x97\xa5\xe6\x9c\xac\xf0\x9f\x98\x80\t\\N")
        << count + one + field("\xe6\x97\xa5\xe6\x9c\xac\xf0\x9f\x98\x80") + null;
    QTest::newRow("bytea in octal escapes") << QByteArray("1\tx\t\\\\x\\101") << QByteArray();
    QTest::newRow("too few fields") << QByteArray("1\tab") << QByteArray();
    QTest::newRow("too many fields") << QByteArray("1\ta\t\\N\tx") << QByteArray();
    QTest::newRow("end marker") << QByteArray("1\t\\.\t\\N") << QByteArray();
    QTest::newRow("raw carriage return") << QByteArray("1\ta\rb\t\\N") << QByteArray();
    QTest::newRow("lone trailing backslash") << QByteArray("1\ta\t\\") << QByteArray();
    QTest::newRow("escaped raw tab") << QByteArray("1\ta\\\tb\t\\N") << QByteArray();
    QTest::newRow("bad integer") << QByteArray("x\ta\t\\N") << QByteArray();
    QTest::newRow("bad bytea") << QByteArray("1\ta\tff") << QByteArray();
    QTest::newRow("empty line") << QByteArray() << QByteArray();
}

void TestPgBinaryEncoder::rows()
{
    QFETCH(QByteArray, row);
    QFETCH(QByteArray, expected);

    PgBinaryEncoder encoder({PgBinaryType::Int4, PgBinaryType::Text, PgBinaryType::Bytea}, {});
    QByteArray out;
    const bool ok = encoder.appendRow(row, out);
    QCOMPARE(ok, !expected.isNull());
    QCOMPARE(out.toHex(), expected.toHex());
}

void TestPgBinaryEncoder::headerAndTrailer()
{
    QCOMPARE(PgBinaryEncoder::header().toByteArray(),
             QByteArray("PGCOPY\n\xff\r\n\0", 11) + QByteArray(8, '\0'));
    QCOMPARE(PgBinaryEncoder::trailer().toByteArray(), QByteArray::fromHex("ffff"));
}

// Rows append to what the buffer holds; a declined row leaves it as it was.
void TestPgBinaryEncoder::rowsAppendToExistingOutput()
{
    PgBinaryEncoder encoder({PgBinaryType::Int8, PgBinaryType::Numeric}, {});
    QByteArray out("prefix");
    QVERIFY(encoder.appendRow("7\t1.50", out));
    const QByteArray first = out;
    QCOMPARE(first.toHex(), QByteArray("prefix").toHex() + "0002" + "00000008" +
                                "0000000000000007" + "0000000c" + "0002000000000002" + "00011388");
    QVERIFY(!encoder.appendRow("8\t1.5e3", out));
    QCOMPARE(out, first);
    QVERIFY(encoder.appendRow("-1\t\\N", out));
    QCOMPARE(out.mid(first.size()).toHex(), QByteArray("0002"
                                                       "00000008"
                                                       "ffffffffffffffff"
                                                       "ffffffff"));
}

QTEST_GUILESS_MAIN(TestPgBinaryEncoder)
#include "tst_pgbinaryencoder.moc"
