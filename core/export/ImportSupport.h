#pragma once

#include "annotation/QuoteAnchor.h"

#include <QJsonObject>
#include <QList>

namespace whosaid::exporting {

// What the importers share: anchors from positions and text, and a roster built as they go.
class ImportSupport final
{
public:
    // The anchor of a quote at code points [start, end) with the words exact: its context taken
    // from text (the exported text, else the article) where the words are there.
    [[nodiscard]] static annotation::QuoteAnchor anchor(const document::Document &text,
                                                        qint64 start, qint64 end,
                                                        const QString &exact);
    // [start, end] in code points, empty for anything else.
    [[nodiscard]] static document::TextRange span(const QJsonValue &value);
    // The speaker of this id, or else named so; a new one ("u1", ...) when there is none.
    [[nodiscard]] static QString speakerId(QList<annotation::SpeakerRecord> &roster,
                                           const QString &id, const QString &name);
};

} // namespace whosaid::exporting
