// The import wizard end to end: a dump of the HR sample, exported by the engine in
// initTestCase, is browsed (catalog, rows, source engine), imported into a new
// SQLite database with REMAP_SCHEMA and REMAP_TABLE (rows checked in the new file),
// written as a SQL file that opens in the main window's SQL viewer, and an IMPORT
// parfile opened from File > Open Parfile fills the wizard in.
#include "guitestsupport.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/credentialprovider.h"
#include "gui/filter/objectfiltereditor.h"
#include "gui/jobs/jobcommands.h"
#include "gui/jobs/joblogview.h"
#include "gui/jobs/progressview.h"
#include "gui/mainwindow.h"
#include "gui/remap/mappingtable.h"
#include "gui/remap/remapeditor.h"
#include "gui/sqlviewer/codeview.h"
#include "gui/sqlviewer/sqlfileviewer.h"
#include "gui/wizards/importremappage.h"
#include "gui/wizards/importsourcepage.h"
#include "gui/wizards/importsummarypage.h"
#include "gui/wizards/importwizard.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/core/apppaths.h"
#include "engine/core/sampledatabase.h"
#include "engine/job/jobstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTreeWidget>

using namespace sluice;
using namespace sluice::gui;
using namespace Qt::StringLiterals;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsTheDumpsCatalog();
    void importsWithRemapsIntoANewSqliteDatabase();
    void writesASqlFileShownInTheViewer();
    void opensAnImportParfile();
    void cancelDuringRunCreatesNoJob();

private:
    static void chooseDump(ImportWizard &wizard, const QString &file);
    static void next(ImportWizard &wizard, int expectedPage);
    static int count(const QString &database, const QString &sql);
    QTemporaryDir m_home;
};

void TestImportWizard::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    engine::SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
    engine::ConnectionProfileStore store;
    QVERIFY(store.load());
    QVERIFY2(store.ensureSampleProfile(), qPrintable(store.errorString()));
    QVERIFY2(QFileInfo::exists(guitest::hostProgram()), qPrintable(guitest::hostProgram()));
    JobCommands::setHostProgram(guitest::hostProgram());
    // The dump every test imports, made by the engine's own export.
    QProcess cli;
    cli.start(guitest::hostProgram(),
              {u"export"_s, u"hr_sample"_s, u"DUMPFILE=hr.dmp"_s, u"JOB_NAME=SETUP_EXPORT"_s});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0,
             QByteArray(cli.readAllStandardOutput() + cli.readAllStandardError()).constData());
    QVERIFY(QFileInfo::exists(engine::AppPaths::defaultDumpDir() + u"/hr.dmp"_s));
}

void TestImportWizard::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestImportWizard::chooseDump(ImportWizard &wizard, const QString &file)
{
    auto *edit = wizard.findChild<QLineEdit *>(u"dumpFileEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, file);
    QTest::keyClick(edit, Qt::Key_Tab); // editingFinished reads the dump
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.sourcePage()->isReading() &&
                                 !wizard.sourcePage()->overview().files.isEmpty(),
                             20000);
    QVERIFY2(wizard.sourcePage()->overview().ok, qPrintable(wizard.sourcePage()->overview().error));
}

void TestImportWizard::next(ImportWizard &wizard, int expectedPage)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    QVERIFY2(button->isEnabled(), qPrintable(wizard.currentPage()->title()));
    button->click();
    QCOMPARE(wizard.currentId(), expectedPage);
}

int TestImportWizard::count(const QString &database, const QString &sql)
{
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return result;
}

