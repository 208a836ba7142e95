#pragma once

#include "engine/core/dialect.h"
#include "engine/params/nameclause.h"
#include "engine/params/parameterdefinition.h"
#include "engine/params/remapfunction.h"
#include "engine/params/sqlname.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace sluice::engine {

enum class JobMode { Full, Schemas, Tables };
enum class JobContent { All, DataOnly, MetadataOnly };
enum class TableExistsAction { Skip, Append, Truncate, Replace };
enum class CompressionScope { All, DataOnly, MetadataOnly, None };
enum class CompressionAlgorithm { Basic, Low, Medium, High, Gzip };
enum class EncryptionScope { All, DataOnly, MetadataOnly, None };
enum class EstimateMethod { Blocks, Statistics };
enum class LogTime { None, Status, Logfile, All };
enum class VerifyMode { None, Count, Checksum };

// [schema.]table[:partition]; the table may carry a % wildcard (TABLES only).
struct TableRef
{
    SqlName schema; // empty: the job's schema
    SqlName table;
    SqlName partition; // empty: the whole table
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const TableRef &other) const = default;
};

// [directory_object:]file_name. Templates: %U (01..99) and %L (01.. growing).
struct FileSpec
{
    QString directory; // empty: DIRECTORY, then the default
    QString fileName;
    [[nodiscard]] bool isTemplate() const;
    // The file name for the index-th file of a template (1-based).
    [[nodiscard]] QString expanded(int index) const;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const FileSpec &other) const = default;
};

// INCLUDE/EXCLUDE: object_type[:name_clause].
struct ObjectFilter
{
    QString objectType; // upper case, short name or path
    std::optional<NameClause> nameClause;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const ObjectFilter &other) const = default;
};

// QUERY=[schema.][table:]"clause"; no table: every table of the job.
struct QuerySpec
{
    std::optional<TableRef> table;
    QString clause; // the SQL text between the double quotes
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const QuerySpec &other) const = default;
};

// SAMPLE=[[schema.]table:]percent
struct SampleSpec
{
    std::optional<TableRef> table;
    double percent = 100.0;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const SampleSpec &other) const = default;
};

// REMAP_SCHEMA / REMAP_TABLESPACE: from:to.
struct RemapPair
{
    SqlName from;
    SqlName to;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const RemapPair &other) const = default;
};

// REMAP_TABLE=[schema.]old[.partition]:new
struct RemapTableSpec
{
    TableRef source;
    SqlName newName;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const RemapTableSpec &other) const = default;
};

// REMAP_DATA=[schema.]table.column:function
struct RemapDataSpec
{
    SqlName schema;
    SqlName table;
    SqlName column;
    RemapFunctionCall function;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const RemapDataSpec &other) const = default;
};

// TRANSFORM=name:value[:object_type]
struct TransformSpec
{
    QString name;       // upper case
    QString value;      // canonical (Y or N)
    QString objectType; // upper case; empty: every applicable type
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const TransformSpec &other) const = default;
};

// FLASHBACK_TIME: SYSTIMESTAMP (the job's start) or a point in time (local time).
struct FlashbackTime
{
    bool systimestamp = false;
    QDateTime time;
    [[nodiscard]] QString toParameterText() const;
    bool operator==(const FlashbackTime &other) const = default;
};

