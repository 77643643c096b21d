#pragma once

#include <QLoggingCategory>

namespace whosaid::gui {

// Time spent in each stage of opening an article (load, analysis, text, highlights), for
// QT_LOGGING_RULES="whosaid.gui.timing.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

} // namespace whosaid::gui
