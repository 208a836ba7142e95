#pragma once

#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

namespace sluice::engine {

// Streaming XXH3-64 (libxxhash). Every dump member carries the checksum of its
// stored bytes, and of its plaintext when it is not encrypted.
class DumpChecksum
{
public:
    DumpChecksum();
    ~DumpChecksum();
    DumpChecksum(DumpChecksum &&other) noexcept;
    DumpChecksum &operator=(DumpChecksum &&other) noexcept;
    DumpChecksum(const DumpChecksum &) = delete;
    DumpChecksum &operator=(const DumpChecksum &) = delete;

    void reset();
    void update(QByteArrayView bytes);
    [[nodiscard]] quint64 digest() const;

    [[nodiscard]] static quint64 of(QByteArrayView bytes);
    // 16 lower-case hex digits, as stored in the dump.
    [[nodiscard]] static QString toHex(quint64 value);
    [[nodiscard]] static std::optional<quint64> fromHex(QStringView text);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sluice::engine
