#pragma once

#include "Document.h"

#include <QString>

namespace whosaid::document {

// What a loader returns: a document, or a message a user can act on ("not a text file").
struct LoadResult
{
    Document document;
    QString error; // empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

} // namespace whosaid::document
