#pragma once

#include "engine/params/jobspec.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sluice::engine {

// Writes a JobSpec as a normalized parameter file: one parameter per line,
// upper-case keywords in a fixed order, canonical quoting, only what differs
// from the defaults. JobSpecParser reads it back into an equal JobSpec. The
// encryption password is never written: ENCRYPTION_PWD_PROMPT=YES stands in.
class ParfileWriter
{
public:
    [[nodiscard]] static QString write(const JobSpec &spec);
    // The (KEYWORD, value) pairs write() prints, in order.
    [[nodiscard]] static QList<QPair<QString, QString>> entries(const JobSpec &spec);
    // Quotes a raw value (connection, file name) when it holds characters the
    // parameter language treats specially.
    [[nodiscard]] static QString quoteIfNeeded(const QString &value);
};

} // namespace sluice::engine
