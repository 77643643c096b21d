#pragma once

#include <QByteArray>
#include <QStringView>

namespace whosaid::exporting {

// Appends compact JSON (RFC 8259) to a byte buffer. The analysis output of a large batch is
// written with it directly: building QJsonObjects first cost more than the analysis itself.
// The caller keeps the structure well formed; commas between members are the writer's job.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name); // ASCII names without characters to escape
    JsonWriter &value(QStringView text);
    // A u"..." literal would otherwise pick value(bool) through the pointer-to-bool conversion.
    JsonWriter &value(const char16_t *text) { return value(QStringView(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &raw(const QByteArray &json); // an already encoded JSON value

    // text as a JSON string literal, quotes included.
    [[nodiscard]] static QByteArray quoted(QStringView text);

private:
    [[nodiscard]] char *room(qsizetype bytes);
    void endAt(const char *end);
    [[nodiscard]] char *startValue(qsizetype bytes); // room for a value and its comma

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace whosaid::exporting
