#pragma once

#include "engine/schedule/savedjob.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// The saved jobs: one JSON file per job in AppPaths::configDir()/jobs/<name>.json,
// each replaced atomically (QSaveFile), so the GUI, the CLI and a scheduled run
// can read and write them at the same time without tearing a file.
class SavedJobStore
{
public:
    // directory defaults to defaultDirectory(); tests pass a temporary one.
    explicit SavedJobStore(QString directory = {});

    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString filePath(const QString &name) const;

    // Sorted by name; unreadable files are skipped and named in errorString().
    [[nodiscard]] QList<SavedJob> list();
    // Exact name; nullopt with errorString() when missing or unreadable.
    [[nodiscard]] std::optional<SavedJob> find(const QString &name);
    [[nodiscard]] bool contains(const QString &name) const;
    // Writes (creates or replaces) the job's file; sets modified.
    [[nodiscard]] bool save(SavedJob job);
    [[nodiscard]] bool remove(const QString &name);

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    QString m_directory;
    QString m_errorString;
};

} // namespace sluice::engine
