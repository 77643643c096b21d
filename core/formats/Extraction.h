#pragma once

#include <QString>

namespace whosaid::formats {

// What a format loader gives back: the article text, paragraphs separated by blank lines, with
// whatever metadata the file carries; or a message naming why the file cannot be read.
struct Extraction
{
    QString text;
    QString title;
    QString byline;
    QString date;
    QString error; // empty on success, e.g. "encrypted PDF: a password is needed"

    [[nodiscard]] bool ok() const { return error.isEmpty(); }

    static Extraction failure(const QString &message)
    {
        Extraction e;
        e.error = message;
        return e;
    }
};

} // namespace whosaid::formats
