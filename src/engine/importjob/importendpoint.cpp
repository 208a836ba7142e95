#include "engine/importjob/importendpoint.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"

namespace sluice::engine {

std::optional<ImportEndpoint>
ImportEndpoint::resolve(const QString &reference, const PasswordFunction &obtain, QString *error)
{
    ConnectionProfileStore store;
    if (!store.load()) {
        *error = store.errorString();
        return std::nullopt;
    }
    const auto resolved = ConnectionResolver(store).resolve(reference, error);
    if (!resolved)
        return std::nullopt;
    ImportEndpoint endpoint;
    endpoint.reference = reference;
    endpoint.params = resolved->params;
    endpoint.profileName = resolved->profileName;
    endpoint.displayName = resolved->displayName();
    const PasswordResult password = obtain(PasswordRequest{
        resolved->params, resolved->profileName, resolved->savePassword, endpoint.displayName});
    if (!password.ok) {
        *error = password.errorString;
        return std::nullopt;
    }
    endpoint.password = password.password;
    return endpoint;
}

} // namespace sluice::engine
