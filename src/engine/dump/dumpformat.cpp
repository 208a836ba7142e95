#include "engine/dump/dumpformat.h"

#include <array>
#include <utility>

namespace sluice::engine {

namespace {

constexpr std::array kKindNames{
    std::pair{DumpMemberKind::Header, "HEADER"},
    std::pair{DumpMemberKind::FileHeader, "FILE_HEADER"},
    std::pair{DumpMemberKind::Metadata, "METADATA"},
    std::pair{DumpMemberKind::Data, "DATA"},
    std::pair{DumpMemberKind::MasterTable, "MASTER_TABLE"},
    std::pair{DumpMemberKind::End, "END"},
};

constexpr std::array kScopeNames{
    std::pair{MemberScope::All, "ALL"},
    std::pair{MemberScope::DataOnly, "DATA_ONLY"},
    std::pair{MemberScope::MetadataOnly, "METADATA_ONLY"},
    std::pair{MemberScope::None, "NONE"},
};

constexpr std::array kMethodNames{
    std::pair{CompressionMethod::None, "none"},
    std::pair{CompressionMethod::Zstd, "zstd"},
    std::pair{CompressionMethod::Gzip, "gzip"},
};

template <typename Table, typename E>
QString nameOf(const Table &table, E value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename E, typename Table>
std::optional<E> valueOf(const Table &table, QStringView name)
{
    for (const auto &[entry, text] : table) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString DumpFormat::kindName(DumpMemberKind kind)
{
    return nameOf(kKindNames, kind);
}

std::optional<DumpMemberKind> DumpFormat::kindFromName(QStringView name)
{
    return valueOf<DumpMemberKind>(kKindNames, name);
}

QString DumpFormat::scopeName(MemberScope scope)
{
    return nameOf(kScopeNames, scope);
}

std::optional<MemberScope> DumpFormat::scopeFromName(QStringView name)
{
    return valueOf<MemberScope>(kScopeNames, name);
}

QString DumpFormat::methodName(CompressionMethod method)
{
    return nameOf(kMethodNames, method);
}

std::optional<CompressionMethod> DumpFormat::methodFromName(QStringView name)
{
    return valueOf<CompressionMethod>(kMethodNames, name);
}

QString DumpFormat::partName(const QString &member, int part)
{
    if (part <= 0)
        return member;
    const qsizetype at = member.lastIndexOf(QLatin1String(".copy"));
    const QString mark = QStringLiteral(".part%1").arg(part + 1);
    return at < 0 ? member + mark : QString(member).insert(at, mark);
}

bool DumpFormat::scopeCovers(MemberScope scope, DumpMemberKind kind)
{
    const bool data = kind == DumpMemberKind::Data;
    const bool metadata = kind == DumpMemberKind::Metadata || kind == DumpMemberKind::MasterTable;
    switch (scope) {
    case MemberScope::All:
        return data || metadata;
    case MemberScope::DataOnly:
        return data;
    case MemberScope::MetadataOnly:
        return metadata;
    case MemberScope::None:
        return false;
    }
    return false;
}

std::optional<DumpFormat::Compression> DumpFormat::compressionFromAlgorithm(QStringView keyword)
{
    // zstd levels chosen for the 2-core target: LOW and BASIC keep up with COPY,
    // MEDIUM trades speed for ratio, HIGH is for archives written once.
    if (keyword.compare(u"LOW", Qt::CaseInsensitive) == 0)
        return Compression{CompressionMethod::Zstd, 1};
    if (keyword.compare(u"BASIC", Qt::CaseInsensitive) == 0)
        return Compression{CompressionMethod::Zstd, 3};
    if (keyword.compare(u"MEDIUM", Qt::CaseInsensitive) == 0)
        return Compression{CompressionMethod::Zstd, 9};
    if (keyword.compare(u"HIGH", Qt::CaseInsensitive) == 0)
        return Compression{CompressionMethod::Zstd, 19};
    if (keyword.compare(u"GZIP", Qt::CaseInsensitive) == 0)
        return Compression{CompressionMethod::Gzip, 6};
    return std::nullopt;
}

} // namespace sluice::engine
