#pragma once

#include "Annotation.h"
#include "QuoteAnchor.h"

#include <QList>
#include <QObject>

#include <memory>

namespace whosaid::annotation {

// The editable attribution of one article: the speaker roster and the quotes in text order,
// made from an analysis and changed by hand. Its mutators are called only by edit commands (the
// reader's QUndoCommands, the merge of a sidecar), which keep the records consistent; views
// follow the signals. Quote and speaker indexes shift with inserts and removals; ids do not.
class AnnotationSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationSet)

public:
    explicit AnnotationSet(std::shared_ptr<const Document> document, QObject *parent = nullptr);

    // The top-level quotes of the analysis (depth 0, scare quotes included) and its speakers,
    // all unreviewed.
    [[nodiscard]] static std::unique_ptr<AnnotationSet> fromAnalysis(
        const analysis::Analysis &analysis);

    [[nodiscard]] const Document &document() const { return *m_document; }
    [[nodiscard]] const std::shared_ptr<const Document> &sharedDocument() const
    {
        return m_document;
    }

    [[nodiscard]] const QList<QuoteRecord> &quotes() const { return m_quotes; }
    [[nodiscard]] const QuoteRecord &quote(int index) const { return m_quotes.at(index); }
    [[nodiscard]] int quoteCount() const { return int(m_quotes.size()); }
    [[nodiscard]] int indexOfQuote(int id) const; // -1 when there is none
    // Where a quote with this range would go to keep the text order.
    [[nodiscard]] int insertionIndex(TextRange range) const;
    // The innermost quote holding pos, -1 for none.
    [[nodiscard]] int quoteAt(qsizetype pos) const;
    // An id no quote has yet.
    [[nodiscard]] int newQuoteId() { return m_nextQuoteId++; }

    [[nodiscard]] const QList<SpeakerRecord> &speakers() const { return m_speakers; }
    [[nodiscard]] const SpeakerRecord &speaker(int index) const { return m_speakers.at(index); }
    [[nodiscard]] int speakerCount() const { return int(m_speakers.size()); }
    [[nodiscard]] int indexOfSpeaker(const QString &id) const; // -1 when there is none
    // The speaker named so (name or alias, ignoring case), -1 for none.
    [[nodiscard]] int findSpeaker(QStringView name) const;
    // The display name of a speaker id ("" for none).
    [[nodiscard]] QString speakerName(const QString &id) const;
    // An id no speaker has yet, for a speaker made by hand.
    [[nodiscard]] QString newSpeakerId() const;
    // The speech quotes attributed to each speaker (by id).
    [[nodiscard]] int quoteCountOf(const QString &speakerId) const;

    // Hand-made quotes whose text is gone from the article (see QuoteAnchor::placeIn).
    [[nodiscard]] const QList<UnplacedQuote> &unplaced() const { return m_unplaced; }

    // Mutators, for commands only. Quotes stay in text order: replaceQuote() and insertQuote()
    // move a record whose range changed to its place and return its new index.
    int replaceQuote(int index, const QuoteRecord &quote);
    int insertQuote(const QuoteRecord &quote);
    QuoteRecord takeQuote(int index);
    void replaceSpeaker(int index, const SpeakerRecord &speaker);
    void insertSpeaker(int index, const SpeakerRecord &speaker);
    SpeakerRecord takeSpeaker(int index);
    void setUnplaced(QList<UnplacedQuote> unplaced);

Q_SIGNALS:
    void quoteAboutToBeInserted(int index);
    void quoteInserted(int index);
    void quoteAboutToBeRemoved(int index);
    void quoteRemoved(int index);
    void quoteChanged(int index);
    void speakerAboutToBeInserted(int index);
    void speakerInserted(int index);
    void speakerAboutToBeRemoved(int index);
    void speakerRemoved(int index);
    void speakerChanged(int index);
    void unplacedChanged();

private:
    std::shared_ptr<const Document> m_document;
    QList<QuoteRecord> m_quotes;
    QList<SpeakerRecord> m_speakers;
    QList<UnplacedQuote> m_unplaced;
    int m_nextQuoteId = 1;
};

} // namespace whosaid::annotation
