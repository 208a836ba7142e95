// OS scheduler backends: what each registers for a schedule (OnCalendar=, crontab
// fields, schtasks command lines), and registering / unregistering in a test HOME
// with fake `crontab` and `systemctl` programs; the registered command line then
// runs the saved job through the real sluice-cli.
#include "engine/connection/connectionprofilestore.h"
#include "engine/schedule/calendarparser.h"
#include "engine/schedule/crontabbackend.h"
#include "engine/schedule/runhistory.h"
#include "engine/schedule/savedjobstore.h"
#include "engine/schedule/schedulemanager.h"
#include "engine/schedule/systemdtimerbackend.h"
#include "engine/schedule/windowstaskbackend.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

const char kFakeCrontab[] = "#!/bin/sh\n"
                            "# Test double of crontab(1): keeps the table in $FAKE_CRONTAB.\n"
                            "case \"$1\" in\n"
                            "  -l) if [ -f \"$FAKE_CRONTAB\" ]; then cat \"$FAKE_CRONTAB\"; "
                            "else echo \"no crontab for tester\" >&2; exit 1; fi ;;\n"
                            "  -) cat > \"$FAKE_CRONTAB\" ;;\n"
                            "  *) exit 2 ;;\n"
                            "esac\n";
const char kFakeSystemctl[] = "#!/bin/sh\n"
                              "# Test double of systemctl: logs its arguments.\n"
                              "echo \"$*\" >> \"$FAKE_SYSTEMCTL_LOG\"\n";

bool writeScript(const QString &path, const char *text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
        return false;
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ExeOwner);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Splits an ExecStart= value as systemd does for our quoting ("..." with \" \\ %% $$).
QStringList splitExecStart(const QString &value)
{
    QStringList words;
    static const QRegularExpression word(u"\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    for (auto it = word.globalMatch(value); it.hasNext();) {
        QString text = it.next().captured(1);
        text.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        text.replace(u"%%"_s, u"%"_s).replace(u"$$"_s, u"$"_s);
        words.append(text);
    }
    return words;
}

} // namespace

class TestScheduleBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translation_data();
    void translation();
    void crontabBlockKeepsTheRest();
    void windowsCommandLines();
    void crontabRegisterRunUnregister();
    void systemdRegisterRunUnregister();

private:
    void saveExportJob(const QString &name);
    QProcessEnvironment runEnvironment() const;

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_home; // SLUICE_HOME
};

