#pragma once

#include "annotation/Annotation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace whosaid::annotation {
class AnnotationSet;
}

namespace whosaid::gui {

class ArticleSession;
class SpeakerPalette;

// The quotes of one article's annotations, one row per quote in text order (row i is quote i of
// the AnnotationSet, scare quotes included: QuoteFilterModel hides those): text, speaker, kind,
// confidence and review state. Follows every change of the set, so an edit shows at once;
// rejected quotes stay, struck through and greyed.
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)

public:
    enum Column {
        TextColumn,
        SpeakerColumn,
        KindColumn,
        ConfidenceColumn,
        ReviewColumn,
        ColumnCount
    };
    enum Role {
        QuoteRole = Qt::UserRole + 1, // the quote's id in the AnnotationSet
        SpeakerRole,                  // speaker id, empty when unknown
        ConfidenceRole,               // double 0..1
        SortRole,                     // numbers for numeric columns, text otherwise
        KindRole,                     // analysis::QuoteKind as int
        ReviewRole,                   // annotation::ReviewState as int
    };

    QuoteTableModel(const ArticleSession *session, const SpeakerPalette *palette,
                    QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Re-reads the session's annotations (after analysis, or when they were replaced).
    void reload();
    // Colours changed: swatches repaint.
    void paletteChanged();
    // Rows are being inserted or removed by an edit: a current row that moves meanwhile is not
    // the reader's choice.
    [[nodiscard]] bool isChangingRows() const { return m_changingRows; }

    // "✓ accepted", "✎ corrected" ...: the marker and name of a review state.
    [[nodiscard]] static QString reviewText(annotation::ReviewState state);
    [[nodiscard]] static QString reviewMarker(annotation::ReviewState state);

private:
    [[nodiscard]] QVariant displayData(const annotation::QuoteRecord &quote, int column) const;
    void speakersChanged();

    const ArticleSession *m_session;
    const SpeakerPalette *m_palette;
    QPointer<annotation::AnnotationSet> m_set;
    bool m_changingRows = false;
};

} // namespace whosaid::gui
