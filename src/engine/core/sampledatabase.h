#pragma once

#include <QString>

namespace sluice::engine {

// The bundled HR sample (SQLite). The installed copy is read-only, so users
// work on a private copy under the data folder, made on first use.
class SampleDatabase
{
public:
    // share/sluice/sample/hr.db, built from resources/sample/hr-sqlite.sql.
    [[nodiscard]] static QString bundledPath();
    // The user's working copy in the data folder.
    [[nodiscard]] static QString workingCopyPath();
    // Copies the bundled sample to the working copy unless it exists already.
    // Returns false with errorString() set when the sample is missing or the copy fails.
    [[nodiscard]] bool ensureWorkingCopy();
    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};

} // namespace sluice::engine
