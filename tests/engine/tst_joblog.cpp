// JobLog: Data Pump's log layout (golden lines from DATAPUMP.md section C), LOGTIME,
// METRICS, overwriting, error counting, exit codes and concurrent writers.
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2023, 2, 25), QTime(18, 46, 3));

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// A clock that advances one second per reading, from kStart.
std::function<QDateTime()> steppingClock()
{
    auto tick = std::make_shared<int>(0);
    return [tick] {
        return kStart.addSecs((*tick)++);
    };
}

} // namespace

class TestJobLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void size_data();
    void size();
    void elapsed_data();
    void elapsed();
    void rowsLines_data();
    void rowsLines();
    void goldenExportLog();
    void logTime_data();
    void logTime();
    void metrics();
    void endings_data();
    void endings();
    void overwrites();
    void noLogFile();
    void commandEcho_data();
    void commandEcho();
    void parseLogTime();
    void concurrentWriters();
    void unwritableFile();

private:
    QTemporaryDir m_dir;
};

void TestJobLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestJobLog::size_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("EMP") << qint64(9063) << u"8.851 KB"_s;
    QTest::newRow("DEPT") << qint64(6144) << u"6 KB"_s;
    QTest::newRow("DUMMY") << qint64(5175) << u"5.054 KB"_s;
    QTest::newRow("estimate") << qint64(8422) << u"8.225 KB"_s;
    QTest::newRow("EMPLOYEES") << qint64(17490) << u"17.08 KB"_s;
    QTest::newRow("zero") << qint64(0) << u"0 KB"_s;
    QTest::newRow("one byte") << qint64(1) << u"0.001 KB"_s;
    QTest::newRow("52 bytes") << qint64(52) << u"0.051 KB"_s;
    QTest::newRow("348 bytes") << qint64(348) << u"0.34 KB"_s;
    QTest::newRow("mb") << qint64(2368733) << u"2.259 MB"_s;
    QTest::newRow("just below mb") << qint64(1048575) << u"1024 KB"_s;
    QTest::newRow("mb exact") << qint64(1048576) << u"1 MB"_s;
    QTest::newRow("gb") << qint64(5) * 1024 * 1024 * 1024 << u"5 GB"_s;
    QTest::newRow("tb") << qint64(3) * 1024 * 1024 * 1024 * 1024 / 2 << u"1.5 TB"_s;
    QTest::newRow("hundreds") << qint64(126361) << u"123.4 KB"_s;
}

void TestJobLog::size()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(JobLogFormat::size(bytes), text);
}

void TestJobLog::elapsed_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("31 s") << qint64(31400) << u"0 00:00:31"_s;
    QTest::newRow("13 s") << qint64(13000) << u"0 00:00:13"_s;
    QTest::newRow("hours") << qint64((2 * 3600 + 5 * 60 + 9) * 1000) << u"0 02:05:09"_s;
    QTest::newRow("days") << qint64((86400 + 3600) * 1000LL) << u"1 01:00:00"_s;
    QTest::newRow("negative") << qint64(-5) << u"0 00:00:00"_s;
}

void TestJobLog::elapsed()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(JobLogFormat::elapsed(ms), text);
}

void TestJobLog::rowsLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    // Verbatim lines from the C.1 and C.2 logs.
    QTest::newRow("exported EMP")
        << JobLogFormat::rowsLine(u"exported"_s, JobLogFormat::objectName(u"SCOTT"_s, u"EMP"_s),
                                  9063, 16)
        << u". . exported \"SCOTT\".\"EMP\"                               8.851 KB      16 rows"_s;
    QTest::newRow("exported DEPT")
        << JobLogFormat::rowsLine(u"exported"_s, JobLogFormat::objectName(u"SCOTT"_s, u"DEPT"_s),
                                  6144, 3)
        << u". . exported \"SCOTT\".\"DEPT\"                                  6 KB       3 rows"_s;
    QTest::newRow("imported SALGRADE")
        << JobLogFormat::rowsLine(u"imported"_s,
                                  JobLogFormat::objectName(u"PRUEBA"_s, u"SALGRADE"_s), 6096, 5)
        << u". . imported \"PRUEBA\".\"SALGRADE\"                         5.953 KB       5 rows"_s;
    QTest::newRow("estimated EMP")
        << JobLogFormat::estimateLine(JobLogFormat::objectName(u"SCOTT"_s, u"EMP"_s), 8422)
        << u".  estimated \"SCOTT\".\"EMP\"                               8.225 KB"_s;
    QTest::newRow("partition")
        << JobLogFormat::rowsLine(u"exported"_s,
                                  JobLogFormat::objectName(u"SH"_s, u"SALES"_s, u"P1"_s), 6144, 3)
        << u". . exported \"SH\".\"SALES\":\"P1\"                               6 KB       3 rows"_s;
    QTest::newRow("long name keeps a space")
        << JobLogFormat::rowsLine(
               u"exported"_s,
               JobLogFormat::objectName(u"SCHEMA_WITH_A_LONG_NAME"_s, u"TABLE_WITH_A_LONG_NAME"_s),
               6144, 123456789)
        << u". . exported \"SCHEMA_WITH_A_LONG_NAME\".\"TABLE_WITH_A_LONG_NAME\" 6 KB 123456789 rows"_s;
}

