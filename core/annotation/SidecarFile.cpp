#include "SidecarFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace whosaid::annotation {

using namespace Qt::StringLiterals;

namespace {

// A sidecar is small; anything far larger is not one of ours.
constexpr qint64 MaxSidecarBytes = qint64(256) * 1024 * 1024;

QJsonValue spanValue(TextRange range)
{
    if (range.isEmpty())
        return QJsonValue::Null;
    return QJsonArray{range.start, range.end};
}

TextRange spanFrom(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2)
        return {};
    return {qsizetype(pair.at(0).toInteger()), qsizetype(pair.at(1).toInteger())};
}

QJsonObject quoteObject(const UnplacedQuote &entry)
{
    const QuoteRecord &quote = entry.record;
    QJsonObject object{
        {u"start"_s, entry.anchor.start},
        {u"end"_s, entry.anchor.end},
        {u"exact"_s, entry.anchor.exact},
        {u"prefix"_s, entry.anchor.prefix},
        {u"suffix"_s, entry.anchor.suffix},
        {u"kind"_s, analysis::kindName(quote.kind)},
        {u"speaker"_s, quote.speaker.isEmpty() ? QJsonValue() : QJsonValue(quote.speaker)},
        {u"review"_s, reviewStateName(quote.review)},
        {u"edits"_s, QJsonArray::fromStringList(editNames(quote.edits))},
        {u"confidence"_s, qRound(quote.confidence * 1000) / 1000.0},
        {u"utterance"_s, quote.utterance},
        {u"linked"_s, quote.linked},
    };
    if (!quote.reason.isEmpty())
        object.insert(u"reason"_s, quote.reason);
    object.insert(u"mention"_s, spanValue(quote.mention));
    object.insert(u"cue"_s, spanValue(quote.cue));
    return object;
}

// Reads one quote; a quote the file describes badly makes the whole file corrupt, rather than
// being dropped on the way.
std::optional<UnplacedQuote> quoteFrom(const QJsonObject &object)
{
    UnplacedQuote entry;
    QuoteAnchor &anchor = entry.anchor;
    anchor.start = qsizetype(object.value(u"start"_s).toInteger(-1));
    anchor.end = qsizetype(object.value(u"end"_s).toInteger(-1));
    anchor.exact = object.value(u"exact"_s).toString();
    anchor.prefix = object.value(u"prefix"_s).toString();
    anchor.suffix = object.value(u"suffix"_s).toString();
    const std::optional<QuoteKind> kind = quoteKindFromName(object.value(u"kind"_s).toString());
    const std::optional<ReviewState> review
        = reviewStateFromName(object.value(u"review"_s).toString());
    if (anchor.start < 0 || anchor.end < anchor.start || anchor.exact.isEmpty() || !kind || !review)
        return std::nullopt;
    QuoteRecord &quote = entry.record;
    quote.kind = *kind;
    quote.review = *review;
    quote.speaker = object.value(u"speaker"_s).toString();
    quote.edits = editsFromNames(object.value(u"edits"_s).toVariant().toStringList());
    quote.confidence = object.value(u"confidence"_s).toDouble();
    quote.utterance = object.value(u"utterance"_s).toInt(-1);
    quote.linked = object.value(u"linked"_s).toBool();
    quote.reason = object.value(u"reason"_s).toString();
    quote.mention = spanFrom(object.value(u"mention"_s));
    quote.cue = spanFrom(object.value(u"cue"_s));
    return entry;
}

QJsonObject speakerObject(const SpeakerRecord &speaker)
{
    QJsonObject object{
        {u"id"_s, speaker.id},
        {u"name"_s, speaker.name},
        {u"aliases"_s, QJsonArray::fromStringList(speaker.aliases)},
        {u"type"_s, speaker.organisation ? u"organisation"_s : u"person"_s},
        {u"edited"_s, speaker.edited},
    };
    if (!speaker.role.isEmpty())
        object.insert(u"role"_s, speaker.role);
    return object;
}

std::optional<SpeakerRecord> speakerFrom(const QJsonObject &object)
{
    SpeakerRecord speaker;
    speaker.id = object.value(u"id"_s).toString();
    speaker.name = object.value(u"name"_s).toString();
    if (speaker.id.isEmpty() || speaker.name.isEmpty())
        return std::nullopt;
    for (const QJsonValue alias : object.value(u"aliases"_s).toArray())
        speaker.aliases.append(alias.toString());
    speaker.role = object.value(u"role"_s).toString();
    speaker.organisation = object.value(u"type"_s).toString() == u"organisation"_s;
    speaker.edited = object.value(u"edited"_s).toBool();
    return speaker;
}

SidecarFile::ReadResult failure(SidecarFile::ReadResult::Status status, const QString &error)
{
    SidecarFile::ReadResult result;
    result.status = status;
    result.error = error;
    return result;
}

} // namespace

QString SidecarFile::pathFor(const QString &articlePath)
{
    return articlePath + u".whosaid.json"_s;
}

QString SidecarFile::backupPathFor(const QString &sidecarPath)
{
    return sidecarPath + u".bak"_s;
}

