#pragma once

#include "engine/params/jobspec.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace sluice::gui {

class ImportWizardBase;
class RemapEditor;
class TypeMappingReviewDialog;

// Remaps and transforms of the import and schema copy wizards (RemapEditor), with
// the type-mapping review for jobs that cross engines.
class ImportRemapPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRemapPage(ImportWizardBase *wizard);

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

    [[nodiscard]] RemapEditor *editor() const { return m_editor; }
    // Opens the review of the lossy type mappings (cross-engine jobs).
    TypeMappingReviewDialog *reviewTypeMapping();

private:
    void updateCatalogs();

    ImportWizardBase *m_wizard;
    RemapEditor *m_editor;
    QLabel *m_engines;
    QPushButton *m_review;
    QPointer<TypeMappingReviewDialog> m_dialog;
};

} // namespace sluice::gui
