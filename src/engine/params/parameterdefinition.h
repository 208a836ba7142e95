#pragma once

#include <QString>

namespace sluice::engine {

enum class JobOperation { Export, Import };

// Whether a parameter exists for an operation in Data Pump, and if so whether
// Sluice applies it or rejects it with a reason. Nothing is ignored silently.
enum class ParameterSupport { NotInOperation, Applies, Rejected };

// The shape of a parameter's value; list kinds take several values and accumulate
// when the parameter is repeated, the others take exactly one value, once.
enum class ValueKind {
    YesNo,
    Integer,
    Size,
    Keyword,
    Text,
    Connection,
    Directory,
    JobName,
    Attach,
    FileSpec,
    FlashbackTime,
    // list kinds
    FileSpecList,
    NameList,
    TableList,
    Filter,
    Query,
    Sample,
    RemapPair,
    RemapTable,
    RemapData,
    Transform,
};

[[nodiscard]] constexpr bool isListKind(ValueKind kind)
{
    return kind >= ValueKind::FileSpecList;
}

// One row of the parameter table (see ParameterCatalog).
struct ParameterDefinition
{
    const char *name;
    ValueKind kind;
    ParameterSupport exportSupport;
    ParameterSupport importSupport;
    const char *values = "";        // keyword values "A|B|C", or a syntax hint for help
    const char *exportDefault = ""; // for help; empty: none
    const char *importDefault = ""; // empty: same as exportDefault
    const char *description = "";   // one line, Data Pump -help style
    const char *reason = "";        // why Sluice rejects it
    const char *importReason = "";  // when import's reason differs
    bool sluiceExtension = false;   // not a Data Pump parameter

    [[nodiscard]] QString keyword() const { return QLatin1String(name); }
    [[nodiscard]] ParameterSupport support(JobOperation operation) const
    {
        return operation == JobOperation::Export ? exportSupport : importSupport;
    }
    [[nodiscard]] QString rejectionReason(JobOperation operation) const
    {
        if (operation == JobOperation::Import && *importReason)
            return QLatin1String(importReason);
        return QLatin1String(reason);
    }
    [[nodiscard]] QString defaultText(JobOperation operation) const
    {
        if (operation == JobOperation::Import && *importDefault)
            return QLatin1String(importDefault);
        return QLatin1String(exportDefault);
    }
};

// A parameter of the original exp/imp utilities, refused with its Data Pump equivalent.
struct LegacyParameter
{
    const char *name;
    const char *advice; // "Use LOGFILE=<file> instead."
};

} // namespace sluice::engine
