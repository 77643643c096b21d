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

// Four UTF-16 units per multiplication: the per-character FNV chain cost as much as the
// lexicon lookup it keys. The final mix spreads every unit into the low bits the tables use.
// fold() computes the same hash as it folds; both go through these steps.
constexpr quint64 HashMultiplier = 0xff51afd7ed558ccdULL;

quint64 hashStart(qsizetype size)
{
    return 0x9e3779b97f4a7c15ULL ^ quint64(size);
}

quint64 hashStep(quint64 h, quint64 units)
{
    h = (h ^ units) * HashMultiplier;
    return h ^ (h >> 29);
}

quint64 hashFinish(quint64 h)
{
    h ^= h >> 32;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 29);
}

// The units from i to the end (one to three), packed as a four-unit load would pack them,
// without a variable-length copy.
quint64 tailUnits(const char16_t *p, qsizetype i, qsizetype n)
{
    quint64 units = 0;
    for (qsizetype k = n - 1; k >= i; --k)
        units = (units << 16) | p[k];
    return units;
}

// Folds ASCII four units at a time and notes whether any unit was upper case or not ASCII: a
// unit below 0x80 cannot carry into the next lane, so an add sets 0x80 in the lane of each
// letter from 'A' (0x41) up and of each unit from '[' (0x5b) up.
struct AsciiFolder
{
    static constexpr quint64 NonAsciiBits = 0xff80ff80ff80ff80ULL;
    quint64 upperSeen = 0;
    quint64 nonAscii = 0;

    quint64 fold(quint64 units)
    {
        nonAscii |= units & NonAsciiBits;
        const quint64 fromA = units + 0x003f003f003f003fULL;
        const quint64 pastZ = units + 0x0025002500250025ULL;
        const quint64 upper = fromA & ~pastZ & 0x0080008000800080ULL;
        upperSeen |= upper;
        return units | (upper >> 2); // 0x80 >> 2 is the case bit 0x20
    }
};

} // namespace

quint64 WordFolder::hashOf(QStringView lower)
{
    const auto *p = lower.utf16();
    const qsizetype n = lower.size();
    quint64 h = hashStart(n);
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 units = 0;
        std::memcpy(&units, p + i, sizeof units);
        h = hashStep(h, units);
    }
    if (i < n)
        h = hashStep(h, tailUnits(p, i, n));
    return hashFinish(h);
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
    // ASCII words (nearly all of English news) are folded and hashed four units at a time,
    // straight into the free end of the arena when it has room: a word with capitals is then
    // stored by moving that end, one without is left there unused (its view is the text).
    constexpr qsizetype Short = 64;
    const auto *source = text.utf16();
    const qsizetype n = text.size();
    if (n <= Short) {
        std::array<char16_t, Short + 3> scratch; // NOLINT(cppcoreguidelines-pro-type-member-init)
        char16_t *folded = m_freeSize >= n + 3 ? m_free : scratch.data(); // whole blocks of four
        AsciiFolder ascii;
        quint64 h = hashStart(n);
        qsizetype i = 0;
        for (; i + 4 <= n; i += 4) {
            quint64 units = 0;
            std::memcpy(&units, source + i, sizeof units);
            units = ascii.fold(units);
            std::memcpy(folded + i, &units, sizeof units);
            h = hashStep(h, units);
        }
        if (i < n) {
            // The last one to three units: as the high lanes of the last four when there are
            // four, rather than unit by unit.
            quint64 units = 0;
            if (n >= 4) {
                std::memcpy(&units, source + n - 4, sizeof units);
                units >>= 16 * (4 - (n - i));
            } else {
                units = tailUnits(source, i, n);
            }
            units = ascii.fold(units);
            std::memcpy(folded + i, &units, sizeof units);
            h = hashStep(h, units);
        }
        if (ascii.nonAscii == 0) {
            if (ascii.upperSeen == 0)
                return {text, hashFinish(h)};
            return {folded == m_free ? take(n) : store(folded, n), hashFinish(h)};
        }
    }
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); })) {
        const QString slow = slowLowerCase(text); // letters outside the BMP need QString::toLower
        const QStringView lower
            = store(reinterpret_cast<const char16_t *>(slow.constData()), slow.size());
        return {lower, hashOf(lower)};
    }
    QVarLengthArray<char16_t, Short> wide(n);
    bool changed = false;
    for (qsizetype i = 0; i < n; ++i) {
        wide[i] = foldUnit(text[i]);
        changed = changed || wide[i] != source[i];
    }
    const QStringView lower = changed ? store(wide.constData(), n) : text;
    return {lower, hashOf(lower)};
}

QStringView WordFolder::store(const char16_t *data, qsizetype size)
{
    // A new string for each chunk: the characters of earlier ones never move, views stay valid.
    if (m_freeSize < size) {
        m_arena.append(QString(std::max(ArenaChunk, size), Qt::Uninitialized));
        m_free = reinterpret_cast<char16_t *>(m_arena.last().data());
        m_freeSize = m_arena.last().size();
    }
    std::copy_n(data, size, m_free);
    return take(size);
}

QStringView WordFolder::take(qsizetype size)
{
    const QStringView taken(m_free, size);
    m_free += size;
    m_freeSize -= size;
    return taken;
}

} // namespace whosaid::analysis
