#pragma once

#include "engine/connection/connectionprofile.h"

#include <QObject>
#include <functional>
#include <optional>

class QMutex;

namespace sluice::gui {

class BackgroundTask;

// Changes connections.json on a worker thread: load, change, save, then report.
// Operations are serialized, so two quick changes never lose one another.
class ProfileStoreController : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStoreController(QObject *parent = nullptr);

    // Adds the profile (originalName empty) or replaces originalName with it.
    void save(const engine::ConnectionProfile &profile, const QString &originalName = {});
    void remove(const QString &name);
    // Copies the profile under a free name ("hr_copy", "hr_copy2", ...).
    void duplicate(const QString &name);

    [[nodiscard]] bool isBusy() const;
    // Held by every reader and writer of connections.json in the GUI's workers.
    [[nodiscard]] static QMutex &storeMutex();

Q_SIGNALS:
    // profileName: the profile saved, removed or created.
    void finished(bool ok, const QString &message, const QString &profileName);

private:
    BackgroundTask *m_task;
};

} // namespace sluice::gui
