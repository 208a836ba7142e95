// Round trip: parse -> ParfileWriter -> parse gives an equal JobSpec, over many
// command lines and over Oracle's documentation examples in tests/data/parfiles.
#include "engine/params/jobspecparser.h"
#include "engine/params/parfilewriter.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

// The password is held in memory only; the writer puts ENCRYPTION_PWD_PROMPT=YES
// in its place, so that is what the round trip is compared against.
JobSpec withoutPassword(JobSpec spec)
{
    if (!spec.encryptionPassword.isEmpty()) {
        spec.encryptionPassword.clear();
        spec.encryptionPasswordPrompt = true;
    }
    return spec;
}

void checkRoundTrip(JobOperation operation, const QStringList &arguments,
                    const QString &workingDir = {})
{
    JobSpecParser parser(operation);
    if (!workingDir.isEmpty())
        parser.setWorkingDirectory(workingDir);
    const auto first = parser.parseArguments(arguments);
    QVERIFY2(first, qPrintable(parser.errorString()));
    const QString text = ParfileWriter::write(*first);
    const auto second = parser.parseParfileText(text, u"normalized.par"_s);
    QVERIFY2(second, qPrintable(parser.errorString() + u"\n"_s + text));
    QVERIFY2(*second == withoutPassword(*first), qPrintable(text));
    // Normalized text is a fixed point.
    QCOMPARE(ParfileWriter::write(*second), text);
    // Every line is one KEYWORD[=value] with an upper-case keyword.
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString keyword = line.section(u'=', 0, 0);
        QCOMPARE(keyword, keyword.toUpper());
    }
}

} // namespace

class TestParamRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commandLines_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QStringList>("arguments");
        const int ex = int(JobOperation::Export);
        const int im = int(JobOperation::Import);
        const auto row = [](const char *name, int op, const QStringList &args) {
            QTest::newRow(name) << op << args;
        };
        row("minimal", ex, {u"hr"_s});
        row("schemas", ex, {u"hr"_s, u"SCHEMAS=hr,\"Sales\",oe"_s, u"DIRECTORY=dpump_dir1"_s});
        row("full", ex, {u"sqlite:///tmp/hr.db"_s, u"FULL=YES"_s, u"NOLOGFILE=YES"_s});
        row("tables partitions", ex,
            {u"hr"_s, u"TABLES=sh.sales:sales_q1,\"Sh\".\"Sales\":\"Q2\",emp%"_s});
        row("url with query", ex,
            {u"postgresql://scott@db:5432/hr?sslmode=require"_s, u"SCHEMAS=hr"_s});
        row("filters", ex,
            {u"hr"_s, u"INCLUDE=TABLE:\"IN ('EMPLOYEES', 'DEPARTMENTS')\""_s,
             u"INCLUDE=PROCEDURE"_s, u"EXCLUDE=INDEX:\"LIKE 'EMP%'\""_s,
             u"EXCLUDE=TABLE:\"NOT IN ('O''Brien', '\"\"Mixed\"\"')\""_s});
        row("queries", ex,
            {u"hr"_s, u"QUERY=\"WHERE 1 = 1\""_s,
             u"QUERY=hr.employees:\"WHERE name = \"\"X\"\" AND d > 10\""_s,
             u"QUERY=\"Dept\":\"ORDER BY 1\""_s});
        row("samples", ex, {u"hr"_s, u"SAMPLE=.000001"_s, u"SAMPLE=hr.emp:99.5"_s});
        row("files", ex,
            {u"hr"_s, u"DUMPFILE=d1:a%U.dmp,b%L,c.dump"_s, u"FILESIZE=1536MB"_s,
             u"REUSE_DUMPFILES=YES"_s, u"LOGFILE=d2:exp"_s});
        row("filesize bytes", ex, {u"hr"_s, u"FILESIZE=123457"_s});
        row("flashback time", ex,
            {u"hr"_s,
             u"FLASHBACK_TIME=\"TO_TIMESTAMP('2024-02-29 23:59:58.250', 'YYYY-MM-DD HH24:MI:SS.FF3')\""_s});
        row("flashback now", ex, {u"hr"_s, u"FLASHBACK_TIME=systimestamp"_s});
        row("flashback scn", ex, {u"hr"_s, u"FLASHBACK_SCN=18446744"_s});
        row("estimate", ex, {u"hr"_s, u"ESTIMATE_ONLY=YES"_s, u"ESTIMATE=STATISTICS"_s});
        row("compression", ex, {u"hr"_s, u"COMPRESSION=ALL"_s, u"COMPRESSION_ALGORITHM=GZIP"_s});
        row("encryption", ex,
            {u"hr"_s, u"ENCRYPTION=DATA_ONLY"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s,
             u"ENCRYPTION_MODE=PASSWORD"_s});
        row("encryption password", ex, {u"hr"_s, u"ENCRYPTION_PASSWORD=foobar"_s});
        row("job control", ex,
            {u"hr"_s, u"JOB_NAME=\"Nightly\""_s, u"PARALLEL=8"_s, u"STATUS=60"_s, u"LOGTIME=ALL"_s,
             u"METRICS=YES"_s, u"KEEP_MASTER=YES"_s, u"VERSION=LATEST"_s});
        row("attach", ex, {u"ATTACH=hr.sys_export_schema_01"_s});
        row("attach bare", im, {u"hr"_s, u"ATTACH"_s});
        row("help", im, {u"HELP=YES"_s});
        row("import default", im, {u"hr"_s, u"DUMPFILE=hr.dmp"_s});
        row("import remaps", im,
            {u"hr"_s, u"REMAP_SCHEMA=hr:hr_test"_s, u"REMAP_SCHEMA=\"Oe\":oe2"_s,
             u"REMAP_TABLE=hr.employees:emps"_s, u"REMAP_TABLE=sh.sales.q1:sales_q1"_s,
             u"REMAP_TABLESPACE=users:fast"_s, u"REMAP_DATA=hr.employees.email:FAKE_EMAIL"_s,
             u"REMAP_DATA=employees.salary:CONSTANT(1000)"_s,
             u"REMAP_DATA=hr.emp.note2:CONSTANT('n/a, ''x''')"_s,
             u"REMAP_DATA=hr.employees.ssn:MASK(4,'#')"_s,
             u"REMAP_DATA=hr.employees.hire_date:SHIFT_DAYS(-30)"_s,
             u"REMAP_DATA=hr.employees.phone:HASH"_s, u"REMAP_DATA=hr.employees.note:NULL"_s});
        row("import transforms", im,
            {u"hr"_s, u"TRANSFORM=SEGMENT_ATTRIBUTES:n:table"_s, u"TRANSFORM=STORAGE:Y"_s,
             u"TRANSFORM=DISABLE_ARCHIVE_LOGGING:Y:INDEX"_s});
        row("import data only", im,
            {u"hr"_s, u"CONTENT=DATA_ONLY"_s, u"TABLE_EXISTS_ACTION=TRUNCATE"_s,
             u"VERIFY=CHECKSUM"_s});
        row("import network", im,
            {u"mariadb://root@localhost/test"_s, u"NETWORK_LINK=postgresql://app@src/hr"_s,
             u"SCHEMAS=hr"_s, u"FLASHBACK_TIME=SYSTIMESTAMP"_s, u"ESTIMATE=BLOCKS"_s});
        row("import sqlfile", im,
            {u"SQLFILE=d:ddl.sql"_s, u"TARGET_DIALECT=MariaDB"_s, u"DUMPFILE=d:hr%U.dmp"_s,
             u"CONTENT=METADATA_ONLY"_s});
        row("import tables", im,
            {u"hr"_s, u"TABLES=employees,jobs"_s, u"TABLE_EXISTS_ACTION=REPLACE"_s});
    }

    void commandLines()
    {
        QFETCH(int, operation);
        QFETCH(QStringList, arguments);
        checkRoundTrip(JobOperation(operation), arguments);
    }

    void oracleExamples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(qEnvironmentVariable("SLUICE_SOURCE_DIR") + u"/tests/data/parfiles"_s);
        const QStringList files = dir.entryList({u"*.par"_s}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 40, qPrintable(dir.path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void oracleExamples()
    {
        QFETCH(QString, path);
        const JobOperation operation = QFileInfo(path).fileName().startsWith(u"impdp"_s)
                                           ? JobOperation::Import
                                           : JobOperation::Export;
        // As in the guide: "expdp hr PARFILE=..." (the connection is positional;
        // ATTACH examples run without one).
        QStringList arguments{u"PARFILE="_s + QFileInfo(path).fileName()};
        if (!path.contains(u"attach"_s))
            arguments.prepend(u"hr"_s);
        checkRoundTrip(operation, arguments, QFileInfo(path).absolutePath());
    }
};

QTEST_GUILESS_MAIN(TestParamRoundTrip)
#include "tst_paramroundtrip.moc"
