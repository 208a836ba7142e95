#include "engine/directory/directoryobject.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sluice::engine {

DirectoryPrivileges DirectoryObject::privilegesFor(const QString &profileName) const
{
    DirectoryPrivileges result = grants.value(QString::fromUtf16(kPublic));
    if (!profileName.isEmpty())
        result |= grants.value(normalizedGrantee(profileName));
    return result;
}

bool DirectoryObject::isDefault() const
{
    return name == QString::fromUtf16(kDefaultName);
}

QString DirectoryObject::nameError(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_$#]{0,127}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return QCoreApplication::translate(
               "DirectoryObject",
               "\"%1\" is not a valid directory object name: use a letter followed by letters, "
               "digits, '_', '$' or '#' (at most 128 characters).")
        .arg(name);
}

QString DirectoryObject::normalizedGrantee(const QString &grantee)
{
    if (grantee.compare(QString::fromUtf16(kPublic), Qt::CaseInsensitive) == 0)
        return QString::fromUtf16(kPublic);
    return grantee.toLower();
}

std::optional<DirectoryPrivileges> DirectoryObject::parsePrivileges(const QString &text)
{
    DirectoryPrivileges result;
    const QStringList parts = text.split(u',', Qt::KeepEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed().toUpper();
        if (part == u"READ")
            result |= DirectoryPrivilege::Read;
        else if (part == u"WRITE")
            result |= DirectoryPrivilege::Write;
        else if (part == u"ALL")
            result |= DirectoryPrivilege::Read | DirectoryPrivilege::Write;
        else
            return std::nullopt;
    }
    return result;
}

QString DirectoryObject::formatPrivileges(DirectoryPrivileges privileges)
{
    QStringList parts;
    if (privileges.testFlag(DirectoryPrivilege::Read))
        parts << QStringLiteral("READ");
    if (privileges.testFlag(DirectoryPrivilege::Write))
        parts << QStringLiteral("WRITE");
    return parts.join(u',');
}

} // namespace sluice::engine
