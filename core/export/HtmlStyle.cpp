#include "HtmlStyle.h"

#include "HtmlText.h"

#include <QFile>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

namespace {

QString pageSheet()
{
    QFile file(u":/whosaid/export/annotated.css"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // embedded into the library
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

QString rule(const QString &selector, const SpeakerColours &colours, int speaker)
{
    return u"%1 { --fill: %2; --fill-low: %3; --strong: %4; --on-strong: %5; }\n"_s.arg(
        selector, colours.fill(speaker).hex(), colours.fill(speaker, true).hex(),
        colours.strong(speaker).hex(), colours.onStrong(speaker).hex());
}

QString speakerRules(const annotation::AnnotationSet &set, bool dark)
{
    const SpeakerColours colours = HtmlStyle::colours(set, dark);
    QString rules = rule(u"."_s + HtmlStyle::speakerClass({}), colours, -1);
    for (int i = 0; i < set.speakerCount(); ++i)
        rules += rule(u"."_s + HtmlStyle::speakerClass(set.speaker(i).id), colours, i);
    return rules;
}

} // namespace

QString HtmlStyle::speakerClass(const QString &speakerId)
{
    return speakerId.isEmpty() ? u"unattributed"_s : u"sp-"_s + HtmlText::token(speakerId);
}

SpeakerColours HtmlStyle::colours(const annotation::AnnotationSet &set, bool dark)
{
    SpeakerColours colours;
    colours.setBase(dark ? DarkText : LightText, dark ? DarkPage : LightPage);
    QStringList names;
    names.reserve(set.speakerCount());
    for (const annotation::SpeakerRecord &speaker : set.speakers())
        names.append(speaker.name);
    colours.setSpeakers(names);
    return colours;
}

QString HtmlStyle::sheet(const annotation::AnnotationSet &set)
{
    return pageSheet() + u"\n/* Speakers */\n"_s + speakerRules(set, false)
        + u"@media screen and (prefers-color-scheme: dark) {\n"_s + speakerRules(set, true)
        + u"}\n"_s;
}

} // namespace whosaid::exporting
