#include "gui/directories/directorycontroller.h"

#include "gui/common/backgroundtask.h"

#include "engine/directory/directoryobjectstore.h"

#include <QFileInfo>
#include <QMutex>

namespace sluice::gui {

namespace {

struct DirectoryResult
{
    bool ok = false;
    QString message;
    QList<DirectoryEntry> entries;
};

QMutex &directoryMutex()
{
    static QMutex s_mutex;
    return s_mutex;
}

QList<DirectoryEntry> entriesOf(const engine::DirectoryObjectStore &store)
{
    QList<DirectoryEntry> entries;
    const auto directories = store.directories();
    for (const auto &object : directories)
        entries.append({object, QFileInfo(object.path).isDir()});
    return entries;
}

} // namespace

DirectoryController::DirectoryController(QObject *parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this, BackgroundTask::Policy::Every))
{
    connect(m_task, &BackgroundTask::busyChanged, this, &DirectoryController::busyChanged);
}

bool DirectoryController::isBusy() const
{
    return m_task->isBusy();
}

// Runs change(store) on a worker against a freshly loaded store; saves when it
// changed something (change returns true) and reports the list either way.
template <typename Change>
void DirectoryController::run(const QString &doneMessage, Change change)
{
    m_task->start(
        [doneMessage, change]() mutable {
            QMutexLocker locker(&directoryMutex());
            engine::DirectoryObjectStore store;
            DirectoryResult result;
            if (!store.load()) {
                result.message = store.errorString();
                return result;
            }
            result.ok = change(store) && (doneMessage.isEmpty() || store.save());
            result.message = result.ok ? doneMessage : store.errorString();
            result.entries = entriesOf(store);
            return result;
        },
        [this](const DirectoryResult &result) {
            if (result.ok || !result.entries.isEmpty())
                m_entries = result.entries;
            Q_EMIT finished(result.ok, result.message);
        });
}

void DirectoryController::reload()
{
    run({}, [](engine::DirectoryObjectStore &) { return true; });
}

void DirectoryController::create(const QString &name, const QString &folder, bool replace)
{
    run(tr("Created the directory object %1.").arg(engine::DirectoryObject::normalizedName(name)),
        [name, folder, replace](engine::DirectoryObjectStore &store) {
            return store.create(name, folder, replace);
        });
}

void DirectoryController::drop(const QString &name)
{
    run(tr("Dropped the directory object %1.").arg(name),
        [name](engine::DirectoryObjectStore &store) { return store.drop(name); });
}

void DirectoryController::grant(engine::DirectoryPrivileges privileges, const QString &name,
                                const QString &grantee)
{
    run(tr("Granted %1 on %2 to %3.")
            .arg(engine::DirectoryObject::formatPrivileges(privileges), name, grantee),
        [privileges, name, grantee](engine::DirectoryObjectStore &store) {
            return store.grant(privileges, name, grantee);
        });
}

void DirectoryController::revoke(engine::DirectoryPrivileges privileges, const QString &name,
                                 const QString &grantee)
{
    run(tr("Revoked %1 on %2 from %3.")
            .arg(engine::DirectoryObject::formatPrivileges(privileges), name, grantee),
        [privileges, name, grantee](engine::DirectoryObjectStore &store) {
            return store.revoke(privileges, name, grantee);
        });
}

} // namespace sluice::gui
