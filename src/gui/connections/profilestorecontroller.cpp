#include "gui/connections/profilestorecontroller.h"

#include "gui/common/backgroundtask.h"

#include "engine/connection/connectionprofilestore.h"

#include <QCoreApplication>
#include <QMutex>

namespace sluice::gui {

namespace {

struct StoreResult
{
    bool ok = false;
    QString message;
    QString profileName;
};

// Runs on a worker: applies change to a freshly loaded store and saves it.
template <typename Change>
StoreResult changeStore(Change change)
{
    QMutexLocker locker(&ProfileStoreController::storeMutex());
    engine::ConnectionProfileStore store;
    StoreResult result;
    if (!store.load()) {
        result.message = store.errorString();
        return result;
    }
    if (!change(store, result)) {
        if (result.message.isEmpty())
            result.message = store.errorString();
        return result;
    }
    if (!store.save()) {
        result.message = store.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

QString freeCopyName(const engine::ConnectionProfileStore &store, const QString &name)
{
    for (int n = 1;; ++n) {
        const QString candidate =
            name + QStringLiteral("_copy") + (n > 1 ? QString::number(n) : QString());
        if (!store.contains(candidate))
            return candidate;
    }
}

} // namespace

ProfileStoreController::ProfileStoreController(QObject *parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this, BackgroundTask::Policy::Every))
{}

// Every change is load-change-save of the whole file: one at a time.
QMutex &ProfileStoreController::storeMutex()
{
    static QMutex s_mutex;
    return s_mutex;
}

bool ProfileStoreController::isBusy() const
{
    return m_task->isBusy();
}

void ProfileStoreController::save(const engine::ConnectionProfile &profile,
                                  const QString &originalName)
{
    m_task->start(
        [profile, originalName] {
            return changeStore([&](engine::ConnectionProfileStore &store, StoreResult &result) {
                result.profileName = profile.name;
                if (originalName.isEmpty()) {
                    result.message =
                        ProfileStoreController::tr("Added the connection %1.").arg(profile.name);
                    return store.add(profile);
                }
                result.message =
                    ProfileStoreController::tr("Saved the connection %1.").arg(profile.name);
                if (originalName.compare(profile.name, Qt::CaseInsensitive) == 0)
                    return store.update(profile);
                return store.remove(originalName) && store.add(profile);
            });
        },
        [this](const StoreResult &result) {
            Q_EMIT finished(result.ok, result.message, result.profileName);
        });
}

void ProfileStoreController::remove(const QString &name)
{
    m_task->start(
        [name] {
            return changeStore([&](engine::ConnectionProfileStore &store, StoreResult &result) {
                result.profileName = name;
                result.message = ProfileStoreController::tr("Removed the connection %1.").arg(name);
                return store.remove(name);
            });
        },
        [this](const StoreResult &result) {
            Q_EMIT finished(result.ok, result.message, result.profileName);
        });
}

void ProfileStoreController::duplicate(const QString &name)
{
    m_task->start(
        [name] {
            return changeStore([&](engine::ConnectionProfileStore &store, StoreResult &result) {
                auto profile = store.find(name);
                if (!profile) {
                    result.message =
                        ProfileStoreController::tr("There is no connection named %1.").arg(name);
                    return false;
                }
                profile->name = freeCopyName(store, profile->name);
                // A copy starts without a saved password: the keychain entry is per name.
                profile->savePassword = false;
                result.profileName = profile->name;
                result.message =
                    ProfileStoreController::tr("Created the connection %1.").arg(profile->name);
                return store.add(*profile);
            });
        },
        [this](const StoreResult &result) {
            Q_EMIT finished(result.ok, result.message, result.profileName);
        });
}

} // namespace sluice::gui
