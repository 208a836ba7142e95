#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace sluice::gui {

class BackgroundTask;

// Edits a saved job's schedule: daily, weekly or monthly at a time, or a repeat
// interval in DBMS_SCHEDULER's calendar syntax. The text is checked as it is typed
// (CalendarParser: the error and its position) and the next five runs are listed.
// Register hands it to the OS scheduler (ScheduleManager, on a worker); Unregister
// removes the entry.
class ScheduleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind { Daily, Weekly, Monthly, Calendar };

    ScheduleEditorDialog(const QString &jobName, const QString &currentSchedule,
                         QWidget *parent = nullptr);

    [[nodiscard]] QString scheduleText() const;
    void setScheduleText(const QString &text);
    void setKind(Kind kind);
    // Why the text is refused (with its 1-based position), or empty.
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] int errorPosition() const { return m_errorPosition; }
    [[nodiscard]] QStringList nextRuns() const;
    [[nodiscard]] QPushButton *registerButton() const { return m_register; }
    [[nodiscard]] QPushButton *unregisterButton() const { return m_unregister; }

Q_SIGNALS:
    void scheduleChanged(bool ok, const QString &message);

private:
    void composeText();
    void validate();
    void registerSchedule();
    void unregisterSchedule();
    void finishCommand(bool ok, const QString &message);

    QString m_jobName;
    BackgroundTask *m_task;
    QButtonGroup *m_kinds;
    QStackedWidget *m_pages;
    QTimeEdit *m_time;
    QList<QCheckBox *> m_weekdays;
    QSpinBox *m_monthDay;
    QCheckBox *m_lastDay;
    QLineEdit *m_text;
    QLabel *m_status;
    QListWidget *m_runs;
    QPushButton *m_register;
    QPushButton *m_unregister;
    QString m_error;
    int m_errorPosition = 0;
    bool m_composing = false;
};

} // namespace sluice::gui
