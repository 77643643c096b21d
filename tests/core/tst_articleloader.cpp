#include "document/ArticleLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using whosaid::document::ArticleLoader;
using whosaid::document::LoadResult;

namespace {

constexpr qint64 MiB = 1024LL * 1024;

} // namespace

class TestArticleLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void loadsFile_data();
    void loadsFile();
    void normalisesLineEndings();
    void forcedEncoding();
    void declaredCharset_data();
    void declaredCharset();
    void fileErrors_data();
    void fileErrors();
    void missingFile();
    void directory();
    void permissionDenied();
    void tooLarge_data();
    void tooLarge();
    void loadBytes();
    void loadBytesTooLarge();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArticleLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestArticleLoader::writeFile(const QString &name, const QByteArray &bytes)
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

void TestArticleLoader::loadsFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << "The mayor said \xe2\x80\x9cThe bridge is open.\xe2\x80\x9d\n"_ba
                           << u"The mayor said “The bridge is open.”\n"_s << u"UTF-8"_s;
    QTest::newRow("windows-1252")
        << "The mayor said \x93The bridge is open to every caf\xe9 owner in town\x94.\n"_ba
        << u"The mayor said “The bridge is open to every café owner in town”.\n"_s
        << u"windows-1252"_s;
}

void TestArticleLoader::loadsFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    const QString path = writeFile(u"article.txt"_s, bytes);
    const LoadResult result = ArticleLoader().load(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.text(), text);
    QCOMPARE(result.document.encoding, encoding);
    QCOMPARE(result.document.sourcePath, path);
}

void TestArticleLoader::normalisesLineEndings()
{
    const QString path = writeFile(u"crlf.txt"_s,
                                   "The bridge opened on Monday.\r\n\r\n"
                                   "\"It is for everyone,\" the mayor said.\r\n"_ba);
    const LoadResult result = ArticleLoader().load(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.document.text().contains(u'\r'));
    QVERIFY(result.document.text().contains(u"Monday.\n"_s));
    QVERIFY(result.document.text().contains(u"\"It is for everyone,\" the mayor said."_s));
}

void TestArticleLoader::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    // Short texts that a detector alone may well read as another single-byte encoding.
    QTest::newRow("meta charset") << QByteArray(R"(<meta charset="windows-1252">)")
                                  << QByteArray("\x93"
                                                "Caf\xe9 au lait,\x94 she said.")
                                  << u"\u201cCaf\u00e9 au lait,\u201d she said."_s
                                  << u"windows-1252"_s;
    QTest::newRow("http-equiv") << QByteArray(R"(<meta http-equiv="Content-Type" )"
                                              R"(content="text/html; charset=ISO-8859-2">)")
                                << QByteArray("\xA3\xF3"
                                              "d\xBC le\xBF"
                                              "y nad rzek\xB1.")
                                << u"\u0141\u00f3d\u017a le\u017cy nad rzek\u0105."_s
                                << u"ISO-8859-2"_s;
    // A declaration no converter knows is ignored: the bytes are valid UTF-8 and read as such.
    QTest::newRow("unknown charset")
        << QByteArray(R"(<meta charset="x-made-up">)") << QByteArray("Caf\xc3\xa9 au lait.")
        << u"Caf\u00e9 au lait."_s << u"UTF-8"_s;
}

void TestArticleLoader::declaredCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    const QByteArray page = "<!DOCTYPE html><html><head>" + head
        + "<title>T</title></head><body><article><p>" + body + "</p></article></body></html>";
    const LoadResult loaded = ArticleLoader().loadBytes(page, u"page.html"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY2(loaded.document.text().contains(expected), qPrintable(loaded.document.text()));
    QCOMPARE(loaded.document.encoding.toLower(), encoding.toLower());
}

void TestArticleLoader::forcedEncoding()
{
    // Too short for the detector to be sure; the user says what it is.
    const QString path = writeFile(u"polish.txt"_s, "Most w \xa3odzi otwarty."_ba);
    ArticleLoader loader;
    loader.setForcedEncoding(u"ISO-8859-2"_s);
    const LoadResult result = loader.load(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.text(), u"Most w Łodzi otwarty."_s);
    QCOMPARE(result.document.encoding, u"ISO-8859-2"_s);
}

