#include "HtmlText.h"

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

namespace {

enum class Context { Content, Attribute };

QString marker(char32_t c)
{
    return u"[U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u']';
}

void append(QString &out, QStringView text, Context context)
{
    out.reserve(out.size() + text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        bool pair = false;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            pair = true;
        }
        switch (code) {
        case u'&':
            out += u"&amp;"_s;
            continue;
        case u'<':
            out += u"&lt;"_s;
            continue;
        case u'>':
            out += u"&gt;"_s;
            continue;
        case u'"':
            out += context == Context::Attribute ? u"&quot;"_s : u"\""_s;
            continue;
        case u'\'':
            out += context == Context::Attribute ? u"&#39;"_s : u"'"_s;
            continue;
        default:
            break;
        }
        if (HtmlText::isHidden(code)) {
            const QString shown = marker(code);
            if (context == Context::Content)
                out += u"<span class=\"ctl\">"_s + shown + u"</span>"_s;
            else
                out += shown;
        } else if (pair) {
            out += c;
            out += text.at(i + 1);
        } else {
            out += c;
        }
        if (pair)
            ++i;
    }
}

} // namespace

bool HtmlText::isHidden(char32_t c)
{
    if (c == u'\t' || c == u'\n')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) // C0 (NUL included), DEL, C1
        return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) // bidi controls
        return true;
    if (c >= 0xd800 && c <= 0xdfff) // a surrogate not in a pair
        return true;
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe; // noncharacters
}

void HtmlText::appendText(QString &out, QStringView text)
{
    append(out, text, Context::Content);
}

QString HtmlText::text(QStringView text)
{
    QString out;
    append(out, text, Context::Content);
    return out;
}

QString HtmlText::attribute(QStringView text)
{
    QString out;
    append(out, text, Context::Attribute);
    return out;
}

QString HtmlText::token(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'-')
            out += c;
        else
            out += u"_%1"_s.arg(uint(u), 2, 16, QChar(u'0'));
    }
    return out;
}

} // namespace whosaid::exporting
