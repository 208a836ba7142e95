#pragma once

#include "gui/wizards/importdumpbrowser.h"

#include "engine/params/jobspec.h"

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace sluice::gui {

class BackgroundTask;
class ImportProfileCombo;
class ImportWizard;

// Where the import reads from: a dump file set, browsed through the directory
// objects, whose catalog (objects, rows, sizes, source engine) is shown before
// anything is imported; or a database over NETWORK_LINK. Encrypted dumps ask for
// their password here. Everything is read on workers.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);
    ~ImportSourcePage() override;

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] const DumpOverview &overview() const { return m_overview; }
    [[nodiscard]] bool isReading() const;
    [[nodiscard]] QTreeWidget *objectTree() const { return m_objects; }

    // Reads the dump named by the page now (DIRECTORY, DUMPFILE, the password).
    void readDump();

Q_SIGNALS:
    void dumpRead(bool ok);

private:
    void listFolder();
    void showOverview(const DumpOverview &overview);
    void showNetworkState();
    void updateMode();

    ImportWizard *m_wizard;
    BackgroundTask *m_folderTask;
    BackgroundTask *m_dumpTask;
    QRadioButton *m_fromDump;
    QRadioButton *m_fromDatabase;
    QGroupBox *m_dumpBox;
    QComboBox *m_directory;
    QLineEdit *m_dumpFile;
    QListWidget *m_files;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QPushButton *m_unlock;
    QLabel *m_header;
    QTreeWidget *m_objects;
    QGroupBox *m_networkBox;
    ImportProfileCombo *m_source;
    QLabel *m_networkState;
    DumpOverview m_overview;
    QString m_readKey; // DIRECTORY + DUMPFILE of the overview shown
};

} // namespace sluice::gui