QString SidecarFile::fingerprint(const Document &document)
{
    return u"sha256:"_s
        + QString::fromLatin1(
               QCryptographicHash::hash(document.text().toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

SidecarContents SidecarFile::contentsOf(const AnnotationSet &set)
{
    const Document &document = set.document();
    SidecarContents contents;
    contents.articlePath = document.sourcePath.isEmpty()
        ? QString()
        : QFileInfo(document.sourcePath).absoluteFilePath();
    contents.fingerprint = fingerprint(document);
    contents.loader = document.loader;
    contents.encoding = document.encoding;
    contents.speakers = set.speakers();
    contents.quotes.reserve(set.quoteCount());
    const auto inCodePoints = [&document](TextRange range) {
        return range.isEmpty()
            ? TextRange{}
            : TextRange{document.codePointOffset(range.start), document.codePointOffset(range.end)};
    };
    for (QuoteRecord quote : set.quotes()) {
        const QuoteAnchor anchor = QuoteAnchor::of(document, quote.range);
        quote.range = {};
        quote.mention = inCodePoints(quote.mention);
        quote.cue = inCodePoints(quote.cue);
        contents.quotes.append({std::move(quote), anchor});
    }
    contents.unplaced = set.unplaced();
    return contents;
}

QByteArray SidecarFile::toJson(const SidecarContents &contents)
{
    QJsonArray speakers;
    for (const SpeakerRecord &speaker : contents.speakers)
        speakers.append(speakerObject(speaker));
    QJsonArray quotes;
    for (const UnplacedQuote &quote : contents.quotes)
        quotes.append(quoteObject(quote));
    QJsonArray unplaced;
    for (const UnplacedQuote &quote : contents.unplaced)
        unplaced.append(quoteObject(quote));
    const QJsonObject root{
        {u"format"_s, Format.toString()},
        {u"version"_s, Version},
        {u"generator"_s, QString(u"Whosaid "_s + QLatin1StringView(WHOSAID_VERSION))},
        {u"article"_s,
         QJsonObject{{u"path"_s, contents.articlePath},
                     {u"fingerprint"_s, contents.fingerprint},
                     {u"loader"_s, contents.loader},
                     {u"encoding"_s, contents.encoding}}},
        {u"speakers"_s, speakers},
        {u"quotes"_s, quotes},
        {u"unplaced"_s, unplaced},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SidecarFile::ReadResult SidecarFile::fromJson(const QByteArray &json, const QString &name)
{
    using Status = ReadResult::Status;
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parsed.isNull()) {
        return failure(Status::Corrupt,
                       QObject::tr("%1 is damaged (%2 at byte %3)")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset));
    }
    const QJsonObject root = parsed.object();
    if (root.value(u"format"_s).toString() != Format) {
        return failure(Status::Corrupt,
                       QObject::tr("%1 is not a Whosaid annotation file").arg(name));
    }
    const int version = root.value(u"version"_s).toInt(0);
    if (version > Version) {
        return failure(Status::NewerVersion,
                       QObject::tr("%1 was written by a newer Whosaid (format version %2; this "
                                   "version reads up to %3)")
                           .arg(name)
                           .arg(version)
                           .arg(Version));
    }
    if (version < 1)
        return failure(Status::Corrupt, QObject::tr("%1 has no valid format version").arg(name));

    ReadResult result;
    result.status = Status::Ok;
    SidecarContents &contents = result.contents;
    const QJsonObject article = root.value(u"article"_s).toObject();
    contents.articlePath = article.value(u"path"_s).toString();
    contents.fingerprint = article.value(u"fingerprint"_s).toString();
    contents.loader = article.value(u"loader"_s).toString();
    contents.encoding = article.value(u"encoding"_s).toString();
    for (const QJsonValue value : root.value(u"speakers"_s).toArray()) {
        const std::optional<SpeakerRecord> speaker = speakerFrom(value.toObject());
        if (!speaker)
            return failure(Status::Corrupt, QObject::tr("%1 has a damaged speaker").arg(name));
        contents.speakers.append(*speaker);
    }
    for (const auto &[key, list] :
         {std::pair{u"quotes"_s, &contents.quotes}, std::pair{u"unplaced"_s, &contents.unplaced}}) {
        for (const QJsonValue value : root.value(key).toArray()) {
            const std::optional<UnplacedQuote> quote = quoteFrom(value.toObject());
            if (!quote)
                return failure(Status::Corrupt, QObject::tr("%1 has a damaged quote").arg(name));
            list->append(*quote);
        }
    }
    return result;
}

QString SidecarFile::save(const AnnotationSet &set, const QString &path)
{
    return write(contentsOf(set), path);
}

QString SidecarFile::write(const SidecarContents &contents, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
    const QByteArray json = toJson(contents);
    // Flushed here so that a full disk shows now: Qt 6.4's commit() can miss a failed flush.
    if (file.write(json) != json.size() || !file.flush()) {
        QString error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return error;
    }
    // The previous version is kept before the new one replaces it; a copy, so that a failure
    // here leaves the old file where it was.
    if (QFile::exists(path)) {
        const QString backup = backupPathFor(path);
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            file.cancelWriting();
            return QObject::tr("Cannot keep a backup of %1 as %2").arg(path, backup);
        }
    }
    if (!file.commit())
        return QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

SidecarFile::ReadResult SidecarFile::read(const QString &path)
{
    using Status = ReadResult::Status;
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Status::Unreadable,
                       QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxSidecarBytes)
        return failure(Status::Corrupt, QObject::tr("%1 is too large to be a sidecar").arg(path));
    return fromJson(file.readAll(), path);
}

} // namespace whosaid::annotation
