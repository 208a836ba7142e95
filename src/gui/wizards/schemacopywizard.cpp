#include "gui/wizards/schemacopywizard.h"

#include "gui/wizards/importoptionspage.h"
#include "gui/wizards/importremappage.h"
#include "gui/wizards/importscopepage.h"
#include "gui/wizards/importsummarypage.h"
#include "gui/wizards/schemacopyconnectionspage.h"

namespace sluice::gui {

using namespace importwizard;

SchemaCopyWizard::SchemaCopyWizard(CredentialProvider *credentials, QWidget *parent)
    : ImportWizardBase(credentials, parent)
    , m_connectionsPage(new SchemaCopyConnectionsPage(this))
    , m_scopePage(new ImportScopePage(this, false))
    , m_remapPage(new ImportRemapPage(this))
    , m_optionsPage(new ImportOptionsPage(this))
    , m_summary(new ImportSummaryPage(this))
{
    setObjectName(QStringLiteral("schemaCopyWizard"));
    setWindowTitle(tr("Schema Copy Wizard"));
    m_base.operation = engine::JobOperation::Import;
    setPage(Page_Connections, m_connectionsPage);
    setPage(Page_Objects, m_scopePage);
    setPage(Page_Remap, m_remapPage);
    setPage(Page_Options, m_optionsPage);
    setPage(Page_Summary, m_summary);
    setStartId(Page_Connections);
    setSummaryPage(m_summary);
}

SchemaCopyWizard::~SchemaCopyWizard() = default;

void SchemaCopyWizard::setSource(const QString &reference)
{
    m_connectionsPage->setSource(reference);
}

void SchemaCopyWizard::setTarget(const QString &reference)
{
    m_connectionsPage->setTarget(reference);
}

void SchemaCopyWizard::setSpec(const engine::JobSpec &spec)
{
    m_base = spec;
    m_base.operation = engine::JobOperation::Import;
    m_connectionsPage->readSpec(spec);
    m_scopePage->readSpec(spec);
    m_remapPage->readSpec(spec);
    m_optionsPage->readSpec(spec);
}

engine::JobSpec SchemaCopyWizard::spec() const
{
    engine::JobSpec spec = m_base;
    spec.operation = engine::JobOperation::Import;
    m_connectionsPage->writeSpec(spec);
    m_scopePage->writeSpec(spec);
    m_remapPage->writeSpec(spec);
    m_optionsPage->writeSpec(spec);
    return spec;
}

QString SchemaCopyWizard::pageErrors() const
{
    QStringList errors;
    for (const QString &error : {m_connectionsPage->errorText(), m_scopePage->errorText(),
                                 m_remapPage->errorText(), m_optionsPage->errorText()}) {
        if (!error.isEmpty())
            errors << error;
    }
    return errors.join(u'\n');
}

} // namespace sluice::gui
