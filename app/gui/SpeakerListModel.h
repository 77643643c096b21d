#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace whosaid::annotation {
class AnnotationSet;
}

namespace whosaid::gui {

class ArticleSession;
class SpeakerPalette;

// The roster of one article's annotations: a checkable name with a colour swatch (unchecked
// hides the speaker's highlights), role, number of quotes and share of the quoted words. Name and
// role are edited in place; setData() pushes the command onto the session's undo stack. The
// counts follow every change of the quotes (recounted once per turn of the event loop).
class SpeakerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerListModel)

public:
    enum Column { NameColumn, RoleColumn, QuotesColumn, ShareColumn, ColumnCount };
    enum Role {
        SpeakerRole = Qt::UserRole + 1, // speaker id
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

    // Re-reads the session's annotations (after analysis, or when they were replaced).
    void reload();
    void paletteChanged();

    [[nodiscard]] int quoteCount(int speaker) const { return m_quotes.value(speaker); }
    [[nodiscard]] double share(int speaker) const { return m_shares.value(speaker); }

Q_SIGNALS:
    // Quote counts or shares changed (the chart redraws).
    void countsChanged();

private:
    [[nodiscard]] QVariant displayData(int speaker, int column) const;
    void scheduleRecount();
    void recount();

    ArticleSession *m_session;
    const SpeakerPalette *m_palette;
    QPointer<annotation::AnnotationSet> m_set;
    QList<int> m_quotes;
    QList<double> m_shares;
    bool m_recountPending = false;
};

} // namespace whosaid::gui
