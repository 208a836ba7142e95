#pragma once

#include <QByteArray>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace sluice::engine {

// Sluice's own translations (the .qm files embedded under :/i18n) for the system
// locale, for the desktop program and for sluice-cli, whose job hosts write the job
// log the GUI shows.
//
// Messages are looked up under the context the code passes at run time. Engine
// helpers pass a bare class name (QCoreApplication::translate("DumpReader", ...)),
// while lupdate files a tr() call under the class it sits in, with its namespace
// ("sluice::engine::DumpReader"), or under the namespace for a free function
// ("sluice::engine"). Those are tried next, so the same source text finds its
// translation either way.
class LocaleTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    [[nodiscard]] bool loadForSystemLocale()
    {
        return load(QLocale(), QStringLiteral("sluice"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"));
    }

    [[nodiscard]] QString translate(const char *context, const char *sourceText,
                                    const char *disambiguation = nullptr, int n = -1) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isNull() || !context || std::strstr(context, "::"))
            return found;
        for (const char *prefix : {"sluice::engine::", "sluice::gui::", "sluice::cli::"}) {
            const QByteArray qualified = QByteArray(prefix) + context;
            found = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
            if (!found.isNull())
                return found;
        }
        for (const char *space : {"sluice::engine", "sluice::gui"}) {
            found = QTranslator::translate(space, sourceText, disambiguation, n);
            if (!found.isNull())
                return found;
        }
        return found;
    }
};

} // namespace sluice::engine
