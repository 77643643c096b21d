#include "QuoteMarkPass.h"

#include "WordFolder.h"

#include <QHash>

#include <algorithm>
#include <bitset>
#include <memory>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

enum class Role : quint8 { Open, Close, Apostrophe, Stray };

struct MarkInfo
{
    int family = -1;
    bool apostropheLike = false;
    bool preferOpen = true;
};

// The marks of a lexicon grouped into families: marks that appear in a pair together.
class MarkTable
{
public:
    explicit MarkTable(const QList<QuotePair> &pairs)
    {
        QHash<QChar, int> family;
        QList<int> parent;
        const auto find = [&parent](int f) {
            while (parent[f] != f)
                f = parent[f] = parent[parent[f]];
            return f;
        };
        const auto familyOf = [&](QChar c) {
            auto it = family.find(c);
            if (it == family.end()) {
                it = family.insert(c, int(parent.size()));
                parent.append(it.value());
            }
            return it.value();
        };
        for (const QuotePair &pair : pairs) {
            const int a = find(familyOf(pair.open));
            const int b = find(familyOf(pair.close));
            parent[b] = a;
        }
        for (const QuotePair &pair : pairs) {
            for (const QChar c : {pair.open, pair.close}) {
                MarkInfo &info = m_marks[c];
                if (info.family < 0)
                    info.preferOpen = c == pair.open; // first (most common) pair decides
                info.family = find(family.value(c));
                info.apostropheLike = info.apostropheLike || pair.apostropheLike;
                m_isMark.set(c.unicode());
            }
        }
        m_mayStartMark = m_isMark;
        m_mayStartMark.set(u'\'').set(u'`'); // doubled, they stand for a double mark
    }

    // The first position in [pos, end) where a mark may stand: the text between marks, nearly
    // all of it, is passed over with one bit test a character.
    [[nodiscard]] qsizetype nextMark(const char16_t *units, qsizetype pos, qsizetype end) const
    {
        while (pos < end && !m_mayStartMark[units[pos]])
            ++pos;
        return pos;
    }

    // Called for every character of the text: a bit test rejects all but the marks.
    [[nodiscard]] const MarkInfo *info(QChar c) const
    {
        if (!m_isMark[c.unicode()])
            return nullptr;
        const auto it = m_marks.constFind(c);
        return it == m_marks.cend() ? nullptr : &it.value();
    }

private:
    QHash<QChar, MarkInfo> m_marks;
    std::bitset<0x10000> m_isMark;
    std::bitset<0x10000> m_mayStartMark; // the marks, the apostrophe and the backtick
};

// Building a table zeroes its 8 KB bitsets: keep one per thread for the current lexicon.
const MarkTable &marksOf(const Lexicon &lexicon)
{
    thread_local quint64 serial = 0;
    thread_local std::unique_ptr<MarkTable> table;
    if (!table || serial != lexicon.serial()) {
        table = std::make_unique<MarkTable>(lexicon.quotePairs());
        serial = lexicon.serial();
    }
    return *table;
}

bool opensContext(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'\u2014' || c == u'\u2013'
        || c == u'-' || c == u'/' || c == u':';
}

bool isClauseEnd(QChar c)
{
    return c == u',' || c == u'.' || c == u'?' || c == u'!';
}

bool closesContext(QChar c)
{
    return c.isSpace() || c.isPunct() || c == u'\u2026';
}

struct Open
{
    qsizetype pos;
    int family;
    bool apostropheLike;
    int width = 1; // 2 for a doubled mark: ''…'' or ``…''
};

// A mark in the text: its family information and its width in characters.
struct MarkHit
{
    const MarkInfo *info = nullptr;
    int width = 1;
};

struct PendingQuote
{
    qsizetype open;
    int family;
};

class Pairer
{
public:
    Pairer(Analysis &analysis, const MarkTable &marks)
        : m_analysis(analysis)
        , m_text(analysis.text())
        , m_marks(marks)
    { }

    void run()
    {
        const auto &paragraphs = m_analysis.document->paragraphs();
        for (qsizetype p = 0; p < paragraphs.size(); ++p)
            pairParagraph(p, paragraphs.at(p));
    }

private:
    // Two apostrophes or two backticks stand for a double mark in some archives and in TeX
    // (''Yes,'' he said): they pair as straight double quotes.
    [[nodiscard]] MarkHit markAt(qsizetype pos, qsizetype end) const
    {
        const QChar c = m_text.at(pos);
        if ((c == u'\'' || c == u'`') && pos + 1 < end && m_text.at(pos + 1) == c
            && (pos + 2 >= end || m_text.at(pos + 2) != c)) {
            if (const MarkInfo *info = m_marks.info(QChar(u'"')))
                return {info, 2};
        }
        return {m_marks.info(c), 1};
    }

