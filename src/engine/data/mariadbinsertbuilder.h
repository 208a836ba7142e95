#pragma once

#include "engine/data/writerequest.h"

struct st_mysql;

namespace sluice::engine {

// The fallback load path for MariaDB servers that refuse LOAD DATA LOCAL: decodes
// the COPY text and runs multi-row INSERT statements of about 1 MB (well under the
// default max_allowed_packet), with the same conversions as the LOAD DATA path.
// Runs inside the caller's transaction.
class MariadbInsertBuilder
{
public:
    [[nodiscard]] static bool load(st_mysql *mysql, const WriteRequest &request,
                                   const ByteSource &source, WriteResult &result);
};

} // namespace sluice::engine
