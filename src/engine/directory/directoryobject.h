#pragma once

#include <QFlags>
#include <QMap>
#include <QString>
#include <optional>

namespace sluice::engine {

enum class DirectoryPrivilege { Read = 0x1, Write = 0x2 };
Q_DECLARE_FLAGS(DirectoryPrivileges, DirectoryPrivilege)
Q_DECLARE_OPERATORS_FOR_FLAGS(DirectoryPrivileges)

// A named folder that dump, log and SQL files may be written to or read from, as
// Oracle's CREATE DIRECTORY. Unlike Data Pump's, Sluice's directory objects live on
// the machine that runs Sluice, not on the database server: dump files are written
// by this client, so there is no server-side folder and no SQL is involved.
//
// READ and WRITE are granted to connection profiles (case-insensitive names) or to
// PUBLIC, which covers every profile and connections given as URLs.
struct DirectoryObject
{
    QString name; // upper case, e.g. "DATA_PUMP_DIR"
    QString path; // absolute folder
    // grantee (lower-cased profile name, or "PUBLIC") -> privileges
    QMap<QString, DirectoryPrivileges> grants;

    static constexpr const char16_t *kDefaultName = u"DATA_PUMP_DIR";
    static constexpr const char16_t *kPublic = u"PUBLIC";

    // Privileges a connection has: its profile's grants plus PUBLIC's. An empty
    // profileName (a URL connection) has PUBLIC's only.
    [[nodiscard]] DirectoryPrivileges privilegesFor(const QString &profileName) const;
    [[nodiscard]] bool isDefault() const;

    // Directory object names: a letter, then letters, digits, '_', '$' or '#', up to
    // 128 characters (Oracle's identifier rules). Empty when valid.
    [[nodiscard]] static QString nameError(const QString &name);
    [[nodiscard]] static QString normalizedName(const QString &name) { return name.toUpper(); }
    [[nodiscard]] static QString normalizedGrantee(const QString &grantee);

    // "READ", "WRITE", "READ,WRITE" (also "READ, WRITE", "ALL"); nullopt when invalid.
    [[nodiscard]] static std::optional<DirectoryPrivileges> parsePrivileges(const QString &text);
    [[nodiscard]] static QString formatPrivileges(DirectoryPrivileges privileges);

    friend bool operator==(const DirectoryObject &, const DirectoryObject &) = default;
};

} // namespace sluice::engine
