// The scheduled jobs GUI: the schedule editor validates as the user types (error
// and position) and previews the next runs; the on/off switch reaches the saved
// job's file; the run history highlights a failed run and opens its log; a run that
// failed since the last start is pointed out; Duplicate and Delete change the store.
#include "guitestsupport.h"

#include "gui/schedule/failedrunnotice.h"
#include "gui/schedule/runhistoryview.h"
#include "gui/schedule/savedjobsview.h"
#include "gui/schedule/scheduleeditordialog.h"

#include "engine/schedule/calendarparser.h"
#include "engine/schedule/runhistory.h"
#include "engine/schedule/savedjobstore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestScheduledJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void editorValidatesAndPreviews_data();
    void editorValidatesAndPreviews();
    void editorComposesShortForms();
    void switchingAJobOffReachesTheStore();
    void historyHighlightsAFailedRun();
    void failedRunSinceLastStartIsPointedOut();
    void duplicatesAndDeletes();

private:
    [[nodiscard]] engine::RunRecord record(const QString &job, engine::RunRecord::Kind kind,
                                           const QDateTime &start) const;
    QTemporaryDir m_home;
};

void TestScheduledJobs::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    engine::SavedJobStore store;
    for (const QString &name : {u"nightly_copy"_s, u"weekly_export"_s}) {
        engine::SavedJob job;
        job.name = name;
        job.operation =
            name.contains(u"copy") ? engine::JobOperation::Import : engine::JobOperation::Export;
        job.connection = u"hr_sample"_s;
        job.parfile = u"USERID=hr_sample\n"_s;
        job.created = QDateTime::currentDateTime();
        QVERIFY2(store.save(job), qPrintable(store.errorString()));
    }
}

void TestScheduledJobs::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

engine::RunRecord TestScheduledJobs::record(const QString &job, engine::RunRecord::Kind kind,
                                            const QDateTime &start) const
{
    engine::RunRecord run;
    run.runId = job + start.toString(Qt::ISODate);
    run.jobName = job;
    run.scheduled = true;
    run.start = start;
    run.end = start.addSecs(30);
    run.kind = kind;
    run.exitCode = kind == engine::RunRecord::Kind::Completed ? 0 : 1;
    run.reason = kind == engine::RunRecord::Kind::Failed ? u"No password for pgdown"_s : QString();
    run.runLog = m_home.filePath(job + u".log"_s);
    return run;
}

void TestScheduledJobs::editorValidatesAndPreviews_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("errorPosition"); // 0: valid

    QTest::newRow("daily at 4") << u"FREQ=DAILY; INTERVAL=1; BYHOUR=4"_s << 0;
    QTest::newRow("weekly") << u"FREQ=WEEKLY; BYDAY=MON,FRI; BYHOUR=22; BYMINUTE=15"_s << 0;
    QTest::newRow("short form") << u"monthly last 04:30"_s << 0;
    QTest::newRow("unknown clause") << u"FREQ=DAILY; BYSECOND=5"_s << 13;
    QTest::newRow("bad hour") << u"FREQ=DAILY; BYHOUR=25"_s << 20;
    QTest::newRow("no frequency") << u"BYHOUR=4"_s << 1;
}

void TestScheduledJobs::editorValidatesAndPreviews()
{
    QFETCH(QString, text);
    QFETCH(int, errorPosition);
    ScheduleEditorDialog dialog(u"nightly_copy"_s, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QAbstractButton *>(u"scheduleKind3"_s)->click(); // calendar syntax
    auto *edit = dialog.findChild<QLineEdit *>(u"scheduleTextEdit"_s);
    QVERIFY(!edit->isReadOnly());
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
    engine::CalendarParser parser;
    const auto spec = parser.parse(text);
    if (errorPosition == 0) {
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(spec);
        const QStringList runs = dialog.nextRuns();
        QCOMPARE(runs.size(), 5);
        const QList<QDateTime> expected = spec->nextRuns(QDateTime::currentDateTime(), 5);
        QCOMPARE(runs.first(), QLocale().toString(expected.first(), QLocale::LongFormat));
        QVERIFY(dialog.registerButton()->isEnabled());
    } else {
        QVERIFY(!spec);
        QCOMPARE(dialog.errorText(), parser.errorString());
        QCOMPARE(dialog.errorPosition(), errorPosition);
        QCOMPARE(edit->text(), text); // typing is never disturbed by the check
        QVERIFY(dialog.findChild<QLabel *>(u"scheduleStatusLabel"_s)
                    ->text()
                    .contains(u"at %1"_s.arg(errorPosition)));
        QVERIFY(dialog.nextRuns().isEmpty());
        QVERIFY(!dialog.registerButton()->isEnabled());
    }
    dialog.close();
}

void TestScheduledJobs::editorComposesShortForms()
{
    ScheduleEditorDialog dialog(u"nightly_copy"_s, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(u"scheduleTextEdit"_s);
    QCOMPARE(edit->text(), u"daily 04:00"_s);
    QVERIFY(edit->isReadOnly());
    dialog.findChild<QAbstractButton *>(u"scheduleKind1"_s)->click(); // weekly
    dialog.findChild<QAbstractButton *>(u"weekday5"_s)->click();      // + Friday
    QCOMPARE(edit->text(), u"weekly mon,fri 04:00"_s);
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(dialog.nextRuns().size(), 5);
    dialog.close();
}

void TestScheduledJobs::switchingAJobOffReachesTheStore()
{
    SavedJobsView view;
    QSignalSpy finished(&view, &SavedJobsView::commandFinished);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.table()->rowCount(), 2);
    int row = -1;
    for (int i = 0; i < 2; ++i) {
        if (view.table()->item(i, 1)->text() == u"nightly_copy")
            row = i;
    }
    QVERIFY(row >= 0);
    QTableWidgetItem *on = view.table()->item(row, 0);
    QCOMPARE(on->checkState(), Qt::Checked);
    const QRect cell = view.table()->visualItemRect(on);
    // The check box sits at the left of the cell.
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() + 10, cell.center().y()));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_VERIFY(!engine::SavedJobStore().find(u"nightly_copy"_s)->enabled);
    QTRY_COMPARE(view.jobs().size(), 2);
    view.setJobEnabled(u"nightly_copy"_s, true);
    QTRY_VERIFY(engine::SavedJobStore().find(u"nightly_copy"_s)->enabled);
    view.close();
}

