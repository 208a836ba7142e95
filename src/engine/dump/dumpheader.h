#pragma once

#include "engine/dump/dumpformat.h"
#include "engine/dump/dumpkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// The header member (sluice-dump/header.json), the first member of file 1. It is
// stored in clear so that a reader can check the format, the set and the password
// before it reads anything else. docs/dump-format.md shows an example.
struct DumpHeader
{
    int formatVersion = DumpFormat::kVersion;
    QString setId; // a UUID, shared by every file of the set
    QDateTime created;
    QString producer; // "Sluice 0.1.0"
    QString sourceEngine;
    QString serverVersion;
    QString encoding = QStringLiteral("UTF-8");
    QString jobName;
    QString operation;         // EXPORT
    QStringList fileTemplates; // DUMPFILE file names (no folders)
    qint64 fileSize = 0;
    MemberScope compressionScope = MemberScope::None;
    CompressionMethod compressionMethod = CompressionMethod::None;
    int compressionLevel = 0;
    MemberScope encryptionScope = MemberScope::None;
    KeyDerivation keyDerivation; // used when encryptionScope != None
    QJsonObject job;             // the job's own description (mode, schemas, ...)

    [[nodiscard]] bool encrypted() const { return encryptionScope != MemberScope::None; }
    [[nodiscard]] QByteArray toJson() const;
    // nullopt with *error when the JSON is not a Sluice header; a newer format
    // version is reported, not guessed at.
    [[nodiscard]] static std::optional<DumpHeader> fromJson(const QByteArray &json, QString *error);
};

// The small members that open files 2..N (file-header.json) and close every file
// (end.json). The end member of the last file also lists the set's files and where
// the master table is.
struct DumpFileMarker
{
    int formatVersion = DumpFormat::kVersion;
    QString setId;
    int sequence = 1;
    // end.json only:
    qint64 memberCount = 0; // members of this file before end.json
    bool last = false;
    QStringList files; // last file: every file name of the set, in order
    QString masterTableMember;
    int masterTableFile = 0;

    [[nodiscard]] QByteArray toJson(bool end) const;
    [[nodiscard]] static std::optional<DumpFileMarker> fromJson(const QByteArray &json,
                                                                QString *error);
};

} // namespace sluice::engine
