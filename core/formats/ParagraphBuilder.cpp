#include "ParagraphBuilder.h"

#include "Limits.h"

#include <array>

namespace whosaid::formats {

void ParagraphBuilder::append(QStringView text)
{
    if (m_full)
        return;
    for (const QChar c : text) {
        // A soft hyphen only marks where a word may break; control characters are noise.
        if (c == QChar::SoftHyphen || (c.category() == QChar::Other_Control && !c.isSpace()))
            continue;
        if (c.isSpace()) {
            appendSpace();
            continue;
        }
        if (!m_text.isEmpty()) {
            static constexpr std::array<QStringView, 4> separators{u"", u" ", u"\n", u"\n\n"};
            m_text.append(separators[int(m_pending)]);
        }
        m_pending = Pending::None;
        m_text.append(c);
    }
    m_full = m_text.size() > limits::MaxTextChars;
}

} // namespace whosaid::formats
