#pragma once

#include <QSortFilterProxyModel>

namespace whosaid::gui {

// The quote table as the Quotes dock shows it: sortable, narrowed to one speaker (selected in the
// Speakers dock) and to quotes containing a text.
class QuoteFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteFilterModel)

public:
    static constexpr int AnySpeaker = -2; // -1 is "unknown speaker"

    explicit QuoteFilterModel(QObject *parent = nullptr);

    void setSpeakerFilter(int speaker);
    [[nodiscard]] int speakerFilter() const { return m_speaker; }
    void setTextFilter(const QString &text);
    [[nodiscard]] const QString &textFilter() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    int m_speaker = AnySpeaker;
    QString m_text;
};

} // namespace whosaid::gui
