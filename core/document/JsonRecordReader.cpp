#include "JsonRecordReader.h"

#include <simdjson.h>
#include <string>

namespace whosaid::document {

using namespace Qt::StringLiterals;

namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString describe(simdjson::error_code error)
{
    return u"not valid JSON: "_s + QString::fromLatin1(simdjson::error_message(error));
}

} // namespace

JsonRecord JsonRecordReader::read(const QByteArray &line)
{
    JsonRecord record;
    record.idJson = "null";
    // The DOM parser picks the fastest kernel for the processor at run time; each thread
    // reuses its parser and padded buffer.
    thread_local simdjson::dom::parser parser;
    thread_local std::string buffer;
    buffer.assign(line.constData(), std::size_t(line.size()));
    buffer.resize(buffer.size() + simdjson::SIMDJSON_PADDING, ' ');

    simdjson::dom::element root;
    if (const auto error = parser.parse(buffer.data(), std::size_t(line.size()), false).get(root)) {
        record.error = describe(error);
        return record;
    }
    simdjson::dom::object object;
    if (root.get(object) != simdjson::SUCCESS) {
        record.error = u"not a JSON object"_s;
        return record;
    }
    if (simdjson::dom::element id; object.at_key("id").get(id) == simdjson::SUCCESS) {
        const std::string minified = simdjson::minify(id);
        record.idJson = QByteArray(minified.data(), qsizetype(minified.size()));
    }
    if (std::string_view lang; object.at_key("lang").get(lang) == simdjson::SUCCESS)
        record.language = fromUtf8(lang);
    std::string_view text;
    if (object.at_key("text").get(text) != simdjson::SUCCESS) {
        record.error = u"no \"text\" string"_s;
        return record;
    }
    record.text = fromUtf8(text);
    return record;
}

} // namespace whosaid::document
