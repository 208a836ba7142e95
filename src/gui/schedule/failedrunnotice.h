#pragma once

#include "engine/schedule/runrecord.h"

#include <QDateTime>
#include <QObject>

namespace sluice::gui {

// At the GUI's start: finds the scheduled or manual runs that failed (or completed
// with errors) since the GUI last started, and stores this start. The last start is
// kept in <config>/gui.ini (QSettings; never a password); the history is read on a
// worker (RunHistory::failedRunsSinceAsync).
class FailedRunNotice : public QObject
{
    Q_OBJECT

public:
    explicit FailedRunNotice(QObject *parent = nullptr);

    void check();
    // The settings file the last start is kept in.
    [[nodiscard]] static QString settingsPath();
    // The message for the runs found ("2 runs failed since ...: nightly_copy ...").
    [[nodiscard]] static QString message(const QList<engine::RunRecord> &runs,
                                         const QDateTime &since);

Q_SIGNALS:
    // Emitted only when there are such runs.
    void failedRunsFound(const QList<sluice::engine::RunRecord> &runs, const QString &message);
    void checked(int failedRuns);
};

} // namespace sluice::gui
