#pragma once

#include "AnnotationSet.h"

#include <QByteArray>
#include <QString>

namespace whosaid::annotation {

// What a sidecar file holds: the article it belongs to, the roster and every quote with its
// anchor. Offsets are in code points, as in the file: a quote's place is its anchor (its record
// has no range until AnnotationMerge places it) and its mention and cue spans are code points of
// the text the anchor was taken from.
struct SidecarContents
{
    QString articlePath; // absolute, when saved
    QString fingerprint; // of the article text the offsets refer to (SidecarFile::fingerprint)
    QString loader;      // the format loader that produced the text ("text", "html", ...)
    QString encoding;
    QList<SpeakerRecord> speakers;
    QList<UnplacedQuote> quotes;   // placed when saved
    QList<UnplacedQuote> unplaced; // hand-made quotes that were already lost when saved
};

// The annotations of one article in a file beside it (article.txt.whosaid.json), in the
// versioned JSON schema of docs/sidecar-format.md. Saving is atomic and keeps the previous file
// as a backup; reading never changes the file, and a damaged or newer file is reported, not
// overwritten.
class SidecarFile final
{
public:
    static constexpr int Version = 1;
    static constexpr QStringView Format = u"whosaid-annotations";

    struct ReadResult
    {
        enum class Status { Ok, Missing, Unreadable, Corrupt, NewerVersion };
        Status status = Status::Missing;
        QString error; // for the user; empty when Ok or Missing
        SidecarContents contents;

        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };

    [[nodiscard]] static QString pathFor(const QString &articlePath);
    [[nodiscard]] static QString backupPathFor(const QString &sidecarPath);
    // "sha256:" and the hex digest of the document text in UTF-8.
    [[nodiscard]] static QString fingerprint(const Document &document);

    [[nodiscard]] static SidecarContents contentsOf(const AnnotationSet &set);
    [[nodiscard]] static QByteArray toJson(const SidecarContents &contents);
    [[nodiscard]] static ReadResult fromJson(const QByteArray &json, const QString &name);

    // Writes atomically (QSaveFile); an existing file at path is first kept as its backup.
    // Returns an error message for the user, empty on success; on failure the old file is intact.
    [[nodiscard]] static QString save(const AnnotationSet &set, const QString &path);
    [[nodiscard]] static QString write(const SidecarContents &contents, const QString &path);
    [[nodiscard]] static ReadResult read(const QString &path);
};

} // namespace whosaid::annotation
