// The COPY text row codec: escapes, NULL versus empty versus the two characters \N,
// non-BMP UTF-8, bytea hex form, row splitting, and random input that must never
// crash the decoder (this test also runs under AddressSanitizer).
#include "engine/dump/copytextcodec.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;

using Values = QList<std::optional<QByteArray>>;

class TestDumpCopyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data();
    void roundTrip();
    void decodePostgresEscapes_data();
    void decodePostgresEscapes();
    void strictDecodeRejects_data();
    void strictDecodeRejects();
    void nextRowSplitsChunk();
    void bytea_data();
    void bytea();
    void badBytea();
    void randomBytesNeverCrash();
};

void TestDumpCopyText::roundTrip_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("plain") << Values{QByteArray("1"), QByteArray("Steven")}
                           << QByteArray("1\tSteven\n");
    QTest::newRow("null") << Values{QByteArray("1"), std::nullopt} << QByteArray("1\t\\N\n");
    QTest::newRow("empty string") << Values{QByteArray(""), QByteArray("")} << QByteArray("\t\n");
    QTest::newRow("the two characters \\N") << Values{QByteArray("\\N")} << QByteArray("\\\\N\n");
    QTest::newRow("tab and newline")
        << Values{QByteArray("a\tb\nc\rd")} << QByteArray("a\\tb\\nc\\rd\n");
    QTest::newRow("backslashes") << Values{QByteArray("C:\\dir\\"), QByteArray("\\")}
                                 << QByteArray("C:\\\\dir\\\\\t\\\\\n");
    QTest::newRow("NUL byte") << Values{QByteArray("a\0b", 3)} << QByteArray("a\\000b\n");
    QTest::newRow("backspace, form feed, vertical tab escaped as PostgreSQL does")
        << Values{QByteArray("\b\f\v")} << QByteArray("\\b\\f\\v\n");
    QTest::newRow("other controls stay raw")
        << Values{QByteArray("\x01\x1f")} << QByteArray("\x01\x1f\n");
    const QByteArray emoji = QStringLiteral("caf\u00e9 \U0001F600 \u4e2d").toUtf8();
    QTest::newRow("non-BMP UTF-8") << Values{emoji} << emoji + '\n';
    QTest::newRow("all null") << Values{std::nullopt, std::nullopt} << QByteArray("\\N\t\\N\n");
    QTest::newRow("bytea hex value")
        << Values{CopyTextCodec::encodeBytea(QByteArray("\x00\xff", 2))}
        << QByteArray("\\\\x00ff\n");
}

void TestDumpCopyText::roundTrip()
{
    QFETCH(Values, values);
    QFETCH(QByteArray, line);

    QByteArray encoded;
    CopyTextCodec::appendRow(encoded, values);
    QCOMPARE(encoded, line);

    qsizetype pos = 0;
    const auto row = CopyTextCodec::nextRow(encoded, &pos);
    QVERIFY(row.has_value());
    QCOMPARE(pos, encoded.size());
    QString error;
    const auto fields = CopyTextCodec::decodeRow(*row, &error);
    QVERIFY2(fields.has_value(), qPrintable(error));
    QCOMPARE(fields->size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(fields->at(i).isNull, !values.at(i).has_value());
        if (values.at(i))
            QCOMPARE(fields->at(i).value, *values.at(i));
    }
}

void TestDumpCopyText::decodePostgresEscapes_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("isNull");

    QTest::newRow("\\N alone is NULL") << QByteArray("\\N") << QByteArray() << true;
    QTest::newRow("\\N inside is N") << QByteArray("a\\Nb") << QByteArray("aNb") << false;
    QTest::newRow("\\b \\f \\v") << QByteArray("\\b\\f\\v") << QByteArray("\b\f\v") << false;
    QTest::newRow("octal 3 digits") << QByteArray("\\101\\0121") << QByteArray("A\n1") << false;
    QTest::newRow("octal 1 digit") << QByteArray("\\7x") << QByteArray("\ax") << false;
    QTest::newRow("hex 2 digits") << QByteArray("\\x41\\x4a") << QByteArray("AJ") << false;
    QTest::newRow("hex 1 digit") << QByteArray("\\x9g") << QByteArray("\tg") << false;
    QTest::newRow("x without digits") << QByteArray("\\xz") << QByteArray("xz") << false;
    QTest::newRow("other escaped char") << QByteArray("\\q\\,") << QByteArray("q,") << false;
    QTest::newRow("trailing backslash kept") << QByteArray("ab\\") << QByteArray("ab\\") << false;
}

void TestDumpCopyText::decodePostgresEscapes()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(bool, isNull);

    QByteArray out;
    QCOMPARE(!CopyTextCodec::unescape(field, out), isNull);
    QCOMPARE(out, value);
}

