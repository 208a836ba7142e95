#pragma once

#include "engine/params/jobspec.h"
#include "engine/params/sourceposition.h"

#include <QHash>
#include <optional>

namespace sluice::engine {

// The combination rules of a job (QUERY with CONTENT=METADATA_ONLY, ATTACH with
// other parameters, ...). Messages name both parameters and say what to change.
// JobSpecParser runs it; the GUI runs it on the JobSpec its wizard builds.
class JobSpecValidator
{
public:
    // given: the parameters as written, with their positions (from the parser);
    // when empty, they are derived from the spec (what ParfileWriter would write).
    [[nodiscard]] static std::optional<ParameterError>
    validate(const JobSpec &spec, const QHash<QString, SourcePosition> &given = {});
};

} // namespace sluice::engine
