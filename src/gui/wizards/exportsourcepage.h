#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ExportSourcePage;
}

namespace sluice::gui {

class BackgroundTask;
class ExportWizard;

// The source connection: a saved profile (listed from a worker) or a URL. Choosing
// one starts loading its catalog for the mode and filter pages.
class ExportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportSourcePage(ExportWizard *wizard);
    ~ExportSourcePage() override;

    void setConnection(const QString &reference);
    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

private:
    void loadProfiles();
    void showCatalogState();
    void connectionChosen();

    std::unique_ptr<Ui::ExportSourcePage> m_ui;
    ExportWizard *m_wizard;
    BackgroundTask *m_profilesTask;
    QString m_wanted; // set before the profile list arrived
};

} // namespace sluice::gui