void TestJobLog::rowsLines()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(line, expected);
}

void TestJobLog::goldenExportLog()
{
    const QString path = m_dir.filePath(u"golden.log"_s);
    JobLog log;
    log.setClock(steppingClock());
    QSignalSpy spy(&log, &JobLog::lineLogged);
    QVERIFY(log.open(path));
    log.banner(u"Export"_s, u"0.1.0"_s);
    log.connected(u"PostgreSQL 15.6"_s);
    log.starting(
        u"SCOTT"_s, u"SYS_EXPORT_SCHEMA_01"_s,
        JobLog::commandEcho(u"scott@prod"_s, {u"DUMPFILE=scott.dmp"_s, u"SCHEMAS=SCOTT"_s}));
    log.processingObjectType(u"SCHEMA_EXPORT/TABLE/TABLE_DATA"_s);
    log.estimated(JobLogFormat::objectName(u"SCOTT"_s, u"EMP"_s), 8422);
    log.processingObjectType(u"SCHEMA_EXPORT/TABLE/TABLE"_s);
    log.rows(u"exported"_s, JobLogFormat::objectName(u"SCOTT"_s, u"EMP"_s), 9063, 16);
    log.info(u"Master table \"SCOTT\".\"SYS_EXPORT_SCHEMA_01\" successfully loaded/unloaded"_s);
    log.dumpFileSet(u"SCOTT"_s, u"SYS_EXPORT_SCHEMA_01"_s, {u"/srv/dpdump/scott.dmp"_s});
    QCOMPARE(log.finish(JobLog::Outcome::Completed), ExitCode::Success);
    log.close();

    const QString expected = uR"(;;; 
Export: Release 0.1.0 - Production on Sat Feb 25 18:46:03 2023

;;; 
Connected to: PostgreSQL 15.6
Starting "SCOTT"."SYS_EXPORT_SCHEMA_01":  scott@prod DUMPFILE=scott.dmp SCHEMAS=SCOTT
Processing object type SCHEMA_EXPORT/TABLE/TABLE_DATA
.  estimated "SCOTT"."EMP"                               8.225 KB
Processing object type SCHEMA_EXPORT/TABLE/TABLE
. . exported "SCOTT"."EMP"                               8.851 KB      16 rows
Master table "SCOTT"."SYS_EXPORT_SCHEMA_01" successfully loaded/unloaded
******************************************************************************
Dump file set for SCOTT.SYS_EXPORT_SCHEMA_01 is:
  /srv/dpdump/scott.dmp
Job "SCOTT"."SYS_EXPORT_SCHEMA_01" successfully completed at Sat Feb 25 18:46:17 2023 elapsed 0 00:00:10
)"_s;
    QCOMPARE(readAll(path).split(u'\n'), expected.split(u'\n'));
    // The console gets the same lines without the file-only ";;; " header lines.
    QStringList console;
    for (const QList<QVariant> &args : std::as_const(spy))
        console << args.at(0).value<JobLogLine>().text;
    QStringList fileLines = expected.split(u'\n');
    fileLines.removeLast();
    fileLines.removeAll(u";;; "_s);
    QCOMPARE(console, fileLines);
}

void TestJobLog::logTime_data()
{
    QTest::addColumn<int>("logTime");
    QTest::addColumn<bool>("consoleStamped");
    QTest::addColumn<bool>("fileStamped");
    QTest::newRow("NONE") << int(JobLog::LogTime::None) << false << false;
    QTest::newRow("STATUS") << int(JobLog::LogTime::Status) << true << false;
    QTest::newRow("LOGFILE") << int(JobLog::LogTime::LogFile) << false << true;
    QTest::newRow("ALL") << int(JobLog::LogTime::All) << true << true;
}

