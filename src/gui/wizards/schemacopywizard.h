#pragma once

#include "gui/wizards/importwizardbase.h"
#include "gui/wizards/importwizardids.h"

namespace sluice::gui {

class ImportOptionsPage;
class ImportRemapPage;
class ImportScopePage;
class SchemaCopyConnectionsPage;

// The schema copy wizard (an import over NETWORK_LINK): source and target, schemas
// and tables, remaps and transforms, table-exists action and verification, then
// Run, or Save as a Named Job for a nightly schedule.
class SchemaCopyWizard : public ImportWizardBase
{
    Q_OBJECT

public:
    explicit SchemaCopyWizard(CredentialProvider *credentials, QWidget *parent = nullptr);
    ~SchemaCopyWizard() override;

    void setSpec(const engine::JobSpec &spec) override;
    [[nodiscard]] engine::JobSpec spec() const override;
    [[nodiscard]] QString pageErrors() const override;
    void setSource(const QString &reference);
    void setTarget(const QString &reference);

    [[nodiscard]] ImportScopePage *scopePage() const { return m_scopePage; }
    [[nodiscard]] ImportRemapPage *remapPage() const { return m_remapPage; }

private:
    SchemaCopyConnectionsPage *m_connectionsPage;
    ImportScopePage *m_scopePage;
    ImportRemapPage *m_remapPage;
    ImportOptionsPage *m_optionsPage;
    ImportSummaryPage *m_summary;
    engine::JobSpec m_base;
};

} // namespace sluice::gui
