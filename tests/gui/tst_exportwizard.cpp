// The export wizard end to end on the HR sample: an export with an EXCLUDE filter
// (the dump is read back with DumpReader), parfiles opened into the wizard and
// shown again unchanged, Run disabled while the job is invalid, Cancel during Run
// (before and after the job exists), and saving back to the saved job it came from.
#include "guitestsupport.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/credentialprovider.h"
#include "gui/filter/objectfiltereditor.h"
#include "gui/jobs/jobcommands.h"
#include "gui/jobs/joblogview.h"
#include "gui/jobs/progressview.h"
#include "gui/mainwindow.h"
#include "gui/wizards/exportmodepage.h"
#include "gui/wizards/exportrowfilterpage.h"
#include "gui/wizards/exportsummarypage.h"
#include "gui/wizards/exportwizard.h"
#include "gui/wizards/wizardcatalogsource.h"

#include "engine/core/apppaths.h"
#include "engine/core/sampledatabase.h"
#include "engine/dump/dumpreader.h"
#include "engine/job/jobstore.h"
#include "engine/params/jobspecparser.h"
#include "engine/params/parfilewriter.h"
#include "engine/schedule/savedjob.h"
#include "engine/schedule/savedjobstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestExportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportsWithAnExcludeFilter();
    void opensAParfileUnchanged_data();
    void opensAParfileUnchanged();
    void runIsDisabledWhileInvalid();
    void cancelDuringRunCreatesNoJob_data();
    void cancelDuringRunCreatesNoJob();
    void cancelAfterTheJobExistsSaysItRuns();
    void savesBackToTheSavedJob();

private:
    static void waitForCatalog(ExportWizard &wizard);
    static void prepareRun(ExportWizard &wizard, const QString &jobName);
    static bool launchQueued(const ExportWizard &wizard);
    static void goToSummary(ExportWizard &wizard);
    QTemporaryDir m_home;
};

void TestExportWizard::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    engine::SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
    QVERIFY2(QFileInfo::exists(guitest::hostProgram()), qPrintable(guitest::hostProgram()));
    JobCommands::setHostProgram(guitest::hostProgram());
}

void TestExportWizard::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestExportWizard::waitForCatalog(ExportWizard &wizard)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.catalog().has_value() || !wizard.catalogSource()->errorString().isEmpty(), 20000);
    QVERIFY2(wizard.catalog(), qPrintable(wizard.catalogSource()->errorString()));
}

void TestExportWizard::goToSummary(ExportWizard &wizard)
{
    for (int i = 0; i < 10 && wizard.currentId() != exportwizard::Page_Summary; ++i) {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY2(next->isEnabled(), qPrintable(wizard.currentPage()->title()));
        next->click();
    }
    QCOMPARE(wizard.currentId(), int(exportwizard::Page_Summary));
}