void TestScheduledJobs::historyHighlightsAFailedRun()
{
    const QDateTime now = QDateTime::currentDateTime();
    engine::RunHistory history;
    QVERIFY(history.append(
        record(u"nightly_copy"_s, engine::RunRecord::Kind::Completed, now.addDays(-2))));
    QVERIFY(history.append(
        record(u"nightly_copy"_s, engine::RunRecord::Kind::Failed, now.addDays(-1))));
    SavedJobsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.table()->rowCount(), 2);
    view.selectJob(u"nightly_copy"_s);
    RunHistoryView *runs = view.history();
    QTRY_COMPARE(runs->table()->rowCount(), 2);
    // Newest first: the failed run, highlighted; the completed one is not.
    QVERIFY(runs->table()->item(0, 3)->text().startsWith(u"failed"_s));
    QCOMPARE(runs->table()->item(0, 3)->background().color(),
             RunHistoryView::highlight(runs->records().first()));
    QCOMPARE(runs->table()->item(0, 0)->background().style(), Qt::SolidPattern);
    QCOMPARE(runs->table()->item(1, 0)->background().style(), Qt::NoBrush);
    QSignalSpy log(runs, &RunHistoryView::openLogRequested);
    runs->table()->selectRow(0);
    runs->findChild<QPushButton *>(u"openRunLogButton"_s)->click();
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.first().at(0).toString(), runs->records().first().runLog);
    view.close();
}

void TestScheduledJobs::failedRunSinceLastStartIsPointedOut()
{
    QSettings(FailedRunNotice::settingsPath(), QSettings::IniFormat)
        .setValue(u"schedule/lastGuiStart"_s, QDateTime::currentDateTimeUtc().addDays(-3));
    FailedRunNotice notice;
    QSignalSpy found(&notice, &FailedRunNotice::failedRunsFound);
    QSignalSpy checked(&notice, &FailedRunNotice::checked);
    notice.check();
    QVERIFY(checked.wait(10000));
    QCOMPARE(found.count(), 1);
    const auto runs = found.first().at(0).value<QList<engine::RunRecord>>();
    QCOMPARE(runs.size(), 1);
    QVERIFY(found.first().at(1).toString().contains(u"nightly_copy"_s));
    // The next start compares with this one: nothing new failed since.
    FailedRunNotice again;
    QSignalSpy checkedAgain(&again, &FailedRunNotice::checked);
    again.check();
    QVERIFY(checkedAgain.count() == 1 || checkedAgain.wait(10000));
    QCOMPARE(checkedAgain.first().at(0).toInt(), 0);
}

void TestScheduledJobs::duplicatesAndDeletes()
{
    SavedJobsView view;
    QSignalSpy finished(&view, &SavedJobsView::commandFinished);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.table()->rowCount(), 2);
    view.duplicateJob(u"weekly_export"_s);
    QVERIFY(finished.wait(10000));
    QVERIFY(engine::SavedJobStore().contains(u"weekly_export_copy"_s));
    QTRY_COMPARE(view.table()->rowCount(), 3);
    view.deleteJob(u"weekly_export_copy"_s);
    auto *box = guitest::findTopLevel<QMessageBox>(u"deleteSavedJobBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!engine::SavedJobStore().contains(u"weekly_export_copy"_s));
    QTRY_COMPARE(view.table()->rowCount(), 2);
    view.close();
}

QTEST_MAIN(TestScheduledJobs)
#include "tst_scheduledjobs.moc"
