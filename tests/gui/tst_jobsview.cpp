// The jobs view: a running export is stopped from the view, restarted from it
// (a new host with the credentials) and completes; every command goes through
// the real actions on a generated SQLite database large enough to stop midway.
#include "guitestsupport.h"

#include "gui/jobs/jobcommands.h"
#include "gui/jobs/jobsview.h"
#include "gui/jobs/jobtablemodel.h"
#include "gui/jobs/progressview.h"
#include "gui/mainwindow.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/core/apppaths.h"
#include "engine/dump/dumpreader.h"
#include "engine/job/jobstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestJobsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void stopsAndRestartsAJob();
    void killAsksFirst();
    void attachesAndClosesAProgressView();

private:
    [[nodiscard]] static std::optional<engine::JobStatus> find(const JobsView &view,
                                                               const QString &name);
    static void trigger(JobsView &view, const QString &action);
    static engine::JobSpec exportSpec(const QString &jobName, const QString &dumpFile);
    QTemporaryDir m_home;
    // A database big enough that a job on it still runs while the test works the
    // view, on a fast machine too (the shared one exports it in a few seconds).
    QString m_big;
};

void TestJobsView::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    JobCommands::setHostProgram(guitest::hostProgram());
    const QString database = m_home.filePath(u"load.db"_s);
    const QString error = guitest::generateSqliteDatabase(database, 8, 120000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_big = m_home.filePath(u"big.db"_s);
    const QString generated = guitest::generateSqliteDatabase(m_big, 8, 800000);
    QVERIFY2(generated.isEmpty(), qPrintable(generated));
    engine::ConnectionProfileStore store;
    QVERIFY(store.load());
    engine::ConnectionProfile profile;
    profile.name = u"load"_s;
    profile.params.filePath = database;
    QVERIFY2(store.add(profile) && store.save(), qPrintable(store.errorString()));
}

void TestJobsView::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

std::optional<engine::JobStatus> TestJobsView::find(const JobsView &view, const QString &name)
{
    const int row = view.model()->rowOf(name);
    if (row < 0)
        return std::nullopt;
    return *view.model()->job(row);
}

void TestJobsView::trigger(JobsView &view, const QString &action)
{
    auto *found = view.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QVERIFY2(found->isEnabled(), qPrintable(action + u" is disabled"_s));
    found->trigger();
}

engine::JobSpec TestJobsView::exportSpec(const QString &jobName, const QString &dumpFile)
{
    engine::JobSpec spec;
    spec.connection = u"load"_s;
    spec.jobName = engine::SqlName{jobName, false};
    spec.dumpFiles = {engine::FileSpec{{}, dumpFile}};
    spec.keepMaster = true;
    spec.parallel = 1;
    return spec;
}

void TestJobsView::stopsAndRestartsAJob()
{
    JobsView view(nullptr);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const JobCommandResult launched =
        JobCommands::launchExport(exportSpec(u"STOPME"_s, u"stopme.dmp"_s), {});
    QVERIFY2(launched.ok, qPrintable(launched.error));

    // The view polls by itself while visible.
    QTRY_VERIFY_WITH_TIMEOUT(find(view, u"STOPME"_s) &&
                                 find(view, u"STOPME"_s)->state == engine::JobState::Executing &&
                                 find(view, u"STOPME"_s)->hostAlive,
                             30000);
    view.selectJob(u"STOPME"_s);
    QSignalSpy commands(&view, &JobsView::commandFinished);
    trigger(view, u"actionStopJob"_s);
    QVERIFY(commands.wait(10000));
    QVERIFY2(commands.first().at(0).toBool(), qPrintable(commands.first().at(1).toString()));
    QTRY_VERIFY2_WITH_TIMEOUT(find(view, u"STOPME"_s)->state == engine::JobState::NotRunning,
                              qPrintable(engine::jobStateName(find(view, u"STOPME"_s)->state)),
                              60000);
    const engine::JobStatus stopped = *find(view, u"STOPME"_s);
    QVERIFY2(stopped.stopReason.contains(u"user"), qPrintable(stopped.stopReason));
    QVERIFY2(stopped.progress.objectsDone < stopped.progress.objectsTotal,
             "the job finished before the stop arrived: make the database larger");

    view.selectJob(u"STOPME"_s);
    QTRY_VERIFY(view.findChild<QAction *>(u"actionRestartJob"_s)->isEnabled());
    commands.clear();
    trigger(view, u"actionRestartJob"_s);
    QVERIFY(commands.wait(30000));
    QVERIFY2(commands.first().at(0).toBool(), qPrintable(commands.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(find(view, u"STOPME"_s)->state == engine::JobState::Completed, 120000);
    QCOMPARE(find(view, u"STOPME"_s)->exitCode, 0);

    // The restarted job wrote every row once.
    engine::DumpReader reader;
    QVERIFY2(reader.open({QDir(engine::AppPaths::defaultDumpDir()).filePath(u"stopme.dmp"_s)}),
             qPrintable(reader.errorString()));
    qint64 rows = 0;
    for (const engine::DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind == engine::DumpMemberKind::Data)
            rows += member.spec.rows;
    }
    QCOMPARE(rows, qint64(8 * 120000));

    // Finished with KEEP_MASTER=YES: only Remove is left.
    view.selectJob(u"STOPME"_s);
    QVERIFY(!view.findChild<QAction *>(u"actionStopJob"_s)->isEnabled());
    QVERIFY(!view.findChild<QAction *>(u"actionKillJob"_s)->isEnabled());
    commands.clear();
    trigger(view, u"actionRemoveJob"_s);
    QVERIFY(commands.wait(10000));
    QVERIFY2(commands.first().at(0).toBool(), qPrintable(commands.first().at(1).toString()));
    QTRY_VERIFY(!find(view, u"STOPME"_s));
    view.close();
}

void TestJobsView::killAsksFirst()
{
    JobsView view(nullptr);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The job must still run when KILL_JOB arrives: a job that completed keeps its
    // master table (KEEP_MASTER) and a kill has nothing left to end.
    engine::JobSpec spec = exportSpec(u"KILLME"_s, u"killme.dmp"_s);
    spec.connection = u"sqlite://"_s + m_big;
    const JobCommandResult launched = JobCommands::launchExport(spec, {});
    QVERIFY2(launched.ok, qPrintable(launched.error));
    QTRY_VERIFY_WITH_TIMEOUT(find(view, u"KILLME"_s) &&
                                 find(view, u"KILLME"_s)->state == engine::JobState::Executing,
                             30000);
    view.selectJob(u"KILLME"_s);
    QTRY_VERIFY(view.findChild<QAction *>(u"actionKillJob"_s)->isEnabled());

    // "No" leaves the job alone.
    trigger(view, u"actionKillJob"_s);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = guitest::findTopLevel<QMessageBox>(u"killJobQuestion"_s)));
    question->button(QMessageBox::No)->click();
    QTRY_VERIFY(!guitest::findTopLevel<QMessageBox>(u"killJobQuestion"_s));
    QTest::qWait(500);
    QVERIFY(find(view, u"KILLME"_s));

    QSignalSpy commands(&view, &JobsView::commandFinished);
    trigger(view, u"actionKillJob"_s);
    QTRY_VERIFY((question = guitest::findTopLevel<QMessageBox>(u"killJobQuestion"_s)));
    question->button(QMessageBox::Yes)->click();
    QVERIFY(commands.wait(30000));
    QVERIFY2(commands.first().at(0).toBool(), qPrintable(commands.first().at(1).toString()));
    // KILL_JOB removes the master table and the dump files.
    QTRY_VERIFY_WITH_TIMEOUT(!find(view, u"KILLME"_s), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !QFileInfo::exists(QDir(engine::AppPaths::defaultDumpDir()).filePath(u"killme.dmp"_s)),
        10000);
    view.close();
}

