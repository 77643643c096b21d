#include "DataFile.h"

#include <QFile>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcLexicon, "whosaid.lexicon", QtInfoMsg)

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

const QString ResourceRoot = u":/whosaid"_s;

} // namespace

QString DataFile::languageFolder(const QString &code)
{
    return languagesFolder() + u'/' + code;
}

QString DataFile::languagesFolder()
{
    return ResourceRoot + u"/lang"_s;
}

QString DataFile::sharedFile(const QString &name)
{
    return ResourceRoot + u'/' + name;
}

QList<QStringList> DataFile::records(const QString &path)
{
    QList<QStringList> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCDebug(lcLexicon) << "no data file" << path;
        return records;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(u'\t');
        for (QString &field : fields)
            field = field.trimmed();
        records.append(fields);
    }
    return records;
}

} // namespace whosaid::analysis
