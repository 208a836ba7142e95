#pragma once

#include "engine/data/writerequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

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

    // Pulls a writer's whole source through onRow. False with *error when the source
    // fails, ends inside a row, or onRow returns false (onRow then set the error).
    template <typename OnRow>
    [[nodiscard]] bool pump(const ByteSource &source, OnRow &&onRow, qint64 *bytes, QString *error)
    {
        constexpr qint64 kBlock = 256 * 1024;
        QByteArray block(kBlock, Qt::Uninitialized);
        for (;;) {
            const qint64 n = source(block.data(), kBlock);
            if (n < 0) {
                *error =
                    QCoreApplication::translate("TableWriter", "Reading the chunk's data failed.");
                return false;
            }
            if (n == 0)
                break;
            *bytes += n;
            if (!feed(QByteArrayView(block.constData(), n), onRow))
                return false;
        }
        if (!hasPartialRow())
            return true;
        *error = QCoreApplication::translate("TableWriter",
                                             "The chunk's data ends in the middle of a row.");
        return false;
    }

private:
    QByteArray m_partial;
};

} // namespace sluice::engine
