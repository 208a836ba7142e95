#include "engine/job/jobcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sluice::engine {

void JobCredentials::setPassword(const QString &connectionReference, const QString &password)
{
    m_passwords.insert(connectionReference, password);
}

bool JobCredentials::hasPassword(const QString &connectionReference) const
{
    return m_passwords.contains(connectionReference);
}

PasswordResult JobCredentials::obtain(const QString &connectionReference,
                                      const PasswordRequest &request) const
{
    const auto it = m_passwords.constFind(connectionReference);
    if (it != m_passwords.cend()) {
        PasswordResult result;
        result.ok = true;
        result.password = it.value();
        result.origin = PasswordOrigin::Prompt; // given by the user's client
        return result;
    }
    PasswordSource source;
    source.setInteractive(false);
    return source.obtain(request);
}

QByteArray JobCredentials::serialize() const
{
    QJsonObject passwords;
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it)
        passwords.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("passwords"), passwords);
    root.insert(QStringLiteral("encryption_password"), m_encryptionPassword);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<JobCredentials> JobCredentials::deserialize(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    JobCredentials credentials;
    const QJsonObject passwords = document.object().value(QStringLiteral("passwords")).toObject();
    for (auto it = passwords.constBegin(); it != passwords.constEnd(); ++it)
        credentials.setPassword(it.key(), it.value().toString());
    credentials.setEncryptionPassword(
        document.object().value(QStringLiteral("encryption_password")).toString());
    return credentials;
}

} // namespace sluice::engine