void TestJobsView::attachesAndClosesAProgressView()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobsView &view = *window.jobsView();
    // The big database: the job still runs while the view is closed and reattached.
    engine::JobSpec spec = exportSpec(u"ATTACHME"_s, u"attachme.dmp"_s);
    spec.connection = u"sqlite://"_s + m_big;
    spec.keepMaster = false;
    const JobCommandResult launched = JobCommands::launchExport(spec, {});
    QVERIFY2(launched.ok, qPrintable(launched.error));
    QTRY_VERIFY_WITH_TIMEOUT(find(view, u"ATTACHME"_s) &&
                                 find(view, u"ATTACHME"_s)->state == engine::JobState::Executing,
                             30000);
    view.selectJob(u"ATTACHME"_s);
    trigger(view, u"actionAttachJob"_s);
    ProgressView *progress = window.progressView(u"ATTACHME"_s);
    QVERIFY(progress);
    QTRY_VERIFY(progress->isJobRunning());

    // PARALLEL=2 from the progress view reaches the job.
    auto *spin = progress->findChild<QSpinBox *>(u"parallelSpin"_s);
    spin->setValue(2);
    progress->findChild<QPushButton *>(u"parallelButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        find(view, u"ATTACHME"_s) && find(view, u"ATTACHME"_s)->progress.parallel == 2, 15000);

    // Closing the tab while the job runs asks first; Cancel keeps it.
    auto *tabs = window.findChild<QTabWidget *>(u"workTabs"_s);
    QVERIFY(tabs);
    window.requestCloseTab(tabs->indexOf(progress));
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = guitest::findTopLevel<QMessageBox>(u"closeRunningJobQuestion"_s)));
    QVERIFY(question->text().contains(u"background"));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!guitest::findTopLevel<QMessageBox>(u"closeRunningJobQuestion"_s));
    QVERIFY(window.progressView(u"ATTACHME"_s));
    window.requestCloseTab(tabs->indexOf(progress));
    QTRY_VERIFY((question = guitest::findTopLevel<QMessageBox>(u"closeRunningJobQuestion"_s)));
    question->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!window.progressView(u"ATTACHME"_s));

    // The job goes on without the view, and can be attached again until it ends.
    QVERIFY(find(view, u"ATTACHME"_s));
    view.selectJob(u"ATTACHME"_s);
    trigger(view, u"actionAttachJob"_s);
    progress = window.progressView(u"ATTACHME"_s);
    QVERIFY(progress);
    QSignalSpy finished(progress, &ProgressView::jobFinished);
    QVERIFY(finished.count() > 0 || finished.wait(120000));
    QCOMPARE(finished.first().at(0).toInt(), 0);
    // A finished job's view closes without asking.
    window.requestCloseTab(tabs->indexOf(progress));
    QTRY_VERIFY(!window.progressView(u"ATTACHME"_s));
    window.close();
}

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
