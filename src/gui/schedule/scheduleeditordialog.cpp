#include "gui/schedule/scheduleeditordialog.h"

#include "gui/common/backgroundtask.h"
#include "gui/schedule/schedulecommands.h"

#include "engine/schedule/calendarparser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

constexpr int kPreviewRuns = 5;
constexpr const char *kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

ScheduleEditorDialog::ScheduleEditorDialog(const QString &jobName, const QString &currentSchedule,
                                           QWidget *parent)
    : QDialog(parent)
    , m_jobName(jobName)
    , m_task(new BackgroundTask(this, BackgroundTask::Policy::Every))
    , m_kinds(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_time(new QTimeEdit(QTime(4, 0), this))
    , m_monthDay(new QSpinBox(this))
    , m_lastDay(new QCheckBox(tr("the &last day of the month"), this))
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_runs(new QListWidget(this))
    , m_register(new QPushButton(tr("&Register"), this))
    , m_unregister(new QPushButton(tr("&Unregister"), this))
{
    setObjectName(QStringLiteral("scheduleEditorDialog"));
    setWindowTitle(tr("Schedule of %1").arg(jobName));
    auto *kinds = new QHBoxLayout;
    const QStringList labels{tr("&Daily"), tr("&Weekly"), tr("&Monthly"), tr("&Calendar syntax")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *radio = new QRadioButton(labels.at(i), this);
        radio->setObjectName(QStringLiteral("scheduleKind%1").arg(i));
        m_kinds->addButton(radio, i);
        kinds->addWidget(radio);
    }
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *daily = new QWidget(this);
    auto *weekly = new QWidget(this);
    auto *weekLayout = new QHBoxLayout(weekly);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), weekly);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        weekLayout->addWidget(box);
        m_weekdays << box;
        connect(box, &QCheckBox::toggled, this, &ScheduleEditorDialog::composeText);
    }
    m_weekdays.first()->setChecked(true);
    auto *monthly = new QWidget(this);
    auto *monthLayout = new QHBoxLayout(monthly);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    m_monthDay->setRange(1, 31);
    m_monthDay->setPrefix(tr("day "));
    monthLayout->addWidget(m_monthDay);
    monthLayout->addWidget(m_lastDay);
    monthLayout->addStretch();
    auto *calendar = new QLabel(tr("e.g. FREQ=DAILY; INTERVAL=1; BYHOUR=4; BYMINUTE=30 "
                                   "(FREQ, INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, BYHOUR, "
                                   "BYMINUTE)"),
                                this);
    calendar->setWordWrap(true);
    for (QWidget *page : {daily, weekly, monthly, static_cast<QWidget *>(calendar)})
        m_pages->addWidget(page);
    m_text->setObjectName(QStringLiteral("scheduleTextEdit"));
    m_status->setObjectName(QStringLiteral("scheduleStatusLabel"));
    m_status->setWordWrap(true);
    m_runs->setObjectName(QStringLiteral("nextRunsList"));
    m_runs->setMaximumHeight(110);
    m_register->setObjectName(QStringLiteral("registerScheduleButton"));
    m_unregister->setObjectName(QStringLiteral("unregisterScheduleButton"));

    auto *form = new QFormLayout;
    auto *timeLabel = new QLabel(tr("&At:"), this);
    timeLabel->setBuddy(m_time);
    form->addRow(timeLabel, m_time);
    form->addRow(QString(), m_pages);
    auto *textLabel = new QLabel(tr("&Schedule:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    form->addRow(QString(), m_status);
    form->addRow(tr("Next runs:"), m_runs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_register, QDialogButtonBox::ActionRole);
    buttons->addButton(m_unregister, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kinds);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) { setKind(Kind(id)); });
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEditorDialog::composeText);
    connect(m_monthDay, &QSpinBox::valueChanged, this, &ScheduleEditorDialog::composeText);
    connect(m_lastDay, &QCheckBox::toggled, this, &ScheduleEditorDialog::composeText);
    connect(m_text, &QLineEdit::textChanged, this, &ScheduleEditorDialog::validate);
    connect(m_register, &QPushButton::clicked, this, &ScheduleEditorDialog::registerSchedule);
    connect(m_unregister, &QPushButton::clicked, this, &ScheduleEditorDialog::unregisterSchedule);
    m_unregister->setEnabled(!currentSchedule.isEmpty());
    if (currentSchedule.isEmpty()) {
        setKind(Daily);
    } else {
        setKind(Calendar);
        setScheduleText(currentSchedule);
    }
    resize(560, 420);
}

