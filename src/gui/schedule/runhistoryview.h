#pragma once

#include "engine/schedule/runrecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sluice::gui {

class BackgroundTask;

// The run history of one saved job (or of all): start, end, scheduled or manual,
// outcome, exit code, rows, warnings and errors. Failed runs are highlighted red,
// runs with errors yellow; Open Log (or a double-click) asks to show the run's log.
class RunHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistoryView(QWidget *parent = nullptr);

    // Reads the history on a worker; an empty name shows every job's runs.
    void showJob(const QString &jobName);
    void refresh();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QList<engine::RunRecord> records() const { return m_records; }
    // The colour a record's row gets (invalid: none).
    [[nodiscard]] static QColor highlight(const engine::RunRecord &record);

Q_SIGNALS:
    void loaded();
    void openLogRequested(const QString &path);

private:
    void fill(const QList<engine::RunRecord> &records);
    void openLog(int row);

    BackgroundTask *m_task;
    QTableWidget *m_table;
    QLabel *m_title;
    QPushButton *m_openLog;
    QString m_jobName;
    QList<engine::RunRecord> m_records; // newest first, as shown
};

} // namespace sluice::gui
