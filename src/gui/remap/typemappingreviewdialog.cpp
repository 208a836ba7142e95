#include "gui/remap/typemappingreviewdialog.h"

#include "gui/common/backgroundtask.h"

#include "engine/catalog/ddlwriter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::gui {

TypeMappingReviewDialog::TypeMappingReviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_task(new BackgroundTask(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("typeMappingReviewDialog"));
    setWindowTitle(tr("Type Mapping Review"));
    m_table->setObjectName(QStringLiteral("typeMappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Object"), tr("What happens")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

TypeMappingReviewDialog::~TypeMappingReviewDialog() = default;

QString TypeMappingReviewDialog::severityName(engine::DdlWarning::Severity severity)
{
    switch (severity) {
    case engine::DdlWarning::Severity::Choice:
        return tr("Choice");
    case engine::DdlWarning::Severity::Approximate:
        return tr("Approximate");
    case engine::DdlWarning::Severity::Lossy:
        return tr("Lossy");
    case engine::DdlWarning::Severity::Unsupported:
        return tr("Unsupported");
    }
    return {};
}

QList<engine::DdlWarning> TypeMappingReviewDialog::collect(const engine::Catalog &source,
                                                           engine::Dialect target,
                                                           const engine::JobSpec &spec)
{
    engine::DdlOptions options;
    options.target = target;
    for (const engine::TransformSpec &transform : spec.transforms) {
        if (!transform.objectType.isEmpty())
            continue;
        if (transform.name == u"SEGMENT_ATTRIBUTES")
            options.segmentAttributes = transform.value == u"Y";
        else if (transform.name == u"STORAGE")
            options.storage = transform.value == u"Y";
    }
    for (const engine::RemapPair &pair : spec.remapSchemas) {
        for (const engine::SchemaDef &schema : source.schemas) {
            if (schema.name.compare(pair.from.text, pair.from.quoted ? Qt::CaseSensitive
                                                                     : Qt::CaseInsensitive) == 0)
                options.schemaRenames.insert(schema.name, pair.to.text);
        }
    }
    engine::DdlWriter writer(source.dialect, options);
    (void)writer.script(source);
    QList<engine::DdlWarning> warnings = writer.warnings();
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const engine::DdlWarning &a, const engine::DdlWarning &b) {
                         return int(a.severity) > int(b.severity);
                     });
    return warnings;
}

void TypeMappingReviewDialog::review(const engine::Catalog &source, engine::Dialect target,
                                     const engine::JobSpec &spec)
{
    m_summary->setText(
        tr("Writing the %1 DDL of the %2 catalog…")
            .arg(engine::dialectDisplayName(target), engine::dialectDisplayName(source.dialect)));
    m_table->setRowCount(0);
    m_task->start([source, target, spec] { return collect(source, target, spec); },
                  [this](const QList<engine::DdlWarning> &warnings) { showWarnings(warnings); });
}

void TypeMappingReviewDialog::showWarnings(const QList<engine::DdlWarning> &warnings)
{
    m_lossy = 0;
    m_table->setRowCount(int(warnings.size()));
    for (int row = 0; row < warnings.size(); ++row) {
        const engine::DdlWarning &warning = warnings.at(row);
        const bool bad = warning.severity == engine::DdlWarning::Severity::Lossy ||
                         warning.severity == engine::DdlWarning::Severity::Unsupported;
        if (bad)
            ++m_lossy;
        const QStringList texts{severityName(warning.severity), warning.object, warning.message};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (bad)
                item->setBackground(QColor(0xfb, 0xe3, 0xe3));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
    m_summary->setText(warnings.isEmpty()
                           ? tr("Every object maps exactly: nothing is narrowed or left out.")
                           : tr("%n step(s) are not exact, ", nullptr, int(warnings.size())) +
                                 tr("%n of them lossy or unsupported (highlighted). The job "
                                    "logs each of them as a warning.",
                                    nullptr, m_lossy));
    Q_EMIT reviewed(int(warnings.size()));
}

int TypeMappingReviewDialog::warningCount() const
{
    return m_table->rowCount();
}

} // namespace sluice::gui
