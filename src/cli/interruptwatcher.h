#pragma once

#include <QObject>

class QSocketNotifier;

namespace sluice::cli {

// Turns Ctrl-C (SIGINT on Unix, the console control handler on Windows) into a
// queued interrupted() signal, so the attached client can show its prompt
// instead of dying. Only one instance may exist at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sluice::cli
