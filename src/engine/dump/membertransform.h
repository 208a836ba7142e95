#pragma once

#include "engine/dump/dumpformat.h"
#include "engine/dump/dumpkey.h"

#include <QByteArrayView>
#include <functional>
#include <memory>

namespace sluice::engine {

// Receives bytes from a streaming stage; returns false to stop (the stage then fails).
using ByteSink = std::function<bool(QByteArrayView bytes)>;

// How one member's payload is stored: compressed with method/level, then, when key
// is set, encrypted. Cheap to copy; shared by every worker of a job.
struct MemberTransform
{
    CompressionMethod method = CompressionMethod::None;
    int level = 0;
    std::shared_ptr<const DumpKey> key; // null: stored in clear
    [[nodiscard]] bool encrypted() const { return key != nullptr; }
};

} // namespace sluice::engine
