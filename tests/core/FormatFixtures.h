#pragma once

// What the format tests share: the fixture article (tests/data/formats/article.txt) and the
// same article written as DOCX, ODT, EPUB and PDF by the tests themselves (libzip for the
// containers, QPdfWriter for the PDF), plus zip archives built to order for damaged-input cases.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace whosaid::formattest {

[[nodiscard]] QString dataPath(const QString &name); // under tests/data/formats
[[nodiscard]] QByteArray readData(const QString &name);
// The paragraphs of article.txt; the first is the headline.
[[nodiscard]] QStringList articleParagraphs();

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; // no compression (the mimetype entry of ODF and EPUB)
};
[[nodiscard]] QByteArray makeZip(const QList<ZipEntry> &entries);

[[nodiscard]] QByteArray articleDocx();
[[nodiscard]] QByteArray articleOdt();
[[nodiscard]] QByteArray articleEpub();
// Needs a QGuiApplication (fonts): tests that call it use QTEST_MAIN with Qt Gui linked.
[[nodiscard]] QByteArray articlePdf();

// The XML parts, for tests that build a damaged variant.
[[nodiscard]] QByteArray docxDocumentXml(const QStringList &paragraphs);
[[nodiscard]] QByteArray odtContentXml(const QStringList &paragraphs);

} // namespace whosaid::formattest
