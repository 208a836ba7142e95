#include "engine/core/apppaths.h"
#include "engine/core/dialect.h"
#include "engine/core/sampledatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice::engine;

class TestAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void homeOverrideMovesEverything();
    void sampleWorkingCopyIsMadeOnce();
    void missingSampleIsReported();
    void dialectNames_data();
    void dialectNames();
};

void TestAppPaths::homeOverrideMovesEverything()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("SLUICE_HOME", home.path().toUtf8());
    QCOMPARE(AppPaths::dataDir(), home.filePath(QStringLiteral("data")));
    QCOMPARE(AppPaths::configDir(), home.filePath(QStringLiteral("config")));
    QVERIFY(AppPaths::jobStoreDir().startsWith(AppPaths::dataDir()));
    QVERIFY(AppPaths::defaultDumpDir().startsWith(AppPaths::dataDir()));
    qunsetenv("SLUICE_HOME");
    QVERIFY(!AppPaths::dataDir().startsWith(home.path()));
}

void TestAppPaths::sampleWorkingCopyIsMadeOnce()
{
    QTemporaryDir home;
    qputenv("SLUICE_HOME", home.path().toUtf8());
    QVERIFY2(QFileInfo::exists(SampleDatabase::bundledPath()),
             qPrintable(QStringLiteral("no built sample at ") + SampleDatabase::bundledPath()));

    SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
    const QString copy = SampleDatabase::workingCopyPath();
    QVERIFY(copy.startsWith(home.path()));
    QCOMPARE(QFileInfo(copy).size(), QFileInfo(SampleDatabase::bundledPath()).size());
    QVERIFY(QFileInfo(copy).isWritable());

    // A second call keeps the user's changes instead of copying over them.
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
    }
    QVERIFY(sample.ensureWorkingCopy());
    QCOMPARE(QFileInfo(copy).size(), QFileInfo(SampleDatabase::bundledPath()).size() + 1);
    qunsetenv("SLUICE_HOME");
}

void TestAppPaths::missingSampleIsReported()
{
    QTemporaryDir home;
    QTemporaryDir emptyData;
    qputenv("SLUICE_HOME", home.path().toUtf8());
    const QByteArray oldDataDir = qgetenv("SLUICE_DATA_DIR");
    qputenv("SLUICE_DATA_DIR", emptyData.path().toUtf8());
    SampleDatabase sample;
    QVERIFY(!sample.ensureWorkingCopy());
    QVERIFY2(sample.errorString().contains(QStringLiteral("SLUICE_DATA_DIR")),
             qPrintable(sample.errorString()));
    QVERIFY(!QFileInfo::exists(SampleDatabase::workingCopyPath()));
    qputenv("SLUICE_DATA_DIR", oldDataDir);
    qunsetenv("SLUICE_HOME");
}

void TestAppPaths::dialectNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dialect"); // -1: not a dialect
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << int(Dialect::SQLite);
    QTest::newRow("SQLite3") << QStringLiteral("SQLite3") << int(Dialect::SQLite);
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("postgres") << QStringLiteral("postgres") << int(Dialect::PostgreSQL);
    QTest::newRow("pg") << QStringLiteral(" PG ") << int(Dialect::PostgreSQL);
    QTest::newRow("mariadb") << QStringLiteral("mariadb") << int(Dialect::MariaDB);
    QTest::newRow("mysql") << QStringLiteral("MySQL") << int(Dialect::MariaDB);
    QTest::newRow("oracle") << QStringLiteral("oracle") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestAppPaths::dialectNames()
{
    QFETCH(QString, name);
    QFETCH(int, dialect);
    const auto parsed = dialectFromName(name);
    QCOMPARE(parsed.has_value(), dialect >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), dialect);
        QCOMPARE(dialectFromName(dialectName(*parsed)), parsed);
        QVERIFY(!qtDriverName(*parsed).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
