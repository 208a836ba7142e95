#pragma once

#include "gui/wizards/importdumpbrowser.h"
#include "gui/wizards/importwizardbase.h"
#include "gui/wizards/importwizardids.h"

namespace sluice::gui {

class ImportOptionsPage;
class ImportRemapPage;
class ImportScopePage;
class ImportSourcePage;
class ImportTargetPage;

// The import wizard: the dump file set (or a NETWORK_LINK database) with its
// catalog, the target connection or "SQL file only", scope and object filter,
// remaps and transforms, TABLE_EXISTS_ACTION and the options, and the summary with
// the equivalent parfile. File > Open Parfile opens an IMPORT parfile here.
class ImportWizard : public ImportWizardBase
{
    Q_OBJECT

public:
    explicit ImportWizard(CredentialProvider *credentials, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setSpec(const engine::JobSpec &spec) override;
    [[nodiscard]] engine::JobSpec spec() const override;
    [[nodiscard]] QString pageErrors() const override;
    // Preselects the target connection.
    void setTargetConnection(const QString &reference);

    // Called by the source page.
    void setDumpOverview(const DumpOverview &overview);
    void sourceChanged();

    [[nodiscard]] ImportSourcePage *sourcePage() const { return m_sourcePage; }
    [[nodiscard]] ImportRemapPage *remapPage() const { return m_remapPage; }
    [[nodiscard]] ImportScopePage *scopePage() const { return m_scopePage; }

private:
    ImportSourcePage *m_sourcePage;
    ImportOptionsPage *m_optionsPage;
    ImportTargetPage *m_targetPage;
    ImportScopePage *m_scopePage;
    ImportRemapPage *m_remapPage;
    ImportSummaryPage *m_summary;
    // Parameters no page shows stay as the opened parfile had them.
    engine::JobSpec m_base;
};

} // namespace sluice::gui
