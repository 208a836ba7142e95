#include "engine/job/workscheduler.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace sluice::engine;

Q_DECLARE_METATYPE(sluice::engine::WorkItem)

// The scheduler's early starts: an item marked with waitForTableDataOnly() waits for
// its own table's data items only, one marked with waitForTablesOnly() for the items
// of its tables only; every other ordering rule stays a barrier.
class TestWorkScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void earlyStart_data();
    void earlyStart();
    void blockedWorkerWakes();
    void metadataStaysABarrier();
    void laterPhasesWaitForEarlyItems();
    void foreignKeyStartsEarly_data();
    void foreignKeyStartsEarly();
    void keysSharingATableTakeTurns();
    void keysIntoOneTableShareIt();

private:
    static WorkItem item(qint64 id, int phase, const QString &name, int chunk = 0)
    {
        WorkItem result;
        result.id = id;
        result.phase = phase;
        result.schema = QStringLiteral("s");
        result.name = name;
        result.chunk = chunk;
        return result;
    }
    static WorkItem indexOf(qint64 id, const QString &table, int phase = JobPhase::Index)
    {
        WorkItem result = item(id, phase, table + QStringLiteral("_idx"));
        WorkScheduler::waitForTableDataOnly(result, QStringLiteral("s"), table);
        return result;
    }
    // A foreign key of child referencing parent.
    static WorkItem keyOf(qint64 id, const QString &child, const QString &parent)
    {
        WorkItem result = item(id, JobPhase::RefConstraint, child + QStringLiteral("_fk"));
        WorkScheduler::waitForTablesOnly(
            result, {{QStringLiteral("s"), child}, {QStringLiteral("s"), parent}});
        return result;
    }
};

void TestWorkScheduler::earlyStart_data()
{
    QTest::addColumn<WorkItem>("candidate");
    QTest::addColumn<bool>("dataOfADone"); // false: A's data completed in an earlier run
    QTest::addColumn<bool>("ready");
    // Table A: one data chunk (id 1), done. Table B: two chunks (ids 2, 3), pending.
    QTest::newRow("index of A") << indexOf(10, QStringLiteral("A")) << true << true;
    QTest::newRow("index of A, restarted job") << indexOf(10, QStringLiteral("A")) << false << true;
    WorkItem key = item(10, JobPhase::Index, QStringLiteral("A"));
    WorkScheduler::waitForTableDataOnly(key, key.schema, key.name);
    QTest::newRow("key index of A") << key << true << true;
    QTest::newRow("index of B") << indexOf(10, QStringLiteral("B")) << true << false;
    QTest::newRow("unmarked index of A")
        << item(10, JobPhase::Index, QStringLiteral("A_idx")) << true << false;
    QTest::newRow("constraint of A")
        << item(10, JobPhase::Constraint, QStringLiteral("A")) << true << false;
    QTest::newRow("foreign key of A")
        << item(10, JobPhase::RefConstraint, QStringLiteral("A")) << true << false;
}

void TestWorkScheduler::earlyStart()
{
    QFETCH(WorkItem, candidate);
    QFETCH(bool, dataOfADone);
    QFETCH(bool, ready);
    const WorkItem dataA = item(1, JobPhase::TableData, QStringLiteral("A"));
    QList<WorkItem> items{candidate, item(3, JobPhase::TableData, QStringLiteral("B"), 1),
                          item(2, JobPhase::TableData, QStringLiteral("B"), 0)};
    if (dataOfADone)
        items.append(dataA);
    WorkScheduler scheduler;
    scheduler.load(items, 2);
    qint64 nextChunkOfB = 2;
    if (dataOfADone) {
        const auto first = scheduler.tryTake(1);
        const auto second = scheduler.tryTake(2);
        QVERIFY(first && second);
        QCOMPARE(first->id, 1);
        QCOMPARE(second->id, 2); // B's first chunk, still executing
        scheduler.release(*first);
        nextChunkOfB = 3;
    }
    const auto next = scheduler.tryTake(1);
    QVERIFY(next);
    // Ready: the candidate goes before B's pending chunk. Not ready: B's chunk goes.
    QCOMPARE(next->id, ready ? candidate.id : nextChunkOfB);
}

