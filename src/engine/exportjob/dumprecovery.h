#pragma once

#include "engine/dump/dumpwriter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// How a restarted export keeps what it wrote before a stop, a crash or a full disk.
//
// An export writes its dump files under temporary names (".name.part") and renames
// them only when the set is complete. A stopped or killed host leaves those files
// behind, possibly ending in a half-written member. On restart the export
//   1. sets aside every file of the job's set (temporary names, and final names whose
//      header carries the set's id, from a finish that was cut short) by renaming it
//      into <first dump folder>/.<JOB>.recovery/;
//   2. opens a new writer that continues the set (same set id and key);
//   3. copies, for every work item the master table records COMPLETED, its members'
//      stored bytes from the set-aside files after checking their checksum; an item
//      with a member that cannot be found intact goes back to PENDING and is redone;
//   4. deletes the set-aside files.
// Only members of completed items are copied, so a member in flight at the crash
// (or one written twice) never reaches the new files: nothing is duplicated or lost.
// A crash during the recovery leaves the set-aside files in place; the next restart
// scans them again. The copy costs one read and one write of the kept data, only on
// restart; an uninterrupted export writes every byte once.
class DumpRecovery
{
public:
    DumpRecovery(const QStringList &fileTemplates, const QString &jobName);

    [[nodiscard]] QString recoveryFolder() const;
    // Step 1. setId: the set being continued (final-named files of other sets are
    // left alone).
    [[nodiscard]] bool setAside(const QString &setId);
    // Scans the set-aside files of the set for members.
    [[nodiscard]] bool scan(const QString &setId);
    // Step 3 for one member: its stored bytes, checked; nullopt when no intact copy exists.
    [[nodiscard]] std::optional<EncodedMember> take(const QString &memberName) const;
    // Whether take() finds an intact copy of every one of these members (a chunk's
    // parts are kept all together or not at all).
    [[nodiscard]] bool holdsAll(const QStringList &memberNames) const;
    // Step 4.
    void removeSetAside();
    // KILL_JOB of a stopped job: every temporary and set-aside file of the job.
    void removeEverything();

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    QStringList candidateFiles(bool includeFinal, const QString &setId) const;
    static QString setIdOf(const QString &path);

    struct Copy
    {
        QString path;
        DumpMemberInfo info;
    };
    QStringList m_templates;
    QString m_jobName;
    QHash<QString, QList<Copy>> m_members;
    QString m_errorString;
};

} // namespace sluice::engine
