#pragma once

#include "engine/connection/connectionparams.h"

#include <QString>

namespace sluice::engine {

// A saved connection, like a TNS alias: a name that stands for ConnectionParams.
// The password is never part of it; with savePassword it lives in the OS keychain
// under service "sluice", key = name (see PasswordSource).
struct ConnectionProfile
{
    QString name;
    ConnectionParams params;
    bool savePassword = false;

    // Names start with a letter and hold letters, digits, '_', '-' and '.', at most
    // 64 characters, so a name can never be mistaken for a URL or a file. Empty when valid.
    [[nodiscard]] static QString nameError(const QString &name);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace sluice::engine
