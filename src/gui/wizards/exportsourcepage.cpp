#include "gui/wizards/exportsourcepage.h"

#include "gui/common/backgroundtask.h"
#include "gui/wizards/exportwizard.h"
#include "gui/wizards/wizardcatalogsource.h"
#include "ui_exportsourcepage.h"

#include "engine/connection/connectionprofilestore.h"

#include <QLineEdit>

namespace sluice::gui {

namespace {

struct ProfileList
{
    QStringList names;
    QStringList urls;
    QString error;
};

} // namespace

ExportSourcePage::ExportSourcePage(ExportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ExportSourcePage>())
    , m_wizard(wizard)
    , m_profilesTask(new BackgroundTask(this))
{
    m_ui->setupUi(this);
    registerField(QLatin1String(exportwizard::kFieldConnection), m_ui->connectionCombo,
                  "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_ui->connectionCombo, &QComboBox::activated, this,
            &ExportSourcePage::connectionChosen);
    connect(m_ui->connectionCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &ExportSourcePage::connectionChosen);
    connect(m_ui->connectionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->urlLabel->setText(m_ui->connectionCombo->itemData(index).toString());
    });
    connect(wizard, &ExportWizard::catalogChanged, this, &ExportSourcePage::showCatalogState);
    loadProfiles();
}

ExportSourcePage::~ExportSourcePage() = default;

void ExportSourcePage::loadProfiles()
{
    m_ui->catalogStatusLabel->setText(tr("Loading the saved connections…"));
    m_profilesTask->start(
        [] {
            ProfileList list;
            engine::ConnectionProfileStore store;
            if (!store.load() || !store.ensureSampleProfile())
                list.error = store.errorString();
            for (const auto &profile : store.profiles()) {
                list.names.append(profile.name);
                list.urls.append(profile.params.toUrl());
            }
            return list;
        },
        [this](const ProfileList &list) {
            const QString typed =
                m_wanted.isEmpty() ? m_ui->connectionCombo->currentText() : m_wanted;
            m_ui->connectionCombo->clear();
            for (qsizetype i = 0; i < list.names.size(); ++i)
                m_ui->connectionCombo->addItem(QIcon(QStringLiteral(":/icons/database.svg")),
                                               list.names.at(i), list.urls.at(i));
            m_ui->catalogStatusLabel->setText(list.error);
            setConnection(typed.isEmpty() && !list.names.isEmpty() ? list.names.first() : typed);
        });
}

void ExportSourcePage::setConnection(const QString &reference)
{
    m_wanted = m_profilesTask->isBusy() ? reference : QString();
    const int index = m_ui->connectionCombo->findText(reference, Qt::MatchFixedString);
    if (index >= 0)
        m_ui->connectionCombo->setCurrentIndex(index);
    else
        m_ui->connectionCombo->setCurrentText(reference);
    if (!m_profilesTask->isBusy())
        connectionChosen();
}

void ExportSourcePage::connectionChosen()
{
    const QString reference = m_ui->connectionCombo->currentText().trimmed();
    if (!reference.isEmpty())
        m_wizard->loadCatalog(reference);
}

void ExportSourcePage::showCatalogState()
{
    const WizardCatalogSource *source = m_wizard->catalogSource();
    if (source->isLoading()) {
        m_ui->catalogStatusLabel->setText(
            tr("Reading the catalog of %1…").arg(source->reference()));
        return;
    }
    if (const auto &catalog = source->catalog()) {
        int tables = 0;
        for (const auto &schema : catalog->schemas)
            tables += int(schema.tables.size());
        m_ui->catalogStatusLabel->setText(
            tr("%1 %2 — schemas: %3, tables: %4")
                .arg(engine::dialectDisplayName(catalog->dialect), catalog->serverVersion)
                .arg(catalog->schemas.size())
                .arg(tables));
        return;
    }
    m_ui->catalogStatusLabel->setText(
        tr("The catalog could not be read: %1").arg(source->errorString()));
}

void ExportSourcePage::initializePage()
{
    showCatalogState();
}

bool ExportSourcePage::validatePage()
{
    // Never blocks: the catalog keeps loading while the user goes on.
    connectionChosen();
    return true;
}

void ExportSourcePage::readSpec(const engine::JobSpec &spec)
{
    setConnection(spec.connection);
}

void ExportSourcePage::writeSpec(engine::JobSpec &spec) const
{
    spec.connection = m_ui->connectionCombo->currentText().trimmed();
}

} // namespace sluice::gui
