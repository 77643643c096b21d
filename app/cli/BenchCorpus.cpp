#include "BenchCorpus.h"

#include <QRandomGenerator>

namespace whosaid::cli {

using namespace Qt::StringLiterals;

namespace {

const QStringList People = {u"Maria Lindqvist"_s, u"Tomas Okafor"_s, u"Ana Ruiz"_s,
                            u"Peter Kowalski"_s,  u"Helen Brandt"_s, u"Samuel Mensah"_s};
const QStringList Titles
    = {u"Mayor"_s, u"Senator"_s, u"Minister"_s, u"Dr"_s, u"Governor"_s, u"Judge"_s};
const QStringList Cues
    = {u"said"_s, u"told reporters"_s, u"added"_s, u"warned"_s, u"insisted"_s, u"explained"_s};
const QStringList Claims = {
    u"We will finish the bridge before the winter, whatever the weather does"_s,
    u"Nobody in this city should wait three hours for a bus"_s,
    u"The budget is tight, but the schools come first"_s,
    u"I have asked the council to publish every contract"_s,
    u"There is no deal until the workers have seen it"_s,
    u"Our region cannot afford another year of delays"_s,
};
const QStringList Narrative = {
    u"The council met on Tuesday evening to discuss the new transport plan for the northern districts."_s,
    u"Residents have complained for months about delays on the river crossing and the cost of repairs."_s,
    u"Officials said the project would create several hundred jobs over the next two years."_s,
    u"The proposal, first published in March, has divided the ruling coalition."_s,
    u"Critics called the timetable a 'wish list' rather than a plan."_s,
};

QString pick(const QStringList &list, QRandomGenerator &rng)
{
    return list.at(rng.bounded(int(list.size())));
}

QString surname(const QString &person)
{
    return person.section(u' ', -1);
}

QString quoteParagraph(QRandomGenerator &rng)
{
    const QString person = pick(People, rng);
    const QString claim = pick(Claims, rng);
    switch (rng.bounded(5)) {
    case 0:
        return u"\u201c%1,\u201d %2 %3 %4."_s.arg(claim, pick(Titles, rng), surname(person),
                                                  pick(Cues, rng));
    case 1:
        return u"%1 %2: \u201c%3.\u201d"_s.arg(person, pick(Cues, rng), claim);
    case 2:
        return u"\u201c%1,\u201d she said. \u201c%2.\u201d"_s.arg(claim, pick(Claims, rng));
    case 3:
        return u"\"%1,\" said %2, a spokesperson for the council."_s.arg(claim, person);
    default:
        return u"\u201c%1.\u201d"_s.arg(claim);
    }
}

} // namespace

QString BenchCorpus::article(qsizetype bytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QString text = u"Council approves river crossing plan\n\n"_s;
    while (text.size() < bytes) {
        text += rng.bounded(2) == 0 ? pick(Narrative, rng) + u' ' + pick(Narrative, rng)
                                    : quoteParagraph(rng);
        text += u"\n\n"_s;
    }
    return text;
}

QStringList BenchCorpus::generate(qsizetype totalBytes, qsizetype articleBytes, quint32 seed)
{
    QStringList articles;
    for (qsizetype size = 0; size < totalBytes; size += articleBytes)
        articles.append(article(articleBytes, seed + quint32(articles.size())));
    return articles;
}

} // namespace whosaid::cli
