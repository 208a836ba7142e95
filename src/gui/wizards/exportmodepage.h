#pragma once

#include "engine/catalog/objecttypes.h"
#include "engine/params/jobspec.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ExportModePage;
}

class QTreeWidgetItem;

namespace sluice::gui {

class ExportWizard;

// FULL, SCHEMAS or TABLES, with schemas or tables picked from the source's catalog
// tree (loaded in the background). The selection is kept as names, so a parfile's
// names survive even when the catalog is not (yet) loaded.
class ExportModePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportModePage(ExportWizard *wizard);
    ~ExportModePage() override;

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] engine::JobMode mode() const;
    [[nodiscard]] engine::ObjectPathRoot root() const;
    [[nodiscard]] QString errorText() const;
    // Checks or unchecks a schema ("main") or table ("main.employees") in the tree.
    void setChecked(const QString &name, bool checked);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

Q_SIGNALS:
    void modeChanged();

private:
    void buildTree();
    void updateChecks();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onModeToggled();

    std::unique_ptr<Ui::ExportModePage> m_ui;
    ExportWizard *m_wizard;
    QList<engine::SqlName> m_schemas;
    QList<engine::TableRef> m_tables;
};

} // namespace sluice::gui
