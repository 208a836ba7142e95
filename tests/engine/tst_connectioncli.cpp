// Runs the built sluice-cli for the connection and directory commands, with
// SLUICE_HOME in a temporary folder.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestConnectionCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void sampleProfileWorks();
    void missingPasswordNeverHangs();

private:
    CliRun run(const QStringList &arguments, const QStringList &extraEnv = {}) const;
    QString m_cli;
    QTemporaryDir m_home;
};

void TestConnectionCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    const QString binDir = qEnvironmentVariable("SLUICE_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "SLUICE_BIN_DIR is not set; run this test through ctest");
    m_cli = QDir(binDir).filePath(u"sluice-cli"_s);
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + u" is not built"_s));
    QVERIFY(QDir().mkpath(m_home.filePath(u"dumps"_s)));
}

CliRun TestConnectionCli::run(const QStringList &arguments, const QStringList &extraEnv) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SLUICE_HOME"_s, m_home.filePath(u"home"_s));
    env.insert(u"SLUICE_NO_KEYCHAIN"_s, u"1"_s);
    env.remove(u"SLUICE_PASSWORD"_s);
    env.remove(u"DATA_PUMP_DIR"_s);
    for (const QString &entry : extraEnv)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home.path());
    // stdin is not a terminal here: a command that wanted to prompt must fail instead.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_cli, arguments);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestConnectionCli::commands_data()
{
    QTest::addColumn<QString>("command"); // split on '|'
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout (exit 0) or stderr
    const QString dumps = m_home.filePath(u"dumps"_s);
    // The rows run in order and build on each other.
    QTest::newRow("add pg") << u"connection|add|Prod|postgresql://hr@db1:5432/hr"_s << 0
                            << u"Connection profile \"Prod\" added: postgresql://hr@db1:5432/hr"_s;
    QTest::newRow("add duplicate")
        << u"connection|add|PROD|mariadb://x@y/z"_s << 1 << u"named \"Prod\" exists already"_s;
    QTest::newRow("add password url")
        << u"connection|add|p2|postgresql://hr:tiger@h/hr"_s << 1 << u"contains a password"_s;
    QTest::newRow("add bad name") << u"connection|add|1x|sqlite:///a.db"_s << 1
                                  << u"is not a valid profile name"_s;
    QTest::newRow("add sqlite relative") << u"connection|add|local|sqlite:hr.db"_s << 0
                                         << u"sqlite://"_s + m_home.path() + u"/hr.db"_s;
    QTest::newRow("save password unattended")
        << u"connection|add|sec|mariadb://root@h/db|--save-password"_s << 1
        << u"No password to save for \"sec\""_s;
    QTest::newRow("list") << u"connection|list"_s << 0
                          << u"Prod       PostgreSQL  ask       postgresql://hr@db1:5432/hr"_s;
    QTest::newRow("test unknown") << u"connection|test|nothere"_s << 1
                                  << u"No connection profile named \"nothere\". Known profiles: "
                                     "hr_sample, local, Prod."_s;
    QTest::newRow("test missing sqlite") << u"connection|test|local"_s << 1 << u"does not exist"_s;
    QTest::newRow("test no password")
        << u"connection|test|prod"_s << 1 << u"Set SLUICE_PASSWORD_PROD (or SLUICE_PASSWORD)"_s;
    QTest::newRow("remove") << u"connection|remove|PROD"_s << 0
                            << u"Connection profile \"Prod\" removed."_s;
    QTest::newRow("remove again") << u"connection|remove|prod"_s << 1
                                  << u"no connection profile named \"prod\""_s;
    QTest::newRow("connection usage")
        << u"connection|frobnicate"_s << 1 << u"usage: sluice-cli connection add"_s;
    QTest::newRow("dir list default") << u"directory|list"_s << 0 << u"DATA_PUMP_DIR  "_s;
    QTest::newRow("dir create") << u"directory|create|expdir|"_s + dumps << 0
                                << u"Directory object EXPDIR created: "_s + dumps;
    QTest::newRow("dir create again")
        << u"directory|create|EXPDIR|/tmp"_s << 1 << u"exists already"_s;
    QTest::newRow("dir grant") << u"directory|grant|read,write|on|expdir|to|LOCAL"_s << 0
                               << u"Granted READ,WRITE on EXPDIR to local."_s;
    QTest::newRow("dir grant unknown profile") << u"directory|grant|READ|ON|EXPDIR|TO|nobody"_s << 1
                                               << u"no connection profile named \"nobody\""_s;
    QTest::newRow("dir grant bad privilege") << u"directory|grant|EXECUTE|ON|EXPDIR|TO|local"_s << 1
                                             << u"is not a directory privilege"_s;
    QTest::newRow("dir grant public") << u"directory|grant|READ|ON|EXPDIR|TO|public"_s << 0
                                      << u"Granted READ on EXPDIR to PUBLIC."_s;
    QTest::newRow("dir list grants")
        << u"directory|list"_s << 0 << u"PUBLIC:READ local:READ,WRITE"_s;
    QTest::newRow("dir revoke") << u"directory|revoke|WRITE|ON|EXPDIR|FROM|local"_s << 0
                                << u"Revoked WRITE on EXPDIR from local."_s;
    QTest::newRow("dir revoke again") << u"directory|revoke|WRITE|ON|EXPDIR|FROM|local"_s << 1
                                      << u"holds no WRITE privilege on EXPDIR"_s;
    QTest::newRow("dir drop default")
        << u"directory|drop|data_pump_dir"_s << 1 << u"cannot be dropped"_s;
    QTest::newRow("dir drop") << u"directory|drop|expdir"_s << 0
                              << u"Directory object EXPDIR dropped"_s;
    QTest::newRow("dir usage") << u"directory|grant|READ|EXPDIR"_s << 1
                               << u"usage: sluice-cli directory create"_s;
}

void TestConnectionCli::commands()
{
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const CliRun result = run(command.split(u'|'));
    QVERIFY2(
        result.exitCode == exitCode,
        qPrintable(
            u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode).arg(result.out, result.err)));
    const QString &text = exitCode == 0 ? result.out : result.err;
    QVERIFY2(text.contains(expected),
             qPrintable(u"stdout: "_s + result.out + u"\nstderr: "_s + result.err));
    QVERIFY(!result.out.contains(u"tiger"_s) && !result.err.contains(u"tiger"_s));
    if (exitCode != 0)
        QVERIFY(result.err.startsWith(u"sluice-cli: "_s));
}

void TestConnectionCli::sampleProfileWorks()
{
    const CliRun result = run({u"connection"_s, u"test"_s, u"hr_sample"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Connected to: SQLite 3."_s), qPrintable(result.out));
}

void TestConnectionCli::missingPasswordNeverHangs()
{
    // A server that is not there: the password question comes first and must fail fast.
    const CliRun result = run({u"connection"_s, u"test"_s, u"mariadb://root@127.0.0.1:1/x"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"standard input is not a terminal"_s), qPrintable(result.err));
    // With a password the connection itself is tried and refused.
    const CliRun refused = run({u"connection"_s, u"test"_s, u"mariadb://root@127.0.0.1:1/x"_s},
                               {u"SLUICE_PASSWORD=x"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"no server answered at 127.0.0.1:1"_s), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestConnectionCli)
#include "tst_connectioncli.moc"
