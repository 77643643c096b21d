#pragma once

#include <QAbstractTableModel>

namespace whosaid::gui {

class ArticleSession;
class SpeakerPalette;

// The quotations of speech of one article, one row each in text order (ArticleSession's
// speechQuotes()): text, speaker, kind and confidence.
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)

public:
    enum Column { TextColumn, SpeakerColumn, KindColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        QuoteRole = Qt::UserRole + 1, // index into Analysis::quotes
        SpeakerRole,                  // speaker index, -1 when unknown
        ConfidenceRole,               // double 0..1
        SortRole,                     // numbers for numeric columns, text otherwise
    };

    QuoteTableModel(const ArticleSession *session, const SpeakerPalette *palette,
                    QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Re-reads the session (after analysis).
    void reload();
    // Colours changed: swatches repaint.
    void paletteChanged();

private:
    [[nodiscard]] QVariant displayData(int quote, int column) const;

    const ArticleSession *m_session;
    const SpeakerPalette *m_palette;
    int m_rows = 0;
};

} // namespace whosaid::gui
