#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace sluice::gui {

class ConnectionTreeModel;

// The main window: saved connections on the left, work area in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ConnectionTreeModel *connectionModel() const { return m_connectionModel; }

public Q_SLOTS:
    void reloadConnections();
    void showAbout();

private:
    void setUpActions();
    void showConnectionLoadResult(bool ok, const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionTreeModel *m_connectionModel = nullptr;
};

} // namespace sluice::gui