void TestScheduleBackends::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString binDir = qEnvironmentVariable("SLUICE_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "SLUICE_BIN_DIR is not set; run this test through ctest");
    m_cli = QDir(binDir).absoluteFilePath(u"sluice-cli"_s);
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + u" is not built"_s));
    // Fake tools first in PATH; a test HOME, so nothing touches the real user's setup.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"bin"_s)));
    QVERIFY(writeScript(m_dir.filePath(u"bin/crontab"_s), kFakeCrontab));
    QVERIFY(writeScript(m_dir.filePath(u"bin/systemctl"_s), kFakeSystemctl));
    qputenv("PATH", (m_dir.filePath(u"bin"_s) + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
    qputenv("HOME", m_dir.filePath(u"home"_s).toLocal8Bit());
    qunsetenv("XDG_CONFIG_HOME");
    qputenv("FAKE_CRONTAB", m_dir.filePath(u"crontab.txt"_s).toLocal8Bit());
    qputenv("FAKE_SYSTEMCTL_LOG", m_dir.filePath(u"systemctl.log"_s).toLocal8Bit());
    m_home = m_dir.filePath(u"sluice home"_s); // a space, to exercise the quoting
    qputenv("SLUICE_HOME", m_home.toLocal8Bit());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    qunsetenv("DATA_PUMP_DIR");
    ConnectionProfileStore profiles;
    QVERIFY(profiles.load());
    QVERIFY2(profiles.ensureSampleProfile(), qPrintable(profiles.errorString()));
}

void TestScheduleBackends::translation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("onCalendar");
    QTest::addColumn<bool>("systemdExact");
    QTest::addColumn<QString>("cron");
    QTest::addColumn<bool>("cronExact");
    QTest::addColumn<QString>("schtasks");
    QTest::newRow("daily") << u"daily 04:30"_s << u"*-*-* 04:30:00"_s << true << u"30 4 * * *"_s
                           << true << u"/SC DAILY /MO 1 /ST 04:30"_s;
    QTest::newRow("weekly") << u"weekly mon,fri 22:00"_s << u"Mon,Fri *-*-* 22:00:00"_s << true
                            << u"0 22 * * 1,5"_s << true
                            << u"/SC WEEKLY /MO 1 /D MON,FRI /ST 22:00"_s;
    QTest::newRow("sunday") << u"FREQ=WEEKLY; BYDAY=SUN; BYHOUR=3"_s << u"Sun *-*-* 03:00:00"_s
                            << true << u"0 3 * * 0"_s << true
                            << u"/SC WEEKLY /MO 1 /D SUN /ST 03:00"_s;
    QTest::newRow("monthly days") << u"monthly 1,15 04:30"_s << u"*-*-01,15 04:30:00"_s << true
                                  << u"30 4 1,15 * *"_s << true
                                  << u"/SC MONTHLY /D 1,15 /ST 04:30"_s;
    QTest::newRow("last day") << u"FREQ=MONTHLY; BYMONTHDAY=-1; BYHOUR=23"_s << u"*-*~01 23:00:00"_s
                              << true << u"0 23 * * *"_s << false
                              << u"/SC MONTHLY /MO LASTDAY /M * /ST 23:00"_s;
    QTest::newRow("first Monday") << u"FREQ=MONTHLY; BYDAY=1MON; BYHOUR=6"_s
                                  << u"Mon *-*-01..07 06:00:00"_s << true << u"0 6 * * 1"_s << false
                                  << u"/SC MONTHLY /MO FIRST /D MON /ST 06:00"_s;
    QTest::newRow("last Friday") << u"FREQ=MONTHLY; BYDAY=-1FRI; BYHOUR=18"_s
                                 << u"Fri *-*-* 18:00:00"_s << false << u"0 18 * * 5"_s << false
                                 << u"/SC MONTHLY /MO LAST /D FRI /ST 18:00"_s;
    QTest::newRow("every third day")
        << u"FREQ=DAILY; INTERVAL=3; BYHOUR=4"_s << u"*-*-* 04:00:00"_s << false << u"0 4 * * *"_s
        << false << u"/SC DAILY /MO 3 /ST 04:00"_s;
    QTest::newRow("every 6 hours")
        << u"FREQ=HOURLY; INTERVAL=6; BYMINUTE=15"_s << u"*-*-* 00,06,12,18:15:00"_s << true
        << u"15 0,6,12,18 * * *"_s << true << u"/SC HOURLY /MO 6 /ST 00:15"_s;
    QTest::newRow("every 7 minutes") << u"FREQ=MINUTELY; INTERVAL=7"_s << u"*-*-* *:*:00"_s << false
                                     << u"* * * * *"_s << false << u"/SC MINUTE /MO 7 /ST 00:00"_s;
    QTest::newRow("every 15 minutes")
        << u"FREQ=MINUTELY; INTERVAL=15"_s << u"*-*-* *:00,15,30,45:00"_s << true
        << u"0,15,30,45 * * * *"_s << true << u"/SC MINUTE /MO 15 /ST 00:00"_s;
    QTest::newRow("yearly") << u"FREQ=YEARLY; BYMONTH=1,7; BYMONTHDAY=1; BYHOUR=2"_s
                            << u"*-01,07-01 02:00:00"_s << true << u"0 2 1 1,7 *"_s << true
                            << u"/SC MONTHLY /D 1 /M JAN,JUL /ST 02:00"_s;
    QTest::newRow("weekday and day")
        << u"FREQ=MONTHLY; BYMONTHDAY=13; BYDAY=FRI; BYHOUR=0"_s << u"Fri *-*-13 00:00:00"_s << true
        << u"0 0 * * 5"_s << false << u"/SC MONTHLY /D * /ST 00:00"_s;
}

