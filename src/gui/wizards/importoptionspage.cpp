#include "gui/wizards/importoptionspage.h"

#include "gui/wizards/importwizardbase.h"

#include "engine/directory/directoryresolver.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

engine::FileSpec fileSpec(const QString &text)
{
    const auto [directory, name] = engine::DirectoryResolver::splitSpec(text.trimmed());
    return engine::FileSpec{directory, name};
}

} // namespace

QString ImportOptionsPage::explanation(engine::TableExistsAction action)
{
    switch (action) {
    case engine::TableExistsAction::Skip:
        return tr("Leave a table that already exists alone: no rows are loaded into it. "
                  "New tables are created and filled. (The default.)");
    case engine::TableExistsAction::Append:
        return tr("Add the imported rows to the rows the table already has. A row that "
                  "breaks a key rolls back its whole chunk and is reported.");
    case engine::TableExistsAction::Truncate:
        return tr("Empty the existing table, keep its definition, indexes and keys, then "
                  "load the rows. The old rows are gone.");
    case engine::TableExistsAction::Replace:
        return tr("Drop the existing table and re-create it from the source, then load it. "
                  "Views, sequences and routines of the import are re-created too: a full "
                  "refresh.");
    }
    return {};
}

ImportOptionsPage::ImportOptionsPage(ImportWizardBase *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_actions(new QButtonGroup(this))
    , m_actionHelp(new QLabel(this))
    , m_content(new QComboBox(this))
    , m_verify(new QComboBox(this))
    , m_verifyLabel(new QLabel(tr("&Verification:"), this))
    , m_parallel(new QSpinBox(this))
    , m_jobName(new QLineEdit(this))
    , m_logFile(new QLineEdit(this))
    , m_noLog(new QCheckBox(tr("&No log file"), this))
    , m_sqlFile(new QCheckBox(tr("&Write a SQL file instead of importing"), this))
    , m_sqlFileName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ImportOptionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("What happens to tables that exist already, what is copied, and how "
                   "the job runs."));
    auto *group = new QGroupBox(tr("When a table already exists (TABLE_EXISTS_ACTION)"), this);
    auto *groupLayout = new QVBoxLayout(group);
    auto *radios = new QHBoxLayout;
    const QStringList labels{tr("S&kip"), tr("&Append"), tr("&Truncate"), tr("R&eplace")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *radio = new QRadioButton(labels.at(i), group);
        radio->setObjectName(
            QStringLiteral("tableExists") +
            QLatin1String(engine::EnumKeywords<engine::TableExistsAction>::names[i]));
        radio->setToolTip(explanation(engine::TableExistsAction(i)));
        m_actions->addButton(radio, i);
        radios->addWidget(radio);
    }
    radios->addStretch();
    m_actions->button(0)->setChecked(true);
    m_actionHelp->setObjectName(QStringLiteral("tableExistsHelp"));
    m_actionHelp->setWordWrap(true);
    groupLayout->addLayout(radios);
    groupLayout->addWidget(m_actionHelp);

    m_content->setObjectName(QStringLiteral("contentCombo"));
    m_content->addItems({tr("Definitions and rows (ALL)"), tr("Rows only (DATA_ONLY)"),
                         tr("Definitions only (METADATA_ONLY)")});
    m_verify->setObjectName(QStringLiteral("verifyCombo"));
    m_verify->addItems({tr("None (NONE)"), tr("Row counts (COUNT, the default)"),
                        tr("Row counts and content checksums (CHECKSUM)")});
    m_verify->setCurrentIndex(1);
    m_verifyLabel->setBuddy(m_verify);
    m_parallel->setObjectName(QStringLiteral("parallelSpin"));
    m_parallel->setRange(1, 64);
    m_jobName->setObjectName(QStringLiteral("jobNameEdit"));
    m_jobName->setPlaceholderText(tr("SYS_IMPORT_SCHEMA_01"));
    m_logFile->setObjectName(QStringLiteral("logFileEdit"));
    m_logFile->setPlaceholderText(tr("import.log"));
    m_sqlFile->setObjectName(QStringLiteral("sqlFileCheck"));
    m_sqlFileName->setObjectName(QStringLiteral("sqlFileEdit"));
    m_sqlFileName->setPlaceholderText(tr("[DIRECTORY:]file.sql"));
    m_sqlFileName->setText(QStringLiteral("import.sql"));

    auto *form = new QFormLayout;
    auto addRow = [form, this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Content:"), m_content);
    form->addRow(m_verifyLabel, m_verify);
    addRow(tr("&Parallel workers:"), m_parallel);
    addRow(tr("&Job name:"), m_jobName);
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logFile, 1);
    logRow->addWidget(m_noLog);
    auto *logLabel = new QLabel(tr("&Log file:"), this);
    logLabel->setBuddy(m_logFile);
    form->addRow(logLabel, logRow);
    form->addRow(m_sqlFile);
    addRow(tr("S&QL file:"), m_sqlFileName);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_actions, &QButtonGroup::idClicked, this, [this] {
        m_actionGiven = true;
        updateState();
    });
    connect(m_sqlFile, &QCheckBox::toggled, this, &ImportOptionsPage::updateState);
    connect(m_noLog, &QCheckBox::toggled, this, &ImportOptionsPage::updateState);
    connect(m_sqlFileName, &QLineEdit::textChanged, this, &ImportOptionsPage::updateState);
    updateState();
}

