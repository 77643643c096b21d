#pragma once

#include "analysis/Analysis.h"

#include <QLocale>
#include <QString>

namespace whosaid::i18n {

// The folder of Whosaid's data files (translations/), found from the executable's folder:
// <prefix>/share/whosaid beside <prefix>/bin when installed, <build>/share/whosaid in a build
// tree, whose executables sit two levels below the build folder (app/cli, app/gui, tests/...).
// Empty when neither exists.
[[nodiscard]] QString dataDirectory();

// Installs translators for `locale` into the running application: Qt's own (qtbase, from Qt's
// translations folder) and Whosaid's (whosaid_<lang>.qm in dataDirectory()/translations).
// Returns whether a Whosaid catalogue was loaded; English, the source language, needs none.
bool installTranslations(const QLocale &locale = QLocale());

// The translated name of a quote kind, for people (analysis::kindName is the identifier).
[[nodiscard]] QString kindLabel(analysis::QuoteKind kind);

} // namespace whosaid::i18n
