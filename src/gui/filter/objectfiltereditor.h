#pragma once

#include "gui/filter/filterpreview.h"

#include "engine/catalog/catalog.h"
#include "engine/catalog/objecttypes.h"
#include "engine/params/jobspec.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sluice::gui {

class FilterRuleForm;

// Edits a job's INCLUDE/EXCLUDE filters three ways that stay in step: a tree of
// object types and objects with tri-state checkboxes (unchecking writes EXCLUDE
// rules), a rule list with an expression editor, and the parameter text. Every
// change is previewed against the loaded catalog with the engine's
// CatalogObjectFilter, so the checkboxes show what the job will export.
class ObjectFilterEditor : public QWidget
{
    Q_OBJECT

public:
    // What the job does with the objects the filters keep: the wording follows it.
    enum class Use { Export, Import, Copy };

    explicit ObjectFilterEditor(QWidget *parent = nullptr);
    ~ObjectFilterEditor() override;

    void setUse(Use use);
    [[nodiscard]] Use use() const { return m_use; }

    // The source's catalog (a copy, loaded elsewhere) and the job's mode.
    void setCatalog(const engine::Catalog &catalog, engine::ObjectPathRoot root);
    void setRoot(engine::ObjectPathRoot root);
    [[nodiscard]] bool hasCatalog() const { return m_catalog.has_value(); }

    void setFilters(const QList<engine::ObjectFilter> &includes,
                    const QList<engine::ObjectFilter> &excludes);
    [[nodiscard]] QList<engine::ObjectFilter> includes() const { return m_includes; }
    [[nodiscard]] QList<engine::ObjectFilter> excludes() const { return m_excludes; }

    // INCLUDE=... and EXCLUDE=... lines, one per rule, as a parfile has them.
    [[nodiscard]] QString parameterText() const;
    // Reads such lines (other parameters are refused); false with *error.
    [[nodiscard]] bool setParameterText(const QString &text, QString *error);

    // Why the filters cannot run against the catalog (unknown type, ambiguous
    // name), or empty.
    [[nodiscard]] QString previewError() const { return m_previewError; }
    [[nodiscard]] int keptObjectCount() const { return m_preview.keptCount; }
    [[nodiscard]] QTreeWidget *objectTree() const { return m_tree; }
    // The tree item of an object (kind short name, "schema.name"), or null.
    [[nodiscard]] QTreeWidgetItem *objectItem(engine::ObjectKind kind,
                                              const QString &qualifiedName) const;
    [[nodiscard]] QTreeWidgetItem *typeItem(engine::ObjectKind kind) const;

Q_SIGNALS:
    void filtersChanged();

private:
    void setUpLayout();
    void buildTree();
    void refresh();
    void refreshRuleList();
    void updateTreeChecks();
    void updateMatches();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void toggleType(engine::ObjectKind kind, bool keep);
    void toggleObject(engine::ObjectKind kind, const FilterObject &object, bool keep);
    void addRule();
    void updateRule();
    void removeRule();
    void applyParameterText();
    [[nodiscard]] engine::Dialect dialect() const;
    [[nodiscard]] QString keptText(int kept, int total) const;

    std::optional<engine::Catalog> m_catalog;
    engine::ObjectPathRoot m_root = engine::ObjectPathRoot::Schema;
    QList<FilterObject> m_objects;
    FilterPreviewResult m_preview;
    QString m_previewError;
    QList<engine::ObjectFilter> m_includes;
    QList<engine::ObjectFilter> m_excludes;
    QTreeWidget *m_tree;
    QTreeWidget *m_rules;
    FilterRuleForm *m_form;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    Use m_use = Use::Export;
    bool m_updating = false;
};

} // namespace sluice::gui
