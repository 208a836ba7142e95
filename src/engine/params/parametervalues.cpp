#include "engine/params/parametervalues.h"

#include "engine/catalog/objecttypes.h"
#include "engine/connection/connectionparams.h"
#include "engine/params/parametercatalog.h"
#include "engine/params/paramtokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sluice::engine {

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kTiB = kKiB * kKiB * kKiB * kKiB;

struct TransformRule
{
    const char *name;
    const char *rejection; // nullptr: applies
};

const TransformRule kTransforms[] = {
    {"SEGMENT_ATTRIBUTES", nullptr},
    {"STORAGE", nullptr},
    {"DISABLE_ARCHIVE_LOGGING", nullptr},
    {"OID", "there are no Oracle object identifiers to keep or regenerate"},
    {"PCTSPACE", "extent sizes are managed by the engines themselves"},
    {"LOB_STORAGE", "SECUREFILE and BASICFILE LOBs are Oracle storage formats"},
    {"TABLE_COMPRESSION_CLAUSE", "Oracle table compression clauses have no counterpart"},
    {"INDEX_COMPRESSION_CLAUSE", "Oracle index compression clauses have no counterpart"},
    {"INMEMORY", "the In-Memory column store is an Oracle option"},
    {"INMEMORY_CLAUSE", "the In-Memory column store is an Oracle option"},
    {"SEGMENT_CREATION", "deferred segment creation is an Oracle storage feature"},
    {"CONSTRAINT_USE_DEFAULT_INDEX", "constraint indexes are always created the engine's way"},
    {"CONSTRAINT_NAME_FROM_INDEX", "constraint indexes are always created the engine's way"},
    {"OMIT_ENCRYPTION_CLAUSE", "there are no encrypted columns"},
    {"DWCS_CVT_IOTS", "index-organized tables are an Oracle feature"},
    {"DWCS_CVT_CONSTRAINTS", "it serves Oracle's Autonomous Data Warehouse only"},
};

QString plainValue(const QString &text)
{
    return ParamTokenizer::unquote(text.trimmed());
}

} // namespace

std::optional<bool> ParameterValues::yesNo(const QString &text, QString *error)
{
    const QString value = plainValue(text).toUpper();
    if (value == u"YES" || value == u"Y")
        return true;
    if (value == u"NO" || value == u"N")
        return false;
    *error = QCoreApplication::translate("ParameterValues", "\"%1\" is not YES or NO").arg(text);
    return std::nullopt;
}

std::optional<qint64> ParameterValues::integer(const QString &text, qint64 min, qint64 max,
                                               QString *error)
{
    bool ok = false;
    const qint64 value = plainValue(text).toLongLong(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("ParameterValues", "\"%1\" is not a whole number")
                     .arg(text);
        return std::nullopt;
    }
    if (value < min || value > max) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "%1 is out of range: give a number from %2 to %3")
                     .arg(text)
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> ParameterValues::fileSize(const QString &text, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)\\s*([A-Za-z]*)$"));
    const auto match = re.match(plainValue(text));
    if (!match.hasMatch()) {
        *error =
            QCoreApplication::translate(
                "ParameterValues", "\"%1\" is not a size: write a whole number with an optional "
                                   "unit B, KB, MB, GB or TB, e.g. 1536MB rather than 1.5GB")
                .arg(text);
        return std::nullopt;
    }
    const QString unit = match.captured(2).toUpper();
    qint64 factor = 0;
    if (unit.isEmpty() || unit == u"B")
        factor = 1;
    else if (unit == u"K" || unit == u"KB")
        factor = kKiB;
    else if (unit == u"M" || unit == u"MB")
        factor = kKiB * kKiB;
    else if (unit == u"G" || unit == u"GB")
        factor = kKiB * kKiB * kKiB;
    else if (unit == u"T" || unit == u"TB")
        factor = kTiB;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    if (factor == 0) {
        *error = QCoreApplication::translate(
                     "ParameterValues", "\"%1\" has an unknown unit %2: use B, KB, MB, GB or TB")
                     .arg(text, match.captured(2));
        return std::nullopt;
    }
    if (!ok || number > 16 * kTiB / factor) {
        *error =
            QCoreApplication::translate("ParameterValues", "%1 is larger than the 16TB maximum")
                .arg(text);
        return std::nullopt;
    }
    const qint64 bytes = number * factor;
    if (bytes != 0 && bytes < 4 * kKiB) {
        *error = QCoreApplication::translate(
                     "ParameterValues", "%1 is smaller than the 4KB minimum (0 means unlimited)")
                     .arg(text);
        return std::nullopt;
    }
    return bytes;
}

