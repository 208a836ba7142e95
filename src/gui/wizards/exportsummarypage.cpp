#include "gui/wizards/exportsummarypage.h"

#include "gui/common/parfilesaver.h"
#include "gui/wizards/exportwizard.h"
#include "ui_exportsummarypage.h"

#include "engine/params/jobspecvalidator.h"
#include "engine/params/parfilewriter.h"

#include <QClipboard>
#include <QGuiApplication>

namespace sluice::gui {

ExportSummaryPage::ExportSummaryPage(ExportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ExportSummaryPage>())
    , m_wizard(wizard)
    , m_saver(new ParfileSaver(this))
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExportSummaryPage::copyParfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ExportSummaryPage::chooseFile);
    connect(m_ui->saveToSavedJobButton, &QPushButton::clicked, wizard,
            &ExportWizard::saveToSavedJob);
    connect(m_saver, &ParfileSaver::saved, this, &ExportSummaryPage::parfileSaved);
    connect(this, &ExportSummaryPage::parfileSaved, this,
            [this](bool, const QString &message) { m_ui->validationLabel->setText(message); });
    connect(wizard, &ExportWizard::savedJobSaved, this,
            [this](bool, const QString &message) { m_ui->validationLabel->setText(message); });
}

void ExportSummaryPage::setSavedJobName(const QString &name)
{
    m_ui->saveToSavedJobButton->setVisible(!name.isEmpty());
    m_ui->saveToSavedJobButton->setText(name.isEmpty() ? tr("Save to Saved &Job")
                                                       : tr("Save to Saved &Job %1").arg(name));
}

ExportSummaryPage::~ExportSummaryPage() = default;

void ExportSummaryPage::initializePage()
{
    refresh();
}

void ExportSummaryPage::refresh()
{
    const engine::JobSpec spec = m_wizard->spec();
    m_ui->parfileView->setPlainText(engine::ParfileWriter::write(spec));
    m_error = m_wizard->pageErrors();
    if (m_error.isEmpty()) {
        if (const auto error = engine::JobSpecValidator::validate(spec))
            m_error = error->toString();
    }
    if (m_error.isEmpty() && spec.connection.isEmpty())
        m_error = tr("Choose the source connection.");
    if (m_error.isEmpty() && spec.encryptionPasswordPrompt)
        m_error = tr("Type the encryption password on the Dump Files page.");
    m_ui->validationLabel->setStyleSheet(m_error.isEmpty() ? QString()
                                                           : QStringLiteral("color: #c01010;"));
    m_ui->validationLabel->setText(
        m_error.isEmpty() ? tr("The job is valid. Run starts it in the background.") : m_error);
    Q_EMIT completeChanged();
}

QString ExportSummaryPage::parfileText() const
{
    return m_ui->parfileView->toPlainText();
}

QString ExportSummaryPage::validationText() const
{
    return m_ui->validationLabel->text();
}

bool ExportSummaryPage::isComplete() const
{
    return m_error.isEmpty() && !m_launching;
}

void ExportSummaryPage::setLaunchState(bool launching, const QString &error)
{
    m_launching = launching;
    m_ui->validationLabel->setStyleSheet(error.isEmpty() ? QString()
                                                         : QStringLiteral("color: #c01010;"));
    if (launching)
        m_ui->validationLabel->setText(tr("Starting the job…"));
    else if (!error.isEmpty())
        m_ui->validationLabel->setText(tr("The job could not start: %1").arg(error));
    Q_EMIT completeChanged();
}

void ExportSummaryPage::copyParfile()
{
    QGuiApplication::clipboard()->setText(parfileText());
    m_ui->validationLabel->setText(tr("The parfile is on the clipboard."));
}

void ExportSummaryPage::chooseFile()
{
    m_saver->chooseFile([this](const QString &path) { saveParfile(path); });
}

void ExportSummaryPage::saveParfile(const QString &path)
{
    m_saver->save(path, parfileText());
}

} // namespace sluice::gui
