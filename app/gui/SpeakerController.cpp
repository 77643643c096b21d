#include "SpeakerController.h"

#include "ArticleSession.h"
#include "DocumentTab.h"
#include "EditActions.h"
#include "SpeakerListModel.h"
#include "SpeakersDock.h"
#include "commands/AnnotationMacros.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace whosaid::gui {

using annotation::AnnotationSet;
using commands::AnnotationMacros;

SpeakerController::SpeakerController(const EditActions &actions, SpeakersDock *dock,
                                     QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_dock(dock)
{
    connect(actions.newSpeaker, &QAction::triggered, this, &SpeakerController::newSpeaker);
    connect(actions.renameSpeaker, &QAction::triggered, this,
            [this] { editSelected(SpeakerListModel::NameColumn); });
    connect(actions.setRole, &QAction::triggered, this,
            [this] { editSelected(SpeakerListModel::RoleColumn); });
    connect(actions.mergeSpeakers, &QAction::triggered, this, &SpeakerController::mergeSelected);
    connect(actions.splitAlias, &QMenu::aboutToShow, this,
            [this] { fillAliasMenu(m_actions.splitAlias); });
    QTableView *list = m_dock->list();
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(list, &QWidget::customContextMenuRequested, this, &SpeakerController::showContextMenu);
    connect(m_dock, &SpeakersDock::selectionChanged, this, &SpeakerController::updateActions);
    updateActions();
}

void SpeakerController::setTab(DocumentTab *tab)
{
    if (m_tab)
        m_tab->session()->disconnect(this);
    m_tab = tab;
    if (m_tab)
        connect(m_tab->session(), &ArticleSession::readOnlyChanged, this,
                &SpeakerController::updateActions);
    updateActions();
}

QStringList SpeakerController::selectedSpeakers() const
{
    QStringList ids;
    if (!m_tab || !m_dock->list()->selectionModel())
        return ids;
    for (const QModelIndex &row : m_dock->list()->selectionModel()->selectedRows())
        ids.append(row.data(SpeakerListModel::SpeakerRole).toString());
    return ids;
}

void SpeakerController::updateActions()
{
    const bool editable = m_tab && m_tab->isReady() && !m_tab->session()->isReadOnly();
    const qsizetype selected = editable ? selectedSpeakers().size() : 0;
    m_actions.newSpeaker->setEnabled(editable);
    m_actions.renameSpeaker->setEnabled(selected == 1);
    m_actions.setRole->setEnabled(selected == 1);
    m_actions.mergeSpeakers->setEnabled(selected == 2);
    m_actions.splitAlias->setEnabled(selected == 1);
}

bool SpeakerController::push(std::unique_ptr<QUndoCommand> command)
{
    if (!command || !m_tab || m_tab->session()->isReadOnly())
        return false;
    m_tab->session()->undoStack()->push(command.release());
    return true;
}

void SpeakerController::newSpeaker()
{
    if (!m_tab || !m_tab->isReady())
        return;
    AnnotationSet *set = m_tab->session()->annotations();
    if (!push(AnnotationMacros::newSpeaker(set, tr("New speaker"))))
        return;
    // Its name is typed in place, in the roster.
    QTableView *list = m_dock->list();
    const QModelIndex name
        = list->model()->index(set->speakerCount() - 1, SpeakerListModel::NameColumn);
    list->setCurrentIndex(name);
    list->edit(name);
}

void SpeakerController::editSelected(int column)
{
    QTableView *list = m_dock->list();
    if (selectedSpeakers().size() != 1)
        return;
    const QModelIndex index
        = list->model()->index(list->selectionModel()->selectedRows().first().row(), column);
    list->setCurrentIndex(index);
    list->edit(index);
}

void SpeakerController::mergeSelected()
{
    const QStringList ids = selectedSpeakers();
    if (!m_tab || ids.size() != 2)
        return;
    // The speaker with more quotes keeps its name; the other's names become its aliases.
    const AnnotationSet *set = m_tab->session()->annotations();
    const bool firstKeeps = set->quoteCountOf(ids.at(0)) >= set->quoteCountOf(ids.at(1));
    const QString &target = firstKeeps ? ids.at(0) : ids.at(1);
    const QString &source = firstKeeps ? ids.at(1) : ids.at(0);
    const QString sourceName = set->speakerName(source);
    if (push(AnnotationMacros::mergeSpeakers(m_tab->session()->annotations(), target, source)))
        Q_EMIT message(tr("%1 merged into %2").arg(sourceName, set->speakerName(target)));
}

void SpeakerController::splitAlias(const QString &speakerId, const QString &alias)
{
    if (m_tab
        && push(AnnotationMacros::splitAlias(m_tab->session()->annotations(), speakerId, alias)))
        Q_EMIT message(tr("%1 is a speaker of their own now").arg(alias));
}

void SpeakerController::fillAliasMenu(QMenu *menu)
{
    menu->clear();
    const QStringList ids = selectedSpeakers();
    if (!m_tab || ids.size() != 1)
        return;
    const AnnotationSet *set = m_tab->session()->annotations();
    const int index = set->indexOfSpeaker(ids.first());
    if (index < 0 || set->speaker(index).aliases.isEmpty()) {
        menu->addAction(tr("(no aliases)"))->setEnabled(false);
        return;
    }
    for (const QString &alias : set->speaker(index).aliases) {
        connect(menu->addAction(alias), &QAction::triggered, this,
                [this, id = ids.first(), alias] { splitAlias(id, alias); });
    }
}

void SpeakerController::showContextMenu(QPoint pos)
{
    if (!m_tab || !m_tab->isReady())
        return;
    QMenu menu(m_dock);
    const QStringList ids = selectedSpeakers();
    const AnnotationSet *set = m_tab->session()->annotations();
    if (ids.size() == 2) {
        // Both directions, so the reader chooses which name stays.
        for (const bool firstKept : {true, false}) {
            const QString &target = ids.at(firstKept ? 0 : 1);
            const QString &source = ids.at(firstKept ? 1 : 0);
            QAction *merge = menu.addAction(
                tr("Merge %1 into %2").arg(set->speakerName(source), set->speakerName(target)));
            connect(merge, &QAction::triggered, this, [this, target, source] {
                push(AnnotationMacros::mergeSpeakers(m_tab->session()->annotations(), target,
                                                     source));
            });
        }
        menu.addSeparator();
    }
    menu.addAction(m_actions.renameSpeaker);
    menu.addAction(m_actions.setRole);
    QMenu *aliases = menu.addMenu(tr("Split Off &Alias"));
    aliases->setEnabled(ids.size() == 1);
    fillAliasMenu(aliases);
    menu.addSeparator();
    menu.addAction(m_actions.newSpeaker);
    menu.exec(m_dock->list()->viewport()->mapToGlobal(pos));
}

} // namespace whosaid::gui
