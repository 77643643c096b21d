#include "JsonWriter.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace whosaid::exporting {

namespace {

// UTF-8 straight into the output: text that needs no escaping (nearly all of it) is never
// copied into a temporary QByteArray. The caller passes only whole surrogate pairs.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    auto *p = reinterpret_cast<unsigned char *>(out.data() + start);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text[i].unicode();
        if (c < 0x80) {
            *p++ = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            *p++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *p++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()) {
            const char32_t u = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
            *p++ = static_cast<unsigned char>(0xF0 | (u >> 18));
            *p++ = static_cast<unsigned char>(0x80 | ((u >> 12) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        } else {
            *p++ = static_cast<unsigned char>(0xE0 | (c >> 12));
            *p++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
    }
    out.resize(reinterpret_cast<char *>(p) - out.data());
}

} // namespace

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    appendEscaped(text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    std::array<char, 24> digits{};
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), number);
    m_out.append(digits.data(), result.ptr - digits.data());
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out.append("null");
        return *this;
    }
    std::array<char, 32> digits{}; // the shortest form that reads back as the same double
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), number);
    m_out.append(digits.data(), result.ptr - digits.data());
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

QByteArray JsonWriter::quoted(QStringView text)
{
    QByteArray out;
    JsonWriter(out).value(text);
    return out;
}

void JsonWriter::appendEscaped(QStringView text)
{
    static constexpr std::string_view hex = "0123456789abcdef";
    m_out.append('"');
    qsizetype plainStart = 0;
    const auto flushPlain = [&](qsizetype end) {
        if (end > plainStart)
            appendUtf8(m_out, text.mid(plainStart, end - plainStart));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool lone = QChar::isSurrogate(c)
            && !(QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            && !(QChar::isLowSurrogate(c) && i > 0 && text[i - 1].isHighSurrogate());
        if (c >= 0x20 && c != u'"' && c != u'\\' && !lone)
            continue;
        flushPlain(i);
        plainStart = i + 1;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        default: // other control characters and unpaired surrogates
            m_out.append("\\u")
                .append(hex[(c >> 12) & 0xF])
                .append(hex[(c >> 8) & 0xF])
                .append(hex[(c >> 4) & 0xF])
                .append(hex[c & 0xF]);
        }
    }
    flushPlain(text.size());
    m_out.append('"');
}

} // namespace whosaid::exporting
