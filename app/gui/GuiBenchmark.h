#pragma once

#include <QString>

namespace whosaid::gui {

// `whosaid --bench`: opens generated articles of 1 MB and 20 MB in a real main window and prints
// the time until the view is painted with highlights, until every highlight is applied, and the
// longest time the event loop was blocked (the lateness of a 10 ms timer). A benchmark, not a
// test: the figures depend on the machine.
class GuiBenchmark final
{
public:
    struct Result
    {
        qsizetype bytes = 0;
        qint64 analysedMs = -1;       // text shown (load + analysis on the worker + setPlainText)
        qint64 firstHighlightMs = -1; // first paint after the first batch of highlights
        qint64 allHighlightsMs = -1;
        qint64 longestBlockMs = 0;
        int quotes = 0;
    };

    // Article text of about `bytes` UTF-16 units: paragraphs of narrative and quotations.
    [[nodiscard]] static QString article(qsizetype bytes);
    [[nodiscard]] static Result measure(qsizetype bytes);
    // Runs both sizes, prints a table; returns 0 when every goal is met, 1 otherwise.
    static int run();
};

} // namespace whosaid::gui
