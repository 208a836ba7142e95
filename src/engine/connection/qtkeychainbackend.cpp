#include "engine/connection/qtkeychainbackend.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace sluice::engine {

namespace {

KeychainResult resultOf(QKeychain::Job *job)
{
    KeychainResult result;
    result.errorString = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = KeychainResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = KeychainResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeychainResult::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // Without a D-Bus session or secret service QtKeychain reports OtherError
        // with a D-Bus message; treat that as "no keychain here", not as a failure.
        result.status = job->errorString().contains(u"D-Bus", Qt::CaseInsensitive) ||
                                job->errorString().contains(u"DBus", Qt::CaseInsensitive) ||
                                job->errorString().contains(u"org.freedesktop", Qt::CaseInsensitive)
                            ? KeychainResult::Status::Unavailable
                            : KeychainResult::Status::Failed;
        break;
    default:
        result.status = KeychainResult::Status::Failed;
        break;
    }
    return result;
}

void run(QKeychain::Job *job, QObject *context, KeychainBackend::Callback done,
         const std::function<void(QKeychain::Job *, KeychainResult &)> &onSuccess = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), onSuccess](QKeychain::Job *finished) {
                         KeychainResult result = resultOf(finished);
                         if (result.status == KeychainResult::Status::Ok && onSuccess)
                             onSuccess(finished, result);
                         done(result);
                     });
    job->start();
}

} // namespace

QString QtKeychainBackend::keyFor(const QString &profileName)
{
    return profileName.toLower();
}

void QtKeychainBackend::readPassword(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromUtf16(kService));
    job->setKey(key);
    run(job, context, std::move(done), [](QKeychain::Job *finished, KeychainResult &result) {
        result.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
    });
}

void QtKeychainBackend::writePassword(const QString &key, const QString &password, QObject *context,
                                      Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromUtf16(kService));
    job->setKey(key);
    job->setTextData(password);
    run(job, context, std::move(done));
}

void QtKeychainBackend::deletePassword(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromUtf16(kService));
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace sluice::engine
