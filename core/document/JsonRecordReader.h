#pragma once

#include <QByteArray>
#include <QString>

namespace whosaid::document {

// One document of a JSON Lines batch: {"id": ..., "text": "...", "lang": "en"?}.
struct JsonRecord
{
    QByteArray idJson; // the id exactly as written (string, number...), "null" when absent
    QString text;
    QString language; // empty when the record has none
    QString error;    // "not valid JSON", "no \"text\" string", ...; empty on success

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Reads JSON Lines records with simdjson: the batch interface must keep up with the analysis,
// which Qt's JSON parser (text → CBOR → QString) could not.
class JsonRecordReader final
{
public:
    [[nodiscard]] static JsonRecord read(const QByteArray &line);
};

} // namespace whosaid::document