void TestImportWizard::showsTheDumpsCatalog()
{
    CredentialProvider credentials;
    ImportWizard wizard(&credentials);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *files = wizard.findChild<QListWidget *>(u"dumpFileList"_s);
    QTRY_VERIFY(files && files->count() > 0); // the directory object's folder is listed
    chooseDump(wizard, u"hr.dmp"_s);
    if (QTest::currentTestFailed())
        return;
    const DumpOverview &overview = wizard.sourcePage()->overview();
    QCOMPARE(overview.header.sourceEngine, u"SQLite"_s);
    QVERIFY(overview.catalog);
    const engine::TableDef *employees = overview.catalog->table(u"main"_s, u"employees"_s);
    QVERIFY(employees);
    QVERIFY(!employees->columns.isEmpty());
    const int rows = count(engine::AppPaths::dataDir() + u"/sample/hr.db"_s,
                           u"SELECT count(*) FROM employees"_s);
    const auto items = wizard.sourcePage()->objectTree()->findItems(
        u"employees"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(1), u"TABLE"_s);
    QCOMPARE(items.first()->text(2), QLocale().toString(rows));
    QVERIFY(wizard.findChild<QLabel *>(u"dumpHeaderLabel"_s)->text().contains(u"SQLite"_s));
    // The scope page's object filter speaks of importing, not exporting.
    auto *filter = wizard.findChild<ObjectFilterEditor *>();
    QVERIFY(filter);
    QCOMPARE(filter->use(), ObjectFilterEditor::Use::Import);
    QCOMPARE(filter->objectTree()->headerItem()->text(0), u"Objects to import"_s);
    wizard.close();
}

void TestImportWizard::importsWithRemapsIntoANewSqliteDatabase()
{
    CredentialProvider credentials;
    ImportWizard wizard(&credentials);
    QSignalSpy started(&wizard, &ImportWizardBase::jobStarted);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    chooseDump(wizard, u"hr.dmp"_s);
    if (QTest::currentTestFailed())
        return;
    next(wizard, importwizard::Page_Target);
    const QString target = m_home.filePath(u"imported.db"_s);
    auto *combo = wizard.findChild<QComboBox *>(u"targetCombo"_s);
    QTRY_VERIFY(combo->count() > 0); // the profiles arrived
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), u"sqlite://"_s + target + u"?create=yes"_s);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Tab);
    next(wizard, importwizard::Page_Scope);
    next(wizard, importwizard::Page_Remap);
    RemapEditor *editor = wizard.remapPage()->editor();
    editor->schemaTable()->addRow(u"main"_s, u"main"_s);
    editor->tableTable()->addRow(u"main.employees"_s, u"staff"_s);
    next(wizard, importwizard::Page_Options);
    next(wizard, importwizard::Page_Summary);
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    const QString parfile = summary->parfileText();
    QVERIFY2(parfile.contains(u"DUMPFILE=hr.dmp"), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"REMAP_SCHEMA=main:main"), qPrintable(parfile));
    QVERIFY2(parfile.contains(u"REMAP_TABLE=main.employees:staff"), qPrintable(parfile));
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
    QVERIFY2(finished.first().at(0).toInt() == 0, qPrintable(progress.logView()->toPlainText()));
    progress.close();
    const int expected = count(engine::AppPaths::dataDir() + u"/sample/hr.db"_s,
                               u"SELECT count(*) FROM employees"_s);
    QVERIFY(expected > 0);
    QCOMPARE(count(target, u"SELECT count(*) FROM staff"_s), expected);
    QCOMPARE(count(target, u"SELECT count(*) FROM sqlite_schema WHERE name = 'employees'"_s), 0);
}

void TestImportWizard::writesASqlFileShownInTheViewer()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportWizard *wizard = window.showImportWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    chooseDump(*wizard, u"hr.dmp"_s);
    if (QTest::currentTestFailed())
        return;
    next(*wizard, importwizard::Page_Target);
    wizard->findChild<QAbstractButton *>(u"sqlOnlyRadio"_s)->click();
    auto *dialect = wizard->findChild<QComboBox *>(u"targetDialectCombo"_s);
    dialect->setCurrentIndex(dialect->findData(int(engine::Dialect::PostgreSQL)));
    next(*wizard, importwizard::Page_Scope);
    next(*wizard, importwizard::Page_Remap);
    next(*wizard, importwizard::Page_Options);
    auto *sqlFile = wizard->findChild<QLineEdit *>(u"sqlFileEdit"_s);
    sqlFile->clear();
    QTest::keyClicks(sqlFile, u"hr_pg.sql"_s);
    next(*wizard, importwizard::Page_Summary);
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard->currentPage());
    QVERIFY2(summary->parfileText().contains(u"SQLFILE=hr_pg.sql"),
             qPrintable(summary->parfileText()));
    QVERIFY2(summary->parfileText().contains(u"TARGET_DIALECT=POSTGRESQL", Qt::CaseInsensitive),
             qPrintable(summary->parfileText()));
    QAbstractButton *run = wizard->button(QWizard::FinishButton);
    QVERIFY2(run->isEnabled(), qPrintable(summary->validationText()));
    QSignalSpy written(wizard, &ImportWizardBase::sqlFileWritten);
    run->click();
    QVERIFY2(written.count() > 0 || written.wait(30000), qPrintable(summary->validationText()));
    const QString path = written.first().at(0).toString();
    QVERIFY(QFileInfo(path).fileName() == u"hr_pg.sql"_s);
    SqlFileViewer *viewer = window.findChild<SqlFileViewer *>();
    QVERIFY(viewer);
    QCOMPARE(viewer->filePath(), path);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->isLoading(), 10000);
    const QString text = viewer->view()->toPlainText();
    QVERIFY2(text.contains(u"CREATE TABLE"), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"employees"), qPrintable(text.left(400)));
    window.close();
}

