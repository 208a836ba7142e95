// Opening real PostgreSQL and MariaDB servers (the test fixtures), through the
// engine and through `sluice-cli connection test`, with right and wrong passwords.
#include "engine/connection/connectionparams.h"
#include "engine/connection/databaseopener.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

struct Server
{
    QString url;
    QString password;
    QString product;
    QString error; // why the fixture's details are missing
};

Server serverFromEnvironment(const QString &prefix, const QString &scheme, const QString &product)
{
    Server server;
    QStringList missing;
    QHash<QString, QString> values;
    for (const char *key : {"HOST", "PORT", "USER", "PASSWORD", "DB"}) {
        const QString name = prefix + QLatin1String(key);
        if (!qEnvironmentVariableIsSet(name.toLatin1().constData()))
            missing << name;
        values.insert(QLatin1String(key), qEnvironmentVariable(name.toLatin1().constData()));
    }
    if (!missing.isEmpty()) {
        server.error = u"The server fixture did not provide "_s + missing.join(u", "_s) +
                       u"; run this test through ctest so the fixture starts the server."_s;
        return server;
    }
    ConnectionParams params;
    params.dialect = *dialectFromName(scheme);
    params.host = values.value(u"HOST"_s);
    params.port = values.value(u"PORT"_s).toInt();
    params.user = values.value(u"USER"_s);
    params.database = values.value(u"DB"_s);
    server.url = params.toUrl();
    server.password = values.value(u"PASSWORD"_s);
    server.product = product;
    return server;
}

} // namespace

class TestConnectionServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void open_data();
    void open();
    void cliTest_data() { open_data(); }
    void cliTest();

private:
    QTemporaryDir m_home;
};

void TestConnectionServers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
}

void TestConnectionServers::open_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("product");
    QTest::newRow("postgresql") << u"SLUICE_TEST_PG_"_s << u"postgresql"_s << u"PostgreSQL "_s;
    QTest::newRow("mariadb") << u"SLUICE_TEST_MARIADB_"_s << u"mariadb"_s << u"MariaDB "_s;
}

void TestConnectionServers::open()
{
    QFETCH(QString, prefix);
    QFETCH(QString, scheme);
    QFETCH(QString, product);
    const Server server = serverFromEnvironment(prefix, scheme, product);
    if (!server.error.isEmpty())
        QFAIL(qPrintable(server.error));
    const ConnectionParams params = *ConnectionParams::fromUrl(server.url);

    const OpenResult good = DatabaseOpener::open(params, u"itest"_s, server.password);
    QVERIFY2(good.ok(), qPrintable(good.errorString));
    QString error;
    const QString version =
        DatabaseOpener::serverVersion(good.connectionName, params.dialect, &error);
    QVERIFY2(version.startsWith(server.product), qPrintable(version + error));
    DatabaseOpener::close(good.connectionName);
    QVERIFY(!QSqlDatabase::contains(good.connectionName));

    const OpenResult wrong =
        DatabaseOpener::open(params, u"itest"_s, server.password + u"-wrong"_s);
    QCOMPARE(wrong.error, OpenError::Authentication);
    QVERIFY2(wrong.errorString.contains(u"rejected the user name or password"_s),
             qPrintable(wrong.errorString));
    QVERIFY(!wrong.errorString.contains(server.password + u"-wrong"_s));

    ConnectionParams noDb = params;
    noDb.database = u"sluice_no_such_database"_s;
    const OpenResult unknown = DatabaseOpener::open(noDb, u"itest"_s, server.password);
    QCOMPARE(unknown.error, OpenError::UnknownDatabase);

    ConnectionParams closed = params;
    closed.host = u"127.0.0.1"_s;
    closed.port = 1;
    const OpenResult refused = DatabaseOpener::open(closed, u"itest"_s, server.password);
    QCOMPARE(refused.error, OpenError::Refused);
}

void TestConnectionServers::cliTest()
{
    QFETCH(QString, prefix);
    QFETCH(QString, scheme);
    QFETCH(QString, product);
    const Server server = serverFromEnvironment(prefix, scheme, product);
    if (!server.error.isEmpty())
        QFAIL(qPrintable(server.error));
    const QString cli = QDir(qEnvironmentVariable("SLUICE_BIN_DIR")).filePath(u"sluice-cli"_s);
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));

    const auto runCli = [&](const QStringList &args, const QString &passwordVariable,
                            const QString &password, QString *output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SLUICE_HOME"_s, m_home.path());
        env.insert(u"SLUICE_NO_KEYCHAIN"_s, u"1"_s);
        env.remove(u"SLUICE_PASSWORD"_s);
        if (!passwordVariable.isEmpty())
            env.insert(passwordVariable, password);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(cli, args);
        if (!process.waitForFinished(60000))
            return -1;
        *output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    QString output;
    QCOMPARE(runCli({u"connection"_s, u"test"_s, server.url}, u"SLUICE_PASSWORD"_s, server.password,
                    &output),
             0);
    QVERIFY2(output.contains(u"Connected to: "_s + server.product), qPrintable(output));

    QCOMPARE(runCli({u"connection"_s, u"test"_s, server.url}, u"SLUICE_PASSWORD"_s,
                    u"definitely-wrong"_s, &output),
             1);
    QVERIFY2(output.contains(u"rejected the user name or password"_s), qPrintable(output));
    QVERIFY(!output.contains(u"definitely-wrong"_s));

    // A profile, with its own password variable.
    const QString profile = u"it_"_s + scheme;
    QCOMPARE(runCli({u"connection"_s, u"add"_s, profile, server.url}, {}, {}, &output), 0);
    QCOMPARE(runCli({u"connection"_s, u"test"_s, profile.toUpper()},
                    u"SLUICE_PASSWORD_IT_"_s + scheme.toUpper(), server.password, &output),
             0);
    QVERIFY2(output.contains(u"Connection "_s + server.url.section(u"//"_s, 1).section(u'@', 0, 0) +
                             u'@' + profile + u" works."_s),
             qPrintable(output));
}

QTEST_GUILESS_MAIN(TestConnectionServers)
#include "tst_connectionservers.moc"
