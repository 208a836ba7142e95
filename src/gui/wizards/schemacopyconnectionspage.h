#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>

class QLabel;

namespace sluice::gui {

class ImportProfileCombo;
class ImportWizardBase;

// The schema copy's two ends: the source (NETWORK_LINK) and the target (the job's
// connection). Both catalogs start loading as soon as they are chosen.
class SchemaCopyConnectionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchemaCopyConnectionsPage(ImportWizardBase *wizard);

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    void setSource(const QString &reference);
    void setTarget(const QString &reference);
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isComplete() const override;

private:
    void showState();

    ImportWizardBase *m_wizard;
    ImportProfileCombo *m_source;
    ImportProfileCombo *m_target;
    QLabel *m_sourceState;
    QLabel *m_targetState;
};

} // namespace sluice::gui
