#pragma once

#include "AnnotationSet.h"

namespace whosaid::annotation {

// What each hand edit does to a record, for the commands that apply them: the rules of review
// state and edit flags live here once, whoever makes the edit (the reader, an import).
class AnnotationEdits final
{
public:
    enum class Edge { Start, End };
    enum class Step { Character, Word };

    // The quote given to another speaker (empty id: unknown) by hand.
    [[nodiscard]] static QuoteRecord reassigned(QuoteRecord quote, const QString &speakerId);
    [[nodiscard]] static QuoteRecord withRange(QuoteRecord quote, TextRange range);
    [[nodiscard]] static QuoteRecord withKind(QuoteRecord quote, QuoteKind kind);
    [[nodiscard]] static QuoteRecord reviewed(QuoteRecord quote, ReviewState state);
    // A new quote made by hand (review state Added).
    [[nodiscard]] static QuoteRecord added(int id, TextRange range, QuoteKind kind,
                                           const QString &speakerId);

    // A selection widened to the quotation marks around it, when it lies inside a pair in one
    // paragraph, else to the edges of the sentences it touches; spaces are trimmed.
    [[nodiscard]] static TextRange snapped(const Document &document, TextRange selection);
    // One edge of a range moved by a character or a word, forwards (+1) or backwards (-1); the
    // range never becomes empty or leaves the text.
    [[nodiscard]] static TextRange nudged(const Document &document, TextRange range, Edge edge,
                                          Step step, int direction);

    // The two fragments of a quote split at pos (inside it), as one utterance: the first keeps
    // the id, the second takes newId.
    [[nodiscard]] static std::pair<QuoteRecord, QuoteRecord> split(const QuoteRecord &quote,
                                                                   qsizetype pos, int newId);
    // The second fragment joined to the first's utterance and speaker.
    [[nodiscard]] static QuoteRecord joinedTo(const QuoteRecord &first, QuoteRecord second);

    // The speaker under a new name; the old one stays as an alias, so re-analysis still finds it.
    [[nodiscard]] static SpeakerRecord renamed(SpeakerRecord speaker, const QString &name);
    [[nodiscard]] static SpeakerRecord withRole(SpeakerRecord speaker, const QString &role);
    // target with source's name and aliases added to its aliases.
    [[nodiscard]] static SpeakerRecord mergedInto(SpeakerRecord target,
                                                  const SpeakerRecord &source);
    // speaker without the alias, and the new speaker (id newId) that takes it as its name.
    [[nodiscard]] static std::pair<SpeakerRecord, SpeakerRecord> splitAlias(SpeakerRecord speaker,
                                                                            const QString &alias,
                                                                            const QString &newId);
    // A new speaker made by hand.
    [[nodiscard]] static SpeakerRecord newSpeaker(const QString &id, const QString &name);

    // The other machine quotes whose speaker came along the same chain as the quote at index:
    // the unreviewed quotes of the same speaker, reached through pronouns or continuation, back
    // to the last quote where the speaker was named and on to the next one. These are the quotes
    // to offer for the same correction.
    [[nodiscard]] static QList<int> sameChain(const AnnotationSet &set, int index);
};

} // namespace whosaid::annotation