void TestWorkScheduler::blockedWorkerWakes()
{
    WorkScheduler scheduler;
    scheduler.load({item(1, JobPhase::TableData, QStringLiteral("A")),
                    item(2, JobPhase::TableData, QStringLiteral("B")),
                    indexOf(3, QStringLiteral("A"))},
                   2);
    const auto dataA = scheduler.take(1);
    const auto dataB = scheduler.take(2);
    QVERIFY(dataA && dataB);
    std::optional<WorkItem> taken;
    QThread *taker = QThread::create([&] { taken = scheduler.take(3); });
    scheduler.setParallel(3);
    taker->start();
    // A failed check must not leave the taker blocked: stop() wakes it.
    const auto cleanup = qScopeGuard([&] {
        scheduler.stop();
        taker->wait();
        delete taker;
    });
    QVERIFY(!taker->wait(150)); // A's data still executing
    scheduler.release(*dataA);
    QVERIFY(taker->wait(5000)); // B's data is still executing: the index of A starts
    QVERIFY(taken);
    QCOMPARE(taken->id, 3);
    QCOMPARE(scheduler.executingCount(), 2);
}

void TestWorkScheduler::metadataStaysABarrier()
{
    WorkScheduler scheduler;
    scheduler.load(
        {item(1, JobPhase::Metadata, QStringLiteral("B")), indexOf(2, QStringLiteral("A"))}, 2);
    const auto metadata = scheduler.tryTake(1);
    QVERIFY(metadata);
    QCOMPARE(metadata->id, 1);
    QVERIFY(!scheduler.tryTake(2)); // A has no data, but the metadata phase is open
    scheduler.release(*metadata);
    const auto index = scheduler.tryTake(2);
    QVERIFY(index);
    QCOMPARE(index->id, 2);
}

void TestWorkScheduler::laterPhasesWaitForEarlyItems()
{
    WorkScheduler scheduler;
    scheduler.load({item(1, JobPhase::TableData, QStringLiteral("A")),
                    item(2, JobPhase::TableData, QStringLiteral("B")),
                    indexOf(3, QStringLiteral("A")),
                    item(4, JobPhase::RefConstraint, QStringLiteral("B"))},
                   2);
    const auto dataA = scheduler.tryTake(1);
    const auto dataB = scheduler.tryTake(2);
    QVERIFY(dataA && dataB);
    scheduler.release(*dataA);
    const auto index = scheduler.tryTake(1);
    QVERIFY(index);
    QCOMPARE(index->id, 3);
    scheduler.release(*dataB);
    QVERIFY(!scheduler.tryTake(2)); // the foreign key waits for A's index
    scheduler.release(*index);
    const auto key = scheduler.tryTake(2);
    QVERIFY(key);
    QCOMPARE(key->id, 4);
    scheduler.release(*key);
    QVERIFY(scheduler.isDone());
}

void TestWorkScheduler::foreignKeyStartsEarly_data()
{
    QTest::addColumn<QList<WorkItem>>("open"); // items besides C's data chunk, pending
    QTest::addColumn<bool>("ready");
    // B references A; A and B have their data in, C still loads (id 9, pending).
    QTest::newRow("both tables done") << QList<WorkItem>{} << true;
    QTest::newRow("child's index pending")
        << QList<WorkItem>{indexOf(5, QStringLiteral("B"))} << false;
    QTest::newRow("parent's key pending")
        << QList<WorkItem>{item(5, JobPhase::Constraint, QStringLiteral("A"))} << false;
    QTest::newRow("parent's data pending")
        << QList<WorkItem>{item(5, JobPhase::TableData, QStringLiteral("A"), 1)} << false;
    QTest::newRow("other table's index pending")
        << QList<WorkItem>{indexOf(5, QStringLiteral("C"))} << true;
    QTest::newRow("index of no known table pending")
        << QList<WorkItem>{item(5, JobPhase::Index, QStringLiteral("some_idx"))} << false;
    QTest::newRow("metadata pending")
        << QList<WorkItem>{item(5, JobPhase::Metadata, QStringLiteral("D"))} << false;
}

