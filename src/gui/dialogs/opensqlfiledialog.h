#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sluice::gui {

class BackgroundTask;
class DirectoryController;

// Picks a SQL file the Data Pump way: first a directory object, then one of the
// .sql files in its folder (listed on a worker thread), or any file through a
// file dialog that starts in that folder.
class OpenSqlFileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenSqlFileDialog(QWidget *parent = nullptr);

    [[nodiscard]] QString selectedFile() const { return m_selected; }
    [[nodiscard]] QString currentFolder() const;
    void selectDirectoryObject(const QString &name);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void filesListed(int count);

private:
    void showDirectories();
    void listFiles();
    void browse();

    DirectoryController *m_directories;
    BackgroundTask *m_lister;
    QComboBox *m_directoryCombo;
    QLabel *m_folderLabel;
    QListWidget *m_files;
    QPushButton *m_openButton;
    QString m_selected;
    QString m_wanted;
};

} // namespace sluice::gui
