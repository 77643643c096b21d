#include "Document.h"

#include <algorithm>
#include <cstring>

namespace whosaid::document {

using namespace Qt::StringLiterals;

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// Are the four units at p all ASCII from U+000E up (no line break among them)? A unit below
// 0x80 cannot carry into the next one: adding 0x72 sets its bit 0x80 from 0x0e up.
bool fourOrdinaryAscii(const char16_t *p)
{
    quint64 four = 0;
    std::memcpy(&four, p, sizeof four);
    constexpr quint64 High = 0x0080008000800080ULL;
    return (four & 0xff80ff80ff80ff80ULL) == 0 && ((four + 0x0072007200720072ULL) & High) == High;
}

struct Line
{
    qsizetype start;
    qsizetype end; // trimmed
    bool blank;
};

// The lines of the text, and the positions of the low surrogates that end a pair, in one scan:
// almost every character lies between CR and U+2028 and costs a single comparison.
QList<Line> splitLines(const QString &text, QList<qsizetype> &lowSurrogates)
{
    QList<Line> lines;
    const auto *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    const auto ordinary
        = [](char16_t c) { return char16_t(c - u'\x0e') < char16_t(0x2028 - 0x0e); };
    qsizetype pos = 0;
    while (pos < size) {
        qsizetype end = pos;
        for (; end < size; ++end) {
            while (end + 4 <= size && fourOrdinaryAscii(data + end))
                end += 4;
            if (end == size)
                break;
            const char16_t c = data[end];
            if (ordinary(c))
                continue;
            if (isLineBreak(QChar(c)))
                break;
            if (QChar::isLowSurrogate(c) && end > 0 && QChar::isHighSurrogate(data[end - 1]))
                lowSurrogates.append(end);
        }
        qsizetype s = pos;
        qsizetype e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        lines.append({s, e, s == e});
        pos = end;
        if (pos < size && data[pos] == u'\r' && pos + 1 < size && data[pos + 1] == u'\n')
            ++pos;
        ++pos;
    }
    return lines;
}

// Hard-wrapped text (lines broken at a fixed width, paragraphs separated by blank lines) keeps
// its paragraphs in blank-line blocks; otherwise every line is a paragraph, as in most news feeds.
bool looksHardWrapped(const QList<Line> &lines)
{
    qsizetype inner = 0;
    qsizetype wrapped = 0;
    qsizetype longest = 0;
    bool sawBlank = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto len = lines[i].end - lines[i].start;
        longest = std::max(longest, len);
        sawBlank = sawBlank || lines[i].blank;
        if (lines[i].blank || i + 1 >= lines.size() || lines[i + 1].blank)
            continue;
        ++inner;
        if (len >= 40 && len <= 100)
            ++wrapped;
    }
    return sawBlank && inner >= 3 && longest <= 120 && wrapped * 10 >= inner * 7;
}

} // namespace

Document::Document(QString text, LineEndings endings)
    : m_text(std::move(text))
{
    if (endings == LineEndings::Normalise && m_text.contains(u'\r')) {
        m_text.replace(u"\r\n"_s, u"\n"_s);
        m_text.replace(u'\r', u'\n');
    }
    findParagraphs();
}

void Document::findParagraphs()
{
    const QList<Line> lines = splitLines(m_text, m_lowSurrogates);
    if (!looksHardWrapped(lines)) {
        for (const Line &line : lines) {
            if (!line.blank)
                m_paragraphs.append({line.start, line.end});
        }
        return;
    }
    TextRange current{-1, -1};
    for (const Line &line : lines) {
        if (line.blank) {
            if (current.start >= 0)
                m_paragraphs.append(current);
            current = {-1, -1};
        } else if (current.start < 0) {
            current = {line.start, line.end};
        } else {
            current.end = line.end;
        }
    }
    if (current.start >= 0)
        m_paragraphs.append(current);
}

qsizetype Document::paragraphAt(qsizetype pos) const
{
    auto it = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), pos,
                               [](qsizetype p, const TextRange &r) { return p < r.start; });
    if (it == m_paragraphs.cbegin())
        return 0;
    return std::distance(m_paragraphs.cbegin(), it) - 1;
}

qsizetype Document::codePointOffset(qsizetype utf16Offset) const
{
    // Each low surrogate before the offset belongs to a code point already counted.
    const auto before
        = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset);
    return utf16Offset - std::distance(m_lowSurrogates.cbegin(), before);
}

qsizetype Document::utf16Offset(qsizetype codePointOffset) const
{
    qsizetype offset = codePointOffset;
    for (const qsizetype low : m_lowSurrogates) {
        if (low > offset)
            break;
        ++offset;
    }
    return std::min(offset, m_text.size());
}

} // namespace whosaid::document
