#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace sluice::engine {

// Cuts a COPY text stream, arriving in arbitrary pieces, into rows. A raw newline
// always ends a row (newlines inside values are escaped), so no parsing is needed.
// Only a row split across two pieces is copied.
class RowSplitter
{
public:
    // Calls onRow(QByteArrayView row) for each complete row in data (without its
    // newline). Stops and returns false as soon as onRow returns false.
    template <typename OnRow>
    [[nodiscard]] bool feed(QByteArrayView data, OnRow &&onRow)
    {
        const char *p = data.data();
        const char *end = p + data.size();
        while (p < end) {
            const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!newline) {
                m_partial.append(p, end - p);
                return true;
            }
            bool go;
            if (m_partial.isEmpty()) {
                go = onRow(QByteArrayView(p, newline - p));
            } else {
                m_partial.append(p, newline - p);
                go = onRow(QByteArrayView(m_partial));
                m_partial.resize(0);
            }
            if (!go)
                return false;
            p = newline + 1;
        }
        return true;
    }
    // True when the stream ended in the middle of a row.
    [[nodiscard]] bool hasPartialRow() const { return !m_partial.isEmpty(); }

private:
    QByteArray m_partial;
};

} // namespace sluice::engine