    Role roleOf(qsizetype pos, const MarkInfo &info, TextRange para, int width = 1) const
    {
        const QChar prev = pos > para.start ? m_text.at(pos - 1) : QChar(u' ');
        const QChar next = pos + width < para.end ? m_text.at(pos + width) : QChar(u' ');
        const MarkInfo *prevMark = pos > para.start ? m_marks.info(prev) : nullptr;
        const MarkInfo *nextMark = pos + width < para.end ? m_marks.info(next) : nullptr;
        const bool leftOpen = opensContext(prev) || (prevMark && pos - 1 == m_lastOpen);
        const bool rightClosed = closesContext(next) || nextMark;
        if (info.apostropheLike) {
            if (prev.isLetterOrNumber() && next.isLetterOrNumber())
                return Role::Apostrophe; // didn't, rock'n'roll
            if (leftOpen && next.isDigit())
                return Role::Apostrophe; // '90s
            if (leftOpen && next == u'n' && pos + 2 < para.end && m_marks.info(m_text.at(pos + 2)))
                return Role::Apostrophe; // 'n'
            if (prev == u'n' && pos >= 2 && m_marks.info(m_text.at(pos - 2))
                && (pos < 3 || m_text.at(pos - 3).isSpace()))
                return Role::Apostrophe; // the closing half of 'n'
            if (leftOpen && elisionFollows(pos, para))
                return Role::Apostrophe; // 'em, 'til
        }
        if (leftOpen && !rightClosed)
            return Role::Open;
        if (rightClosed && !leftOpen)
            return Role::Close;
        if (leftOpen && rightClosed)
            return spacedRole(pos, info, para); // « spaced » French style, or a stray
        // Between two non-space characters: a glued mark ("word"word, or an apostrophe).
        if (info.apostropheLike)
            return Role::Apostrophe;
        return info.preferOpen && !hasOpen(info.family) ? Role::Open : Role::Close;
    }

    [[nodiscard]] bool elisionFollows(qsizetype pos, TextRange para) const
    {
        qsizetype end = pos + 1;
        while (end < para.end && m_text.at(end).isLetter())
            ++end;
        if (end == pos + 1 || (end < para.end && m_marks.info(m_text.at(end))))
            return false;
        return m_analysis.lexicon->isElision(
            WordFolder::lowerCase(QStringView(m_text).mid(pos + 1, end - pos - 1)));
    }

    // A mark with spaces on both sides: French « guillemets » keep a space inside the marks.
    [[nodiscard]] Role spacedRole(qsizetype pos, const MarkInfo &info, TextRange para) const
    {
        if (info.apostropheLike)
            return Role::Stray;
        qsizetype after = pos + 1;
        while (after < para.end && m_text.at(after).isSpace())
            ++after;
        qsizetype before = pos - 1;
        while (before >= para.start && m_text.at(before).isSpace())
            --before;
        const bool open = hasOpen(info.family);
        if (!open && info.preferOpen && after < para.end && m_text.at(after).isLetterOrNumber())
            return Role::Open;
        if (open && !info.preferOpen && before >= para.start && !m_text.at(before).isSpace())
            return Role::Close;
        // "… 'keep it alive,' " said X": a space keeps a nested quote's closing mark from the
        // outer one's, which then follows a mark or the end of a clause.
        if (open && before >= para.start
            && (m_marks.info(m_text.at(before)) || isClauseEnd(m_text.at(before))))
            return Role::Close;
        return Role::Stray;
    }

    bool hasOpen(int family) const
    {
        return std::any_of(m_stack.cbegin(), m_stack.cend(),
                           [family](const Open &o) { return o.family == family; });
    }

