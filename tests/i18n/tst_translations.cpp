// The German catalogue: every string of the sources has a finished translation, it is found
// next to the executables and loaded for a German locale, with Qt's own strings, and the real
// whosaid-cli speaks German when the locale asks for it.

#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The sources of `ts` whose translation is unfinished, empty or gone from the sources.
QStringList untranslated(const QString &ts)
{
    QFile file(ts);
    if (!file.open(QIODevice::ReadOnly))
        return {u"cannot read "_s + ts};
    QStringList found;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            // Plural forms are child elements (<numerusform>): their text counts too.
            if (!type.isEmpty()
                || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                found.append(u"%1: \"%2\" (%3)"_s.arg(context, source, type));
        }
    }
    if (xml.hasError())
        found.append(ts + u": "_s + xml.errorString());
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated();
    void germanCatalogueLoads();
    void cliSpeaksGerman();
    void cliStaysEnglishInTheCLocale();
};

// lupdate over the sources into a copy of the catalogue: a string added to the code without a
// German translation shows up as unfinished.
void TestTranslations::everyStringIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"whosaid_de.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(WHOSAID_GERMAN_TS), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(WHOSAID_LUPDATE),
                  {u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                   u"@"_s + QStringLiteral(WHOSAID_TRANSLATED_SOURCES), u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const QStringList missing = untranslated(copy);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"without a German translation (run the update_translations target and "
                        "translate them in resources/translations/whosaid_de.ts):\n"_s
                        + missing.join(u'\n')));
}

void TestTranslations::germanCatalogueLoads()
{
    QVERIFY2(!whosaid::i18n::dataDirectory().isEmpty(), "no share/whosaid near the test");
    QVERIFY(whosaid::i18n::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("main", "Commands:"), u"Befehle:"_s);
    QCOMPARE(QCoreApplication::translate("MainActions", "&File"), u"&Datei"_s);
    QCOMPARE(whosaid::i18n::kindLabel(whosaid::analysis::QuoteKind::Indirect), u"indirekt"_s);
    // Qt's own catalogue (qtbase), for QCommandLineParser's options.
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"), u"Optionen:"_s);
}

namespace {

QByteArray runCliHelp(const QString &lang)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LANG"_s, lang);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(WHOSAID_CLI), {u"analyze"_s, u"--help"_s});
    if (!cli.waitForFinished(60'000) || cli.exitCode() != 0)
        return "failed: " + cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

} // namespace

void TestTranslations::cliSpeaksGerman()
{
    const QString help = QString::fromUtf8(runCliHelp(u"de_DE.UTF-8"_s));
    QVERIFY2(help.contains(u"Findet die Zitate in Artikeln"_s), qPrintable(help));
    QVERIFY2(help.contains(u"Optionen:"_s), qPrintable(help)); // from qtbase_de
}

void TestTranslations::cliStaysEnglishInTheCLocale()
{
    const QString help = QString::fromUtf8(runCliHelp(u"C.UTF-8"_s));
    QVERIFY2(help.contains(u"Find the quotations in articles"_s), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
