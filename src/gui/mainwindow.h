#pragma once

#include "engine/connection/connectionparams.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace sluice::gui {

class ConnectionActions;
class ConnectionTreeModel;
class CredentialProvider;
class DirectoryManagerDialog;
class SchemaBrowser;
class SqlFileViewer;

// The main window: saved connections on the left, a tab per open schema browser
// or SQL file in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ConnectionTreeModel *connectionModel() const { return m_connectionModel; }
    [[nodiscard]] ConnectionActions *connectionActions() const { return m_connectionActions; }
    [[nodiscard]] CredentialProvider *credentials() const { return m_credentials; }
    // The schema browser tab of a connection, or null.
    [[nodiscard]] SchemaBrowser *schemaBrowser(const QString &profileName) const;

public Q_SLOTS:
    void reloadConnections();
    void showAbout();
    // Opens (or shows) the schema browser tab of a connection.
    SchemaBrowser *openSchemaBrowser(const QString &profileName,
                                     const sluice::engine::ConnectionParams &params,
                                     const QString &password);
    SqlFileViewer *openSqlFile(const QString &path);
    void chooseSqlFile();
    void showDirectoryManager();

private:
    void setUpActions();
    void setUpConnectionDock();
    void closeTab(int index);
    void showConnectionLoadResult(bool ok, const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionTreeModel *m_connectionModel = nullptr;
    CredentialProvider *m_credentials = nullptr;
    ConnectionActions *m_connectionActions = nullptr;
    QPointer<DirectoryManagerDialog> m_directoryManager;
};

} // namespace sluice::gui
