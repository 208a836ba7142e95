#include "gui/wizards/schemacopyconnectionspage.h"

#include "gui/wizards/importprofilecombo.h"
#include "gui/wizards/importwizardbase.h"
#include "gui/wizards/wizardcatalogsource.h"

#include <QFormLayout>
#include <QLabel>

namespace sluice::gui {

namespace {

QString stateText(const WizardCatalogSource *source)
{
    if (source->isLoading())
        return SchemaCopyConnectionsPage::tr("Reading the catalog of %1…").arg(source->reference());
    if (const auto &catalog = source->catalog()) {
        int tables = 0;
        for (const auto &schema : catalog->schemas)
            tables += int(schema.tables.size());
        return SchemaCopyConnectionsPage::tr("%1 %2: %n schema(s), ", nullptr,
                                             int(catalog->schemas.size()))
                   .arg(engine::dialectDisplayName(catalog->dialect), catalog->serverVersion) +
               SchemaCopyConnectionsPage::tr("%n table(s).", nullptr, tables);
    }
    if (!source->errorString().isEmpty())
        return SchemaCopyConnectionsPage::tr("The catalog could not be read: %1")
            .arg(source->errorString());
    return {};
}

} // namespace

SchemaCopyConnectionsPage::SchemaCopyConnectionsPage(ImportWizardBase *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_source(new ImportProfileCombo(this))
    , m_target(new ImportProfileCombo(this))
    , m_sourceState(new QLabel(this))
    , m_targetState(new QLabel(this))
{
    setObjectName(QStringLiteral("SchemaCopyConnectionsPage"));
    setTitle(tr("Source and Target"));
    setSubTitle(tr("A schema copy reads the source database directly (no dump file) and "
                   "creates and fills the objects in the target."));
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    for (QLabel *label : {m_sourceState, m_targetState})
        label->setWordWrap(true);
    auto *form = new QFormLayout(this);
    auto *sourceLabel = new QLabel(tr("&Source connection:"), this);
    sourceLabel->setBuddy(m_source);
    auto *targetLabel = new QLabel(tr("&Target connection:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(sourceLabel, m_source);
    form->addRow(QString(), m_sourceState);
    form->addRow(targetLabel, m_target);
    form->addRow(QString(), m_targetState);
    connect(m_source, &ImportProfileCombo::referenceChosen, this, [this](const QString &reference) {
        m_wizard->loadNetworkCatalog(reference);
        Q_EMIT completeChanged();
    });
    connect(m_target, &ImportProfileCombo::referenceChosen, this, [this](const QString &reference) {
        m_wizard->loadTargetCatalog(reference);
        Q_EMIT completeChanged();
    });
    for (ImportProfileCombo *combo : {m_source, m_target})
        connect(combo, &QComboBox::currentTextChanged, this,
                &SchemaCopyConnectionsPage::completeChanged);
    connect(wizard, &ImportWizardBase::sourceCatalogChanged, this,
            &SchemaCopyConnectionsPage::showState);
    connect(wizard, &ImportWizardBase::targetCatalogChanged, this,
            &SchemaCopyConnectionsPage::showState);
}

void SchemaCopyConnectionsPage::showState()
{
    m_sourceState->setText(stateText(m_wizard->networkSource()));
    m_targetState->setText(stateText(m_wizard->targetSource()));
    Q_EMIT completeChanged();
}

void SchemaCopyConnectionsPage::setSource(const QString &reference)
{
    m_source->setReference(reference);
}

void SchemaCopyConnectionsPage::setTarget(const QString &reference)
{
    m_target->setReference(reference);
}

QString SchemaCopyConnectionsPage::errorText() const
{
    if (m_source->reference().isEmpty())
        return tr("Choose the source connection.");
    if (m_target->reference().isEmpty())
        return tr("Choose the target connection.");
    if (m_source->reference() == m_target->reference())
        return tr("The source and the target are the same connection.");
    return {};
}

bool SchemaCopyConnectionsPage::isComplete() const
{
    return errorText().isEmpty();
}

void SchemaCopyConnectionsPage::readSpec(const engine::JobSpec &spec)
{
    setSource(spec.networkLink);
    setTarget(spec.connection);
}

void SchemaCopyConnectionsPage::writeSpec(engine::JobSpec &spec) const
{
    spec.networkLink = m_source->reference();
    spec.connection = m_target->reference();
}

} // namespace sluice::gui
