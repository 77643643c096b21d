#pragma once

#include <QByteArray>
#include <QString>

struct zip;

namespace whosaid::formats {

// A zip container (DOCX, ODT, EPUB) read from memory through libzip, with the limits of
// Limits.h: entries, uncompressed sizes and compression ratios, checked before and while
// inflating, because the sizes an archive declares may lie.
class ZipArchive final
{
public:
    explicit ZipArchive(QByteArray bytes);
    ~ZipArchive();
    Q_DISABLE_COPY_MOVE(ZipArchive)

    // Empty when the archive opened; "damaged zip archive: …", "too many entries: …".
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool contains(const QString &name) const;

    // The uncompressed entry, or an empty array and a message in `error`.
    [[nodiscard]] QByteArray read(const QString &name, QString &error);

private:
    [[nodiscard]] QString checkDeclaredSize(const QString &name, qint64 index) const;

    QByteArray m_bytes; // libzip reads it in place
    zip *m_zip = nullptr;
    QString m_error;
    qint64 m_inflated = 0; // bytes read from all entries so far
};

} // namespace whosaid::formats
