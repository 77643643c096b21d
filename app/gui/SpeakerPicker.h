#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace whosaid::annotation {
class AnnotationSet;
}

namespace whosaid::gui {

// The type-ahead speaker chooser that S opens over the article: a line edit above the roster
// (most frequent speakers first, with their number keys), narrowed as one types by name or
// alias. Enter takes the highlighted speaker; a name that no speaker answers to offers a new
// speaker of that name; Escape closes it. A child of the view rather than a popup window, so it
// needs no window manager and tests can type into it.
class SpeakerPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerPicker)

public:
    explicit SpeakerPicker(QWidget *parent);

    // Shows the roster in `order` (speaker ids) under the point `at` (parent coordinates) and
    // takes the focus; `current` is highlighted.
    void open(const annotation::AnnotationSet &set, const QStringList &order,
              const QString &current, QPoint at);
    [[nodiscard]] QLineEdit *edit() const { return m_edit; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void picked(const QString &speakerId); // empty: the unknown speaker
    void newSpeakerRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void choose();

    QLineEdit *m_edit;
    QListWidget *m_list;
    struct Entry
    {
        QString id;
        QString label;
        QStringList names; // name and aliases, for the filter
    };
    QList<Entry> m_entries;
};

} // namespace whosaid::gui