QString ParameterValues::fileSizeText(qint64 bytes)
{
    static const char *const units[] = {"TB", "GB", "MB", "KB"};
    qint64 factor = kTiB;
    for (const char *unit : units) {
        if (bytes != 0 && bytes % factor == 0)
            return QString::number(bytes / factor) + QLatin1String(unit);
        factor /= kKiB;
    }
    return QString::number(bytes);
}

std::optional<QString> ParameterValues::directoryName(const QString &text, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_$#]+$"));
    const QString value = text.trimmed();
    if (!re.match(value).hasMatch()) {
        *error =
            QCoreApplication::translate(
                "ParameterValues", "\"%1\" is not a directory object name: use a name made of "
                                   "letters, digits and _ (create one with sluice-cli directory "
                                   "create)")
                .arg(text);
        return std::nullopt;
    }
    return value;
}

std::optional<FileSpec> ParameterValues::fileSpec(const QString &text,
                                                  const QString &defaultExtension,
                                                  bool allowTemplate, QString *error)
{
    const QString value = plainValue(text);
    FileSpec spec;
    const qsizetype colon = value.indexOf(u':');
    spec.fileName = colon < 0 ? value : value.mid(colon + 1);
    if (colon >= 0) {
        const auto directory = directoryName(value.left(colon), error);
        if (!directory)
            return std::nullopt;
        spec.directory = *directory;
    }
    if (spec.fileName.isEmpty()) {
        *error =
            QCoreApplication::translate("ParameterValues", "\"%1\" has no file name").arg(text);
        return std::nullopt;
    }
    if (spec.fileName.contains(u'/') || spec.fileName.contains(u'\\') || spec.fileName == u".." ||
        spec.fileName == u"." || spec.fileName.contains(u':')) {
        *error =
            QCoreApplication::translate(
                "ParameterValues", "\"%1\" is not a plain file name: files are placed in a "
                                   "directory object's folder, so create a directory object for "
                                   "the folder (sluice-cli directory create) and write DIR:file")
                .arg(text);
        return std::nullopt;
    }
    for (qsizetype i = spec.fileName.indexOf(u'%'); i >= 0;
         i = spec.fileName.indexOf(u'%', i + 2)) {
        const QChar next =
            i + 1 < spec.fileName.size() ? spec.fileName.at(i + 1).toUpper() : QChar();
        if (!allowTemplate || (next != u'U' && next != u'L')) {
            *error =
                allowTemplate
                    ? QCoreApplication::translate("ParameterValues",
                                                  "\"%1\" has an unsupported substitution; only %U "
                                                  "(01-99) and %L (01 and up) are supported")
                          .arg(text)
                    : QCoreApplication::translate(
                          "ParameterValues", "\"%1\" contains %, but only DUMPFILE takes %U/%L "
                                             "templates")
                          .arg(text);
            return std::nullopt;
        }
    }
    if (!spec.fileName.contains(u'.'))
        spec.fileName += defaultExtension;
    return spec;
}

std::optional<SqlName> ParameterValues::name(const QString &text, QString *error)
{
    return SqlName::parse(text.trimmed(), error);
}

