// The export's chunk size: 8 MB chunks share a table among PARALLEL workers; a
// PostgreSQL export at PARALLEL=1 cuts tables only above 256 MB (a key-range chunk
// costs the server more than a whole-table COPY); FILESIZE caps both.
#include "engine/exportjob/exportdefiner.h"

#include <QStandardPaths>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

class TestExportChunkTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void target_data();
    void target();
};

void TestExportChunkTarget::target_data()
{
    constexpr qint64 mb = 1024 * 1024;
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("parallel");
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("PostgreSQL, one worker")
        << int(Dialect::PostgreSQL) << 1 << qint64(0) << 256 * mb;
    QTest::newRow("PostgreSQL, two workers")
        << int(Dialect::PostgreSQL) << 2 << qint64(0) << 8 * mb;
    QTest::newRow("PostgreSQL, eight workers")
        << int(Dialect::PostgreSQL) << 8 << qint64(0) << 8 * mb;
    QTest::newRow("PostgreSQL, one worker, FILESIZE=100M")
        << int(Dialect::PostgreSQL) << 1 << 100 * mb << 25 * mb;
    QTest::newRow("PostgreSQL, two workers, FILESIZE=16M")
        << int(Dialect::PostgreSQL) << 2 << 16 * mb << 4 * mb;
    QTest::newRow("PostgreSQL, one worker, FILESIZE=2G")
        << int(Dialect::PostgreSQL) << 1 << 2048 * mb << 256 * mb;
    QTest::newRow("MariaDB, one worker") << int(Dialect::MariaDB) << 1 << qint64(0) << 8 * mb;
    QTest::newRow("SQLite, one worker") << int(Dialect::SQLite) << 1 << qint64(0) << 8 * mb;
    QTest::newRow("SQLite, one worker, FILESIZE=6M")
        << int(Dialect::SQLite) << 1 << 6 * mb << qint64(6 * mb / 4);
}

void TestExportChunkTarget::target()
{
    QFETCH(int, dialect);
    QFETCH(int, parallel);
    QFETCH(qint64, fileSize);
    QFETCH(qint64, expected);
    QCOMPARE(ExportDefiner::chunkTargetBytes(Dialect(dialect), parallel, fileSize), expected);
}

QTEST_GUILESS_MAIN(TestExportChunkTarget)
#include "tst_exportchunktarget.moc"
