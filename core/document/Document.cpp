#include "Document.h"

#include <algorithm>

namespace whosaid::document {

using namespace Qt::StringLiterals;

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

struct Line
{
    qsizetype start;
    qsizetype end; // trimmed
    bool blank;
};

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && !isLineBreak(text.at(end)))
            ++end;
        qsizetype s = pos;
        qsizetype e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        lines.append({s, e, s == e});
        pos = end;
        if (pos < size && text.at(pos) == u'\r' && pos + 1 < size && text.at(pos + 1) == u'\n')
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
    indexSurrogates();
}

void Document::findParagraphs()
{
    const QList<Line> lines = splitLines(m_text);
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

void Document::indexSurrogates()
{
    const qsizetype size = m_text.size();
    const QChar *data = m_text.constData();
    for (qsizetype i = 1; i < size; ++i) {
        if (data[i].isLowSurrogate() && data[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    }
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