    void pairParagraph(qsizetype p, TextRange para)
    {
        m_stack.clear();
        m_lastOpen = -1;
        qsizetype start = para.start;
        if (m_pending) {
            // A quote ran on from the last paragraph: this one must open with the same family.
            const MarkHit hit = markAt(para.start, para.end);
            if (hit.info && hit.info->family == m_pending->family) {
                m_stack.append({para.start, hit.info->family, false, hit.width});
                m_lastOpen = para.start;
                m_continuing = true;
                start = para.start + hit.width;
            }
            m_pending.reset();
        }
        const auto *units = reinterpret_cast<const char16_t *>(m_text.constData());
        for (qsizetype pos = m_marks.nextMark(units, start, para.end); pos < para.end;
             pos = m_marks.nextMark(units, pos + 1, para.end)) {
            const MarkHit hit = markAt(pos, para.end);
            if (!hit.info)
                continue;
            const MarkInfo &info = *hit.info;
            switch (roleOf(pos, info, para, hit.width)) {
            case Role::Open:
                if (!info.apostropheLike)
                    dropStrayOpen(info.family, pos, p);
                m_stack.append({pos, info.family, info.apostropheLike, hit.width});
                m_lastOpen = pos + hit.width - 1;
                break;
            case Role::Close:
                close(pos, info.family, p, hit.width);
                break;
            case Role::Apostrophe:
            case Role::Stray:
                break;
            }
            pos += hit.width - 1;
        }
        finishParagraph(p, para);
    }

    // Quotes of one family do not nest (“ inside “): an earlier open of the family was a stray
    // mark. Its quote is ended at its sentence end, before the new mark.
    void dropStrayOpen(int family, qsizetype pos, qsizetype p)
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack.at(i).family != family)
                continue;
            const Open stray = m_stack.at(i);
            m_stack.resize(i);
            const qsizetype end = std::min(pos, sentenceEndAfter(stray.pos));
            addQuote({stray.pos + stray.width, end}, {stray.pos, end}, p, int(i), true);
            return;
        }
    }

    [[nodiscard]] qsizetype sentenceEndAfter(qsizetype pos) const
    {
        const auto &sentences = m_analysis.sentences;
        const auto it
            = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                               [](qsizetype p, const Sentence &s) { return p < s.range.end; });
        return it == sentences.cend() ? m_text.size() : it->range.end;
    }

    void close(qsizetype pos, int family, qsizetype p, int width)
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack.at(i).family != family)
                continue;
            const Open open = m_stack.at(i);
            m_stack.resize(i); // marks opened inside and never closed were strays
            addQuote({open.pos + open.width, pos}, {open.pos, pos + width}, p, int(i), false);
            return;
        }
        // A closer with nothing to close: a stray mark or an apostrophe (the Smiths' house).
    }

    void finishParagraph(qsizetype p, TextRange para)
    {
        // The first open double (not apostrophe-like) mark decides what happens to the rest.
        const auto it = std::find_if(m_stack.cbegin(), m_stack.cend(),
                                     [](const Open &o) { return !o.apostropheLike; });
        if (it == m_stack.cend()) {
            m_continuing = false;
            return;
        }
        const Open open = *it;
        const auto &paragraphs = m_analysis.document->paragraphs();
        if (p + 1 < paragraphs.size()) {
            const MarkHit next = markAt(paragraphs.at(p + 1).start, paragraphs.at(p + 1).end);
            if (next.info && next.info->family == open.family) {
                addQuote({open.pos + open.width, para.end}, {open.pos, para.end}, p, 0, false);
                m_pending = PendingQuote{open.pos, open.family};
                return;
            }
        }
        // No closing mark: end at the paragraph end when the quote opened the paragraph,
        // else at the end of its sentence.
        qsizetype end = para.end;
        if (open.pos > para.start)
            end = std::min(para.end, sentenceEndAfter(open.pos));
        while (end > open.pos + open.width && m_text.at(end - 1).isSpace())
            --end;
        addQuote({open.pos + open.width, end}, {open.pos, end}, p, 0, true);
        m_continuing = false;
    }

    void addQuote(TextRange content, TextRange outer, qsizetype p, int depth, bool recovered)
    {
        while (content.start < content.end && m_text.at(content.start).isSpace())
            ++content.start;
        while (content.end > content.start && m_text.at(content.end - 1).isSpace())
            --content.end;
        if (content.isEmpty())
            return;
        Quote quote;
        quote.content = content;
        quote.outer = outer;
        quote.paragraph = p;
        quote.depth = depth;
        quote.kind = depth > 0 ? QuoteKind::Mention : QuoteKind::Direct;
        quote.recoveredEnd = recovered;
        if (depth == 0 && m_continuing) {
            quote.continuesPrevious = true;
            m_continuing = false;
        }
        m_analysis.quotes.append(quote);
    }

    Analysis &m_analysis;
    const QString &m_text;
    const MarkTable &m_marks;
    QList<Open> m_stack;
    qsizetype m_lastOpen = -1;
    std::optional<PendingQuote> m_pending;
    bool m_continuing = false;
};