void TestExportWizard::exportsWithAnExcludeFilter()
{
    CredentialProvider credentials;
    ExportWizard wizard(&credentials);
    QSignalSpy started(&wizard, &ExportWizard::jobStarted);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *connection = wizard.findChild<QComboBox *>(u"connectionCombo"_s);
    QVERIFY(connection);
    QTRY_VERIFY(connection->findText(u"hr_sample"_s) >= 0);
    wizard.setConnection(u"hr_sample"_s);
    QCOMPARE(connection->currentText(), u"hr_sample"_s);
    waitForCatalog(wizard);
    if (QTest::currentTestFailed())
        return;

    wizard.button(QWizard::NextButton)->click(); // mode: the default schema
    QCOMPARE(wizard.currentId(), int(exportwizard::Page_Mode));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(exportwizard::Page_Filter));
    auto *editor = wizard.findChild<ObjectFilterEditor *>();
    QTreeWidgetItem *history = editor->objectItem(engine::ObjectKind::Table, u"main.job_history"_s);
    QVERIFY(history);
    history->setCheckState(0, Qt::Unchecked);
    wizard.button(QWizard::NextButton)->click(); // row filters
    wizard.button(QWizard::NextButton)->click(); // dump files
    QCOMPARE(wizard.currentId(), int(exportwizard::Page_Files));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"dumpFileEdit"_s), u"wizard%U.dmp"_s);
    wizard.button(QWizard::NextButton)->click(); // options
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"jobNameEdit"_s), u"WIZARD_EXPORT"_s);
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(exportwizard::Page_Summary));

    auto *summary = qobject_cast<ExportSummaryPage *>(wizard.currentPage());
    QVERIFY(summary);
    const QString parfile = summary->parfileText();
    QVERIFY2(parfile.contains(u"USERID=hr_sample"), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"EXCLUDE=TABLE:\"IN ('job_history')\""), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"DUMPFILE=wizard%U.dmp"), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"JOB_NAME=WIZARD_EXPORT"), qPrintable(parfile));
    QAbstractButton *run = wizard.button(QWizard::FinishButton);
    QVERIFY2(run->isEnabled(), qPrintable(summary->validationText()));
    run->click();
    QVERIFY2(started.count() > 0 || started.wait(30000), qPrintable(summary->validationText()));
    QTRY_VERIFY(!wizard.isVisible());

    ProgressView progress(started.first().at(0).toString(), started.first().at(1).toString(),
                          started.first().at(2).toLongLong());
    QSignalSpy finished(&progress, &ProgressView::jobFinished);
    progress.show();
    QVERIFY(finished.count() > 0 || finished.wait(120000));
    const QString log = progress.logView()->toPlainText();
    QVERIFY2(finished.first().at(0).toInt() == 0, qPrintable(log));
    QVERIFY2(progress.summaryText().contains(u"completed successfully"),
             qPrintable(progress.summaryText()));
    progress.close();

    const QDir dumps(engine::AppPaths::defaultDumpDir());
    const QStringList files = dumps.entryList({u"wizard*.dmp"_s}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(dumps.path()));
    engine::DumpReader reader;
    QVERIFY2(reader.open({dumps.filePath(files.first())}), qPrintable(reader.errorString()));
    QSet<QString> tablesWithData;
    for (const engine::DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind == engine::DumpMemberKind::Data)
            tablesWithData.insert(member.spec.table.toLower());
    }
    QVERIFY2(tablesWithData.contains(u"employees"_s), qPrintable(log));
    QVERIFY2(!tablesWithData.contains(u"job_history"_s), qPrintable(log));
    QVERIFY(progress.rowsDone() > 0);
}

void TestExportWizard::opensAParfileUnchanged_data()
{
    QTest::addColumn<QString>("parfile");
    QTest::newRow("schemas with a filter")
        << u"USERID=hr_sample\nSCHEMAS=main\nEXCLUDE=TABLE:\"IN ('job_history')\"\n"
           "EXCLUDE=VIEW\nDUMPFILE=hr%U.dmp\nFILESIZE=10M\nPARALLEL=2\n"_s;
    QTest::newRow("tables with rows filtered")
        << u"USERID=hr_sample\nTABLES=main.employees,main.jobs\n"
           "QUERY=main.employees:\"WHERE salary > 5000\"\nSAMPLE=main.jobs:50\n"
           "DIRECTORY=DATA_PUMP_DIR\nLOGFILE=tables.log\n"_s;
    QTest::newRow("full with options")
        << u"USERID=hr_sample\nFULL=YES\nCOMPRESSION=ALL\nCOMPRESSION_ALGORITHM=HIGH\n"
           "JOB_NAME=NIGHTLY\nESTIMATE=STATISTICS\nLOGTIME=ALL\nMETRICS=YES\n"
           "KEEP_MASTER=YES\nREUSE_DUMPFILES=YES\n"_s;
    QTest::newRow("encrypted, no log, content kept")
        << u"USERID=hr_sample\nCONTENT=DATA_ONLY\nENCRYPTION_PWD_PROMPT=YES\nNOLOGFILE=YES\n"_s;
}

void TestExportWizard::opensAParfileUnchanged()
{
    QFETCH(QString, parfile);
    engine::JobSpecParser parser(engine::JobOperation::Export);
    const auto expected = parser.parseParfileText(parfile);
    QVERIFY2(expected, qPrintable(parser.errorString()));
    const QString path = m_home.filePath(u"roundtrip.par"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(parfile.toUtf8());
    file.close();

    MainWindow window;
    window.openParfile(path);
    ExportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = guitest::findTopLevel<ExportWizard>()) != nullptr);
    goToSummary(*wizard);
    if (QTest::currentTestFailed()) {
        wizard->close();
        return;
    }
    auto *summary = qobject_cast<ExportSummaryPage *>(wizard->currentPage());
    QCOMPARE(summary->parfileText(), engine::ParfileWriter::write(*expected));
    // The parfile never holds a password; the wizard asks for it before Run.
    if (expected->encryptionPasswordPrompt)
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->close();
}

