#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace sluice::gui {

class ImportOptionsPage;
class ImportProfileCombo;
class ImportWizardBase;

// The import's target: a connection (its catalog is loaded for name completion and
// the type-mapping review), or "SQL file only" for an engine (TARGET_DIALECT), which
// writes the script without touching any database.
class ImportTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportTargetPage(ImportWizardBase *wizard, ImportOptionsPage *options);

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    void setConnection(const QString &reference);
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool sqlFileOnly() const;

private:
    void updateState();
    void showCatalogState();

    ImportWizardBase *m_wizard;
    ImportOptionsPage *m_options;
    QRadioButton *m_intoConnection;
    QRadioButton *m_sqlOnly;
    ImportProfileCombo *m_target;
    QComboBox *m_dialect;
    QLabel *m_state;
};

} // namespace sluice::gui
