#include "ReadingPositions.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace whosaid::gui {

using namespace Qt::StringLiterals;

namespace {

const QString SettingsKey = u"readingPositions"_s;
const QString PathKey = u"path"_s;
const QString TopKey = u"top"_s;
const QString QuoteKey = u"quote"_s;

bool isOf(const QVariant &entry, const QString &absolutePath)
{
    return entry.toMap().value(PathKey).toString() == absolutePath;
}

} // namespace

std::optional<ReadingPosition> ReadingPositions::find(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const QVariant &entry : QSettings().value(SettingsKey).toList()) {
        if (!isOf(entry, absolute))
            continue;
        const QVariantMap map = entry.toMap();
        return ReadingPosition{map.value(TopKey).toLongLong(),
                               map.value(QuoteKey, -1).toLongLong()};
    }
    return std::nullopt;
}

void ReadingPositions::store(const QString &path, const ReadingPosition &position)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QVariantList entries = settings.value(SettingsKey).toList();
    entries.removeIf([&absolute](const QVariant &entry) { return isOf(entry, absolute); });
    entries.prepend(QVariantMap{{PathKey, absolute},
                                {TopKey, qlonglong(position.top)},
                                {QuoteKey, qlonglong(position.quoteStart)}});
    if (entries.size() > MaxArticles)
        entries.resize(MaxArticles);
    settings.setValue(SettingsKey, entries);
}

} // namespace whosaid::gui
