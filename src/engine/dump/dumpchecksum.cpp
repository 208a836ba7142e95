#include "engine/dump/dumpchecksum.h"

#include <xxhash.h>

namespace sluice::engine {

struct DumpChecksum::State
{
    XXH3_state_t *state = XXH3_createState();
    ~State() { XXH3_freeState(state); }
    State() = default;
    State(const State &) = delete;
    State &operator=(const State &) = delete;
};

DumpChecksum::DumpChecksum()
    : m_state(std::make_unique<State>())
{
    reset();
}

DumpChecksum::~DumpChecksum() = default;
DumpChecksum::DumpChecksum(DumpChecksum &&other) noexcept = default;
DumpChecksum &DumpChecksum::operator=(DumpChecksum &&other) noexcept = default;

void DumpChecksum::reset()
{
    XXH3_64bits_reset(m_state->state);
}

void DumpChecksum::update(QByteArrayView bytes)
{
    XXH3_64bits_update(m_state->state, bytes.data(), static_cast<size_t>(bytes.size()));
}

quint64 DumpChecksum::digest() const
{
    return XXH3_64bits_digest(m_state->state);
}

quint64 DumpChecksum::of(QByteArrayView bytes)
{
    return XXH3_64bits(bytes.data(), static_cast<size_t>(bytes.size()));
}

QString DumpChecksum::toHex(quint64 value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

std::optional<quint64> DumpChecksum::fromHex(QStringView text)
{
    if (text.size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 16);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

} // namespace sluice::engine
