#pragma once

#include <QString>
#include <optional>

namespace sluice::engine {

// What a member of a dump file holds. The kind decides whether COMPRESSION and
// ENCRYPTION apply to it (see MemberScope) and how dumpinfo lists it.
enum class DumpMemberKind {
    Header,      // sluice-dump/header.json, first member of file 1
    FileHeader,  // sluice-dump/file-header.json, first member of files 2..N
    Metadata,    // DDL and object descriptions (JSON), one member per object or group
    Data,        // one chunk of table rows in COPY text format
    MasterTable, // the job's master table (a SQLite database), last payload member
    End,         // sluice-dump/end.json, last member of every file
};

// COMPRESSION= and ENCRYPTION= values: which member kinds the transform applies to.
enum class MemberScope { All, DataOnly, MetadataOnly, None };

enum class CompressionMethod { None, Zstd, Gzip };

// The fixed facts of the dump format, version 1. docs/dump-format.md describes them.
class DumpFormat
{
public:
    static constexpr const char *kFormatName = "sluice-dump";
    static constexpr int kVersion = 1;

    static constexpr const char *kHeaderMember = "sluice-dump/header.json";
    static constexpr const char *kFileHeaderMember = "sluice-dump/file-header.json";
    static constexpr const char *kEndMember = "sluice-dump/end.json";
    static constexpr const char *kMasterTableMember = "sluice-dump/master-table.sqlite";

    // pax extended-header keys (written as SCHILY.xattr.<key>).
    static constexpr const char *kAttrPrefix = "user.sluice.";

    // Encrypted members are cut into messages of this many plaintext bytes.
    static constexpr qsizetype kCipherBlock = 64 * 1024;

    // The room kept free in every file for its end member and the tar end blocks,
    // so that FILESIZE is never exceeded.
    static constexpr qint64 kFileReserve = 8 * 1024;

    [[nodiscard]] static QString kindName(DumpMemberKind kind);
    [[nodiscard]] static std::optional<DumpMemberKind> kindFromName(QStringView name);
    [[nodiscard]] static QString scopeName(MemberScope scope);
    [[nodiscard]] static std::optional<MemberScope> scopeFromName(QStringView name);
    [[nodiscard]] static QString methodName(CompressionMethod method);
    [[nodiscard]] static std::optional<CompressionMethod> methodFromName(QStringView name);

    // Whether COMPRESSION/ENCRYPTION=scope covers members of this kind. The master table
    // counts as metadata; header and end members are never transformed, so that a dump
    // can be identified and its password checked before anything is decrypted.
    [[nodiscard]] static bool scopeCovers(MemberScope scope, DumpMemberKind kind);

    // The name of a data chunk's part: part 0 is the chunk's member name itself, later
    // parts insert ".part<n>" before its ".copy" (data/000012-hr.emp-0000.part2.copy.zst),
    // so that every part of a chunk that is exported again gets the same name.
    [[nodiscard]] static QString partName(const QString &member, int part);

    // COMPRESSION_ALGORITHM keyword (BASIC, LOW, MEDIUM, HIGH, GZIP) -> method and level.
    struct Compression
    {
        CompressionMethod method = CompressionMethod::Zstd;
        int level = 3;
    };
    [[nodiscard]] static std::optional<Compression> compressionFromAlgorithm(QStringView keyword);
};

} // namespace sluice::engine
