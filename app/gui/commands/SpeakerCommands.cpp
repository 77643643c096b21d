#include "SpeakerCommands.h"

#include <algorithm>

namespace whosaid::gui::commands {

ChangeSpeaker::ChangeSpeaker(AnnotationSet *set, SpeakerRecord after, const QString &text,
                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_after(std::move(after))
{ }

void ChangeSpeaker::redo()
{
    const int index = m_set->indexOfSpeaker(m_after.id);
    Q_ASSERT(index >= 0);
    m_before = m_set->speaker(index);
    m_set->replaceSpeaker(index, m_after);
}

void ChangeSpeaker::undo()
{
    const int index = m_set->indexOfSpeaker(m_before.id);
    Q_ASSERT(index >= 0);
    m_set->replaceSpeaker(index, m_before);
}

AddSpeaker::AddSpeaker(AnnotationSet *set, int index, SpeakerRecord speaker, const QString &text,
                       QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_index(index)
    , m_speaker(std::move(speaker))
{ }

void AddSpeaker::redo()
{
    m_set->insertSpeaker(std::clamp(m_index, 0, m_set->speakerCount()), m_speaker);
}

void AddSpeaker::undo()
{
    const int index = m_set->indexOfSpeaker(m_speaker.id);
    Q_ASSERT(index >= 0);
    m_speaker = m_set->takeSpeaker(index);
}

RemoveSpeaker::RemoveSpeaker(AnnotationSet *set, QString speakerId, const QString &text,
                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_set(set)
    , m_speakerId(std::move(speakerId))
{ }

void RemoveSpeaker::redo()
{
    m_index = m_set->indexOfSpeaker(m_speakerId);
    Q_ASSERT(m_index >= 0);
    m_speaker = m_set->takeSpeaker(m_index);
}

void RemoveSpeaker::undo()
{
    m_set->insertSpeaker(m_index, m_speaker);
}

} // namespace whosaid::gui::commands
