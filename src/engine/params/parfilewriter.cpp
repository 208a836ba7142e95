#include "engine/params/parfilewriter.h"

#include "engine/params/parametervalues.h"

#include <QStringList>

namespace sluice::engine {

namespace {

using Entries = QList<QPair<QString, QString>>;

template <typename T>
QString joined(const QList<T> &items)
{
    QStringList texts;
    for (const T &item : items)
        texts.append(item.toParameterText());
    return texts.join(u',');
}

template <typename T>
void addEach(Entries &entries, const char *keyword, const QList<T> &items)
{
    for (const T &item : items)
        entries.append({QLatin1String(keyword), item.toParameterText()});
}

template <typename E>
void addEnum(Entries &entries, const char *keyword, const std::optional<E> &value)
{
    if (value)
        entries.append({QLatin1String(keyword), enumKeyword(*value)});
}

void addFlag(Entries &entries, const char *keyword, bool value)
{
    if (value)
        entries.append({QLatin1String(keyword), QStringLiteral("YES")});
}

void addSelection(Entries &entries, const JobSpec &spec)
{
    if (spec.attach)
        entries.append({QStringLiteral("ATTACH"), *spec.attach});
    // Import's default mode is FULL, so FULL=YES is written for export only.
    if (spec.mode == JobMode::Full && spec.operation == JobOperation::Export)
        entries.append({QStringLiteral("FULL"), QStringLiteral("YES")});
    if (spec.mode == JobMode::Schemas && !spec.schemas.isEmpty()) {
        QStringList names;
        for (const SqlName &name : spec.schemas)
            names.append(name.toParameterText());
        entries.append({QStringLiteral("SCHEMAS"), names.join(u',')});
    }
    if (spec.mode == JobMode::Tables)
        entries.append({QStringLiteral("TABLES"), joined(spec.tables)});
    addEnum(entries, "CONTENT", spec.content);
    addEach(entries, "INCLUDE", spec.includes);
    addEach(entries, "EXCLUDE", spec.excludes);
    addEach(entries, "QUERY", spec.queries);
    addEach(entries, "SAMPLE", spec.samples);
    if (!spec.networkLink.isEmpty())
        entries.append(
            {QStringLiteral("NETWORK_LINK"), ParfileWriter::quoteIfNeeded(spec.networkLink)});
    if (spec.flashbackScn)
        entries.append({QStringLiteral("FLASHBACK_SCN"), QString::number(*spec.flashbackScn)});
    if (spec.flashbackTime)
        entries.append({QStringLiteral("FLASHBACK_TIME"), spec.flashbackTime->toParameterText()});
    addEnum(entries, "ESTIMATE", spec.estimate);
    addFlag(entries, "ESTIMATE_ONLY", spec.estimateOnly);
}

void addFiles(Entries &entries, const JobSpec &spec)
{
    const auto file = [](const FileSpec &fileSpec) {
        return ParfileWriter::quoteIfNeeded(fileSpec.toParameterText());
    };
    if (!spec.directory.isEmpty())
        entries.append({QStringLiteral("DIRECTORY"), spec.directory});
    if (!spec.dumpFiles.isEmpty()) {
        QStringList files;
        for (const FileSpec &dumpFile : spec.dumpFiles)
            files.append(file(dumpFile));
        entries.append({QStringLiteral("DUMPFILE"), files.join(u',')});
    }
    if (spec.fileSize != 0)
        entries.append({QStringLiteral("FILESIZE"), ParameterValues::fileSizeText(spec.fileSize)});
    addFlag(entries, "REUSE_DUMPFILES", spec.reuseDumpFiles);
    if (spec.logFile)
        entries.append({QStringLiteral("LOGFILE"), file(*spec.logFile)});
    addFlag(entries, "NOLOGFILE", spec.noLogFile);
    if (spec.sqlFile)
        entries.append({QStringLiteral("SQLFILE"), file(*spec.sqlFile)});
    if (spec.targetDialect)
        entries.append(
            {QStringLiteral("TARGET_DIALECT"), dialectName(*spec.targetDialect).toUpper()});
}

void addJob(Entries &entries, const JobSpec &spec)
{
    if (!spec.jobName.isEmpty())
        entries.append({QStringLiteral("JOB_NAME"), spec.jobName.toParameterText()});
    if (spec.parallel != 1)
        entries.append({QStringLiteral("PARALLEL"), QString::number(spec.parallel)});
    addEnum(entries, "COMPRESSION", spec.compression);
    addEnum(entries, "COMPRESSION_ALGORITHM", spec.compressionAlgorithm);
    addEnum(entries, "ENCRYPTION", spec.encryption);
    addFlag(entries, "ENCRYPTION_PWD_PROMPT", spec.hasEncryptionPassword());
    addEach(entries, "REMAP_SCHEMA", spec.remapSchemas);
    addEach(entries, "REMAP_TABLE", spec.remapTables);
    addEach(entries, "REMAP_TABLESPACE", spec.remapTablespaces);
    addEach(entries, "REMAP_DATA", spec.remapData);
    addEach(entries, "TRANSFORM", spec.transforms);
    addEnum(entries, "TABLE_EXISTS_ACTION", spec.tableExistsAction);
    addEnum(entries, "VERIFY", spec.verify);
    if (!spec.version.isEmpty())
        entries.append({QStringLiteral("VERSION"), spec.version});
    if (spec.status != 0)
        entries.append({QStringLiteral("STATUS"), QString::number(spec.status)});
    addEnum(entries, "LOGTIME", spec.logTime);
    addFlag(entries, "METRICS", spec.metrics);
    addFlag(entries, "KEEP_MASTER", spec.keepMaster);
    addFlag(entries, "HELP", spec.help);
}

} // namespace

QString ParfileWriter::quoteIfNeeded(const QString &value)
{
    static const QString special = QStringLiteral(" \t,\"'()#\\");
    bool needed = value.isEmpty();
    for (const QChar ch : value)
        needed = needed || special.contains(ch);
    if (!needed)
        return value;
    return u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QList<QPair<QString, QString>> ParfileWriter::entries(const JobSpec &spec)
{
    Entries entries;
    if (!spec.connection.isEmpty())
        entries.append({QStringLiteral("USERID"), quoteIfNeeded(spec.connection)});
    addSelection(entries, spec);
    addFiles(entries, spec);
    addJob(entries, spec);
    return entries;
}

QString ParfileWriter::write(const JobSpec &spec)
{
    QString text;
    for (const auto &[keyword, value] : entries(spec))
        text +=
            value.isEmpty() ? QString(keyword + u'\n') : QString(keyword + u'=' + value + u'\n');
    return text;
}

} // namespace sluice::engine