void TestExportWizard::runIsDisabledWhileInvalid()
{
    CredentialProvider credentials;
    ExportWizard wizard(&credentials);
    wizard.setConnection(u"hr_sample"_s);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *rows = qobject_cast<ExportRowFilterPage *>(wizard.page(exportwizard::Page_RowFilter));
    rows->addQuery(u"main.employees"_s, u"WHERE salary > 1000"_s);
    auto *estimateOnly = wizard.findChild<QCheckBox *>(u"estimateOnlyCheck"_s);
    estimateOnly->setChecked(true);
    goToSummary(wizard);
    if (QTest::currentTestFailed())
        return;
    auto *summary = qobject_cast<ExportSummaryPage *>(wizard.currentPage());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY2(summary->validationText().contains(u"QUERY") &&
                 summary->validationText().contains(u"ESTIMATE_ONLY"),
             qPrintable(summary->validationText()));
    estimateOnly->setChecked(false);
    wizard.back();
    wizard.next();
    QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(),
             qPrintable(summary->validationText()));
    wizard.close();
}

void TestExportWizard::prepareRun(ExportWizard &wizard, const QString &jobName)
{
    wizard.setConnection(u"hr_sample"_s);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    waitForCatalog(wizard);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"jobNameEdit"_s), jobName);
    QTest::keyClicks(wizard.findChild<QLineEdit *>(u"dumpFileEdit"_s), jobName.toLower() + u".dmp");
    goToSummary(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(),
             qPrintable(qobject_cast<ExportSummaryPage *>(wizard.currentPage())->validationText()));
}

bool TestExportWizard::launchQueued(const ExportWizard &wizard)
{
    // The wizard's own tasks (launch, save): busy once the passwords were collected
    // and the launch was handed to a worker.
    const auto tasks = wizard.findChildren<BackgroundTask *>(Qt::FindDirectChildrenOnly);
    return std::any_of(tasks.begin(), tasks.end(),
                       [](const BackgroundTask *task) { return task->isBusy(); });
}

void TestExportWizard::cancelDuringRunCreatesNoJob_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Cancel button") << u"cancel"_s;
    QTest::newRow("window closed") << u"close"_s;
    QTest::newRow("wizard destroyed") << u"destroy"_s;
}