std::optional<TableRef> ParameterValues::tableRef(const QString &text, bool allowPartition,
                                                  bool allowWildcard, QString *error)
{
    const QString value = text.trimmed();
    TableRef ref;
    QString tablePart = value;
    const qsizetype colon = SqlName::findOutsideQuotes(value, u':');
    if (colon >= 0) {
        if (!allowPartition) {
            *error = QCoreApplication::translate(
                         "ParameterValues", "\"%1\" names a partition, which is not allowed here")
                         .arg(text);
            return std::nullopt;
        }
        const auto partition = SqlName::parse(value.mid(colon + 1), error);
        if (!partition)
            return std::nullopt;
        ref.partition = *partition;
        tablePart = value.left(colon);
    }
    const auto parts = SqlName::parseDotted(tablePart, error,
                                            allowWildcard ? SqlName::Wildcards::Allowed
                                                          : SqlName::Wildcards::Refused);
    if (!parts)
        return std::nullopt;
    if (parts->size() > 2) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "\"%1\" has too many dots: write [schema.]table")
                     .arg(text);
        return std::nullopt;
    }
    ref.table = parts->last();
    if (parts->size() == 2)
        ref.schema = parts->first();
    return ref;
}

bool ParameterValues::checkObjectType(const QString &type, bool hasNameClause, QString *error)
{
    static const QRegularExpression syntax(
        QStringLiteral("^[A-Z_][A-Z0-9_]*(/[A-Z_][A-Z0-9_]*)*$"));
    if (!syntax.match(type).hasMatch()) {
        *error = QCoreApplication::translate(
                     "ParameterValues", "\"%1\" is not an object type: write a type such as TABLE, "
                                        "INDEX or SCHEMA_EXPORT/TABLE/INDEX")
                     .arg(type);
        return false;
    }
    const ObjectTypeLookup lookup = ObjectTypes::lookup(type);
    if (!lookup.found) {
        *error = lookup.errorString;
        return false;
    }
    if (hasNameClause && !lookup.named) {
        *error = QCoreApplication::translate(
                     "ParameterValues", "objects of type %1 have no names, so a name clause cannot "
                                        "select them: leave the clause out")
                     .arg(type);
        return false;
    }
    return true;
}

std::optional<ObjectFilter> ParameterValues::filter(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    const qsizetype colon = SqlName::findOutsideQuotes(value, u':');
    ObjectFilter result;
    result.objectType = (colon < 0 ? value : value.left(colon)).trimmed().toUpper();
    if (colon >= 0) {
        const QString clause = value.mid(colon + 1).trimmed();
        if (!ParamTokenizer::isDoubleQuoted(clause)) {
            *error = QCoreApplication::translate(
                         "ParameterValues", "the name clause \"%1\" must be in double quotes, e.g. "
                                            "%2:\"IN ('EMP','DEPT')\"; on a Unix shell the quotes "
                                            "must be escaped (%2:\\\"IN \\('EMP'\\)\\\") or the "
                                            "parameter put in a PARFILE")
                         .arg(clause, result.objectType);
            return std::nullopt;
        }
        QString clauseError;
        const auto parsed = NameClause::parse(ParamTokenizer::unquote(clause), &clauseError);
        if (!parsed) {
            *error =
                QCoreApplication::translate("ParameterValues", "the name clause %1 is invalid: %2")
                    .arg(clause, clauseError);
            return std::nullopt;
        }
        result.nameClause = *parsed;
    }
    if (!checkObjectType(result.objectType, result.nameClause.has_value(), error))
        return std::nullopt;
    return result;
}

