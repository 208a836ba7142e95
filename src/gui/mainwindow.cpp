#include "gui/mainwindow.h"

#include "gui/common/backgroundtask.h"
#include "gui/common/guiresources.h"
#include "gui/jobs/jobsview.h"
#include "gui/jobs/progressview.h"
#include "gui/schedule/failedrunnotice.h"
#include "gui/schedule/savedjobsview.h"
#include "gui/wizards/exportwizard.h"
#include "gui/wizards/importwizard.h"
#include "gui/wizards/schemacopywizard.h"

#include "gui/connections/connectionactions.h"
#include "gui/connections/credentialprovider.h"
#include "gui/connectiontreemodel.h"
#include "gui/dialogs/directorymanagerdialog.h"
#include "gui/dialogs/opensqlfiledialog.h"
#include "gui/schema/schemabrowser.h"
#include "gui/sqlviewer/sqlfileviewer.h"
#include "ui_mainwindow.h"

#include "engine/core/version.h"
#include "engine/params/jobspecparser.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabBar>
#include <QToolBar>

namespace sluice::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connectionModel(new ConnectionTreeModel(this))
    , m_credentials(new CredentialProvider(this))
{
    ensureGuiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sluice.svg")));
    m_ui->connectionsView->setModel(m_connectionModel);
    m_ui->welcomeLabel->setText(
        tr("<h2>Welcome to Sluice</h2>"
           "<p>Sluice exports, imports and copies database schemas the way Oracle Data Pump "
           "does, for SQLite, PostgreSQL and MariaDB.</p>"
           "<p>Your saved connections are listed on the left. The <b>hr_sample</b> connection "
           "opens the bundled HR sample database.</p>"
           "<p>Double-click a connection to browse its schemas, or add one with "
           "<b>Connection › New Connection…</b>.</p>") +
        tr("<p><b>Start a job:</b> <a href=\"sluice:export\">Export schemas to a dump…</a>"
           " &nbsp;·&nbsp; <a href=\"sluice:import\">Import a dump…</a>"
           " &nbsp;·&nbsp; <a href=\"sluice:copy\">Copy a schema between databases…</a></p>"
           "<p>The same wizards are in the <b>Tools</b> menu.</p>"));
    connect(m_ui->welcomeLabel, &QLabel::linkActivated, this, &MainWindow::openStartLink);
    // The start page stays: no close button on its tab.
    m_ui->workTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->workTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setUpConnectionDock();
    setUpActions();
    setUpJobs();
    setUpImportAndSchedules();
    connect(m_connectionModel, &ConnectionTreeModel::loadFinished, this,
            &MainWindow::showConnectionLoadResult);
    reloadConnections();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpConnectionDock()
{
    m_connectionActions =
        new ConnectionActions(m_ui->connectionsView, m_connectionModel, m_credentials, this);
    auto *toolbar = new QToolBar(m_ui->connectionsDockContents);
    toolbar->setObjectName(QStringLiteral("connectionsToolBar"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions(m_connectionActions->actions());
    m_ui->connectionsLayout->insertWidget(0, toolbar);
    m_ui->menuConnection->addActions(m_connectionActions->actions());
    connect(m_connectionActions, &ConnectionActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_connectionActions, &ConnectionActions::openRequested, this,
            &MainWindow::openSchemaBrowser);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefreshConnections, &QAction::triggered, this,
            &MainWindow::reloadConnections);
    connect(m_ui->actionOpenSqlFile, &QAction::triggered, this, &MainWindow::chooseSqlFile);
    connect(m_ui->actionDirectoryObjects, &QAction::triggered, this,
            &MainWindow::showDirectoryManager);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->workTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::requestCloseTab);
}

void MainWindow::setUpJobs()
{
    m_parfileTask = new BackgroundTask(this);
    auto *dock = new QDockWidget(tr("Jobs"), this);
    dock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsView = new JobsView(m_credentials, dock);
    dock->setWidget(m_jobsView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {180}, Qt::Vertical); // the work tabs keep most of the room
    connect(m_jobsView, &JobsView::attachRequested, this,
            [this](const QString &name, const QString &path) { openProgressView(name, path); });
    connect(m_jobsView, &JobsView::commandFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowJobs"));
    toggle->setText(tr("&Jobs"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggle);

    auto *exportAction =
        new QAction(QIcon(QStringLiteral(":/icons/database.svg")), tr("&Export Wizard…"), this);
    exportAction->setObjectName(QStringLiteral("actionExportWizard"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] { showExportWizard(); });
    m_ui->menuTools->insertAction(m_ui->menuTools->actions().value(0), exportAction);

    auto *parfileAction = new QAction(tr("Open &Parfile…"), this);
    parfileAction->setObjectName(QStringLiteral("actionOpenParfile"));
    parfileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(parfileAction, &QAction::triggered, this, &MainWindow::chooseParfile);
    m_ui->menuFile->insertAction(m_ui->actionOpenSqlFile, parfileAction);
}

ExportWizard *MainWindow::showExportWizard(const std::optional<engine::JobSpec> &spec)
{
    auto *wizard = new ExportWizard(m_credentials, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ExportWizard::jobStarted, this, &MainWindow::openProgressView);
    connect(wizard, &ExportWizard::jobLeftInBackground, this, [this] {
        if (m_jobsView)
            m_jobsView->refresh();
    });
    connect(wizard, &ExportWizard::savedJobSaved, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(message, 8000);
        if (ok && m_savedJobsView)
            m_savedJobsView->refresh();
    });
    if (spec) {
        wizard->setSpec(*spec);
    } else {
        const QModelIndex current = m_ui->connectionsView->currentIndex();
        if (current.isValid() && current.parent().isValid())
            wizard->setConnection(current.data().toString());
    }
    wizard->show();
    return wizard;
}

ProgressView *MainWindow::progressView(const QString &jobName) const
{
    for (int i = 0; i < m_ui->workTabs->count(); ++i) {
        auto *view = qobject_cast<ProgressView *>(m_ui->workTabs->widget(i));
        if (view && view->jobName() == jobName)
            return view;
    }
    return nullptr;
}

ProgressView *MainWindow::openProgressView(const QString &jobName, const QString &masterPath,
                                           qint64 placeholderClient)
{
    if (ProgressView *open = progressView(jobName)) {
        m_ui->workTabs->setCurrentWidget(open);
        return open;
    }
    auto *view = new ProgressView(jobName, masterPath, placeholderClient, m_ui->workTabs);
    connect(view, &ProgressView::openSqlFileRequested, this, &MainWindow::openSqlFile);
    const int index = m_ui->workTabs->addTab(view, jobName);
    m_ui->workTabs->setTabToolTip(index, masterPath);
    m_ui->workTabs->setCurrentIndex(index);
    if (m_jobsView)
        m_jobsView->refresh();
    return view;
}

void MainWindow::chooseParfile()
{
    auto *dialog = new QFileDialog(this, tr("Open Parfile"), QString(),
                                   tr("Parameter files (*.par *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openParfileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openParfile);
    dialog->open();
}

namespace {

struct ParfileResult
{
    std::optional<engine::JobSpec> spec;
    std::optional<engine::JobSpec> importSpec;
    bool isImport = false;
    QString error;
};

// Reads a parfile and finds its operation: an export unless only an import accepts it.
ParfileResult readParfile(const QString &path)
{
    ParfileResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.error = file.errorString();
        return result;
    }
    const QString text = QString::fromUtf8(file.readAll());
    engine::JobSpecParser exportParser(engine::JobOperation::Export);
    result.spec = exportParser.parseParfileText(text, path);
    if (result.spec)
        return result;
    engine::JobSpecParser importParser(engine::JobOperation::Import);
    result.importSpec = importParser.parseParfileText(text, path);
    result.isImport = result.importSpec.has_value();
    result.error = exportParser.errorString();
    return result;
}

} // namespace

void MainWindow::openParfile(const QString &path)
{
    m_parfileTask->start([path] { return readParfile(path); },
                         [this, path](const ParfileResult &result) {
                             if (result.spec) {
                                 showExportWizard(result.spec);
                                 return;
                             }
                             if (result.importSpec) {
                                 showImportWizard(result.importSpec);
                                 return;
                             }
                             const QString message =
                                 result.isImport
                                     ? tr("%1 is an import parfile; this version opens export "
                                          "parfiles only.")
                                           .arg(path)
                                     : tr("%1 cannot be opened: %2").arg(path, result.error);
                             statusBar()->showMessage(message, 10000);
                             Q_EMIT parfileFailed(message);
                         });
}

void MainWindow::setUpImportAndSchedules()
{
    auto *importAction = new QAction(tr("&Import Wizard…"), this);
    importAction->setObjectName(QStringLiteral("actionImportWizard"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importAction, &QAction::triggered, this, [this] { showImportWizard(); });
    auto *copyAction = new QAction(tr("&Schema Copy Wizard…"), this);
    copyAction->setObjectName(QStringLiteral("actionSchemaCopyWizard"));
    connect(copyAction, &QAction::triggered, this, [this] { showSchemaCopyWizard(); });
    m_ui->menuTools->insertActions(m_ui->menuTools->actions().value(1), {importAction, copyAction});

    auto *dock = new QDockWidget(tr("Saved Jobs"), this);
    dock->setObjectName(QStringLiteral("savedJobsDock"));
    m_savedJobsView = new SavedJobsView(dock);
    dock->setWidget(m_savedJobsView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *jobs = findChild<QDockWidget *>(QStringLiteral("jobsDock")))
        tabifyDockWidget(jobs, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowSavedJobs"));
    toggle->setText(tr("&Saved Jobs"));
    m_ui->menuView->addAction(toggle);
    connect(m_savedJobsView, &SavedJobsView::openJobRequested, this, &MainWindow::openSavedJob);
    connect(m_savedJobsView, &SavedJobsView::openLogRequested, this, &MainWindow::openSqlFile);
    connect(m_savedJobsView, &SavedJobsView::commandFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });

    // A run that failed while Sluice was closed is pointed out at the start.
    auto *notice = new FailedRunNotice(this);
    connect(notice, &FailedRunNotice::failedRunsFound, this,
            [this, dock](const QList<engine::RunRecord> &, const QString &message) {
                dock->show();
                dock->raise();
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Failed Runs"), message,
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("failedRunsBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    notice->check();
}

void MainWindow::connectImportWizard(ImportWizardBase *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizardBase::jobStarted, this, &MainWindow::openProgressView);
    connect(wizard, &ImportWizardBase::sqlFileWritten, this, &MainWindow::openSqlFile);
    connect(wizard, &ImportWizardBase::jobLeftInBackground, this, [this] {
        if (m_jobsView)
            m_jobsView->refresh();
    });
    connect(wizard, &ImportWizardBase::namedJobSaved, this, [this](bool ok, const QString &) {
        if (ok && m_savedJobsView)
            m_savedJobsView->refresh();
    });
}

ImportWizard *MainWindow::showImportWizard(const std::optional<engine::JobSpec> &spec)
{
    auto *wizard = new ImportWizard(m_credentials, this);
    connectImportWizard(wizard);
    if (spec) {
        wizard->setSpec(*spec);
    } else {
        const QModelIndex current = m_ui->connectionsView->currentIndex();
        if (current.isValid() && current.parent().isValid())
            wizard->setTargetConnection(current.data().toString());
    }
    wizard->show();
    return wizard;
}

SchemaCopyWizard *MainWindow::showSchemaCopyWizard(const std::optional<engine::JobSpec> &spec)
{
    auto *wizard = new SchemaCopyWizard(m_credentials, this);
    connectImportWizard(wizard);
    if (spec) {
        wizard->setSpec(*spec);
    } else {
        const QModelIndex current = m_ui->connectionsView->currentIndex();
        if (current.isValid() && current.parent().isValid())
            wizard->setSource(current.data().toString());
    }
    wizard->show();
    return wizard;
}

void MainWindow::openSavedJob(const engine::SavedJob &job)
{
    QString error;
    const std::optional<engine::JobSpec> spec = job.spec(&error);
    if (!spec) {
        statusBar()->showMessage(tr("%1 cannot be opened: %2").arg(job.name, error), 10000);
        return;
    }
    if (job.operation == engine::JobOperation::Export) {
        showExportWizard(spec)->setSavedJobName(job.name);
        return;
    }
    ImportWizardBase *wizard = spec->networkLink.isEmpty()
                                   ? static_cast<ImportWizardBase *>(showImportWizard(spec))
                                   : showSchemaCopyWizard(spec);
    wizard->setSavedJobName(job.name);
}

void MainWindow::requestCloseTab(int index)
{
    auto *view = qobject_cast<ProgressView *>(m_ui->workTabs->widget(index));
    if (!view)
        return closeTab(index);
    QPointer<ProgressView> guard = view;
    view->confirmClose([this, guard](bool mayClose) {
        if (guard && mayClose)
            closeTab(m_ui->workTabs->indexOf(guard));
    });
}

void MainWindow::reloadConnections()
{
    statusBar()->showMessage(tr("Loading connections…"));
    m_connectionModel->reload();
}

void MainWindow::showConnectionLoadResult(bool ok, const QString &message)
{
    if (ok) {
        statusBar()->showMessage(tr("Connections: %1").arg(m_connectionModel->profileCount()),
                                 5000);
        m_ui->connectionsView->expandAll();
        return;
    }
    statusBar()->showMessage(message);
}

SchemaBrowser *MainWindow::schemaBrowser(const QString &profileName) const
{
    for (int i = 0; i < m_ui->workTabs->count(); ++i) {
        auto *browser = qobject_cast<SchemaBrowser *>(m_ui->workTabs->widget(i));
        if (browser && browser->connectionName().compare(profileName, Qt::CaseInsensitive) == 0)
            return browser;
    }
    return nullptr;
}

SchemaBrowser *MainWindow::openSchemaBrowser(const QString &profileName,
                                             const engine::ConnectionParams &params,
                                             const QString &password)
{
    if (SchemaBrowser *open = schemaBrowser(profileName)) {
        m_ui->workTabs->setCurrentWidget(open);
        return open;
    }
    statusBar()->clearMessage(); // the browser shows its own progress
    auto *browser = new SchemaBrowser(profileName, params, password, m_ui->workTabs);
    const int index =
        m_ui->workTabs->addTab(browser, QIcon(QStringLiteral(":/icons/database.svg")), profileName);
    m_ui->workTabs->setTabToolTip(index, params.toUrl());
    m_ui->workTabs->setCurrentIndex(index);
    return browser;
}

SqlFileViewer *MainWindow::openSqlFile(const QString &path)
{
    auto *viewer = new SqlFileViewer(m_ui->workTabs);
    const int index = m_ui->workTabs->addTab(viewer, QIcon(QStringLiteral(":/icons/sqlfile.svg")),
                                             QFileInfo(path).fileName());
    m_ui->workTabs->setTabToolTip(index, path);
    m_ui->workTabs->setCurrentIndex(index);
    viewer->openFile(path);
    return viewer;
}

void MainWindow::chooseSqlFile()
{
    auto *dialog = new OpenSqlFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openSqlFile(dialog->selectedFile()); });
    dialog->open();
}

void MainWindow::showDirectoryManager()
{
    if (!m_directoryManager) {
        QStringList names;
        for (int group = 0; group < m_connectionModel->rowCount(); ++group) {
            for (int row = 0; row < m_connectionModel->item(group)->rowCount(); ++row)
                names.append(m_connectionModel->item(group)->child(row)->text());
        }
        m_directoryManager = new DirectoryManagerDialog(names, this);
        m_directoryManager->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_directoryManager->show();
    m_directoryManager->raise();
    m_directoryManager->activateWindow();
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_ui->workTabs->widget(index);
    if (!page || page == m_ui->welcomePage)
        return;
    m_ui->workTabs->removeTab(index);
    page->deleteLater(); // its workers' results are dropped with it
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Sluice"),
        tr("<h3>Sluice %1</h3>"
           "<p>Data Pump style export, import and schema copy for SQLite, PostgreSQL and "
           "MariaDB.</p><p>Built with Qt %2.</p>")
            .arg(QLatin1String(engine::kVersionString), QLatin1String(QT_VERSION_STR)));
}

void MainWindow::openStartLink(const QString &link)
{
    if (link == u"sluice:export")
        showExportWizard();
    else if (link == u"sluice:import")
        showImportWizard();
    else if (link == u"sluice:copy")
        showSchemaCopyWizard();
}

} // namespace sluice::gui