void ImportOptionsPage::initializePage()
{
    const bool network = !m_wizard->spec().networkLink.isEmpty();
    m_verify->setVisible(network);
    m_verifyLabel->setVisible(network);
    updateState();
}

void ImportOptionsPage::setSqlFileOnly(bool only)
{
    m_sqlFileOnly = only;
    if (only)
        m_sqlFile->setChecked(true);
    updateState();
}

void ImportOptionsPage::updateState()
{
    m_actionHelp->setText(explanation(engine::TableExistsAction(qMax(0, m_actions->checkedId()))));
    m_sqlFile->setEnabled(!m_sqlFileOnly);
    m_sqlFileName->setEnabled(m_sqlFile->isChecked());
    m_logFile->setEnabled(!m_noLog->isChecked());
    Q_EMIT completeChanged();
}

QString ImportOptionsPage::errorText() const
{
    if (!m_sqlFile->isChecked())
        return {};
    const engine::FileSpec file = fileSpec(m_sqlFileName->text());
    if (file.fileName.isEmpty())
        return tr("Name the SQL file.");
    return engine::DirectoryResolver::fileNameError(file.fileName);
}

bool ImportOptionsPage::isComplete() const
{
    return errorText().isEmpty();
}

void ImportOptionsPage::readSpec(const engine::JobSpec &spec)
{
    m_actionGiven = spec.tableExistsAction.has_value();
    m_actions->button(int(spec.effectiveTableExistsAction()))->setChecked(true);
    m_content->setCurrentIndex(int(spec.effectiveContent()));
    m_verify->setCurrentIndex(int(spec.effectiveVerify()));
    m_parallel->setValue(spec.parallel);
    m_jobName->setText(spec.jobName.toParameterText());
    m_logFile->setText(spec.logFile ? spec.logFile->toParameterText() : QString());
    m_noLog->setChecked(spec.noLogFile);
    m_sqlFile->setChecked(spec.sqlFile.has_value() || m_sqlFileOnly);
    if (spec.sqlFile)
        m_sqlFileName->setText(spec.sqlFile->toParameterText());
    updateState();
}

void ImportOptionsPage::writeSpec(engine::JobSpec &spec) const
{
    const auto action = engine::TableExistsAction(qMax(0, m_actions->checkedId()));
    spec.tableExistsAction.reset();
    if (m_actionGiven || action != spec.effectiveTableExistsAction())
        spec.tableExistsAction = action;
    const auto content = engine::JobContent(m_content->currentIndex());
    spec.content = content == engine::JobContent::All ? std::nullopt
                                                      : std::optional<engine::JobContent>(content);
    const auto verify = engine::VerifyMode(m_verify->currentIndex());
    spec.verify.reset();
    if (!spec.networkLink.isEmpty() && verify != engine::VerifyMode::Count)
        spec.verify = verify;
    spec.parallel = m_parallel->value();
    QString error;
    const auto name = engine::SqlName::parse(m_jobName->text().trimmed(), &error);
    spec.jobName = name ? *name : engine::SqlName{};
    spec.noLogFile = m_noLog->isChecked();
    spec.logFile.reset();
    if (!spec.noLogFile && !m_logFile->text().trimmed().isEmpty())
        spec.logFile = fileSpec(m_logFile->text());
    spec.sqlFile.reset();
    if (m_sqlFile->isChecked())
        spec.sqlFile = fileSpec(m_sqlFileName->text());
}

} // namespace sluice::gui
