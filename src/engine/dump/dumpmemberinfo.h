#pragma once

#include "engine/dump/archivewriter.h"
#include "engine/dump/dumpformat.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// What a producer says about a member it hands to DumpWriter. Data chunks carry
// schema, table, chunk and rows; metadata members an object type and name. A chunk
// read in one stream that outgrows a member's bound is stored as several members, its
// parts, in order (DumpFormat::partName). The
// payload itself is opaque to the dump layer (data: COPY text, see CopyTextCodec).
struct DumpMemberSpec
{
    DumpMemberKind kind = DumpMemberKind::Data;
    QString schema;
    QString table;      // data: the table; metadata: the owning table, if any
    QString objectType; // metadata: TABLE, INDEX, VIEW, ... (Data Pump's names)
    QString objectName; // metadata: the object's name
    int chunk = -1;     // data: the chunk number within the table
    int part = 0;       // data: the member's place among its chunk's members (0, 1, ...)
    qint64 rows = -1;   // data: rows in the member
    QString name;       // optional explicit member name; generated when empty
};

// One member of an open dump file set, as listed in its catalog.
struct DumpMemberInfo
{
    DumpMemberSpec spec;
    QString name;
    int fileSequence = 0; // 1-based file of the set
    QString filePath;
    qint64 dataOffset = 0; // where the stored bytes start in the file
    qint64 storedSize = 0;
    qint64 rawSize = 0;
    quint64 storedChecksum = 0;
    std::optional<quint64> rawChecksum; // not recorded for encrypted members
    CompressionMethod compression = CompressionMethod::None;
    bool encrypted = false;

    // The pax attributes for a member (written) and back (read); nullopt with *error
    // when a required attribute is missing or malformed.
    [[nodiscard]] MemberAttributes toAttributes() const;
    [[nodiscard]] static std::optional<DumpMemberInfo>
    fromAttributes(const QString &name, const MemberAttributes &attributes, QString *error);
};

} // namespace sluice::engine
