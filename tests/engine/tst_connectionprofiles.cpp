// ConnectionProfileStore persistence and lookup, ConnectionResolver, and the
// DatabaseOpener's SQLite behaviour (no server needed).
#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/connection/databaseopener.h"
#include "engine/core/apppaths.h"
#include "engine/core/sampledatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

ConnectionProfile makeProfile(const QString &name, const QString &url, bool save = false)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.params = *ConnectionParams::fromUrl(url);
    profile.savePassword = save;
    return profile;
}

} // namespace

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void persistence();
    void caseInsensitiveLookup_data();
    void caseInsensitiveLookup();
    void addUpdateRemoveErrors();
    void profileNames_data();
    void profileNames();
    void relativeSqlitePathBecomesAbsolute();
    void corruptFile();
    void sampleProfile();
    void resolve_data();
    void resolve();
    void resolveErrors_data();
    void resolveErrors();
    void openSqlite();
    void openSqliteMissingFile();
    void openSqliteCreate();
    void openNotADatabase();
    void connectionNamePerThread();

private:
    QTemporaryDir m_home;
    ConnectionProfileStore makeStore() const;
};

void TestConnectionProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    qputenv("SLUICE_HOME", m_home.path().toUtf8());
    // A stand-in for the bundled sample, so ensureSampleProfile() does not depend on
    // the sample having been built.
    const QString shared = m_home.filePath(u"share"_s);
    QVERIFY(QDir().mkpath(shared + u"/sample"_s));
    QFile sample(shared + u"/sample/hr.db"_s);
    QVERIFY(sample.open(QIODevice::WriteOnly));
    sample.close();
    qputenv("SLUICE_DATA_DIR", shared.toUtf8());
}

void TestConnectionProfiles::init()
{
    QFile::remove(ConnectionProfileStore::defaultFilePath());
}

ConnectionProfileStore TestConnectionProfiles::makeStore() const
{
    ConnectionProfileStore store;
    if (!store.load())
        qWarning("load failed: %s", qPrintable(store.errorString()));
    if (!store.add(makeProfile(u"Prod"_s, u"postgresql://hr@db1:5432/hr"_s, true)))
        qWarning("add failed: %s", qPrintable(store.errorString()));
    return store;
}

void TestConnectionProfiles::persistence()
{
    QCOMPARE(ConnectionProfileStore::defaultFilePath(),
             QDir(m_home.path()).filePath(u"config/connections.json"_s));
    ConnectionProfileStore store;
    QVERIFY2(store.load(), qPrintable(store.errorString()));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.add(makeProfile(u"zeta"_s, u"mariadb://root@localhost:3306/shop"_s)));
    QVERIFY(
        store.add(makeProfile(u"Alpha"_s, u"postgresql://hr@db1:5432/hr?sslmode=require"_s, true)));
    QVERIFY(store.add(makeProfile(u"mid"_s, u"sqlite:///tmp/x.db"_s)));
    QVERIFY2(store.save(), qPrintable(store.errorString()));

    ConnectionProfileStore reloaded;
    QVERIFY2(reloaded.load(), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded.names(), (QStringList{u"Alpha"_s, u"mid"_s, u"zeta"_s}));
    QCOMPARE(reloaded.profiles(), store.profiles());
    QVERIFY(reloaded.find(u"alpha"_s)->savePassword);
    QCOMPARE(reloaded.find(u"alpha"_s)->params.options.value(u"sslmode"_s), u"require"_s);

    QFile file(ConnectionProfileStore::defaultFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"url\": \"mariadb://root@localhost:3306/shop\""));
    QVERIFY(!json.contains("password\":"));
}

void TestConnectionProfiles::caseInsensitiveLookup_data()
{
    QTest::addColumn<QString>("lookup");
    QTest::addColumn<bool>("found");
    QTest::newRow("same") << u"Prod"_s << true;
    QTest::newRow("lower") << u"prod"_s << true;
    QTest::newRow("upper") << u"PROD"_s << true;
    QTest::newRow("other") << u"prod2"_s << false;
    QTest::newRow("prefix") << u"pro"_s << false;
}

void TestConnectionProfiles::caseInsensitiveLookup()
{
    QFETCH(QString, lookup);
    QFETCH(bool, found);
    const ConnectionProfileStore store = makeStore();
    const auto profile = store.find(lookup);
    QCOMPARE(profile.has_value(), found);
    if (found)
        QCOMPARE(profile->name, u"Prod"_s); // kept as first written
}