void TestScheduleBackends::translation()
{
    QFETCH(QString, text);
    QFETCH(QString, onCalendar);
    QFETCH(bool, systemdExact);
    QFETCH(QString, cron);
    QFETCH(bool, cronExact);
    QFETCH(QString, schtasks);
    CalendarParser parser;
    std::optional<CalendarSpec> spec = parser.parse(text);
    QVERIFY2(spec, qPrintable(parser.errorString()));
    spec->anchor = QDate(2025, 1, 1);
    bool exact = false;
    QCOMPARE(SystemdTimerBackend::onCalendar(*spec, &exact), QStringList{onCalendar});
    QCOMPARE(exact, systemdExact);
    QCOMPARE(CrontabBackend::fields(*spec, &exact), cron);
    QCOMPARE(exact, cronExact);
    ScheduleEntry entry{u"nightly"_s,
                        *spec,
                        u"C:/Sluice/sluice-cli.exe"_s,
                        {u"job"_s, u"run"_s, u"nightly"_s, u"--scheduled"_s},
                        {}};
    const QList<QStringList> commands = WindowsTaskBackend::createCommands(entry, &exact);
    QCOMPARE(commands.size(), 1);
    QCOMPARE(commands.first().mid(0, 6),
             (QStringList{u"/Create"_s, u"/F"_s, u"/TN"_s, u"Sluice\\nightly"_s, u"/TR"_s,
                          u"\"C:/Sluice/sluice-cli.exe\" job run nightly --scheduled"_s}));
    QCOMPARE(commands.first().mid(6).join(u' '), schtasks + u" /SD 01/01/2025"_s);
}

void TestScheduleBackends::crontabBlockKeepsTheRest()
{
    const QString mine = u"MAILTO=admin\n0 1 * * * /usr/local/bin/backup\n"_s;
    ScheduleEntry entry;
    entry.jobName = u"nightly"_s;
    entry.spec = *CalendarParser().parse(u"daily 04:30"_s);
    entry.program = u"/opt/it's/sluice-cli"_s;
    entry.arguments = {u"job"_s, u"run"_s, u"nightly"_s, u"--scheduled"_s};
    entry.sluiceHome = u"/srv/100%"_s;
    bool exact = false;
    const QString block = CrontabBackend::block(entry, &exact);
    QVERIFY(exact);
    QVERIFY2(block.contains(u"\n30 4 * * * SLUICE_HOME='/srv/100\\%' '/opt/it'\\''s/sluice-cli' "
                            "'job' 'run' 'nightly' '--scheduled'\n"_s),
             qPrintable(block));
    const QString other = CrontabBackend::withoutBlock(mine + block, u"nightly2"_s);
    QCOMPARE(other, mine + block);
    QCOMPARE(CrontabBackend::withoutBlock(mine + block, u"nightly"_s), mine);
    QCOMPARE(CrontabBackend::withoutBlock(block, u"nightly"_s), QString());
}

