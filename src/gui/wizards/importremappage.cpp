#include "gui/wizards/importremappage.h"

#include "gui/remap/remapdataeditor.h"
#include "gui/remap/remapeditor.h"
#include "gui/remap/typemappingreviewdialog.h"
#include "gui/wizards/importwizardbase.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::gui {

ImportRemapPage::ImportRemapPage(ImportWizardBase *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new RemapEditor(this))
    , m_engines(new QLabel(this))
    , m_review(new QPushButton(tr("Review &Type Mapping…"), this))
{
    setObjectName(QStringLiteral("ImportRemapPage"));
    setTitle(tr("Remaps and Transforms"));
    setSubTitle(tr("Rename schemas, tables and tablespaces on the way, rewrite column values, "
                   "and choose what storage details to keep. All of this is optional."));
    m_review->setObjectName(QStringLiteral("reviewTypeMappingButton"));
    m_engines->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_engines, 1);
    bottom->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);
    m_editor->dataEditor()->setPreviewProvider([this](const engine::TableDef &table,
                                                      const QList<engine::RemapDataSpec> &specs,
                                                      RemapDataEditor::PreviewDone done) {
        m_wizard->previewRemapData(table, specs, std::move(done));
    });
    connect(m_editor, &RemapEditor::changed, this, &ImportRemapPage::completeChanged);
    connect(m_review, &QPushButton::clicked, this, &ImportRemapPage::reviewTypeMapping);
    connect(wizard, &ImportWizardBase::sourceCatalogChanged, this,
            &ImportRemapPage::updateCatalogs);
    connect(wizard, &ImportWizardBase::targetCatalogChanged, this,
            &ImportRemapPage::updateCatalogs);
}

void ImportRemapPage::initializePage()
{
    updateCatalogs();
}

void ImportRemapPage::updateCatalogs()
{
    m_editor->setSourceCatalog(m_wizard->sourceCatalog());
    m_editor->setTargetCatalog(m_wizard->targetCatalog());
    const auto source = m_wizard->sourceDialect();
    const auto target = m_wizard->targetDialect();
    m_review->setEnabled(source && target);
    if (!source || !target) {
        m_engines->setText(tr("The type mapping can be reviewed once both engines are known."));
        return;
    }
    m_engines->setText(
        *source == *target
            ? tr("%1 to %1: types are kept as they are.").arg(engine::dialectDisplayName(*source))
            : tr("%1 to %2: types are mapped between the engines; review what is not exact "
                 "before the job starts.")
                  .arg(engine::dialectDisplayName(*source), engine::dialectDisplayName(*target)));
}

TypeMappingReviewDialog *ImportRemapPage::reviewTypeMapping()
{
    const auto catalog = m_wizard->sourceCatalog();
    const auto target = m_wizard->targetDialect();
    if (!catalog || !target)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new TypeMappingReviewDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->review(*catalog, *target, m_wizard->spec());
    m_dialog->show();
    m_dialog->raise();
    return m_dialog;
}

QString ImportRemapPage::errorText() const
{
    return m_editor->errorText();
}

bool ImportRemapPage::isComplete() const
{
    return errorText().isEmpty();
}

void ImportRemapPage::readSpec(const engine::JobSpec &spec)
{
    m_editor->readSpec(spec);
}

void ImportRemapPage::writeSpec(engine::JobSpec &spec) const
{
    m_editor->writeSpec(spec);
}

} // namespace sluice::gui
