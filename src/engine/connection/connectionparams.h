#pragma once

#include "engine/core/dialect.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace sluice::engine {

// Everything needed to open a connection, except the password, as a plain value.
// Workers copy it and each opens its own QSqlDatabase (STYLE.md rule 16); no socket
// or driver handle is ever shared.
//
// URL forms (parse with fromUrl(), print with toUrl()):
//   sqlite:///abs/path/hr.db     absolute path (sqlite:///C:/data/hr.db on Windows)
//   sqlite:relative/hr.db        relative to the current folder
//   sqlite::memory:              a private in-memory database
//   postgresql://user@host:port/db   (also postgres://)
//   mariadb://user@host:port/db      (also mysql://)
// Components are percent-decoded; "?key=value&..." become options(). A URL that
// carries a password (user:secret@host) is refused: passwords come from the
// keychain, the environment or a prompt, never from URLs, parfiles or logs.
struct ConnectionParams
{
    Dialect dialect = Dialect::SQLite;
    QString host;     // server dialects; empty means the driver's default (local socket)
    int port = 0;     // 0 means the dialect's default port
    QString user;     // server dialects; empty means the driver's default
    QString database; // server dialects
    QString filePath; // SQLite: the database file, or ":memory:"
    // Driver options from the URL query. Passed to QSqlDatabase::setConnectOptions()
    // as "key=value;..." except the Sluice options below, which the opener handles:
    //   create=yes  (SQLite) create the file if it does not exist
    //   mode=ro     (SQLite) open read-only
    QMap<QString, QString> options;

    // Parses a URL as described above. On failure returns nullopt and sets *error.
    [[nodiscard]] static std::optional<ConnectionParams> fromUrl(const QString &url,
                                                                 QString *error = nullptr);
    // True when text starts with a URL scheme Sluice knows ("sqlite:", "postgresql://", ...),
    // so a connection reference can tell a URL from a profile name.
    [[nodiscard]] static bool looksLikeUrl(const QString &text);

    // The canonical URL; fromUrl(toUrl()) gives back an equal value. Never contains a password.
    [[nodiscard]] QString toUrl() const;
    // Checks the fields, e.g. after a GUI form filled them in. Empty when valid.
    [[nodiscard]] QString validationError() const;
    [[nodiscard]] bool isValid() const { return validationError().isEmpty(); }

    // The port that will be used: port, or 5432 / 3306 when it is 0. 0 for SQLite.
    [[nodiscard]] int effectivePort() const;
    // The SQLite file made absolute against the current folder (":memory:" unchanged).
    [[nodiscard]] QString absoluteFilePath() const;
    [[nodiscard]] bool isInMemory() const;
    // A "yes/true/1" option, case-insensitive.
    [[nodiscard]] bool optionEnabled(const QString &key) const;

    friend bool operator==(const ConnectionParams &, const ConnectionParams &) = default;
};

} // namespace sluice::engine

Q_DECLARE_METATYPE(sluice::engine::ConnectionParams)