void TestImportWizard::opensAnImportParfile()
{
    const QString path = m_home.filePath(u"import.par"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write("USERID=hr_sample\nDUMPFILE=hr.dmp\nREMAP_TABLE=main.jobs:roles\n"
                   "TABLE_EXISTS_ACTION=REPLACE\n");
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openParfile(path);
    ImportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ImportWizard *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->sourcePage()->overview().ok, 20000);
    const engine::JobSpec spec = wizard->spec();
    QCOMPARE(spec.operation, engine::JobOperation::Import);
    QCOMPARE(spec.connection, u"hr_sample"_s);
    QCOMPARE(spec.tableExistsAction, engine::TableExistsAction::Replace);
    QCOMPARE(spec.remapTables.size(), 1);
    QCOMPARE(spec.remapTables.first().newName.text, u"roles"_s);
    QVERIFY(wizard->findChild<QAbstractButton *>(u"tableExistsREPLACE"_s)->isChecked());
    wizard->close();
    window.close();
}

void TestImportWizard::cancelDuringRunCreatesNoJob()
{
    // As the main window does: a wizard that is deleted when it closes.
    QWidget window;
    CredentialProvider credentials;
    auto *wizard = new ImportWizard(&credentials, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ImportWizard> alive = wizard;
    QSignalSpy started(wizard, &ImportWizardBase::jobStarted);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    chooseDump(*wizard, u"hr.dmp"_s);
    if (QTest::currentTestFailed())
        return wizard->close(), void();
    next(*wizard, importwizard::Page_Target);
    auto *combo = wizard->findChild<QComboBox *>(u"targetCombo"_s);
    QTRY_VERIFY(combo->count() > 0);
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(),
                     u"sqlite://"_s + m_home.filePath(u"cancelled.db"_s) + u"?create=yes"_s);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Tab);
    next(*wizard, importwizard::Page_Scope);
    next(*wizard, importwizard::Page_Remap);
    next(*wizard, importwizard::Page_Options);
    const QString jobName = u"CANCELLED_IMPORT"_s;
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"jobNameEdit"_s), jobName);
    next(*wizard, importwizard::Page_Summary);
    if (QTest::currentTestFailed())
        return wizard->close(), void();
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

    // Every worker of the GUI's pool waits at a gate, so the launch Run hands over
    // stays queued until the wizard was cancelled: only then may it run.
    auto gate = std::make_unique<guitest::PoolGate>(BackgroundTask::pool());
    wizard->button(QWizard::FinishButton)->click();
    gate->block(); // after the password lookup
    gate->letGo();
    const auto launchQueued = [wizard] {
        const auto tasks = wizard->findChildren<BackgroundTask *>(Qt::FindDirectChildrenOnly);
        return std::any_of(tasks.begin(), tasks.end(),
                           [](const BackgroundTask *task) { return task->isBusy(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(alive && launchQueued(), 20000);
    wizard->button(QWizard::CancelButton)->click();
    QTRY_VERIFY(!alive);
    gate.reset(); // the launch may run now
    QTest::qWait(50);

    QVERIFY(started.isEmpty());
    QVERIFY2(!QFileInfo::exists(engine::JobStore().masterPath(jobName)),
             "the cancelled wizard created the job");
    QCOMPARE(guitest::findTopLevel<QMessageBox>(u"jobInBackgroundBox"_s), nullptr);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