void TestConnectionProfiles::addUpdateRemoveErrors()
{
    ConnectionProfileStore store = makeStore();
    QVERIFY(!store.add(makeProfile(u"PROD"_s, u"sqlite:///a.db"_s)));
    QVERIFY2(store.errorString().contains(u"exists already"_s), qPrintable(store.errorString()));
    QVERIFY(!store.update(makeProfile(u"nothere"_s, u"sqlite:///a.db"_s)));
    QVERIFY(store.errorString().contains(u"no connection profile named \"nothere\""_s));
    QVERIFY(!store.remove(u"nothere"_s));
    QVERIFY(store.update(makeProfile(u"prod"_s, u"mariadb://x@y/z"_s)));
    QCOMPARE(store.find(u"Prod"_s)->params.dialect, Dialect::MariaDB);
    QVERIFY(store.remove(u"PROD"_s));
    QVERIFY(store.profiles().isEmpty());
    ConnectionProfile invalid = makeProfile(u"bad"_s, u"sqlite:///a.db"_s);
    invalid.params.host = u"h"_s;
    QVERIFY(!store.add(invalid));
    QVERIFY(store.errorString().contains(u"names only a file"_s));
}

void TestConnectionProfiles::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"hr"_s << true;
    QTest::newRow("dots dashes") << u"prod.db-1_a"_s << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << u"1hr"_s << false;
    QTest::newRow("colon") << u"sqlite:x"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("at") << u"hr@prod"_s << false;
    QTest::newRow("space") << u"my db"_s << false;
}

void TestConnectionProfiles::profileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ConnectionProfile::nameError(name).isEmpty(), valid);
    ConnectionProfileStore store(m_home.filePath(u"names.json"_s));
    QCOMPARE(store.add(makeProfile(name, u"sqlite:///a.db"_s)), valid);
}

void TestConnectionProfiles::relativeSqlitePathBecomesAbsolute()
{
    ConnectionProfileStore store;
    QVERIFY(store.add(makeProfile(u"rel"_s, u"sqlite:data/hr.db"_s)));
    QCOMPARE(store.find(u"rel"_s)->params.filePath,
             QDir::current().absoluteFilePath(u"data/hr.db"_s));
}

void TestConnectionProfiles::corruptFile()
{
    const QString path = m_home.filePath(u"corrupt.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"profiles\": [ ");
    file.close();
    ConnectionProfileStore store(path);
    QVERIFY(!store.load());
    QVERIFY2(store.errorString().contains(u"not a valid connection profile file"_s),
             qPrintable(store.errorString()));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"profiles":[{"name":"x","url":"postgresql://a:b@h/d"}]})");
    file.close();
    QVERIFY(!store.load());
    QVERIFY2(store.errorString().contains(u"the profile \"x\" is invalid"_s),
             qPrintable(store.errorString()));
    QVERIFY(!store.errorString().contains(u":b@"_s));
}

void TestConnectionProfiles::sampleProfile()
{
    ConnectionProfileStore store;
    QVERIFY(store.load());
    QVERIFY2(store.ensureSampleProfile(), qPrintable(store.errorString()));
    const auto profile = store.find(u"HR_SAMPLE"_s);
    QVERIFY(profile.has_value());
    QCOMPARE(profile->params.dialect, Dialect::SQLite);
    QCOMPARE(profile->params.filePath,
             QFileInfo(SampleDatabase::workingCopyPath()).absoluteFilePath());
    QVERIFY(QFileInfo::exists(profile->params.filePath));

    // A profile of that name pointing elsewhere is repaired, and it was saved.
    QVERIFY(store.update(makeProfile(u"hr_sample"_s, u"sqlite:///elsewhere.db"_s)));
    QVERIFY(store.save());
    ConnectionProfileStore again;
    QVERIFY(again.load());
    QVERIFY(again.ensureSampleProfile());
    ConnectionProfileStore reloaded;
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.find(u"hr_sample"_s)->params.filePath, profile->params.filePath);
}

void TestConnectionProfiles::resolve_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("display");
    QTest::newRow("profile") << u"prod"_s << u"postgresql://hr@db1:5432/hr"_s << u"Prod"_s
                             << u"hr@Prod"_s;
    QTest::newRow("profile spaces")
        << u"  PROD "_s << u"postgresql://hr@db1:5432/hr"_s << u"Prod"_s << u"hr@Prod"_s;
    QTest::newRow("user at profile")
        << u"scott@prod"_s << u"postgresql://scott@db1:5432/hr"_s << u"Prod"_s << u"scott@Prod"_s;
    QTest::newRow("url") << u"mysql://a@b/c"_s << u"mariadb://a@b/c"_s << QString()
                         << u"mariadb://a@b/c"_s;
}

void TestConnectionProfiles::resolve()
{
    QFETCH(QString, reference);
    QFETCH(QString, url);
    QFETCH(QString, profile);
    QFETCH(QString, display);
    const ConnectionProfileStore store = makeStore();
    QString error;
    const auto resolved = ConnectionResolver(store).resolve(reference, &error);
    QVERIFY2(resolved.has_value(), qPrintable(error));
    QCOMPARE(resolved->params.toUrl(), url);
    QCOMPARE(resolved->profileName, profile);
    QCOMPARE(resolved->displayName(), display);
    QCOMPARE(resolved->savePassword, !profile.isEmpty());
}