std::optional<QuerySpec> ParameterValues::query(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    const qsizetype colon = SqlName::findLastOutsideQuotes(value, u':');
    const QString clause = colon < 0 ? value : value.mid(colon + 1).trimmed();
    if (!ParamTokenizer::isDoubleQuoted(clause)) {
        *error = QCoreApplication::translate(
            "ParameterValues", "the query clause must be in double quotes, e.g. "
                               "QUERY=employees:\"WHERE department_id > 10\"; on a Unix shell "
                               "write QUERY=employees:'\"WHERE ...\"' or use a PARFILE");
        return std::nullopt;
    }
    QuerySpec spec;
    spec.clause = ParamTokenizer::unquote(clause).trimmed();
    if (spec.clause.isEmpty()) {
        *error = QCoreApplication::translate("ParameterValues", "the query clause is empty");
        return std::nullopt;
    }
    if (colon >= 0) {
        const auto table = tableRef(value.left(colon), false, false, error);
        if (!table)
            return std::nullopt;
        spec.table = *table;
    }
    return spec;
}

std::optional<SampleSpec> ParameterValues::sample(const QString &text, QString *error)
{
    static const QRegularExpression number(QStringLiteral("^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    const QString value = text.trimmed();
    const qsizetype colon = SqlName::findLastOutsideQuotes(value, u':');
    const QString percentText = colon < 0 ? value : value.mid(colon + 1).trimmed();
    SampleSpec spec;
    if (!number.match(percentText).hasMatch()) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "\"%1\" is not a percentage: write e.g. SAMPLE=10 or "
                                             "SAMPLE=hr.employees:2.5")
                     .arg(percentText);
        return std::nullopt;
    }
    spec.percent = percentText.toDouble();
    if (spec.percent < 0.000001 || spec.percent >= 100.0) {
        *error =
            QCoreApplication::translate(
                "ParameterValues", "%1 is out of range: the percentage must be at least .000001 "
                                   "and below 100 (to export every row, leave SAMPLE out)")
                .arg(percentText);
        return std::nullopt;
    }
    if (colon >= 0) {
        const auto table = tableRef(value.left(colon), false, false, error);
        if (!table)
            return std::nullopt;
        spec.table = *table;
    }
    return spec;
}

std::optional<RemapPair> ParameterValues::remapPair(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    const qsizetype colon = SqlName::findOutsideQuotes(value, u':');
    if (colon < 0 || SqlName::findOutsideQuotes(value, u':', colon + 1) >= 0) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "\"%1\" is not a pair: write source:target")
                     .arg(text);
        return std::nullopt;
    }
    const auto from = SqlName::parse(value.left(colon).trimmed(), error);
    if (!from)
        return std::nullopt;
    const auto to = SqlName::parse(value.mid(colon + 1).trimmed(), error);
    if (!to)
        return std::nullopt;
    return RemapPair{*from, *to};
}

std::optional<RemapTableSpec> ParameterValues::remapTable(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    const qsizetype colon = SqlName::findLastOutsideQuotes(value, u':');
    if (colon < 0) {
        *error =
            QCoreApplication::translate(
                "ParameterValues", "\"%1\" has no new name: write [schema.]old_table:new_table")
                .arg(text);
        return std::nullopt;
    }
    const auto parts = SqlName::parseDotted(value.left(colon).trimmed(), error);
    if (!parts)
        return std::nullopt;
    const auto newParts = SqlName::parseDotted(value.mid(colon + 1).trimmed(), error);
    if (!newParts)
        return std::nullopt;
    if (parts->size() > 3 || newParts->size() != 1) {
        *error =
            newParts->size() != 1
                ? QCoreApplication::translate(
                      "ParameterValues", "\"%1\": the new name takes no schema (the target schema "
                                         "comes from REMAP_SCHEMA): write old_table:new_table")
                      .arg(text)
                : QCoreApplication::translate("ParameterValues",
                                              "\"%1\" has too many dots: write "
                                              "[schema.]old_table[.partition]:new_table")
                      .arg(text);
        return std::nullopt;
    }
    RemapTableSpec spec;
    spec.newName = newParts->first();
    spec.source.schema = parts->size() >= 2 ? parts->at(0) : SqlName();
    spec.source.table = parts->size() >= 2 ? parts->at(1) : parts->at(0);
    if (parts->size() == 3)
        spec.source.partition = parts->at(2);
    return spec;
}

