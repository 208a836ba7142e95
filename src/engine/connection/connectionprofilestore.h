#pragma once

#include "engine/connection/connectionprofile.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// The saved connection profiles, kept in AppPaths::configDir()/connections.json:
//   {"version": 1, "profiles": [{"name": "hr", "url": "postgresql://hr@db:5432/hr",
//                                "savePassword": true}, ...]}
// Names are matched case-insensitively, like TNS aliases, and kept as first written.
// The store is an in-memory copy: load(), change, save(). save() replaces the file
// atomically (QSaveFile), so a crash never leaves half a file.
class ConnectionProfileStore
{
public:
    // filePath defaults to defaultFilePath(); tests pass a temporary file.
    explicit ConnectionProfileStore(QString filePath = {});

    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const { return m_filePath; }

    // Reads the file; a missing file is an empty store, not an error.
    [[nodiscard]] bool load();
    [[nodiscard]] bool save();

    // Sorted by name, case-insensitively.
    [[nodiscard]] QList<ConnectionProfile> profiles() const { return m_profiles; }
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<ConnectionProfile> find(const QString &name) const;
    [[nodiscard]] bool contains(const QString &name) const { return find(name).has_value(); }

    // add() fails when the name exists; update() when it does not. Both validate the
    // name and the params; a relative SQLite path is made absolute, so a profile never
    // depends on the folder it is used from. They change memory only: call save().
    [[nodiscard]] bool add(const ConnectionProfile &profile);
    [[nodiscard]] bool update(const ConnectionProfile &profile);
    [[nodiscard]] bool remove(const QString &name);

    // Makes sure the "hr_sample" profile exists and points at the user's working copy
    // of the HR sample (created on first use), then saves. Repairs a profile of that
    // name that points elsewhere.
    [[nodiscard]] bool ensureSampleProfile();
    static constexpr const char16_t *kSampleProfileName = u"hr_sample";

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    bool check(ConnectionProfile &profile);
    qsizetype indexOf(const QString &name) const;
    void sort();
    bool fail(const QString &message);

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QString m_errorString;
};

} // namespace sluice::engine
