#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sluice::engine {

// One line of a job's log as the console and the GUI see it.
struct JobLogLine
{
    enum class Severity { Info, Warning, Error };
    QString text; // as printed on the console (LOGTIME=STATUS|ALL timestamps included)
    Severity severity = Severity::Info;
    QDateTime time;
};

} // namespace sluice::engine

Q_DECLARE_METATYPE(sluice::engine::JobLogLine)
