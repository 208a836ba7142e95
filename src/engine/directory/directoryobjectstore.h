#pragma once

#include "engine/directory/directoryobject.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// The directory objects, kept in AppPaths::configDir()/directories.json:
//   {"version": 1, "directories": [{"name": "EXPDIR", "path": "/srv/dumps",
//                                   "grants": {"hr": ["READ", "WRITE"], "PUBLIC": ["READ"]}}]}
// DATA_PUMP_DIR always exists: when the file does not define it, it maps to
// AppPaths::defaultDumpDir() with READ and WRITE granted to PUBLIC. It can be pointed
// elsewhere (create with replace) but not dropped.
// Like ConnectionProfileStore, an in-memory copy: load(), change, save() (atomic).
class DirectoryObjectStore
{
public:
    explicit DirectoryObjectStore(QString filePath = {});

    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const { return m_filePath; }

    [[nodiscard]] bool load();
    [[nodiscard]] bool save();

    // Sorted by name; DATA_PUMP_DIR included.
    [[nodiscard]] QList<DirectoryObject> directories() const { return m_directories; }
    [[nodiscard]] std::optional<DirectoryObject> find(const QString &name) const;

    // CREATE [OR REPLACE] DIRECTORY name AS 'folder'. The folder is stored absolute and
    // cleaned; it need not exist yet (it is checked when a job uses it). Replacing keeps
    // the grants, as Oracle does.
    [[nodiscard]] bool create(const QString &name, const QString &folder, bool replace = false);
    [[nodiscard]] bool drop(const QString &name);
    [[nodiscard]] bool grant(DirectoryPrivileges privileges, const QString &name,
                             const QString &grantee);
    [[nodiscard]] bool revoke(DirectoryPrivileges privileges, const QString &name,
                              const QString &grantee);

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    qsizetype indexOf(const QString &name) const;
    void addDefaultIfMissing();
    bool fail(const QString &message);

    QString m_filePath;
    QList<DirectoryObject> m_directories;
    QString m_errorString;
};

} // namespace sluice::engine