void TestJobLog::logTime()
{
    QFETCH(int, logTime);
    QFETCH(bool, consoleStamped);
    QFETCH(bool, fileStamped);
    const QString path = m_dir.filePath(u"logtime.log"_s);
    JobLog log;
    log.setClock([] { return QDateTime(QDate(2025, 7, 2), QTime(13, 42, 29, 36)); });
    log.setLogTime(JobLog::LogTime(logTime));
    QSignalSpy spy(&log, &JobLog::lineLogged);
    QVERIFY(log.open(path));
    log.connected(u"MariaDB 10.11"_s);
    log.processingObjectType(u"SCHEMA_EXPORT/TABLE/TABLE"_s);
    log.close();

    const QString stamp = u"02-JUL-25 13:42:29.036: "_s;
    const QString body = u"Processing object type SCHEMA_EXPORT/TABLE/TABLE"_s;
    // Header lines never carry a timestamp.
    QCOMPARE(readAll(path),
             u"Connected to: MariaDB 10.11\n"_s + (fileStamped ? stamp : QString()) + body + u'\n');
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<JobLogLine>().text, (consoleStamped ? stamp : QString()) + body);
}

void TestJobLog::metrics()
{
    const QString path = m_dir.filePath(u"metrics.log"_s);
    JobLog log;
    log.setClock([] { return QDateTime(QDate(2025, 7, 2), QTime(13, 42, 29, 36)); });
    log.setMetrics(true);
    log.setLogTime(JobLog::LogTime::All);
    QVERIFY(log.open(path));
    log.info(u"Master table \"ADMIN\".\"SYS_IMPORT_SCHEMA_01\" successfully loaded/unloaded"_s);
    log.completedObjects(u"USER"_s, 5, 1);
    log.rows(u"imported"_s, JobLogFormat::objectName(u"HR"_s, u"JOBS"_s), 7168, 19, 2, 0);
    log.close();
    QCOMPARE(
        readAll(path).split(u'\n'),
        uR"(02-JUL-25 13:42:29.036: W-1 Master table "ADMIN"."SYS_IMPORT_SCHEMA_01" successfully loaded/unloaded
02-JUL-25 13:42:29.036: W-1      Completed 5 USER objects in 1 seconds
02-JUL-25 13:42:29.036: W-2 . . imported "HR"."JOBS"                                     7 KB      19 rows in 0 seconds
)"_s.split(u'\n'));

    JobLog quiet; // without METRICS the timings are not logged
    QSignalSpy spy(&quiet, &JobLog::lineLogged);
    quiet.completedObjects(u"USER"_s, 5, 1);
    quiet.rows(u"imported"_s, u"\"HR\".\"JOBS\""_s, 7168, 19, 2, 0);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).value<JobLogLine>().text.endsWith(u"19 rows"_s));
}

void TestJobLog::endings_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("ending");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("success") << int(JobLog::Outcome::Completed) << 0
                             << u"successfully completed at"_s << 0;
    QTest::newRow("one error") << int(JobLog::Outcome::Completed) << 1
                               << u"completed with 1 error(s) at"_s << 5;
    QTest::newRow("three errors") << int(JobLog::Outcome::Completed) << 3
                                  << u"completed with 3 error(s) at"_s << 5;
    QTest::newRow("fatal") << int(JobLog::Outcome::StoppedByFatalError) << 0
                           << u"stopped due to fatal error at"_s << 1;
    QTest::newRow("fatal after errors") << int(JobLog::Outcome::StoppedByFatalError) << 2
                                        << u"stopped due to fatal error at"_s << 1;
    QTest::newRow("user stop") << int(JobLog::Outcome::StoppedByUser) << 0
                               << u"stopped by user request at"_s << 1;
}