void TestConnectionProfiles::resolveErrors_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << u"No connection was given"_s;
    QTest::newRow("unknown") << u"test"_s
                             << u"No connection profile named \"test\". Known "
                                "profiles: Prod."_s;
    QTest::newRow("oracle style password") << u"scott/tiger@prod"_s << u"contains a password"_s;
    QTest::newRow("oracle style no alias") << u"scott/tiger"_s << u"not a profile name"_s;
    QTest::newRow("url password") << u"postgresql://a:tiger@h/d"_s << u"contains a password"_s;
    QTest::newRow("dangling at") << u"scott@"_s << u"neither a profile name"_s;
}

void TestConnectionProfiles::resolveErrors()
{
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    const ConnectionProfileStore store = makeStore();
    QString error;
    QVERIFY(!ConnectionResolver(store).resolve(reference, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u"tiger"_s), qPrintable(error));
}

void TestConnectionProfiles::openSqlite()
{
    const QString file = m_home.filePath(u"open.db"_s);
    {
        const auto params = ConnectionParams::fromUrl(u"sqlite://"_s + file + u"?create=yes"_s);
        QVERIFY(params.has_value());
        const OpenResult result = DatabaseOpener::open(*params, u"test"_s, {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.connectionName, DatabaseOpener::connectionName(u"test"_s));
        QVERIFY(result.connectionName.startsWith(u"sluice.test."_s));
        {
            QSqlQuery query(QSqlDatabase::database(result.connectionName));
            QVERIFY(query.exec(u"CREATE TABLE t(x INTEGER)"_s));
        }
        QString error;
        const QString version =
            DatabaseOpener::serverVersion(result.connectionName, Dialect::SQLite, &error);
        QVERIFY2(version.startsWith(u"SQLite 3."_s), qPrintable(version + error));
        DatabaseOpener::close(result.connectionName);
        QVERIFY(!QSqlDatabase::contains(result.connectionName));
    }
    const auto readOnly = ConnectionParams::fromUrl(u"sqlite://"_s + file + u"?mode=ro"_s);
    const OpenResult result = DatabaseOpener::open(*readOnly, u"ro"_s, {});
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    {
        QSqlQuery query(QSqlDatabase::database(result.connectionName));
        QVERIFY(!query.exec(u"INSERT INTO t VALUES (1)"_s));
    }
    DatabaseOpener::close(result.connectionName);
}

void TestConnectionProfiles::openSqliteMissingFile()
{
    const QString file = m_home.filePath(u"missing.db"_s);
    const auto params = ConnectionParams::fromUrl(u"sqlite://"_s + file);
    const OpenResult result = DatabaseOpener::open(*params, u"missing"_s, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error, OpenError::FileMissing);
    QVERIFY(result.errorString.contains(u"does not exist"_s));
    QVERIFY(result.errorString.contains(u"?create=yes"_s));
    QVERIFY(!QFileInfo::exists(file)); // never created silently
    QVERIFY(!QSqlDatabase::contains(DatabaseOpener::connectionName(u"missing"_s)));
}

void TestConnectionProfiles::openSqliteCreate()
{
    const QString file = m_home.filePath(u"created.db"_s);
    const auto params = ConnectionParams::fromUrl(u"sqlite://"_s + file);
    OpenOptions options;
    options.createSqliteFile = true;
    const OpenResult result = DatabaseOpener::open(*params, u"create"_s, {}, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    DatabaseOpener::close(result.connectionName);
    QVERIFY(QFileInfo::exists(file));
}

void TestConnectionProfiles::openNotADatabase()
{
    const QString file = m_home.filePath(u"text.db"_s);
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    const auto params = ConnectionParams::fromUrl(u"sqlite://"_s + file);
    const OpenResult result = DatabaseOpener::open(*params, u"text"_s, {});
    QCOMPARE(result.error, OpenError::NotADatabase);
    QVERIFY2(result.errorString.contains(u"is not a SQLite database"_s),
             qPrintable(result.errorString));
    QVERIFY(!QSqlDatabase::contains(DatabaseOpener::connectionName(u"text"_s)));
}

void TestConnectionProfiles::connectionNamePerThread()
{
    QString other;
    QThread *thread = QThread::create([&other] { other = DatabaseOpener::connectionName(u"w"_s); });
    thread->start();
    QVERIFY(thread->wait(5000));
    delete thread;
    QVERIFY(other.startsWith(u"sluice.w."_s));
    QVERIFY(other != DatabaseOpener::connectionName(u"w"_s));
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
