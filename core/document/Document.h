#pragma once

#include <QList>
#include <QString>

namespace whosaid::document {

// A half-open range of UTF-16 offsets into Document::text().
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    [[nodiscard]] qsizetype length() const { return end - start; }
    [[nodiscard]] bool isEmpty() const { return end <= start; }
    [[nodiscard]] bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    [[nodiscard]] bool contains(TextRange other) const
    {
        return other.start >= start && other.end <= end;
    }
    [[nodiscard]] bool overlaps(TextRange other) const
    {
        return other.start < end && start < other.end;
    }
    friend bool operator==(TextRange, TextRange) = default;
};

// The immutable text of one article with its paragraph structure. Offsets are UTF-16 code units
// (QString's); codePointOffset() converts them for the outside world, which counts code points.
class Document final
{
public:
    enum class LineEndings { Keep, Normalise };

    Document() = default;
    explicit Document(QString text, LineEndings endings = LineEndings::Normalise);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] QStringView view(TextRange range) const
    {
        return QStringView(m_text).mid(range.start, range.length());
    }
    [[nodiscard]] const QList<TextRange> &paragraphs() const { return m_paragraphs; }
    // Index of the paragraph holding pos (the previous one when pos falls between paragraphs).
    [[nodiscard]] qsizetype paragraphAt(qsizetype pos) const;

    [[nodiscard]] qsizetype codePointOffset(qsizetype utf16Offset) const;
    [[nodiscard]] qsizetype utf16Offset(qsizetype codePointOffset) const;
    [[nodiscard]] qsizetype codePointLength() const { return codePointOffset(m_text.size()); }

    // Provenance, set by the loader.
    QString sourcePath;
    QString encoding;
    QString loader; // the format that produced the text: "text", "html", "docx", "pdf", ...
    // Metadata the file carries, empty when it has none (plain text never has).
    QString title;
    QString byline;
    QString date; // as the file gives it, usually ISO 8601

private:
    void findParagraphs();

    QString m_text;
    QList<TextRange> m_paragraphs;
    QList<qsizetype> m_lowSurrogates; // UTF-16 offsets of the second half of each surrogate pair
};

} // namespace whosaid::document
