#include "engine/schedule/runrecord.h"

#include <array>

namespace sluice::engine {

namespace {

constexpr std::array kKindNames{"completed", "completed_with_errors", "failed", "skipped_disabled",
                                "skipped_overlap"};

} // namespace

QString RunRecord::outcome() const
{
    switch (kind) {
    case Kind::Completed:
        return QStringLiteral("completed");
    case Kind::CompletedWithErrors:
        return errors == 1 ? QStringLiteral("completed with 1 error")
                           : QStringLiteral("completed with %1 errors").arg(errors);
    case Kind::Failed:
        return QStringLiteral("failed: ") + reason;
    case Kind::SkippedDisabled:
        return QStringLiteral("skipped (disabled)");
    case Kind::SkippedOverlap:
        return QStringLiteral("skipped (previous run still running)");
    }
    return QString();
}

QJsonObject RunRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("run"), runId},
                       {QStringLiteral("job"), jobName},
                       {QStringLiteral("scheduled"), scheduled},
                       {QStringLiteral("start"), start.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("end"), end.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("kind"), QLatin1String(kKindNames[std::size_t(kind)])},
                       {QStringLiteral("exitCode"), exitCode},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("outcome"), outcome()},
                       {QStringLiteral("logFile"), logFile},
                       {QStringLiteral("runLog"), runLog},
                       {QStringLiteral("pid"), pid}};
}

RunRecord RunRecord::fromJson(const QJsonObject &object)
{
    RunRecord record;
    record.runId = object.value(QStringLiteral("run")).toString();
    record.jobName = object.value(QStringLiteral("job")).toString();
    record.scheduled = object.value(QStringLiteral("scheduled")).toBool();
    record.start =
        QDateTime::fromString(object.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    record.end =
        QDateTime::fromString(object.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
    const QString kind = object.value(QStringLiteral("kind")).toString();
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kind == QLatin1String(kKindNames[i]))
            record.kind = static_cast<Kind>(i);
    }
    record.exitCode = object.value(QStringLiteral("exitCode")).toInt(1);
    record.rows = object.value(QStringLiteral("rows")).toInteger(-1);
    record.warnings = object.value(QStringLiteral("warnings")).toInt();
    record.errors = object.value(QStringLiteral("errors")).toInt();
    record.reason = object.value(QStringLiteral("reason")).toString();
    record.logFile = object.value(QStringLiteral("logFile")).toString();
    record.runLog = object.value(QStringLiteral("runLog")).toString();
    record.pid = object.value(QStringLiteral("pid")).toInteger();
    return record;
}

} // namespace sluice::engine
