#include "engine/connection/connectionprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sluice::engine {

QString ConnectionProfile::nameError(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return QCoreApplication::translate(
               "ConnectionProfile",
               "\"%1\" is not a valid profile name: use up to 64 letters, digits, '_', '-' or "
               "'.', starting with a letter.")
        .arg(name);
}

} // namespace sluice::engine
