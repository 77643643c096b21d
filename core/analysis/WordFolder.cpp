#include "WordFolder.h"

#include <QVarLengthArray>

#include <algorithm>

namespace whosaid::analysis {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;
constexpr qsizetype ArenaChunk = qsizetype(16) * 1024;

char16_t foldUnit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u; // most text is ASCII
    if (u == 0x2019)
        return u'\''; // ’ as in Trump’s
    return char16_t(c.toLower().unicode());
}

QString slowLowerCase(QStringView text)
{
    QString lower = text.toString().toLower();
    lower.replace(QChar(0x2019), u'\'');
    return lower;
}

} // namespace

quint64 WordFolder::hashOf(QStringView lower)
{
    quint64 h = FnvOffset;
    for (const QChar c : lower) {
        h ^= c.unicode();
        h *= FnvPrime;
    }
    return h;
}

QString WordFolder::lowerCase(QStringView text)
{
    QString lower(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSurrogate())
            return slowLowerCase(text); // letters outside the BMP need QString::toLower
        lower[i] = QChar(foldUnit(text[i]));
    }
    return lower;
}

FoldedWord WordFolder::fold(QStringView text)
{
    QVarLengthArray<char16_t, 64> folded(text.size());
    quint64 h = FnvOffset;
    bool changed = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSurrogate()) {
            const QString slow = slowLowerCase(text);
            const QStringView lower
                = store(reinterpret_cast<const char16_t *>(slow.constData()), slow.size());
            return {lower, hashOf(lower)};
        }
        const char16_t u = foldUnit(text[i]);
        changed = changed || u != text[i].unicode();
        folded[i] = u;
        h ^= u;
        h *= FnvPrime;
    }
    if (!changed)
        return {text, h};
    return {store(folded.constData(), folded.size()), h};
}

QStringView WordFolder::store(const char16_t *data, qsizetype size)
{
    // Appending within a string's capacity never moves its characters: views stay valid.
    if (m_arena.isEmpty() || m_arena.last().capacity() - m_arena.last().size() < size) {
        m_arena.append(QString());
        m_arena.last().reserve(std::max(ArenaChunk, size));
    }
    QString &chunk = m_arena.last();
    const qsizetype start = chunk.size();
    chunk.append(reinterpret_cast<const QChar *>(data), size);
    return QStringView(chunk).mid(start, size);
}

} // namespace whosaid::analysis
