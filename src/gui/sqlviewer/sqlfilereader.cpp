#include "gui/sqlviewer/sqlfilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace sluice::gui {

void SqlFileReader::read(QPromise<FilePiece> &promise, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FilePiece failed;
        failed.error = QCoreApplication::translate("SqlFileReader", "Cannot open %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        promise.addResult(failed);
        return;
    }
    const qint64 total = file.size();
    QStringDecoder decoder(QStringDecoder::Utf8); // stateful: pieces may split characters
    qint64 done = 0;
    bool carriageReturn = false; // a "\r" at the end of the previous piece
    while (!file.atEnd() && !promise.isCanceled()) {
        const QByteArray bytes = file.read(kPieceBytes);
        if (bytes.isEmpty() && file.error() != QFile::NoError) {
            FilePiece failed;
            failed.error = file.errorString();
            promise.addResult(failed);
            return;
        }
        done += bytes.size();
        QString text = decoder.decode(bytes);
        if (carriageReturn)
            text.prepend(u'\r');
        carriageReturn = text.endsWith(u'\r');
        if (carriageReturn)
            text.chop(1);
        // The document wants "\n" line ends; "\r\n" would leave a stray character.
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        promise.addResult(FilePiece{text, {}, done, total});
    }
    if (carriageReturn)
        promise.addResult(FilePiece{QStringLiteral("\n"), {}, done, total});
}

} // namespace sluice::gui