void TestDumpCopyText::strictDecodeRejects_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("error");
    QTest::newRow("lone backslash")
        << QByteArray("a\tb\\") << QStringLiteral("the row ends with a lone backslash");
    QTest::newRow("raw CR") << QByteArray("a\rb")
                            << QStringLiteral("a raw line break at byte 2 (line breaks must be "
                                              "written \\r or \\n)");
}

void TestDumpCopyText::strictDecodeRejects()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!CopyTextCodec::decodeRow(row, &actual).has_value());
    QCOMPARE(actual, error);
}

void TestDumpCopyText::nextRowSplitsChunk()
{
    const QByteArray chunk("1\ta\n2\t\\N\n\n3\tc\\\nd\n\\.\n4\tafter-end\n");
    qsizetype pos = 0;
    QList<QByteArray> rows;
    while (const auto row = CopyTextCodec::nextRow(chunk, &pos))
        rows << row->toByteArray();
    // The escaped newline (\ then LF) is not a row end in PostgreSQL's output because
    // PostgreSQL never writes one; raw LF always ends a row, as COPY FROM reads it.
    QCOMPARE(rows, (QList<QByteArray>{"1\ta", "2\t\\N", "", "3\tc\\", "d"}));

    QList<CopyTextField> fields;
    QCOMPARE(CopyTextCodec::splitRow("x\t\\N\t", fields), 3);
    QCOMPARE(fields.at(0).value, QByteArray("x"));
    QVERIFY(fields.at(1).isNull);
    QVERIFY(!fields.at(2).isNull);
    QVERIFY(fields.at(2).value.isEmpty());
    // Storage is reused and the count says how many are valid.
    QCOMPARE(CopyTextCodec::splitRow("only", fields), 1);
    QCOMPARE(fields.at(0).value, QByteArray("only"));
}

void TestDumpCopyText::bytea_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray() << QByteArray("\\x");
    QTest::newRow("binary") << QByteArray("\x00\x01\x7f\x80\xff", 5) << QByteArray("\\x00017f80ff");
    QTest::newRow("text") << QByteArray("AB\\") << QByteArray("\\x41425c");
}

void TestDumpCopyText::bytea()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(CopyTextCodec::encodeBytea(bytes), text);
    QCOMPARE(CopyTextCodec::decodeBytea(text), std::optional<QByteArray>(bytes));
    // Upper-case hex (some clients write it) and the old escape form decode too.
    QCOMPARE(CopyTextCodec::decodeBytea(text.toUpper().replace("\\X", "\\x")),
             std::optional<QByteArray>(bytes));
    QCOMPARE(CopyTextCodec::decodeBytea(QByteArray("a\\\\b\\001")),
             std::optional<QByteArray>(QByteArray("a\\b\x01")));
}

void TestDumpCopyText::badBytea()
{
    QVERIFY(!CopyTextCodec::decodeBytea("\\x0").has_value());
    QVERIFY(!CopyTextCodec::decodeBytea("\\xzz").has_value());
    QVERIFY(!CopyTextCodec::decodeBytea("a\\9").has_value());
}

void TestDumpCopyText::randomBytesNeverCrash()
{
    QRandomGenerator random(20240611);
    const char alphabet[] = {'\\', '\t', '\n', '\r', 'N', 'x', '0', '7', 'a', 'F', '.', '\0'};
    QList<CopyTextField> fields;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input(int(random.bounded(200)), Qt::Uninitialized);
        for (char &c : input)
            c = random.bounded(2) ? alphabet[random.bounded(int(sizeof alphabet))]
                                  : char(random.bounded(256));
        qsizetype pos = 0;
        while (const auto row = CopyTextCodec::nextRow(input, &pos)) {
            QVERIFY(pos <= input.size() + 1);
            const qsizetype count = CopyTextCodec::splitRow(*row, fields);
            QVERIFY(count >= 1);
            QString error;
            (void)CopyTextCodec::decodeRow(*row, &error);
            // Whatever was decoded encodes to something that decodes to the same.
            QByteArray again;
            for (qsizetype i = 0; i < count; ++i) {
                if (i > 0)
                    again.append('\t');
                if (fields.at(i).isNull)
                    CopyTextCodec::appendNull(again);
                else
                    CopyTextCodec::appendEscaped(again, fields.at(i).value);
            }
            QList<CopyTextField> back;
            QCOMPARE(CopyTextCodec::splitRow(again, back), count);
            for (qsizetype i = 0; i < count; ++i)
                QCOMPARE(back.at(i), fields.at(i));
        }
        (void)CopyTextCodec::decodeBytea(input);
    }
}

QTEST_GUILESS_MAIN(TestDumpCopyText)
#include "tst_dumpcopytext.moc"
