#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace whosaid::gui {

// A bar above the article that offers one follow-up action without interrupting (no modal box):
// "3 more quotes came through the same "he" — give them to X too? [Give them] [×]". It stays
// until the reader takes the offer, dismisses it, or a new offer replaces it.
class OfferBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferBar)

public:
    explicit OfferBar(QWidget *parent = nullptr);

    void offer(const QString &text, const QString &button, std::function<void()> action);
    void dismiss();
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *button() const { return m_button; }

private:
    QLabel *m_text;
    QPushButton *m_button;
    std::function<void()> m_action;
};

} // namespace whosaid::gui
