#pragma once

#include "engine/params/jobspec.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// Parsers for one value of each kind. On failure they return nullopt and set
// *error to what is wrong and how to fix it (without the parameter name, which
// the caller adds).
class ParameterValues
{
public:
    [[nodiscard]] static std::optional<bool> yesNo(const QString &text, QString *error);
    [[nodiscard]] static std::optional<qint64> integer(const QString &text, qint64 min, qint64 max,
                                                       QString *error);
    [[nodiscard]] static std::optional<qint64> fileSize(const QString &text, QString *error);
    [[nodiscard]] static QString fileSizeText(qint64 bytes);
    // [directory:]file; adds defaultExtension when the name has none.
    [[nodiscard]] static std::optional<FileSpec> fileSpec(const QString &text,
                                                          const QString &defaultExtension,
                                                          bool allowTemplate, QString *error);
    [[nodiscard]] static std::optional<QString> directoryName(const QString &text, QString *error);
    [[nodiscard]] static std::optional<SqlName> name(const QString &text, QString *error);
    // [schema.]table[:partition]
    [[nodiscard]] static std::optional<TableRef> tableRef(const QString &text, bool allowPartition,
                                                          bool allowWildcard, QString *error);
    [[nodiscard]] static std::optional<ObjectFilter> filter(const QString &text, QString *error);
    [[nodiscard]] static std::optional<QuerySpec> query(const QString &text, QString *error);
    [[nodiscard]] static std::optional<SampleSpec> sample(const QString &text, QString *error);
    [[nodiscard]] static std::optional<RemapPair> remapPair(const QString &text, QString *error);
    [[nodiscard]] static std::optional<RemapTableSpec> remapTable(const QString &text,
                                                                  QString *error);
    [[nodiscard]] static std::optional<RemapDataSpec> remapData(const QString &text,
                                                                QString *error);
    [[nodiscard]] static std::optional<TransformSpec> transform(const QString &text,
                                                                QString *error);
    [[nodiscard]] static std::optional<FlashbackTime> flashbackTime(const QString &text,
                                                                    QString *error);
    // A profile name or URL; refuses anything that carries a password.
    [[nodiscard]] static std::optional<QString> connection(const QString &text, QString *error);
    [[nodiscard]] static std::optional<SqlName> jobName(const QString &text, QString *error);
    [[nodiscard]] static std::optional<QString> version(const QString &text, QString *error);
    // Checks INCLUDE/EXCLUDE object types against the catalog's registry.
    [[nodiscard]] static bool checkObjectType(const QString &type, bool hasNameClause,
                                              QString *error);
};

} // namespace sluice::engine
