#include "gui/mainwindow.h"

#include "gui/connectiontreemodel.h"
#include "ui_mainwindow.h"

#include "engine/core/version.h"

#include <QApplication>
#include <QMessageBox>

namespace sluice::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connectionModel(new ConnectionTreeModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sluice.svg")));
    m_ui->connectionsView->setModel(m_connectionModel);
    m_ui->welcomeLabel->setText(
        tr("<h2>Welcome to Sluice</h2>"
           "<p>Sluice exports, imports and copies database schemas the way Oracle Data Pump "
           "does, for SQLite, PostgreSQL and MariaDB.</p>"
           "<p>Your saved connections are listed on the left. The <b>hr_sample</b> connection "
           "opens the bundled HR sample database.</p>"));
    setUpActions();
    connect(m_connectionModel, &ConnectionTreeModel::loadFinished, this,
            &MainWindow::showConnectionLoadResult);
    reloadConnections();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefreshConnections, &QAction::triggered, this,
            &MainWindow::reloadConnections);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
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
