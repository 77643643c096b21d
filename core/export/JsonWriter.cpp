#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace whosaid::exporting {

namespace {

// The most UTF-8 one UTF-16 unit can take as JSON: \uXXXX for a control character or a lone
// surrogate (a letter takes three bytes at most, a surrogate pair four for its two units).
constexpr qsizetype MaxBytesPerUnit = 6;
// Long strings (a whole article's text) are written in slices, so that the room made for the
// worst case stays small.
constexpr qsizetype SliceUnits = 4096;

char *writeBytes(char *p, std::string_view bytes)
{
    std::memcpy(p, bytes.data(), bytes.size());
    return p + bytes.size();
}

char *writeUnicodeEscape(char *p, char16_t c)
{
    static constexpr std::string_view hex = "0123456789abcdef";
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hex[(c >> 12) & 0xF];
    *p++ = hex[(c >> 8) & 0xF];
    *p++ = hex[(c >> 4) & 0xF];
    *p++ = hex[c & 0xF];
    return p;
}

// [from, to) of text as the inside of a JSON string, encoded to UTF-8, at p with room for
// MaxBytesPerUnit bytes a unit.
char *writeEscaped(char *p, const char16_t *text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = text[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *p++ = static_cast<char>(c); // nearly all of the text
                continue;
            }
            switch (c) {
            case u'"':
                p = writeBytes(p, "\\\"");
                break;
            case u'\\':
                p = writeBytes(p, "\\\\");
                break;
            case u'\n':
                p = writeBytes(p, "\\n");
                break;
            case u'\r':
                p = writeBytes(p, "\\r");
                break;
            case u'\t':
                p = writeBytes(p, "\\t");
                break;
            default: // other control characters
                p = writeUnicodeEscape(p, c);
            }
        } else if (c < 0x800) {
            *p++ = static_cast<char>(0xC0 | (c >> 6));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (!QChar::isSurrogate(c)) {
            *p++ = static_cast<char>(0xE0 | (c >> 12));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < to && QChar::isLowSurrogate(text[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, text[++i]);
            *p++ = static_cast<char>(0xF0 | (u >> 18));
            *p++ = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            *p++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (u & 0x3F));
        } else {
            // An unpaired surrogate (a low one after a high one was taken with it above).
            p = writeUnicodeEscape(p, c);
        }
    }
    return p;
}

// The end of the slice of text starting at from, which does not split a surrogate pair.
qsizetype sliceEnd(const char16_t *text, qsizetype from, qsizetype size)
{
    qsizetype to = std::min(size, from + SliceUnits);
    if (to < size && QChar::isHighSurrogate(text[to - 1]) && QChar::isLowSurrogate(text[to]))
        ++to;
    return to;
}

} // namespace

// Each write makes room for the most it can take, writes through a pointer and cuts the
// output back to what it wrote: QByteArray::append costs more than the copy for these short
// pieces.
char *JsonWriter::room(qsizetype bytes)
{
    const qsizetype size = m_out.size();
    m_out.resize(size + bytes);
    return m_out.data() + size;
}

void JsonWriter::endAt(const char *end)
{
    m_out.resize(end - m_out.constData());
}

char *JsonWriter::startValue(qsizetype bytes)
{
    char *p = room(bytes + 1);
    if (m_needComma)
        *p++ = ',';
    m_needComma = true;
    return p;
}

JsonWriter &JsonWriter::beginObject()
{
    char *p = startValue(1);
    *p++ = '{';
    endAt(p);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    char *p = room(1);
    *p++ = '}';
    endAt(p);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    char *p = startValue(1);
    *p++ = '[';
    endAt(p);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    char *p = room(1);
    *p++ = ']';
    endAt(p);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    const std::string_view bytes(name);
    char *p = startValue(qsizetype(bytes.size()) + 3);
    *p++ = '"';
    p = writeBytes(p, bytes);
    *p++ = '"';
    *p++ = ':';
    endAt(p);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    const auto *units = text.utf16();
    const qsizetype size = text.size();
    qsizetype to = sliceEnd(units, 0, size);
    char *p = startValue(2 + to * MaxBytesPerUnit); // the quotes and the first slice
    *p++ = '"';
    p = writeEscaped(p, units, 0, to);
    while (to < size) {
        const qsizetype from = to;
        to = sliceEnd(units, from, size);
        endAt(p);
        p = room(1 + (to - from) * MaxBytesPerUnit);
        p = writeEscaped(p, units, from, to);
    }
    *p++ = '"';
    endAt(p);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    constexpr qsizetype Digits = 20; // -9223372036854775808
    char *p = startValue(Digits);
    endAt(std::to_chars(p, p + Digits, number).ptr);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    constexpr qsizetype Digits = 32; // the shortest form that reads back as the same double
    char *p = startValue(Digits);
    endAt(std::to_chars(p, p + Digits, number).ptr);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    const std::string_view literal = flag ? "true" : "false";
    endAt(writeBytes(startValue(qsizetype(literal.size())), literal));
    return *this;
}

JsonWriter &JsonWriter::null()
{
    endAt(writeBytes(startValue(4), "null"));
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    endAt(writeBytes(startValue(json.size()), std::string_view(json.constData(), json.size())));
    return *this;
}

QByteArray JsonWriter::quoted(QStringView text)
{
    QByteArray out;
    JsonWriter(out).value(text);
    return out;
}

} // namespace whosaid::exporting
