#include "engine/params/parametercatalog.h"

#include <algorithm>

namespace sluice::engine {

namespace {

using K = ValueKind;
constexpr ParameterSupport A = ParameterSupport::Applies;
constexpr ParameterSupport R = ParameterSupport::Rejected;
constexpr ParameterSupport N = ParameterSupport::NotInOperation;

constexpr const char *kTransportable =
    "transportable tablespaces copy Oracle datafiles between databases, and SQLite, PostgreSQL "
    "and MariaDB have no such mechanism; use a normal export and import, or NETWORK_LINK";
constexpr const char *kEditions = "edition-based redefinition is an Oracle feature that SQLite, "
                                  "PostgreSQL and MariaDB do not have";
constexpr const char *kDatafiles = "SQLite, PostgreSQL and MariaDB have no datafiles in their "
                                   "DDL, so there is nothing to rename";

// The parameter table. Descriptions follow expdp/impdp -help; reasons say why
// a parameter cannot apply to SQLite, PostgreSQL and MariaDB.
const QList<ParameterDefinition> kParameters = {
    {.name = "ABORT_STEP",
     .kind = K::Integer,
     .exportSupport = R,
     .importSupport = R,
     .reason = "it is a diagnostic hook into Oracle's master process; to inspect a Sluice job, "
               "stop it with STOP_JOB, or keep its master table with KEEP_MASTER=YES"},
    {.name = "ACCESS_METHOD",
     .kind = K::Keyword,
     .exportSupport = R,
     .importSupport = R,
     .reason = "Sluice always uses each engine's fastest path (COPY on PostgreSQL, streamed "
               "result sets on MariaDB, prepared statements on SQLite); there are no direct-path "
               "or external-table methods to choose from"},
    {.name = "ATTACH",
     .kind = K::Attach,
     .exportSupport = A,
     .importSupport = A,
     .values = "[job_name]",
     .exportDefault = "the only job, if there is just one",
     .description = "Attach to an existing job. For example, ATTACH=job_name."},
    {.name = "CHECKSUM",
     .kind = K::YesNo,
     .exportSupport = R,
     .importSupport = N,
     .reason = "every member of a Sluice dump file set is always checksummed, so there is "
               "nothing to switch on"},
    {.name = "CHECKSUM_ALGORITHM",
     .kind = K::Keyword,
     .exportSupport = R,
     .importSupport = N,
     .reason = "the Sluice dump format fixes its member checksum, so there is no algorithm to "
               "choose"},
    {.name = "CLUSTER",
     .kind = K::YesNo,
     .exportSupport = R,
     .importSupport = R,
     .reason = "there is no RAC cluster: the workers are threads of the Sluice process on "
               "this machine"},
    {.name = "COMPRESSION",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = N,
     .values = "ALL|DATA_ONLY|METADATA_ONLY|NONE",
     .exportDefault = "METADATA_ONLY",
     .description = "Reduce the size of a dump file."},
    {.name = "COMPRESSION_ALGORITHM",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = N,
     .values = "BASIC|LOW|MEDIUM|HIGH|GZIP",
     .exportDefault = "BASIC",
     .description = "Specify the compression algorithm: zstd levels BASIC, LOW, MEDIUM, HIGH, "
                    "or GZIP."},
    {.name = "CONTENT",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = A,
     .values = "ALL|DATA_ONLY|METADATA_ONLY",
     .exportDefault = "ALL",
     .description = "Specifies data to unload or load."},
    {.name = "CREDENTIAL",
     .kind = K::Text,
     .exportSupport = R,
     .importSupport = R,
     .reason = "dump files in an object store (Oracle Cloud credentials) are not supported; "
               "dump files live in directory objects on this machine"},
    {.name = "DATA_OPTIONS",
     .kind = K::Keyword,
     .exportSupport = R,
     .importSupport = R,
     .reason = "its flags tune Oracle's load and unload layer (append hints, XML CLOBs, "
               "partition grouping, stream-format checks, skipping constraint errors) and Sluice "
               "has no such switches: a data chunk that fails is rolled back and reported, and "
               "the job ends with exit code 5"},
    {.name = "DIRECTORY",
     .kind = K::Directory,
     .exportSupport = A,
     .importSupport = A,
     .values = "directory_object",
     .exportDefault = "DATA_PUMP_DIR",
     .description = "Directory object to be used for dump, log and SQL files."},
    {.name = "DUMPFILE",
     .kind = K::FileSpecList,
     .exportSupport = A,
     .importSupport = A,
     .values = "[directory_object:]file_name[,...]",
     .exportDefault = "expdat.dmp",
     .description = "List of dump files; %U and %L make templates. For example, "
                    "DUMPFILE=scott1.dmp, scott2.dmp, dmpdir:scott3.dmp."},
    {.name = "ENABLE_SECURE_ROLES",
     .kind = K::YesNo,
     .exportSupport = R,
     .importSupport = R,
     .reason = "password-protected roles are an Oracle feature; a Sluice job has the privileges "
               "of the connection's user"},
    {.name = "ENCRYPTION",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = N,
     .values = "ALL|DATA_ONLY|METADATA_ONLY|NONE",
     .exportDefault = "NONE, or ALL when a password is given",
     .description = "Encrypt part or all of a dump file."},
    {.name = "ENCRYPTION_ALGORITHM",
     .kind = K::Keyword,
     .exportSupport = R,
     .importSupport = N,
     .reason = "the Sluice dump format uses one authenticated cipher with a key derived from the "
               "password, so there is no AES variant to choose"},
    {.name = "ENCRYPTION_MODE",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = N,
     .values = "PASSWORD",
     .exportDefault = "PASSWORD",
     .description = "Method of generating the encryption key; only PASSWORD, there is no "
                    "wallet."},
    {.name = "ENCRYPTION_PASSWORD",
     .kind = K::Text,
     .exportSupport = A,
     .importSupport = A,
     .values = "password",
     .description = "Password key for encrypted data in a dump file (prefer "
                    "ENCRYPTION_PWD_PROMPT=YES)."},
    {.name = "ENCRYPTION_PWD_PROMPT",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "NO",
     .description = "Prompt for the encryption password; terminal echo is suppressed."},
    {.name = "ESTIMATE",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = A,
     .values = "BLOCKS|STATISTICS",
     .exportDefault = "BLOCKS",
     .description = "Calculate job estimates (import: only with NETWORK_LINK)."},
    {.name = "ESTIMATE_ONLY",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = N,
     .exportDefault = "NO",
     .description = "Calculate job estimates without performing the export."},
    {.name = "EXCLUDE",
     .kind = K::Filter,
     .exportSupport = A,
     .importSupport = A,
     .values = "object_type[:name_clause]",
     .description = "Exclude specific object types. For example, EXCLUDE=SCHEMA:\"='HR'\"."},
    {.name = "FILESIZE",
     .kind = K::Size,
     .exportSupport = A,
     .importSupport = N,
     .values = "integer[B|KB|MB|GB|TB]",
     .exportDefault = "0 (unlimited)",
     .description = "Specify the size of each dump file in units of bytes."},
    {.name = "FLASHBACK_SCN",
     .kind = K::Integer,
     .exportSupport = A,
     .importSupport = A,
     .values = "scn",
     .description = "Read data as of this change number where the source engine can (import: "
                    "only with NETWORK_LINK)."},
    {.name = "FLASHBACK_TIME",
     .kind = K::FlashbackTime,
     .exportSupport = A,
     .importSupport = A,
     .values = "SYSTIMESTAMP|\"TO_TIMESTAMP(...)\"",
     .description = "Read data as of this time where the source engine can (import: only with "
                    "NETWORK_LINK)."},
    {.name = "FULL",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "NO",
     .importDefault = "YES",
     .description = "Export or import the entire database."},
    {.name = "HELP",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "NO",
     .description = "Display help messages."},
    {.name = "INCLUDE",
     .kind = K::Filter,
     .exportSupport = A,
     .importSupport = A,
     .values = "object_type[:name_clause]",
     .description = "Include specific object types. For example, INCLUDE=TABLE_DATA."},
    {.name = "JOB_NAME",
     .kind = K::JobName,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "SYS_EXPORT_<mode>_NN",
     .importDefault = "SYS_IMPORT_<mode>_NN",
     .description = "Name of the job to create."},
    {.name = "KEEP_MASTER",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "NO",
     .description = "Retain the master table after a job that completes successfully."},
    {.name = "LOGFILE",
     .kind = K::FileSpec,
     .exportSupport = A,
     .importSupport = A,
     .values = "[directory_object:]file_name",
     .exportDefault = "export.log",
     .importDefault = "import.log",
     .description = "Specify log file name."},
    {.name = "LOGTIME",
     .kind = K::Keyword,
     .exportSupport = A,
     .importSupport = A,
     .values = "NONE|STATUS|LOGFILE|ALL",
     .exportDefault = "NONE",
     .description = "Specifies that messages displayed during the job be timestamped."},
    {.name = "MASTER_ONLY",
     .kind = K::YesNo,
     .exportSupport = N,
     .importSupport = R,
     .reason = "it is a diagnostic that loads only Oracle's master table; to look inside a dump "
               "file set, list its catalog instead"},
    {.name = "METRICS",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "NO",
     .description = "Report additional job information to the log file."},
    {.name = "NETWORK_LINK",
     .kind = K::Connection,
     .exportSupport = R,
     .importSupport = A,
     .values = "profile_or_url",
     .description = "Connection (profile or URL) of the source database to copy from, with no "
                    "dump file.",
     .reason = "Sluice reads any source database directly: name it as the connection (the first "
               "argument or USERID) instead of a database link"},
    {.name = "NOLOGFILE",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = A,
     .exportDefault = "NO",
     .description = "Do not write log file."},
    {.name = "PARALLEL",
     .kind = K::Integer,
     .exportSupport = A,
     .importSupport = A,
     .values = "1-64",
     .exportDefault = "1",
     .description = "Change the number of active workers for current job."},
    {.name = "PARFILE",
     .kind = K::Text,
     .exportSupport = A,
     .importSupport = A,
     .values = "file_path",
     .description = "Specify parameter file name."},
    {.name = "PARTITION_OPTIONS",
     .kind = K::Keyword,
     .exportSupport = N,
     .importSupport = R,
     .reason = "partitioned tables are imported as they were exported; DEPARTITION and MERGE "
               "are not implemented"},
    {.name = "QUERY",
     .kind = K::Query,
     .exportSupport = A,
     .importSupport = A,
     .values = "[schema.][table:]\"clause\"",
     .description = "Predicate clause used to select a subset of a table. For example, "
                    "QUERY=employees:\"WHERE department_id > 10\"."},
    {.name = "REMAP_DATA",
     .kind = K::RemapData,
     .exportSupport = R,
     .importSupport = A,
     .values = "[schema.]table.column:function",
     .description = "Specify a data conversion function. For example, "
                    "REMAP_DATA=HR.EMPLOYEES.EMAIL:FAKE_EMAIL.",
     .reason = "data is exported unchanged; apply REMAP_DATA when importing (or copying with "
               "NETWORK_LINK), so the masking happens where the copy is made"},
    {.name = "REMAP_DATAFILE",
     .kind = K::RemapPair,
     .exportSupport = N,
     .importSupport = R,
     .reason = kDatafiles},
    {.name = "REMAP_DIRECTORY",
     .kind = K::RemapPair,
     .exportSupport = N,
     .importSupport = R,
     .reason = kDatafiles},
    {.name = "REMAP_SCHEMA",
     .kind = K::RemapPair,
     .exportSupport = N,
     .importSupport = A,
     .values = "source_schema:target_schema",
     .description = "Objects from one schema are loaded into another schema."},
    {.name = "REMAP_TABLE",
     .kind = K::RemapTable,
     .exportSupport = N,
     .importSupport = A,
     .values = "[schema.]old_table[.partition]:new_table",
     .description = "Table names are remapped to another table. For example, "
                    "REMAP_TABLE=HR.EMPLOYEES:EMPS."},
    {.name = "REMAP_TABLESPACE",
     .kind = K::RemapPair,
     .exportSupport = N,
     .importSupport = A,
     .values = "source_tablespace:target_tablespace",
     .description = "Tablespace objects are remapped to another tablespace (PostgreSQL)."},
    {.name = "REUSE_DATAFILES",
     .kind = K::YesNo,
     .exportSupport = N,
     .importSupport = R,
     .reason = "Sluice never creates tablespaces with datafiles, so there are none to reuse"},
    {.name = "REUSE_DUMPFILES",
     .kind = K::YesNo,
     .exportSupport = A,
     .importSupport = N,
     .exportDefault = "NO",
     .description = "Overwrite destination dump file if it exists."},
    {.name = "SAMPLE",
     .kind = K::Sample,
     .exportSupport = A,
     .importSupport = N,
     .values = "[[schema.]table:]percent",
     .description = "Percentage of data to be exported (.000001 to under 100)."},
    {.name = "SCHEMAS",
     .kind = K::NameList,
     .exportSupport = A,
     .importSupport = A,
     .values = "schema[,...]",
     .exportDefault = "the connection's default schema",
     .importDefault = "",
     .description = "List of schemas to export or import."},
    {.name = "SERVICE_NAME",
     .kind = K::Text,
     .exportSupport = R,
     .importSupport = R,
     .reason = "there are no RAC services: the workers run on this machine"},
    {.name = "SKIP_UNUSABLE_INDEXES",
     .kind = K::YesNo,
     .exportSupport = N,
     .importSupport = R,
     .reason = "these engines have no unusable-index state; Sluice builds indexes after "
               "loading the data"},
    {.name = "SOURCE_EDITION",
     .kind = K::Text,
     .exportSupport = R,
     .importSupport = R,
     .reason = kEditions},
    {.name = "SQLFILE",
     .kind = K::FileSpec,
     .exportSupport = N,
     .importSupport = A,
     .values = "[directory_object:]file_name",
     .description = "Write all the SQL DDL to a specified file instead of running it."},
    {.name = "STATUS",
     .kind = K::Integer,
     .exportSupport = A,
     .importSupport = A,
     .values = "seconds",
     .exportDefault = "0",
     .description = "Frequency (secs) job status is to be monitored; 0 shows new status when "
                    "available."},
    {.name = "STREAMS_CONFIGURATION",
     .kind = K::YesNo,
     .exportSupport = N,
     .importSupport = R,
     .reason = "there is no Streams or GoldenGate metadata in a Sluice dump file set"},
    {.name = "TABLE_EXISTS_ACTION",
     .kind = K::Keyword,
     .exportSupport = N,
     .importSupport = A,
     .values = "SKIP|APPEND|TRUNCATE|REPLACE",
     .importDefault = "SKIP (APPEND with CONTENT=DATA_ONLY)",
     .description = "Action to take if an imported table already exists."},
    {.name = "TABLES",
     .kind = K::TableList,
     .exportSupport = A,
     .importSupport = A,
     .values = "[schema.]table[:partition][,...]",
     .description = "Identifies a list of tables. For example, "
                    "TABLES=HR.EMPLOYEES,SH.SALES:SALES_1995."},
    {.name = "TABLESPACES",
     .kind = K::NameList,
     .exportSupport = R,
     .importSupport = R,
     .reason = "tablespace mode selects the tables stored in Oracle tablespaces; PostgreSQL "
               "tablespaces are only storage locations and MariaDB and SQLite have none: select "
               "with SCHEMAS or TABLES instead"},
    {.name = "TARGET_DIALECT",
     .kind = K::Keyword,
     .exportSupport = N,
     .importSupport = A,
     .values = "SQLITE|POSTGRESQL|MARIADB",
     .description = "Dialect of the DDL that SQLFILE writes when no target connection is given.",
     .sluiceExtension = true},
    {.name = "TARGET_EDITION",
     .kind = K::Text,
     .exportSupport = N,
     .importSupport = R,
     .reason = kEditions},
    {.name = "TRANSFORM",
     .kind = K::Transform,
     .exportSupport = N,
     .importSupport = A,
     .values = "name:value[:object_type]",
     .description = "Metadata transform to apply to applicable objects: SEGMENT_ATTRIBUTES, "
                    "STORAGE or DISABLE_ARCHIVE_LOGGING."},
    {.name = "TRANSPORT_DATAFILES",
     .kind = K::Text,
     .exportSupport = N,
     .importSupport = R,
     .reason = kTransportable},
    {.name = "TRANSPORT_FULL_CHECK",
     .kind = K::YesNo,
     .exportSupport = R,
     .importSupport = R,
     .reason = kTransportable},
    {.name = "TRANSPORT_TABLESPACES",
     .kind = K::NameList,
     .exportSupport = R,
     .importSupport = R,
     .reason = kTransportable},
    {.name = "TRANSPORTABLE",
     .kind = K::Keyword,
     .exportSupport = R,
     .importSupport = R,
     .reason = kTransportable},
    {.name = "TTS_CLOSURE_CHECK",
     .kind = K::Keyword,
     .exportSupport = R,
     .importSupport = N,
     .reason = kTransportable},
    {.name = "USERID",
     .kind = K::Connection,
     .exportSupport = A,
     .importSupport = A,
     .values = "profile_or_url",
     .description = "The database: a saved connection profile or a URL (sqlite:///path, "
                    "postgresql://user@host/db, mariadb://user@host/db)."},
    {.name = "VERIFY",
     .kind = K::Keyword,
     .exportSupport = N,
     .importSupport = A,
     .values = "NONE|COUNT|CHECKSUM",
     .importDefault = "COUNT",
     .description = "Compare the loaded tables with the source: row counts, or content "
                    "checksums too.",
     .sluiceExtension = true},
    {.name = "VERIFY_CHECKSUM",
     .kind = K::YesNo,
     .exportSupport = N,
     .importSupport = R,
     .reason = "import always verifies the checksum of every dump file member; to compare the "
               "loaded data with the source use VERIFY=CHECKSUM"},
    {.name = "VERIFY_ONLY",
     .kind = K::YesNo,
     .exportSupport = N,
     .importSupport = R,
     .reason = "there is no verify-only pass: member checksums are verified while importing"},
    {.name = "VERSION",
     .kind = K::Text,
     .exportSupport = A,
     .importSupport = R,
     .values = "COMPATIBLE|LATEST|version",
     .exportDefault = "COMPATIBLE",
     .description = "Dump format version to write, for older Sluice readers.",
     .importReason = "import reads whichever format version the dump file set carries; VERSION "
                     "only chooses what an export writes"},
    {.name = "VIEWS_AS_TABLES",
     .kind = K::NameList,
     .exportSupport = R,
     .importSupport = R,
     .reason = "not supported in this version: views are exported as views; to keep a view's "
               "rows, copy them into a table first"},
};

const QList<LegacyParameter> kLegacy = {
    {"BUFFER", "Sluice sizes its buffers itself; leave it out."},
    {"COMMIT", "Sluice commits each data chunk as it completes; leave it out."},
    {"COMPILE", "Sluice creates routines after the tables they use; leave it out."},
    {"COMPRESS", "It merged extents and has no Data Pump equivalent; to compress the dump use "
                 "COMPRESSION=ALL."},
    {"CONSISTENT", "Every Sluice job reads one consistent snapshot; leave it out, or use "
                   "FLASHBACK_TIME=SYSTIMESTAMP."},
    {"CONSTRAINTS", "Use EXCLUDE=CONSTRAINT (and EXCLUDE=REF_CONSTRAINT) instead."},
    {"DATAFILES", "Its Data Pump equivalent TRANSPORT_DATAFILES does not apply either."},
    {"DESTROY", "Its Data Pump equivalent REUSE_DATAFILES does not apply either."},
    {"DIRECT", "Sluice always uses the engine's fastest path; leave it out."},
    {"FEEDBACK", "Use STATUS=<seconds> instead."},
    {"FILE", "Use DUMPFILE=<file> instead."},
    {"FROMUSER", "Use SCHEMAS=<schema> (and REMAP_SCHEMA=<from>:<to>) instead."},
    {"GRANTS", "Use EXCLUDE=GRANT instead."},
    {"IGNORE", "Use TABLE_EXISTS_ACTION=APPEND instead."},
    {"INDEXES", "Use EXCLUDE=INDEX instead."},
    {"INDEXFILE", "Use SQLFILE=<file> instead."},
    {"LOG", "Use LOGFILE=<file> instead."},
    {"OBJECT_CONSISTENT", "Every Sluice job reads one consistent snapshot; leave it out."},
    {"OWNER", "Use SCHEMAS=<schema> instead."},
    {"RECORDLENGTH", "Sluice sizes its records itself; leave it out."},
    {"RESUMABLE", "Sluice jobs are restartable: use STOP_JOB and START_JOB instead."},
    {"RESUMABLE_NAME", "Sluice jobs are restartable: use JOB_NAME and ATTACH instead."},
    {"RESUMABLE_TIMEOUT", "Sluice jobs are restartable: use STOP_JOB and START_JOB instead."},
    {"ROWS", "Use CONTENT=METADATA_ONLY (ROWS=N) or CONTENT=ALL instead."},
    {"SHOW", "Use SQLFILE=<file> instead."},
    {"STATISTICS", "Statistics are rebuilt by the target engine; use EXCLUDE=STATISTICS if you "
                   "want to say so."},
    {"TOID_NOVALIDATE", "Sluice does not export Oracle object types; leave it out."},
    {"TOUSER", "Use REMAP_SCHEMA=<from>:<to> instead."},
    {"TRANSPORT_TABLESPACE", "Its Data Pump equivalent TRANSPORT_TABLESPACES does not apply "
                             "either."},
    {"TRIGGERS", "Use EXCLUDE=TRIGGER instead."},
    {"TTS_OWNERS", "Transportable tablespaces do not apply; leave it out."},
    {"VOLSIZE", "Use FILESIZE=<size> instead."},
};

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

const QList<ParameterDefinition> &ParameterCatalog::all()
{
    return kParameters;
}

const ParameterDefinition *ParameterCatalog::find(QStringView keyword)
{
    for (const ParameterDefinition &definition : kParameters) {
        if (keyword.compare(QLatin1String(definition.name), Qt::CaseInsensitive) == 0)
            return &definition;
    }
    return nullptr;
}

const QList<LegacyParameter> &ParameterCatalog::legacy()
{
    return kLegacy;
}

const LegacyParameter *ParameterCatalog::findLegacy(QStringView keyword)
{
    for (const LegacyParameter &legacy : kLegacy) {
        if (keyword.compare(QLatin1String(legacy.name), Qt::CaseInsensitive) == 0)
            return &legacy;
    }
    return nullptr;
}

QString ParameterCatalog::suggest(QStringView keyword)
{
    const QString upper = keyword.toString().toUpper();
    QString best;
    int bestDistance = std::max(2, int(upper.size()) / 3) + 1;
    for (const ParameterDefinition &definition : kParameters) {
        const QString name = definition.keyword();
        int distance = editDistance(upper, name);
        // A prefix (DUMP for DUMPFILE) or a plural slip (SCHEMA) counts as close.
        if (upper.size() >= 4 && name.startsWith(upper))
            distance = std::min(distance, 1);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name;
        }
    }
    return best;
}

QString ParameterCatalog::rejectedValueReason(QStringView keyword, QStringView value)
{
    const auto is = [](QStringView a, const char *b) {
        return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
    };
    if (is(keyword, "ENCRYPTION_MODE") && (is(value, "TRANSPARENT") || is(value, "DUAL")))
        return QStringLiteral("it needs an Oracle wallet (transparent data encryption), which "
                              "Sluice does not have; use ENCRYPTION_PASSWORD or "
                              "ENCRYPTION_PWD_PROMPT=YES with ENCRYPTION_MODE=PASSWORD");
    if (is(keyword, "ENCRYPTION") && is(value, "ENCRYPTED_COLUMNS_ONLY"))
        return QStringLiteral("SQLite, PostgreSQL and MariaDB have no encrypted columns; use "
                              "ENCRYPTION=ALL or DATA_ONLY");
    if (is(keyword, "VERSION") && !value.isEmpty() && value.at(0).isDigit() &&
        value.toString().section(u'.', 0, 0).toInt() >= 9)
        return QStringLiteral("it names an Oracle release; VERSION chooses the Sluice dump "
                              "format version (use COMPATIBLE or LATEST)");
    return {};
}

} // namespace sluice::engine
