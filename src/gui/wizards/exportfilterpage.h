#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>

namespace sluice::gui {

class ExportWizard;
class ObjectFilterEditor;

// INCLUDE / EXCLUDE through the object filter editor, previewed on the source's
// catalog in the job's mode.
class ExportFilterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportFilterPage(ExportWizard *wizard);

    [[nodiscard]] ObjectFilterEditor *editor() const { return m_editor; }
    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] QString errorText() const;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void updateCatalog();

    ExportWizard *m_wizard;
    ObjectFilterEditor *m_editor;
};

} // namespace sluice::gui
