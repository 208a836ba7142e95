#include "engine/params/identifiermatcher.h"

#include <QHash>

namespace sluice::engine {

namespace {

bool likeFolded(QStringView text, QStringView pattern)
{
    // Iterative matcher with backtracking to the last %: linear in practice.
    qsizetype t = 0, p = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'_' || pattern[p] == text[t])) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == u'%') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'%')
        ++p;
    return p == pattern.size();
}

} // namespace

QString IdentifierMatcher::fold(const QString &text, Dialect dialect)
{
    if (dialect != Dialect::SQLite)
        return text.toCaseFolded();
    QString folded = text;
    for (QChar &ch : folded) {
        if (ch >= u'A' && ch <= u'Z')
            ch = QChar(ch.unicode() + (u'a' - u'A'));
    }
    return folded;
}

bool IdentifierMatcher::equals(const QString &a, const QString &b, bool exact, Dialect dialect)
{
    if (exact && dialect != Dialect::SQLite)
        return a == b;
    return fold(a, dialect) == fold(b, dialect);
}

bool IdentifierMatcher::like(const QString &text, const QString &pattern, bool exact,
                             Dialect dialect)
{
    if (exact && dialect != Dialect::SQLite)
        return likeFolded(text, pattern);
    return likeFolded(fold(text, dialect), fold(pattern, dialect));
}

IdentifierMatcher::Result IdentifierMatcher::select(const QString &pattern, bool isLike, bool exact,
                                                    const QStringList &identifiers, Dialect dialect)
{
    Result result;
    for (const QString &identifier : identifiers) {
        if (isLike ? like(identifier, pattern, exact, dialect)
                   : equals(identifier, pattern, exact, dialect))
            result.identifiers.append(identifier);
    }
    if (result.identifiers.isEmpty())
        return result;
    result.status = Status::Found;
    if (exact && dialect != Dialect::SQLite)
        return result;
    // Two selected identifiers that fold to the same text: the user's intent is unknowable.
    QHash<QString, QString> byFolded;
    for (const QString &identifier : std::as_const(result.identifiers)) {
        const QString key = fold(identifier, dialect);
        const auto it = byFolded.constFind(key);
        if (it != byFolded.constEnd() && *it != identifier) {
            // Copies: identifier refers into result.identifiers, which is replaced here.
            const QString first = *it;
            const QString second = identifier;
            result.status = Status::Ambiguous;
            result.identifiers = {first, second};
            result.errorString =
                QStringLiteral("\"%1\" matches both \"%2\" and \"%3\", which differ only in "
                               "case; quote the name to match one exactly")
                    .arg(pattern, first, second);
            return result;
        }
        byFolded.insert(key, identifier);
    }
    return result;
}

IdentifierMatcher::Result
IdentifierMatcher::resolve(const SqlName &name, const QStringList &identifiers, Dialect dialect)
{
    Result result = select(name.text, name.hasWildcard(), name.quoted, identifiers, dialect);
    if (result.status == Status::Ambiguous) {
        result.errorString =
            QStringLiteral("the unquoted name %1 matches both \"%2\" and "
                           "\"%3\", which differ only in case; write the one "
                           "you mean in double quotes, e.g. \"%2\"")
                .arg(name.text, result.identifiers.at(0), result.identifiers.at(1));
    }
    return result;
}

} // namespace sluice::engine
