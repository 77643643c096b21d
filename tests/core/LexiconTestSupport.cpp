#include "LexiconTestSupport.h"

#include <QFile>
#include <QStringList>
#include <QStringView>
#include <QTemporaryDir>

namespace whosaid::coretest {

using namespace Qt::StringLiterals;

std::shared_ptr<const analysis::Lexicon> english()
{
    return analysis::Lexicon::forLanguage(u"en"_s);
}

qsizetype matchAt(const analysis::PhraseList &list, const QString &words, qsizetype first,
                  qsizetype limit)
{
    const QStringList split = words.split(u' ', Qt::SkipEmptyParts);
    if (limit < 0)
        limit = split.size();
    return list.matchAt(first, limit, [&split](qsizetype i) { return QStringView(split.at(i)); });
}

void writeFile(const QTemporaryDir &dir, const QString &name, const QString &contents)
{
    QFile file(dir.filePath(name));
    const QByteArray bytes = contents.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
}

void writeSmallLexicon(const QTemporaryDir &dir)
{
    writeFile(dir, u"cues.txt"_s,
              u"# verbs of shouting\n"
              "\n"
              "shout shouts shouted\n"
              "yodel yodels yodelled\n"
              "   \n"
              "  Whisper whispers whispered whispering  \n"
              "# murmur murmurs\n"_s);
    // "chief" first: the list must still prefer "chief inspector".
    writeFile(dir, u"titles.txt"_s,
              u"# titles\n"
              "chief\t-\n"
              "chief inspector\t-\n"
              "\n"
              "dame\tf\n"
              "Sir\tm\n"_s);
    writeFile(dir, u"pronouns.txt"_s,
              u"# WORD GENDER NUMBER PERSON CASE\n"
              "she\tf\ts\t3\tsubj\n"
              "them\t-\tp\t3\tobj\n"
              "we\t-\tp\t1\tsubj\n"_s);
    writeFile(dir, u"roles.txt"_s, u"steward\ts\nstewards\tp\n"_s);
    writeFile(dir, u"determiners.txt"_s, u"# determiners\nthe\n"_s);
}

} // namespace whosaid::coretest
