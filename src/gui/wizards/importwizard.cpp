#include "gui/wizards/importwizard.h"

#include "gui/wizards/importoptionspage.h"
#include "gui/wizards/importremappage.h"
#include "gui/wizards/importscopepage.h"
#include "gui/wizards/importsourcepage.h"
#include "gui/wizards/importsummarypage.h"
#include "gui/wizards/importtargetpage.h"

namespace sluice::gui {

using namespace importwizard;

ImportWizard::ImportWizard(CredentialProvider *credentials, QWidget *parent)
    : ImportWizardBase(credentials, parent)
    , m_sourcePage(new ImportSourcePage(this))
    , m_optionsPage(new ImportOptionsPage(this))
    , m_targetPage(new ImportTargetPage(this, m_optionsPage))
    , m_scopePage(new ImportScopePage(this, true))
    , m_remapPage(new ImportRemapPage(this))
    , m_summary(new ImportSummaryPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Wizard"));
    m_base.operation = engine::JobOperation::Import;
    setPage(Page_Source, m_sourcePage);
    setPage(Page_Target, m_targetPage);
    setPage(Page_Scope, m_scopePage);
    setPage(Page_Remap, m_remapPage);
    setPage(Page_Options, m_optionsPage);
    setPage(Page_Summary, m_summary);
    setStartId(Page_Source);
    setSummaryPage(m_summary);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setDumpOverview(const DumpOverview &overview)
{
    setDumpCatalog(overview.catalog);
}

void ImportWizard::sourceChanged()
{
    Q_EMIT sourceCatalogChanged();
}

void ImportWizard::setTargetConnection(const QString &reference)
{
    m_targetPage->setConnection(reference);
}

void ImportWizard::setSpec(const engine::JobSpec &spec)
{
    m_base = spec;
    m_base.operation = engine::JobOperation::Import;
    m_sourcePage->readSpec(spec);
    m_targetPage->readSpec(spec);
    m_scopePage->readSpec(spec);
    m_remapPage->readSpec(spec);
    m_optionsPage->readSpec(spec);
}

engine::JobSpec ImportWizard::spec() const
{
    engine::JobSpec spec = m_base;
    spec.operation = engine::JobOperation::Import;
    m_sourcePage->writeSpec(spec);
    m_targetPage->writeSpec(spec);
    m_scopePage->writeSpec(spec);
    m_remapPage->writeSpec(spec);
    m_optionsPage->writeSpec(spec);
    return spec;
}

QString ImportWizard::pageErrors() const
{
    QStringList errors;
    for (const QString &error : {m_sourcePage->errorText(), m_scopePage->errorText(),
                                 m_remapPage->errorText(), m_optionsPage->errorText()}) {
        if (!error.isEmpty())
            errors << error;
    }
    if (!m_targetPage->isComplete())
        errors << tr("Choose the target connection, or SQL file only.");
    return errors.join(u'\n');
}

} // namespace sluice::gui
