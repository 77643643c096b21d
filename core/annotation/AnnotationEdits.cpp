#include "AnnotationEdits.h"

#include <QTextBoundaryFinder>

namespace whosaid::annotation {

namespace {

// A quote edited by hand is Corrected, unless the hand made it in the first place.
QuoteRecord corrected(QuoteRecord quote, QuoteRecord::Edit edit)
{
    quote.edits |= edit;
    if (quote.review != ReviewState::Added)
        quote.review = ReviewState::Corrected;
    return quote;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

TextRange trimmed(const QString &text, TextRange range)
{
    while (range.start < range.end && isSpace(text.at(range.start)))
        ++range.start;
    while (range.end > range.start && isSpace(text.at(range.end - 1)))
        --range.end;
    return range;
}

// Quotation marks by their Unicode class; the straight double quote opens or closes. A single
// closing mark between letters is an apostrophe (don’t), not a quote.
enum class Mark { None, Opening, Closing, Either };

Mark markAt(const QString &text, qsizetype pos)
{
    const QChar c = text.at(pos);
    if (c == u'"')
        return Mark::Either;
    if (c.category() == QChar::Punctuation_InitialQuote)
        return Mark::Opening;
    if (c.category() != QChar::Punctuation_FinalQuote)
        return Mark::None;
    const bool letterBefore = pos > 0 && text.at(pos - 1).isLetter();
    const bool letterAfter = pos + 1 < text.size() && text.at(pos + 1).isLetter();
    return letterBefore && letterAfter ? Mark::None : Mark::Closing;
}

// The marks around a selection in one paragraph, as the content between them; nothing when the
// selection is not inside a pair.
std::optional<TextRange> insideMarks(const QString &text, TextRange paragraph, TextRange selection)
{
    qsizetype open = -1;
    for (qsizetype pos = selection.start - 1; pos >= paragraph.start; --pos) {
        const Mark mark = markAt(text, pos);
        if (mark == Mark::Closing)
            return std::nullopt;
        if (mark == Mark::Opening || mark == Mark::Either) {
            open = pos;
            break;
        }
    }
    if (open < 0)
        return std::nullopt;
    for (qsizetype pos = selection.end; pos < paragraph.end; ++pos) {
        const Mark mark = markAt(text, pos);
        if (mark == Mark::Opening)
            return std::nullopt;
        if (mark == Mark::Closing || mark == Mark::Either)
            return TextRange{open + 1, pos};
    }
    return std::nullopt;
}

// Boundaries of the given type in a paragraph, as document offsets.
QList<qsizetype> boundaries(const QString &text, TextRange paragraph,
                            QTextBoundaryFinder::BoundaryType type,
                            QTextBoundaryFinder::BoundaryReasons wanted)
{
    const QString part = text.mid(paragraph.start, paragraph.length());
    QTextBoundaryFinder finder(type, part);
    QList<qsizetype> found;
    for (qsizetype pos = 0; pos >= 0; pos = finder.toNextBoundary()) {
        if (wanted == QTextBoundaryFinder::BoundaryReasons()
            || (finder.boundaryReasons() & wanted) != 0)
            found.append(paragraph.start + pos);
    }
    return found;
}

} // namespace

QuoteRecord AnnotationEdits::reassigned(QuoteRecord quote, const QString &speakerId)
{
    quote.speaker = speakerId;
    return corrected(std::move(quote), QuoteRecord::SpeakerEdited);
}

QuoteRecord AnnotationEdits::withRange(QuoteRecord quote, TextRange range)
{
    quote.range = range;
    return corrected(std::move(quote), QuoteRecord::BoundsEdited);
}

QuoteRecord AnnotationEdits::withKind(QuoteRecord quote, QuoteKind kind)
{
    quote.kind = kind;
    return corrected(std::move(quote), QuoteRecord::KindEdited);
}

QuoteRecord AnnotationEdits::reviewed(QuoteRecord quote, ReviewState state)
{
    quote.review = state;
    return quote;
}

QuoteRecord AnnotationEdits::added(int id, TextRange range, QuoteKind kind,
                                   const QString &speakerId)
{
    QuoteRecord quote;
    quote.id = id;
    quote.range = range;
    quote.kind = kind;
    quote.speaker = speakerId;
    quote.review = ReviewState::Added;
    quote.confidence = 1.0;
    return quote;
}

TextRange AnnotationEdits::snapped(const Document &document, TextRange selection)
{
    const QString &text = document.text();
    selection.start = std::clamp<qsizetype>(selection.start, 0, text.size());
    selection.end = std::clamp<qsizetype>(selection.end, selection.start, text.size());
    if (text.isEmpty() || document.paragraphs().isEmpty())
        return selection;
    const TextRange paragraph = document.paragraphs().at(document.paragraphAt(selection.start));
    // Marks selected along with the words are not part of the quote.
    TextRange inner = trimmed(text, selection);
    if (!inner.isEmpty() && markAt(text, inner.start) != Mark::None
        && markAt(text, inner.start) != Mark::Closing)
        ++inner.start;
    if (!inner.isEmpty() && markAt(text, inner.end - 1) != Mark::None
        && markAt(text, inner.end - 1) != Mark::Opening)
        --inner.end;
    if (const std::optional<TextRange> marked = insideMarks(text, paragraph, inner))
        return trimmed(text, *marked);
    if (!paragraph.contains(inner.start) || inner.end > paragraph.end)
        return trimmed(text, inner);
    const QList<qsizetype> edges = boundaries(text, paragraph, QTextBoundaryFinder::Sentence, {});
    TextRange sentence = paragraph;
    for (const qsizetype edge : edges) {
        if (edge <= inner.start)
            sentence.start = edge;
        if (edge >= inner.end) {
            sentence.end = edge;
            break;
        }
    }
    return trimmed(text, sentence);
}

TextRange AnnotationEdits::nudged(const Document &document, TextRange range, Edge edge, Step step,
                                  int direction)
{
    const QString &text = document.text();
    qsizetype &moving = edge == Edge::Start ? range.start : range.end;
    if (step == Step::Character) {
        moving += direction > 0 ? 1 : -1;
    } else {
        // The nearest word edge in that direction, within the paragraph (or at its end).
        const qsizetype from = moving;
        const qsizetype anchor = direction > 0 ? from : std::max<qsizetype>(0, from - 1);
        const TextRange paragraph = document.paragraphs().isEmpty()
            ? TextRange{0, text.size()}
            : document.paragraphs().at(document.paragraphAt(anchor));
        const auto reason = edge == Edge::Start ? QTextBoundaryFinder::StartOfItem
                                                : QTextBoundaryFinder::EndOfItem;
        const QList<qsizetype> words
            = boundaries(text, paragraph, QTextBoundaryFinder::Word, reason);
        qsizetype target = direction > 0 ? paragraph.end : paragraph.start;
        for (const qsizetype pos : words) {
            if (direction > 0 && pos > from) {
                target = pos;
                break;
            }
            if (direction < 0 && pos < from)
                target = pos;
        }
        moving = target == from ? from + (direction > 0 ? 1 : -1) : target;
    }
    range.start = std::clamp<qsizetype>(range.start, 0, text.size());
    range.end = std::clamp<qsizetype>(range.end, 0, text.size());
    if (range.isEmpty()) {
        // Never empty: the moving edge stops one character short of the other.
        if (edge == Edge::Start)
            range.start = range.end - 1;
        else
            range.end = range.start + 1;
    }
    return range;
}

std::pair<QuoteRecord, QuoteRecord> AnnotationEdits::split(const QuoteRecord &quote, qsizetype pos,
                                                           int newId)
{
    Q_ASSERT(pos > quote.range.start && pos < quote.range.end);
    QuoteRecord first = corrected(quote, QuoteRecord::BoundsEdited);
    QuoteRecord second = first;
    first.range.end = pos;
    second.range.start = pos;
    second.id = newId;
    if (first.utterance < 0)
        first.utterance = second.utterance = quote.id;
    return {first, second};
}

QuoteRecord AnnotationEdits::joinedTo(const QuoteRecord &first, QuoteRecord second)
{
    second.utterance = first.utterance >= 0 ? first.utterance : first.id;
    second.speaker = first.speaker;
    return corrected(std::move(second), QuoteRecord::SpeakerEdited);
}

SpeakerRecord AnnotationEdits::renamed(SpeakerRecord speaker, const QString &name)
{
    if (!speaker.name.isEmpty() && speaker.name != name && !speaker.aliases.contains(speaker.name))
        speaker.aliases.prepend(speaker.name);
    speaker.aliases.removeAll(name);
    speaker.name = name;
    speaker.edited = true;
    return speaker;
}

SpeakerRecord AnnotationEdits::withRole(SpeakerRecord speaker, const QString &role)
{
    speaker.role = role;
    speaker.edited = true;
    return speaker;
}

SpeakerRecord AnnotationEdits::mergedInto(SpeakerRecord target, const SpeakerRecord &source)
{
    QStringList names = source.aliases;
    names.prepend(source.name);
    for (const QString &name : std::as_const(names)) {
        if (!target.answersTo(name))
            target.aliases.append(name);
    }
    if (target.role.isEmpty())
        target.role = source.role;
    target.edited = true;
    return target;
}

std::pair<SpeakerRecord, SpeakerRecord> AnnotationEdits::splitAlias(SpeakerRecord speaker,
                                                                    const QString &alias,
                                                                    const QString &newId)
{
    speaker.aliases.removeAll(alias);
    speaker.edited = true;
    SpeakerRecord split = newSpeaker(newId, alias);
    split.organisation = speaker.organisation;
    return {speaker, split};
}

SpeakerRecord AnnotationEdits::newSpeaker(const QString &id, const QString &name)
{
    SpeakerRecord speaker;
    speaker.id = id;
    speaker.name = name;
    speaker.edited = true;
    return speaker;
}

QList<int> AnnotationEdits::sameChain(const AnnotationSet &set, int index)
{
    const QuoteRecord &quote = set.quote(index);
    QList<int> chain;
    if (quote.speaker.isEmpty())
        return chain;
    // A quote where someone is named starts a new chain, whoever it names.
    const auto follows = [&](const QuoteRecord &other) {
        return other.speaker == quote.speaker && other.linked && !other.isHandMade()
            && other.isSpeech();
    };
    if (quote.linked) {
        for (int i = index - 1; i >= 0; --i) {
            const QuoteRecord &other = set.quote(i);
            if (other.isSpeech() && !other.linked)
                break;
            if (follows(other))
                chain.prepend(i);
        }
    }
    for (int i = index + 1; i < set.quoteCount(); ++i) {
        const QuoteRecord &other = set.quote(i);
        if (other.isSpeech() && !other.linked)
            break;
        if (follows(other))
            chain.append(i);
    }
    return chain;
}

} // namespace whosaid::annotation
