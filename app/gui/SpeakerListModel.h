#pragma once

#include <QAbstractTableModel>

namespace whosaid::gui {

class ArticleSession;
class SpeakerPalette;

// The speakers of one article: a checkable name with a colour swatch (unchecked hides the
// speaker's highlights), role, number of quotes and share of the quoted words.
class SpeakerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerListModel)

public:
    enum Column { NameColumn, RoleColumn, QuotesColumn, ShareColumn, ColumnCount };
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // speaker index
        ShareRole,                      // double 0..1
        SortRole,
    };

    SpeakerListModel(ArticleSession *session, const SpeakerPalette *palette,
                     QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void reload();
    void paletteChanged();

    [[nodiscard]] int quoteCount(int speaker) const { return m_quotes.value(speaker); }
    [[nodiscard]] double share(int speaker) const { return m_shares.value(speaker); }

private:
    [[nodiscard]] QVariant displayData(int speaker, int column) const;

    ArticleSession *m_session;
    const SpeakerPalette *m_palette;
    QList<int> m_quotes;
    QList<double> m_shares;
};

} // namespace whosaid::gui