void TestScheduleBackends::windowsCommandLines()
{
    ScheduleEntry entry;
    entry.jobName = u"copy"_s;
    entry.spec = *CalendarParser().parse(u"FREQ=DAILY; BYHOUR=4,16; BYMINUTE=30"_s);
    entry.spec.anchor = QDate(2025, 3, 9);
    entry.program = u"C:\\Program Files\\Sluice\\sluice-cli.exe"_s;
    entry.arguments = {u"job"_s, u"run"_s, u"copy"_s, u"--scheduled"_s};
    entry.sluiceHome = u"D:\\Sluice Home"_s;
    bool exact = false;
    const QList<QStringList> commands = WindowsTaskBackend::createCommands(entry, &exact);
    QVERIFY(exact);
    const QString run = u"cmd /c set \"SLUICE_HOME=D:\\Sluice Home\" && \"C:\\Program "
                        "Files\\Sluice\\sluice-cli.exe\" job run copy --scheduled"_s;
    QCOMPARE(commands.size(), 2);
    QCOMPARE(commands.at(0), (QStringList{u"/Create"_s, u"/F"_s, u"/TN"_s, u"Sluice\\copy"_s,
                                          u"/TR"_s, run, u"/SC"_s, u"DAILY"_s, u"/MO"_s, u"1"_s,
                                          u"/ST"_s, u"04:30"_s, u"/SD"_s, u"03/09/2025"_s}));
    QCOMPARE(commands.at(1).at(3), u"Sluice\\copy-2"_s);
    QCOMPARE(commands.at(1).at(11), u"16:30"_s);
    QCOMPARE(WindowsTaskBackend::deleteCommand(u"Sluice\\copy-2"_s),
             (QStringList{u"/Delete"_s, u"/F"_s, u"/TN"_s, u"Sluice\\copy-2"_s}));
#ifndef Q_OS_WIN
    WindowsTaskBackend backend;
    QVERIFY(!backend.isAvailable());
    QVERIFY(!backend.install(entry));
    QVERIFY(backend.errorString().contains(u"only available on Windows"_s));
#endif
}

void TestScheduleBackends::saveExportJob(const QString &name)
{
    ConnectionProfileStore profiles;
    QVERIFY(profiles.load());
    QString error;
    const auto job = SavedJob::fromArguments(
        name, JobOperation::Export,
        {u"hr_sample"_s, u"DUMPFILE=%1.dmp"_s.arg(name), u"REUSE_DUMPFILES=YES"_s}, &profiles,
        &error);
    QVERIFY2(job, qPrintable(error));
    SavedJobStore store;
    QVERIFY2(store.save(*job), qPrintable(store.errorString()));
}

QProcessEnvironment TestScheduleBackends::runEnvironment() const
{
    // What cron or systemd give a job: a minimal environment, no SLUICE_HOME of ours.
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, qEnvironmentVariable("HOME"));
    env.insert(u"SLUICE_NO_KEYCHAIN"_s, u"1"_s);
    return env;
}

void TestScheduleBackends::crontabRegisterRunUnregister()
{
    saveExportJob(u"cronjob"_s);
    const QString table = m_dir.filePath(u"crontab.txt"_s);
    const QString mine = u"MAILTO=admin\n0 1 * * * /usr/local/bin/backup\n"_s;
    {
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mine.toUtf8());
    }
    ScheduleManager::Options options;
    options.backend = u"crontab"_s;
    options.program = m_cli;
    ScheduleManager manager(options);
    const auto schedule = manager.schedule(u"cronjob"_s, u"FREQ=DAILY; BYHOUR=4; BYMINUTE=30"_s);
    QVERIFY2(schedule, qPrintable(manager.errorString()));
    QCOMPARE(schedule->backend, u"crontab"_s);
    QVERIFY(schedule->exact);
    QCOMPARE(SavedJobStore().find(u"cronjob"_s)->schedule, schedule);

    const QString written = readAll(table);
    QVERIFY2(written.startsWith(mine), qPrintable(written));
    const QStringList lines = written.mid(mine.size()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"# sluice:cronjob begin"_s));
    QCOMPARE(lines.at(2), u"# sluice:cronjob end"_s);
    QVERIFY2(lines.at(1).startsWith(u"30 4 * * * "_s), qPrintable(lines.at(1)));
    const QString command = lines.at(1).section(u' ', 5);
    QCOMPARE(command,
             u"SLUICE_HOME='%1' '%2' 'job' 'run' 'cronjob' '--scheduled'"_s.arg(m_home, m_cli));

    // Run the entry's command exactly as cron does: through /bin/sh.
    const qsizetype before = RunHistory().records(u"cronjob"_s).size();
    QProcess shell;
    shell.setProcessEnvironment(runEnvironment());
    shell.setStandardInputFile(QProcess::nullDevice());
    shell.start(u"/bin/sh"_s, {u"-c"_s, command});
    QVERIFY(shell.waitForFinished(120000));
    const QString output =
        QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    QCOMPARE(shell.exitCode(), 0);
    const QList<RunRecord> records = RunHistory().records(u"cronjob"_s);
    QCOMPARE(records.size(), before + 1);
    const RunRecord &record = records.last();
    QVERIFY2(record.kind == RunRecord::Kind::Completed,
             qPrintable(record.outcome() + u'\n' + output));
    QVERIFY(record.scheduled);
    QCOMPARE(record.exitCode, 0);
    QVERIFY2(record.rows > 0, qPrintable(output));
    QVERIFY(QFile::exists(record.runLog));
    QVERIFY(readAll(record.runLog).contains(u"exported"_s));

    QVERIFY2(manager.unschedule(u"cronjob"_s), qPrintable(manager.errorString()));
    QCOMPARE(readAll(table), mine);
    QVERIFY(!SavedJobStore().find(u"cronjob"_s)->schedule);
}

