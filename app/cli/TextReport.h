#pragma once

#include "annotation/AnnotationSet.h"

#include <QByteArray>
#include <QCoreApplication>

namespace whosaid::cli {

// The readable report of `whosaid-cli analyze`: the speakers, then each quote, shortened, with
// its speaker, kind and confidence (or its review state once a person decided on it); then what
// was read as mentions (scare quotes, titles).
class TextReport final
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    [[nodiscard]] static QByteArray format(const annotation::AnnotationSet &annotations,
                                           const QString &source);
    // The text shortened to at most maxLength characters, cut at a word, with an ellipsis.
    [[nodiscard]] static QString shorten(QStringView text, qsizetype maxLength);
};

} // namespace whosaid::cli
