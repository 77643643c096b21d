#include "WordBreaker.h"

#include "IcuBreakIterator.h"

#include <array>

namespace whosaid::analysis {

namespace {

// The UAX #29 word-break classes of the characters the fast path handles.
enum Class : quint8 {
    Slow,      // anything else: left to ICU
    Space,     // ASCII white space: always a boundary on both sides
    Letter,    // ALetter
    Digit,     // Numeric
    MidNumLet, // . ' ‘ ’ join letters to letters and digits to digits
    MidNum,    // , ; join digits to digits
    Other,     // punctuation that stands alone
};

constexpr std::array<Class, 128> asciiClasses()
{
    std::array<Class, 128> classes{};
    for (char16_t c = u'a'; c <= u'z'; ++c)
        classes.at(c) = Letter;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        classes.at(c) = Letter;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        classes.at(c) = Digit;
    for (const char16_t c : u" \t\n\v\f\r")
        classes.at(c) = Space;
    classes.at(0) = Slow; // the string literal's terminator above
    classes.at(u'.') = classes.at(u'\'') = MidNumLet;
    classes.at(u',') = classes.at(u';') = MidNum;
    // Not '@' (ICU keeps e-mail addresses whole) nor '_' (ExtendNumLet joins words).
    for (const char16_t c : u"!\"#$%&()*+-/:<=>?[\\]^`{|}~")
        classes.at(c) = Other;
    classes.at(0) = Slow;
    return classes;
}

constexpr std::array<Class, 128> AsciiClasses = asciiClasses();

Class classOf(char16_t c)
{
    if (c < 0x80)
        return AsciiClasses[c];
    switch (c) {
    case u'\u2018': // ‘ ’ are MidNumLet, like the apostrophe: don’t
    case u'\u2019':
        return MidNumLet;
    case u'\u201c': // “ ” – — …
    case u'\u201d':
    case u'\u2013':
    case u'\u2014':
    case u'\u2026':
        return Other;
    default:
        return Slow;
    }
}

bool isSpaceStart(char16_t first)
{
    return first == u' '
        || (first < 0x80 ? first >= u'\t' && first <= u'\r' : QChar::isSpace(first));
}

// ICU's pieces from start to end, which are boundaries; a piece that began in the white space
// before start (a combining mark after a space) is white space too.
bool splitSlow(UBreakIterator *it, const char16_t *units, int32_t start, int32_t end,
               std::vector<WordBreaker::Piece> &out)
{
    int32_t from = start == 0 ? ubrk_first(it) : ubrk_following(it, start - 1);
    for (int32_t to = ubrk_next(it); from < end && to != UBRK_DONE; from = to, to = ubrk_next(it)) {
        if (!isSpaceStart(units[from]))
            out.push_back({from, to, ubrk_getRuleStatus(it) >= UBRK_WORD_NONE_LIMIT});
    }
    return true;
}

} // namespace

bool WordBreaker::split(const QString &text, std::vector<Piece> &out)
{
    out.clear();
    out.reserve(std::size_t(text.size() / 4)); // about one piece in five characters of news
    const auto *units = reinterpret_cast<const char16_t *>(text.constData());
    const auto size = static_cast<int32_t>(text.size());
    UBreakIterator *icu = nullptr; // set up at the first run that needs it
    // The run of characters since the last white space, and the pieces it has given so far: a
    // character the fast path does not handle sends the whole run to ICU instead.
    int32_t runStart = 0;
    std::size_t runPieces = 0;
    int32_t i = 0;
    while (i < size) {
        const Class c = classOf(units[i]);
        if (c == Space) {
            runStart = ++i;
            runPieces = out.size();
            continue;
        }
        if (c == Slow) {
            out.resize(runPieces);
            while (i < size && classOf(units[i]) != Space)
                ++i;
            if (icu == nullptr) {
                icu = IcuBreakIterator::shared(UBRK_WORD);
                if (!IcuBreakIterator::setText(icu, text, {0, text.size()}))
                    return false;
            }
            splitSlow(icu, units, runStart, i, out);
            continue;
        }
        if (c != Letter && c != Digit) {
            out.push_back({i, i + 1, false});
            ++i;
            continue;
        }
        // A word: letters and digits, joined across . ' ‘ ’ between letters (WB6, WB7) and
        // across those and , ; between digits (WB11, WB12).
        int32_t j = i + 1;
        Class last = c;
        while (j < size) {
            const Class d = classOf(units[j]);
            if (d == Letter || d == Digit) {
                last = d;
                ++j;
                continue;
            }
            if ((d == MidNumLet || d == MidNum) && j + 1 < size) {
                const Class next = classOf(units[j + 1]);
                if ((d == MidNumLet && last == Letter && next == Letter)
                    || (last == Digit && next == Digit)) {
                    last = next;
                    j += 2;
                    continue;
                }
            }
            break;
        }
        out.push_back({i, j, true});
        i = j;
    }
    return true;
}

bool WordBreaker::splitWithIcu(const QString &text, std::vector<Piece> &out)
{
    out.clear();
    UBreakIterator *icu = IcuBreakIterator::shared(UBRK_WORD);
    if (!IcuBreakIterator::setText(icu, text, {0, text.size()}))
        return false;
    const auto *units = reinterpret_cast<const char16_t *>(text.constData());
    return text.isEmpty() || splitSlow(icu, units, 0, static_cast<int32_t>(text.size()), out);
}

} // namespace whosaid::analysis
