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
    <message>
        <source>Do not use the hand corrections saved beside an article (FILE.whosaid.json).</source>
        <translation>Die neben einem Artikel gespeicherten manuellen Korrekturen (DATEI.whosaid.json) nicht verwenden.</translation>
    </message>
    <message>
        <source>Language of the articles (default: each record&apos;s &quot;lang&quot;, else detected from the text).</source>
        <translation>Sprache der Artikel (Vorgabe: das &quot;lang&quot; jedes Datensatzes, sonst aus dem Text erkannt).</translation>
    </message>
</context>
<context>
    <name>AnnotationMacros</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Give %1 to %2</source>
        <translation>%1 an %2 geben</translation>
    </message>
    <message>
        <source>Give %1 quotes to %2</source>
        <translation>%1 Zitate an %2 geben</translation>
    </message>
    <message>
        <source>Give %1 to new speaker %2</source>
        <translation>%1 an neuen Sprecher %2 geben</translation>
    </message>
    <message>
        <source>New speaker %1</source>
        <translation>Neuer Sprecher %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Split %1 off %2</source>
        <translation>%1 von %2 abtrennen</translation>
    </message>
    <message>
        <source>Accept 1 quote at or above %1 %</source>
        <translation>1 Zitat ab %1 % annehmen</translation>
    </message>
    <message>
        <source>Accept %1 quotes at or above %2 %</source>
        <translation>%1 Zitate ab %2 % annehmen</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>%1 teilen</translation>
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
    <name>EditActions</name>
    <message>
        <source>&amp;Direct Speech</source>
        <translation>&amp;Direkte Rede</translation>
    </message>
    <message>
        <source>&amp;Mixed Speech</source>
        <translation>&amp;Gemischte Rede</translation>
    </message>
    <message>
        <source>&amp;Indirect Speech</source>
        <translation>&amp;Indirekte Rede</translation>
    </message>
    <message>
        <source>&amp;Block Quote</source>
        <translation>&amp;Blockzitat</translation>
    </message>
    <message>
        <source>&amp;Not Speech (Scare Quote or Title)</source>
        <translation>&amp;Keine Rede (distanzierende Anführung oder Titel)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen:</translation>
    </message>
    <message>
        <source>&amp;Save Annotations</source>
        <translation>&amp;Annotationen speichern</translation>
    </message>
    <message>
        <source>Save Annotations &amp;As…</source>
        <translation>Annotationen speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re-&amp;analyse</source>
        <translation>&amp;Neu analysieren</translation>
    </message>
    <message>
        <source>Choose &amp;Speaker…</source>
        <translation>&amp;Sprecher wählen…</translation>
    </message>
    <message>
        <source>Speaker of the &amp;Previous Quote</source>
        <translation>Sprecher des &amp;vorherigen Zitats</translation>
    </message>
    <message>
        <source>&amp;Accept Quote</source>
        <translation>Zitat &amp;annehmen</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Quote</source>
        <translation>Nächstes &amp;ungeprüftes Zitat</translation>
    </message>
    <message>
        <source>Accept All Above a &amp;Confidence…</source>
        <translation>Alle ab einer Si&amp;cherheit annehmen…</translation>
    </message>
    <message>
        <source>Add &amp;Quote from Selection</source>
        <translation>Zitat aus Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add Quote from the &amp;Exact Selection</source>
        <translation>Zitat aus der &amp;exakten Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reject or Delete Quote</source>
        <translation>Zitat a&amp;blehnen oder löschen</translation>
    </message>
    <message>
        <source>Start a Word &amp;Earlier</source>
        <translation>Ein Wort früher &amp;beginnen</translation>
    </message>
    <message>
        <source>Start a Word &amp;Later</source>
        <translation>Ein Wort später be&amp;ginnen</translation>
    </message>
    <message>
        <source>Start a Character Earlier</source>
        <translation>Ein Zeichen früher beginnen</translation>
    </message>
    <message>
        <source>Start a Character Later</source>
        <translation>Ein Zeichen später beginnen</translation>
    </message>
    <message>
        <source>End a Word Ea&amp;rlier</source>
        <translation>Ein Wort früher &amp;enden</translation>
    </message>
    <message>
        <source>End a Word La&amp;ter</source>
        <translation>Ein Wort später en&amp;den</translation>
    </message>
    <message>
        <source>End a Character Earlier</source>
        <translation>Ein Zeichen früher enden</translation>
    </message>
    <message>
        <source>End a Character Later</source>
        <translation>Ein Zeichen später enden</translation>
    </message>
    <message>
        <source>S&amp;plit Quote at Cursor</source>
        <translation>Zitat am Cursor &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Join to Previous Fragment</source>
        <translation>Mit v&amp;orherigem Fragment verbinden</translation>
    </message>
    <message>
        <source>&amp;New Speaker</source>
        <translation>&amp;Neuer Sprecher</translation>
    </message>
    <message>
        <source>Re&amp;name Speaker</source>
        <translation>Sprecher u&amp;mbenennen</translation>
    </message>
    <message>
        <source>Set Speaker &amp;Role</source>
        <translation>Sprecherro&amp;lle festlegen</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Speakers</source>
        <translation>Ausgewählte Sprecher &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Split Off &amp;Alias</source>
        <translation>Al&amp;ias abtrennen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>Give to Speaker %1</source>
        <translation>Sprecher %1 zuordnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <source>Give to Speaker</source>
        <translation>Sprecher zuordnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ImportAnnotations</name>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Annotationen (*.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace Saved Annotations?</source>
        <translation>Gespeicherte Annotationen ersetzen?</translation>
    </message>
    <message>
        <source>%1 already has saved annotations. Replace them with the imported ones? The old file is kept as a backup.</source>
        <translation>Für %1 sind bereits Annotationen gespeichert. Sollen sie durch die importierten ersetzt werden? Die alte Datei wird als Sicherungskopie aufbewahrt.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The article is not analysed yet.</source>
        <translation>Der Artikel ist noch nicht analysiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n quote(s) into %1.</source>
        <translation>
            <numerusform>%n Zitat in %1 importiert.</numerusform>
            <numerusform>%n Zitate in %1 importiert.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Annotationen &amp;importieren…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>&amp;Neu aus der Zwischenablage</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>Mit &amp;Kodierung neu öffnen</translation>
    </message>
</context>
<context>
    <name>QuoteMarks</name>
    <message>
        <source>Unknown speaker</source>
        <translation>Unbekannter Sprecher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Kind: %2&lt;br&gt;Cue: %3&lt;br&gt;Confidence: %4 %&lt;br&gt;Review: %5 %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Art: %2&lt;br&gt;Redeeinleitung: %3&lt;br&gt;Sicherheit: %4 %&lt;br&gt;Prüfung: %5 %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
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
    <message>
        <source>%1 reviewed by hand</source>
        <translation>%1 manuell geprüft</translation>
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
    <message>
        <source>With --screenshot: the scene, reading or editing.</source>
        <translation>Mit --screenshot: die Szene, reading oder editing.</translation>
    </message>
    <message>
        <source>SCENE</source>
        <translation>SZENE</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::AnnotationController</name>
    <message>
        <source>Give to %1</source>
        <translation>%1 zuordnen</translation>
    </message>
    <message>
        <source>Give to Speaker %1</source>
        <translation>Sprecher %1 zuordnen</translation>
    </message>
    <message>
        <source>1 other quote reached the same speaker through the same pronoun or continuation. Give it to %1 too?</source>
        <translation>Ein weiteres Zitat wurde über dasselbe Pronomen oder dieselbe Fortsetzung demselben Sprecher zugeordnet. Soll es ebenfalls %1 zugeordnet werden?</translation>
    </message>
    <message>
        <source>%1 other quotes reached the same speaker through the same pronoun or continuation. Give them to %2 too?</source>
        <translation>%1 weitere Zitate wurden über dasselbe Pronomen oder dieselbe Fortsetzung demselben Sprecher zugeordnet. Sollen sie ebenfalls %2 zugeordnet werden?</translation>
    </message>
    <message>
        <source>Give Them to %1</source>
        <translation>Ebenfalls %1 zuordnen</translation>
    </message>
    <message>
        <source>No quote before this one</source>
        <translation>Kein Zitat vor diesem</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>No unreviewed quote after this one</source>
        <translation>Kein ungeprüftes Zitat nach diesem</translation>
    </message>
    <message>
        <source>Accept All Above a Confidence</source>
        <translation>Alle ab einer Sicherheit annehmen</translation>
    </message>
    <message>
        <source>Accept every unreviewed quote with a confidence of at least (%):</source>
        <translation>Mindestsicherheit (%), ab der alle ungeprüften Zitate angenommen werden:</translation>
    </message>
    <message>
        <source>No unreviewed quote at or above %1 %</source>
        <translation>Kein ungeprüftes Zitat mit einer Sicherheit ab %1 %</translation>
    </message>
    <message>
        <source>Select the words of the quote first</source>
        <translation>Wählen Sie zuerst die Wörter des Zitats aus</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Already rejected; Enter accepts it again</source>
        <translation>Bereits abgelehnt; die Eingabetaste nimmt es wieder an</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>%1 als %2 einstufen</translation>
    </message>
    <message>
        <source>Move the boundaries of %1</source>
        <translation>Grenzen von %1 verschieben</translation>
    </message>
    <message>
        <source>Drag the boundaries of %1</source>
        <translation>Grenzen von %1 ziehen</translation>
    </message>
    <message>
        <source>Put the cursor inside the quote where it should be split</source>
        <translation>Setzen Sie den Cursor an die Stelle im Zitat, an der es geteilt werden soll</translation>
    </message>
    <message>
        <source>Join %1 to the quote before</source>
        <translation>%1 mit dem vorherigen Zitat verbinden</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::AnnotationFiles</name>
    <message>
        <source>Analysing %1 again…</source>
        <translation>%1 wird erneut analysiert…</translation>
    </message>
    <message>
        <source>Could not analyse %1 again: %2</source>
        <translation>%1 konnte nicht erneut analysiert werden: %2</translation>
    </message>
    <message>
        <source>%1 analysed again; every hand edit kept</source>
        <translation>%1 erneut analysiert; alle manuellen Änderungen wurden beibehalten</translation>
    </message>
    <message>
        <source>%1 The annotations are read-only and the file is left as it is.</source>
        <translation>%1 Die Annotationen sind schreibgeschützt, die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Start Over…</source>
        <translation>Neu beginnen…</translation>
    </message>
    <message>
        <source>The annotations were not saved. %1</source>
        <translation>Die Annotationen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Annotations saved to %1</source>
        <translation>Annotationen in %1 gespeichert</translation>
    </message>
    <message>
        <source>Save Annotations As</source>
        <translation>Annotationen speichern unter</translation>
    </message>
    <message>
        <source>Whosaid annotations (*.whosaid.json)</source>
        <translation>Whosaid-Annotationen (*.whosaid.json)</translation>
    </message>
    <message>
        <source>Could not move %1 aside; the annotations stay read-only.</source>
        <translation>%1 konnte nicht beiseitegelegt werden; die Annotationen bleiben schreibgeschützt.</translation>
    </message>
    <message>
        <source>Starting over; the old annotations are kept as %1</source>
        <translation>Neubeginn; die alten Annotationen bleiben als %1 erhalten</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>Nicht gespeicherte Annotationen</translation>
    </message>
    <message>
        <source>The annotations of %1 have changes that are not saved. Save them?</source>
        <translation>Die Annotationen von %1 enthalten nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>%1 changed on disk; reading it again</source>
        <translation>%1 wurde auf dem Datenträger geändert und wird neu eingelesen</translation>
    </message>
    <message>
        <source>Quotes Not Found</source>
        <translation>Zitate nicht gefunden</translation>
    </message>
    <message>
        <source>%1 quotes of the annotations of %2 were not found in the article any more. They are kept in the annotations file and are not lost.</source>
        <translation>%1 Zitate aus den Annotationen von %2 wurden im Artikel nicht mehr gefunden. Sie bleiben in der Annotationsdatei erhalten und gehen nicht verloren.</translation>
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
    <name>whosaid::gui::ExportDialog</name>
    <message>
        <source>Add a byte-order mark for spreadsheet programs</source>
        <translation>Byte-Order-Mark (BOM) für Tabellenkalkulationen hinzufügen</translation>
    </message>
    <message>
        <source>Open the result in the browser</source>
        <translation>Ergebnis im Browser öffnen</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie aus, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The export would replace the article; choose another name.</source>
        <translation>Der Export würde den Artikel überschreiben; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
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
    <name>whosaid::gui::HistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
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
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
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
    <message>
        <source>%1[*] — Whosaid</source>
        <translation>%1[*] — Whosaid</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::OfferBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::OpenActions</name>
    <message>
        <source>Text files</source>
        <translation>Textdateien</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Webseiten</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word-Dokumente</translation>
    </message>
    <message>
        <source>OpenDocument texts</source>
        <translation>OpenDocument-Texte</translation>
    </message>
    <message>
        <source>EPUB books</source>
        <translation>EPUB-Bücher</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>All supported articles (%1)</source>
        <translation>Alle unterstützten Artikel (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open</source>
        <translation>Die Zwischenablage enthält keinen Text zum Öffnen</translation>
    </message>
    <message>
        <source>Pasted text %1</source>
        <translation>Eingefügter Text %1</translation>
    </message>
    <message>
        <source>Reading %1 again as %2…</source>
        <translation>%1 wird erneut als %2 gelesen…</translation>
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
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
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
    <name>whosaid::gui::RecoveryManager</name>
    <message>
        <source>Could not write the recovery file: %1</source>
        <translation>Die Wiederherstellungsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Annotations</source>
        <translation>Nicht gespeicherte Annotationen wiederherstellen</translation>
    </message>
    <message>
        <source>Whosaid was closed without saving the annotations of:

%1

Restore them?</source>
        <translation>Whosaid wurde beendet, ohne die Annotationen folgender Artikel zu speichern:

%1

Sollen sie wiederhergestellt werden?</translation>
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
    <name>whosaid::gui::SpeakerController</name>
    <message>
        <source>New speaker</source>
        <translation>Neuer Sprecher</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>%1 is a speaker of their own now</source>
        <translation>%1 ist jetzt ein eigener Sprecher</translation>
    </message>
    <message>
        <source>(no aliases)</source>
        <translation>(keine Aliasse)</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Split Off &amp;Alias</source>
        <translation>Al&amp;ias abtrennen</translation>
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
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the role of %1</source>
        <translation>Rolle von %1 festlegen</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::SpeakerPicker</name>
    <message>
        <source>Type a speaker&apos;s name</source>
        <translation>Namen eines Sprechers eingeben</translation>
    </message>
    <message>
        <source>Enter chooses, Escape closes</source>
        <translation>Eingabe wählt aus, Esc schließt</translation>
    </message>
    <message>
        <source>    Unknown speaker</source>
        <translation>    Unbekannter Sprecher</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>New speaker “%1”</source>
        <translation>Neuer Sprecher „%1“</translation>
    </message>
</context>
<context>
    <name>whosaid::gui::SpeakersDock</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Tick to show a speaker&apos;s highlights; select to list only their quotes; double-click a name or role to edit it</source>
        <translation>Ankreuzen, um die Hervorhebungen eines Sprechers zu zeigen; auswählen, um nur seine Zitate aufzulisten; Name oder Rolle zum Bearbeiten doppelklicken</translation>
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
