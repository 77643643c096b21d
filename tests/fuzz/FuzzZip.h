#pragma once

// Mutated zip archives rarely get past the CRC check, so the XML readers behind them would
// hardly be fuzzed. The container targets therefore read the input two ways, chosen by its first
// byte: as the archive itself, or as the main XML part, which this helper wraps in a valid
// uncompressed archive together with the fixed parts it needs.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>
#include <zip.h>

namespace whosaid::fuzz {

using ZipParts = QList<std::pair<const char *, QByteArray>>;

inline QByteArray storedZip(const ZipParts &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (archive == nullptr)
        __builtin_trap();
    zip_source_keep(buffer);
    for (const auto &[name, data] : parts) {
        zip_source_t *source
            = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name, source, 0);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0)
        __builtin_trap();
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    zip_source_read(buffer, bytes.data(), zip_uint64_t(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

// The input as an archive (first byte even) or as the part `name` of `parts` (odd).
inline QByteArray archiveFrom(const uint8_t *data, size_t size, const char *name,
                              ZipParts parts = {})
{
    if (size == 0)
        return {};
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0)
        return rest;
    parts.append({name, rest});
    return storedZip(parts);
}

} // namespace whosaid::fuzz
