#include "Timing.h"

namespace whosaid::gui {

Q_LOGGING_CATEGORY(lcTiming, "whosaid.gui.timing", QtWarningMsg)

} // namespace whosaid::gui