void TestArticleLoader::fileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << QString() << u"empty file"_s;
    QTest::newRow("whitespace only") << " \t\r\n\r\n   \n"_ba << QString() << u"empty file"_s;
    QTest::newRow("utf-8 bom and blanks") << "\xef\xbb\xbf\n\n"_ba << QString() << u"empty file"_s;
    QTest::newRow("binary") << "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"_ba << QString()
                            << u"not a text file"_s;
    QTest::newRow("unsupported encoding")
        << "The mayor spoke."_ba << u"klingon-8"_s << u"unsupported encoding: klingon-8"_s;
}

void TestArticleLoader::fileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, error);

    ArticleLoader loader;
    loader.setForcedEncoding(forced);
    const LoadResult result = loader.load(writeFile(u"article.txt"_s, bytes));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
}

void TestArticleLoader::missingFile()
{
    const LoadResult result = ArticleLoader().load(m_dir->filePath(u"nowhere.txt"_s));
    QCOMPARE(result.error, u"no such file"_s);
}

void TestArticleLoader::directory()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"articles"_s));
    const LoadResult result = ArticleLoader().load(m_dir->filePath(u"articles"_s));
    QCOMPARE(result.error, u"is a directory, not a file"_s);
}

void TestArticleLoader::permissionDenied()
{
    const QString path = writeFile(u"secret.txt"_s, "The mayor kept this to himself."_ba);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (QFileInfo(path).isReadable())
        QSKIP("running with privileges that read any file");
    const LoadResult result = ArticleLoader().load(path);
    QCOMPARE(result.error, u"permission denied"_s);
}

void TestArticleLoader::tooLarge_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("error");

    QTest::newRow("bytes") << qint64(300) << qint64(100)
                           << u"file too large: 300 bytes, limit 100 bytes"_s;
    QTest::newRow("kilobytes") << qint64(3000) << qint64(2048)
                               << u"file too large: 2.9 KB, limit 2.0 KB"_s;
    // Files are sparse: sizes are checked before anything is read.
    QTest::newRow("default limit")
        << 812 * MiB << ArticleLoader::DefaultMaxBytes << u"file too large: 812 MB, limit 256 MB"_s;
    QTest::newRow("just over") << 256 * MiB + 200LL * 1024 << ArticleLoader::DefaultMaxBytes
                               << u"file too large: 256.2 MB, limit 256.0 MB"_s;
    QTest::newRow("a byte over") << 256 * MiB + 1 << ArticleLoader::DefaultMaxBytes
                                 << u"file too large: 268435457 bytes, limit 268435456 bytes"_s;
}

void TestArticleLoader::tooLarge()
{
    QFETCH(qint64, size);
    QFETCH(qint64, limit);
    QFETCH(QString, error);

    const QString path = writeFile(u"big.txt"_s, "The mayor"_ba);
    if (!QFile::resize(path, size))
        QSKIP("cannot create a file that large here");
    ArticleLoader loader;
    loader.setMaxBytes(limit);
    QCOMPARE(loader.load(path).error, error);
}

void TestArticleLoader::loadBytes()
{
    ArticleLoader loader;
    const LoadResult result = loader.loadBytes("The mayor cut the ribbon.\r\n"_ba, u"clipboard"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.sourcePath, u"clipboard"_s);
    QCOMPARE(result.document.encoding, u"UTF-8"_s);
    QVERIFY(result.document.text().startsWith(u"The mayor cut the ribbon."_s));
    QVERIFY(!result.document.text().contains(u'\r'));
}

void TestArticleLoader::loadBytesTooLarge()
{
    ArticleLoader loader;
    loader.setMaxBytes(10);
    const LoadResult result = loader.loadBytes("The mayor cut the ribbon."_ba, u"clipboard"_s);
    QCOMPARE(result.error, u"file too large: 25 bytes, limit 10 bytes"_s);
}

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
