#pragma once

#include "engine/params/parameterdefinition.h"

#include <QString>

namespace sluice::engine {

// HELP=YES: the expdp/impdp -help layout (keyword, description, default in
// brackets), listing the parameters Sluice applies and naming the rejected ones.
class ParameterHelp
{
public:
    [[nodiscard]] static QString text(JobOperation operation);
};

} // namespace sluice::engine