void TestScheduleBackends::systemdRegisterRunUnregister()
{
    saveExportJob(u"timerjob"_s);
    const QString log = m_dir.filePath(u"systemctl.log"_s);
    QFile::remove(log);
    ScheduleManager::Options options;
    options.backend = u"systemd"_s;
    options.program = m_cli;
    ScheduleManager manager(options);
    const auto schedule = manager.schedule(u"timerjob"_s, u"weekly mon,fri 22:00"_s);
    QVERIFY2(schedule, qPrintable(manager.errorString()));
    const QString unitDir = m_dir.filePath(u"home/.config/systemd/user"_s);
    const QString timer = readAll(unitDir + u"/sluice-timerjob.timer"_s);
    const QString service = readAll(unitDir + u"/sluice-timerjob.service"_s);
    QVERIFY2(timer.contains(u"\nOnCalendar=Mon,Fri *-*-* 22:00:00\n"_s), qPrintable(timer));
    QVERIFY(timer.contains(u"\nUnit=sluice-timerjob.service\n"_s));
    QVERIFY(timer.contains(u"\nWantedBy=timers.target\n"_s));
    QVERIFY(service.contains(u"\nType=oneshot\n"_s));
    QCOMPARE(readAll(log), u"--user show-environment\n--user daemon-reload\n"
                           "--user enable --now sluice-timerjob.timer\n"_s);

    // The service's ExecStart= and Environment=, parsed back and run as systemd would.
    const QRegularExpression exec(u"^ExecStart=(.*)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpression environment(u"^Environment=(.*)$"_s,
                                         QRegularExpression::MultilineOption);
    const QStringList command = splitExecStart(exec.match(service).captured(1));
    QCOMPARE(command, (QStringList{m_cli, u"job"_s, u"run"_s, u"timerjob"_s, u"--scheduled"_s}));
    const QStringList assignment = splitExecStart(environment.match(service).captured(1));
    QCOMPARE(assignment, QStringList{u"SLUICE_HOME="_s + m_home});
    QProcessEnvironment env = runEnvironment();
    env.insert(assignment.first().section(u'=', 0, 0), assignment.first().section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(command.first(), command.mid(1));
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const RunRecord record = RunHistory().records(u"timerjob"_s).last();
    QCOMPARE(record.outcome(), u"completed"_s);
    QVERIFY(record.rows > 0);

    QVERIFY2(manager.unschedule(u"timerjob"_s), qPrintable(manager.errorString()));
    QVERIFY(!QFile::exists(unitDir + u"/sluice-timerjob.timer"_s));
    QVERIFY(!QFile::exists(unitDir + u"/sluice-timerjob.service"_s));
    QVERIFY(readAll(log).endsWith(u"--user disable --now sluice-timerjob.timer\n"
                                  "--user daemon-reload\n"_s));
}

QTEST_GUILESS_MAIN(TestScheduleBackends)
#include "tst_schedulebackends.moc"
