#pragma once

#include <QString>

#include <algorithm>

namespace whosaid::formats {

// Gathers extracted text into paragraphs separated by blank lines, collapsing runs of white
// space as a browser does, and stops growing at limits::MaxTextChars.
class ParagraphBuilder final
{
public:
    void append(QStringView text);
    void appendSpace() { m_pending = std::max(m_pending, Pending::Space); }
    // A line break inside a paragraph (<br>, w:br): Document makes each line its own paragraph.
    void breakLine() { m_pending = std::max(m_pending, Pending::Line); }
    void breakParagraph() { m_pending = Pending::Paragraph; }

    // True once the text reached the limit; later appends are dropped.
    [[nodiscard]] bool full() const { return m_full; }
    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    // What separates the next character from the last one; breaks and spaces at the start or
    // the end of the text are never written.
    enum class Pending { None, Space, Line, Paragraph };

    QString m_text;
    Pending m_pending = Pending::None;
    bool m_full = false;
};

} // namespace whosaid::formats
