#pragma once

// Shared helpers of the GUI tests (header-only: each test is one executable).

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

namespace sluice::guitest {

// Measures how long the GUI thread went without running its event loop: a timer
// ticks every 10 ms and the longest gap between two ticks is kept.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longestGap = qMax(m_longestGap, m_sinceTick.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] qint64 longestGapMs() const { return m_longestGap; }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

// Holds every worker of a thread pool at a gate, so that work started meanwhile
// waits in the pool's queue until the test lets workers go, one at a time if it
// likes. Whatever happens, the destructor lets every worker go and waits for them.
class PoolGate
{
public:
    explicit PoolGate(QThreadPool *pool)
        : m_pool(pool)
    {
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            block();
    }
    ~PoolGate()
    {
        letGo(m_blocked - m_released);
        m_pool->waitForDone(60000);
    }
    PoolGate(const PoolGate &) = delete;
    PoolGate &operator=(const PoolGate &) = delete;

    // Queues one more blocker behind whatever is queued now.
    void block()
    {
        ++m_blocked;
        m_pool->start([this] { m_gate.acquire(); });
    }
    void letGo(int workers = 1)
    {
        if (workers <= 0)
            return;
        m_released += workers;
        m_gate.release(workers);
    }
    void letAllGo() { letGo(m_blocked - m_released); }

private:
    QThreadPool *m_pool;
    QSemaphore m_gate;
    int m_blocked = 0;
    int m_released = 0;
};

// The longest the event loop may stall while a worker runs: a few missed ticks.
constexpr qint64 kMaxStallMs = 60;

// SLUICE_HOME in a temporary folder, the keychain off, test mode for QStandardPaths.
inline bool setUpHome(const QTemporaryDir &home)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!home.isValid())
        return false;
    qputenv("SLUICE_HOME", home.path().toUtf8());
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    return true;
}

// tst_qwizard's check: every window and dialog a test opened must be gone.
inline QString visibleTopLevelWidgets()
{
    QStringList open;
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->isVisible())
            open.append(w->objectName().isEmpty()
                            ? QString::fromLatin1(w->metaObject()->className())
                            : w->objectName());
    }
    return open.join(QLatin1String(", "));
}

// The newest visible top-level widget of a type (dialogs opened with open()).
template <typename T>
T *findTopLevel(const QString &objectName = {})
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        auto *typed = qobject_cast<T *>(w);
        if (typed && typed->isVisible() && (objectName.isEmpty() || w->objectName() == objectName))
            return typed;
    }
    return nullptr;
}

// A SQLite database of realistic size for job tests, made with the sqlite3 client:
// `tables` tables of `rowsPerTable` rows of about 170 bytes (300k rows ~ 50 MB).
// Returns an error message, or empty.
inline QString generateSqliteDatabase(const QString &path, int tables, int rowsPerTable)
{
    QString script = QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;\n");
    for (int t = 1; t <= tables; ++t) {
        script +=
            QStringLiteral(
                "CREATE TABLE load_%1 (id INTEGER PRIMARY KEY, code TEXT NOT NULL, "
                "amount REAL, created TEXT, payload TEXT);\n"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                "INSERT INTO load_%1 SELECT i, printf('C%08d', i), i * 1.25, "
                "datetime(1600000000 + i, 'unixepoch'), hex(randomblob(64)) FROM n;\n")
                .arg(t)
                .arg(rowsPerTable);
    }
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path});
    if (!sqlite.waitForStarted(10000))
        return QStringLiteral("sqlite3 did not start: ") + sqlite.errorString();
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(300000) || sqlite.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") +
               QString::fromUtf8(sqlite.readAllStandardError());
    return {};
}

// The rows of the benchmark's dataset at full scale (bench/README.md): customers,
// products, orders, order_lines, attachments; 6.5 million rows in all.
struct BenchmarkRows
{
    qint64 customers = 500000;
    qint64 products = 20000;
    qint64 orders = 1500000;
    qint64 orderLines = 4450000;
    qint64 attachments = 30000;
    [[nodiscard]] qint64 total() const
    {
        return customers + products + orders + orderLines + attachments;
    }
};

