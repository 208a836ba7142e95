#include "gui/mainwindow.h"

#include "gui/common/guiresources.h"

#include "gui/connections/connectionactions.h"
#include "gui/connections/credentialprovider.h"
#include "gui/connectiontreemodel.h"
#include "gui/dialogs/directorymanagerdialog.h"
#include "gui/dialogs/opensqlfiledialog.h"
#include "gui/schema/schemabrowser.h"
#include "gui/sqlviewer/sqlfileviewer.h"
#include "ui_mainwindow.h"

#include "engine/core/version.h"

#include <QApplication>
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
           "<b>Connection › New Connection…</b>.</p>"));
    // The start page stays: no close button on its tab.
    m_ui->workTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->workTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setUpConnectionDock();
    setUpActions();
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
    connect(m_ui->workTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
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

} // namespace sluice::gui
