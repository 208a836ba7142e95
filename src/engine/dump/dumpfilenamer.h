#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// DUMPFILE templates, as Data Pump expands them. Each template is a path whose file
// name may hold %U (01..99, fixed width two digits; several %U in one name take the
// same value) or %L (01, 02, ... 99, 100, ... up to 2147483646). Templates are used
// round-robin: with a%U.dmp,b%U.dmp the files are a01, b01, a02, b02, ... A name
// without a substitution is used once.
class DumpFileNamer
{
public:
    explicit DumpFileNamer(const QStringList &templates = {});

    // ADD_FILE: more templates, used after the current ones.
    void addTemplates(const QStringList &templates);
    // The next file name, or nullopt with *error when every template is used up.
    [[nodiscard]] std::optional<QString> next(QString *error);

    [[nodiscard]] static bool isTemplate(const QString &path);
    // The index-th name (1-based) of a template; empty when %U is past 99.
    [[nodiscard]] static QString expand(const QString &path, qint64 index);
    // Reading: every existing file the templates name (a template is expanded from 01
    // while the files exist), in template order, without duplicates.
    [[nodiscard]] static QStringList existingFiles(const QStringList &templates);

    static constexpr qint64 kMaxU = 99;
    static constexpr qint64 kMaxL = 2147483646;

private:
    struct Slot
    {
        QString path;
        qint64 next = 1;
        bool exhausted = false;
    };
    QList<Slot> m_slots;
    qsizetype m_cursor = 0;
};

} // namespace sluice::engine
