#pragma once

#include "engine/params/parameterdefinition.h"

#include <QList>
#include <QStringList>

namespace sluice::engine {

// Every expdp and impdp parameter (19c, plus the 21c checksum ones), the Sluice
// additions (VERIFY, TARGET_DIALECT) and the original exp/imp parameters that
// Data Pump's legacy mode would rewrite. Pure data plus look-ups.
class ParameterCatalog
{
public:
    [[nodiscard]] static const QList<ParameterDefinition> &all();
    // Case-insensitive; nullptr if unknown.
    [[nodiscard]] static const ParameterDefinition *find(QStringView keyword);
    [[nodiscard]] static const QList<LegacyParameter> &legacy();
    [[nodiscard]] static const LegacyParameter *findLegacy(QStringView keyword);
    // The closest known keyword for "did you mean", or empty when none is close.
    [[nodiscard]] static QString suggest(QStringView keyword);
    // Keyword values that exist in Data Pump but that Sluice rejects, with the
    // reason (ENCRYPTION_MODE=TRANSPARENT, ...). Empty if the value is fine.
    [[nodiscard]] static QString rejectedValueReason(QStringView keyword, QStringView value);
};

} // namespace sluice::engine
