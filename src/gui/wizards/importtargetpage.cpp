#include "gui/wizards/importtargetpage.h"

#include "gui/wizards/importoptionspage.h"
#include "gui/wizards/importprofilecombo.h"
#include "gui/wizards/importwizardbase.h"
#include "gui/wizards/wizardcatalogsource.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sluice::gui {

ImportTargetPage::ImportTargetPage(ImportWizardBase *wizard, ImportOptionsPage *options)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_options(options)
    , m_intoConnection(new QRadioButton(tr("Import &into this connection:"), this))
    , m_sqlOnly(new QRadioButton(tr("&SQL file only, for this engine:"), this))
    , m_target(new ImportProfileCombo(this))
    , m_dialect(new QComboBox(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("ImportTargetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("Where the objects and rows go. \"SQL file only\" writes the statements "
                   "the import would run and changes no database."));
    m_intoConnection->setObjectName(QStringLiteral("intoConnectionRadio"));
    m_sqlOnly->setObjectName(QStringLiteral("sqlOnlyRadio"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_dialect->setObjectName(QStringLiteral("targetDialectCombo"));
    for (const auto dialect :
         {engine::Dialect::PostgreSQL, engine::Dialect::MariaDB, engine::Dialect::SQLite})
        m_dialect->addItem(engine::dialectDisplayName(dialect), int(dialect));
    m_state->setWordWrap(true);
    m_intoConnection->setChecked(true);
    auto *grid = new QGridLayout;
    grid->addWidget(m_intoConnection, 0, 0);
    grid->addWidget(m_target, 0, 1);
    grid->addWidget(m_sqlOnly, 1, 0);
    grid->addWidget(m_dialect, 1, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_state);
    layout->addStretch();
    connect(m_intoConnection, &QRadioButton::toggled, this, &ImportTargetPage::updateState);
    connect(m_target, &ImportProfileCombo::referenceChosen, this, [this](const QString &reference) {
        m_wizard->loadTargetCatalog(reference);
        updateState();
    });
    connect(m_target, &QComboBox::currentTextChanged, this, &ImportTargetPage::completeChanged);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ImportTargetPage::updateState);
    connect(wizard, &ImportWizardBase::targetCatalogChanged, this,
            &ImportTargetPage::showCatalogState);
    updateState();
}

bool ImportTargetPage::sqlFileOnly() const
{
    return m_sqlOnly->isChecked();
}

void ImportTargetPage::updateState()
{
    m_target->setEnabled(!sqlFileOnly());
    m_dialect->setEnabled(sqlFileOnly());
    m_options->setSqlFileOnly(sqlFileOnly());
    showCatalogState();
    Q_EMIT completeChanged();
}

void ImportTargetPage::showCatalogState()
{
    if (sqlFileOnly()) {
        m_state->setText(
            tr("The SQL file is written for an empty %1 database.").arg(m_dialect->currentText()));
        return;
    }
    const WizardCatalogSource *source = m_wizard->targetSource();
    if (source->isLoading())
        m_state->setText(tr("Reading the catalog of %1…").arg(source->reference()));
    else if (const auto &catalog = source->catalog())
        m_state->setText(
            tr("%1 %2: %n schema(s).", nullptr, int(catalog->schemas.size()))
                .arg(engine::dialectDisplayName(catalog->dialect), catalog->serverVersion));
    else if (!source->errorString().isEmpty())
        m_state->setText(tr("The catalog could not be read: %1").arg(source->errorString()));
    else
        m_state->clear();
}

bool ImportTargetPage::isComplete() const
{
    return sqlFileOnly() || !m_target->reference().isEmpty();
}

void ImportTargetPage::setConnection(const QString &reference)
{
    m_target->setReference(reference);
}

void ImportTargetPage::readSpec(const engine::JobSpec &spec)
{
    if (spec.targetDialect && spec.connection.isEmpty()) {
        m_sqlOnly->setChecked(true);
        m_dialect->setCurrentIndex(m_dialect->findData(int(*spec.targetDialect)));
    } else {
        m_intoConnection->setChecked(true);
        m_target->setReference(spec.connection);
    }
    updateState();
}

void ImportTargetPage::writeSpec(engine::JobSpec &spec) const
{
    spec.targetDialect.reset();
    spec.connection.clear();
    if (sqlFileOnly())
        spec.targetDialect = engine::Dialect(m_dialect->currentData().toInt());
    else
        spec.connection = m_target->reference();
}

} // namespace sluice::gui
