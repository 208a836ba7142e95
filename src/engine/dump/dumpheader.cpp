#include "engine/dump/dumpheader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sluice::engine {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DumpHeader", text);
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

// Common to every Sluice JSON member: the format name and version come first.
std::optional<QJsonObject> parseSluiceJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("it is not valid JSON (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(u"format").toString() != QLatin1String(DumpFormat::kFormatName)) {
        *error = tr("it is not a Sluice dump header");
        return std::nullopt;
    }
    const int version = object.value(u"formatVersion").toInt(-1);
    if (version != DumpFormat::kVersion) {
        *error = tr("format version %1 is not supported (this Sluice reads version %2)")
                     .arg(version)
                     .arg(DumpFormat::kVersion);
        return std::nullopt;
    }
    if (object.value(u"setId").toString().isEmpty()) {
        *error = tr("it has no set id");
        return std::nullopt;
    }
    return object;
}

} // namespace

QByteArray DumpHeader::toJson() const
{
    QJsonObject compression{{u"scope"_s, DumpFormat::scopeName(compressionScope)},
                            {u"method"_s, DumpFormat::methodName(compressionMethod)},
                            {u"level"_s, compressionLevel}};
    QJsonObject encryption{{u"scope"_s, DumpFormat::scopeName(encryptionScope)}};
    if (encrypted()) {
        encryption.insert(u"cipher"_s, u"xchacha20poly1305-secretstream"_s);
        encryption.insert(u"kdf"_s, u"argon2id13"_s);
        encryption.insert(u"salt"_s, base64(keyDerivation.salt));
        encryption.insert(u"opsLimit"_s, QString::number(keyDerivation.opsLimit));
        encryption.insert(u"memLimit"_s, QString::number(keyDerivation.memLimit));
        encryption.insert(u"keyCheck"_s, base64(keyDerivation.keyCheck));
    }
    const QJsonObject object{
        {u"format"_s, QLatin1String(DumpFormat::kFormatName)},
        {u"formatVersion"_s, formatVersion},
        {u"setId"_s, setId},
        {u"sequence"_s, 1},
        {u"created"_s, created.toUTC().toString(Qt::ISODateWithMs)},
        {u"producer"_s, producer},
        {u"sourceEngine"_s, sourceEngine},
        {u"serverVersion"_s, serverVersion},
        {u"encoding"_s, encoding},
        {u"jobName"_s, jobName},
        {u"operation"_s, operation},
        {u"fileTemplates"_s, QJsonArray::fromStringList(fileTemplates)},
        {u"fileSize"_s, QString::number(fileSize)},
        {u"checksum"_s, u"xxh3-64"_s},
        {u"compression"_s, compression},
        {u"encryption"_s, encryption},
        {u"job"_s, job},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<DumpHeader> DumpHeader::fromJson(const QByteArray &json, QString *error)
{
    const auto parsed = parseSluiceJson(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &object = *parsed;
    DumpHeader header;
    header.setId = object.value(u"setId").toString();
    header.created = QDateTime::fromString(object.value(u"created").toString(), Qt::ISODateWithMs);
    header.producer = object.value(u"producer").toString();
    header.sourceEngine = object.value(u"sourceEngine").toString();
    header.serverVersion = object.value(u"serverVersion").toString();
    header.encoding = object.value(u"encoding").toString();
    header.jobName = object.value(u"jobName").toString();
    header.operation = object.value(u"operation").toString();
    for (const QJsonValue &value : object.value(u"fileTemplates").toArray())
        header.fileTemplates << value.toString();
    header.fileSize = object.value(u"fileSize").toString().toLongLong();
    header.job = object.value(u"job").toObject();
    const QJsonObject compression = object.value(u"compression").toObject();
    const QJsonObject encryption = object.value(u"encryption").toObject();
    const auto compressionScope = DumpFormat::scopeFromName(compression.value(u"scope").toString());
    const auto method = DumpFormat::methodFromName(compression.value(u"method").toString());
    const auto encryptionScope = DumpFormat::scopeFromName(encryption.value(u"scope").toString());
    if (!compressionScope || !method || !encryptionScope) {
        *error = tr("its compression or encryption settings are invalid");
        return std::nullopt;
    }
    header.compressionScope = *compressionScope;
    header.compressionMethod = *method;
    header.compressionLevel = compression.value(u"level").toInt();
    header.encryptionScope = *encryptionScope;
    if (header.encrypted()) {
        KeyDerivation &kdf = header.keyDerivation;
        kdf.salt = fromBase64(encryption.value(u"salt"));
        kdf.opsLimit = encryption.value(u"opsLimit").toString().toULongLong();
        kdf.memLimit = encryption.value(u"memLimit").toString().toULongLong();
        kdf.keyCheck = fromBase64(encryption.value(u"keyCheck"));
        if (encryption.value(u"kdf").toString() != u"argon2id13" ||
            encryption.value(u"cipher").toString() != u"xchacha20poly1305-secretstream" ||
            kdf.keyCheck.isEmpty() || !DumpKey::limitsAcceptable(kdf)) {
            *error = tr("its encryption parameters are invalid");
            return std::nullopt;
        }
    }
    return header;
}

QByteArray DumpFileMarker::toJson(bool end) const
{
    QJsonObject object{
        {u"format"_s, QLatin1String(DumpFormat::kFormatName)},
        {u"formatVersion"_s, formatVersion},
        {u"setId"_s, setId},
        {u"sequence"_s, sequence},
    };
    if (end) {
        object.insert(u"memberCount"_s, QString::number(memberCount));
        object.insert(u"last"_s, last);
        if (last) {
            object.insert(u"fileCount"_s, files.size());
            object.insert(u"files"_s, QJsonArray::fromStringList(files));
            if (!masterTableMember.isEmpty())
                object.insert(u"masterTable"_s, QJsonObject{{u"member"_s, masterTableMember},
                                                            {u"file"_s, masterTableFile}});
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<DumpFileMarker> DumpFileMarker::fromJson(const QByteArray &json, QString *error)
{
    const auto parsed = parseSluiceJson(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &object = *parsed;
    DumpFileMarker marker;
    marker.setId = object.value(u"setId").toString();
    marker.sequence = object.value(u"sequence").toInt();
    marker.memberCount = object.value(u"memberCount").toString().toLongLong();
    marker.last = object.value(u"last").toBool();
    for (const QJsonValue &value : object.value(u"files").toArray())
        marker.files << value.toString();
    const QJsonObject master = object.value(u"masterTable").toObject();
    marker.masterTableMember = master.value(u"member").toString();
    marker.masterTableFile = master.value(u"file").toInt();
    if (marker.sequence < 1 || (marker.last && marker.files.size() < marker.sequence)) {
        *error = tr("its sequence number or file list is invalid");
        return std::nullopt;
    }
    return marker;
}

} // namespace sluice::engine
