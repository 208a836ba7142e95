#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class DirectoryManagerDialog;
}

namespace sluice::gui {

class DirectoryController;

// Lists the directory objects (name -> folder) and their grants; creates, drops,
// grants, revokes and opens folders. DATA_PUMP_DIR cannot be dropped, only
// pointed elsewhere. All reading and writing runs on worker threads.
class DirectoryManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // profileNames fill the grantee list (with PUBLIC).
    explicit DirectoryManagerDialog(const QStringList &profileNames, QWidget *parent = nullptr);
    ~DirectoryManagerDialog() override;

    [[nodiscard]] DirectoryController *controller() const { return m_controller; }
    [[nodiscard]] QString selectedDirectory() const;
    void selectDirectory(const QString &name);

public Q_SLOTS:
    void createDirectory();
    // Asks first (a window-modal box named "confirmDropBox").
    void dropSelected();
    void grantSelected();
    void revokeSelected();
    void openSelectedFolder();

private:
    void showEntries();
    void showGrants();
    void updateButtons();
    void showStatus(bool ok, const QString &message);

    std::unique_ptr<Ui::DirectoryManagerDialog> m_ui;
    DirectoryController *m_controller;
    QString m_wanted; // the object to select after the next list arrives
};

} // namespace sluice::gui
