#pragma once

#include "gui/remap/remapsampler.h"

#include "engine/catalog/catalog.h"
#include "engine/params/jobspec.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sluice::gui {

// REMAP_DATA rules: pick a table and column of the source catalog and one of the
// engine's built-in functions (RemapFunction::all()), then preview a few sample
// rows before and after. The preview is produced by whoever set the provider (the
// wizard: it reads the rows on a worker and rewrites them with the engine).
class RemapDataEditor : public QWidget
{
    Q_OBJECT

public:
    using PreviewDone = std::function<void(const RemapPreview &)>;
    using PreviewProvider =
        std::function<void(const engine::TableDef &table, const QList<engine::RemapDataSpec> &specs,
                           PreviewDone done)>;

    explicit RemapDataEditor(QWidget *parent = nullptr);

    void setCatalog(const std::optional<engine::Catalog> &catalog);
    void setPreviewProvider(PreviewProvider provider) { m_provider = std::move(provider); }
    void setSpecs(const QList<engine::RemapDataSpec> &specs);
    [[nodiscard]] QList<engine::RemapDataSpec> specs() const { return m_specs; }
    [[nodiscard]] QString errorText() const { return m_error; }

    // The form, for tests: table "schema.table", column, function text "MASK(2)".
    bool addRule(const QString &table, const QString &column, const QString &function);
    void preview();
    [[nodiscard]] QTableWidget *previewTable() const { return m_preview; }

Q_SIGNALS:
    void specsChanged();
    void previewShown(bool ok);

private:
    void fillColumns();
    void functionChosen();
    void addFromForm();
    void removeRule();
    void refreshRules();
    void showPreview(quint64 generation, const RemapPreview &preview);
    [[nodiscard]] const engine::TableDef *currentTable() const;
    [[nodiscard]] QString functionText() const;

    std::optional<engine::Catalog> m_catalog;
    QList<engine::RemapDataSpec> m_specs;
    PreviewProvider m_provider;
    QTableWidget *m_rules;
    QComboBox *m_table;
    QComboBox *m_column;
    QComboBox *m_function;
    QLineEdit *m_arguments;
    QLabel *m_help;
    QPushButton *m_previewButton;
    QTableWidget *m_preview;
    QLabel *m_status;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace sluice::gui