void TestJobLog::endings()
{
    QFETCH(int, outcome);
    QFETCH(int, errors);
    QFETCH(QString, ending);
    QFETCH(int, exitCode);
    JobLog log;
    log.setClock(steppingClock());
    QSignalSpy spy(&log, &JobLog::lineLogged);
    log.starting(u"HR"_s, u"SYS_IMPORT_SCHEMA_01"_s, u"hr@prod"_s);
    log.warning(u"a warning does not count as an error"_s);
    for (int i = 0; i < errors; ++i)
        log.error(u"SLUICE-31684: Object type VIEW:\"HR\".\"V\" already exists"_s);
    QCOMPARE(log.errorCount(), errors);
    QCOMPARE(log.warningCount(), 1);
    QCOMPARE(int(log.finish(JobLog::Outcome(outcome))), exitCode);
    const JobLogLine last = spy.last().at(0).value<JobLogLine>();
    QVERIFY2(last.text.startsWith(u"Job \"HR\".\"SYS_IMPORT_SCHEMA_01\" "_s + ending + u' '),
             qPrintable(last.text));
    QVERIFY2(last.text.contains(u" elapsed 0 00:00:"_s), qPrintable(last.text));
    QCOMPARE(spy.at(1).at(0).value<JobLogLine>().severity, JobLogLine::Severity::Warning);
    if (errors > 0)
        QCOMPARE(spy.at(2).at(0).value<JobLogLine>().severity, JobLogLine::Severity::Error);
}

void TestJobLog::overwrites()
{
    const QString path = m_dir.filePath(u"again.log"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older and much longer log that must disappear entirely\n");
    old.close();
    JobLog log;
    QVERIFY(log.open(path));
    log.info(u"new"_s);
    log.close();
    QCOMPARE(readAll(path), u"new\n"_s);
}

void TestJobLog::noLogFile()
{
    JobLog log; // NOLOGFILE=YES: lines are still emitted
    QSignalSpy spy(&log, &JobLog::lineLogged);
    log.headerNote(u"Legacy Mode Active due to the following parameters:"_s);
    log.info(u"hello"_s);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).value<JobLogLine>().text,
             u"Legacy Mode Active due to the following parameters:"_s);
    QVERIFY(log.filePath().isEmpty());
}

void TestJobLog::commandEcho_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("echo");
    QTest::newRow("plain") << u"hr@prod"_s << QStringList{u"SCHEMAS=HR"_s, u"DIRECTORY=D"_s}
                           << u"hr@prod SCHEMAS=HR DIRECTORY=D"_s;
    QTest::newRow("encryption password")
        << u"postgresql://hr@h/hr"_s
        << QStringList{u"ENCRYPTION_PASSWORD=s3cret"_s, u"encryption_pwd_prompt=yes"_s}
        << u"postgresql://hr@h/hr ENCRYPTION_PASSWORD=******** encryption_pwd_prompt=yes"_s;
    QTest::newRow("lower case") << QString() << QStringList{u"encryption_password=x"_s}
                                << u"encryption_password=********"_s;
}

void TestJobLog::commandEcho()
{
    QFETCH(QString, connection);
    QFETCH(QStringList, parameters);
    QFETCH(QString, echo);
    QCOMPARE(JobLog::commandEcho(connection, parameters), echo);
}

void TestJobLog::parseLogTime()
{
    QCOMPARE(JobLog::parseLogTime(u"all"_s), JobLog::LogTime::All);
    QCOMPARE(JobLog::parseLogTime(u" Status "_s), JobLog::LogTime::Status);
    QCOMPARE(JobLog::parseLogTime(u"LOGFILE"_s), JobLog::LogTime::LogFile);
    QCOMPARE(JobLog::parseLogTime(u"none"_s), JobLog::LogTime::None);
    QVERIFY(!JobLog::parseLogTime(u"YES"_s).has_value());
}

void TestJobLog::concurrentWriters()
{
    const QString path = m_dir.filePath(u"threads.log"_s);
    JobLog log;
    QVERIFY(log.open(path));
    constexpr int kThreads = 4;
    constexpr int kLines = 500;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([&log, t] {
            for (int i = 0; i < kLines; ++i) {
                if (i % 50 == 0)
                    log.error(u"worker %1 error %2"_s.arg(t).arg(i), t + 1);
                else
                    log.info(u"worker %1 line %2"_s.arg(t).arg(i), t + 1);
            }
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    log.close();
    const QStringList lines = readAll(path).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kThreads * kLines);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"worker "_s), qPrintable(line)); // no interleaving
    QCOMPARE(log.errorCount(), kThreads * (kLines / 50));
}

void TestJobLog::unwritableFile()
{
    JobLog log;
    QVERIFY(!log.open(m_dir.filePath(u"no/such/folder/x.log"_s)));
    QVERIFY2(log.errorString().contains(u"Cannot write the log file"_s),
             qPrintable(log.errorString()));
}

QTEST_GUILESS_MAIN(TestJobLog)
#include "tst_joblog.moc"
