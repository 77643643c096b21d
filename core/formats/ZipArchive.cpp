#include "ZipArchive.h"

#include "Limits.h"

#include <zip.h>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(limits::MiB), 'f', 1) + u" MB"_s;
}

QString bombMessage(const QString &name, const QString &why)
{
    return u"zip bomb refused: "_s + name + u' ' + why;
}

} // namespace

ZipArchive::ZipArchive(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source != nullptr)
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (m_zip == nullptr) {
        if (source != nullptr)
            zip_source_free(source);
        m_error = u"damaged zip archive: "_s + QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return;
    }
    zip_error_fini(&error);
    const zip_int64_t entries = zip_get_num_entries(m_zip, 0);
    if (entries > limits::MaxZipEntries) {
        m_error = u"zip archive has too many entries: "_s + QString::number(entries) + u", limit "_s
            + QString::number(limits::MaxZipEntries);
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip != nullptr)
        zip_discard(m_zip);
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip != nullptr && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

QString ZipArchive::checkDeclaredSize(const QString &name, qint64 index) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return u"damaged zip archive: "_s + QString::fromUtf8(zip_strerror(m_zip));
    if ((stat.valid & ZIP_STAT_SIZE) == 0)
        return {};
    const auto size = qint64(stat.size);
    if (size > limits::MaxEntryBytes) {
        return bombMessage(name,
                           u"inflates to "_s + megabytes(size) + u", limit "_s
                               + megabytes(limits::MaxEntryBytes));
    }
    if ((stat.valid & ZIP_STAT_COMP_SIZE) != 0 && size > limits::RatioCheckFloor
        && size > qint64(stat.comp_size) * limits::MaxCompressionRatio) {
        return bombMessage(name,
                           u"expands "_s + QString::number(size / qint64(stat.comp_size + 1))
                               + u":1, limit "_s + QString::number(limits::MaxCompressionRatio)
                               + u":1"_s);
    }
    return {};
}

QByteArray ZipArchive::read(const QString &name, QString &error)
{
    error.clear();
    if (!m_error.isEmpty()) {
        error = m_error;
        return {};
    }
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), 0);
    if (index < 0) {
        error = u"missing "_s + name;
        return {};
    }
    error = checkDeclaredSize(name, index);
    if (!error.isEmpty())
        return {};
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (file == nullptr) {
        error
            = u"damaged zip archive: "_s + name + u": "_s + QString::fromUtf8(zip_strerror(m_zip));
        return {};
    }
    // The declared sizes were checked above; the inflated bytes are counted again here.
    QByteArray data;
    constexpr qint64 Chunk = 64LL * 1024;
    for (;;) {
        const qint64 budget
            = std::min(limits::MaxEntryBytes - data.size(), limits::MaxArchiveBytes - m_inflated);
        if (budget <= 0) {
            error = bombMessage(name, u"inflates past "_s + megabytes(limits::MaxArchiveBytes));
            break;
        }
        const qsizetype old = data.size();
        data.resize(old + std::min(Chunk, budget));
        const zip_int64_t got = zip_fread(file, data.data() + old, zip_uint64_t(data.size() - old));
        if (got < 0) {
            error = u"damaged zip archive: "_s + name + u": "_s
                + QString::fromUtf8(zip_file_strerror(file));
            break;
        }
        data.resize(old + got);
        m_inflated += got;
        if (got == 0)
            break;
    }
    zip_fclose(file);
    if (!error.isEmpty())
        return {};
    return data;
}

} // namespace whosaid::formats
