#pragma once

#include <QString>
#include <QStringView>

namespace whosaid::exporting {

// Article text into HTML so that it stays text whatever it holds: markup characters become
// references (so "<script>", "<!--" and "&amp;" show as written), and the characters that could
// change the page without being seen are replaced by a visible "[U+XXXX]": the bidi embeddings,
// overrides and isolates (U+202A-202E, U+2066-2069), which could reorder the text around them;
// NUL and the other control characters but tab and newline; noncharacters and lone surrogates.
class HtmlText final
{
public:
    // Appends text as element content; replaced characters are wrapped in <span class="ctl">.
    static void appendText(QString &out, QStringView text);
    [[nodiscard]] static QString text(QStringView text);
    // Text as the value of a double-quoted attribute.
    [[nodiscard]] static QString attribute(QStringView text);
    // Does the character have to be replaced? (Also what the tests check for.)
    [[nodiscard]] static bool isHidden(char32_t c);
    // A token safe in a class name or id: letters, digits, '-' and '_' kept, others as "_xx".
    [[nodiscard]] static QString token(QStringView text);
};

} // namespace whosaid::exporting
