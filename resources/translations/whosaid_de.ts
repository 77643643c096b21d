<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Find the quotations in articles and who said them</source>
        <translation>Findet die Zitate in Artikeln und wer sie gesagt hat</translation>
    </message>
    <message>
        <source>Read JSON Lines ({&quot;id&quot;, &quot;text&quot;, &quot;lang&quot;}, &apos;-&apos; for standard input) and write one JSON result per line, in the same order.</source>
        <translation>JSON Lines lesen ({&quot;id&quot;, &quot;text&quot;, &quot;lang&quot;}, &apos;-&apos; für die Standardeingabe) und je Zeile ein JSON-Ergebnis schreiben, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <source>Output format for article files: text or json.</source>
        <translation>Ausgabeformat für Artikeldateien: text oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language of the articles (default: en, or each record&apos;s &quot;lang&quot;).</source>
        <translation>Sprache der Artikel (Vorgabe: en oder das &quot;lang&quot; jedes Datensatzes).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Encoding of the article files (default: detect).</source>
        <translation>Zeichenkodierung der Artikeldateien (Vorgabe: erkennen).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Threads to use (default: all cores).</source>
        <translation>Zahl der Threads (Vorgabe: alle Kerne).</translation>
    </message>
    <message>
        <source>Largest article to read, in MB (default 256).</source>
        <translation>Größter Artikel, der gelesen wird, in MB (Vorgabe 256).</translation>
    </message>
    <message>
        <source>Analyse every supported file in the given folders and their sub-folders.</source>
        <translation>Jede unterstützte Datei in den angegebenen Ordnern und ihren Unterordnern analysieren.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Article files, or JSON Lines files with --jsonl.</source>
        <translation>Artikeldateien, mit --jsonl JSON-Lines-Dateien.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>no input files (see --help)</source>
        <translation>keine Eingabedateien (siehe --help)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes Format »%1« (text oder json)</translation>
    </message>
    <message>
        <source>--jobs needs a positive number</source>
        <translation>--jobs braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of MB</source>
        <translation>--max-size braucht eine positive Zahl von MB</translation>
    </message>
    <message>
        <source>no supported files found</source>
        <translation>keine unterstützten Dateien gefunden</translation>
    </message>
    <message>
        <source>skipped %1: not a supported file type</source>
        <translation>%1 übersprungen: kein unterstützter Dateityp</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: a line without a &quot;text&quot; string</source>
        <translation>%1: eine Zeile ohne &quot;text&quot;-Zeichenkette</translation>
    </message>
    <message>
        <source>Measure throughput (MB/s) of the analysis and the whole pipeline</source>
        <translation>Misst den Durchsatz (MB/s) der Analyse und der ganzen Verarbeitungskette</translation>
    </message>
    <message>
        <source>Use the texts of a JSON Lines file as the corpus.</source>
        <translation>Die Texte einer JSON-Lines-Datei als Korpus verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size of the generated corpus in MB (default 20).</source>
        <translation>Größe des erzeugten Korpus in MB (Vorgabe 20).</translation>
    </message>
    <message>
        <source>Repeat the corpus N times (default 1).</source>
        <translation>Das Korpus N-mal wiederholen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>--size needs a positive number of MB</source>
        <translation>--size braucht eine positive Zahl von MB</translation>
    </message>
    <message>
        <source>corpus: %1 documents, %2 MB of text</source>
        <translation>Korpus: %1 Dokumente, %2 MB Text</translation>
    </message>
    <message>
        <source>ICU segmentation alone, 1 thread</source>
        <translation>nur ICU-Segmentierung, 1 Thread</translation>
    </message>
    <message>
        <source>analysis alone, 1 thread</source>
        <translation>nur Analyse, 1 Thread</translation>
    </message>
    <message>
        <source>pass: %1</source>
        <translation>Durchlauf: %1</translation>
    </message>
    <message>
        <source>JSON Lines parse + analysis + JSON, 1 thread</source>
        <translation>JSON Lines lesen + Analyse + JSON, 1 Thread</translation>
    </message>
    <message>
        <source>JSON Lines parse + analysis + JSON, %1 threads</source>
        <translation>JSON Lines lesen + Analyse + JSON, %1 Threads</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Next Quote</source>
        <translation>&amp;Nächstes Zitat</translation>
    </message>
    <message>
        <source>&amp;Previous Quote</source>
        <translation>&amp;Vorheriges Zitat</translation>
    </message>
    <message>
        <source>Next &amp;Low-Confidence Quote</source>
        <translation>Nächstes &amp;unsicheres Zitat</translation>
    </message>
    <message>
        <source>Next &amp;Document</source>
        <translation>Nächstes &amp;Dokument</translation>
    </message>
    <message>
        <source>Pre&amp;vious Document</source>
        <translation>V&amp;orheriges Dokument</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Whosaid</source>
        <translation>Ü&amp;ber Whosaid</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Next quote (J)</source>
        <translation>Nächstes Zitat (J)</translation>
    </message>
    <message>
        <source>Previous quote (K)</source>
        <translation>Vorheriges Zitat (K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>1 quote</source>
        <translation>1 Zitat</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 Zitate</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 Sprecher</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>%1 Sprecher</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>not speech: %1</source>
        <translation>keine Rede: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: whosaid-cli COMMAND [OPTIONS] FILE...</source>
        <translation>Aufruf: whosaid-cli BEFEHL [OPTIONEN] DATEI...</translation>
    </message>
    <message>
        <source>Who said what: finds the quotations in news articles and the people who said them.</source>
        <translation>Wer hat was gesagt: findet die Zitate in Nachrichtenartikeln und die Personen, die sie gesagt haben.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;whosaid-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>»whosaid-cli BEFEHL --help« zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 some input failed (the others are still processed), 2 usage error.</source>
        <translation>Rückgabewerte: 0 in Ordnung, 1 eine Eingabe ist fehlgeschlagen (die übrigen werden trotzdem verarbeitet), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl »%1«</translation>
    </message>
    <message>
        <source>Who said what: a reader for news quotations.</source>
        <translation>Wer hat was gesagt: ein Lesewerkzeug für Zitate in Nachrichten.</translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation>Zu öffnende Artikel.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit.</source>
        <translation>Ein Bildschirmfoto des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>Use a dark Fusion palette.</source>
        <translation>Eine dunkle Fusion-Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>Run the GUI benchmark and quit.</source>
        <translation>Den Leistungstest der Oberfläche ausführen und beenden.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::ArticleView</name>
    <message>
        <source>Unknown speaker</source>
        <translation>Unbekannter Sprecher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Kind: %2&lt;br&gt;Cue: %3&lt;br&gt;Confidence: %4 %&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Art: %2&lt;br&gt;Redeeinleitung: %3&lt;br&gt;Sicherheit: %4 %&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::DocumentTab</name>
    <message>
        <source>Reading and analysing %1…</source>
        <translation>%1 wird gelesen und analysiert…</translation>
    </message>
    <message>
        <source>Finding quotations…</source>
        <translation>Zitate werden gesucht…</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Wrapped</source>
        <translation>Am anderen Ende fortgesetzt</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::MainWindow</name>
    <message>
        <source>Whosaid</source>
        <translation>Whosaid</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Open an article to see who said what.&lt;/p&gt;&lt;p&gt;File › Open (%1), or drop text files here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Öffnen Sie einen Artikel, um zu sehen, wer was gesagt hat.&lt;/p&gt;&lt;p&gt;Datei › Öffnen (%1) oder Textdateien hierher ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 wird analysiert…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 — Whosaid</source>
        <translation>%1 — Whosaid</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 Zitat</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 Zitate</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 Sprecher</translation>
    </message>
    <message>
        <source>%1 speakers</source>
        <translation>%1 Sprecher</translation>
    </message>
    <message>
        <source>No further low-confidence quote</source>
        <translation>Kein weiteres unsicheres Zitat</translation>
    </message>
    <message>
        <source>Last quote reached</source>
        <translation>Letztes Zitat erreicht</translation>
    </message>
    <message>
        <source>First quote reached</source>
        <translation>Erstes Zitat erreicht</translation>
    </message>
    <message>
        <source>About Whosaid</source>
        <translation>Über Whosaid</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Whosaid %1&lt;/h3&gt;&lt;p&gt;A reader for news articles that shows who said what: every quotation highlighted in its speaker&apos;s colour, with the speech cue and the reason for each attribution.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and ICU.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Whosaid %1&lt;/h3&gt;&lt;p&gt;Ein Lesewerkzeug für Nachrichtenartikel, das zeigt, wer was gesagt hat: jedes Zitat in der Farbe seines Sprechers hervorgehoben, mit der Redeeinleitung und der Begründung jeder Zuordnung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und ICU.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::QuoteTableModel</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Filter quotes by text or speaker</source>
        <translation>Zitate nach Text oder Sprecher filtern</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::RecentFiles</name>
    <message>
        <source>No recent articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::ScreenshotRunner</name>
    <message>
        <source>timed out waiting for the analysis</source>
        <translation>Zeitüberschreitung beim Warten auf die Analyse</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::ShareOfVoiceChart</name>
    <message>
        <source>Share of voice</source>
        <translation>Redeanteil</translation>
    </message>
    <message>
        <source>Each speaker&apos;s share of the quoted words attributed to a speaker</source>
        <translation>Anteil jedes Sprechers an den zitierten Wörtern, die einem Sprecher zugeordnet sind</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>whosaid::gui::SpeakerListModel</name>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — also %2</source>
        <translation>%1 — auch %2</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::SpeakersDock</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Tick to show a speaker&apos;s highlights; select to list only their quotes</source>
        <translation>Ankreuzen, um die Hervorhebungen eines Sprechers zu zeigen; auswählen, um nur seine Zitate aufzulisten</translation>
    </message>
</context>
<context>
    <name>whosaid::i18n</name>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>Erwähnung</translation>
    </message>
</context>
</TS>