// A SQLite database of the benchmark's shape and size: the benchmark's own table
// definitions (bench/sql/sqlite-tables.sql: text, numeric, timestamp and bytea
// columns, foreign keys), filled by recursive-CTE INSERT ... SELECT in one
// transaction (non-ASCII text, NULLs, 1-5 KB BLOBs half random, half repetitive),
// then its two indexes and the view. About 450 MB and 20 s at full scale.
// Returns an error message, or empty.
inline QString generateBenchmarkDatabase(const QString &path, const BenchmarkRows &rows = {})
{
    QFile tables(qEnvironmentVariable("SLUICE_SOURCE_DIR") +
                 QStringLiteral("/bench/sql/sqlite-tables.sql"));
    if (!tables.open(QIODevice::ReadOnly | QIODevice::Text))
        return tables.fileName() + QStringLiteral(": ") + tables.errorString();
    const auto fill = [](const QString &table, qint64 count, const QString &select) {
        return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < %1) INSERT INTO %2 SELECT %3 FROM n;\n")
            .arg(count)
            .arg(table, select);
    };
    QString script = QStringLiteral("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;\n") +
                     QString::fromUtf8(tables.readAll()) + QStringLiteral("BEGIN;\n");
    script += fill(
        QStringLiteral("customers"), rows.customers,
        QStringLiteral("i, 'Customer ' || i || CASE i % 7 WHEN 0 THEN ' 東京' WHEN 1 THEN "
                       "' straße' ELSE '' END, CASE WHEN i % 10 = 0 THEN NULL ELSE 'user' || i "
                       "|| '@example.com' END, CASE i % 4 WHEN 0 THEN 'DE' WHEN 1 THEN 'JP' "
                       "WHEN 2 THEN 'US' ELSE 'FR' END, strftime('%Y-%m-%d %H:%M:%f', "
                       "1500000000 + i * 37, 'unixepoch'), round((i % 100000) * 1.37, 2), "
                       "CASE WHEN i % 3 = 0 THEN 'note for customer ' || i ELSE NULL END"));
    script += fill(QStringLiteral("products"), rows.products,
                   QStringLiteral("i, printf('SKU-%08d', i), 'Product ' || i || ' description', "
                                  "round(1 + (i % 5000) * 0.25, 2), (i % 1000) / 7.0"));
    script += fill(QStringLiteral("orders"), rows.orders,
                   QStringLiteral("i, 1 + (i * 7919) % %1, strftime('%Y-%m-%d %H:%M:%f', "
                                  "1550000000 + i * 11, 'unixepoch'), CASE i % 3 WHEN 0 THEN "
                                  "'shipped' WHEN 1 THEN 'open' ELSE 'cancelled' END, "
                                  "round((i % 50000) * 2.11, 2), CASE WHEN i % 5 = 0 THEN "
                                  "'comment ' || i ELSE NULL END")
                       .arg(rows.customers));
    script += fill(QStringLiteral("order_lines"), rows.orderLines,
                   QStringLiteral("i, 1 + (i - 1) * %1 / %2, 1 + (i * 31) % %3, 1 + i % 9, "
                                  "round(1 + (i % 5000) * 0.25, 2), (i % 4) * 2.5")
                       .arg(rows.orders)
                       .arg(rows.orderLines)
                       .arg(rows.products));
    script += fill(QStringLiteral("attachments"), rows.attachments,
                   QStringLiteral("i, 1 + (i * 50) % %1, 'file' || i || '.bin', CASE WHEN i % 2 "
                                  "= 0 THEN randomblob(1024 + i % 4096) ELSE zeroblob(1024 + i "
                                  "% 4096) END, strftime('%Y-%m-%d %H:%M:%f', 1600000000 + i, "
                                  "'unixepoch')")
                       .arg(rows.orders));
    script += QStringLiteral("COMMIT;\n"
                             "CREATE INDEX orders_customer_ix ON orders (customer_id);\n"
                             "CREATE INDEX order_lines_order_ix ON order_lines (order_id);\n"
                             "CREATE VIEW order_totals AS SELECT o.id AS order_id, o.customer_id, "
                             "sum(l.qty * l.unit_price) AS amount FROM orders o JOIN order_lines l "
                             "ON l.order_id = o.id GROUP BY o.id, o.customer_id;\n");
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), path});
    if (!sqlite.waitForStarted(10000))
        return QStringLiteral("sqlite3 did not start: ") + sqlite.errorString();
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(300000) || sqlite.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") +
               QString::fromUtf8(sqlite.readAllStandardError());
    return {};
}

// Where the GUI finds sluice-cli to host jobs in the tests (bin/, not tests/bin/).
inline QString hostProgram()
{
    return qEnvironmentVariable("SLUICE_BIN_DIR") + QStringLiteral("/sluice-cli");
}

} // namespace sluice::guitest
