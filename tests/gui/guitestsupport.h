#pragma once

// Shared helpers of the GUI tests (header-only: each test is one executable).

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

// Where the GUI finds sluice-cli to host jobs in the tests (bin/, not tests/bin/).
inline QString hostProgram()
{
    return qEnvironmentVariable("SLUICE_BIN_DIR") + QStringLiteral("/sluice-cli");
}

} // namespace sluice::guitest
