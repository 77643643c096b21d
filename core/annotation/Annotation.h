#pragma once

#include "analysis/Analysis.h"

#include <QString>
#include <QStringList>

namespace whosaid::annotation {

using analysis::QuoteKind;
using document::Document;
using document::TextRange;

// Where a person stands on a quote. Only Unreviewed quotes are the machine's alone: every other
// state is a hand decision that re-analysis keeps.
enum class ReviewState : quint8 { Unreviewed, Accepted, Corrected, Added, Rejected };

[[nodiscard]] QString reviewStateName(ReviewState state);
[[nodiscard]] std::optional<ReviewState> reviewStateFromName(QStringView name);
[[nodiscard]] std::optional<QuoteKind> quoteKindFromName(QStringView name);
// The names of a quote's hand edits (QuoteRecord::Edit bits): "speaker", "bounds", "kind".
[[nodiscard]] QStringList editNames(quint8 edits);
// The Edit bits of such names; unknown names are ignored.
[[nodiscard]] quint8 editsFromNames(const QStringList &names);

// One speaker of the roster. Ids are stable for the life of the annotations and in the sidecar.
struct SpeakerRecord
{
    QString id; // "s1", "s2", ... from the analysis; "u1", ... for speakers made by hand
    QString name;
    QStringList aliases; // other names the article uses for the speaker
    QString role;
    bool organisation = false;
    bool edited = false; // renamed, given a role, created, merged or split by hand

    // Does the speaker go by this name (its name or an alias, ignoring case)?
    [[nodiscard]] bool answersTo(QStringView other) const;
    friend bool operator==(const SpeakerRecord &, const SpeakerRecord &) = default;
};

// One quotation with its attribution: the machine's evidence and the hand edits on top.
struct QuoteRecord
{
    enum Edit : quint8 {
        SpeakerEdited = 1, // the speaker was chosen by hand
        BoundsEdited = 2,  // the start or end was moved by hand
        KindEdited = 4,    // the kind was changed by hand
    };

    int id = -1;     // unique within one AnnotationSet, not persisted
    TextRange range; // the quoted words (UTF-16 offsets into the document)
    QuoteKind kind = QuoteKind::Direct;
    QString speaker; // a SpeakerRecord id, empty when unknown
    ReviewState review = ReviewState::Unreviewed;
    quint8 edits = 0; // Edit bits
    // The machine's evidence, kept as found (empty for quotes added by hand).
    double confidence = 0.0;
    TextRange mention; // the words naming the speaker
    TextRange cue;     // the speech verb or other cue
    QString reason;
    int utterance = -1;  // fragments of one utterance share it
    bool linked = false; // the speaker came through a pronoun or an earlier quote, not a name

    [[nodiscard]] bool isEdited(Edit edit) const { return (edits & edit) != 0; }
    // A quote that a person has decided on: re-analysis keeps it as it is.
    [[nodiscard]] bool isHandMade() const
    {
        return review != ReviewState::Unreviewed || edits != 0;
    }
    // A quotation of speech (not a scare quote or title, not rejected): what lists and counts.
    [[nodiscard]] bool isSpeech() const
    {
        return kind != QuoteKind::Mention && review != ReviewState::Rejected;
    }
    friend bool operator==(const QuoteRecord &, const QuoteRecord &) = default;
};

} // namespace whosaid::annotation