void markTokens(Analysis &analysis)
{
    auto &tokens = analysis.tokens;
    for (const Quote &quote : std::as_const(analysis.quotes)) {
        if (quote.depth > 0)
            continue;
        auto it
            = std::lower_bound(tokens.begin(), tokens.end(), quote.outer.start,
                               [](const Token &t, qsizetype pos) { return t.range.end <= pos; });
        for (; it != tokens.end() && it->range.start < quote.outer.end; ++it) {
            if (quote.content.contains(it->range))
                it->flags |= Token::InQuote;
            else if (it->range.start < quote.content.start || it->range.end > quote.content.end)
                it->flags |= Token::QuoteMark; // both halves of a doubled mark too
        }
    }
}

// “Who would have believed it?” Trump said: ICU breaks before the capitalised name, cutting the
// quote off its cue. The next sentence opening with a cue within a few words belongs to it.
bool cueFollowsQuote(const Analysis &a, const Sentence &quoteSentence, const Sentence &next)
{
    if (quoteSentence.endToken - 2 < quoteSentence.firstToken
        || !a.tokens.at(quoteSentence.endToken - 1).is(Token::QuoteMark))
        return false;
    if (next.firstToken >= next.endToken)
        return false;
    // “….” ―Name: a dash attribution after the sentence's end.
    const QStringView first = a.tokens.at(next.firstToken).lower;
    if (first == u"\u2015"_s || first == u"\u2014"_s || first == u"\u2013"_s)
        return true;
    // Only a question or exclamation ends the sentence inside the marks; after a full stop a
    // new sentence starts ("….” Ukraine stated that …).
    const QStringView last = a.tokens.at(quoteSentence.endToken - 2).lower;
    if (last != u"?"_s && last != u"!"_s)
        return false;
    int words = 0;
    for (qsizetype t = next.firstToken; t < next.endToken && words < 6; ++t) {
        const Token &token = a.tokens.at(t);
        if (token.is(Token::QuoteMark) || token.is(Token::InQuote))
            return false;
        if (!token.is(Token::Word))
            continue;
        ++words;
        if (token.has(Cue))
            return true;
    }
    return false;
}

// Sentence breaks inside a quotation ("A. B," she said.) would cut the quote off its cue.
void mergeSentencesAcrossQuotes(Analysis &analysis)
{
    auto &sentences = analysis.sentences;
    if (sentences.isEmpty())
        return;
    QList<Sentence> merged;
    merged.reserve(sentences.size());
    qsizetype q = 0;
    qsizetype renumberFrom = sentences.size(); // sentences before the first join keep theirs
    const auto &quotes = analysis.quotes;
    for (const Sentence &s : std::as_const(sentences)) {
        if (!merged.isEmpty()) {
            Sentence &last = merged.last();
            while (q < quotes.size() && quotes.at(q).outer.end <= last.range.end)
                ++q;
            bool inside = false;
            for (qsizetype i = q; i < quotes.size() && quotes.at(i).outer.start < last.range.end;
                 ++i) {
                const Quote &quote = quotes.at(i);
                inside = inside
                    || (quote.depth == 0 && quote.outer.start < last.range.end
                        && quote.outer.end > last.range.end && quote.outer.end > s.range.start);
            }
            if ((inside || cueFollowsQuote(analysis, last, s)) && last.paragraph == s.paragraph) {
                last.range.end = s.range.end;
                last.endToken = s.endToken;
                renumberFrom = std::min(renumberFrom, merged.size() - 1);
                continue;
            }
        }
        merged.append(s);
    }
    Token *tokens = analysis.tokens.data();
    for (qsizetype i = renumberFrom; i < merged.size(); ++i) {
        for (qsizetype t = merged.at(i).firstToken; t < merged.at(i).endToken; ++t)
            tokens[t].sentence = static_cast<qint32>(i);
    }
    sentences = std::move(merged);
}

} // namespace

void QuoteMarkPass::run(Analysis &analysis) const
{
    Pairer(analysis, marksOf(*analysis.lexicon)).run();
    std::sort(analysis.quotes.begin(), analysis.quotes.end(),
              [](const Quote &a, const Quote &b) { return a.content.start < b.content.start; });
    markTokens(analysis);
    mergeSentencesAcrossQuotes(analysis);
}

} // namespace whosaid::analysis