// A validated export or import job, as parsed from the command line and PARFILE
// (JobSpecParser) and written back as a parfile (ParfileWriter); the GUI builds
// the same value. Optional members are unset when the parameter was not given,
// and the effective*() accessors apply Data Pump's defaults.
struct JobSpec
{
    JobOperation operation = JobOperation::Export;
    QString connection; // profile name or URL, as given; never a password
    JobMode mode = JobMode::Schemas;
    QList<SqlName> schemas; // empty in SCHEMAS mode: the connection's default schema
    QList<TableRef> tables;
    std::optional<JobContent> content;
    QList<ObjectFilter> includes; // INCLUDE applies first, then EXCLUDE (as 21c)
    QList<ObjectFilter> excludes;
    QList<QuerySpec> queries;
    QList<SampleSpec> samples;
    QString directory;
    QList<FileSpec> dumpFiles;
    qint64 fileSize = 0; // bytes; 0: unlimited
    bool reuseDumpFiles = false;
    std::optional<FileSpec> logFile;
    bool noLogFile = false;
    std::optional<FileSpec> sqlFile;
    std::optional<Dialect> targetDialect;
    int parallel = 1;
    SqlName jobName;
    std::optional<EstimateMethod> estimate;
    bool estimateOnly = false;
    std::optional<CompressionScope> compression;
    std::optional<CompressionAlgorithm> compressionAlgorithm;
    std::optional<EncryptionScope> encryption;
    // Held in memory only: ParfileWriter writes ENCRYPTION_PWD_PROMPT=YES instead.
    QString encryptionPassword;
    bool encryptionPasswordPrompt = false;
    std::optional<quint64> flashbackScn;
    std::optional<FlashbackTime> flashbackTime;
    QList<RemapPair> remapSchemas;
    QList<RemapTableSpec> remapTables;
    QList<RemapPair> remapTablespaces;
    QList<RemapDataSpec> remapData;
    QList<TransformSpec> transforms;
    std::optional<TableExistsAction> tableExistsAction;
    QString networkLink;           // profile name or URL of the source, as given
    std::optional<QString> attach; // set: ATTACH; empty string: the only job
    int status = 0;
    QString version; // empty: COMPATIBLE
    std::optional<LogTime> logTime;
    bool metrics = false;
    bool keepMaster = false;
    bool help = false;
    std::optional<VerifyMode> verify;

    [[nodiscard]] JobContent effectiveContent() const;
    [[nodiscard]] TableExistsAction effectiveTableExistsAction() const;
    [[nodiscard]] CompressionScope effectiveCompression() const;
    [[nodiscard]] CompressionAlgorithm effectiveCompressionAlgorithm() const;
    [[nodiscard]] EncryptionScope effectiveEncryption() const;
    [[nodiscard]] EstimateMethod effectiveEstimate() const;
    [[nodiscard]] LogTime effectiveLogTime() const;
    [[nodiscard]] VerifyMode effectiveVerify() const;
    // DUMPFILE, or expdat.dmp.
    [[nodiscard]] QList<FileSpec> effectiveDumpFiles() const;
    // LOGFILE, or export.log / import.log; nullopt with NOLOGFILE=YES.
    [[nodiscard]] std::optional<FileSpec> effectiveLogFile() const;
    [[nodiscard]] bool hasEncryptionPassword() const
    {
        return !encryptionPassword.isEmpty() || encryptionPasswordPrompt;
    }

    bool operator==(const JobSpec &other) const = default;
};

// Keyword <-> enum value for the keyword-valued parameters ("DATA_ONLY" <-> DataOnly).
template <typename E>
struct EnumKeywords;
template <>
struct EnumKeywords<JobContent>
{
    static constexpr std::array names{"ALL", "DATA_ONLY", "METADATA_ONLY"};
};
template <>
struct EnumKeywords<TableExistsAction>
{
    static constexpr std::array names{"SKIP", "APPEND", "TRUNCATE", "REPLACE"};
};
template <>
struct EnumKeywords<CompressionScope>
{
    static constexpr std::array names{"ALL", "DATA_ONLY", "METADATA_ONLY", "NONE"};
};
template <>
struct EnumKeywords<CompressionAlgorithm>
{
    static constexpr std::array names{"BASIC", "LOW", "MEDIUM", "HIGH", "GZIP"};
};
template <>
struct EnumKeywords<EncryptionScope>
{
    static constexpr std::array names{"ALL", "DATA_ONLY", "METADATA_ONLY", "NONE"};
};
template <>
struct EnumKeywords<EstimateMethod>
{
    static constexpr std::array names{"BLOCKS", "STATISTICS"};
};
template <>
struct EnumKeywords<LogTime>
{
    static constexpr std::array names{"NONE", "STATUS", "LOGFILE", "ALL"};
};
template <>
struct EnumKeywords<VerifyMode>
{
    static constexpr std::array names{"NONE", "COUNT", "CHECKSUM"};
};

template <typename E>
[[nodiscard]] QString enumKeyword(E value)
{
    return QLatin1String(EnumKeywords<E>::names[static_cast<std::size_t>(value)]);
}

template <typename E>
[[nodiscard]] std::optional<E> enumFromKeyword(QStringView text)
{
    const auto &names = EnumKeywords<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace sluice::engine
