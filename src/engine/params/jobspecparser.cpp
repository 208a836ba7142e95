#include "engine/params/jobspecparser.h"

#include "engine/params/jobspecvalidator.h"
#include "engine/params/parametercatalog.h"
#include "engine/params/parametervalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sluice::engine {

namespace {

QString operationName(JobOperation operation)
{
    return operation == JobOperation::Export ? QStringLiteral("export") : QStringLiteral("import");
}

QString toolName(JobOperation operation)
{
    return operation == JobOperation::Export ? QStringLiteral("expdp") : QStringLiteral("impdp");
}

QString rawText(const RawParameter &raw)
{
    // Never echo a password into a message.
    if (raw.keyword.compare(QLatin1String("ENCRYPTION_PASSWORD"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("ENCRYPTION_PASSWORD=********");
    QStringList values;
    for (const RawValue &value : raw.values)
        values.append(value.text);
    return values.isEmpty() ? raw.keyword : raw.keyword + u'=' + values.join(u' ');
}

bool isQuotedWord(const QString &text)
{
    return text.startsWith(u'"') || text.startsWith(u'\'');
}

} // namespace

JobSpecParser::JobSpecParser(JobOperation operation)
    : m_operation(operation)
    , m_workingDirectory(QDir::currentPath())
{}

void JobSpecParser::reset()
{
    m_error = {};
    m_warnings.clear();
    m_seen.clear();
    m_full.reset();
    m_encryptionModePassword = false;
}

std::optional<JobSpec> JobSpecParser::parseArguments(const QStringList &arguments)
{
    reset();
    return run(ParamTokenizer::tokenizeArguments(arguments), false);
}

std::optional<JobSpec> JobSpecParser::parseParfileText(const QString &text, const QString &fileName)
{
    reset();
    return run(ParamTokenizer::tokenizeParfile(
                   text, fileName.isEmpty()
                             ? QCoreApplication::translate("JobSpecParser", "parameter file")
                             : fileName),
               true);
}

std::optional<JobSpec> JobSpecParser::run(const ParamTokenizer::Result &tokens, bool fromParfile)
{
    if (tokens.error) {
        m_error = *tokens.error;
        return std::nullopt;
    }
    JobSpec spec;
    spec.operation = m_operation;
    if (tokens.leadingWord) {
        if (fromParfile) {
            fail(QString(), tokens.leadingWord->text, tokens.leadingWord->position,
                 QCoreApplication::translate(
                     "JobSpecParser", "\"%1\" is not KEYWORD=value; in a parameter file, name the "
                                      "connection with USERID=%1")
                     .arg(tokens.leadingWord->text));
            return std::nullopt;
        }
        if (!applyLeadingWord(*tokens.leadingWord, spec))
            return std::nullopt;
    }
    QList<RawParameter> parameters;
    if (!expandParfiles(tokens, parameters))
        return std::nullopt;
    for (const RawParameter &raw : std::as_const(parameters)) {
        if (!applyParameter(raw, spec))
            return std::nullopt;
    }
    if (!finish(spec))
        return std::nullopt;
    return spec;
}

bool JobSpecParser::applyLeadingWord(const RawValue &word, JobSpec &spec)
{
    const QString upper = word.text.toUpper();
    if (ParameterCatalog::find(upper) || ParameterCatalog::findLegacy(upper)) {
        return fail(upper, word.text, word.position,
                    QCoreApplication::translate(
                        "JobSpecParser",
                        "%1 has no value: write %1=<value> (for a YES/NO parameter, "
                        "%1=YES). If you meant a connection profile called %2, write "
                        "USERID=%2")
                        .arg(upper, word.text));
    }
    QString error;
    const auto connection = ParameterValues::connection(word.text, &error);
    if (!connection)
        return fail(QStringLiteral("USERID"), word.text, word.position,
                    QCoreApplication::translate("JobSpecParser", "the connection %1").arg(error));
    spec.connection = *connection;
    m_seen.insert(QStringLiteral("USERID"), word.position);
    return true;
}

bool JobSpecParser::expandParfiles(const ParamTokenizer::Result &tokens, QList<RawParameter> &out)
{
    for (const RawParameter &raw : tokens.parameters) {
        if (raw.keyword.compare(QLatin1String("PARFILE"), Qt::CaseInsensitive) != 0) {
            out.append(raw);
            continue;
        }
        if (raw.position.isValid() && !raw.position.parfile.isEmpty())
            return fail(QStringLiteral("PARFILE"), rawText(raw), raw.position,
                        QCoreApplication::translate(
                            "JobSpecParser",
                            "PARFILE cannot be used inside a parameter file (they do "
                            "not nest): move these parameters into %1, or give "
                            "them on the command line")
                            .arg(raw.position.parfile));
        if (m_seen.contains(QStringLiteral("PARFILE")))
            return fail(
                QStringLiteral("PARFILE"), rawText(raw), raw.position,
                QCoreApplication::translate("JobSpecParser",
                                            "PARFILE is given twice (first at %1): merge the files "
                                            "into one")
                    .arg(m_seen.value(QStringLiteral("PARFILE")).describe()));
        if (raw.values.size() != 1)
            return fail(QStringLiteral("PARFILE"), rawText(raw), raw.position,
                        QCoreApplication::translate(
                            "JobSpecParser", "PARFILE takes one file path: write PARFILE=hr.par"));
        m_seen.insert(QStringLiteral("PARFILE"), raw.position);
        const QString name = ParamTokenizer::unquote(raw.values.first().text);
        QFile file(QDir(m_workingDirectory).absoluteFilePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("PARFILE"), rawText(raw), raw.position,
                QStringLiteral("PARFILE=%1: cannot read %2 (%3); the parameter file "
                               "is read on this machine, relative to the current folder")
                    .arg(name, QDir::toNativeSeparators(file.fileName()), file.errorString()));
        const auto inner = ParamTokenizer::tokenizeParfile(QString::fromUtf8(file.readAll()), name);
        if (inner.error) {
            m_error = *inner.error;
            return false;
        }
        if (inner.leadingWord)
            return fail(QString(), inner.leadingWord->text, inner.leadingWord->position,
                        QCoreApplication::translate(
                            "JobSpecParser",
                            "\"%1\" is not KEYWORD=value; in a parameter file, name "
                            "the connection with USERID=%1")
                            .arg(inner.leadingWord->text));
        for (const RawParameter &nested : inner.parameters) {
            if (nested.keyword.compare(QLatin1String("PARFILE"), Qt::CaseInsensitive) == 0)
                return fail(QStringLiteral("PARFILE"), rawText(nested), nested.position,
                            QCoreApplication::translate(
                                "JobSpecParser",
                                "PARFILE cannot be used inside a parameter file "
                                "(they do not nest): move the parameters of %1 into "
                                "%2")
                                .arg(ParamTokenizer::unquote(nested.values.value(0).text), name));
            out.append(nested);
        }
    }
    return true;
}

bool JobSpecParser::applyParameter(const RawParameter &raw, JobSpec &spec)
{
    const QString keyword = raw.keyword.toUpper();
    const ParameterDefinition *definition = ParameterCatalog::find(keyword);
    if (!definition) {
        if (const LegacyParameter *legacy = ParameterCatalog::findLegacy(keyword)) {
            return fail(keyword, rawText(raw), raw.position,
                        QCoreApplication::translate(
                            "JobSpecParser",
                            "%1 is a parameter of the original exp/imp utilities. "
                            "Sluice does not rewrite legacy parameters (Data Pump's "
                            "legacy mode silently changes behaviour, e.g. it turns on "
                            "REUSE_DUMPFILES). %2")
                            .arg(keyword, QLatin1String(legacy->advice)));
        }
        const QString suggestion = ParameterCatalog::suggest(keyword);
        return fail(
            keyword, rawText(raw), raw.position,
            QCoreApplication::translate("JobSpecParser",
                                        "unknown parameter %1%2; sluice-cli %3 HELP=YES lists them")
                .arg(keyword,
                     suggestion.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("JobSpecParser", " (did you mean %1?)")
                               .arg(suggestion),
                     operationName(m_operation)));
    }
    if (!checkSupport(*definition, raw) || !checkBareKeywords(raw))
        return false;
    const auto items = collectItems(*definition, raw);
    if (!items)
        return false;
    if (!m_seen.contains(keyword))
        m_seen.insert(keyword, raw.position);
    for (const Item &item : *items) {
        if (definition->kind == ValueKind::Keyword) {
            const QString reason =
                ParameterCatalog::rejectedValueReason(keyword, item.text.trimmed());
            if (!reason.isEmpty())
                return failValue(keyword, item,
                                 QCoreApplication::translate("JobSpecParser",
                                                             "this value does not apply because %1")
                                     .arg(reason));
        }
    }
    return dispatch(keyword, *items, spec);
}

bool JobSpecParser::checkSupport(const ParameterDefinition &definition, const RawParameter &raw)
{
    const QString keyword = definition.keyword();
    switch (definition.support(m_operation)) {
    case ParameterSupport::Applies:
        return true;
    case ParameterSupport::NotInOperation: {
        const JobOperation other =
            m_operation == JobOperation::Export ? JobOperation::Import : JobOperation::Export;
        return fail(
            keyword, rawText(raw), raw.position,
            QCoreApplication::translate(
                "JobSpecParser", "%1 is not an %2 parameter (it belongs to %3); remove it from "
                                 "this %4 job")
                .arg(keyword, toolName(m_operation), toolName(other), operationName(m_operation)));
    }
    case ParameterSupport::Rejected:
        break;
    }
    return fail(
        keyword, rawText(raw), raw.position,
        QCoreApplication::translate("JobSpecParser",
                                    "%1 is not supported by Sluice %2 because %3. Remove %1.")
            .arg(keyword, operationName(m_operation), definition.rejectionReason(m_operation)));
}

bool JobSpecParser::checkBareKeywords(const RawParameter &raw)
{
    const QString previous = raw.keyword.toUpper();
    for (const RawValue &value : raw.values) {
        if (!value.separateWord || isQuotedWord(value.text))
            continue;
        const QString upper = value.text.toUpper();
        const ParameterDefinition *definition = ParameterCatalog::find(upper);
        if (!definition && !ParameterCatalog::findLegacy(upper))
            continue;
        const bool yesNo = definition && definition->kind == ValueKind::YesNo;
        const QString misread =
            previous == u"DUMPFILE"
                ? QCoreApplication::translate("JobSpecParser", "another dump file (%1.dmp)")
                      .arg(value.text.toLower())
                : QCoreApplication::translate("JobSpecParser", "another value of %1").arg(previous);
        return fail(upper, value.text, value.position,
                    QCoreApplication::translate(
                        "JobSpecParser",
                        "%1 has no value: write %1=%2. Without =, Data Pump reads the "
                        "bare word \"%3\" as %4")
                        .arg(upper, yesNo ? QStringLiteral("YES") : QStringLiteral("<value>"),
                             value.text, misread));
    }
    return true;
}

std::optional<QList<JobSpecParser::Item>>
JobSpecParser::collectItems(const ParameterDefinition &definition, const RawParameter &raw)
{
    const QString keyword = definition.keyword();
    QList<Item> items;
    for (const RawValue &value : raw.values) {
        if (!isListKind(definition.kind)) {
            items.append({value.text, value.position});
            continue;
        }
        for (const QString &word : ParamTokenizer::splitList(value.text))
            items.append({word, value.position});
    }
    if (items.isEmpty() && definition.kind != ValueKind::Attach) {
        fail(keyword, rawText(raw), raw.position,
             QCoreApplication::translate("JobSpecParser", "%1 has no value: write %1=%2")
                 .arg(keyword, QLatin1String(*definition.values ? definition.values : "YES")));
        return std::nullopt;
    }
    if (keyword == u"ENCRYPTION_PASSWORD" && items.size() > 1) {
        fail(keyword, rawText(raw), raw.position,
             QStringLiteral("ENCRYPTION_PASSWORD=********: ENCRYPTION_PASSWORD takes one value: "
                            "put a password with spaces or commas in double quotes, or use "
                            "ENCRYPTION_PWD_PROMPT=YES"));
        return std::nullopt;
    }
    if (!isListKind(definition.kind) && items.size() > 1) {
        fail(keyword, items.at(1).text, items.at(1).position,
             QCoreApplication::translate(
                 "JobSpecParser",
                 "%1 takes one value, but \"%2\" follows \"%3\": remove it, or if it "
                 "is a value with spaces or commas, put it in double quotes in a "
                 "PARFILE")
                 .arg(keyword, items.at(1).text, items.at(0).text));
        return std::nullopt;
    }
    if (!isListKind(definition.kind) && m_seen.contains(keyword)) {
        const QString text =
            keyword == u"USERID" ? keyword + u'=' + raw.values.first().text : rawText(raw);
        fail(keyword, text, raw.position,
             QCoreApplication::translate(
                 "JobSpecParser", "%1: %2 is given twice (first at %3): a parameter that takes one "
                                  "value may appear only once; remove one")
                 .arg(keyword == u"USERID" ? QStringLiteral("USERID") : text, keyword,
                      m_seen.value(keyword).describe()));
        return std::nullopt;
    }
    return items;
}

bool JobSpecParser::fail(const QString &keyword, const QString &text,
                         const SourcePosition &position, const QString &message)
{
    m_error = ParameterError{keyword, text, position, message};
    return false;
}

bool JobSpecParser::failValue(const QString &keyword, const Item &item, const QString &detail)
{
    return fail(keyword, item.text, item.position,
                QStringLiteral("%1=%2: %3").arg(keyword, item.text, detail));
}

bool JobSpecParser::dispatch(const QString &keyword, const QList<Item> &items, JobSpec &spec)
{
    if (keyword == u"ATTACH") {
        QString error;
        const QString job =
            items.isEmpty() ? QString() : ParamTokenizer::unquote(items.first().text);
        if (!job.isEmpty() && !SqlName::parseDotted(job, &error))
            return failValue(keyword, items.first(), error);
        spec.attach = job;
        return true;
    }
    using Handler = bool (JobSpecParser::*)(const QString &, const Item &, JobSpec &);
    static const Handler handlers[] = {&JobSpecParser::applySelection, &JobSpecParser::applyFiles,
                                       &JobSpecParser::applyRemaps,    &JobSpecParser::applyFlags,
                                       &JobSpecParser::applyKeyword,   &JobSpecParser::applyOther};
    for (const Item &item : items) {
        m_error = {};
        bool handled = false;
        for (const Handler handler : handlers) {
            if ((this->*handler)(keyword, item, spec)) {
                handled = true;
                break;
            }
            if (!m_error.message.isEmpty())
                return false;
        }
        if (!handled)
            return failValue(keyword, item, QStringLiteral("internal error: no handler"));
    }
    return true;
}

bool JobSpecParser::applySelection(const QString &keyword, const Item &item, JobSpec &spec)
{
    QString error;
    if (keyword == u"SCHEMAS") {
        const auto name = ParameterValues::name(item.text, &error);
        if (!name)
            return failValue(keyword, item, error);
        spec.schemas.append(*name);
    } else if (keyword == u"TABLES") {
        const auto table = ParameterValues::tableRef(item.text, true, true, &error);
        if (!table)
            return failValue(keyword, item, error);
        spec.tables.append(*table);
    } else if (keyword == u"INCLUDE" || keyword == u"EXCLUDE") {
        const auto filter = ParameterValues::filter(item.text, &error);
        if (!filter)
            return failValue(keyword, item, error);
        (keyword == u"INCLUDE" ? spec.includes : spec.excludes).append(*filter);
    } else if (keyword == u"QUERY") {
        const auto query = ParameterValues::query(item.text, &error);
        if (!query)
            return failValue(keyword, item, error);
        for (const QuerySpec &other : std::as_const(spec.queries)) {
            if (other.table == query->table)
                return failValue(
                    keyword, item,
                    QCoreApplication::translate("JobSpecParser",
                                                "%1 already has a QUERY (%2): give one query per "
                                                "table, combining conditions with AND")
                        .arg(query->table
                                 ? query->table->toParameterText()
                                 : QCoreApplication::translate("JobSpecParser", "every table"),
                             other.toParameterText()));
        }
        spec.queries.append(*query);
    } else if (keyword == u"SAMPLE") {
        const auto sample = ParameterValues::sample(item.text, &error);
        if (!sample)
            return failValue(keyword, item, error);
        for (const SampleSpec &other : std::as_const(spec.samples)) {
            if (other.table == sample->table)
                return failValue(
                    keyword, item,
                    QCoreApplication::translate("JobSpecParser",
                                                "a SAMPLE for the same table is already given "
                                                "(%1): give one per table")
                        .arg(other.toParameterText()));
        }
        spec.samples.append(*sample);
    } else {
        return false;
    }
    return true;
}

bool JobSpecParser::applyFiles(const QString &keyword, const Item &item, JobSpec &spec)
{
    QString error;
    std::optional<FileSpec> file;
    if (keyword == u"DUMPFILE") {
        file = ParameterValues::fileSpec(item.text, QStringLiteral(".dmp"), true, &error);
        if (file)
            spec.dumpFiles.append(*file);
    } else if (keyword == u"LOGFILE") {
        file = spec.logFile =
            ParameterValues::fileSpec(item.text, QStringLiteral(".log"), false, &error);
    } else if (keyword == u"SQLFILE") {
        file = spec.sqlFile =
            ParameterValues::fileSpec(item.text, QStringLiteral(".sql"), false, &error);
    } else if (keyword == u"DIRECTORY") {
        const auto directory = ParameterValues::directoryName(item.text, &error);
        if (!directory)
            return failValue(keyword, item, error);
        spec.directory = *directory;
        return true;
    } else if (keyword == u"FILESIZE") {
        const auto size = ParameterValues::fileSize(item.text, &error);
        if (!size)
            return failValue(keyword, item, error);
        spec.fileSize = *size;
        return true;
    } else {
        return false;
    }
    return file ? true : failValue(keyword, item, error);
}

bool JobSpecParser::applyRemaps(const QString &keyword, const Item &item, JobSpec &spec)
{
    QString error;
    if (keyword == u"REMAP_SCHEMA" || keyword == u"REMAP_TABLESPACE") {
        const auto pair = ParameterValues::remapPair(item.text, &error);
        if (!pair)
            return failValue(keyword, item, error);
        QList<RemapPair> &list =
            keyword == u"REMAP_SCHEMA" ? spec.remapSchemas : spec.remapTablespaces;
        for (const RemapPair &other : std::as_const(list)) {
            if (other.from == pair->from)
                return failValue(
                    keyword, item,
                    QCoreApplication::translate("JobSpecParser",
                                                "%1 is already remapped (%2): give one target "
                                                "per source")
                        .arg(pair->from.toParameterText(), other.toParameterText()));
        }
        list.append(*pair);
    } else if (keyword == u"REMAP_TABLE") {
        const auto remap = ParameterValues::remapTable(item.text, &error);
        if (!remap)
            return failValue(keyword, item, error);
        spec.remapTables.append(*remap);
    } else if (keyword == u"REMAP_DATA") {
        const auto remap = ParameterValues::remapData(item.text, &error);
        if (!remap)
            return failValue(keyword, item, error);
        for (const RemapDataSpec &other : std::as_const(spec.remapData)) {
            if (other.schema == remap->schema && other.table == remap->table &&
                other.column == remap->column)
                return failValue(
                    keyword, item,
                    QCoreApplication::translate("JobSpecParser",
                                                "the column already has a function (%1): give "
                                                "one per column")
                        .arg(other.toParameterText()));
        }
        spec.remapData.append(*remap);
    } else if (keyword == u"TRANSFORM") {
        const auto transform = ParameterValues::transform(item.text, &error);
        if (!transform)
            return failValue(keyword, item, error);
        spec.transforms.append(*transform);
    } else {
        return false;
    }
    return true;
}

bool JobSpecParser::applyFlags(const QString &keyword, const Item &item, JobSpec &spec)
{
    static const QStringList flags = {
        QStringLiteral("FULL"),      QStringLiteral("REUSE_DUMPFILES"),
        QStringLiteral("NOLOGFILE"), QStringLiteral("ESTIMATE_ONLY"),
        QStringLiteral("METRICS"),   QStringLiteral("KEEP_MASTER"),
        QStringLiteral("HELP"),      QStringLiteral("ENCRYPTION_PWD_PROMPT")};
    if (!flags.contains(keyword))
        return false;
    QString error;
    const auto value = ParameterValues::yesNo(item.text, &error);
    if (!value)
        return failValue(keyword, item,
                         error +
                             QCoreApplication::translate("JobSpecParser", ": write %1=YES or %1=NO")
                                 .arg(keyword));
    if (keyword == u"FULL")
        m_full = *value;
    else if (keyword == u"REUSE_DUMPFILES")
        spec.reuseDumpFiles = *value;
    else if (keyword == u"NOLOGFILE")
        spec.noLogFile = *value;
    else if (keyword == u"ESTIMATE_ONLY")
        spec.estimateOnly = *value;
    else if (keyword == u"METRICS")
        spec.metrics = *value;
    else if (keyword == u"KEEP_MASTER")
        spec.keepMaster = *value;
    else if (keyword == u"HELP")
        spec.help = *value;
    else
        spec.encryptionPasswordPrompt = *value;
    return true;
}

bool JobSpecParser::applyKeyword(const QString &keyword, const Item &item, JobSpec &spec)
{
    const QString value = ParamTokenizer::unquote(item.text.trimmed());
    bool known = true;
    bool ok = false;
    const auto set = [&](auto &field, auto parsed) {
        ok = parsed.has_value();
        if (ok)
            field = parsed;
    };
    if (keyword == u"CONTENT")
        set(spec.content, enumFromKeyword<JobContent>(value));
    else if (keyword == u"COMPRESSION")
        set(spec.compression, enumFromKeyword<CompressionScope>(value));
    else if (keyword == u"COMPRESSION_ALGORITHM")
        set(spec.compressionAlgorithm, enumFromKeyword<CompressionAlgorithm>(value));
    else if (keyword == u"ENCRYPTION")
        set(spec.encryption, enumFromKeyword<EncryptionScope>(value));
    else if (keyword == u"ESTIMATE")
        set(spec.estimate, enumFromKeyword<EstimateMethod>(value));
    else if (keyword == u"LOGTIME")
        set(spec.logTime, enumFromKeyword<LogTime>(value));
    else if (keyword == u"VERIFY")
        set(spec.verify, enumFromKeyword<VerifyMode>(value));
    else if (keyword == u"TABLE_EXISTS_ACTION")
        set(spec.tableExistsAction, enumFromKeyword<TableExistsAction>(value));
    else if (keyword == u"TARGET_DIALECT")
        set(spec.targetDialect, dialectFromName(value));
    else if (keyword == u"ENCRYPTION_MODE")
        ok = m_encryptionModePassword =
            value.compare(QLatin1String("PASSWORD"), Qt::CaseInsensitive) == 0;
    else
        known = false;
    if (!known)
        return false;
    if (ok)
        return true;
    const ParameterDefinition *definition = ParameterCatalog::find(keyword);
    return failValue(
        keyword, item,
        QCoreApplication::translate("JobSpecParser", "\"%1\" is not a valid value; write one of %2")
            .arg(value,
                 QString::fromLatin1(definition->values).replace(u'|', QStringLiteral(", "))));
}

bool JobSpecParser::applyOther(const QString &keyword, const Item &item, JobSpec &spec)
{
    QString error;
    bool ok = true;
    if (keyword == u"USERID" || keyword == u"NETWORK_LINK") {
        const auto connection = ParameterValues::connection(item.text, &error);
        if (connection && keyword == u"USERID" && !spec.connection.isEmpty())
            return failValue(
                keyword, item,
                QCoreApplication::translate("JobSpecParser",
                                            "the connection is already given as \"%1\": give it "
                                            "once, as the first argument or as USERID")
                    .arg(spec.connection));
        if (!connection) // the text may hold a password: the error shows it masked
            return fail(keyword, QString(), item.position,
                        QCoreApplication::translate("JobSpecParser", "%1: the connection %2")
                            .arg(keyword, error));
        (keyword == u"USERID" ? spec.connection : spec.networkLink) = *connection;
    } else if (keyword == u"PARALLEL" || keyword == u"STATUS") {
        const auto number = ParameterValues::integer(item.text, keyword == u"PARALLEL" ? 1 : 0,
                                                     keyword == u"PARALLEL" ? 64 : 86400, &error);
        if ((ok = number.has_value()))
            (keyword == u"PARALLEL" ? spec.parallel : spec.status) = int(*number);
    } else if (keyword == u"FLASHBACK_SCN") {
        const auto number =
            ParameterValues::integer(item.text, 0, std::numeric_limits<qint64>::max(), &error);
        if ((ok = number.has_value()))
            spec.flashbackScn = quint64(*number);
    } else if (keyword == u"FLASHBACK_TIME") {
        const auto time = ParameterValues::flashbackTime(item.text, &error);
        if ((ok = time.has_value()))
            spec.flashbackTime = time;
    } else if (keyword == u"JOB_NAME") {
        const auto name = ParameterValues::jobName(item.text, &error);
        if ((ok = name.has_value()))
            spec.jobName = *name;
    } else if (keyword == u"VERSION") {
        const auto version = ParameterValues::version(item.text, &error);
        if ((ok = version.has_value()))
            spec.version = *version;
    } else if (keyword == u"ENCRYPTION_PASSWORD") {
        const QString password = ParamTokenizer::unquote(item.text);
        if (password.isEmpty() || password.toUtf8().size() > 128)
            return fail(keyword, QStringLiteral("********"), item.position,
                        QCoreApplication::translate(
                            "JobSpecParser",
                            "ENCRYPTION_PASSWORD: the password must be 1 to 128 bytes "
                            "long; or use ENCRYPTION_PWD_PROMPT=YES"));
        spec.encryptionPassword = password;
        if (item.position.parfile.isEmpty())
            m_warnings.append(
                QCoreApplication::translate("JobSpecParser",
                                            "ENCRYPTION_PASSWORD on the command line (%1) is "
                                            "visible to other users in the process list; "
                                            "prefer ENCRYPTION_PWD_PROMPT=YES")
                    .arg(item.position.describe()));
    } else {
        return false;
    }
    return ok ? true : failValue(keyword, item, error);
}

bool JobSpecParser::finish(JobSpec &spec)
{
    const auto position = [this](const char *keyword) {
        return m_seen.value(QLatin1String(keyword));
    };
    if (m_encryptionModePassword && !spec.hasEncryptionPassword())
        return fail(QStringLiteral("ENCRYPTION_MODE"), QStringLiteral("ENCRYPTION_MODE=PASSWORD"),
                    position("ENCRYPTION_MODE"),
                    QStringLiteral("ENCRYPTION_MODE=PASSWORD needs ENCRYPTION_PASSWORD or "
                                   "ENCRYPTION_PWD_PROMPT=YES: add ENCRYPTION_PWD_PROMPT=YES"));
    // One job mode at most, as Data Pump's "multiple job modes requested".
    QStringList modes;
    if (m_full.value_or(false))
        modes.append(QStringLiteral("FULL"));
    if (!spec.schemas.isEmpty())
        modes.append(QStringLiteral("SCHEMAS"));
    if (!spec.tables.isEmpty())
        modes.append(QStringLiteral("TABLES"));
    if (modes.size() > 1)
        return fail(modes.at(1), modes.at(1), m_seen.value(modes.at(1)),
                    QCoreApplication::translate(
                        "JobSpecParser",
                        "%1 cannot be combined with %2: a job has one mode; keep one "
                        "of them")
                        .arg(modes.at(1), modes.at(0)));
    if (m_full.value_or(false))
        spec.mode = JobMode::Full;
    else if (!spec.tables.isEmpty())
        spec.mode = JobMode::Tables;
    else if (!spec.schemas.isEmpty() || m_operation == JobOperation::Export)
        spec.mode = JobMode::Schemas;
    else if (m_full.has_value() && !spec.help && !spec.attach)
        return fail(QStringLiteral("FULL"), QStringLiteral("FULL=NO"), position("FULL"),
                    QStringLiteral("FULL=NO leaves the import without a mode: add SCHEMAS= or "
                                   "TABLES=, or remove FULL=NO to import everything"));
    else
        spec.mode = JobMode::Full;
    if (spec.help)
        return true;
    if (const auto error = JobSpecValidator::validate(spec, m_seen)) {
        m_error = *error;
        return false;
    }
    return true;
}

} // namespace sluice::engine
