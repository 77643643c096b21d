#include "WordFolder.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace whosaid::analysis {

namespace {

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

// Four UTF-16 units per multiplication: the per-character FNV chain cost as much as the
// lexicon lookup it keys. The final mix spreads every unit into the low bits the tables use.
quint64 WordFolder::hashOf(QStringView lower)
{
    const auto *p = lower.utf16();
    const qsizetype n = lower.size();
    constexpr quint64 Multiplier = 0xff51afd7ed558ccdULL;
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(n);
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 units = 0;
        std::memcpy(&units, p + i, sizeof units);
        h = (h ^ units) * Multiplier;
        h ^= h >> 29;
    }
    if (i < n) {
        quint64 units = 0; // the last one to three units, without a variable-length copy
        for (qsizetype k = n - 1; k >= i; --k)
            units = (units << 16) | p[k];
        h = (h ^ units) * Multiplier;
        h ^= h >> 29;
    }
    h ^= h >> 32;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 29);
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
    // ASCII words (nearly all of English news) fold with a range test per character.
    constexpr qsizetype Short = 64;
    std::array<char16_t, Short> folded; // NOLINT(cppcoreguidelines-pro-type-member-init)
    const auto *source = text.utf16();
    const qsizetype n = text.size();
    char16_t all = 0;
    for (qsizetype i = 0; i < n; ++i)
        all |= source[i];
    bool changed = false;
    if (all < 0x80 && n <= Short) {
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = source[i];
            const bool upper = char16_t(c - u'A') < 26;
            changed = changed || upper;
            folded[std::size_t(i)] = upper ? char16_t(c | 0x20) : c;
        }
        const QStringView lower = changed ? store(folded.data(), n) : text;
        return {lower, hashOf(lower)};
    }
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); })) {
        const QString slow = slowLowerCase(text); // letters outside the BMP need QString::toLower
        const QStringView lower
            = store(reinterpret_cast<const char16_t *>(slow.constData()), slow.size());
        return {lower, hashOf(lower)};
    }
    QVarLengthArray<char16_t, Short> wide(n);
    for (qsizetype i = 0; i < n; ++i) {
        wide[i] = foldUnit(text[i]);
        changed = changed || wide[i] != source[i];
    }
    const QStringView lower = changed ? store(wide.constData(), n) : text;
    return {lower, hashOf(lower)};
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
    chunk.resize(start + size); // within the capacity: no reallocation
    std::copy_n(data, size, reinterpret_cast<char16_t *>(chunk.data()) + start);
    return QStringView(chunk).mid(start, size);
}

} // namespace whosaid::analysis
