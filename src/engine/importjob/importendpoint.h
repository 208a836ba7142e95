#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/connection/passwordsource.h"

#include <QString>
#include <functional>
#include <optional>

namespace sluice::engine {

// One side of an import: the target (the job's connection) or the source
// (NETWORK_LINK), resolved from its reference (profile name or URL) with its password.
struct ImportEndpoint
{
    QString reference;
    ConnectionParams params;
    QString profileName;
    QString displayName;
    QString password;

    using PasswordFunction = std::function<PasswordResult(const PasswordRequest &)>;
    // Resolves reference through the connection profiles and obtains its password
    // with obtain (the CLI's PasswordSource, or the host's JobCredentials).
    [[nodiscard]] static std::optional<ImportEndpoint>
    resolve(const QString &reference, const PasswordFunction &obtain, QString *error);
};

} // namespace sluice::engine
