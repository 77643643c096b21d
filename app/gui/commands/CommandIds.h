#pragma once

namespace whosaid::gui::commands {

// QUndoCommand::id() of the commands that merge with the next one of the same kind (mergeWith):
// -1, the default, never merges.
enum CommandId : int {
    NudgeQuoteBoundsId = 1, // consecutive boundary nudges of one quote
};

} // namespace whosaid::gui::commands