void TestExportWizard::cancelDuringRunCreatesNoJob()
{
    QFETCH(QString, how);
    // As the main window does: a wizard that is deleted when it closes.
    QWidget window;
    CredentialProvider credentials;
    auto *wizard = new ExportWizard(&credentials, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ExportWizard> alive = wizard;
    QSignalSpy started(wizard, &ExportWizard::jobStarted);
    const QString jobName = u"CANCELLED_"_s + how.toUpper();
    prepareRun(*wizard, jobName);
    if (QTest::currentTestFailed())
        return wizard->close(), void();

    // Every worker of the GUI's pool waits at a gate, so the launch Run hands over
    // stays queued until the wizard was cancelled: only then may it run.
    auto gate = std::make_unique<guitest::PoolGate>(BackgroundTask::pool());
    // The password lookup needs one worker; the one after it waits at the gate again.
    wizard->button(QWizard::FinishButton)->click();
    gate->block();
    gate->letGo();
    QTRY_VERIFY_WITH_TIMEOUT(alive && launchQueued(*wizard), 20000);

    wizard->button(QWizard::CancelButton)->click();
    QTRY_VERIFY(!alive); // closed at once, not when the launch ends
    gate.reset();        // the launch may run now
    QTest::qWait(50);    // results queued to the (gone) wizard

    QVERIFY(started.isEmpty());
    QVERIFY2(!QFileInfo::exists(engine::JobStore().masterPath(jobName)),
             "the cancelled wizard created the job");
    QVERIFY(!engine::JobStore().find(jobName));
    QCOMPARE(guitest::findTopLevel<QMessageBox>(u"jobInBackgroundBox"_s), nullptr);
}

void TestExportWizard::cancelAfterTheJobExistsSaysItRuns()
{
    QWidget window;
    CredentialProvider credentials;
    auto *wizard = new ExportWizard(&credentials, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ExportWizard> alive = wizard;
    QSignalSpy started(wizard, &ExportWizard::jobStarted);
    QSignalSpy background(wizard, &ExportWizard::jobLeftInBackground);
    const QString jobName = u"BACKGROUND_EXPORT"_s;
    prepareRun(*wizard, jobName);
    if (QTest::currentTestFailed())
        return wizard->close(), void();

    // As above, the launch waits in the queue of a blocked pool; then one worker is
    // let go and the GUI thread stops here until that worker created the job, so the
    // launch's result cannot reach the wizard before Cancel does.
    guitest::PoolGate gate(BackgroundTask::pool());
    wizard->button(QWizard::FinishButton)->click();
    gate.block();
    gate.letGo();
    QTRY_VERIFY_WITH_TIMEOUT(alive && launchQueued(*wizard), 20000);
    gate.letGo(); // one worker takes the launch
    const QString masterPath = engine::JobStore().masterPath(jobName);
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(masterPath) && waited.elapsed() < 30000)
        QThread::msleep(5);
    gate.letAllGo();
    QVERIFY2(QFileInfo::exists(masterPath), qPrintable(masterPath));
    QVERIFY(alive);
    wizard->button(QWizard::CancelButton)->click();
    QTRY_VERIFY(!alive);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = guitest::findTopLevel<QMessageBox>(u"jobInBackgroundBox"_s)) != nullptr);
    QVERIFY2(box->text().contains(u"Jobs view"), qPrintable(box->text()));
    QCOMPARE(background.count(), 1);
    QVERIFY(started.isEmpty());
    box->close();
    // The job really runs on without the wizard, to its end, and writes its dump.
    const QDir dumps(engine::AppPaths::defaultDumpDir());
    const auto ended = [&jobName, &dumps] {
        const auto status = engine::JobStore().find(jobName);
        const bool running = status && (status->state == engine::JobState::Defining ||
                                        status->state == engine::JobState::Executing ||
                                        status->state == engine::JobState::Completing);
        return !running && dumps.exists(u"background_export.dmp"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(ended(), 120000);
}

void TestExportWizard::savesBackToTheSavedJob()
{
    engine::SavedJobStore store;
    QString error;
    auto saved = engine::SavedJob::fromArguments(
        u"weekly_hr"_s, engine::JobOperation::Export,
        {u"hr_sample"_s, u"SCHEMAS=main"_s, u"DUMPFILE=weekly%U.dmp"_s}, nullptr, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY2(store.save(*saved), qPrintable(store.errorString()));
    const auto before = store.find(u"weekly_hr"_s);
    QVERIFY(before);

    MainWindow window;
    window.openSavedJob(*before);
    ExportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = guitest::findTopLevel<ExportWizard>()) != nullptr);
    QCOMPARE(wizard->savedJobName(), u"weekly_hr"_s);
    waitForCatalog(*wizard);
    if (QTest::currentTestFailed())
        return wizard->close(), void();
    wizard->next(); // mode
    wizard->next(); // filter
    auto *editor = wizard->findChild<ObjectFilterEditor *>();
    QTreeWidgetItem *history = editor->objectItem(engine::ObjectKind::Table, u"main.job_history"_s);
    QVERIFY(history);
    history->setCheckState(0, Qt::Unchecked);
    goToSummary(*wizard);
    if (QTest::currentTestFailed())
        return wizard->close(), void();
    auto *save = wizard->findChild<QPushButton *>(u"saveToSavedJobButton"_s);
    QVERIFY(save);
    QVERIFY(save->isVisible());
    QSignalSpy done(wizard, &ExportWizard::savedJobSaved);
    save->click();
    QVERIFY(done.count() > 0 || done.wait(20000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));

    const auto after = store.find(u"weekly_hr"_s);
    QVERIFY(after);
    QVERIFY2(after->parfile.contains(u"EXCLUDE=TABLE:\"IN ('job_history')\""),
             qPrintable(after->parfile));
    QVERIFY2(after->parfile.contains(u"DUMPFILE=weekly%U.dmp"), qPrintable(after->parfile));
    QCOMPARE(after->created, before->created);
    QCOMPARE(after->connection, u"hr_sample"_s);
    wizard->close();

    // A wizard not opened from a saved job has nothing to save back to.
    CredentialProvider credentials;
    ExportWizard fresh(&credentials);
    fresh.setConnection(u"hr_sample"_s);
    fresh.show();
    goToSummary(fresh);
    QVERIFY(!fresh.findChild<QPushButton *>(u"saveToSavedJobButton"_s)->isVisible());
    fresh.close();
}

QTEST_MAIN(TestExportWizard)
#include "tst_exportwizard.moc"
