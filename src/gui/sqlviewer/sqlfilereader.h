#pragma once

#include <QPromise>
#include <QString>

namespace sluice::gui {

// One piece of a text file, read on a worker thread.
struct FilePiece
{
    QString text;
    QString error; // set on the last piece when reading failed
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

// Reads a text file (UTF-8) in pieces of about kPieceBytes, so the GUI can show
// a 100 MB file while it loads and never waits on the disk.
class SqlFileReader
{
public:
    static constexpr qint64 kPieceBytes = 64 * 1024;

    // Runs on a worker thread; stops early when the promise is cancelled.
    static void read(QPromise<FilePiece> &promise, const QString &path);
};

} // namespace sluice::gui
