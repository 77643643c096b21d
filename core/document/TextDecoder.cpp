#include "TextDecoder.h"

#include <QByteArrayView>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>

namespace whosaid::document {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcDecoder, "whosaid.document.decoder", QtInfoMsg)

// Binary files show themselves early; sniffing more only costs time.
constexpr qsizetype SniffBytes = 8LL * 1024;
// The detector scans everything it is given; a large sample is as good as the whole file.
constexpr qsizetype DetectBytes = 1024LL * 1024;
// ICU's answers below this are noise (it rates random bytes ~10); the most common charset wins.
constexpr int32_t MinConfidence = 10;

struct Bom
{
    QByteArrayView bytes;
    const char *converter; // ICU's name
    QLatin1StringView name;
    bool wide; // UTF-16/32: NULs are normal
};

// UTF-32LE first: its BOM starts with the UTF-16LE one.
constexpr std::array Boms{
    Bom{QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE", "UTF-32LE"_L1, true},
    Bom{QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE", "UTF-32BE"_L1, true},
    Bom{QByteArrayView("\xFF\xFE", 2), "UTF-16LE", "UTF-16LE"_L1, true},
    Bom{QByteArrayView("\xFE\xFF", 2), "UTF-16BE", "UTF-16BE"_L1, true},
    Bom{QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8", "UTF-8 (BOM)"_L1, false},
};

std::optional<Bom> findBom(QByteArrayView bytes)
{
    for (const Bom &bom : Boms) {
        if (bytes.startsWith(bom.bytes))
            return bom;
    }
    return std::nullopt;
}

// C0 controls that do not occur in text; \t \n \r \f do.
bool isStrayControl(char32_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
}

char32_t codeUnit(char byte)
{
    return static_cast<unsigned char>(byte);
}

char32_t codeUnit(QChar unit)
{
    return unit.unicode();
}

// Any NUL, or more than one stray control in ten units.
template<typename Units>
bool looksLikeControlNoise(Units units)
{
    qsizetype controls = 0;
    for (const auto unit : units) {
        const char32_t c = codeUnit(unit);
        if (c == 0)
            return true;
        if (isStrayControl(c))
            ++controls;
    }
    return controls * 10 > units.size();
}

std::optional<QString> decodeStrictUtf8(QByteArrayView bytes)
{
    // Any BOM is already cut off, so a U+FEFF that follows is content.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::ConvertInitialBom
                               | QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Maps bytes the converter cannot place to U+0000..U+00FF, as Latin-1 would, so no byte of a
// misdetected or damaged file vanishes into a substitution character.
void keepBytes(const void * /*context*/, UConverterToUnicodeArgs *args, const char *codeUnits,
               int32_t length, UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
        return; // reset, close, clone: nothing to map
    *status = U_ZERO_ERROR;
    std::array<UChar, 32> chars{};
    for (int32_t done = 0; done < length && U_SUCCESS(*status);) {
        const int32_t chunk = std::min<int32_t>(length - done, int32_t(chars.size()));
        for (int32_t i = 0; i < chunk; ++i)
            chars[size_t(i)] = UChar(static_cast<unsigned char>(codeUnits[done + i]));
        ucnv_cbToUWriteUChars(args, chars.data(), chunk, 0, status);
        done += chunk;
    }
}

enum class Invalid {
    Keep, // byte charsets keep every byte, UTF-16/32 get U+FFFD
    Fail,
};

icu::LocalUConverterPointer openConverter(const char *name, Invalid invalid = Invalid::Keep)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUConverterPointer converter(ucnv_open(name, &status));
    if (U_FAILURE(status))
        return icu::LocalUConverterPointer();
    if (invalid == Invalid::Fail) {
        ucnv_setToUCallBack(converter.getAlias(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                            nullptr, &status);
    } else if (ucnv_getMinCharSize(converter.getAlias()) == 1) {
        ucnv_setToUCallBack(converter.getAlias(), keepBytes, nullptr, nullptr, nullptr, &status);
    }
    if (U_FAILURE(status))
        return icu::LocalUConverterPointer();
    return converter;
}

enum class Tail {
    Complete,
    MayBeCut, // a sample: a character split at its end is not an error
};

// ICU rather than QStringDecoder for everything but UTF-8: Qt 6.4 passes lone UTF-16 surrogates
// and out-of-range UTF-32 values through without an error.
std::optional<QString> convert(UConverter *converter, QByteArrayView bytes,
                               Tail tail = Tail::Complete)
{
    if (bytes.size() > std::numeric_limits<int32_t>::max())
        return std::nullopt;
    const auto sourceLength = int32_t(bytes.size());
    // One UTF-16 unit per byte: exact for single-byte charsets, room to spare for multi-byte ones.
    QString text(bytes.size(), Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length
            = ucnv_toUChars(converter, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                            bytes.data(), sourceLength, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            text.resize(length);
            continue;
        }
        const bool cutShort = status == U_TRUNCATED_CHAR_FOUND && tail == Tail::MayBeCut;
        if (U_FAILURE(status) && !cutShort)
            return std::nullopt;
        text.resize(length);
        return text;
    }
    return std::nullopt;
}

// A readable name for what the user typed ("latin1" -> "ISO-8859-1", "cp1252" -> "windows-1252");
// ucnv_getName() alone gives ICU's internal table names such as "ibm-5348_P100-1997".
QString readableName(UConverter *converter, const QString &fallback)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter, &status);
    if (U_FAILURE(status))
        return fallback;
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(internal);
}

bool hasC1Bytes(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char b) {
        const auto u = static_cast<unsigned char>(b);
        return u >= 0x80 && u <= 0x9F;
    });
}