std::optional<RemapDataSpec> ParameterValues::remapData(const QString &text, QString *error)
{
    const QString value = text.trimmed();
    const qsizetype colon = SqlName::findOutsideQuotes(value, u':');
    const auto parts = colon < 0 ? std::nullopt : SqlName::parseDotted(value.left(colon), error);
    if (colon < 0 || (parts && (parts->size() < 2 || parts->size() > 3))) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "\"%1\" is not [schema.]table.column:function, e.g. "
                                             "hr.employees.email:FAKE_EMAIL")
                     .arg(text);
        return std::nullopt;
    }
    if (!parts)
        return std::nullopt;
    const auto function = RemapFunction::parse(value.mid(colon + 1), error);
    if (!function)
        return std::nullopt;
    RemapDataSpec spec;
    spec.column = parts->last();
    spec.table = parts->at(parts->size() - 2);
    if (parts->size() == 3)
        spec.schema = parts->first();
    spec.function = *function;
    return spec;
}

std::optional<TransformSpec> ParameterValues::transform(const QString &text, QString *error)
{
    const QStringList parts = plainValue(text).split(u':');
    if (parts.size() < 2 || parts.size() > 3) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "\"%1\" is not name:value[:object_type], e.g. "
                                             "SEGMENT_ATTRIBUTES:N:TABLE")
                     .arg(text);
        return std::nullopt;
    }
    TransformSpec spec{parts.at(0).trimmed().toUpper(), {}, {}};
    const TransformRule *rule = nullptr;
    for (const TransformRule &candidate : kTransforms) {
        if (spec.name == QLatin1String(candidate.name))
            rule = &candidate;
    }
    if (!rule || rule->rejection) {
        *error =
            rule ? QCoreApplication::translate("ParameterValues",
                                               "the transform %1 does not apply because %2; the "
                                               "transforms Sluice applies are SEGMENT_ATTRIBUTES, "
                                               "STORAGE and DISABLE_ARCHIVE_LOGGING")
                       .arg(spec.name, QLatin1String(rule->rejection))
                 : QCoreApplication::translate(
                       "ParameterValues", "unknown transform %1; the transforms Sluice applies are "
                                          "SEGMENT_ATTRIBUTES, STORAGE and DISABLE_ARCHIVE_LOGGING")
                       .arg(spec.name);
        return std::nullopt;
    }
    const auto flag = yesNo(parts.at(1), error);
    if (!flag) {
        *error = QCoreApplication::translate("ParameterValues", "%1 takes Y or N, not \"%2\"")
                     .arg(spec.name, parts.at(1));
        return std::nullopt;
    }
    spec.value = *flag ? QStringLiteral("Y") : QStringLiteral("N");
    if (parts.size() == 3) {
        spec.objectType = parts.at(2).trimmed().toUpper();
        if (!checkObjectType(spec.objectType, false, error))
            return std::nullopt;
    }
    return spec;
}

