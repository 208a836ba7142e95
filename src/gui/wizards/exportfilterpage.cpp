#include "gui/wizards/exportfilterpage.h"

#include "gui/filter/objectfiltereditor.h"
#include "gui/wizards/exportmodepage.h"
#include "gui/wizards/exportwizard.h"

#include <QVBoxLayout>

namespace sluice::gui {

ExportFilterPage::ExportFilterPage(ExportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_editor(new ObjectFilterEditor(this))
{
    setObjectName(QStringLiteral("ExportFilterPage"));
    setTitle(tr("Object Filter"));
    setSubTitle(tr("Uncheck what to leave out, or write INCLUDE and EXCLUDE rules; the tree "
                   "shows what the rules keep."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_editor, &ObjectFilterEditor::filtersChanged, this,
            &ExportFilterPage::completeChanged);
    connect(wizard, &ExportWizard::catalogChanged, this, &ExportFilterPage::updateCatalog);
}

void ExportFilterPage::initializePage()
{
    updateCatalog();
}

void ExportFilterPage::updateCatalog()
{
    const auto *modePage = qobject_cast<ExportModePage *>(m_wizard->page(exportwizard::Page_Mode));
    const engine::ObjectPathRoot root =
        modePage ? modePage->root() : engine::ObjectPathRoot::Schema;
    if (const auto &catalog = m_wizard->catalog())
        m_editor->setCatalog(*catalog, root);
    else
        m_editor->setRoot(root);
}

QString ExportFilterPage::errorText() const
{
    return m_editor->previewError();
}

bool ExportFilterPage::isComplete() const
{
    return errorText().isEmpty();
}

void ExportFilterPage::readSpec(const engine::JobSpec &spec)
{
    m_editor->setFilters(spec.includes, spec.excludes);
}

void ExportFilterPage::writeSpec(engine::JobSpec &spec) const
{
    spec.includes = m_editor->includes();
    spec.excludes = m_editor->excludes();
}

} // namespace sluice::gui
