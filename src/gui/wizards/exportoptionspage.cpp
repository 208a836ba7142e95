#include "gui/wizards/exportoptionspage.h"

#include "ui_exportoptionspage.h"

namespace sluice::gui {

namespace {

template <typename E>
void fillKeywords(QComboBox *combo, const QString &defaultText)
{
    combo->addItem(defaultText);
    for (const char *name : engine::EnumKeywords<E>::names)
        combo->addItem(QLatin1String(name));
}

template <typename E>
std::optional<E> keywordOf(const QComboBox *combo)
{
    if (combo->currentIndex() <= 0)
        return std::nullopt;
    return E(combo->currentIndex() - 1);
}

std::optional<engine::FileSpec> fileSpec(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const qsizetype colon = trimmed.indexOf(u':');
    if (colon > 0)
        return engine::FileSpec{trimmed.left(colon).toUpper(), trimmed.mid(colon + 1)};
    return engine::FileSpec{QString(), trimmed};
}

} // namespace

ExportOptionsPage::ExportOptionsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExportOptionsPage>())
{
    m_ui->setupUi(this);
    fillKeywords<engine::EstimateMethod>(m_ui->estimateCombo, tr("default (BLOCKS)"));
    fillKeywords<engine::LogTime>(m_ui->logTimeCombo, tr("default (none)"));
    connect(m_ui->noLogFileCheck, &QCheckBox::toggled, m_ui->logFileEdit, &QWidget::setDisabled);
}

ExportOptionsPage::~ExportOptionsPage() = default;

void ExportOptionsPage::readSpec(const engine::JobSpec &spec)
{
    m_ui->parallelSpin->setValue(std::max(1, spec.parallel));
    m_ui->jobNameEdit->setText(spec.jobName.toParameterText());
    m_ui->estimateCombo->setCurrentIndex(spec.estimate ? int(*spec.estimate) + 1 : 0);
    m_ui->estimateOnlyCheck->setChecked(spec.estimateOnly);
    m_ui->logFileEdit->setText(spec.logFile ? spec.logFile->toParameterText() : QString());
    m_ui->noLogFileCheck->setChecked(spec.noLogFile);
    m_ui->logTimeCombo->setCurrentIndex(spec.logTime ? int(*spec.logTime) + 1 : 0);
    m_ui->metricsCheck->setChecked(spec.metrics);
    m_ui->keepMasterCheck->setChecked(spec.keepMaster);
}

void ExportOptionsPage::writeSpec(engine::JobSpec &spec) const
{
    spec.parallel = m_ui->parallelSpin->value();
    const QString jobName = m_ui->jobNameEdit->text().trimmed();
    spec.jobName = {};
    if (!jobName.isEmpty()) {
        QString error;
        if (const auto name = engine::SqlName::parse(jobName, &error))
            spec.jobName = *name;
        else
            spec.jobName = engine::SqlName{jobName, true};
    }
    spec.estimate = keywordOf<engine::EstimateMethod>(m_ui->estimateCombo);
    spec.estimateOnly = m_ui->estimateOnlyCheck->isChecked();
    spec.noLogFile = m_ui->noLogFileCheck->isChecked();
    spec.logFile = spec.noLogFile ? std::nullopt : fileSpec(m_ui->logFileEdit->text());
    spec.logTime = keywordOf<engine::LogTime>(m_ui->logTimeCombo);
    spec.metrics = m_ui->metricsCheck->isChecked();
    spec.keepMaster = m_ui->keepMasterCheck->isChecked();
}

} // namespace sluice::gui
