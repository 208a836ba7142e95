// The GUI thread never waits on the database, the disk or the job: an export of
// the benchmark-sized data (bench/README.md: 6.5 million rows in 5 tables with
// text, numeric, timestamp and bytea columns, about 450 MB as a SQLite file,
// generated here in about 20 s) is run from the export wizard with the progress
// view and the jobs view open, while a 10 ms timer measures the longest stall of
// the event loop.
#include "guitestsupport.h"

#include "gui/jobs/jobcommands.h"
#include "gui/jobs/joblogview.h"
#include "gui/jobs/jobsview.h"
#include "gui/jobs/progressview.h"
#include "gui/mainwindow.h"
#include "gui/wizards/exportwizard.h"

#include "engine/connection/connectionprofilestore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QSignalSpy>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

namespace {

// The limit for one stall of the GUI thread during an export.
constexpr qint64 kMaxExportStallMs = 100;

} // namespace

class TestExportThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportDoesNotStallTheGuiThread();

private:
    QTemporaryDir m_home;
    qint64 m_databaseSize = 0;
    guitest::BenchmarkRows m_rows; // full scale
};

void TestExportThreads::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    JobCommands::setHostProgram(guitest::hostProgram());
    const QString database = m_home.filePath(u"bench.db"_s);
    QElapsedTimer generation;
    generation.start();
    const QString error = guitest::generateBenchmarkDatabase(database, m_rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_databaseSize = QFileInfo(database).size();
    qInfo("generated %lld rows, %lld bytes in %lld ms", m_rows.total(), m_databaseSize,
          generation.elapsed());
    QVERIFY2(m_databaseSize > 400 * 1024 * 1024, qPrintable(QString::number(m_databaseSize)));
    engine::ConnectionProfileStore store;
    QVERIFY(store.load());
    engine::ConnectionProfile profile;
    profile.name = u"bench"_s;
    profile.params.filePath = database;
    QVERIFY2(store.add(profile) && store.save(), qPrintable(store.errorString()));
}

void TestExportThreads::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestExportThreads::exportDoesNotStallTheGuiThread()
{
    MainWindow window;
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    guitest::EventLoopWatch watch;
    watch.start();

    ExportWizard *wizard = window.showExportWizard();
    wizard->setConnection(u"bench"_s);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->catalog().has_value(), 30000);
    for (int i = 0; i < 10 && wizard->currentId() != exportwizard::Page_Summary; ++i)
        wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(exportwizard::Page_Summary));
    QSignalSpy started(wizard, &ExportWizard::jobStarted);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(started.count() > 0 || started.wait(30000));
    const QString jobName = started.first().at(0).toString();

    ProgressView *progress = window.progressView(jobName);
    QVERIFY2(progress, qPrintable(jobName));
    QSignalSpy finished(progress, &ProgressView::jobFinished);
    QVERIFY(finished.count() > 0 || finished.wait(400000));
    watch.stop();
    QVERIFY2(finished.first().at(0).toInt() == 0, qPrintable(progress->logView()->toPlainText()));
    QCOMPARE(progress->rowsDone(), m_rows.total());

    qInfo("export of %lld rows, %lld bytes: %d ticks, longest GUI stall %lld ms", m_rows.total(),
          m_databaseSize, watch.ticks(), watch.longestGapMs());
    QVERIFY(watch.ticks() > 10);
    QVERIFY2(
        watch.longestGapMs() <= kMaxExportStallMs,
        qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(watch.longestGapMs())));
    window.close();
}

QTEST_MAIN(TestExportThreads)
#include "tst_exportthreads.moc"