void ScheduleEditorDialog::setKind(Kind kind)
{
    m_kinds->button(kind)->setChecked(true);
    m_pages->setCurrentIndex(kind);
    m_time->setEnabled(kind != Calendar);
    m_text->setReadOnly(kind != Calendar);
    if (kind != Calendar)
        composeText();
}

void ScheduleEditorDialog::composeText()
{
    const int kind = m_kinds->checkedId();
    if (kind == Calendar || kind < 0)
        return;
    const QString time = m_time->time().toString(QStringLiteral("HH:mm"));
    QString text;
    if (kind == Daily) {
        text = QStringLiteral("daily ") + time;
    } else if (kind == Weekly) {
        QStringList days;
        for (int i = 0; i < m_weekdays.size(); ++i) {
            if (m_weekdays.at(i)->isChecked())
                days << QLatin1String(kDays[i]);
        }
        text = QStringLiteral("weekly ") + days.join(u',') + u' ' + time;
    } else {
        m_monthDay->setEnabled(!m_lastDay->isChecked());
        text = QStringLiteral("monthly ") +
               (m_lastDay->isChecked() ? QStringLiteral("last")
                                       : QString::number(m_monthDay->value())) +
               u' ' + time;
    }
    m_composing = true;
    m_text->setText(text);
    m_composing = false;
}

void ScheduleEditorDialog::setScheduleText(const QString &text)
{
    m_text->setText(text);
}

QString ScheduleEditorDialog::scheduleText() const
{
    return m_text->text().trimmed();
}

void ScheduleEditorDialog::validate()
{
    engine::CalendarParser parser;
    const auto spec = parser.parse(scheduleText());
    m_runs->clear();
    if (!spec) {
        m_error = parser.errorString();
        m_errorPosition = parser.error().position;
        m_status->setStyleSheet(QStringLiteral("color: #c01010;"));
        // The message names the position and the token; the cursor stays where the
        // user is typing.
        m_status->setText(m_error);
        m_register->setEnabled(false);
        return;
    }
    m_error.clear();
    m_errorPosition = 0;
    m_status->setStyleSheet(QString());
    m_status->setText(spec->toString());
    const QLocale locale;
    for (const QDateTime &run : spec->nextRuns(QDateTime::currentDateTime(), kPreviewRuns))
        m_runs->addItem(locale.toString(run, QLocale::LongFormat));
    m_register->setEnabled(true);
}

QStringList ScheduleEditorDialog::nextRuns() const
{
    QStringList runs;
    for (int i = 0; i < m_runs->count(); ++i)
        runs << m_runs->item(i)->text();
    return runs;
}

void ScheduleEditorDialog::registerSchedule()
{
    m_register->setEnabled(false);
    m_status->setText(tr("Registering with the system scheduler…"));
    m_task->start([name = m_jobName,
                   text = scheduleText()] { return ScheduleCommands::schedule(name, text); },
                  [this](const ScheduleCommandResult &result) {
                      m_unregister->setEnabled(result.ok || m_unregister->isEnabled());
                      finishCommand(result.ok, result.message);
                  });
}

void ScheduleEditorDialog::unregisterSchedule()
{
    m_unregister->setEnabled(false);
    m_task->start([name = m_jobName] { return ScheduleCommands::unschedule(name); },
                  [this](const ScheduleCommandResult &result) {
                      m_unregister->setEnabled(!result.ok);
                      finishCommand(result.ok, result.message);
                  });
}

void ScheduleEditorDialog::finishCommand(bool ok, const QString &message)
{
    m_register->setEnabled(m_error.isEmpty());
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c01010;"));
    m_status->setText(message);
    Q_EMIT scheduleChanged(ok, message);
}

} // namespace sluice::gui
