#include "gui/wizards/importsummarypage.h"

#include "gui/common/parfilesaver.h"
#include "gui/wizards/importlauncher.h"
#include "gui/wizards/importwizardbase.h"

#include "engine/params/jobspecvalidator.h"
#include "engine/params/parfilewriter.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::gui {

ImportSummaryPage::ImportSummaryPage(ImportWizardBase *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_saver(new ParfileSaver(this))
    , m_parfile(new QPlainTextEdit(this))
    , m_command(new QPlainTextEdit(this))
    , m_validation(new QLabel(this))
    , m_showCommand(new QPushButton(tr("Show &Command"), this))
{
    setObjectName(QStringLiteral("ImportSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("The job as a parameter file. Run starts it in the background; the same "
                   "parfile runs it with sluice-cli."));
    setFinalPage(true);
    m_parfile->setObjectName(QStringLiteral("parfileView"));
    m_parfile->setReadOnly(true);
    m_command->setObjectName(QStringLiteral("commandView"));
    m_command->setReadOnly(true);
    m_command->setMaximumHeight(70);
    m_command->hide();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_parfile->setFont(fixed);
    m_command->setFont(fixed);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("C&opy"), this);
    auto *save = new QPushButton(tr("&Save as Parfile…"), this);
    auto *named = new QPushButton(tr("Save as &Named Job…"), this);
    copy->setObjectName(QStringLiteral("copyButton"));
    save->setObjectName(QStringLiteral("saveParfileButton"));
    named->setObjectName(QStringLiteral("saveNamedJobButton"));
    m_showCommand->setObjectName(QStringLiteral("showCommandButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {copy, save, named, m_showCommand})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_parfile, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_command);
    layout->addWidget(m_validation);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(parfileText());
        showMessage(tr("The parfile is on the clipboard."), false);
    });
    connect(save, &QPushButton::clicked, this, &ImportSummaryPage::chooseFile);
    connect(named, &QPushButton::clicked, wizard, &ImportWizardBase::saveAsNamedJob);
    connect(m_showCommand, &QPushButton::clicked, this, [this] {
        m_command->setPlainText(ImportLauncher::commandLine(m_wizard->spec()));
        m_command->show();
    });
    connect(wizard, &ImportWizardBase::namedJobSaved, this,
            [this](bool ok, const QString &message) { showMessage(message, !ok); });
    connect(m_saver, &ParfileSaver::saved, this, &ImportSummaryPage::parfileSaved);
    connect(this, &ImportSummaryPage::parfileSaved, this,
            [this](bool ok, const QString &message) { showMessage(message, !ok); });
}

ImportSummaryPage::~ImportSummaryPage() = default;

void ImportSummaryPage::initializePage()
{
    refresh();
}

void ImportSummaryPage::refresh()
{
    const engine::JobSpec spec = m_wizard->spec();
    m_parfile->setPlainText(engine::ParfileWriter::write(spec));
    m_command->setPlainText(ImportLauncher::commandLine(spec));
    m_error = m_wizard->pageErrors();
    if (m_error.isEmpty()) {
        if (const auto error = engine::JobSpecValidator::validate(spec))
            m_error = error->toString();
    }
    bool unsupported = false;
    if (m_error.isEmpty()) {
        // The engine's own verdict: Run is never offered for what it would refuse.
        const QString reason = ImportLauncher::unsupportedReason(spec);
        if (!reason.isEmpty()) {
            m_error = tr("This build cannot run the job: %1. Show Command gives the command "
                         "to run it once it can.")
                          .arg(reason);
            unsupported = true;
        }
    }
    m_command->setVisible(unsupported);
    showMessage(m_error.isEmpty() ? (spec.sqlFile ? tr("The job is valid. Run writes the SQL "
                                                       "file and opens it in the viewer.")
                                                  : tr("The job is valid. Run starts it in the "
                                                       "background."))
                                  : m_error,
                !m_error.isEmpty());
    Q_EMIT completeChanged();
}

void ImportSummaryPage::showMessage(const QString &text, bool error)
{
    m_validation->setStyleSheet(error ? QStringLiteral("color: #c01010;") : QString());
    m_validation->setText(text);
}

QString ImportSummaryPage::parfileText() const
{
    return m_parfile->toPlainText();
}

QString ImportSummaryPage::validationText() const
{
    return m_validation->text();
}

QString ImportSummaryPage::commandText() const
{
    return m_command->toPlainText();
}

bool ImportSummaryPage::isComplete() const
{
    return m_error.isEmpty() && !m_launching;
}

void ImportSummaryPage::setLaunchState(bool launching, const QString &error)
{
    m_launching = launching;
    if (launching)
        showMessage(tr("Starting…"), false);
    else if (!error.isEmpty())
        showMessage(tr("The job could not start: %1").arg(error), true);
    Q_EMIT completeChanged();
}

void ImportSummaryPage::chooseFile()
{
    m_saver->chooseFile([this](const QString &path) { saveParfile(path); });
}

void ImportSummaryPage::saveParfile(const QString &path)
{
    m_saver->save(path, parfileText());
}

} // namespace sluice::gui
