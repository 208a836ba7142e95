#include "engine/dump/dumpmemberinfo.h"

#include "engine/dump/dumpchecksum.h"

#include <QCoreApplication>

namespace sluice::engine {

namespace {

// Attribute keys (after the "user.sluice." prefix); docs/dump-format.md lists them.
const QString kKind = QStringLiteral("kind");
const QString kChecksum = QStringLiteral("xxh3");
const QString kRawChecksum = QStringLiteral("raw_xxh3");
const QString kRawSize = QStringLiteral("raw_size");
const QString kCompression = QStringLiteral("compression");
const QString kEncrypted = QStringLiteral("encrypted");
const QString kSchema = QStringLiteral("schema");
const QString kTable = QStringLiteral("table");
const QString kObjectType = QStringLiteral("object_type");
const QString kObjectName = QStringLiteral("object_name");
const QString kChunk = QStringLiteral("chunk");
const QString kPart = QStringLiteral("part");
const QString kRows = QStringLiteral("rows");

void putIfSet(MemberAttributes &attributes, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        attributes.insert(key, value);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DumpMemberInfo", text);
}

} // namespace

MemberAttributes DumpMemberInfo::toAttributes() const
{
    MemberAttributes attributes;
    attributes.insert(kKind, DumpFormat::kindName(spec.kind));
    attributes.insert(kChecksum, DumpChecksum::toHex(storedChecksum));
    attributes.insert(kRawSize, QString::number(rawSize));
    if (rawChecksum)
        attributes.insert(kRawChecksum, DumpChecksum::toHex(*rawChecksum));
    attributes.insert(kCompression, DumpFormat::methodName(compression));
    attributes.insert(kEncrypted, encrypted ? QStringLiteral("yes") : QStringLiteral("no"));
    putIfSet(attributes, kSchema, spec.schema);
    putIfSet(attributes, kTable, spec.table);
    putIfSet(attributes, kObjectType, spec.objectType);
    putIfSet(attributes, kObjectName, spec.objectName);
    if (spec.chunk >= 0)
        attributes.insert(kChunk, QString::number(spec.chunk));
    if (spec.part > 0)
        attributes.insert(kPart, QString::number(spec.part));
    if (spec.rows >= 0)
        attributes.insert(kRows, QString::number(spec.rows));
    return attributes;
}

std::optional<DumpMemberInfo> DumpMemberInfo::fromAttributes(const QString &name,
                                                             const MemberAttributes &attributes,
                                                             QString *error)
{
    DumpMemberInfo info;
    info.name = name;
    info.spec.name = name;
    const auto kind = DumpFormat::kindFromName(attributes.value(kKind));
    const auto checksum = DumpChecksum::fromHex(attributes.value(kChecksum));
    const auto method = DumpFormat::methodFromName(attributes.value(kCompression));
    bool sizeOk = false;
    info.rawSize = attributes.value(kRawSize).toLongLong(&sizeOk);
    if (!kind || !checksum || !method || !sizeOk || info.rawSize < 0) {
        *error = tr("its attributes (kind, xxh3, compression, raw_size) are missing or invalid");
        return std::nullopt;
    }
    info.spec.kind = *kind;
    info.storedChecksum = *checksum;
    info.compression = *method;
    info.encrypted = attributes.value(kEncrypted) == u"yes";
    if (attributes.contains(kRawChecksum)) {
        info.rawChecksum = DumpChecksum::fromHex(attributes.value(kRawChecksum));
        if (!info.rawChecksum) {
            *error = tr("its raw_xxh3 attribute is invalid");
            return std::nullopt;
        }
    }
    info.spec.schema = attributes.value(kSchema);
    info.spec.table = attributes.value(kTable);
    info.spec.objectType = attributes.value(kObjectType);
    info.spec.objectName = attributes.value(kObjectName);
    info.spec.chunk = attributes.value(kChunk, QStringLiteral("-1")).toInt();
    info.spec.part = attributes.value(kPart, QStringLiteral("0")).toInt();
    info.spec.rows = attributes.value(kRows, QStringLiteral("-1")).toLongLong();
    return info;
}

} // namespace sluice::engine
