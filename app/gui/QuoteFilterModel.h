#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace whosaid::gui {

// The quote table as the Quotes dock shows it: quotations of speech only (scare quotes and
// titles are marked in the text, not listed), sortable, narrowed to one speaker (selected in the
// Speakers dock) and to quotes containing a text.
class QuoteFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteFilterModel)

public:
    explicit QuoteFilterModel(QObject *parent = nullptr);

    // Only the quotes of one speaker id ("" for the unknown speaker); nullopt for everyone.
    void setSpeakerFilter(const std::optional<QString> &speakerId);
    [[nodiscard]] const std::optional<QString> &speakerFilter() const { return m_speaker; }
    void setTextFilter(const QString &text);
    [[nodiscard]] const QString &textFilter() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    std::optional<QString> m_speaker;
    QString m_text;
};

} // namespace whosaid::gui
