#pragma once

#include "annotation/AnnotationSet.h"

#include <QUndoCommand>

namespace whosaid::gui::commands {

using annotation::AnnotationSet;
using annotation::SpeakerRecord;

// A speaker replaced by another version of itself (same id): renamed, given a role, merged.
class ChangeSpeaker final : public QUndoCommand
{
public:
    ChangeSpeaker(AnnotationSet *set, SpeakerRecord after, const QString &text,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnnotationSet *m_set;
    SpeakerRecord m_before;
    SpeakerRecord m_after;
};

// A speaker added to the roster at an index (made by hand, or split off another).
class AddSpeaker final : public QUndoCommand
{
public:
    AddSpeaker(AnnotationSet *set, int index, SpeakerRecord speaker, const QString &text,
               QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnnotationSet *m_set;
    int m_index;
    SpeakerRecord m_speaker;
};

// A speaker taken off the roster (merged into another); undo puts it back where it was.
class RemoveSpeaker final : public QUndoCommand
{
public:
    RemoveSpeaker(AnnotationSet *set, QString speakerId, const QString &text,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AnnotationSet *m_set;
    QString m_speakerId;
    int m_index = -1;
    SpeakerRecord m_speaker;
};

} // namespace whosaid::gui::commands
