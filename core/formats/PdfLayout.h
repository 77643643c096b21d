#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace whosaid::formats {

// One line of text on a PDF page, as the words' boxes give it; coordinates in points, y down.
struct PdfLine
{
    QString text;
    QRectF box;
};
using PdfPage = QList<PdfLine>;

// Rebuilds the paragraphs of a PDF from the layout of its lines: running headers, footers and
// page numbers dropped, lines joined into paragraphs where no vertical gap, indent or short
// sentence-ending line separates them, words hyphenated at a line end joined again, and a
// paragraph carried over a page break when it has not ended.
class PdfLayout final
{
public:
    // Paragraphs separated by blank lines.
    [[nodiscard]] static QString paragraphs(QList<PdfPage> pages);

private:
    static void dropRunningLines(QList<PdfPage> &pages);
    static QStringList pageParagraphs(const PdfPage &page);
    static void joinLine(QString &paragraph, const QString &line);
};

} // namespace whosaid::formats