// The legacy charset ICU's detector names, steered away from answers that cannot be right:
// the bytes were already found not to be valid UTF-8, and guesses with no confidence.
QByteArray detectLegacyCharset(QByteArrayView bytes)
{
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), DetectBytes));
    QByteArray name;
    int32_t confidence = 0;
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
    ucsdet_setText(detector.getAlias(), sample.data(), int32_t(sample.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector.getAlias(), &status);
    if (U_SUCCESS(status) && match) {
        name = ucsdet_getName(match, &status);
        confidence = ucsdet_getConfidence(match, &status);
    }
    qCDebug(lcDecoder) << "detector says" << name << "with confidence" << confidence;

    if (U_FAILURE(status) || name.isEmpty() || confidence < MinConfidence)
        return QByteArrayLiteral("windows-1252");
    if (name.startsWith("UTF-"))
        return hasC1Bytes(bytes) ? QByteArrayLiteral("windows-1252")
                                 : QByteArrayLiteral("ISO-8859-1");
    return name;
}

TextDecoder::Result failure(const QString &error)
{
    return {{}, {}, error};
}

TextDecoder::Result decodeForced(const QByteArray &bytes, const QString &encoding)
{
    auto converter = openConverter(encoding.toUtf8().constData());
    if (converter.isNull())
        return failure(u"unsupported encoding: "_s + encoding);
    // NULs are expected in UTF-16/32, whose code units are wider than a byte.
    if (ucnv_getMinCharSize(converter.getAlias()) == 1 && TextDecoder::looksBinary(bytes))
        return failure(u"not a text file"_s);
    auto text = convert(converter.getAlias(), bytes);
    if (!text)
        return failure(u"cannot decode the text as "_s + encoding);
    // ICU keeps a BOM the chosen converter does not consume itself (UTF-8 does not).
    if (text->startsWith(QChar::ByteOrderMark))
        text->remove(0, 1);
    return {*text, readableName(converter.getAlias(), encoding), {}};
}

TextDecoder::Result decodeLegacy(QByteArrayView bytes)
{
    const QByteArray detected = detectLegacyCharset(bytes);
    QByteArray charset = detected;
    auto converter = openConverter(charset.constData());
    if (converter.isNull()) {
        // The detector knows a few names ICU cannot convert from (e.g. "IBM424_rtl").
        charset = hasC1Bytes(bytes) ? QByteArrayLiteral("windows-1252")
                                    : QByteArrayLiteral("ISO-8859-1");
        converter = openConverter(charset.constData());
    }
    if (converter.isNull())
        return failure(u"cannot decode the text as "_s + QString::fromLatin1(detected));
    const auto text = convert(converter.getAlias(), bytes);
    if (!text)
        return failure(u"cannot decode the text as "_s + QString::fromLatin1(charset));
    return {*text, QString::fromLatin1(charset), {}};
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QString &forcedEncoding)
{
    if (bytes.isEmpty())
        return failure(u"empty file"_s);
    if (!forcedEncoding.isEmpty())
        return decodeForced(bytes, forcedEncoding);
    if (looksBinary(bytes))
        return failure(u"not a text file"_s);

    QByteArrayView body(bytes);
    if (const auto bom = findBom(body)) {
        body = body.sliced(bom->bytes.size());
        if (bom->wide) {
            auto converter = openConverter(bom->converter);
            const auto text
                = converter.isNull() ? std::nullopt : convert(converter.getAlias(), body);
            if (!text)
                return failure(u"cannot decode the text as "_s + bom->name);
            return {*text, bom->name, {}};
        }
        if (auto text = decodeStrictUtf8(body))
            return {*text, bom->name, {}};
        // A UTF-8 BOM in front of legacy bytes: files get concatenated. Trust the bytes.
    }
    if (auto text = decodeStrictUtf8(body))
        return {*text, u"UTF-8"_s, {}};
    return decodeLegacy(body);
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const QByteArrayView sample = QByteArrayView(bytes).first(std::min(bytes.size(), SniffBytes));
    if (const auto bom = findBom(sample); bom && bom->wide) {
        // Binary data behind a chance BOM shows up as invalid UTF-16/32 or NULs.
        auto converter = openConverter(bom->converter, Invalid::Fail);
        const auto text = converter.isNull()
            ? std::nullopt
            : convert(converter.getAlias(), sample.sliced(bom->bytes.size()), Tail::MayBeCut);
        return !text || looksLikeControlNoise(QStringView(*text));
    }
    return looksLikeControlNoise(sample);
}

} // namespace whosaid::document
