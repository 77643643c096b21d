#include "SpeakerPicker.h"

#include "annotation/AnnotationSet.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int NewRole = Qt::UserRole + 2;
constexpr int KeyedSpeakers = 9;

} // namespace

SpeakerPicker::SpeakerPicker(QWidget *parent)
    : QFrame(parent)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"speakerPicker"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_edit->setObjectName(u"speakerPickerEdit"_s);
    m_edit->setPlaceholderText(tr("Type a speaker's name"));
    m_list->setObjectName(u"speakerPickerList"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto *hint = new QLabel(tr("Enter chooses, Escape closes"), this);
    hint->setEnabled(false);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &SpeakerPicker::filter);
    connect(m_list, &QListWidget::itemClicked, this, &SpeakerPicker::choose);
    setFixedWidth(340);
    hide();
}

void SpeakerPicker::open(const annotation::AnnotationSet &set, const QStringList &order,
                         const QString &current, QPoint at)
{
    m_entries.clear();
    for (const QString &id : order) {
        const int index = set.indexOfSpeaker(id);
        if (index < 0)
            continue;
        const annotation::SpeakerRecord &speaker = set.speaker(index);
        const qsizetype key = m_entries.size() + 1;
        QString label = key <= KeyedSpeakers ? u"%1  "_s.arg(key) : u"    "_s;
        label += speaker.name;
        if (!speaker.role.isEmpty())
            label += u" ("_s + speaker.role + u')';
        m_entries.append({id, label, QStringList(speaker.aliases) << speaker.name});
    }
    m_entries.append({QString(), tr("    Unknown speaker"), {tr("unknown")}});
    m_edit->clear();
    filter(QString());
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == current && !current.isEmpty())
            m_list->setCurrentRow(row);
    }
    const QRect area = parentWidget()->rect();
    move(std::clamp(at.x(), 0, std::max(0, area.width() - width())),
         std::clamp(at.y(), 0, std::max(0, area.height() - height())));
    show();
    raise();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void SpeakerPicker::filter(const QString &text)
{
    m_list->clear();
    const QString wanted = text.simplified();
    bool exact = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        const bool matches = wanted.isEmpty()
            || std::any_of(entry.names.cbegin(), entry.names.cend(), [&](const QString &name) {
                                 return name.contains(wanted, Qt::CaseInsensitive);
                             });
        if (!matches)
            continue;
        exact = exact || entry.names.contains(wanted, Qt::CaseInsensitive);
        auto *item = new QListWidgetItem(entry.label, m_list);
        item->setData(IdRole, entry.id);
    }
    if (!wanted.isEmpty() && !exact) {
        auto *item = new QListWidgetItem(tr("New speaker \u201c%1\u201d").arg(wanted), m_list);
        item->setData(NewRole, wanted);
        item->setIcon(QIcon::fromTheme(u"list-add"_s));
    }
    m_list->setCurrentRow(0);
    // As tall as its rows, up to ten: no empty box over the article.
    const int rows = std::clamp(m_list->count(), 1, 10);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth());
    adjustSize();
}

void SpeakerPicker::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    hide();
    parentWidget()->setFocus();
    const QString name = item->data(NewRole).toString();
    if (!name.isEmpty())
        Q_EMIT newSpeakerRequested(name);
    else
        Q_EMIT picked(item->data(IdRole).toString());
}

bool SpeakerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut && isVisible()) {
        hide();
        return false;
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const int rows = m_list->count();
    switch (key->key()) {
    case Qt::Key_Down:
        m_list->setCurrentRow(rows > 0 ? (m_list->currentRow() + 1) % rows : -1);
        return true;
    case Qt::Key_Up:
        m_list->setCurrentRow(rows > 0 ? (m_list->currentRow() + rows - 1) % rows : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose();
        return true;
    case Qt::Key_Escape:
        hide();
        parentWidget()->setFocus();
        return true;
    default:
        return false;
    }
}

} // namespace whosaid::gui
