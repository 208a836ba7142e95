// The Data Pump parameter language: every parameter (applies or rejected with
// its reason), quoting forms, error messages and combination rules.
#include "engine/params/jobspecparser.h"
#include "engine/params/parametercatalog.h"
#include "engine/params/parfilewriter.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    const char *keyword;
    QStringList arguments; // after the connection "hr"
};

// One valid use of every parameter in the table (plus what it needs beside it).
QList<Sample> samples()
{
    return {
        {"ABORT_STEP", {u"ABORT_STEP=-1"_s}},
        {"ACCESS_METHOD", {u"ACCESS_METHOD=AUTOMATIC"_s}},
        {"ATTACH", {u"ATTACH=job1"_s}},
        {"CHECKSUM", {u"CHECKSUM=YES"_s}},
        {"CHECKSUM_ALGORITHM", {u"CHECKSUM_ALGORITHM=SHA256"_s}},
        {"CLUSTER", {u"CLUSTER=NO"_s}},
        {"COMPRESSION", {u"COMPRESSION=ALL"_s}},
        {"COMPRESSION_ALGORITHM", {u"COMPRESSION_ALGORITHM=HIGH"_s}},
        {"CONTENT", {u"CONTENT=METADATA_ONLY"_s}},
        {"CREDENTIAL", {u"CREDENTIAL=cred1"_s}},
        {"DATA_OPTIONS", {u"DATA_OPTIONS=XML_CLOBS"_s}},
        {"DIRECTORY", {u"DIRECTORY=dpump_dir1"_s}},
        {"DUMPFILE", {u"DUMPFILE=a.dmp"_s}},
        {"ENABLE_SECURE_ROLES", {u"ENABLE_SECURE_ROLES=YES"_s}},
        {"ENCRYPTION", {u"ENCRYPTION=ALL"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s}},
        {"ENCRYPTION_ALGORITHM", {u"ENCRYPTION_ALGORITHM=AES256"_s}},
        {"ENCRYPTION_MODE", {u"ENCRYPTION_MODE=PASSWORD"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s}},
        {"ENCRYPTION_PASSWORD", {u"ENCRYPTION_PASSWORD=secret"_s}},
        {"ENCRYPTION_PWD_PROMPT", {u"ENCRYPTION_PWD_PROMPT=YES"_s}},
        {"ESTIMATE", {u"ESTIMATE=STATISTICS"_s, u"NETWORK_LINK=src"_s}},
        {"ESTIMATE_ONLY", {u"ESTIMATE_ONLY=YES"_s}},
        {"EXCLUDE", {u"EXCLUDE=INDEX"_s}},
        {"FILESIZE", {u"FILESIZE=2GB"_s}},
        {"FLASHBACK_SCN", {u"FLASHBACK_SCN=123"_s, u"NETWORK_LINK=src"_s}},
        {"FLASHBACK_TIME", {u"FLASHBACK_TIME=SYSTIMESTAMP"_s, u"NETWORK_LINK=src"_s}},
        {"FULL", {u"FULL=YES"_s}},
        {"HELP", {u"HELP=YES"_s}},
        {"INCLUDE", {u"INCLUDE=TABLE"_s}},
        {"JOB_NAME", {u"JOB_NAME=j1"_s}},
        {"KEEP_MASTER", {u"KEEP_MASTER=YES"_s}},
        {"LOGFILE", {u"LOGFILE=x.log"_s}},
        {"LOGTIME", {u"LOGTIME=ALL"_s}},
        {"MASTER_ONLY", {u"MASTER_ONLY=YES"_s}},
        {"METRICS", {u"METRICS=YES"_s}},
        {"NETWORK_LINK", {u"NETWORK_LINK=src"_s}},
        {"NOLOGFILE", {u"NOLOGFILE=YES"_s}},
        {"PARALLEL", {u"PARALLEL=4"_s}},
        {"PARTITION_OPTIONS", {u"PARTITION_OPTIONS=MERGE"_s}},
        {"QUERY", {u"QUERY=emp:\"WHERE a = 1\""_s}},
        {"REMAP_DATA", {u"REMAP_DATA=emp.sal:NULL"_s}},
        {"REMAP_DATAFILE", {u"REMAP_DATAFILE=a:b"_s}},
        {"REMAP_DIRECTORY", {u"REMAP_DIRECTORY=a:b"_s}},
        {"REMAP_SCHEMA", {u"REMAP_SCHEMA=a:b"_s}},
        {"REMAP_TABLE", {u"REMAP_TABLE=a:b"_s}},
        {"REMAP_TABLESPACE", {u"REMAP_TABLESPACE=a:b"_s}},
        {"REUSE_DATAFILES", {u"REUSE_DATAFILES=YES"_s}},
        {"REUSE_DUMPFILES", {u"REUSE_DUMPFILES=YES"_s}},
        {"SAMPLE", {u"SAMPLE=10"_s}},
        {"SCHEMAS", {u"SCHEMAS=hr"_s}},
        {"SERVICE_NAME", {u"SERVICE_NAME=svc"_s}},
        {"SKIP_UNUSABLE_INDEXES", {u"SKIP_UNUSABLE_INDEXES=YES"_s}},
        {"SOURCE_EDITION", {u"SOURCE_EDITION=e1"_s}},
        {"SQLFILE", {u"SQLFILE=x.sql"_s}},
        {"STATUS", {u"STATUS=30"_s}},
        {"STREAMS_CONFIGURATION", {u"STREAMS_CONFIGURATION=NO"_s}},
        {"TABLE_EXISTS_ACTION", {u"TABLE_EXISTS_ACTION=REPLACE"_s}},
        {"TABLES", {u"TABLES=emp"_s}},
        {"TABLESPACES", {u"TABLESPACES=users"_s}},
        {"TARGET_DIALECT", {u"TARGET_DIALECT=postgresql"_s, u"SQLFILE=x.sql"_s}},
        {"TARGET_EDITION", {u"TARGET_EDITION=e1"_s}},
        {"TRANSFORM", {u"TRANSFORM=SEGMENT_ATTRIBUTES:N"_s}},
        {"TRANSPORT_DATAFILES", {u"TRANSPORT_DATAFILES=users01.dbf"_s}},
        {"TRANSPORT_FULL_CHECK", {u"TRANSPORT_FULL_CHECK=YES"_s}},
        {"TRANSPORT_TABLESPACES", {u"TRANSPORT_TABLESPACES=users"_s}},
        {"TRANSPORTABLE", {u"TRANSPORTABLE=ALWAYS"_s}},
        {"TTS_CLOSURE_CHECK", {u"TTS_CLOSURE_CHECK=ON"_s}},
        {"VERIFY", {u"VERIFY=CHECKSUM"_s}},
        {"VERIFY_CHECKSUM", {u"VERIFY_CHECKSUM=YES"_s}},
        {"VERIFY_ONLY", {u"VERIFY_ONLY=YES"_s}},
        {"VERSION", {u"VERSION=LATEST"_s}},
        {"VIEWS_AS_TABLES", {u"VIEWS_AS_TABLES=v1"_s}},
    };
}

