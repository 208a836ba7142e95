#pragma once

#include "engine/directory/directoryobject.h"

#include <QList>
#include <QObject>

namespace sluice::gui {

class BackgroundTask;

// A directory object as the manager shows it.
struct DirectoryEntry
{
    engine::DirectoryObject object;
    bool folderExists = false;
};

// Reads and changes directories.json on a worker thread (load, change, save) and
// reports the new list. Changes run one at a time.
class DirectoryController : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryController(QObject *parent = nullptr);

    void reload();
    void create(const QString &name, const QString &folder, bool replace);
    void drop(const QString &name);
    void grant(engine::DirectoryPrivileges privileges, const QString &name, const QString &grantee);
    void revoke(engine::DirectoryPrivileges privileges, const QString &name,
                const QString &grantee);

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QList<DirectoryEntry> entries() const { return m_entries; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // After every operation; message says what happened or why it failed.
    void finished(bool ok, const QString &message);

private:
    template <typename Change>
    void run(const QString &doneMessage, Change change);

    BackgroundTask *m_task;
    QList<DirectoryEntry> m_entries;
};

} // namespace sluice::gui
