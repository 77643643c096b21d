#include "SentenceBreaker.h"

#include "IcuBreakIterator.h"

#include <unicode/uchar.h>

#include <array>
#include <cstring>

namespace whosaid::analysis {

namespace {

using Class = quint8; // a USentenceBreak value

bool isParagraphSeparator(Class c)
{
    return c == U_SB_CR || c == U_SB_LF || c == U_SB_SEP;
}

// Can a sentence end after a character of this class?
bool endsAt(Class c)
{
    return isParagraphSeparator(c) || c == U_SB_ATERM || c == U_SB_STERM;
}

// The classes of ASCII, read once from ICU's own tables, and which of them can end a sentence.
struct AsciiTable
{
    std::array<Class, 128> classes{};
    std::array<bool, 128> ends{};
};

const AsciiTable &asciiTable()
{
    static const AsciiTable table = [] {
        AsciiTable ascii;
        for (std::size_t c = 0; c < 128; ++c) {
            ascii.classes.at(c) = Class(u_getIntPropertyValue(UChar32(c), UCHAR_SENTENCE_BREAK));
            ascii.ends.at(c) = endsAt(ascii.classes.at(c));
        }
        return ascii;
    }();
    return table;
}

// Are the four units at p all below 0x80?
bool fourAscii(const char16_t *p)
{
    quint64 four = 0;
    std::memcpy(&four, p, sizeof four);
    return (four & 0xff80ff80ff80ff80ULL) == 0;
}

class Rules
{
public:
    explicit Rules(const QString &text)
        : m_units(reinterpret_cast<const char16_t *>(text.constData()))
        , m_size(static_cast<int32_t>(text.size()))
        , m_ascii(asciiTable())
    { }

    // Whether the rules here can do without ICU's iterator: no character they must see through.
    [[nodiscard]] bool simple() const
    {
        for (int32_t i = 0; i < m_size; ++i) {
            while (i + 4 <= m_size && fourAscii(m_units + i))
                i += 4; // ASCII needs no look, four units at a time
            if (i == m_size)
                break;
            const char16_t u = m_units[i];
            if (u < 0x80)
                continue;
            if (QChar::isSurrogate(u))
                return false;
            const Class c = classAt(i);
            if (c == U_SB_EXTEND || c == U_SB_FORMAT)
                return false;
        }
        return true;
    }

    void split(std::vector<int32_t> &ends) const
    {
        int32_t i = 0;
        while (i < m_size) {
            const Class c = classAt(i);
            if (isParagraphSeparator(c)) { // SB3, SB4
                if (c == U_SB_CR && i + 1 < m_size && classAt(i + 1) == U_SB_LF)
                    ++i;
                push(ends, ++i);
                continue;
            }
            if (c != U_SB_ATERM && c != U_SB_STERM) {
                // On to the next character that can end a sentence (in ASCII: . ! ? and line ends).
                ++i;
                while (i < m_size && m_units[i] < 0x80 && !m_ascii.ends[m_units[i]])
                    ++i;
                continue;
            }
            // SB9, SB10: no break inside Close* Sp* after the terminator, only at its end.
            int32_t end = i + 1;
            while (end < m_size && classAt(end) == U_SB_CLOSE)
                ++end;
            while (end < m_size && classAt(end) == U_SB_SP)
                ++end;
            if (end == m_size)
                break;
            if (!isParagraphSeparator(classAt(end)) && breaksAt(i, end))
                push(ends, end); // SB11
            i = end;
        }
        if (m_size > 0)
            push(ends, m_size);
    }

private:
    [[nodiscard]] Class classAt(int32_t i) const
    {
        const char16_t u = m_units[i];
        return u < 0x80 ? m_ascii.classes[u]
                        : Class(u_getIntPropertyValue(u, UCHAR_SENTENCE_BREAK));
    }

    // Is there a boundary at end, after the terminator at term and its Close* Sp*?
    [[nodiscard]] bool breaksAt(int32_t term, int32_t end) const
    {
        const Class next = classAt(end);
        if (next == U_SB_SCONTINUE || next == U_SB_ATERM || next == U_SB_STERM)
            return false; // SB8a
        if (classAt(term) != U_SB_ATERM)
            return true;
        const Class after = classAt(term + 1);
        if (after == U_SB_NUMERIC)
            return false; // SB6: 3.5
        const Class before = term > 0 ? classAt(term - 1) : Class(U_SB_OTHER);
        if ((before == U_SB_UPPER || before == U_SB_LOWER) && after == U_SB_UPPER)
            return false; // SB7: U.S
        // SB8: no break when the next letter, past anything but letters and terminators, is
        // lower case ("etc. and", "p. 5 of").
        for (int32_t k = end; k < m_size; ++k) {
            const Class c = classAt(k);
            if (c == U_SB_LOWER)
                return false;
            if (c == U_SB_OLETTER || c == U_SB_UPPER || c == U_SB_ATERM || c == U_SB_STERM
                || isParagraphSeparator(c))
                break;
        }
        return true;
    }

    static void push(std::vector<int32_t> &ends, int32_t at)
    {
        if (ends.empty() || ends.back() != at)
            ends.push_back(at);
    }

    const char16_t *m_units;
    int32_t m_size;
    const AsciiTable &m_ascii;
};

} // namespace

bool SentenceBreaker::split(const QString &text, std::vector<int32_t> &ends)
{
    const Rules rules(text);
    if (!rules.simple())
        return splitWithIcu(text, ends);
    ends.clear();
    rules.split(ends);
    return true;
}

bool SentenceBreaker::splitWithIcu(const QString &text, std::vector<int32_t> &ends)
{
    ends.clear();
    UBreakIterator *icu = IcuBreakIterator::shared(UBRK_SENTENCE);
    if (!IcuBreakIterator::setText(icu, text, {0, text.size()}))
        return false;
    for (int32_t end = ubrk_next(icu); end != UBRK_DONE; end = ubrk_next(icu))
        ends.push_back(end);
    return true;
}

} // namespace whosaid::analysis
