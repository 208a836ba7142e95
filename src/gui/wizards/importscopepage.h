#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>
#include <optional>

class QButtonGroup;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace sluice::gui {

class ImportWizardBase;
class ObjectFilterEditor;

// What to import: everything (FULL), schemas, or tables, checked in a tree of the
// source's catalog; optionally the object filter (INCLUDE / EXCLUDE) underneath.
// Used by the import wizard (with the filter) and the schema copy wizard.
class ImportScopePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportScopePage(ImportWizardBase *wizard, bool withFilter);

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QTreeWidgetItem *schemaItem(const QString &schema) const;
    void setMode(engine::JobMode mode);

private:
    void buildTree();
    void updateMode();
    [[nodiscard]] engine::JobMode mode() const;

    ImportWizardBase *m_wizard;
    QButtonGroup *m_modes;
    QTreeWidget *m_tree;
    QLabel *m_status;
    ObjectFilterEditor *m_filter = nullptr;
    // The selection of a job opened before the catalog arrived.
    std::optional<engine::JobSpec> m_pending;
    bool m_built = false;
};

} // namespace sluice::gui