std::optional<FlashbackTime> ParameterValues::flashbackTime(const QString &text, QString *error)
{
    static const QRegularExpression toTimestamp(
        QStringLiteral("^TO_TIMESTAMP\\s*\\(\\s*'([^']*)'\\s*,\\s*'([^']*)'\\s*\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QList<std::pair<QString, QString>> tokens = {
        {QStringLiteral("YYYY"), QStringLiteral("yyyy")},
        {QStringLiteral("HH24"), QStringLiteral("HH")},
        {QStringLiteral("FF3"), QStringLiteral("zzz")},
        {QStringLiteral("MM"), QStringLiteral("MM")},
        {QStringLiteral("DD"), QStringLiteral("dd")},
        {QStringLiteral("MI"), QStringLiteral("mm")},
        {QStringLiteral("SS"), QStringLiteral("ss")},
        {QStringLiteral("FF"), QStringLiteral("zzz")}};
    const QString value = plainValue(text);
    if (value.compare(QLatin1String("SYSTIMESTAMP"), Qt::CaseInsensitive) == 0)
        return FlashbackTime{true, {}};
    const auto match = toTimestamp.match(value);
    QDateTime time;
    if (match.hasMatch()) {
        QString format;
        const QString oracle = match.captured(2).toUpper();
        for (qsizetype i = 0; i < oracle.size();) {
            const auto token = std::find_if(tokens.cbegin(), tokens.cend(), [&](const auto &t) {
                return QStringView(oracle).mid(i).startsWith(t.first);
            });
            if (token != tokens.cend()) {
                format += token->second;
                i += token->first.size();
            } else if (QStringLiteral("-/:. ,").contains(oracle.at(i))) {
                format += oracle.at(i++);
            } else {
                *error =
                    QCoreApplication::translate(
                        "ParameterValues", "the format element at \"%1\" is not supported; use "
                                           "YYYY, MM, DD, HH24, MI, SS and FF3")
                        .arg(oracle.mid(i));
                return std::nullopt;
            }
        }
        time = QDateTime::fromString(match.captured(1), format);
    } else {
        time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (!time.isValid()) {
        *error = QCoreApplication::translate(
                     "ParameterValues",
                     "\"%1\" is not a time: write SYSTIMESTAMP, "
                     "\"TO_TIMESTAMP('2024-05-01 10:30:00','YYYY-MM-DD HH24:MI:SS')\" "
                     "or an ISO time such as 2024-05-01T10:30:00")
                     .arg(text);
        return std::nullopt;
    }
    return FlashbackTime{false, time};
}

std::optional<QString> ParameterValues::connection(const QString &text, QString *error)
{
    const QString value = plainValue(text);
    if (value.isEmpty()) {
        *error = QCoreApplication::translate(
            "ParameterValues", "the connection is empty: name a saved profile or a URL");
        return std::nullopt;
    }
    if (ConnectionParams::looksLikeUrl(value)) {
        if (!ConnectionParams::fromUrl(value, error))
            return std::nullopt;
        return value;
    }
    const qsizetype slash = value.indexOf(u'/');
    if (slash >= 0) {
        const qsizetype at = value.indexOf(u'@', slash);
        const QString masked = value.left(slash + 1) + QStringLiteral("********") +
                               (at < 0 ? QString() : value.mid(at));
        *error =
            QCoreApplication::translate(
                "ParameterValues", "\"%1\" carries a password. Sluice never takes passwords on "
                                   "the command line or in parameter files, where process lists, "
                                   "shell history and logs keep them: name a saved connection "
                                   "profile (its password lives in the OS keychain) or a URL "
                                   "without the password, and Sluice prompts for it, or reads "
                                   "SLUICE_PASSWORD for unattended runs")
                .arg(masked);
        return std::nullopt;
    }
    return value;
}

std::optional<SqlName> ParameterValues::jobName(const QString &text, QString *error)
{
    const auto parsed = SqlName::parse(text.trimmed(), error);
    if (!parsed)
        return std::nullopt;
    if (parsed->text.size() > 128) {
        *error =
            QCoreApplication::translate("ParameterValues", "\"%1\" is longer than 128 characters")
                .arg(text);
        return std::nullopt;
    }
    return parsed;
}

std::optional<QString> ParameterValues::version(const QString &text, QString *error)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    const QString value = plainValue(text).toUpper();
    if (value == u"COMPATIBLE" || value == u"LATEST")
        return value;
    if (!number.match(value).hasMatch()) {
        *error = QCoreApplication::translate("ParameterValues",
                                             "\"%1\" is not COMPATIBLE, LATEST or a version number")
                     .arg(text);
        return std::nullopt;
    }
    const QString reason = ParameterCatalog::rejectedValueReason(u"VERSION", value);
    if (!reason.isEmpty()) {
        *error = QCoreApplication::translate("ParameterValues", "%1 does not apply because %2")
                     .arg(value, reason);
        return std::nullopt;
    }
    return value;
}

} // namespace sluice::engine
