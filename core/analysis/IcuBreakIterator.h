#pragma once

#include "document/Document.h"

#include <QString>

#include <unicode/ubrk.h>

namespace whosaid::analysis {

// ICU break iterators with the root rules, one per thread and kind: opening one compiles its
// rules, which costs more than breaking a short article.
class IcuBreakIterator final
{
public:
    [[nodiscard]] static UBreakIterator *shared(UBreakIteratorType type);
    // Points it at range of text (which must outlive its use); false on an ICU error.
    [[nodiscard]] static bool setText(UBreakIterator *it, const QString &text,
                                      document::TextRange range);
};

} // namespace whosaid::analysis