void TestWorkScheduler::foreignKeyStartsEarly()
{
    QFETCH(QList<WorkItem>, open);
    QFETCH(bool, ready);
    QList<WorkItem> items{keyOf(20, QStringLiteral("B"), QStringLiteral("A")),
                          item(9, JobPhase::TableData, QStringLiteral("C"))};
    items += open;
    WorkScheduler scheduler;
    scheduler.load(items, 3);
    QList<WorkItem> taken;
    for (int worker = 1; worker <= 3; ++worker) {
        if (const auto next = scheduler.tryTake(worker))
            taken << *next;
    }
    if (ready) {
        QVERIFY(!taken.isEmpty());
        QCOMPARE(taken.constFirst().id, 20); // before C's chunk
        return;
    }
    for (const WorkItem &next : std::as_const(taken))
        QVERIFY(next.id != 20);
    // Once what it waits for is done, the key goes.
    for (int round = 0; round < 5; ++round) {
        for (const WorkItem &done : std::as_const(taken))
            scheduler.release(done);
        taken.clear();
        while (const auto next = scheduler.tryTake(1)) {
            if (next->id == 20)
                return;
            taken << *next;
        }
    }
    QFAIL("The foreign key never started.");
}

void TestWorkScheduler::keysSharingATableTakeTurns()
{
    WorkScheduler scheduler;
    // Everything else is done: three keys, two of them on table A.
    scheduler.load({keyOf(1, QStringLiteral("B"), QStringLiteral("A")),
                    keyOf(2, QStringLiteral("C"), QStringLiteral("A")),
                    keyOf(3, QStringLiteral("D"), QStringLiteral("E"))},
                   3);
    const auto first = scheduler.tryTake(1);
    QVERIFY(first);
    QCOMPARE(first->id, 1);
    const auto second = scheduler.tryTake(2);
    QVERIFY(second);
    QCOMPARE(second->id, 3); // key 2 shares A with the running key 1
    QVERIFY(!scheduler.tryTake(3));
    scheduler.release(*first);
    const auto third = scheduler.tryTake(3);
    QVERIFY(third);
    QCOMPARE(third->id, 2);
    scheduler.release(*second);
    scheduler.release(*third);
    QVERIFY(scheduler.isDone());
}

// Keys added NOT VALID and then validated hold the referenced table shared: two keys
// into one table run side by side, a key of that table (its rows read by VALIDATE,
// held exclusively) waits for them.
void TestWorkScheduler::keysIntoOneTableShareIt()
{
    const auto sharedKey = [](qint64 id, const QString &child, const QString &parent) {
        WorkItem key = keyOf(id, child, parent);
        WorkScheduler::shareTables(key, {{QStringLiteral("s"), parent}});
        return key;
    };
    WorkScheduler scheduler;
    scheduler.load({sharedKey(1, QStringLiteral("B"), QStringLiteral("A")),
                    sharedKey(2, QStringLiteral("C"), QStringLiteral("A")),
                    sharedKey(3, QStringLiteral("A"), QStringLiteral("D"))},
                   3);
    const auto first = scheduler.tryTake(1);
    const auto second = scheduler.tryTake(2);
    QVERIFY(first && second);
    QCOMPARE(first->id, 1);
    QCOMPARE(second->id, 2);
    QVERIFY(!scheduler.tryTake(3)); // A's own key reads A: it waits for both
    scheduler.release(*first);
    QVERIFY(!scheduler.tryTake(3));
    scheduler.release(*second);
    const auto third = scheduler.tryTake(3);
    QVERIFY(third);
    QCOMPARE(third->id, 3);
    scheduler.release(*third);
    QVERIFY(scheduler.isDone());
}

QTEST_GUILESS_MAIN(TestWorkScheduler)
#include "tst_workscheduler.moc"
