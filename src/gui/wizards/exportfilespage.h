#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ExportFilesPage;
}

namespace sluice::gui {

class BackgroundTask;

// DIRECTORY, DUMPFILE (with %U templates), REUSE_DUMPFILES, FILESIZE with a unit,
// COMPRESSION with its algorithm, and the encryption password (kept in memory:
// the parfile says ENCRYPTION_PWD_PROMPT=YES instead).
class ExportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportFilesPage(QWidget *parent = nullptr);
    ~ExportFilesPage() override;

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] bool isComplete() const override;

private:
    void loadDirectories();
    void updateState();

    std::unique_ptr<Ui::ExportFilesPage> m_ui;
    BackgroundTask *m_directoriesTask;
    QString m_wantedDirectory; // from a parfile read before the list arrived
};

} // namespace sluice::gui