// The decisions, written out so a change to the table is a visible test change.
const QSet<QString> kRejectedOnExport = {u"ABORT_STEP"_s,
                                         u"ACCESS_METHOD"_s,
                                         u"CHECKSUM"_s,
                                         u"CHECKSUM_ALGORITHM"_s,
                                         u"CLUSTER"_s,
                                         u"CREDENTIAL"_s,
                                         u"DATA_OPTIONS"_s,
                                         u"ENABLE_SECURE_ROLES"_s,
                                         u"ENCRYPTION_ALGORITHM"_s,
                                         u"NETWORK_LINK"_s,
                                         u"REMAP_DATA"_s,
                                         u"SERVICE_NAME"_s,
                                         u"SOURCE_EDITION"_s,
                                         u"TABLESPACES"_s,
                                         u"TRANSPORT_FULL_CHECK"_s,
                                         u"TRANSPORT_TABLESPACES"_s,
                                         u"TRANSPORTABLE"_s,
                                         u"TTS_CLOSURE_CHECK"_s,
                                         u"VIEWS_AS_TABLES"_s};
const QSet<QString> kRejectedOnImport = {u"ABORT_STEP"_s,
                                         u"ACCESS_METHOD"_s,
                                         u"CLUSTER"_s,
                                         u"CREDENTIAL"_s,
                                         u"DATA_OPTIONS"_s,
                                         u"ENABLE_SECURE_ROLES"_s,
                                         u"MASTER_ONLY"_s,
                                         u"PARTITION_OPTIONS"_s,
                                         u"REMAP_DATAFILE"_s,
                                         u"REMAP_DIRECTORY"_s,
                                         u"REUSE_DATAFILES"_s,
                                         u"SERVICE_NAME"_s,
                                         u"SKIP_UNUSABLE_INDEXES"_s,
                                         u"SOURCE_EDITION"_s,
                                         u"STREAMS_CONFIGURATION"_s,
                                         u"TABLESPACES"_s,
                                         u"TARGET_EDITION"_s,
                                         u"TRANSPORT_DATAFILES"_s,
                                         u"TRANSPORT_FULL_CHECK"_s,
                                         u"TRANSPORT_TABLESPACES"_s,
                                         u"TRANSPORTABLE"_s,
                                         u"VERIFY_CHECKSUM"_s,
                                         u"VERIFY_ONLY"_s,
                                         u"VERSION"_s,
                                         u"VIEWS_AS_TABLES"_s};

QStringList withConnection(const QStringList &arguments)
{
    return QStringList{u"hr"_s} + arguments;
}

} // namespace

class TestParamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyParameterHasASample()
    {
        QSet<QString> sampled;
        for (const Sample &sample : samples())
            sampled.insert(QLatin1String(sample.keyword));
        for (const ParameterDefinition &definition : ParameterCatalog::all()) {
            if (definition.keyword() == u"PARFILE"_s || definition.keyword() == u"USERID"_s)
                continue; // covered by their own tests
            QVERIFY2(sampled.contains(definition.keyword()), qPrintable(definition.keyword()));
            for (const JobOperation operation : {JobOperation::Export, JobOperation::Import}) {
                const bool rejected = definition.support(operation) == ParameterSupport::Rejected;
                const auto &expected =
                    operation == JobOperation::Export ? kRejectedOnExport : kRejectedOnImport;
                QCOMPARE(rejected, expected.contains(definition.keyword()));
                if (rejected)
                    QVERIFY(!definition.rejectionReason(operation).isEmpty());
                else if (definition.support(operation) == ParameterSupport::Applies)
                    QVERIFY(*definition.description);
            }
        }
    }

    void everyParameter_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QStringList>("arguments");
        for (const Sample &sample : samples()) {
            for (const JobOperation operation : {JobOperation::Export, JobOperation::Import}) {
                const QString name =
                    QLatin1String(sample.keyword) +
                    (operation == JobOperation::Export ? u" export"_s : u" import"_s);
                QTest::newRow(qPrintable(name))
                    << int(operation) << QString::fromLatin1(sample.keyword) << sample.arguments;
            }
        }
    }

    void everyParameter()
    {
        QFETCH(int, operation);
        QFETCH(QString, keyword);
        QFETCH(QStringList, arguments);
        const auto op = JobOperation(operation);
        const ParameterDefinition *definition = ParameterCatalog::find(keyword);
        QVERIFY(definition);
        // The extras a sample needs (NETWORK_LINK, SQLFILE) may not exist for this operation.
        QStringList args = withConnection(arguments);
        if (keyword == u"ATTACH"_s)
            args = arguments;
        for (const QString &extra : arguments.mid(1)) {
            const auto *extraDefinition = ParameterCatalog::find(extra.section(u'=', 0, 0));
            if (extraDefinition->support(op) != ParameterSupport::Applies)
                args.removeAll(extra);
        }
        JobSpecParser parser(op);
        const auto spec = parser.parseArguments(args);
        switch (definition->support(op)) {
        case ParameterSupport::Applies: {
            QVERIFY2(spec, qPrintable(parser.errorString()));
            const QString parfile = ParfileWriter::write(*spec);
            const bool written = keyword != u"ENCRYPTION_MODE"_s &&
                                 keyword != u"ENCRYPTION_PASSWORD"_s &&
                                 !(keyword == u"FULL"_s && op == JobOperation::Import);
            if (written)
                QVERIFY2(parfile.contains(keyword + u'='), qPrintable(parfile));
            break;
        }
        case ParameterSupport::Rejected:
            QVERIFY(!spec);
            QVERIFY2(parser.errorString().contains(keyword + u" is not supported"_s),
                     qPrintable(parser.errorString()));
            QVERIFY(parser.errorString().contains(definition->rejectionReason(op)));
            QVERIFY(parser.errorString().contains(u"Remove "_s + keyword));
            QCOMPARE(parser.error().parameter, keyword);
            break;
        case ParameterSupport::NotInOperation:
            QVERIFY(!spec);
            QVERIFY2(parser.errorString().contains(keyword + u" is not an"_s),
                     qPrintable(parser.errorString()));
            QVERIFY(parser.errorString().contains(
                op == JobOperation::Export ? u"belongs to impdp"_s : u"belongs to expdp"_s));
            break;
        }
    }

    void parsesValues()
    {
        JobSpecParser parser(JobOperation::Export);
        const auto spec = parser.parseArguments(
            {u"postgresql://scott@db.example:5432/hr"_s, u"SCHEMAS=(hr, \"Sales\")"_s,
             u"DUMPFILE=dpump_dir2:exp1,exp2%U.dmp"_s, u"dump3%L.dmp"_s, u"FILESIZE=3m"_s,
             u"include=TABLE:\"IN ('EMPLOYEES', 'DEPARTMENTS')\""_s, u"INCLUDE=PROCEDURE"_s,
             u"query=hr.employees:\"WHERE department_id > 10\""_s, u"SAMPLE=\"Hr\".emp:2.5"_s,
             u"PARALLEL"_s, u"="_s, u"3"_s, u"JOB_NAME=\"MixedJob\""_s});
        QVERIFY2(spec, qPrintable(parser.errorString()));
        QCOMPARE(spec->connection, u"postgresql://scott@db.example:5432/hr"_s);
        QCOMPARE(spec->mode, JobMode::Schemas);
        QCOMPARE(spec->schemas.size(), 2);
        QCOMPARE(spec->schemas.at(0), (SqlName{u"hr"_s, false}));
        QCOMPARE(spec->schemas.at(1), (SqlName{u"Sales"_s, true}));
        QCOMPARE(spec->dumpFiles.size(), 3);
        QCOMPARE(spec->dumpFiles.at(0), (FileSpec{u"dpump_dir2"_s, u"exp1.dmp"_s}));
        QCOMPARE(spec->dumpFiles.at(1), (FileSpec{QString(), u"exp2%U.dmp"_s}));
        QCOMPARE(spec->dumpFiles.at(1).expanded(7), u"exp207.dmp"_s);
        QCOMPARE(spec->dumpFiles.at(2).expanded(123), u"dump3123.dmp"_s);
        QCOMPARE(spec->fileSize, 3 * 1024 * 1024);
        QCOMPARE(spec->includes.size(), 2);
        QCOMPARE(spec->includes.at(0).nameClause->literals().size(), 2);
        QCOMPARE(spec->queries.at(0).table->schema.text, u"hr"_s);
        QCOMPARE(spec->queries.at(0).clause, u"WHERE department_id > 10"_s);
        QCOMPARE(spec->samples.at(0).table->schema, (SqlName{u"Hr"_s, true}));
        QCOMPARE(spec->samples.at(0).percent, 2.5);
        QCOMPARE(spec->parallel, 3);
        QCOMPARE(spec->jobName, (SqlName{u"MixedJob"_s, true}));
        QCOMPARE(spec->effectiveCompression(), CompressionScope::MetadataOnly);
        QCOMPARE(spec->effectiveLogFile()->fileName, u"export.log"_s);
    }

    void defaults()
    {
        JobSpecParser importer(JobOperation::Import);
        auto spec = importer.parseArguments({u"hr"_s, u"CONTENT=DATA_ONLY"_s});
        QVERIFY2(spec, qPrintable(importer.errorString()));
        QCOMPARE(spec->mode, JobMode::Full);
        QCOMPARE(spec->effectiveTableExistsAction(), TableExistsAction::Append);
        QCOMPARE(spec->effectiveVerify(), VerifyMode::Count);
        spec = importer.parseArguments({u"hr"_s});
        QVERIFY(spec);
        QCOMPARE(spec->effectiveTableExistsAction(), TableExistsAction::Skip);
        QCOMPARE(spec->effectiveDumpFiles().first().fileName, u"expdat.dmp"_s);
        JobSpecParser exporter(JobOperation::Export);
        spec = exporter.parseArguments({u"hr"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s});
        QVERIFY(spec);
        QCOMPARE(spec->mode, JobMode::Schemas);
        QVERIFY(spec->schemas.isEmpty());
        QCOMPARE(spec->effectiveEncryption(), EncryptionScope::All);
    }

    void quotingForms_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedLine");
        // Arguments as a Unix shell passes them on.
        QTest::newRow("TABLES='\\\"Mixed\\\"' (shell keeps the backslashes)")
            << QStringList{u"TABLES=\\\"MixedCaseTableName\\\""_s}
            << u"TABLES=\"MixedCaseTableName\""_s;
        QTest::newRow("QUERY=dept:'\"... \\(...\\)\"'")
            << QStringList{u"QUERY=dept:\"WHERE deptno IN \\(SELECT deptno FROM emp\\)\""_s}
            << u"QUERY=dept:\"WHERE deptno IN (SELECT deptno FROM emp)\""_s;
        QTest::newRow("EXCLUDE=TABLE:\\\"IN \\(\\'EMP\\',\\'DEPT\\'\\)\\\" after the shell")
            << QStringList{u"EXCLUDE=TABLE:\"IN"_s, u"('EMP',"_s, u"'DEPT')\""_s}
            << u"EXCLUDE=TABLE:\"IN ('EMP','DEPT')\""_s;
        QTest::newRow("escapes reaching the program")
            << QStringList{u"EXCLUDE=TABLE:\\\"IN \\(\\'EMP\\',\\'DEPT\\'\\)\\\""_s}
            << u"EXCLUDE=TABLE:\"IN ('EMP','DEPT')\""_s;
        QTest::newRow("one argument with spaces") << QStringList{u"EXCLUDE=INDEX:\"LIKE 'EMP%'\""_s}
                                                  << u"EXCLUDE=INDEX:\"LIKE 'EMP%'\""_s;
        QTest::newRow("= with spaces")
            << QStringList{u"TABLES"_s, u"="_s, u"emp"_s} << u"TABLES=emp"_s;
        QTest::newRow("space separated list")
            << QStringList{u"TABLES=employees"_s, u"jobs"_s} << u"TABLES=employees,jobs"_s;
        QTest::newRow("parenthesised list")
            << QStringList{u"TABLES=(T1:P1, T1:P2)"_s} << u"TABLES=T1:P1,T1:P2"_s;
        QTest::newRow("repeated accumulate")
            << QStringList{u"DUMPFILE=a.dmp"_s, u"DUMPFILE=b%U.dmp"_s}
            << u"DUMPFILE=a.dmp,b%U.dmp"_s;
        QTest::newRow("lower-case keyword")
            << QStringList{u"exclude=schema:\"='HR'\""_s} << u"EXCLUDE=SCHEMA:\"= 'HR'\""_s;
        QTest::newRow("exact literal") << QStringList{u"EXCLUDE=TABLE:\"= '\"\"Emp\"\"'\""_s}
                                       << u"EXCLUDE=TABLE:\"= '\"\"Emp\"\"'\""_s;
        QTest::newRow("QUERY parenthesised")
            << QStringList{u"QUERY=(hr.employees:\"WHERE a < 3\")"_s}
            << u"QUERY=hr.employees:\"WHERE a < 3\""_s;
        QTest::newRow("filesize units") << QStringList{u"FILESIZE=1048576"_s} << u"FILESIZE=1MB"_s;
        QTest::newRow("filesize K") << QStringList{u"FILESIZE=64K"_s} << u"FILESIZE=64KB"_s;
        QTest::newRow("flashback ISO")
            << QStringList{u"FLASHBACK_TIME=2024-05-01T10:30:00"_s}
            << u"FLASHBACK_TIME=\"TO_TIMESTAMP('2024-05-01 10:30:00','YYYY-MM-DD HH24:MI:SS')\""_s;
        QTest::newRow("bare ATTACH") << QStringList{u"ATTACH"_s} << u"ATTACH"_s;
        QTest::newRow("URL connection") << QStringList{u"NOLOGFILE=Y"_s} << u"NOLOGFILE=YES"_s;
    }

    void quotingForms()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedLine);
        JobSpecParser parser(JobOperation::Export);
        const auto spec = parser.parseArguments(withConnection(arguments));
        QVERIFY2(spec, qPrintable(parser.errorString()));
        const QStringList lines = ParfileWriter::write(*spec).split(u'\n');
        QVERIFY2(lines.contains(expectedLine), qPrintable(lines.join(u" | "_s)));
    }

    void errors_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected"); // substrings of the message
        const int ex = int(JobOperation::Export);
        const int im = int(JobOperation::Import);
        const auto row = [](const char *name, int op, const QStringList &args,
                            const QStringList &expected) {
            QTest::newRow(name) << op << args << expected;
        };
        row("bare NOLOGFILE", ex,
            {u"hr"_s, u"DIRECTORY=d"_s, u"DUMPFILE=test.dmp"_s, u"NOLOGFILE"_s, u"TABLES=emp"_s},
            {u"argument 4"_s, u"NOLOGFILE has no value"_s, u"NOLOGFILE=YES"_s, u"nologfile.dmp"_s});
        row("bare keyword first", ex, {u"FULL"_s},
            {u"argument 1"_s, u"FULL=YES"_s, u"USERID=FULL"_s});
        row("password in connection", ex, {u"scott/tiger@orcl"_s},
            {u"scott/********@orcl"_s, u"password"_s, u"profile"_s});
        row("password not echoed", ex, {u"scott/tiger@orcl"_s}, {u"SLUICE_PASSWORD"_s});
        row("password in URL", ex, {u"postgresql://scott:tiger@h/db"_s}, {u"password"_s});
        row("legacy log", ex, {u"hr"_s, u"log=x.log"_s},
            {u"LOG is a parameter of the original exp/imp"_s, u"LOGFILE=<file>"_s});
        row("legacy owner", ex, {u"hr"_s, u"OWNER=scott"_s}, {u"OWNER"_s, u"SCHEMAS=<schema>"_s});
        row("legacy consistent", ex, {u"hr"_s, u"consistent=y"_s},
            {u"CONSISTENT"_s, u"FLASHBACK_TIME=SYSTIMESTAMP"_s});
        row("legacy file", ex, {u"hr"_s, u"file=x.dmp"_s}, {u"FILE"_s, u"DUMPFILE=<file>"_s});
        row("legacy fromuser", im, {u"hr"_s, u"FROMUSER=a"_s}, {u"FROMUSER"_s, u"REMAP_SCHEMA"_s});
        row("unknown", ex, {u"hr"_s, u"DUMPFLE=x.dmp"_s},
            {u"unknown parameter DUMPFLE"_s, u"did you mean DUMPFILE?"_s});
        row("unknown prefix", ex, {u"hr"_s, u"SCHEMA=hr"_s},
            {u"SCHEMA"_s, u"did you mean SCHEMAS?"_s});
        row("scalar twice", ex, {u"hr"_s, u"DIRECTORY=a"_s, u"DIRECTORY=b"_s},
            {u"DIRECTORY is given twice"_s, u"argument 2"_s, u"remove one"_s});
        row("scalar two values", ex, {u"hr"_s, u"DIRECTORY=a"_s, u"b"_s},
            {u"DIRECTORY takes one value"_s, u"\"b\""_s});
        row("no value", ex, {u"hr"_s, u"LOGFILE="_s, u"FULL=YES"_s}, {u"LOGFILE has no value"_s});
        row("yes/no", ex, {u"hr"_s, u"REUSE_DUMPFILES=maybe"_s},
            {u"REUSE_DUMPFILES=maybe"_s, u"REUSE_DUMPFILES=YES"_s});
        row("keyword value", ex, {u"hr"_s, u"CONTENT=SOME"_s},
            {u"CONTENT=SOME"_s, u"ALL, DATA_ONLY, METADATA_ONLY"_s});
        row("encryption mode", ex, {u"hr"_s, u"ENCRYPTION_MODE=TRANSPARENT"_s},
            {u"ENCRYPTION_MODE=TRANSPARENT"_s, u"wallet"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s});
        row("encrypted columns", ex,
            {u"hr"_s, u"ENCRYPTION=ENCRYPTED_COLUMNS_ONLY"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s},
            {u"ENCRYPTION=ENCRYPTED_COLUMNS_ONLY"_s, u"ENCRYPTION=ALL"_s});
        row("oracle version", ex, {u"hr"_s, u"VERSION=12.2"_s},
            {u"VERSION=12.2"_s, u"Oracle release"_s, u"LATEST"_s});
        row("filesize decimal", ex, {u"hr"_s, u"FILESIZE=1.5GB"_s},
            {u"FILESIZE=1.5GB"_s, u"1536MB"_s});
        row("filesize unit", ex, {u"hr"_s, u"FILESIZE=10XB"_s},
            {u"FILESIZE=10XB"_s, u"B, KB, MB, GB or TB"_s});
        row("filesize too big", ex, {u"hr"_s, u"FILESIZE=17TB"_s}, {u"16TB"_s});
        row("dumpfile path", ex, {u"hr"_s, u"DUMPFILE=/tmp/x.dmp"_s},
            {u"DUMPFILE=/tmp/x.dmp"_s, u"directory object"_s, u"DIR:file"_s});
        row("dumpfile dotdot", ex, {u"hr"_s, u"DUMPFILE=d:../x.dmp"_s},
            {u"not a plain file name"_s});
        row("logfile template", ex, {u"hr"_s, u"LOGFILE=x%U.log"_s},
            {u"LOGFILE=x%U.log"_s, u"only DUMPFILE"_s});
        row("bad template", ex, {u"hr"_s, u"DUMPFILE=x%d.dmp"_s}, {u"%U"_s, u"%L"_s});
        row("unquoted clause", ex, {u"hr"_s, u"EXCLUDE=TABLE:IN"_s, u"('EMP')"_s},
            {u"EXCLUDE=TABLE:IN"_s, u"double quotes"_s, u"PARFILE"_s});
        row("subquery clause", ex, {u"hr"_s, u"INCLUDE=TABLE:\"IN (SELECT table_name FROM t)\""_s},
            {u"INCLUDE"_s, u"subqueries are not supported"_s});
        row("ordering clause", ex, {u"hr"_s, u"EXCLUDE=TABLE:\"> 'A'\""_s},
            {u"EXCLUDE"_s, u"use =, LIKE or IN"_s});
        row("escape clause", ex, {u"hr"_s, u"EXCLUDE=TABLE:\"LIKE 'A\\_%' ESCAPE '\\'\""_s},
            {u"ESCAPE is not supported"_s});
        row("unquoted names in clause", ex, {u"hr"_s, u"EXCLUDE=TABLE:\"IN (EMP)\""_s},
            {u"EXCLUDE"_s, u"single quotes"_s});
        row("clause on unnamed", ex, {u"hr"_s, u"EXCLUDE=GRANT:\"= 'X'\""_s},
            {u"EXCLUDE"_s, u"no names"_s});
        row("unknown object type", ex, {u"hr"_s, u"EXCLUDE=TABEL"_s},
            {u"EXCLUDE=TABEL"_s, u"TABLE?"_s});
        row("oracle object type", ex, {u"hr"_s, u"EXCLUDE=PACKAGE"_s},
            {u"EXCLUDE=PACKAGE"_s, u"Oracle object type"_s});
        row("query unquoted", ex, {u"hr"_s, u"QUERY=emp:WHERE"_s, u"a"_s, u"="_s, u"1"_s},
            {u"QUERY=emp:WHERE"_s, u"double quotes"_s});
        row("query twice", ex,
            {u"hr"_s, u"QUERY=emp:\"WHERE a=1\""_s, u"QUERY=emp:\"WHERE b=1\""_s},
            {u"QUERY"_s, u"one query per table"_s});
        row("sample range", ex, {u"hr"_s, u"SAMPLE=100"_s}, {u"SAMPLE=100"_s, u"below 100"_s});
        row("sample zero", ex, {u"hr"_s, u"SAMPLE=0"_s}, {u"SAMPLE=0"_s, u".000001"_s});
        row("parallel range", ex, {u"hr"_s, u"PARALLEL=0"_s}, {u"PARALLEL=0"_s, u"from 1 to 64"_s});
        row("parallel text", ex, {u"hr"_s, u"PARALLEL=four"_s},
            {u"PARALLEL=four"_s, u"whole number"_s});
        row("table too many dots", ex, {u"hr"_s, u"TABLES=a.b.c"_s},
            {u"TABLES=a.b.c"_s, u"[schema.]table"_s});
        row("name needs quotes", ex, {u"hr"_s, u"SCHEMAS=my-schema"_s},
            {u"SCHEMAS=my-schema"_s, u"double quotes"_s});
        row("remap pair", im, {u"hr"_s, u"REMAP_SCHEMA=hr"_s},
            {u"REMAP_SCHEMA=hr"_s, u"source:target"_s});
        row("remap schema twice", im, {u"hr"_s, u"REMAP_SCHEMA=hr:a"_s, u"REMAP_SCHEMA=hr:b"_s},
            {u"REMAP_SCHEMA"_s, u"one target per source"_s});
        row("remap table schema", im, {u"hr"_s, u"REMAP_TABLE=hr.emp:x.emps"_s},
            {u"REMAP_TABLE"_s, u"REMAP_SCHEMA"_s});
        row("remap data plsql", im, {u"hr"_s, u"REMAP_DATA=hr.emp.sal:hr.pkg.fn"_s},
            {u"REMAP_DATA"_s, u"PL/SQL"_s, u"MASK(n"_s});
        row("remap data unknown", im, {u"hr"_s, u"REMAP_DATA=emp.sal:SCRAMBLE"_s},
            {u"unknown function SCRAMBLE"_s, u"FAKE_EMAIL"_s});
        row("remap data args", im, {u"hr"_s, u"REMAP_DATA=emp.sal:MASK"_s},
            {u"MASK takes 1 to 2"_s});
        row("remap data kind", im, {u"hr"_s, u"REMAP_DATA=emp.sal:SHIFT_DAYS('x')"_s},
            {u"SHIFT_DAYS"_s, u"whole number"_s});
        row("remap data column", im, {u"hr"_s, u"REMAP_DATA=sal:NULL"_s},
            {u"REMAP_DATA=sal:NULL"_s, u"table.column:function"_s});
        row("transform rejected", im, {u"hr"_s, u"TRANSFORM=OID:N"_s},
            {u"TRANSFORM=OID:N"_s, u"object identifiers"_s});
        row("transform unknown", im, {u"hr"_s, u"TRANSFORM=FOO:Y"_s},
            {u"unknown transform FOO"_s, u"SEGMENT_ATTRIBUTES"_s});
        row("transform value", im, {u"hr"_s, u"TRANSFORM=STORAGE:maybe"_s},
            {u"STORAGE takes Y or N"_s});
        row("flashback bad", ex, {u"hr"_s, u"FLASHBACK_TIME=yesterday"_s},
            {u"FLASHBACK_TIME=yesterday"_s, u"TO_TIMESTAMP"_s});
        row("unterminated quote", ex, {u"hr"_s, u"QUERY=emp:\"WHERE a=1"_s},
            {u"unterminated double quote"_s, u"argument 2"_s});
        row("unbalanced paren", ex, {u"hr"_s, u"TABLES=(a,b"_s}, {u"unclosed ("_s});
        row("no connection", ex, {u"SCHEMAS=hr"_s},
            {u"no connection given"_s, u"first argument"_s});
        row("two connections", ex, {u"hr"_s, u"USERID=scott"_s},
            {u"USERID"_s, u"given twice"_s, u"argument 1"_s});
        row("stray word", ex, {u"hr"_s, u"oops"_s, u"SCHEMAS=hr"_s},
            {u"unexpected \"oops\""_s, u"KEYWORD=value"_s});
        row("password too long", ex,
            {u"hr"_s, QStringLiteral("ENCRYPTION_PASSWORD=") + QString(129, u'x')},
            {u"1 to 128 bytes"_s});
        row("password not echoed in errors", ex,
            {u"hr"_s, u"ENCRYPTION_PASSWORD=top"_s, u"secret"_s},
            {u"ENCRYPTION_PASSWORD=********"_s});
        row("export-only on import", im, {u"hr"_s, u"FILESIZE=1GB"_s},
            {u"FILESIZE is not an impdp parameter"_s, u"belongs to expdp"_s});
        row("import-only on export", ex, {u"hr"_s, u"REMAP_SCHEMA=a:b"_s},
            {u"REMAP_SCHEMA is not an expdp parameter"_s});
        // Combinations name both parameters.
        row("query metadata", ex, {u"hr"_s, u"QUERY=\"WHERE 1=0\""_s, u"CONTENT=METADATA_ONLY"_s},
            {u"QUERY cannot be combined with CONTENT=METADATA_ONLY"_s});
        row("sample metadata", ex, {u"hr"_s, u"SAMPLE=5"_s, u"CONTENT=METADATA_ONLY"_s},
            {u"SAMPLE cannot be combined with CONTENT=METADATA_ONLY"_s});
        row("sqlfile data only", im, {u"hr"_s, u"SQLFILE=x.sql"_s, u"CONTENT=DATA_ONLY"_s},
            {u"SQLFILE cannot be combined with CONTENT=DATA_ONLY"_s});
        row("sqlfile all", im, {u"hr"_s, u"SQLFILE=x.sql"_s, u"CONTENT=ALL"_s},
            {u"SQLFILE cannot be combined with CONTENT=ALL"_s, u"METADATA_ONLY"_s});
        row("sqlfile query", im, {u"hr"_s, u"SQLFILE=x.sql"_s, u"QUERY=\"WHERE 1=1\""_s},
            {u"SQLFILE cannot be combined with QUERY"_s});
        row("attach other", ex, {u"hr"_s, u"ATTACH=job1"_s, u"PARALLEL=4"_s},
            {u"ATTACH cannot be combined with PARALLEL"_s, u"ENCRYPTION_PASSWORD"_s});
        row("attach full", im, {u"ATTACH=job1"_s, u"FULL=YES"_s},
            {u"ATTACH cannot be combined with FULL"_s});
        row("flashback both", ex, {u"hr"_s, u"FLASHBACK_SCN=1"_s, u"FLASHBACK_TIME=SYSTIMESTAMP"_s},
            {u"FLASHBACK_SCN cannot be combined with FLASHBACK_TIME"_s});
        row("full schemas", ex, {u"hr"_s, u"FULL=YES"_s, u"SCHEMAS=hr"_s},
            {u"SCHEMAS cannot be combined with FULL"_s});
        row("schemas tables", ex, {u"hr"_s, u"SCHEMAS=hr"_s, u"TABLES=emp"_s},
            {u"TABLES cannot be combined with SCHEMAS"_s});
        row("estimate only dumpfile", ex, {u"hr"_s, u"ESTIMATE_ONLY=YES"_s, u"DUMPFILE=x.dmp"_s},
            {u"ESTIMATE_ONLY=YES cannot be combined with DUMPFILE"_s});
        row("estimate only query", ex, {u"hr"_s, u"ESTIMATE_ONLY=YES"_s, u"QUERY=\"WHERE 1=1\""_s},
            {u"QUERY cannot be combined with ESTIMATE_ONLY=YES"_s});
        row("nologfile logfile", ex, {u"hr"_s, u"NOLOGFILE=YES"_s, u"LOGFILE=x.log"_s},
            {u"NOLOGFILE=YES cannot be combined with LOGFILE"_s});
        row("skip data only", im, {u"hr"_s, u"TABLE_EXISTS_ACTION=SKIP"_s, u"CONTENT=DATA_ONLY"_s},
            {u"TABLE_EXISTS_ACTION=SKIP cannot be combined with CONTENT=DATA_ONLY"_s});
        row("replace data only", im,
            {u"hr"_s, u"TABLE_EXISTS_ACTION=REPLACE"_s, u"CONTENT=DATA_ONLY"_s},
            {u"TABLE_EXISTS_ACTION=REPLACE cannot be combined with CONTENT=DATA_ONLY"_s});
        row("flashback import", im, {u"hr"_s, u"FLASHBACK_TIME=SYSTIMESTAMP"_s},
            {u"FLASHBACK_TIME cannot be combined"_s, u"NETWORK_LINK"_s});
        row("estimate import", im, {u"hr"_s, u"ESTIMATE=BLOCKS"_s},
            {u"ESTIMATE cannot be combined"_s, u"NETWORK_LINK"_s});
        row("network dumpfile", im, {u"hr"_s, u"NETWORK_LINK=src"_s, u"DUMPFILE=x.dmp"_s},
            {u"NETWORK_LINK cannot be combined with DUMPFILE"_s});
        row("network password", im,
            {u"hr"_s, u"NETWORK_LINK=src"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s},
            {u"NETWORK_LINK cannot be combined with ENCRYPTION_PWD_PROMPT"_s});
        row("password and prompt", ex,
            {u"hr"_s, u"ENCRYPTION_PASSWORD=x"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s},
            {u"ENCRYPTION_PASSWORD cannot be combined with ENCRYPTION_PWD_PROMPT=YES"_s});
        row("encryption no password", ex, {u"hr"_s, u"ENCRYPTION=ALL"_s},
            {u"ENCRYPTION=ALL cannot be combined with no ENCRYPTION_PASSWORD"_s,
             u"ENCRYPTION_PWD_PROMPT=YES"_s});
        row("encryption none password", ex,
            {u"hr"_s, u"ENCRYPTION=NONE"_s, u"ENCRYPTION_PWD_PROMPT=YES"_s},
            {u"ENCRYPTION=NONE cannot be combined with ENCRYPTION_PWD_PROMPT"_s});
        row("mode password", ex, {u"hr"_s, u"ENCRYPTION_MODE=PASSWORD"_s},
            {u"ENCRYPTION_MODE=PASSWORD needs ENCRYPTION_PASSWORD"_s});
        row("compression none algorithm", ex,
            {u"hr"_s, u"COMPRESSION=NONE"_s, u"COMPRESSION_ALGORITHM=HIGH"_s},
            {u"COMPRESSION=NONE cannot be combined with COMPRESSION_ALGORITHM"_s});
        row("dialect without sqlfile", im, {u"hr"_s, u"TARGET_DIALECT=mariadb"_s},
            {u"TARGET_DIALECT cannot be combined"_s, u"SQLFILE"_s});
        row("sqlfile no connection", im, {u"SQLFILE=x.sql"_s},
            {u"no connection given"_s, u"TARGET_DIALECT"_s});
        row("full=no import", im, {u"hr"_s, u"FULL=NO"_s}, {u"FULL=NO"_s, u"SCHEMAS="_s});
    }

    void errors()
    {
        QFETCH(int, operation);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        JobSpecParser parser{JobOperation(operation)};
        QVERIFY(!parser.parseArguments(arguments));
        const QString message = parser.errorString();
        for (const QString &part : expected)
            QVERIFY2(message.contains(part),
                     qPrintable(u"missing \""_s + part + u"\" in: "_s + message));
        QVERIFY(!message.contains(u"tiger"_s));
        QVERIFY(!message.contains(u"secret"_s));
    }

    void includeAndExcludeTogether()
    {
        // 21c semantics: INCLUDE selects, then EXCLUDE removes from the selection.
        JobSpecParser parser(JobOperation::Export);
        const auto spec = parser.parseArguments(
            {u"hr"_s, u"INCLUDE=TABLE"_s, u"EXCLUDE=TABLE:\"LIKE 'TMP%'\""_s});
        QVERIFY2(spec, qPrintable(parser.errorString()));
        QCOMPARE(spec->includes.size(), 1);
        QCOMPARE(spec->excludes.size(), 1);
    }

    void sqlfileWithoutConnection()
    {
        JobSpecParser parser(JobOperation::Import);
        const auto spec =
            parser.parseArguments({u"SQLFILE=x"_s, u"TARGET_DIALECT=pg"_s, u"DUMPFILE=hr.dmp"_s});
        QVERIFY2(spec, qPrintable(parser.errorString()));
        QCOMPARE(spec->targetDialect, Dialect::PostgreSQL);
        QCOMPARE(spec->sqlFile->fileName, u"x.sql"_s);
        QVERIFY(spec->connection.isEmpty());
    }

    void passwordWarningAndNotWritten()
    {
        JobSpecParser parser(JobOperation::Export);
        const auto spec = parser.parseArguments({u"hr"_s, u"ENCRYPTION_PASSWORD=\"s3cret pw\""_s});
        QVERIFY2(spec, qPrintable(parser.errorString()));
        QCOMPARE(spec->encryptionPassword, u"s3cret pw"_s);
        QCOMPARE(parser.warnings().size(), 1);
        QVERIFY(parser.warnings().first().contains(u"ENCRYPTION_PWD_PROMPT=YES"_s));
        const QString parfile = ParfileWriter::write(*spec);
        QVERIFY(!parfile.contains(u"s3cret"_s));
        QVERIFY(parfile.contains(u"ENCRYPTION_PWD_PROMPT=YES\n"_s));
    }

    void parfiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(u"a.par"_s, "# comment line\n"
                          "  # indented comment\n"
                          "SCHEMAS=hr DIRECTORY=dpump_dir1   # two parameters and a comment\n"
                          "DUMPFILE=exp1.dmp,\\\n"
                          "exp2.dmp\n"
                          "QUERY=employees:\"WHERE name <> '#x'\"\n");
        write(u"nested.par"_s, "SCHEMAS=hr\nPARFILE=a.par\n");
        write(u"userid.par"_s, "userid=system/manager\n");
        write(u"bad.par"_s, "SCHEMAS=hr\nQUERY=emp:\"WHERE a=1\nDIRECTORY=d\n");
        JobSpecParser parser(JobOperation::Export);
        parser.setWorkingDirectory(dir.path());
        auto spec = parser.parseArguments({u"hr"_s, u"PARFILE=a.par"_s, u"LOGFILE=x"_s});
        QVERIFY2(spec, qPrintable(parser.errorString()));
        QCOMPARE(spec->directory, u"dpump_dir1"_s);
        QCOMPARE(spec->dumpFiles.size(), 2);
        QCOMPARE(spec->queries.first().clause, u"WHERE name <> '#x'"_s);
        QCOMPARE(spec->logFile->fileName, u"x.log"_s);

        QVERIFY(!parser.parseArguments({u"hr"_s, u"PARFILE=nested.par"_s}));
        QVERIFY2(parser.errorString().contains(u"nested.par line 2"_s),
                 qPrintable(parser.errorString()));
        QVERIFY(parser.errorString().contains(u"PARFILE cannot be used inside a parameter file"_s));

        QVERIFY(!parser.parseArguments({u"PARFILE=userid.par"_s}));
        QVERIFY(parser.errorString().contains(u"userid.par line 1"_s));
        QVERIFY(!parser.errorString().contains(u"manager"_s));

        QVERIFY(!parser.parseArguments({u"hr"_s, u"PARFILE=bad.par"_s}));
        QVERIFY2(parser.errorString().contains(u"bad.par line 2"_s),
                 qPrintable(parser.errorString()));
        QVERIFY(parser.errorString().contains(u"must end on its line"_s));

        QVERIFY(!parser.parseArguments({u"hr"_s, u"PARFILE=missing.par"_s}));
        QVERIFY(parser.errorString().contains(u"PARFILE=missing.par: cannot read"_s));

        QVERIFY(!parser.parseArguments({u"hr"_s, u"PARFILE=a.par"_s, u"DIRECTORY=other"_s}));
        QVERIFY(
            parser.errorString().contains(u"DIRECTORY is given twice (first at a.par line 3)"_s));
    }
};

QTEST_GUILESS_MAIN(TestParamParser)
#include "tst_paramparser.moc"
