#pragma once

#include "engine/connection/connectionparams.h"

#include <QString>
#include <optional>

namespace sluice::engine {

class ConnectionProfileStore;

// What a connection reference (the first positional argument, USERID=, NETWORK_LINK=)
// turned out to be.
struct ResolvedConnection
{
    ConnectionParams params;
    QString profileName; // the profile as stored; empty when the reference was a URL
    bool savePassword = false;
    // For logs and "Starting ..." lines: the profile name, or the URL. Never a password.
    [[nodiscard]] QString displayName() const;
};

// Turns a connection reference into ConnectionParams:
//   a URL (sqlite:..., postgresql://..., mariadb://...)  -> its params;
//   a profile name, case-insensitive                     -> the profile's params;
//   user@profile                                          -> the profile with another user,
//                                                            the Data Pump habit "hr@orcl";
//   user/password@... or a URL with a password            -> refused, with the reason.
// An unknown name is an error that lists the known profiles.
class ConnectionResolver
{
public:
    explicit ConnectionResolver(const ConnectionProfileStore &store);

    [[nodiscard]] std::optional<ResolvedConnection> resolve(const QString &reference,
                                                            QString *error = nullptr) const;

private:
    const ConnectionProfileStore &m_store;
};

} // namespace sluice::engine
