#pragma once

#include "analysis/Analysis.h"
#include "annotation/AnnotationSet.h"

#include <QByteArray>
#include <QJsonObject>

namespace whosaid::exporting {

class JsonWriter;

// The analysis as JSON, in the shape of the whosaid-cli contract: code point offsets, quotes
// with kind, speaker, confidence, mention and cue, and the speaker roster.
class JsonExporter final
{
public:
    enum class Option { None = 0, IncludeText = 1, IncludeReasons = 2 };
    Q_DECLARE_FLAGS(Options, Option)

    // Compact JSON on one line. idJson is the document id, already encoded as JSON (so an id
    // read from JSON Lines goes back out exactly as it came); see JsonWriter::quoted().
    [[nodiscard]] static QByteArray toJson(const analysis::Analysis &analysis,
                                           const QByteArray &idJson,
                                           Options options = Option::IncludeReasons);
    [[nodiscard]] static QJsonObject toJsonObject(const analysis::Analysis &analysis,
                                                  const QString &id,
                                                  Options options = Option::IncludeReasons);
    // The same shape from annotations a person may have corrected: each quote also carries its
    // review state and what was edited by hand; rejected quotes are left out.
    [[nodiscard]] static QByteArray toJson(const annotation::AnnotationSet &set,
                                           const QByteArray &idJson,
                                           Options options = Option::IncludeReasons);
    // The contract's keys of one quote and of one speaker of annotations, inside an object the
    // caller opens and closes (for exports that add keys of their own).
    static void writeQuoteKeys(JsonWriter &json, const annotation::AnnotationSet &set,
                               const annotation::QuoteRecord &quote, Options options);
    static void writeSpeakerKeys(JsonWriter &json, const annotation::AnnotationSet &set,
                                 const annotation::SpeakerRecord &speaker);
    // A span as [start, end] in code points, null when empty.
    static void writeSpan(JsonWriter &json, const document::Document &doc,
                          document::TextRange range);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(JsonExporter::Options)

} // namespace whosaid::exporting
