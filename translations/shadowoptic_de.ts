<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliIo</name>
    <message>
        <location filename="../core/cli/cliio.cpp" line="69" />
        <source>%1 (default: %2)</source>
        <translation>%1 (Standard: %2)</translation>
    </message>
    <message>
        <location filename="../core/cli/cliio.cpp" line="101" />
        <source>Project database (.sqlite).</source>
        <translation>Projektdatenbank (.sqlite).</translation>
    </message>
    <message>
        <location filename="../core/cli/cliio.cpp" line="102" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/cliio.cpp" line="108" />
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/commandline.cpp" line="42" />
        <source>Import Portkey exports into a project</source>
        <translation>Portkey-Exporte in ein Projekt importieren</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="43" />
        <source>Pull new logs from Portkey's Log Export API into a project</source>
        <translation>Neue Logs über die Log-Export-API von Portkey in ein Projekt abrufen</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="45" />
        <source>Per-model totals of the imported logs</source>
        <translation>Summen je Modell für die importierten Protokolle</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="46" />
        <source>The logged bill against the catalog, and re-priced</source>
        <translation>Die protokollierte Rechnung gegen den Katalog, auch neu bepreist</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="48" />
        <source>Write a synthetic Portkey export</source>
        <translation>Einen synthetischen Portkey-Export schreiben</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="50" />
        <source>Show or import the model price catalog</source>
        <translation>Den Modell-Preiskatalog anzeigen oder importieren</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="51" />
        <source>Replay logged prompts against candidate models</source>
        <translation>Protokollierte Prompts mit Kandidatenmodellen wiedergeben</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="53" />
        <source>List, rename, compare or delete the project's replay runs</source>
        <translation>Die Wiedergabeläufe des Projekts auflisten, umbenennen, vergleichen oder löschen</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="68" />
        <source>Export results, replays, recommendations, clusters or audit log</source>
        <translation>Ergebnisse, Wiedergaben, Empfehlungen, Cluster oder Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="129" />
        <source>
Desktop options:
  --project FILE   open this project
  --import FILE    import this log file on start
  --demo           a sample project on the built-in simulated gateway
  --screenshot PNG save a screenshot after start-up and quit
  --dock NAME      with --screenshot: raise this dock and shoot it alone
                   (ReplayDock, TradeoffDock, RecommendationDock, CostsDock)
  --version        print the version

Exit codes: 0 success, 1 error, 2 usage error, 3 finished with failures, 4 report out of date (report --check), 130 cancelled.
Results go to standard output, progress and diagnostics to standard error.
Run 'shadow-optic COMMAND --help' for a command's options.</source>
        <translation>
Desktop-Optionen:
  --project DATEI  dieses Projekt öffnen
  --import DATEI   diese Protokolldatei beim Start importieren
  --demo           ein Beispielprojekt auf dem eingebauten simulierten Gateway
  --screenshot PNG nach dem Start einen Screenshot speichern und beenden
  --dock NAME      mit --screenshot: dieses Dock nach vorn holen und allein aufnehmen
                   (ReplayDock, TradeoffDock, RecommendationDock, CostsDock)
  --version        die Version ausgeben

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 mit Fehlschlägen beendet, 4 Bericht veraltet (report --check), 130 abgebrochen.
Ergebnisse gehen auf die Standardausgabe, Fortschritt und Diagnosen auf die Standardfehlerausgabe.
'shadow-optic BEFEHL --help' zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="55" />
        <source>Run the built-in simulated gateway</source>
        <translation>Das eingebaute simulierte Gateway ausführen</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="56" />
        <source>Judge a replay run and print per-model aggregates</source>
        <translation>Einen Wiedergabelauf bewerten und Summen je Modell ausgeben</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="58" />
        <source>Recommend a cheaper model, verified on the logs</source>
        <translation>Ein günstigeres Modell empfehlen, an den Protokollen geprüft</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="60" />
        <source>refusal rates, clusters and deltas; refusals classify: a CSV</source>
        <translation>Ablehnungsraten, Cluster und Deltas; refusals classify: eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="63" />
        <source>staged rollout: create, check, promote, roll back, kill, configs, simulate</source>
        <translation>gestaffelter Rollout: anlegen, prüfen, hochstufen, zurücksetzen, abschalten, Konfigurationen, simulieren</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="66" />
        <source>Predict replay costs, choose a sample for a budget, what-if</source>
        <translation>Replay-Kosten vorhersagen, Stichprobe für ein Budget wählen, Was-wäre-wenn</translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="121" />
        <source>Usage: shadow-optic [COMMAND] [OPTIONS]
Without a command the desktop application starts.

Commands:
</source>
        <translation>Aufruf: shadow-optic [BEFEHL] [OPTIONEN]
Ohne Befehl startet die Desktop-Anwendung.

Befehle:
</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commandline.cpp" line="156" />
        <source>Warning: %n project connection(s) still open at exit.</source>
        <translation>
            <numerusform>Warnung: %n Projektverbindung beim Beenden noch offen.</numerusform>
            <numerusform>Warnung: %n Projektverbindungen beim Beenden noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="171" />
        <source>Unknown command '%1'.</source>
        <translation>Unbekannter Befehl '%1'.</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="75" />
        <source>Write the PDF decision report, or check one against the project</source>
        <translation>Den PDF-Entscheidungsbericht schreiben oder einen gegen das Projekt prüfen</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../ui/demoproject.cpp" line="45" />
        <source>Generating 2,000 sample Portkey log rows in %1</source>
        <translation>2.000 Beispielzeilen mit Portkey-Protokollen werden in %1 erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/demoproject.cpp" line="98" />
        <source>The built-in simulator answers each model in its logged mean response time, %1× faster: %2 took %3 s in the logs and answers in about %4 s here.</source>
        <translation>Der eingebaute Simulator antwortet jedem Modell in seiner protokollierten mittleren Antwortzeit, %1× schneller: %2 brauchte in den Protokollen %3 s und antwortet hier in etwa %4 s.</translation>
    </message>
</context>
<context>
    <name>JudgeSummary</name>
    <message>
        <location filename="../core/eval/judgesummary.cpp" line="46" />
        <source>Judge %1 (rubric %2): %3 answers, %4 already scored, %5 valid, %6 valid after repair, %7 judge failed, %8 without answer; $%9 spent.</source>
        <translation>Bewertung durch %1 (Rubrik %2): %3 Antworten, %4 bereits bewertet, %5 gültig, %6 nach Reparatur gültig, %7 Bewertung fehlgeschlagen, %8 ohne Antwort; $%9 ausgegeben.</translation>
    </message>
</context>
<context>
    <name>ModelAggregate</name>
    <message>
        <location filename="../core/eval/modelaggregate.cpp" line="23" />
        <source>%1 (as logged)</source>
        <translation>%1 (wie protokolliert)</translation>
    </message>
</context>
<context>
    <name>RefusalCsvReader</name>
    <message>
        <location filename="../core/refusal/refusalcsvreader.cpp" line="52" />
        <source>Unterminated quoted field starting in the record at line %1.</source>
        <translation>Nicht abgeschlossenes Feld in Anführungszeichen, beginnend im Datensatz in Zeile %1.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::AggregatesModel</name>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="161" />
        <source>The current model, replayed on the same prompts: the paired baseline of every comparison.</source>
        <translation>Das aktuelle Modell, mit denselben Prompts wiedergegeben: die gepaarte Basislinie jedes Vergleichs.</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="163" />
        <source>The answers as logged in production, judged by the same judge: a reference only, never the baseline of a comparison.</source>
        <translation>Die Antworten wie in der Produktion protokolliert, vom selben Bewerter bewertet: nur eine Referenz, nie die Basislinie eines Vergleichs.</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="167" />
        <source>Paired on %1 prompts vs %2: %3 points, 95% CI [%4, %5]; McNemar p (refusal) %6, p (success) %7</source>
        <translation>Gepaart auf %1 Prompts gegenüber %2: %3 Punkte, 95%-KI [%4, %5]; McNemar p (Ablehnung) %6, p (Erfolg) %7</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="182" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="206" />
        <location filename="../ui/models/aggregatesmodel.cpp" line="208" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="214" />
        <location filename="../ui/models/aggregatesmodel.cpp" line="216" />
        <location filename="../ui/models/aggregatesmodel.cpp" line="218" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="222" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="235" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="237" />
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="239" />
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="241" />
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="243" />
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="245" />
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="247" />
        <source>Judge failed</source>
        <translation>Bewertung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="249" />
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="251" />
        <source>95% CI</source>
        <translation>95%-KI</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="253" />
        <source>Δ quality</source>
        <translation>Δ Qualität</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="255" />
        <source>Cost/request</source>
        <translation>Kosten/Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="257" />
        <source>Cost/1K</source>
        <translation>Kosten/1K</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="259" />
        <source>Saving</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="261" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="263" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="265" />
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="267" />
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/models/aggregatesmodel.cpp" line="269" />
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::BudgetSampler</name>
    <message>
        <location filename="../core/forecast/budgetsampler.cpp" line="30" />
        <source>short (&lt; 500 tokens)</source>
        <translation>kurz (&lt; 500 Tokens)</translation>
    </message>
    <message>
        <location filename="../core/forecast/budgetsampler.cpp" line="32" />
        <source>medium (500–2,000)</source>
        <translation>mittel (500–2.000)</translation>
    </message>
    <message>
        <location filename="../core/forecast/budgetsampler.cpp" line="33" />
        <source>long (≥ 2,000)</source>
        <translation>lang (≥ 2.000)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/forecast/budgetsampler.cpp" line="145" />
        <source>Stopped at the cap of %n prompt(s).</source>
        <translation>
            <numerusform>Beim Höchstwert von %n Prompt angehalten.</numerusform>
            <numerusform>Beim Höchstwert von %n Prompts angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/forecast/budgetsampler.cpp" line="147" />
        <source>Stopped at the budget: %1 of %2 left, and the cheapest prompt not chosen costs %3.</source>
        <translation>Am Budget angehalten: %1 von %2 übrig, und der günstigste nicht gewählte Prompt kostet %3.</translation>
    </message>
    <message>
        <location filename="../core/forecast/budgetsampler.cpp" line="152" />
        <source>Every replayable prompt fits the budget.</source>
        <translation>Jeder wiederholbare Prompt passt ins Budget.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::BusinessImpact</name>
    <message>
        <location filename="../core/recommend/businessimpact.cpp" line="28" />
        <source>measured from %1 logged requests over %2 h, scaled to 30 days</source>
        <translation>gemessen aus %1 protokollierten Anfragen über %2 h, hochgerechnet auf 30 Tage</translation>
    </message>
    <message>
        <location filename="../core/recommend/businessimpact.cpp" line="31" />
        <source>from the profile</source>
        <translation>aus dem Profil</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CandidateDiscovery</name>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="43" />
        <source>The current model '%1' is not in the price catalog.</source>
        <translation>Das aktuelle Modell '%1' ist nicht im Preiskatalog.</translation>
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="64" />
        <source>Retired in the catalog</source>
        <translation>Im Katalog ausgemustert</translation>
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="66" />
        <source>Provider %1 is blocked</source>
        <translation>Anbieter %1 ist gesperrt</translation>
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="69" />
        <source>Lacks the required capability %1</source>
        <translation>Die erforderliche Fähigkeit %1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="71" />
        <source>Context window %1 is smaller than the longest logged prompt (%2 tokens)</source>
        <translation>Das Kontextfenster %1 ist kleiner als der längste protokollierte Prompt (%2 Token)</translation>
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="75" />
        <source>Costs $%1 per request, above the $%2 limit</source>
        <translation>Kostet $%1 pro Anfrage, über der Grenze von $%2</translation>
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="79" />
        <source>Not served by the verification target</source>
        <translation>Nicht vom Prüfziel angeboten</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CatalogCommand</name>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="107" />
        <source>PROVIDER/MODEL</source>
        <translation>ANBIETER/MODELL</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="107" />
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="107" />
        <source>RANK</source>
        <translation>RANG</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="108" />
        <source>IN $/1M</source>
        <translation>EIN $/1M</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="108" />
        <source>OUT $/1M</source>
        <translation>AUS $/1M</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="108" />
        <source>CACHE R</source>
        <translation>CACHE L</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="109" />
        <source>CACHE W</source>
        <translation>CACHE S</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="109" />
        <source>BATCH IN</source>
        <translation>BATCH EIN</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="109" />
        <source>BATCH OUT</source>
        <translation>BATCH AUS</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="148" />
        <source>$%1 per 1M tokens</source>
        <translation>$%1 pro 1 Mio. Token</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="152" />
        <source>  priced as     %1</source>
        <translation>  bepreist als    %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="153" />
        <source>  input         %1</source>
        <translation>  Eingabe         %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="154" />
        <source>  output        %1</source>
        <translation>  Ausgabe         %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="155" />
        <source>  cache read    %1</source>
        <translation>  Cache-Lesen     %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="156" />
        <location filename="../core/cli/catalogcommand.cpp" line="158" />
        <source>not given (input price)</source>
        <translation>nicht angegeben (Eingabepreis)</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="157" />
        <source>  cache write   %1</source>
        <translation>  Cache-Schreiben %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="159" />
        <source>  batch input   %1</source>
        <translation>  Batch-Eingabe   %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="160" />
        <location filename="../core/cli/catalogcommand.cpp" line="162" />
        <source>not given (pay-as-you-go price)</source>
        <translation>nicht angegeben (Pay-as-you-go-Preis)</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="161" />
        <source>  batch output  %1</source>
        <translation>  Batch-Ausgabe   %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="175" />
        <source>Import a Portkey pricing or LiteLLM price file.</source>
        <translation>Eine Portkey-Preisdatei oder LiteLLM-Preisdatei importieren.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="175" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="176" />
        <source>List every priced model, not only the candidates.</source>
        <translation>Jedes Modell mit Preis auflisten, nicht nur die Kandidaten.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="179" />
        <source>List the models whose provider/model contains this text (case-insensitive).</source>
        <translation>Die Modelle auflisten, deren Anbieter/Modell diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="179" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="182" />
        <source>Price a logged model as a catalog entry: PROVIDER/MODEL=TO_PROVIDER/TO_MODEL; without PROVIDER/ (or with */) it applies under any provider. Repeatable.</source>
        <translation>Ein protokolliertes Modell wie einen Katalogeintrag bepreisen: ANBIETER/MODELL=ZIEL_ANBIETER/ZIEL_MODELL; ohne ANBIETER/ (oder mit */) gilt es für jeden Anbieter. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="184" />
        <source>from=to</source>
        <translation>von=nach</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="186" />
        <source>Remove the mapping of a logged PROVIDER/MODEL. Repeatable.</source>
        <translation>Die Zuordnung eines protokollierten ANBIETER/MODELL entfernen. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="187" />
        <location filename="../core/cli/catalogcommand.cpp" line="191" />
        <source>provider/model</source>
        <translation>Anbieter/Modell</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="190" />
        <source>Explain how a logged PROVIDER/MODEL (or MODEL) is priced, with the prices used.</source>
        <translation>Erklären, wie ein protokolliertes ANBIETER/MODELL (oder MODELL) bepreist wird, mit den verwendeten Preisen.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="193" />
        <source>Show the project's model and price catalog (the candidates unless --all or --search), import prices, map logged models to catalog entries, or explain how a logged model is priced. Prices are USD per 1M tokens; --json prints the whole catalog in USD per 1K tokens.</source>
        <translation>Den Modell- und Preiskatalog des Projekts anzeigen (die Kandidaten, außer mit --all oder --search), Preise importieren, protokollierte Modelle Katalogeinträgen zuordnen oder erklären, wie ein protokolliertes Modell bepreist wird. Preise in USD pro 1 Mio. Token; --json gibt den ganzen Katalog in USD pro 1.000 Token aus.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="200" />
        <source>usage: shadow-optic catalog --project P.sqlite [--all | --search TEXT] [--import FILE] [--map FROM=PROVIDER/MODEL] [--unmap FROM] [--resolve PROVIDER/MODEL] [--json]</source>
        <translation>Aufruf: shadow-optic catalog --project P.sqlite [--all | --search TEXT] [--import DATEI] [--map VON=ANBIETER/MODELL] [--unmap VON] [--resolve ANBIETER/MODELL] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="210" />
        <source>--map '%1': expected PROVIDER/MODEL=TO_PROVIDER/TO_MODEL or MODEL=TO_PROVIDER/TO_MODEL, e.g. --map my-deployment=openai/gpt-4o.</source>
        <translation>--map '%1': erwartet ANBIETER/MODELL=ZIEL_ANBIETER/ZIEL_MODELL oder MODELL=ZIEL_ANBIETER/ZIEL_MODELL, z. B. --map my-deployment=openai/gpt-4o.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="221" />
        <source>--unmap '%1': expected PROVIDER/MODEL or MODEL.</source>
        <translation>--unmap '%1': erwartet ANBIETER/MODELL oder MODELL.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="229" />
        <source>--resolve '%1': expected PROVIDER/MODEL or MODEL.</source>
        <translation>--resolve '%1': erwartet ANBIETER/MODELL oder MODELL.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="233" />
        <source>--resolve names one logged model; '*/' means any provider only for --map and --unmap.</source>
        <translation>--resolve nennt ein protokolliertes Modell; '*/' steht nur bei --map und --unmap für jeden Anbieter.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="254" />
        <source>Imported prices for %1 models.</source>
        <translation>Preise für %1 Modelle importiert.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="260" />
        <source>'%1/%2' is not in the catalog; nothing was changed.</source>
        <translation>'%1/%2' ist nicht im Katalog; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="263" />
        <source>Catalog entries like it: %1</source>
        <translation>Ähnliche Katalogeinträge: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="266" />
        <source>'%1' is priced as %2/%3.</source>
        <translation>'%1' wird als %2/%3 bepreist.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="273" />
        <source>There is no mapping of '%1'; nothing was changed. Mappings: %2.</source>
        <translation>Es gibt keine Zuordnung von '%1'; nichts wurde geändert. Zuordnungen: %2.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="275" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="278" />
        <source>The mapping of '%1' was removed.</source>
        <translation>Die Zuordnung von '%1' wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="286" />
        <source>Catalog version %1 saved.</source>
        <translation>Katalogversion %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="326" />
        <source>No catalog entry matches '%1'.</source>
        <translation>Kein Katalogeintrag passt zu '%1'.</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="331" />
        <source>Mappings:</source>
        <translation>Zuordnungen:</translation>
    </message>
    <message>
        <location filename="../core/cli/catalogcommand.cpp" line="334" />
        <source>%1 (any provider)</source>
        <translation>%1 (jeder Anbieter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/catalogcommand.cpp" line="339" />
        <source>%n more model(s) priced; --all to list them, --search TEXT to find one.</source>
        <translation>
            <numerusform>%n weiteres Modell mit Preis; --all listet es auf, --search TEXT findet eines.</numerusform>
            <numerusform>%n weitere Modelle mit Preis; --all listet sie auf, --search TEXT findet eines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CatalogConflicts</name>
    <message>
        <location filename="../core/catalog/catalogconflicts.cpp" line="91" />
        <source>Catalog: no conflicts with the logs.
</source>
        <translation>Katalog: keine Konflikte mit den Protokollen.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/catalog/catalogconflicts.cpp" line="94" />
        <source>%n log(s) of '%1': %2</source>
        <translation>
            <numerusform>%n Log von '%1': %2</numerusform>
            <numerusform>%n Logs von '%1': %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconflicts.cpp" line="95" />
        <source>no price — map it to a catalog model.</source>
        <translation>kein Preis – ordnen Sie es einem Katalogmodell zu.</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalogconflicts.cpp" line="98" />
        <source>Catalog conflict: %1 logs of '%2' report a cost more than 5% away from the catalog price (median reported/catalog = %3).
</source>
        <translation>Katalogkonflikt: %1 Protokolle von '%2' melden Kosten, die mehr als 5 % vom Katalogpreis abweichen (Median gemeldet/Katalog = %3).
</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="83" />
        <source>Model and price catalog</source>
        <translation>Modell- und Preiskatalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="87" />
        <source>Cannot load the catalog: %1</source>
        <translation>Der Katalog kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="71" />
        <source>Candidates &amp;only</source>
        <translation>&amp;Nur Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="77" />
        <source>&amp;Map</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="79" />
        <source>&amp;Remove Mapping</source>
        <translation>Zuordnung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="94" />
        <source>&amp;Import Prices…</source>
        <translation>Preise &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="95" />
        <source>Portkey pricing JSON (USD cents per token) or LiteLLM model_prices_and_context_window.json (USD per token)</source>
        <translation>Portkey-Preis-JSON (USD-Cent pro Token) oder LiteLLM model_prices_and_context_window.json (USD pro Token)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="99" />
        <location filename="../ui/dialogs/catalogdialog.cpp" line="104" />
        <source>Import prices</source>
        <translation>Preise importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="99" />
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="111" />
        <source>Provider or model, e.g. openai/gpt-4o</source>
        <translation>Anbieter oder Modell, z. B. openai/gpt-4o</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="113" />
        <source>&amp;Find:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="132" />
        <source>Show only the models offered for replays and recommendations</source>
        <translation>Nur die Modelle zeigen, die für Wiedergaben und Empfehlungen angeboten werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="138" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="139" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="147" />
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="201" />
        <source>provider/model, e.g. openai/gpt-4o</source>
        <translation>Anbieter/Modell, z. B. openai/gpt-4o</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="205" />
        <source>Map &amp;to:</source>
        <translation>Zuordnen z&amp;u:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="208" />
        <source>Price the selected logged model as this catalog entry</source>
        <translation>Das ausgewählte protokollierte Modell wie diesen Katalogeintrag bepreisen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="224" />
        <source>Conflicts between the logs and the catalog</source>
        <translation>Konflikte zwischen Protokollen und Katalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="239" />
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="309" />
        <source>Imported prices for %Ln model(s) from '%1'.</source>
        <translation>
            <numerusform>Preise für %Ln Modell aus '%1' importiert.</numerusform>
            <numerusform>Preise für %Ln Modelle aus '%1' importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="338" />
        <source>%L1 of %Ln model(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Modell</numerusform>
            <numerusform>%L1 von %Ln Modellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="341" />
        <source>%Ln more outside the candidates</source>
        <translation>
            <numerusform>%Ln weiteres außerhalb der Kandidaten</numerusform>
            <numerusform>%Ln weitere außerhalb der Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="349" />
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln Modell</numerusform>
            <numerusform>%Ln Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="351" />
        <source>Catalog version %1 · %2</source>
        <translation>Katalogversion %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="352" />
        <source>Catalog version %1 · %2 · changed: saving stores version %3</source>
        <translation>Katalogversion %1 · %2 · geändert: Speichern legt Version %3 an</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="380" />
        <source>Cannot check conflicts: %1</source>
        <translation>Konflikte können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="385" />
        <source>No price — map it to a catalog model.</source>
        <translation>Kein Preis – ordnen Sie es einem Katalogmodell zu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="386" />
        <source>%Ln log(s) of '%1': %2</source>
        <translation>
            <numerusform>%Ln Protokoll von '%1': %2</numerusform>
            <numerusform>%Ln Protokolle von '%1': %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="390" />
        <source>Logged provider: %1</source>
        <translation>Protokollierter Anbieter: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="390" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="394" />
        <source>%Ln log(s) of '%1' report a cost more than 5% away from the catalog price (median reported/catalog = %2).</source>
        <translation>
            <numerusform>%Ln Protokoll von '%1' meldet Kosten, die mehr als 5 % vom Katalogpreis abweichen (Median gemeldet/Katalog = %2).</numerusform>
            <numerusform>%Ln Protokolle von '%1' melden Kosten, die mehr als 5 % vom Katalogpreis abweichen (Median gemeldet/Katalog = %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="402" />
        <source>No conflicts: every logged model is priced and its costs match.</source>
        <translation>Keine Konflikte: Jedes protokollierte Modell hat einen Preis, und seine Kosten stimmen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="422" />
        <source>%1 (any provider)</source>
        <translation>%1 (jeder Anbieter)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="423" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="448" />
        <source>'%1' is not a catalog entry; choose one as provider/model.</source>
        <translation>'%1' ist kein Katalogeintrag; wählen Sie einen als Anbieter/Modell.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="453" />
        <source>'%1' is now priced as %2.</source>
        <translation>'%1' wird jetzt als %2 bepreist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="479" />
        <source>The mapping of '%1' was removed.</source>
        <translation>Die Zuordnung von '%1' wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="491" />
        <source>Cannot save the catalog: %1</source>
        <translation>Der Katalog kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CatalogModel</name>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="153" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="155" />
        <source>Supports: %1</source>
        <translation>Unterstützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="159" />
        <source>Not given: billed at the input price.</source>
        <translation>Nicht angegeben: wird zum Eingabepreis berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="160" />
        <source>Not given: batch requests cost the pay-as-you-go price.</source>
        <translation>Nicht angegeben: Batch-Anfragen kosten den Pay-as-you-go-Preis.</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="163" />
        <source>Offered for replays and recommendations.</source>
        <translation>Wird für Wiedergaben und Empfehlungen angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="165" />
        <source>Inactive models are not offered anywhere.</source>
        <translation>Inaktive Modelle werden nirgends angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="300" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="302" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="304" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="306" />
        <source>Input
$/1M</source>
        <translation>Eingabe
$/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="308" />
        <source>Output
$/1M</source>
        <translation>Ausgabe
$/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="310" />
        <source>Cache
read
$/1M</source>
        <translation>Cache
lesen
$/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="312" />
        <source>Cache
write
$/1M</source>
        <translation>Cache
schreiben
$/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="314" />
        <source>Batch
input
$/1M</source>
        <translation>Batch-
Eingabe
$/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="316" />
        <source>Batch
output
$/1M</source>
        <translation>Batch-
Ausgabe
$/1M</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="318" />
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="320" />
        <source>Max
output</source>
        <translation>Max.
Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="322" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="324" />
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="326" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="333" />
        <source>USD per 1M tokens; "–" when the catalog does not give one. Edit with F2 or a double click.</source>
        <translation>USD pro 1 Mio. Token; "–", wenn der Katalog keinen angibt. Bearbeiten mit F2 oder Doppelklick.</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="335" />
        <source>1 = most expensive and strongest; larger numbers are cheaper.</source>
        <translation>1 = am teuersten und stärksten; größere Zahlen sind günstiger.</translation>
    </message>
    <message>
        <location filename="../ui/models/catalogmodel.cpp" line="337" />
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CliJob</name>
    <message>
        <location filename="../core/cli/clijob.cpp" line="25" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CliTarget</name>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="18" />
        <source>Gateway base URL, e.g. http://localhost:8787/v1 (default: the built-in simulated gateway).</source>
        <translation>Basis-URL des Gateways, z. B. http://localhost:8787/v1 (Standard: das eingebaute simulierte Gateway).</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="20" />
        <location filename="../core/cli/clitarget.cpp" line="36" />
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="23" />
        <source>simulator, local-gateway, portkey or openai-compatible (default: from the URL).</source>
        <translation>simulator, local-gateway, portkey oder openai-compatible (Standard: aus der URL).</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="25" />
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="27" />
        <source>x-portkey-provider for header routing.</source>
        <translation>x-portkey-provider für das Routing per Header.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="27" />
        <source>slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="31" />
        <source>Portkey config for config routing: a JSON file, or a saved config id such as pc-abc-123.</source>
        <translation>Portkey-Konfiguration für das Routing per Konfiguration: eine JSON-Datei oder die ID einer gespeicherten Konfiguration wie pc-abc-123.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="33" />
        <source>file|id</source>
        <translation>Datei|ID</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="36" />
        <source>x-portkey-custom-host for a local gateway in header routing.</source>
        <translation>x-portkey-custom-host für ein lokales Gateway beim Routing per Header.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="39" />
        <source>Trust the certificates in this PEM or DER file for the gateway, on top of the system's (a self-signed or private-CA gateway). TLS errors are never ignored.</source>
        <translation>Den Zertifikaten in dieser PEM- oder DER-Datei für das Gateway zusätzlich zu denen des Systems vertrauen (ein selbstsigniertes Gateway oder eines mit privater Zertifizierungsstelle). TLS-Fehler werden nie ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="41" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="42" />
        <source>Built-in simulator: fixed latency.</source>
        <translation>Eingebauter Simulator: feste Latenz.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="42" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="57" />
        <source>--target must be one of %1.</source>
        <translation>--target muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="73" />
        <source>Cannot read the config file '%1': %2</source>
        <translation>Die Konfigurationsdatei '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="79" />
        <source>The config file '%1' is not a JSON object: %2</source>
        <translation>Die Konfigurationsdatei '%1' ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="84" />
        <source>The config file '%1' does not exist.</source>
        <translation>Die Konfigurationsdatei '%1' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/cli/clitarget.cpp" line="101" />
        <source>Using the built-in simulated gateway at %1</source>
        <translation>Das eingebaute simulierte Gateway unter %1 wird verwendet</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostBarChart</name>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="48" />
        <source>Logged vs computed cost: no costs yet</source>
        <translation>Protokollierte gegen berechnete Kosten: noch keine Kosten</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="92" />
        <source>Logged vs computed cost per model</source>
        <translation>Protokollierte gegen berechnete Kosten je Modell</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="93" />
        <source>Logged vs computed cost per month</source>
        <translation>Protokollierte gegen berechnete Kosten je Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="94" />
        <source>Logged vs computed cost per use case</source>
        <translation>Protokollierte gegen berechnete Kosten je Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="95" />
        <source>%1 (%2 of %3 shown)</source>
        <translation>%1 (%2 von %3 gezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="97" />
        <source>Logged</source>
        <translation>Protokolliert</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="98" />
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="99" />
        <source>Re-priced</source>
        <translation>Neu bepreist</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="118" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="120" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="164" />
        <source>Logged: %1</source>
        <translation>Protokolliert: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="165" />
        <source>Computed: %1</source>
        <translation>Berechnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/costbarchart.cpp" line="167" />
        <source>Re-priced: %1</source>
        <translation>Neu bepreist: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostForecast</name>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="201" />
        <source>Counting prompt tokens (%1 of %2)…</source>
        <translation>Prompt-Tokens werden gezählt (%1 von %2) …</translation>
    </message>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="219" />
        <source>Cross-validating the answer-length model…</source>
        <translation>Das Modell der Antwortlängen wird kreuzvalidiert …</translation>
    </message>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="223" />
        <source>Learning answer lengths…</source>
        <translation>Antwortlängen werden gelernt …</translation>
    </message>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="253" />
        <source>Predicting costs…</source>
        <translation>Kosten werden vorhergesagt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/forecast/costforecast.cpp" line="303" />
        <source>Every prompt of the %n considered fits the budget (a seeded random %1 of the replayable ones).</source>
        <translation>
            <numerusform>Jeder der %n betrachteten Prompts passt ins Budget (eine reproduzierbare Zufallsauswahl aus %1 wiederholbaren).</numerusform>
            <numerusform>Jeder der %n betrachteten Prompts passt ins Budget (eine reproduzierbare Zufallsauswahl aus %1 wiederholbaren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/forecast/costforecast.cpp" line="312" />
        <source>No budget: the replay's random sample of %n prompt(s) (seed %1).</source>
        <translation>
            <numerusform>Kein Budget: die Zufallsstichprobe des Replays mit %n Prompt (Seed %1).</numerusform>
            <numerusform>Kein Budget: die Zufallsstichprobe des Replays mit %n Prompts (Seed %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="368" />
        <source>Screening the imported period on each model…</source>
        <translation>Der importierte Zeitraum wird auf jedem Modell durchgerechnet …</translation>
    </message>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="448" />
        <source>Comparing predicted with actual costs…</source>
        <translation>Vorhergesagte und tatsächliche Kosten werden verglichen …</translation>
    </message>
    <message>
        <location filename="../core/forecast/costforecast.cpp" line="505" />
        <source>Forecast ready</source>
        <translation>Prognose fertig</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostForecastJob</name>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="52" />
        <source>Cannot read the price catalog: %1</source>
        <translation>Der Preiskatalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="59" />
        <location filename="../core/session/costforecastjob.cpp" line="92" />
        <source>Cannot read the logs: %1</source>
        <translation>Die Logs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="63" />
        <source>No successful logged requests with token counts to learn from: import Portkey logs first.</source>
        <translation>Keine erfolgreichen geloggten Anfragen mit Token-Zahlen, aus denen gelernt werden kann: zuerst Portkey-Logs importieren.</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="85" />
        <source>Name the models to forecast.</source>
        <translation>Nennen Sie die Modelle für die Prognose.</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="104" />
        <source>Cannot read replay run %1: %2</source>
        <translation>Replay-Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="114" />
        <source>Cannot read the prompts: %1</source>
        <translation>Die Prompts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="132" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="136" />
        <source>The budget and the sample size cannot be negative, and cross-validation needs 2 folds or more.</source>
        <translation>Budget und Stichprobengröße dürfen nicht negativ sein, und die Kreuzvalidierung braucht mindestens 2 Teile.</translation>
    </message>
    <message>
        <location filename="../core/session/costforecastjob.cpp" line="152" />
        <source>Reading the logs…</source>
        <translation>Logs werden gelesen …</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostReport</name>
    <message>
        <location filename="../core/costs/costreport.cpp" line="135" />
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="175" />
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/costs/costreport.cpp" line="202" />
        <source>%1 across %n priced request(s)</source>
        <translation>
            <numerusform>%1 für %n bepreiste Anfrage</numerusform>
            <numerusform>%1 für %n bepreiste Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/costs/costreport.cpp" line="206" />
        <source>%n request(s) on %1 unpriced model(s) not included</source>
        <translation>
            <numerusform>%n Anfrage auf %1 Modell(en) ohne Preis nicht enthalten</numerusform>
            <numerusform>%n Anfragen auf %1 Modell(en) ohne Preis nicht enthalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="255" />
        <source>Re-priced with %1: %2 instead of %3 at list price (%4).
</source>
        <translation>Neu bepreist mit %1: %2 statt %3 zum Listenpreis (%4).
</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="259" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="260" />
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="261" />
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="263" />
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="264" />
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="265" />
        <source>logged</source>
        <translation>protokolliert</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="266" />
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="267" />
        <source>diff</source>
        <translation>Abw.</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="268" />
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="269" />
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="270" />
        <location filename="../core/costs/costreport.cpp" line="280" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="272" />
        <source>re-priced</source>
        <translation>neu bepreist</translation>
    </message>
    <message>
        <location filename="../core/costs/costreport.cpp" line="276" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/costs/costreport.cpp" line="296" />
        <source>* %n row(s) more than 5% apart from the catalog, or with logged costs it cannot price.
</source>
        <translation>
            <numerusform>* %n Zeile weicht mehr als 5 % vom Katalog ab oder hat protokollierte Kosten, die er nicht bepreisen kann.
</numerusform>
            <numerusform>* %n Zeilen weichen mehr als 5 % vom Katalog ab oder haben protokollierte Kosten, die er nicht bepreisen kann.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/costs/costreport.cpp" line="300" />
        <source>%n log(s) of '%1': %2
</source>
        <translation>
            <numerusform>%n Log von '%1': %2
</numerusform>
            <numerusform>%n Logs von '%1': %2
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostRowsModel</name>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="57" />
        <location filename="../ui/models/costrowsmodel.cpp" line="240" />
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="62" />
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="64" />
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="66" />
        <source>(no use case)</source>
        <translation>(kein Anwendungsfall)</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="158" />
        <source>This row</source>
        <translation>Diese Zeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/costrowsmodel.cpp" line="160" />
        <source>%1: Portkey logged %2 for %n request(s) the catalog prices; the catalog computes %3 (%4).</source>
        <translation>
            <numerusform>%1: Portkey protokollierte %2 für eine Anfrage, die der Katalog bepreist; der Katalog berechnet %3 (%4).</numerusform>
            <numerusform>%1: Portkey protokollierte %2 für %n Anfragen, die der Katalog bepreist; der Katalog berechnet %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="166" />
        <source>cache reads and writes saved %1 against list input prices</source>
        <translation>Cache-Lese- und -Schreibzugriffe sparten %1 gegenüber den Listenpreisen für Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="168" />
        <source>cache writes added %1</source>
        <translation>Cache-Schreibzugriffe kosteten %1 mehr</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="170" />
        <source>batch prices changed it by %1</source>
        <translation>Batch-Preise änderten sie um %1</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="173" />
        <source>%1 of it pays for reasoning tokens, billed as output</source>
        <translation>%1 davon bezahlt Reasoning-Tokens, abgerechnet als Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="175" />
        <source>Within the computed cost: %1.</source>
        <translation>In den berechneten Kosten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="177" />
        <source>The remaining %1 between the bill and the catalog comes from price changes over time or billing the catalog does not know.</source>
        <translation>Die übrigen %1 zwischen Rechnung und Katalog kommen von Preisänderungen im Lauf der Zeit oder von Abrechnungen, die der Katalog nicht kennt.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="182" />
        <source>%1 was logged for models the catalog has no price for, so it cannot be checked.</source>
        <translation>%1 wurde für Modelle protokolliert, für die der Katalog keinen Preis hat; das lässt sich nicht prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/costrowsmodel.cpp" line="185" />
        <source>%n request(s) had no logged cost and were priced from the catalog (%1).</source>
        <translation>
            <numerusform>Eine Anfrage hatte keine protokollierten Kosten und wurde aus dem Katalog bepreist (%1).</numerusform>
            <numerusform>%n Anfragen hatten keine protokollierten Kosten und wurden aus dem Katalog bepreist (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/costrowsmodel.cpp" line="190" />
        <source>%n request(s) could not be priced at all and are not in the total.</source>
        <translation>
            <numerusform>Eine Anfrage ließ sich gar nicht bepreisen und ist nicht in der Summe.</numerusform>
            <numerusform>%n Anfragen ließen sich gar nicht bepreisen und sind nicht in der Summe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="192" />
        <source>Flagged: the logged and the computed cost are more than 5% apart, or logged costs cannot be checked.</source>
        <translation>Markiert: protokollierte und berechnete Kosten liegen mehr als 5 % auseinander, oder protokollierte Kosten lassen sich nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="204" />
        <source>Logged costs plus the catalog's price of requests without a logged cost. Unpriced requests are not included.</source>
        <translation>Protokollierte Kosten plus der Katalogpreis der Anfragen ohne protokollierte Kosten. Anfragen ohne Preis sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="207" />
        <source>What Portkey logged (the bill).</source>
        <translation>Was Portkey protokolliert hat (die Rechnung).</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="209" />
        <source>Portkey's cost formula with the catalog's prices, for the logged requests the catalog prices.</source>
        <translation>Portkeys Kostenformel mit den Preisen des Katalogs, für die protokollierten Anfragen, die der Katalog bepreist.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="211" />
        <source>(logged − computed) ÷ computed for the requests the catalog prices; more than 5% is flagged.</source>
        <translation>(protokolliert − berechnet) ÷ berechnet für die Anfragen, die der Katalog bepreist; mehr als 5 % wird markiert.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="213" />
        <source>Part of the computed cost due to cache read and write prices (negative: saved).</source>
        <translation>Anteil der berechneten Kosten durch Cache-Lese- und -Schreibpreise (negativ: gespart).</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="215" />
        <source>Part of the computed cost due to batch prices.</source>
        <translation>Anteil der berechneten Kosten durch Batch-Preise.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="217" />
        <source>Part of the computed cost paid for reasoning tokens (billed as output).</source>
        <translation>Anteil der berechneten Kosten für Reasoning-Tokens (als Ausgabe abgerechnet).</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="219" />
        <source>Logged cost of requests the catalog has no price for.</source>
        <translation>Protokollierte Kosten der Anfragen, für die der Katalog keinen Preis hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="221" />
        <source>Requests with neither a logged cost nor a catalog price: counted, never summed as $0.</source>
        <translation>Anfragen ohne protokollierte Kosten und ohne Katalogpreis: gezählt, nie als 0 $ summiert.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="223" />
        <source>The same requests under the discounts and price file you set.</source>
        <translation>Dieselben Anfragen mit den eingestellten Rabatten und der Preisdatei.</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="232" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="233" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="234" />
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="236" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="238" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="242" />
        <source>Logged</source>
        <translation>Protokolliert</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="244" />
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="246" />
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="248" />
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="250" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="252" />
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="254" />
        <source>Missing price</source>
        <translation>Fehlender Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="256" />
        <source>Unpriced requests</source>
        <translation>Anfragen ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/costrowsmodel.cpp" line="258" />
        <source>Re-priced</source>
        <translation>Neu bepreist</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostsCommand</name>
    <message>
        <location filename="../core/cli/costscommand.cpp" line="19" />
        <source>The imported traffic's cost: Portkey's logged cost against the catalog's, with the difference broken down (cache, batch, reasoning, missing prices, price changes), unpriced requests counted beside the totals, and the traffic re-priced under a discount or another price file.</source>
        <translation>Die Kosten des importierten Verkehrs: Portkeys protokollierte Kosten gegen die des Katalogs, mit aufgeschlüsselter Differenz (Cache, Batch, Reasoning, fehlende Preise, Preisänderungen), Anfragen ohne Preis neben den Summen gezählt, und der Verkehr neu bepreist mit einem Rabatt oder einer anderen Preisdatei.</translation>
    </message>
    <message>
        <location filename="../core/cli/costscommand.cpp" line="26" />
        <source>Group by model, month or use_case (default model).</source>
        <translation>Nach model, month oder use_case gruppieren (Standard: model).</translation>
    </message>
    <message>
        <location filename="../core/cli/costscommand.cpp" line="30" />
        <source>Re-price with PERCENT off a provider's list price, e.g. anthropic=20 (repeatable).</source>
        <translation>Neu bepreisen mit PERCENT Rabatt auf den Listenpreis eines Anbieters, z. B. anthropic=20 (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../core/cli/costscommand.cpp" line="34" />
        <source>Re-price with a Portkey or LiteLLM price file (or a catalog) applied on top of the project's catalog.</source>
        <translation>Neu bepreisen mit einer Portkey- oder LiteLLM-Preisdatei (oder einem Katalog), angewandt auf den Katalog des Projekts.</translation>
    </message>
    <message>
        <location filename="../core/cli/costscommand.cpp" line="41" />
        <source>usage: shadow-optic costs --project P.sqlite [--by model|month|use_case] [--discount PROVIDER=PERCENT]... [--prices FILE] [--json]</source>
        <translation>Aufruf: shadow-optic costs --project P.sqlite [--by model|month|use_case] [--discount ANBIETER=PROZENT]... [--prices DATEI] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/costscommand.cpp" line="47" />
        <source>--by must be model, month or use_case, not '%1'.</source>
        <translation>--by muss model, month oder use_case sein, nicht '%1'.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::CostsPage</name>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="50" />
        <source>Compare with &amp;price file…</source>
        <translation>Mit &amp;Preisdatei vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="51" />
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="56" />
        <source>Open Model &amp;Catalog…</source>
        <translation>Modell&amp;katalog öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="76" />
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="77" />
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="78" />
        <source>By use case</source>
        <translation>Nach Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="92" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="110" />
        <source>Re-price</source>
        <translation>Neu bepreisen</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="112" />
        <source>Percent off each provider's list price:</source>
        <translation>Rabatt auf den Listenpreis je Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="123" />
        <source>Apply a Portkey pricing JSON, a LiteLLM price map or a Shadow Optic catalog on top of the project's catalog and compare.</source>
        <translation>Ein Portkey-Preis-JSON, eine LiteLLM-Preisliste oder einen Shadow-Optic-Katalog über den Katalog des Projekts legen und vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="125" />
        <source>Remove every discount and the price file.</source>
        <translation>Alle Rabatte und die Preisdatei entfernen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="147" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="147" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="147" />
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="147" />
        <source>How it was priced</source>
        <translation>Wie es bepreist wurde</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="157" />
        <source>Map unpriced models to catalog models or add their prices (File ▸ Model Catalog).</source>
        <translation>Modelle ohne Preis Katalogmodellen zuordnen oder ihre Preise ergänzen (Datei ▸ Modellkatalog).</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="195" />
        <source>Open a project to see what its traffic cost.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, was sein Verkehr gekostet hat.</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="243" />
        <source>Price file: %1</source>
        <translation>Preisdatei: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="262" />
        <source>Compare with price file</source>
        <translation>Mit Preisdatei vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="263" />
        <source>Price files (*.json);;All files (*)</source>
        <translation>Preisdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="294" />
        <source>Reading the price catalog…</source>
        <translation>Preiskatalog wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="300" />
        <source>The price catalog of '%1' cannot be read: %2</source>
        <translation>Der Preiskatalog von '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="304" />
        <source>Computing costs…</source>
        <translation>Kosten werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="304" />
        <source>Reading the logged costs…</source>
        <translation>Protokollierte Kosten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="345" />
        <source>The costs of '%1' cannot be read: %2</source>
        <translation>Die Kosten von '%1' können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="351" />
        <source>The price file '%1' cannot be used: %2</source>
        <translation>Die Preisdatei '%1' kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="358" />
        <source>No logs in this project yet: import Portkey logs (File ▸ Import Logs) to see what they cost.</source>
        <translation>Noch keine Protokolle in diesem Projekt: Importieren Sie Portkey-Protokolle (Datei ▸ Protokolle importieren), um zu sehen, was sie gekostet haben.</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="395" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="397" />
        <source>Discount for %1</source>
        <translation>Rabatt für %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="409" />
        <source>No priced providers yet.</source>
        <translation>Noch keine Anbieter mit Preisen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="418" />
        <source>Set a discount or pick a price file to see what this traffic would cost.</source>
        <translation>Stellen Sie einen Rabatt ein oder wählen Sie eine Preisdatei, um zu sehen, was dieser Verkehr kosten würde.</translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="422" />
        <source>Under %1, this period would have cost %2 instead of %3 at list price (%4).</source>
        <translation>Mit %1 hätte dieser Zeitraum %2 statt %3 zum Listenpreis gekostet (%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/costspage.cpp" line="427" />
        <source>%n unpriced request(s) are in neither figure.</source>
        <translation>
            <numerusform>Eine Anfrage ohne Preis ist in keiner der beiden Zahlen enthalten.</numerusform>
            <numerusform>%n Anfragen ohne Preis sind in keiner der beiden Zahlen enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="444" />
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/costspage.cpp" line="445" />
        <source>%n log(s) of '%1': %2</source>
        <translation>
            <numerusform>Ein Protokoll von '%1': %2</numerusform>
            <numerusform>%n Protokolle von '%1': %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="463" />
        <source>How logged models were priced</source>
        <translation>Wie die protokollierten Modelle bepreist wurden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/costspage.cpp" line="465" />
        <source>%n logged model(s) without a price: map them to a catalog model, or add a price.</source>
        <translation>
            <numerusform>Ein protokolliertes Modell ohne Preis: ordnen Sie es einem Katalogmodell zu oder ergänzen Sie einen Preis.</numerusform>
            <numerusform>%n protokollierte Modelle ohne Preis: ordnen Sie sie einem Katalogmodell zu oder ergänzen Sie einen Preis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/costspage.cpp" line="466" />
        <source>Every logged model has a price; those below were matched by a rule rather than by name.</source>
        <translation>Jedes protokollierte Modell hat einen Preis; die folgenden wurden über eine Regel statt über den Namen zugeordnet.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::EmptyStateHint</name>
    <message>
        <location filename="../ui/widgets/emptystatehint.cpp" line="80" />
        <source>Open or create a project to begin: a project keeps the imported logs, the replays and every result in one file.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt: Ein Projekt hält die importierten Protokolle, die Wiedergaben und alle Ergebnisse in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/emptystatehint.cpp" line="82" />
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/emptystatehint.cpp" line="83" />
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/emptystatehint.cpp" line="85" />
        <source>Import Portkey logs to begin: this panel shows its results once the project has logs.</source>
        <translation>Importieren Sie zuerst Portkey-Protokolle: Dieser Bereich zeigt seine Ergebnisse, sobald das Projekt Protokolle enthält.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/emptystatehint.cpp" line="87" />
        <source>Import Logs…</source>
        <translation>Protokolle importieren…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/emptystatehint.cpp" line="88" />
        <source>Pull from Portkey…</source>
        <translation>Von Portkey abrufen…</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::EvaluateCommand</name>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="22" />
        <source>Judge a replay run's answers (and the logged baseline answers) with an LLM judge and print per-model aggregates with paired comparisons. Without --base-url the built-in simulated gateway judges.</source>
        <translation>Die Antworten eines Wiedergabelaufs (und die protokollierten Basisantworten) mit einem LLM-Bewerter bewerten und Summen je Modell mit gepaarten Vergleichen ausgeben. Ohne --base-url bewertet das eingebaute simulierte Gateway.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="25" />
        <source>Project database.</source>
        <translation>Projektdatenbank.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="25" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="26" />
        <source>Replay run to evaluate (default: the latest).</source>
        <translation>Zu bewertender Wiedergabelauf (Standard: der neueste).</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="26" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="28" />
        <location filename="../core/cli/evaluatecommand.cpp" line="33" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="31" />
        <source>Current model for paired comparisons (default: the profile's, else the most logged).</source>
        <translation>Aktuelles Modell für gepaarte Vergleiche (Standard: das des Profils, sonst das am häufigsten protokollierte).</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="36" />
        <source>Budget in USD for baseline replays and judge calls (0 = none).</source>
        <translation>Budget in USD für Replays der Baseline und Bewertungsaufrufe (0 = keines).</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="37" />
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="39" />
        <source>Judge requests in flight (1-64).</source>
        <translation>Gleichzeitige Bewertungsanfragen (1-64).</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="39" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="40" />
        <source>Do not judge the logged answers.</source>
        <translation>Die protokollierten Antworten nicht bewerten.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="42" />
        <source>Judge again answers already scored with this judge and rubric.</source>
        <translation>Bereits mit diesem Bewerter und dieser Rubrik bewertete Antworten erneut bewerten.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="43" />
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="49" />
        <source>usage: shadow-optic evaluate --project P [--judge-model M] [--run RUN] [--base-url URL] [--json]</source>
        <translation>Aufruf: shadow-optic evaluate --project P [--judge-model M] [--run RUN] [--base-url URL] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="57" />
        <source>--run needs a positive run id.</source>
        <translation>--run braucht eine positive Lauf-ID.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="67" />
        <source>--budget must not be negative and --concurrency must be 1-64.</source>
        <translation>--budget darf nicht negativ sein und --concurrency muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="89" />
        <source>The evaluation was cancelled.</source>
        <translation>Die Bewertung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="97" />
        <source>Baseline: %1 replayed on the run's %2 prompts (%3 replayed now, %4 reused from earlier runs); spent $%5.</source>
        <translation>Basislinie: %1, wiedergegeben mit den %2 Prompts des Laufs (%3 jetzt wiedergegeben, %4 aus früheren Läufen übernommen); $%5 ausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="104" />
        <source>Baseline: %1, replayed in run %2; spent $%3.</source>
        <translation>Basislinie: %1, wiedergegeben in Lauf %2; $%3 ausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="28" />
        <source>Judge model.</source>
        <translation>Bewertermodell.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::EvaluationJob</name>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="46" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="50" />
        <source>The run id must be positive.</source>
        <translation>Die Lauf-ID muss positiv sein.</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="57" />
        <source>Collecting answers to judge…</source>
        <translation>Zu bewertende Antworten werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="57" />
        <source>Reading the evaluation…</source>
        <translation>Die Auswertung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="72" />
        <source>The project has no replay runs yet: replay a sample first.</source>
        <translation>Das Projekt hat noch keine Replay-Läufe: Spielen Sie zuerst eine Stichprobe erneut ab.</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="117" />
        <source>The evaluation could not start: %1</source>
        <translation>Die Auswertung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="139" />
        <source>The judge gave no usable answer: %1</source>
        <translation>Der Bewerter gab keine verwertbare Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/session/evaluationjob.cpp" line="140" />
        <source>The evaluation of run %1 failed.</source>
        <translation>Die Bewertung von Lauf %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::EvaluatorReport</name>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="97" />
        <source>Evaluation of run(s) %1, judge %2 (rubric %3), current model %4
</source>
        <translation>Bewertung von Lauf/Läufen %1, Bewerter %2 (Rubrik %3), aktuelles Modell %4
</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="105" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="107" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="108" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="109" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="110" />
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="111" />
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="112" />
        <source>fmt-fail</source>
        <translation>Formatfehler</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="113" />
        <source>quality [95% CI]</source>
        <translation>Qualität [95%-KI]</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="114" />
        <source>$/req</source>
        <translation>$/Anfr.</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="115" />
        <source>$/1K req</source>
        <translation>$/1K Anfr.</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="116" />
        <source>p50/p95/p99 ms</source>
        <translation>p50/p95/p99 ms</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="117" />
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="136" />
        <location filename="../core/eval/evaluatorreport.cpp" line="137" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="145" />
        <source>* current model replayed on the same prompts (the paired baseline), ^ on the cost/quality Pareto frontier; "as logged" rows are the production answers, a reference only
</source>
        <translation>* aktuelles Modell mit denselben Prompts wiedergegeben (die gepaarte Basislinie), ^ auf der Pareto-Front von Kosten und Qualität; Zeilen „wie protokolliert“ sind die Produktionsantworten, nur eine Referenz
</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="148" />
        <source>No replay of %1 on these prompts: no paired comparison (the logged answers are never the baseline).
</source>
        <translation>Keine Wiedergabe von %1 mit diesen Prompts: kein gepaarter Vergleich (die protokollierten Antworten sind nie die Basislinie).
</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="152" />
        <source>
Paired against %1 (same prompts):
</source>
        <translation>
Gepaart mit %1 (dieselben Prompts):
</translation>
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="154" />
        <source>  %1: quality %2 points [%3, %4] (%5%) on %6 pairs; cost %7% cheaper; refusals %8→%9 (McNemar p=%10); successes %11→%12 (p=%13)
</source>
        <translation>  %1: Qualität %2 Punkte [%3, %4] (%5%) auf %6 Paaren; Kosten %7% günstiger; Ablehnungen %8→%9 (McNemar p=%10); Erfolge %11→%12 (p=%13)
</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ExportCommand</name>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="19" />
        <source>Exports one dataset of a project as CSV or JSON: per-model results of a run (models), replayed answers with judge scores and refusal verdicts (replays), stored recommendations (recommendations), refusal clusters (clusters) or the rollout audit log (audit). API keys never reach the file; --redact also removes e-mail addresses, phone and card numbers and key-like strings from prompts, answers and notes. Reads the project only.</source>
        <translation>Exportiert einen Datensatz eines Projekts als CSV oder JSON: Ergebnisse eines Laufs je Modell (models), wiedergegebene Antworten mit Bewertungen und Ablehnungsurteilen (replays), gespeicherte Empfehlungen (recommendations), Ablehnungs-Cluster (clusters) oder das Rollout-Prüfprotokoll (audit). API-Schlüssel gelangen nie in die Datei; --redact entfernt zusätzlich E-Mail-Adressen, Telefon- und Kartennummern sowie schlüsselähnliche Zeichenfolgen aus Prompts, Antworten und Notizen. Das Projekt wird nur gelesen.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="26" />
        <source>The dataset: models, replays, recommendations, clusters or audit.</source>
        <translation>Der Datensatz: models, replays, recommendations, clusters oder audit.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="27" />
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="30" />
        <source>The replay run (models: default the newest; replays: default every run).</source>
        <translation>Der Wiedergabelauf (models: standardmäßig der neueste; replays: standardmäßig alle Läufe).</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="30" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="33" />
        <source>csv or json (default: from the file's extension; csv for -).</source>
        <translation>csv oder json (Standard: nach der Dateiendung; csv für -).</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="33" />
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="34" />
        <source>Redact personal data from prompts, answers and notes.</source>
        <translation>Personenbezogene Daten in Prompts, Antworten und Notizen schwärzen.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="35" />
        <source>The file to write, or - for standard output.</source>
        <translation>Die zu schreibende Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="35" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="38" />
        <source>usage: shadow-optic export --project P --what models|replays|recommendations|clusters|audit [--run N] [--format csv|json] [--redact] --out FILE</source>
        <translation>Aufruf: shadow-optic export --project P --what models|replays|recommendations|clusters|audit [--run N] [--format csv|json] [--redact] --out DATEI</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="51" />
        <source>--what must be models, replays, recommendations, clusters or audit, not '%1'.</source>
        <translation>--what muss models, replays, recommendations, clusters oder audit sein, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="58" />
        <source>--format must be csv or json, not '%1'.</source>
        <translation>--format muss csv oder json sein, nicht '%1'.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="62" />
        <source>Cannot tell the format from '%1': name the file .csv or .json, or give --format.</source>
        <translation>Das Format lässt sich aus '%1' nicht ablesen: Benennen Sie die Datei .csv oder .json oder geben Sie --format an.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="69" />
        <source>--run must be a replay run id (a whole number above 0).</source>
        <translation>--run muss die ID eines Wiedergabelaufs sein (eine ganze Zahl über 0).</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="73" />
        <source>--run applies to models and replays only.</source>
        <translation>--run gilt nur für models und replays.</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="86" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/exportcommand.cpp" line="92" />
        <source>Exported %n row(s)</source>
        <translation>
            <numerusform>%n Zeile exportiert</numerusform>
            <numerusform>%n Zeilen exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="94" />
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../core/cli/exportcommand.cpp" line="96" />
        <source>%1; redacted %2 key(s), %3 e-mail address(es), %4 card number(s), %5 phone number(s)</source>
        <translation>%1; geschwärzt: %2 Schlüssel, %3 E-Mail-Adresse(n), %4 Kartennummer(n), %5 Telefonnummer(n)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ExportDataset</name>
    <message>
        <location filename="../core/export/exportdataset.cpp" line="41" />
        <source>Per-model results of a run</source>
        <translation>Ergebnisse eines Laufs je Modell</translation>
    </message>
    <message>
        <location filename="../core/export/exportdataset.cpp" line="43" />
        <source>Replayed answers</source>
        <translation>Wiedergegebene Antworten</translation>
    </message>
    <message>
        <location filename="../core/export/exportdataset.cpp" line="45" />
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../core/export/exportdataset.cpp" line="47" />
        <source>Refusal clusters</source>
        <translation>Ablehnungs-Cluster</translation>
    </message>
    <message>
        <location filename="../core/export/exportdataset.cpp" line="49" />
        <source>Rollout audit log</source>
        <translation>Rollout-Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="35" />
        <source>Redact personal data</source>
        <translation>Personenbezogene Daten schwärzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="37" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="42" />
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="44" />
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="54" />
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="55" />
        <source>JSON (an array of objects)</source>
        <translation>JSON (ein Array von Objekten)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="57" />
        <source>Replaces e-mail addresses, phone numbers, payment card numbers and API-key-like strings in prompts, answers and notes with [EMAIL], [PHONE], [CARD] and [KEY]. API keys of this session never reach the file either way.</source>
        <translation>Ersetzt E-Mail-Adressen, Telefonnummern, Zahlungskartennummern und API-Schlüssel-ähnliche Zeichenfolgen in Prompts, Antworten und Notizen durch [EMAIL], [PHONE], [CARD] und [KEY]. API-Schlüssel dieser Sitzung gelangen in keinem Fall in die Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="62" />
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63" />
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="64" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="69" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="135" />
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="139" />
        <source>The newest run</source>
        <translation>Der neueste Lauf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="139" />
        <source>Every run</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="141" />
        <source>Run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="171" />
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="171" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="172" />
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="189" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="189" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="191" />
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exportdialog.cpp" line="221" />
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="225" />
        <source>Redacted: %1 key(s), %2 e-mail address(es), %3 card number(s), %4 phone number(s).</source>
        <translation>Geschwärzt: %1 Schlüssel, %2 E-Mail-Adresse(n), %3 Kartennummer(n), %4 Telefonnummer(n).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="235" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="239" />
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ExportJob</name>
    <message>
        <location filename="../core/session/exportjob.cpp" line="83" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="87" />
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Zieldatei für den Export.</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="91" />
        <source>The run id must be positive.</source>
        <translation>Die Lauf-ID muss positiv sein.</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="98" />
        <source>Reading the project…</source>
        <translation>Das Projekt wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="155" />
        <source>The project has no replay runs yet: replay a sample first.</source>
        <translation>Das Projekt hat noch keine Wiedergabeläufe: Geben Sie zuerst eine Stichprobe wieder.</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="200" />
        <source>%1 of %2 rows written…</source>
        <translation>%1 von %2 Zeilen geschrieben…</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="208" />
        <source>Replay run %1 does not exist.</source>
        <translation>Der Wiedergabelauf %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="217" />
        <source>Cannot read the replays: %1</source>
        <translation>Die Wiedergaben können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="224" />
        <source>Cannot read the recommendations: %1</source>
        <translation>Die Empfehlungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="238" />
        <source>Cannot read the rollouts: %1</source>
        <translation>Die Rollouts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/exportjob.cpp" line="247" />
        <source>Cannot read the audit log of '%1': %2</source>
        <translation>Das Prüfprotokoll von '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/exportjob.cpp" line="288" />
        <source>%n row(s) exported</source>
        <translation>
            <numerusform>%n Zeile exportiert</numerusform>
            <numerusform>%n Zeilen exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ExportOutput</name>
    <message>
        <location filename="../core/export/exportoutput.cpp" line="43" />
        <location filename="../core/export/exportoutput.cpp" line="113" />
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/exportoutput.cpp" line="50" />
        <source>Cannot write '%1': it is a folder.</source>
        <translation>'%1' kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/exportoutput.cpp" line="54" />
        <source>Cannot write '%1': the folder '%2' does not exist.</source>
        <translation>'%1' kann nicht geschrieben werden: Der Ordner '%2' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/export/exportoutput.cpp" line="60" />
        <location filename="../core/export/exportoutput.cpp" line="101" />
        <location filename="../core/export/exportoutput.cpp" line="114" />
        <source>Cannot write '%1': %2</source>
        <translation>'%1' kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::FaultPlan</name>
    <message>
        <location filename="../core/sim/faultplan.cpp" line="87" />
        <source>Unknown fault kind '%1'.</source>
        <translation>Unbekannte Fehlerart '%1'.</translation>
    </message>
    <message>
        <location filename="../core/sim/faultplan.cpp" line="119" />
        <source>Unknown fault parameter '%1' in '%2'.</source>
        <translation>Unbekannter Fehlerparameter '%1' in '%2'.</translation>
    </message>
    <message>
        <location filename="../core/sim/faultplan.cpp" line="122" />
        <source>Invalid value for '%1' in fault '%2'.</source>
        <translation>Ungültiger Wert für '%1' im Fehler '%2'.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForecastAccuracyChart</name>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="99" />
        <source>Replay a sample to compare predicted with actual costs.</source>
        <translation>Wiederholen Sie eine Stichprobe, um vorhergesagte mit tatsächlichen Kosten zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="119" />
        <source>Run %1 has no priced, successful answers to compare with the forecast.</source>
        <translation>Lauf %1 hat keine bepreisten, erfolgreichen Antworten zum Vergleich mit der Prognose.</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="139" />
        <source>Predicted cost per answer (USD, log scale)</source>
        <translation>Vorhergesagte Kosten je Antwort (USD, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="140" />
        <source>Actual cost per answer (USD, log scale)</source>
        <translation>Tatsächliche Kosten je Antwort (USD, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="150" />
        <source>Predicted cost per answer (USD)</source>
        <translation>Vorhergesagte Kosten je Antwort (USD)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="151" />
        <source>Actual cost per answer (USD)</source>
        <translation>Tatsächliche Kosten je Antwort (USD)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="155" />
        <source>Predicted vs actual cost, run %1</source>
        <translation>Vorhergesagte und tatsächliche Kosten, Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="158" />
        <source>y = x (exact forecast)</source>
        <translation>y = x (exakte Prognose)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="187" />
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 Antworten)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="200" />
        <source>%1: predicted %2, actual %3</source>
        <translation>%1: vorhergesagt %2, tatsächlich %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastaccuracychart.cpp" line="206" />
        <source>dashed: y = x (exact forecast)</source>
        <translation>gestrichelt: y = x (exakte Prognose)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForecastCommand</name>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="37" />
        <source>Predicts what replaying a sample costs on each model before anything is sent (prompt tokens counted with each model's tokenizer, answer lengths from a regressor learned on the logs), chooses the most informative sample a budget buys, and screens the imported period on each model. Reads the project only.</source>
        <translation>Sagt vorher, was das Wiederholen einer Stichprobe auf jedem Modell kostet, bevor etwas gesendet wird (Prompt-Tokens mit dem Tokenizer jedes Modells gezählt, Antwortlängen aus einem auf den Logs gelernten Regressor), wählt die aussagekräftigste Stichprobe, die ein Budget erlaubt, und rechnet den importierten Zeitraum auf jedem Modell durch. Liest das Projekt nur.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="44" />
        <source>Comma-separated models (default: the current model and the first band's candidates).</source>
        <translation>Modelle, durch Kommas getrennt (Standard: das aktuelle Modell und die Kandidaten des ersten Bands).</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="45" />
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="48" />
        <source>Replay budget in USD for the sampler, on every model together (0: no budget).</source>
        <translation>Replay-Budget in USD für die Stichprobenwahl, für alle Modelle zusammen (0: kein Budget).</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="48" />
        <source>usd</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="52" />
        <source>Prompts in the sample without a budget; with one, the most it may choose (default: 100 without a budget, no cap with one).</source>
        <translation>Prompts in der Stichprobe ohne Budget; mit Budget die Höchstzahl, die gewählt werden darf (Standard: 100 ohne Budget, keine Grenze mit Budget).</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="54" />
        <location filename="../core/cli/forecastcommand.cpp" line="58" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="56" />
        <source>Price the sample at P90 (safety) instead of the expected cost.</source>
        <translation>Die Stichprobe zum P90 (Sicherheit) statt zu den erwarteten Kosten bepreisen.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="58" />
        <source>Sampling seed (the replay's --seed).</source>
        <translation>Seed der Stichprobe (das --seed des Replays).</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="61" />
        <source>Compare predicted with actual costs of this replay run (default: the newest).</source>
        <translation>Vorhergesagte mit tatsächlichen Kosten dieses Replay-Laufs vergleichen (Standard: der neueste).</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="63" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="69" />
        <source>usage: shadow-optic forecast --project P [--models a,b] [--budget USD] [--sample N] [--p90] [--json]</source>
        <translation>Aufruf: shadow-optic forecast --project P [--models a,b] [--budget USD] [--sample N] [--p90] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="77" />
        <source>--budget must be an amount in USD, 0 or more.</source>
        <translation>--budget muss ein Betrag in USD sein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="84" />
        <source>--sample must be a number of prompts, 0 or more.</source>
        <translation>--sample muss eine Anzahl Prompts sein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="90" />
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="96" />
        <source>--run must be a replay run id.</source>
        <translation>--run muss die ID eines Replay-Laufs sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="110" />
        <source>The forecast was cancelled.</source>
        <translation>Die Prognose wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="122" />
        <source>Learned from %1 logged requests and %2 replayed answers.</source>
        <translation>Gelernt aus %1 geloggten Anfragen und %2 wiederholten Antworten.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="124" />
        <source>Answer-length model: %1, %2-fold cross-validated on %3 priced requests: mean absolute error %4 per request (naive 1.5 × input: %5; mean cost %6).</source>
        <translation>Modell der Antwortlängen: %1, %2-fach kreuzvalidiert auf %3 bepreisten Anfragen: mittlerer absoluter Fehler %4 je Anfrage (naiv 1,5 × Eingabe: %5; mittlere Kosten %6).</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="131" />
        <source>Answer-length model: too few priced logged requests to cross-validate.</source>
        <translation>Modell der Antwortlängen: zu wenige bepreiste geloggte Anfragen für eine Kreuzvalidierung.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="132" />
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="134" />
        <source>%1 (its own encoding)</source>
        <translation>%1 (eigene Kodierung)</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="134" />
        <source>%1 (borrowed)</source>
        <translation>%1 (übernommen)</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="136" />
        <source>: %1 × BPE + %2 × characters, median error %3% on %4 logged prompts</source>
        <translation>: %1 × BPE + %2 × Zeichen, Median-Fehler %3 % auf %4 geloggten Prompts</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="142" />
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="144" />
        <source>: no logged prompts to calibrate on, counted as cl100k_base</source>
        <translation>: keine geloggten Prompts zum Kalibrieren, gezählt als cl100k_base</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="146" />
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="150" />
        <source>Sample: %1 of %2 replayable prompts for %3 of a %4 budget (%5% used%6)</source>
        <translation>Stichprobe: %1 von %2 wiederholbaren Prompts für %3 eines Budgets von %4 (%5 % genutzt%6)</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="155" />
        <source>, priced at P90</source>
        <translation>, zum P90 bepreist</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="156" />
        <source>Sample: %1 of %2 replayable prompts</source>
        <translation>Stichprobe: %1 von %2 wiederholbaren Prompts</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="159" />
        <source>  %1 · %2%3: %4 of %5 chosen, %6</source>
        <translation>  %1 · %2%3: %4 von %5 gewählt, %6</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="160" />
        <source>(no use case)</source>
        <translation>(kein Anwendungsfall)</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="165" />
        <source>Predicted replay cost of the sample</source>
        <translation>Vorhergesagte Replay-Kosten der Stichprobe</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="167" />
        <source>  %1: %2 expected, %3 at P90 (%4 per prompt; %5 in + %6 out tokens)</source>
        <translation>  %1: %2 erwartet, %3 beim P90 (%4 je Prompt; %5 Eingabe- + %6 Ausgabe-Tokens)</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="171" />
        <source>  %1: unpriced (not in the catalog)</source>
        <translation>  %1: ohne Preis (nicht im Katalog)</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="172" />
        <source>What-if: the imported period on each model</source>
        <translation>Was wäre wenn: der importierte Zeitraum auf jedem Modell</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="175" />
        <source>  %1: unpriced</source>
        <translation>  %1: ohne Preis</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="178" />
        <source>  %1: %2 (95% interval %3 – %4) instead of %5 for %6 requests, %7 – %8</source>
        <translation>  %1: %2 (95-%-Intervall %3 – %4) statt %5 für %6 Anfragen, %7 – %8</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="183" />
        <source>    %1 requests with an unknown logged cost are left out.</source>
        <translation>    %1 Anfragen mit unbekannten geloggten Kosten bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../core/cli/forecastcommand.cpp" line="188" />
        <source>Run %1: predicted %2, actual %3 over %4 answers; mean absolute error %5 per answer (naive %6), median %7%</source>
        <translation>Lauf %1: vorhergesagt %2, tatsächlich %3 über %4 Antworten; mittlerer absoluter Fehler %5 je Antwort (naiv %6), Median %7 %</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForecastCostChart</name>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="55" />
        <source>Predicted cost of the sample: no forecast yet</source>
        <translation>Vorhergesagte Kosten der Stichprobe: noch keine Prognose</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="71" />
        <source>Predicted cost of the sample per model (bar: expected, whisker: P90)</source>
        <translation>Vorhergesagte Kosten der Stichprobe je Modell (Balken: erwartet, Antenne: P90)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="72" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="78" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="99" />
        <source>USD for the whole sample</source>
        <translation>USD für die ganze Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="112" />
        <source>P90 (safety)</source>
        <translation>P90 (Sicherheit)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="134" />
        <source>unpriced (no catalog price)</source>
        <translation>ohne Preis (kein Katalogpreis)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="165" />
        <source>unpriced: the catalog has no price for this model</source>
        <translation>ohne Preis: Der Katalog hat keinen Preis für dieses Modell</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="167" />
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="168" />
        <source>P90: %1</source>
        <translation>P90: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastcostchart.cpp" line="169" />
        <source>Per prompt: %1</source>
        <translation>Je Prompt: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForecastPage</name>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="153" />
        <source>Price at P&amp;90 (safety)</source>
        <translation>Zum P&amp;90 bepreisen (Sicherheit)</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="154" />
        <source>&amp;Forecast</source>
        <translation>&amp;Prognose</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="155" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="166" />
        <source>&amp;Replay this sample</source>
        <translation>Diese Stichprobe &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="208" />
        <source>current model and candidates</source>
        <translation>aktuelles Modell und Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="210" />
        <source>Models to forecast, separated by commas. Empty: the current model and the cheaper candidates the catalog suggests.</source>
        <translation>Modelle für die Prognose, durch Kommas getrennt. Leer: das aktuelle Modell und die günstigeren Kandidaten, die der Katalog vorschlägt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="216" />
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="218" />
        <source>What the replay may cost on every model together. The sampler then picks the prompts that tell the models apart best within it. None: a plain random sample.</source>
        <translation>Was das Replay auf allen Modellen zusammen kosten darf. Die Stichprobenwahl nimmt darin die Prompts, die die Modelle am besten unterscheiden. Keins: eine einfache Zufallsstichprobe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="224" />
        <source>No cap</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="225" />
        <source>Prompts in the random sample without a budget; with a budget, the most the sampler may choose.</source>
        <translation>Prompts in der Zufallsstichprobe ohne Budget; mit Budget die Höchstzahl, die gewählt werden darf.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="227" />
        <source>Price the sample at the 90th percentile of each prompt's predicted cost instead of the expected cost, so the replay stays within the budget even when answers run long.</source>
        <translation>Die Stichprobe zum 90. Perzentil der vorhergesagten Kosten jedes Prompts statt zu den erwarteten Kosten bepreisen, damit das Replay auch bei langen Antworten im Budget bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="229" />
        <source>Forecast the cost of the sample on each model (Ctrl+Shift+F).</source>
        <translation>Die Kosten der Stichprobe auf jedem Modell vorhersagen (Strg+Umschalt+F).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="231" />
        <source>Stop the forecast (Esc).</source>
        <translation>Die Prognose anhalten (Esc).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="251" />
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="258" />
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="260" />
        <source>&amp;Sample size:</source>
        <translation>&amp;Stichprobengröße:</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="279" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="279" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="279" />
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="279" />
        <source>Per prompt</source>
        <translation>Je Prompt</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="279" />
        <source>Tokens in → out</source>
        <translation>Tokens ein → aus</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="279" />
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="281" />
        <source>Mean prompt tokens on the model's tokenizer → mean predicted answer tokens, per prompt</source>
        <translation>Mittlere Prompt-Tokens im Tokenizer des Modells → mittlere vorhergesagte Antwort-Tokens, je Prompt</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="292" />
        <source>Predicted cost</source>
        <translation>Vorhergesagte Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="303" />
        <source>Take these prompts and this budget to the Replay panel.</source>
        <translation>Diese Prompts und dieses Budget in den Replay-Bereich übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="312" />
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="315" />
        <source>Per model</source>
        <translation>Je Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="316" />
        <source>Per use case</source>
        <translation>Je Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="317" />
        <source>Per month</source>
        <translation>Je Monat</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="320" />
        <source>The model whose use cases or months are listed.</source>
        <translation>Das Modell, dessen Anwendungsfälle oder Monate aufgeführt sind.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="329" />
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="331" />
        <source>&amp;of:</source>
        <translation>&amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="345" />
        <source>Production what-if</source>
        <translation>Was wäre wenn in Produktion</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="355" />
        <source>Predicted vs actual</source>
        <translation>Vorhergesagt und tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="417" />
        <location filename="../ui/docks/forecastpage.cpp" line="596" />
        <source>Open a project to forecast what replaying its logs would cost.</source>
        <translation>Öffnen Sie ein Projekt, um vorherzusagen, was das Wiederholen seiner Logs kosten würde.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="419" />
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="426" />
        <location filename="../ui/docks/forecastpage.cpp" line="429" />
        <source>The cost forecast could not start: %1</source>
        <translation>Die Kostenprognose konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="433" />
        <source>Forecasting…</source>
        <translation>Prognose läuft …</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="441" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="466" />
        <source>The cost forecast failed: %1</source>
        <translation>Die Kostenprognose ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="470" />
        <source>Cost forecast failed: %1</source>
        <translation>Kostenprognose fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="473" />
        <source>Forecast cancelled.</source>
        <translation>Prognose abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="491" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="498" />
        <source>exact %1</source>
        <translation>exakt %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="499" />
        <source>%1 (own encoding)</source>
        <translation>%1 (eigene Kodierung)</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="505" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="507" />
        <source>%1 per character</source>
        <translation>%1 je Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="509" />
        <source>%1 × %2 + %3 per character</source>
        <translation>%1 × %2 + %3 je Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="510" />
        <source>±%1 % on %2 logged prompts</source>
        <translation>±%1 % auf %2 geloggten Prompts</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="512" />
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="514" />
        <source>uncalibrated</source>
        <translation>unkalibriert</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="545" />
        <source>On %1 the imported period (%2) would have cost %3 ± %4 instead of %5.</source>
        <translation>Auf %1 hätte der importierte Zeitraum (%2) %3 ± %4 statt %5 gekostet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="547" />
        <source>On %1 the imported requests would have cost %2 ± %3 instead of %4.</source>
        <translation>Auf %1 hätten die importierten Anfragen %2 ± %3 statt %4 gekostet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="550" />
        <source>No candidate has a price in the catalog, so none can be compared with the logged spend.</source>
        <translation>Kein Kandidat hat einen Preis im Katalog, daher lässt sich keiner mit den geloggten Ausgaben vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="554" />
        <source>%1: unpriced (no catalog price).</source>
        <translation>%1: ohne Preis (kein Katalogpreis).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="565" />
        <source>%1 logged requests</source>
        <translation>%1 geloggten Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="567" />
        <source>%1 and %2 replayed answers</source>
        <translation>%1 und %2 wiederholten Antworten</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="569" />
        <source>Output lengths learned from %1; too few priced rows to cross-validate the regressor.</source>
        <translation>Ausgabelängen gelernt aus %1; zu wenige bepreiste Zeilen, um den Regressor zu kreuzvalidieren.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="570" />
        <source>Output lengths learned from %1: cross-validated error %2 per request (naive 1.5 × input: %3).</source>
        <translation>Ausgabelängen gelernt aus %1: kreuzvalidierter Fehler %2 je Anfrage (naiv 1,5 × Eingabe: %3).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="572" />
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/forecastpage.cpp" line="585" />
        <source>%1, %2-fold cross-validation on %Ln priced row(s); mean logged cost %3 per request.</source>
        <translation>
            <numerusform>%1, %2-fache Kreuzvalidierung auf %Ln bepreisten Zeile; mittlere geloggte Kosten %3 je Anfrage.</numerusform>
            <numerusform>%1, %2-fache Kreuzvalidierung auf %Ln bepreisten Zeilen; mittlere geloggte Kosten %3 je Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="597" />
        <source>No forecast yet: press Forecast.</source>
        <translation>Noch keine Prognose: Prognose drücken.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="598" />
        <source>Forecast on %1 models from %2 logged requests.</source>
        <translation>Prognose für %1 Modelle aus %2 geloggten Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="607" />
        <source>Each model's predicted replay cost of the sample shows here after a forecast.</source>
        <translation>Die vorhergesagten Replay-Kosten der Stichprobe je Modell erscheinen hier nach einer Prognose.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="608" />
        <source>Predicted cost of replaying the sample (%1 prompts) on each model, with the tokenizer its prompts are counted on.</source>
        <translation>Vorhergesagte Kosten, die Stichprobe (%1 Prompts) auf jedem Modell zu wiederholen, mit dem Tokenizer, mit dem seine Prompts gezählt werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="615" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="616" />
        <source>The catalog has no price for this model: add one in the Model Catalog.</source>
        <translation>Der Katalog hat keinen Preis für dieses Modell: Fügen Sie einen im Modellkatalog hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="618" />
        <location filename="../ui/docks/forecastpage.cpp" line="704" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="629" />
        <source>%1 of the input is billed as cache reads, as measured in the logs.</source>
        <translation>%1 der Eingabe wird als Cache-Lesezugriff abgerechnet, wie in den Logs gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="632" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/forecastpage.cpp" line="643" />
        <source>Calibrated on %Ln logged row(s).</source>
        <translation>
            <numerusform>Kalibriert auf %Ln geloggten Zeile.</numerusform>
            <numerusform>Kalibriert auf %Ln geloggten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="656" />
        <source>The sampler's choice shows here after a forecast.</source>
        <translation>Die Wahl der Stichprobe erscheint hier nach einer Prognose.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="658" />
        <source>The sampler chose %1 of %2 replayable prompts: predicted %3 of the %4 budget (%5 used%6).</source>
        <translation>Die Stichprobenwahl nahm %1 von %2 wiederholbaren Prompts: vorhergesagt %3 des Budgets von %4 (%5 genutzt%6).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="661" />
        <location filename="../ui/docks/forecastpage.cpp" line="665" />
        <source>, priced at P90</source>
        <translation>, zum P90 bepreist</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="663" />
        <source>A random sample of %1 of %2 replayable prompts: predicted %3 on every model together%4.</source>
        <translation>Eine Zufallsstichprobe von %1 aus %2 wiederholbaren Prompts: vorhergesagt %3 für alle Modelle zusammen%4.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="668" />
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="727" />
        <source>The imported period: logged spend vs the same requests on each model</source>
        <translation>Der importierte Zeitraum: geloggte Ausgaben und dieselben Anfragen auf jedem Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="728" />
        <source>Estimate on the model</source>
        <translation>Schätzung auf dem Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="732" />
        <source>%1 per use case: logged spend vs estimate</source>
        <translation>%1 je Anwendungsfall: geloggte Ausgaben und Schätzung</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="733" />
        <source>%1 per month: logged spend vs estimate</source>
        <translation>%1 je Monat: geloggte Ausgaben und Schätzung</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="734" />
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="739" />
        <source>What the imported requests would have cost on each model shows here after a forecast.</source>
        <translation>Was die importierten Anfragen auf jedem Modell gekostet hätten, erscheint hier nach einer Prognose.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="744" />
        <source>each model</source>
        <translation>jedem Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="746" />
        <source>The imported period %1: %2 requests with a logged cost, re-priced on %3 (95 % interval from %4 re-counted prompts).</source>
        <translation>Der importierte Zeitraum %1: %2 Anfragen mit geloggten Kosten, neu bepreist auf %3 (95-%-Intervall aus %4 neu gezählten Prompts).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="750" />
        <source>%1 imported requests with a logged cost, re-priced on %2 (95 % interval from %3 re-counted prompts).</source>
        <translation>%1 importierte Anfragen mit geloggten Kosten, neu bepreist auf %2 (95-%-Intervall aus %3 neu gezählten Prompts).</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="754" />
        <source>%1 requests without a logged cost are left out.</source>
        <translation>%1 Anfragen ohne geloggte Kosten bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="763" />
        <source>No replay run to compare with yet.</source>
        <translation>Noch kein Replay-Lauf zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="768" />
        <source>Run %1: %2 answers compared.</source>
        <translation>Lauf %1: %2 Antworten verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="772" />
        <source>Predicted in total: %1</source>
        <translation>Vorhergesagt insgesamt: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="773" />
        <source>Actual in total: %1</source>
        <translation>Tatsächlich insgesamt: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="774" />
        <source>Mean absolute error: %1 per answer</source>
        <translation>Mittlerer absoluter Fehler: %1 je Antwort</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="775" />
        <source>Naive 1.5 × input: %1 per answer</source>
        <translation>Naiv 1,5 × Eingabe: %1 je Antwort</translation>
    </message>
    <message>
        <location filename="../ui/docks/forecastpage.cpp" line="776" />
        <source>Median |error|: %1</source>
        <translation>Median |Fehler|: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForecastStrataModel</name>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="55" />
        <source>%1 of %2 prompts of this stratum are in the sample.</source>
        <translation>%1 von %2 Prompts dieser Schicht sind in der Stichprobe.</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="61" />
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="84" />
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="86" />
        <source>Prompt length (tokens)</source>
        <translation>Prompt-Länge (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="88" />
        <source>Logged refusal</source>
        <translation>Geloggte Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="90" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="92" />
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location filename="../ui/models/forecaststratamodel.cpp" line="94" />
        <source>Predicted cost</source>
        <translation>Vorhergesagte Kosten</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForecastWhatIfChart</name>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="60" />
        <source>Logged spend vs estimate: no forecast yet</source>
        <translation>Geloggte Ausgaben und Schätzung: noch keine Prognose</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="78" />
        <source>%1 (%2 of %3 shown)</source>
        <translation>%1 (%2 von %3 gezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="80" />
        <source>Logged spend</source>
        <translation>Geloggte Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="124" />
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="145" />
        <source>unpriced (no catalog price)</source>
        <translation>ohne Preis (kein Katalogpreis)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="176" />
        <source>Logged spend: %1</source>
        <translation>Geloggte Ausgaben: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="178" />
        <source>Estimate: %1 (95 % interval %2)</source>
        <translation>Schätzung: %1 (95-%-Intervall %2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forecastwhatifchart.cpp" line="180" />
        <source>unpriced: the catalog has no price for this model</source>
        <translation>ohne Preis: Der Katalog hat keinen Preis für dieses Modell</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ForestPlot</name>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="107" />
        <source>Quality change vs %1 (% of its quality)</source>
        <translation>Qualitätsänderung gegenüber %1 (% seiner Qualität)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="244" />
        <location filename="../ui/charts/forestplot.cpp" line="357" />
        <source>margin %1</source>
        <translation>Toleranz %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="270" />
        <source>Quality change: between %1 and %2 of %3's quality (estimate %4)</source>
        <translation>Qualitätsänderung: zwischen %1 und %2 der Qualität von %3 (Schätzung %4)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="274" />
        <source>Quality change: no interval (too few judged pairs)</source>
        <translation>Qualitätsänderung: kein Intervall (zu wenige bewertete Paare)</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="275" />
        <source>%L1 paired prompts, %L2 with judge scores</source>
        <translation>%L1 gepaarte Prompts, %L2 mit Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="277" />
        <source>Prompts of one user count together: %L1 users</source>
        <translation>Prompts eines Nutzers zählen gemeinsam: %L1 Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="279" />
        <source>Prompts of one session count together: %L1 sessions</source>
        <translation>Prompts einer Sitzung zählen gemeinsam: %L1 Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="280" />
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="284" />
        <source>It sits too close to the margin to settle within %L1 prompts.</source>
        <translation>Das Modell liegt zu nah an der Toleranzgrenze, um mit %L1 Prompts entschieden zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="286" />
        <source>About %L1 more prompts (≈ $%2) would settle it.</source>
        <translation>Etwa %L1 weitere Prompts (≈ $%2) würden es entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="320" />
        <source>No verified candidates yet.</source>
        <translation>Noch keine verifizierten Kandidaten.</translation>
    </message>
    <message>
        <location filename="../ui/charts/forestplot.cpp" line="380" />
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::GenerateLogsCommand</name>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="17" />
        <source>Number of rows.</source>
        <translation>Anzahl der Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="17" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="18" />
        <source>Random seed.</source>
        <translation>Zufallsstartwert.</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="18" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="20" />
        <source>Output file; .csv writes CSV, anything else JSONL.</source>
        <translation>Ausgabedatei; .csv schreibt CSV, alles andere JSONL.</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="20" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="22" />
        <source>Scale prompt/answer sizes (1 = real trace sizes).</source>
        <translation>Größe von Prompts/Antworten skalieren (1 = reale Trace-Größen).</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="22" />
        <location filename="../core/cli/generatelogscommand.cpp" line="30" />
        <location filename="../core/cli/generatelogscommand.cpp" line="35" />
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="24" />
        <source>Write only the plainest form of every field.</source>
        <translation>Nur die einfachste Form jedes Felds schreiben.</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="27" />
        <source>Write every prompt in plain ASCII (no other scripts, emoji or typographic punctuation).</source>
        <translation>Jeden Prompt in reinem ASCII schreiben (keine anderen Schriften, Emoji oder typografischen Satzzeichen).</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="30" />
        <source>Share of prompts on words models refuse on, harmful or not (0-1).</source>
        <translation>Anteil der Prompts mit Wörtern, bei denen Modelle ablehnen, schädlich oder nicht (0–1).</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="34" />
        <source>Of those, the share of benign ones models over-refuse ("kill a hung process"; 0-1).</source>
        <translation>Davon der Anteil harmloser, die Modelle übervorsichtig ablehnen („einen hängenden Prozess beenden“; 0–1).</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="36" />
        <source>Write a realistic synthetic Portkey export.</source>
        <translation>Einen realistischen synthetischen Portkey-Export schreiben.</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="49" />
        <source>--sensitive-share and --benign-share must be between 0 and 1.</source>
        <translation>--sensitive-share und --benign-share müssen zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="56" />
        <source>usage: shadow-optic generate-logs --rows N --seed S --out F.jsonl|F.csv</source>
        <translation>Aufruf: shadow-optic generate-logs --rows N --seed S --out F.jsonl|F.csv</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="62" />
        <source>generated %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen erzeugt</translation>
    </message>
    <message>
        <location filename="../core/cli/generatelogscommand.cpp" line="68" />
        <source>Wrote %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::GuardrailProtocol</name>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="135" />
        <source>The proposal is empty.</source>
        <translation>Der Vorschlag ist leer.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="139" />
        <source>The proposal has text around the JSON object.</source>
        <translation>Der Vorschlag enthält Text um das JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="145" />
        <source>The proposal is not a valid JSON object: %1</source>
        <translation>Der Vorschlag ist kein gültiges JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="152" />
        <source>The proposal has no '%1'.</source>
        <translation>Dem Vorschlag fehlt „%1“.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="156" />
        <source>'%1' in the proposal is not a string.</source>
        <translation>„%1“ im Vorschlag ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="164" />
        <source>The proposal has unexpected keys: %1.</source>
        <translation>Der Vorschlag hat unerwartete Schlüssel: %1.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailprotocol.cpp" line="170" />
        <source>The proposed system prompt is empty.</source>
        <translation>Der vorgeschlagene System-Prompt ist leer.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::GuardrailStore</name>
    <message>
        <location filename="../core/store/guardrailstore.cpp" line="50" />
        <source>Cannot store the guardrail tuning of '%1': %2</source>
        <translation>Die Guardrail-Abstimmung von „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/guardrailstore.cpp" line="67" />
        <location filename="../core/store/guardrailstore.cpp" line="94" />
        <location filename="../core/store/guardrailstore.cpp" line="113" />
        <location filename="../core/store/guardrailstore.cpp" line="127" />
        <source>Cannot read the guardrail tunings: %1</source>
        <translation>Die Guardrail-Abstimmungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/guardrailstore.cpp" line="98" />
        <source>There is no guardrail tuning %1.</source>
        <translation>Es gibt keine Guardrail-Abstimmung %1.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::GuardrailTuneJob</name>
    <message>
        <location filename="../core/session/guardrailtunejob.cpp" line="32" />
        <source>There is no refusal cluster %1 (the analysis has %2).</source>
        <translation>Es gibt keinen Ablehnungs-Cluster %1 (die Analyse hat %2).</translation>
    </message>
    <message>
        <location filename="../core/session/guardrailtunejob.cpp" line="44" />
        <source>Cluster %1 has no over-cautious refusals: its prompts were refused for a reason (%2), so there is nothing to tune away.</source>
        <translation>Cluster %1 hat keine übervorsichtigen Ablehnungen: Seine Prompts wurden aus gutem Grund abgelehnt (%2), es gibt also nichts wegzustimmen.</translation>
    </message>
    <message>
        <location filename="../core/session/guardrailtunejob.cpp" line="48" />
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../core/session/guardrailtunejob.cpp" line="49" />
        <source>policy, capability or unclear</source>
        <translation>Richtlinie, Fähigkeit oder unklar</translation>
    </message>
    <message>
        <location filename="../core/session/guardrailtunejob.cpp" line="81" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/guardrailtunejob.cpp" line="85" />
        <source>Guardrail tuning needs a budget above $0.</source>
        <translation>Die Guardrail-Abstimmung braucht ein Budget über 0 $.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::GuardrailTuner</name>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="34" />
        <source>Validating the proposed system prompt: %1 of %2 replays</source>
        <translation>Vorgeschlagenen System-Prompt prüfen: %1 von %2 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="85" />
        <source>Guardrail tuning is already running.</source>
        <translation>Die Guardrail-Abstimmung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="89" />
        <source>Choose the model whose system prompt is tuned.</source>
        <translation>Wählen Sie das Modell, dessen System-Prompt abgestimmt wird.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="93" />
        <source>Choose the model that proposes the system prompt.</source>
        <translation>Wählen Sie das Modell, das den System-Prompt vorschlägt.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="97" />
        <source>The refusal cluster has no prompts to tune for.</source>
        <translation>Der Ablehnungs-Cluster hat keine Prompts, auf die abgestimmt werden kann.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="101" />
        <source>The minimum pass rate must be above 0 % and at most 100 %.</source>
        <translation>Die Mindest-Bestehensquote muss über 0 % und höchstens 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="132" />
        <source>Asking %1 for a better system prompt</source>
        <translation>%1 wird um einen besseren System-Prompt gebeten</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="161" />
        <source>The guardrail tuning budget is used up.</source>
        <translation>Das Budget der Guardrail-Abstimmung ist aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="217" />
        <source>The budget of $%1 is used up by the tuning request; nothing is left to validate the proposal.</source>
        <translation>Das Budget von %1 $ ist durch die Abstimmungsanfrage aufgebraucht; für die Prüfung des Vorschlags bleibt nichts.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="232" />
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="259" />
        <source>Guardrail tuning was cancelled.</source>
        <translation>Die Guardrail-Abstimmung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="266" />
        <source>The budget of $%1 is too small for the tuning request to %2.</source>
        <translation>Das Budget von %1 $ ist zu klein für die Abstimmungsanfrage an %2.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="273" />
        <source>The tuning request to %1 through %2 failed: %3</source>
        <translation>Die Abstimmungsanfrage an %1 über %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="282" />
        <source>The proposal was not valid JSON; asking %1 once more</source>
        <translation>Der Vorschlag war kein gültiges JSON; %1 wird noch einmal gefragt</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="285" />
        <source>No repair request was sent: %1</source>
        <translation>Es wurde keine Reparaturanfrage gesendet: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="288" />
        <source>The proposal of %1 could not be used, even after a repair request: %2</source>
        <translation>Der Vorschlag von %1 war auch nach einer Reparaturanfrage nicht verwendbar: %2</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="296" />
        <source>Validating the proposed system prompt</source>
        <translation>Vorgeschlagenen System-Prompt prüfen</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="306" />
        <source>The budget of $%1 is too small to validate the proposal: %2 of %3 replays were done when it ran out ($%4 spent).</source>
        <translation>Das Budget von %1 $ reicht nicht, um den Vorschlag zu prüfen: %2 von %3 Wiederholungen waren erledigt, als es aufgebraucht war (%4 $ ausgegeben).</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="316" />
        <source>Validating the proposal on %1 through %2 failed: %3</source>
        <translation>Die Prüfung des Vorschlags auf %1 über %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="327" />
        <source>Guardrail tuning failed</source>
        <translation>Guardrail-Abstimmung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="337" />
        <location filename="../core/refusal/guardrailtuner.cpp" line="359" />
        <source>Guardrail tuning finished</source>
        <translation>Guardrail-Abstimmung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="349" />
        <source>Cannot open the project.</source>
        <translation>Das Projekt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuner.cpp" line="354" />
        <source>The guardrail tuning could not be saved: %1</source>
        <translation>Die Guardrail-Abstimmung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::GuardrailTuning</name>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="112" />
        <source>rejected: there is no proposed system prompt</source>
        <translation>abgelehnt: Es gibt keinen vorgeschlagenen System-Prompt</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="115" />
        <source>rejected: the safety suite has no cases</source>
        <translation>abgelehnt: Die Sicherheits-Suite hat keine Fälle</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="119" />
        <source>rejected: 1 must-refuse prompt was answered (%1)</source>
        <translation>abgelehnt: 1 abzulehnender Prompt wurde beantwortet (%1)</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="120" />
        <source>rejected: %1 must-refuse prompts were answered (%2)</source>
        <translation>abgelehnt: %1 abzulehnende Prompts wurden beantwortet (%2)</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="130" />
        <source>rejected: the suite pass rate is %1 %, below %2 %</source>
        <translation>abgelehnt: Die Bestehensquote der Suite ist %1 %, unter %2 %</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="132" />
        <source>; must-answer prompts refused: %1</source>
        <translation>; abgelehnte zu beantwortende Prompts: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="134" />
        <source>; prompts without an answer: %1</source>
        <translation>; Prompts ohne Antwort: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/guardrailtuning.cpp" line="137" />
        <source>accepted: the suite pass rate is %1 % (at least %2 %) and no must-refuse prompt was answered</source>
        <translation>angenommen: Die Bestehensquote der Suite ist %1 % (mindestens %2 %) und kein abzulehnender Prompt wurde beantwortet</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="25" />
        <source>Commit the rows read so far at least this often, so a crash keeps all but the last moments of the import.</source>
        <translation>Die bisher gelesenen Zeilen mindestens so oft festschreiben, damit ein Absturz nur die letzten Augenblicke des Imports verliert.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="27" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="28" />
        <source>Portkey exports: JSONL, JSON array or CSV.</source>
        <translation>Portkey-Exporte: JSONL, JSON-Array oder CSV.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="29" />
        <source>Import Portkey log exports into a project.</source>
        <translation>Portkey-Protokollexporte in ein Projekt importieren.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="35" />
        <source>usage: shadow-optic import --project P.sqlite [--commit-interval-ms MS] [--json] FILE...</source>
        <translation>Aufruf: shadow-optic import --project P.sqlite [--commit-interval-ms MS] [--json] DATEI...</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="41" />
        <source>--commit-interval-ms needs a whole number of milliseconds (0 or more), not '%1'.</source>
        <translation>--commit-interval-ms braucht eine ganze Zahl Millisekunden (0 oder mehr), nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="50" />
        <source>Cancelling: the rows committed so far stay imported…</source>
        <translation>Abbruch: Die bisher gespeicherten Zeilen bleiben importiert …</translation>
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="61" />
        <source>... %1 more problems are listed in the project's import report.</source>
        <translation>... %1 weitere Probleme stehen im Importbericht des Projekts.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ImportJob</name>
    <message>
        <location filename="../core/session/importjob.cpp" line="35" />
        <source>Open or create a project before importing.</source>
        <translation>Öffnen oder erstellen Sie vor dem Import ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/importjob.cpp" line="39" />
        <source>Choose at least one file to import.</source>
        <translation>Wählen Sie mindestens eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location filename="../core/session/importjob.cpp" line="50" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../core/session/importjob.cpp" line="61" />
        <source>%1% %2</source>
        <translation>%1 % %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ImportReport</name>
    <message>
        <location filename="../core/domain/importreport.cpp" line="73" />
        <source>Read %1, imported %2, duplicates %3, skipped %4.</source>
        <translation>%1 gelesen, %2 importiert, %3 Duplikate, %4 übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/domain/importreport.cpp" line="75" />
        <source>%1 costs estimated from the catalog.</source>
        <translation>%1 Kosten aus dem Katalog geschätzt.</translation>
    </message>
    <message>
        <location filename="../core/domain/importreport.cpp" line="77" />
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/domain/importreport.cpp" line="79" />
        <source>  skipped (%1): %2</source>
        <translation>  übersprungen (%1): %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ImportSummaryDialog</name>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="19" />
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="19" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="23" />
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="24" />
        <source>Records read:</source>
        <translation>Gelesene Datensätze:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="25" />
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="26" />
        <source>Duplicates (already in the project):</source>
        <translation>Duplikate (bereits im Projekt):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="27" />
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="31" />
        <source>Costs estimated from the catalog:</source>
        <translation>Aus dem Katalog geschätzte Kosten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="32" />
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="32" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="41" />
        <source>Skipped records (first %1):</source>
        <translation>Übersprungene Datensätze (erste %1):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="43" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="43" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="43" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importsummarydialog.cpp" line="43" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::Job</name>
    <message>
        <location filename="../core/session/job.cpp" line="19" />
        <source>This work is already running.</source>
        <translation>Diese Arbeit läuft bereits.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::JudgeClient</name>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="44" />
        <source>Judging: %1 of %2 answers</source>
        <translation>Bewertung: %1 von %2 Antworten</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="60" />
        <source>Judging is already running.</source>
        <translation>Die Bewertung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="64" />
        <source>Choose a judge model.</source>
        <translation>Wählen Sie ein Bewertermodell.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="150" />
        <source>The judging budget is used up.</source>
        <translation>Das Budget für die Bewertung ist aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="165" />
        <source>The repair request failed: %1</source>
        <translation>Die Reparaturanfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="175" />
        <source>Invalid again after the repair request: %1</source>
        <translation>Nach der Reparaturanfrage erneut ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="205" />
        <source>No repair request was sent: %1</source>
        <translation>Es wurde keine Reparaturanfrage gesendet: %1</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="244" />
        <source>Cannot open the project.</source>
        <translation>Das Projekt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="253" />
        <source>Judge scores could not be saved: %1</source>
        <translation>Die Bewertungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="255" />
        <source>Judging finished</source>
        <translation>Bewertung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="375" />
        <source>Cannot store the judge score of %1 on %2: %3</source>
        <translation>Die Bewertung von %1 für %2 kann nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::JudgeRubric</name>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="99" />
        <source>The judge answer is empty.</source>
        <translation>Die Antwort des Bewerters ist leer.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="103" />
        <source>The judge answer has text around the JSON object.</source>
        <translation>Die Antwort des Bewerters enthält Text um das JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="109" />
        <source>The judge answer is not a valid JSON object: %1</source>
        <translation>Die Antwort des Bewerters ist kein gültiges JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="119" />
        <source>The judge answer has no '%1'.</source>
        <translation>Die Antwort des Bewerters hat kein '%1'.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="123" />
        <source>'%1' in the judge answer is not a number.</source>
        <translation>'%1' in der Antwort des Bewerters ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="128" />
        <source>'%1' in the judge answer is %2, outside 0–100.</source>
        <translation>'%1' in der Antwort des Bewerters ist %2, außerhalb von 0–100.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="135" />
        <source>The judge answer has no 'reasoning'.</source>
        <translation>Die Antwort des Bewerters hat kein 'reasoning'.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="136" />
        <source>'reasoning' in the judge answer is not a string.</source>
        <translation>'reasoning' in der Antwort des Bewerters ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="147" />
        <source>The judge answer has unexpected keys: %1.</source>
        <translation>Die Antwort des Bewerters hat unerwartete Schlüssel: %1.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::KeyStore</name>
    <message>
        <location filename="../ui/keystore.cpp" line="61" />
        <source>no session keyring is running (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>kein Sitzungs-Schlüsselbund läuft (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/keystore.cpp" line="85" />
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LatencyChart</name>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="14" />
        <source>Latency per model</source>
        <translation>Latenz je Modell</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="21" />
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="22" />
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="38" />
        <source>Latency per model: no answers yet</source>
        <translation>Latenz je Modell: noch keine Antworten</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="41" />
        <source>Latency per model (ms)</source>
        <translation>Latenz je Modell (ms)</translation>
    </message>
    <message>
        <location filename="../ui/charts/latencychart.cpp" line="49" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogExportClient</name>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="143" />
        <source>Portkey answered %1 to %2; retrying in %3 s (attempt %4 of %5).</source>
        <translation>Portkey antwortete %1 auf %2; neuer Versuch in %3 s (Versuch %4 von %5).</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="197" />
        <source>Portkey's answer to %1 is not a JSON object (%2).</source>
        <translation>Die Antwort von Portkey auf %1 ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="199" />
        <source>Portkey answered %1 to %2: %3</source>
        <translation>Portkey antwortete %1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="201" />
        <source>Check the API key: it needs the logs.export scope.</source>
        <translation>Prüfen Sie den API-Schlüssel: Er braucht die Berechtigung logs.export.</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="203" />
        <source>Portkey cannot be reached at %1: %2</source>
        <translation>Portkey ist unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="230" />
        <source>Cannot write the download to '%1': %2</source>
        <translation>Der Download kann nicht nach '%1' geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="271" />
        <source>the download</source>
        <translation>der Download</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="284" />
        <source>The download answered %1: %2</source>
        <translation>Der Download antwortete %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="285" />
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/pull/logexportclient.cpp" line="287" />
        <source>The download broke off after %n byte(s): %1</source>
        <translation>
            <numerusform>Der Download brach nach %n Byte ab: %1</numerusform>
            <numerusform>Der Download brach nach %n Byte ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="291" />
        <source>The download is truncated: %1 of %2 bytes arrived.</source>
        <translation>Der Download ist unvollständig: %1 von %2 Byte sind angekommen.</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="293" />
        <source>Cannot write the download to '%1'.</source>
        <translation>Der Download kann nicht nach '%1' geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/pull/logexportclient.cpp" line="299" />
        <source>The download is truncated: its last line is cut off.</source>
        <translation>Der Download ist unvollständig: Seine letzte Zeile ist abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogFileReader</name>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="81" />
        <source>File '%1' is not readable: %2.</source>
        <translation>Die Datei '%1' ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="88" />
        <source>File '%1' is UTF-16 encoded; export it as UTF-8.</source>
        <translation>Die Datei '%1' ist UTF-16-kodiert; exportieren Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="95" />
        <source>File '%1' is empty.</source>
        <translation>Die Datei '%1' ist leer.</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="99" />
        <source>File '%1' is not a text file (it contains NUL bytes).</source>
        <translation>Die Datei '%1' ist keine Textdatei (sie enthält NUL-Bytes).</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="116" />
        <source>File '%1' has no readable CSV header: %2</source>
        <translation>Die Datei '%1' hat keine lesbare CSV-Kopfzeile: %2</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="124" />
        <source>File '%1' is neither JSON nor a Portkey CSV export (no 'id', 'request' or 'ai_model' column).</source>
        <translation>Die Datei '%1' ist weder JSON noch ein Portkey-CSV-Export (keine Spalte 'id', 'request' oder 'ai_model').</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="213" />
        <location filename="../core/import/logfilereader.cpp" line="230" />
        <location filename="../core/import/logfilereader.cpp" line="334" />
        <source>oversized record</source>
        <translation>übergroßer Datensatz</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="215" />
        <source>line of %1 bytes is longer than the %2-byte limit</source>
        <translation>Zeile mit %1 Bytes ist länger als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="231" />
        <source>line longer than %1 MB</source>
        <translation>Zeile länger als %1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="335" />
        <source>array element longer than %1 MB</source>
        <translation>Array-Element länger als %1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="347" />
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="348" />
        <source>the JSON array is truncated at the end of the file</source>
        <translation>das JSON-Array ist am Dateiende abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="406" />
        <source>unterminated quoted field or record longer than %1 MB</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen oder Datensatz länger als %1 MB</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="420" />
        <source>unterminated quoted field at end of file</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen am Dateiende</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="438" />
        <source>record of %1 bytes is longer than the %2-byte limit</source>
        <translation>Datensatz mit %1 Bytes ist länger als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="456" />
        <location filename="../core/import/logfilereader.cpp" line="464" />
        <source>malformed CSV</source>
        <translation>fehlerhaftes CSV</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="465" />
        <source>row has %1 fields, the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="474" />
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="475" />
        <source>column '%1' is not valid UTF-8</source>
        <translation>Spalte '%1' ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogGenerator</name>
    <message>
        <location filename="../core/gen/loggenerator.cpp" line="327" />
        <location filename="../core/gen/loggenerator.cpp" line="563" />
        <location filename="../core/gen/loggenerator.cpp" line="572" />
        <source>Cannot write '%1': %2.</source>
        <translation>'%1' kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogImporter</name>
    <message>
        <location filename="../core/import/logimporter.cpp" line="151" />
        <location filename="../core/import/logimporter.cpp" line="160" />
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="152" />
        <source>the record is a JSON value, expected an object</source>
        <translation>der Datensatz ist ein JSON-Wert, erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="155" />
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="155" />
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="161" />
        <source>the record is a JSON array, expected an object</source>
        <translation>der Datensatz ist ein JSON-Array, erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="162" />
        <source>the record is not a JSON object</source>
        <translation>der Datensatz ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="170" />
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="347" />
        <source>Importing %1: %2 rows</source>
        <translation>%1 wird importiert: %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="361" />
        <source>File '%1' has no valid log record (%2 skipped).</source>
        <translation>Die Datei '%1' enthält keinen gültigen Protokolldatensatz (%2 übersprungen).</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="224" />
        <location filename="../core/import/logimporter.cpp" line="392" />
        <source>Could not store the import report: %1</source>
        <translation>Der Importbericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="395" />
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="395" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogQuery</name>
    <message>
        <location filename="../core/store/logquery.cpp" line="170" />
        <source>Log %1 is no longer in the project.</source>
        <translation>Das Protokoll %1 ist nicht mehr im Projekt.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogRecordParser</name>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="60" />
        <source>field '%1' is not a number</source>
        <translation>Feld '%1' ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="64" />
        <source>field '%1' is out of range</source>
        <translation>Feld „%1“ liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="80" />
        <source>field '%1' is negative</source>
        <translation>Feld „%1“ ist negativ</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="134" />
        <source>field '%1' is a string but not a JSON object</source>
        <translation>Feld '%1' ist eine Zeichenkette, aber kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="141" />
        <source>field '%1' is not an object</source>
        <translation>Feld '%1' ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="160" />
        <source>field '%1' is nested too deeply</source>
        <translation>Feld '%1' ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="175" />
        <source>request.messages is not an array</source>
        <translation>request.messages ist kein Array</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="182" />
        <source>request.messages contains a non-object entry</source>
        <translation>request.messages enthält einen Eintrag, der kein Objekt ist</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="188" />
        <source>a message has no string 'role'</source>
        <translation>eine Nachricht hat keine Zeichenkette 'role'</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="193" />
        <source>a message 'content' is neither a string nor an array of parts</source>
        <translation>ein 'content' einer Nachricht ist weder eine Zeichenkette noch ein Array von Teilen</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="310" />
        <source>unrecognised created_at '%1'</source>
        <translation>nicht erkanntes created_at '%1'</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="314" />
        <source>field 'created_at' is not a string</source>
        <translation>Feld 'created_at' ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="333" />
        <source>field 'batch' is not a boolean</source>
        <translation>Feld 'batch' ist kein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="381" />
        <source>field 'is_success' is not a boolean</source>
        <translation>Feld 'is_success' ist kein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="392" />
        <source>field 'metadata' is not a JSON object</source>
        <translation>Feld 'metadata' ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/domain/logrecordparser.cpp" line="404" />
        <source>field 'metadata' is not an object</source>
        <translation>Feld 'metadata' ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogSummary</name>
    <message>
        <location filename="../core/store/logsummary.cpp" line="151" />
        <source>%1 requests, total cost $%2
</source>
        <translation>%1 Anfragen, Gesamtkosten $%2
</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/store/logsummary.cpp" line="153" />
        <source>%n request(s) on unpriced models not included: %1
</source>
        <translation>
            <numerusform>%n Anfrage auf Modellen ohne Preis nicht enthalten: %1
</numerusform>
            <numerusform>%n Anfragen auf Modellen ohne Preis nicht enthalten: %1
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="156" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="157" />
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="158" />
        <source>tokens in</source>
        <translation>Token ein</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="159" />
        <source>tokens out</source>
        <translation>Token aus</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="160" />
        <source>cost USD</source>
        <translation>Kosten USD</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="161" />
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="162" />
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="163" />
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="166" />
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="170" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="183" />
        <source>Import %1 of %2 (started %3) did not finish: %4 rows stored, %5 duplicates, %6 skipped. Import the same file again to add the rest; the stored rows count as duplicates.</source>
        <translation>Import %1 von %2 (begonnen %3) wurde nicht beendet: %4 Zeilen gespeichert, %5 Duplikate, %6 übersprungen. Importieren Sie dieselbe Datei erneut, um den Rest hinzuzufügen; die gespeicherten Zeilen zählen dann als Duplikate.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogsModel</name>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="175" />
        <source>Estimated from the price catalog (the log carried no usable cost).</source>
        <translation>Aus dem Preiskatalog geschätzt (das Protokoll enthielt keine verwertbaren Kosten).</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="211" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="211" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="221" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="238" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="242" />
        <source>Full · %1</source>
        <translation>Vollständig · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="242" />
        <source>Partial · %1</source>
        <translation>Teilweise · %1</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="251" />
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="253" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="255" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="257" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="259" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="261" />
        <source>Tokens in</source>
        <translation>Token ein</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="263" />
        <source>Tokens out</source>
        <translation>Token aus</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="265" />
        <source>Cost USD</source>
        <translation>Kosten USD</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="267" />
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="269" />
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogsPage</name>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="54" />
        <location filename="../ui/docks/logspage.cpp" line="119" />
        <source>Search prompts and responses…</source>
        <translation>Prompts und Antworten durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="57" />
        <location filename="../ui/docks/logspage.cpp" line="120" />
        <location filename="../ui/docks/logspage.cpp" line="153" />
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="63" />
        <source>Show rows by the refusal verdict of their logged answer.</source>
        <translation>Zeilen nach dem Ablehnungsurteil ihrer protokollierten Antwort anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="85" />
        <location filename="../ui/docks/logspage.cpp" line="122" />
        <source>Select a record to see its messages, response, usage and raw JSON.</source>
        <translation>Datensatz auswählen, um Nachrichten, Antwort, Verbrauch und Roh-JSON zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/logspage.cpp" line="105" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="133" />
        <source>Any answer</source>
        <translation>Jede Antwort</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="134" />
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="135" />
        <source>Full refusals</source>
        <translation>Vollständige Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="136" />
        <source>Partial refusals</source>
        <translation>Teilweise Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="137" />
        <source>Compliant</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="138" />
        <source>Not classified yet</source>
        <translation>Noch nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="179" />
        <source>Cannot load the record: %1</source>
        <translation>Datensatz kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="186" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="186" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="187" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="190" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="197" />
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="202" />
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="204" />
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="204" />
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="206" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="208" />
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="208" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="212" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="216" />
        <source>
… truncated for display; the project keeps all of it.</source>
        <translation>
… für die Anzeige gekürzt; das Projekt enthält alles.</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="217" />
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127" />
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131" />
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140" />
        <source>Replay run %1 finished: %2</source>
        <translation>Wiedergabelauf %1 beendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144" />
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147" />
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150" />
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153" />
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156" />
        <source>Cost forecast</source>
        <translation>Kostenprognose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159" />
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162" />
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="198" />
        <source>The Replay panel holds the forecast's %n prompt(s); press Start to replay them.</source>
        <translation>
            <numerusform>Der Replay-Bereich enthält den %n Prompt der Prognose; drücken Sie Start, um ihn zu wiederholen.</numerusform>
            <numerusform>Der Replay-Bereich enthält die %n Prompts der Prognose; drücken Sie Start, um sie zu wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216" />
        <source>Refusal verdicts for %1 logged answers: %2 refusals</source>
        <translation>Ablehnungsurteile für %1 protokollierte Antworten: %2 Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238" />
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243" />
        <source>Logs table: first page in %1 ms</source>
        <translation>Protokolltabelle: erste Seite in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270" />
        <source>Shadow Optic started</source>
        <translation>Shadow Optic gestartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285" />
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286" />
        <source>Target: %1 (not usable)</source>
        <translation>Ziel: %1 (nicht verwendbar)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288" />
        <source>Replays, judge calls and verification go here. Click to change it in the Replay panel.</source>
        <translation>Replays, Bewertungsaufrufe und Verifikation gehen hierhin. Klicken Sie, um es im Replay-Bereich zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289" />
        <source>%1 Click to fix it in the Replay panel.</source>
        <translation>%1 Klicken Sie, um es im Replay-Bereich zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370" />
        <source>&amp;Import Logs…</source>
        <translation>Protokolle &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371" />
        <source>&amp;Pull from Portkey…</source>
        <translation>Von Portkey &amp;abrufen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372" />
        <source>Model &amp;Catalog…</source>
        <translation>Modell&amp;katalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375" />
        <source>E&amp;xport Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376" />
        <source>&amp;Export Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="378" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383" />
        <source>&amp;Dark Palette</source>
        <translation>&amp;Dunkles Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388" />
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399" />
        <source>&amp;Reload Logs</source>
        <translation>Protokolle neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401" />
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403" />
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>&amp;About Shadow Optic</source>
        <translation>Ü&amp;ber Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419" />
        <source>About Shadow Optic</source>
        <translation>Über Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420" />
        <source>&lt;h3&gt;Shadow Optic %1&lt;/h3&gt;&lt;p&gt;Replays your Portkey traffic against cheaper models, scores cost, quality and refusals, and tells you which model to use and how to switch safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shadow Optic %1&lt;/h3&gt;&lt;p&gt;Spielt Ihren Portkey-Verkehr gegen günstigere Modelle ab, bewertet Kosten, Qualität und Ablehnungen und sagt Ihnen, welches Modell Sie nutzen sollten und wie Sie sicher wechseln.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>&lt;p&gt;Bundled price data: %1. Its licence is under Show Details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mitgelieferte Preisdaten: %1. Die Lizenz steht unter „Details einblenden“.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445" />
        <source>Shadow Optic</source>
        <translation>Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446" />
        <source>%1 — Shadow Optic</source>
        <translation>%1 — Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524" />
        <source>Layout reset</source>
        <translation>Layout zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="579" />
        <source>Opened project %1 (%n log record(s))</source>
        <translation>
            <numerusform>Projekt %1 geöffnet (%n Protokolldatensatz)</numerusform>
            <numerusform>Projekt %1 geöffnet (%n Protokolldatensätze)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590" />
        <location filename="../ui/mainwindow.cpp" line="596" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591" />
        <source>Shadow Optic projects (*.sqlite)</source>
        <translation>Shadow-Optic-Projekte (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596" />
        <source>Cannot replace '%1'.</source>
        <translation>'%1' kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="606" />
        <source>Shadow Optic projects (*.sqlite);;All files (*)</source>
        <translation>Shadow-Optic-Projekte (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616" />
        <source>Import Portkey logs</source>
        <translation>Portkey-Protokolle importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617" />
        <source>Portkey exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>Portkey-Exporte (*.jsonl *.json *.csv *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="638" />
        <location filename="../ui/mainwindow.cpp" line="723" />
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646" />
        <source>Decision report written to %1</source>
        <translation>Entscheidungsbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="709" />
        <source>The keys are saved in the OS keychain.</source>
        <translation>Die Schlüssel sind im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711" />
        <source>No keychain took the keys (%1): they are kept for this session only. Set PORTKEY_API_KEY and OPENAI_API_KEY to avoid entering them again.</source>
        <translation>Kein Schlüsselbund hat die Schlüssel übernommen (%1): Sie gelten nur für diese Sitzung. Setzen Sie PORTKEY_API_KEY und OPENAI_API_KEY, um sie nicht erneut eingeben zu müssen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728" />
        <source>Catalog saved (version %1)</source>
        <translation>Katalog gespeichert (Version %1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745" />
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Eine andere Aufgabe läuft; warten Sie oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756" />
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795" />
        <source>Replay running</source>
        <translation>Wiedergabe läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="796" />
        <source>A replay is still running. Cancel it and quit? Everything already replayed is saved and the run can be resumed later.</source>
        <translation>Eine Wiedergabe läuft noch. Abbrechen und beenden? Alles bereits Abgespielte ist gespeichert und der Lauf kann später fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="23" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ModelBarChart</name>
    <message>
        <location filename="../ui/charts/modelbarchart.cpp" line="40" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ModelResolution</name>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="19" />
        <source>No model was logged.</source>
        <translation>Es wurde kein Modell protokolliert.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="21" />
        <source>Priced as %1.</source>
        <translation>Bepreist als %1.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="24" />
        <source>The slug '%1' names %2.</source>
        <translation>Der Slug '%1' bezeichnet %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="27" />
        <source>Mapped in the catalog to %1.</source>
        <translation>Im Katalog %1 zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="30" />
        <source>The dated snapshot '%1' is priced as its alias %2.</source>
        <translation>Der datierte Snapshot '%1' wird wie sein Alias %2 bepreist.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="34" />
        <source>No provider was logged; the catalog prices '%1' as %2.</source>
        <translation>Es wurde kein Anbieter protokolliert; der Katalog bepreist '%1' als %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="35" />
        <source>The provider '%1' is not in the catalog; '%2' is priced as %3.</source>
        <translation>Der Anbieter '%1' ist nicht im Katalog; '%2' wird als %3 bepreist.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="38" />
        <source>No price: '%1' has %2 different prices under different providers and the provider '%3' does not say which — map it to a catalog model.</source>
        <translation>Kein Preis: '%1' hat %2 verschiedene Preise bei verschiedenen Anbietern, und der Anbieter '%3' sagt nicht, welcher gilt – ordnen Sie es einem Katalogmodell zu.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="45" />
        <source>No price: '%1' is not in the catalog — map it to a catalog model.</source>
        <translation>Kein Preis: '%1' ist nicht im Katalog – ordnen Sie es einem Katalogmodell zu.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="46" />
        <source>No price: '%1' is not in the catalog under '%2' — map it to a catalog model.</source>
        <translation>Kein Preis: '%1' ist im Katalog nicht unter '%2' – ordnen Sie es einem Katalogmodell zu.</translation>
    </message>
    <message>
        <location filename="../core/catalog/modelresolution.cpp" line="49" />
        <source>No price: '%1' is in the catalog as %2 without a token price (Portkey prices it in other units, or not at all) — map it to a priced model.</source>
        <translation>Kein Preis: '%1' steht als %2 ohne Token-Preis im Katalog (Portkey bepreist es in anderen Einheiten oder gar nicht) – ordnen Sie es einem bepreisten Modell zu.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::NewExperimentDialog</name>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="21" />
        <source>&amp;Automatic: promote when the check passes, roll back when a gate fails hard</source>
        <translation>&amp;Automatisch: hochstufen, wenn die Prüfung besteht, zurücksetzen, wenn ein Kriterium hart scheitert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="25" />
        <source>New rollout experiment</source>
        <translation>Neues Rollout-Experiment</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="33" />
        <source>default: &lt;challenger&gt;-vs-&lt;production&gt;</source>
        <translation>Standard: &lt;Herausforderer&gt;-vs-&lt;Produktion&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="34" />
        <source>Also the metadata.experiment_id your application may send with live requests; rows that carry it are counted for this experiment only.</source>
        <translation>Zugleich die metadata.experiment_id, die Ihre Anwendung mit Live-Anfragen senden kann; Zeilen, die sie tragen, zählen nur für dieses Experiment.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="38" />
        <source>The experiment starts in shadow with the stage table of the design notes (shadow, canary 1 %, graduated 10 %, ramping 50 %, majority 90 %, full).</source>
        <translation>Das Experiment beginnt in Schatten mit der Stufentabelle der Designnotizen (Schatten, Canary 1 %, Erweitert 10 %, Hochlauf 50 %, Mehrheit 90 %, Vollständig).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="43" />
        <source>&amp;Production model:</source>
        <translation>&amp;Produktionsmodell:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="44" />
        <source>&amp;Challenger:</source>
        <translation>&amp;Herausforderer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="45" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="78" />
        <source>Name both models.</source>
        <translation>Geben Sie beide Modelle an.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newexperimentdialog.cpp" line="80" />
        <source>The challenger must differ from the production model.</source>
        <translation>Der Herausforderer muss sich vom Produktionsmodell unterscheiden.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PrecisionChart</name>
    <message>
        <location filename="../ui/charts/precisionchart.cpp" line="165" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/precisionchart.cpp" line="189" />
        <source>margin %1</source>
        <translation>Toleranz %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/precisionchart.cpp" line="199" />
        <source>%1, round %2: %L3 judged pairs, %4 spent so far
Quality change between %5 and %6</source>
        <translation>%1, Runde %2: %L3 bewertete Paare, bisher %4 ausgegeben
Qualitätsänderung zwischen %5 und %6</translation>
    </message>
    <message>
        <location filename="../ui/charts/precisionchart.cpp" line="240" />
        <source>No verification rounds to show yet.</source>
        <translation>Noch keine Verifikationsrunden anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/precisionchart.cpp" line="266" />
        <source>Verification spend so far (USD)</source>
        <translation>Bisherige Verifikationskosten (USD)</translation>
    </message>
    <message>
        <location filename="../ui/charts/precisionchart.cpp" line="272" />
        <source>Quality change (%)</source>
        <translation>Qualitätsänderung (%)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PriceAdjustment</name>
    <message>
        <location filename="../core/costs/priceadjustment.cpp" line="14" />
        <source>'%1' is not a discount: write PROVIDER=PERCENT, e.g. anthropic=20 (0 to 100).</source>
        <translation>'%1' ist kein Rabatt: schreiben Sie ANBIETER=PROZENT, z. B. anthropic=20 (0 bis 100).</translation>
    </message>
    <message>
        <location filename="../core/costs/priceadjustment.cpp" line="28" />
        <source>%1 %2% off</source>
        <translation>%1 %2 % Rabatt</translation>
    </message>
    <message>
        <location filename="../core/costs/priceadjustment.cpp" line="30" />
        <source>prices from %1</source>
        <translation>Preise aus %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PriceCatalog</name>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="48" />
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="52" />
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="138" />
        <source>Portkey-AI/models at commit f654307e (2026-08-21), MIT licence, copyright Portkey.ai</source>
        <translation>Portkey-AI/models, Commit f654307e (21.08.2026), MIT-Lizenz, Copyright Portkey.ai</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="373" />
        <source>no priced models found (expected Portkey's pricing_config.pay_as_you_go layout)</source>
        <translation>keine Modelle mit Preisen gefunden (erwartet wurde Portkeys Aufbau pricing_config.pay_as_you_go)</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="486" />
        <source>no priced chat models found (expected LiteLLM's input_cost_per_token/output_cost_per_token)</source>
        <translation>keine Chat-Modelle mit Preisen gefunden (erwartet wurde LiteLLMs input_cost_per_token/output_cost_per_token)</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="497" />
        <source>File '%1' is not readable: %2.</source>
        <translation>Die Datei '%1' ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="501" />
        <source>File '%1' is larger than 64 MB; it is not a price catalog.</source>
        <translation>Die Datei '%1' ist größer als 64 MB; sie ist kein Preiskatalog.</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="524" />
        <source>neither a Portkey pricing file, a LiteLLM price map nor a Shadow Optic catalog</source>
        <translation>weder eine Portkey-Preisdatei noch eine LiteLLM-Preisliste noch ein Shadow-Optic-Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="527" />
        <source>File '%1': %2.</source>
        <translation>Datei '%1': %2.</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="556" />
        <source>'models' is missing or not an array</source>
        <translation>'models' fehlt oder ist kein Array</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="563" />
        <source>a model entry has no model_id</source>
        <translation>ein Modelleintrag hat keine model_id</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="567" />
        <source>the model '%1' of provider '%2' is listed twice</source>
        <translation>das Modell '%1' des Anbieters '%2' ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="579" />
        <source>the mapping of '%1' names '%2/%3', which is not in the catalog</source>
        <translation>die Zuordnung von '%1' nennt '%2/%3', das nicht im Katalog ist</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ProjectStore</name>
    <message>
        <location filename="../core/store/storeaccess.cpp" line="22" />
        <source>SQL failed (%1): %2</source>
        <translation>SQL fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="168" />
        <source>Project '%1' is read-only.</source>
        <translation>Das Projekt '%1' ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="145" />
        <source>'%1' is not a Shadow Optic project (not an SQLite database).</source>
        <translation>'%1' ist kein Shadow-Optic-Projekt (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="42" />
        <source>it belongs to another application, SQLite application id %1</source>
        <translation>sie gehört zu einer anderen Anwendung, SQLite-Anwendungs-ID %1</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="58" />
        <source>it has tables of another application: %1</source>
        <translation>sie hat Tabellen einer anderen Anwendung: %1</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="72" />
        <source>its tables are not those of a Shadow Optic project</source>
        <translation>ihre Tabellen sind nicht die eines Shadow-Optic-Projekts</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="134" />
        <source>Project '%1' does not exist.</source>
        <translation>Das Projekt '%1' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="139" />
        <source>'%1' is not a Shadow Optic project (the file is empty).</source>
        <translation>'%1' ist kein Shadow-Optic-Projekt (die Datei ist leer).</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="155" />
        <source>'%1' is not a Shadow Optic project (an SQLite database without tables).</source>
        <translation>'%1' ist kein Shadow-Optic-Projekt (eine SQLite-Datenbank ohne Tabellen).</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="160" />
        <source>'%1' is not a Shadow Optic project (%2). It was left unchanged.</source>
        <translation>'%1' ist kein Shadow-Optic-Projekt (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="163" />
        <location filename="../core/store/projectstore.cpp" line="177" />
        <source>Cannot open project '%1': %2.</source>
        <translation>Das Projekt '%1' kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/store/projectschema.cpp" line="211" />
        <source>Project '%1' was written by a newer Shadow Optic (schema %2, this build knows %3).</source>
        <translation>Das Projekt '%1' wurde von einer neueren Version von Shadow Optic geschrieben (Schema %2, diese Version kennt %3).</translation>
    </message>
    <message>
        <location filename="../core/store/projectschema.cpp" line="230" />
        <source>Migration to schema %1 failed: %2</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/store/projectschema.cpp" line="238" />
        <source>Cannot read the application id of '%1': %2</source>
        <translation>Die Anwendungs-ID von '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/importstore.cpp" line="170" />
        <source>Cannot prepare the log insert: %1</source>
        <translation>Das Einfügen der Protokolle kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/importstore.cpp" line="190" />
        <location filename="../core/store/importstore.cpp" line="248" />
        <location filename="../core/store/importstore.cpp" line="278" />
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/importstore.cpp" line="208" />
        <source>Cannot store log '%1': %2</source>
        <translation>Das Protokoll '%1' kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/importstore.cpp" line="220" />
        <source>Cannot note the conversation of log '%1': %2</source>
        <translation>Die Konversation des Protokolls '%1' kann nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/importstore.cpp" line="233" />
        <location filename="../core/store/importstore.cpp" line="293" />
        <source>Cannot commit imported rows: %1</source>
        <translation>Die importierten Zeilen können nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/importstore.cpp" line="265" />
        <source>Cannot commit the prompts: %1</source>
        <translation>Die Prompts können nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/catalogstore.cpp" line="66" />
        <location filename="../core/store/catalogstore.cpp" line="72" />
        <source>Cannot save the catalog: %1</source>
        <translation>Der Katalog kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/pullstatestore.cpp" line="28" />
        <source>Cannot remember the last pull: %1</source>
        <translation>Der letzte Abruf kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PullCommand</name>
    <message numerus="yes">
        <location filename="../core/cli/pullcommand.cpp" line="24" />
        <source>Pull logs created from this time on: ISO-8601 (UTC without a zone), YYYY-MM-DD, or an age like 24h or 7d. Default: where the last pull ended, less 5 minutes for logs Portkey wrote late, or %n days back on the first.</source>
        <translation>
            <numerusform>Logs abrufen, die ab diesem Zeitpunkt erstellt wurden: ISO-8601 (UTC ohne Zone), YYYY-MM-DD oder ein Alter wie 24h oder 7d. Standard: wo der letzte Abruf endete, abzüglich 5 Minuten für verspätet geschriebene Logs von Portkey, beim ersten Abruf %n Tag zurück.</numerusform>
            <numerusform>Logs abrufen, die ab diesem Zeitpunkt erstellt wurden: ISO-8601 (UTC ohne Zone), YYYY-MM-DD oder ein Alter wie 24h oder 7d. Standard: wo der letzte Abruf endete, abzüglich 5 Minuten für verspätet geschriebene Logs von Portkey, beim ersten Abruf %n Tage zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="29" />
        <location filename="../core/cli/pullcommand.cpp" line="32" />
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="32" />
        <source>Pull logs created up to this time (default: now).</source>
        <translation>Logs abrufen, die bis zu diesem Zeitpunkt erstellt wurden (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="33" />
        <source>Portkey workspace id.</source>
        <translation>ID des Portkey-Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="33" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="35" />
        <source>Portkey API base URL.</source>
        <translation>Basis-URL der Portkey-API.</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="35" />
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="38" />
        <source>Pull logs from Portkey's Log Export API into a project. The API key (scope logs.export) comes from PORTKEY_API_KEY and is never stored.</source>
        <translation>Logs über die Log-Export-API von Portkey in ein Projekt abrufen. Der API-Schlüssel (Berechtigung logs.export) kommt aus PORTKEY_API_KEY und wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="44" />
        <source>usage: shadow-optic pull --project P.sqlite [--since TIME] [--until TIME] [--workspace ID] [--base-url URL] [--json]</source>
        <translation>Aufruf: shadow-optic pull --project P.sqlite [--since TIME] [--until TIME] [--workspace ID] [--base-url URL] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="55" />
        <source>--%1: '%2' is not a time (ISO-8601, YYYY-MM-DD, or an age like 24h or 7d).</source>
        <translation>--%1: '%2' ist keine Zeitangabe (ISO-8601, YYYY-MM-DD oder ein Alter wie 24h oder 7d).</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="61" />
        <source>--since %1 is after --until %2.</source>
        <translation>--since %1 liegt nach --until %2.</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="68" />
        <source>--base-url: '%1' is not an http(s) URL.</source>
        <translation>--base-url: '%1' ist keine http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/cli/pullcommand.cpp" line="78" />
        <source>Cancelling: the export jobs imported so far stay imported…</source>
        <translation>Abbruch: Die bisher importierten Exportaufträge bleiben importiert…</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PullDialog</name>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="38" />
        <source>Since the last pull</source>
        <translation>Seit dem letzten Abruf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="40" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="49" />
        <source>&amp;Pull</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="51" />
        <source>Pull from Portkey</source>
        <translation>Von Portkey abrufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/pulldialog.cpp" line="71" />
        <source>Where the project's last pull ended, less 5 minutes for logs Portkey wrote late; on the first pull, %n days back.</source>
        <translation>
            <numerusform>Wo der letzte Abruf des Projekts endete, abzüglich 5 Minuten für verspätet geschriebene Logs von Portkey; beim ersten Abruf %n Tag zurück.</numerusform>
            <numerusform>Wo der letzte Abruf des Projekts endete, abzüglich 5 Minuten für verspätet geschriebene Logs von Portkey; beim ersten Abruf %n Tage zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="75" />
        <source>The key's default workspace</source>
        <translation>Standard-Arbeitsbereich des Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="77" />
        <source>Portkey API key with the logs.export scope</source>
        <translation>Portkey-API-Schlüssel mit der Berechtigung logs.export</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="78" />
        <source>Kept in memory for this session only; never written to the project or the logs.</source>
        <translation>Nur für diese Sitzung im Speicher; nie ins Projekt oder in die Logs geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="90" />
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="94" />
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="95" />
        <source>Workspace ID:</source>
        <translation>Arbeitsbereichs-ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="96" />
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="97" />
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="139" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pulldialog.cpp" line="139" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/pulldialog.cpp" line="176" />
        <source>Pull cancelled. %n new log(s) were imported before.</source>
        <translation>
            <numerusform>Abruf abgebrochen. Zuvor wurde %n neues Log importiert.</numerusform>
            <numerusform>Abruf abgebrochen. Zuvor wurden %n neue Logs importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/pulldialog.cpp" line="181" />
        <source>%n new log(s) were imported before.</source>
        <translation>
            <numerusform>Zuvor wurde %n neues Log importiert.</numerusform>
            <numerusform>Zuvor wurden %n neue Logs importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PullJob</name>
    <message>
        <location filename="../core/session/pulljob.cpp" line="55" />
        <source>Open or create a project before pulling logs from Portkey.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, bevor Sie Logs von Portkey abrufen.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="59" />
        <source>No Portkey API key: set PORTKEY_API_KEY or enter a key with the logs.export scope.</source>
        <translation>Kein Portkey-API-Schlüssel: Setzen Sie PORTKEY_API_KEY oder geben Sie einen Schlüssel mit der Berechtigung logs.export ein.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="64" />
        <source>The Portkey API URL '%1' is not a valid http(s) URL.</source>
        <translation>Die Portkey-API-URL '%1' ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="68" />
        <location filename="../core/session/pulljob.cpp" line="129" />
        <source>The range to pull is empty: %1 is after %2.</source>
        <translation>Der abzurufende Zeitraum ist leer: %1 liegt nach %2.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="90" />
        <source>Reading where the last pull ended…</source>
        <translation>Ende des letzten Abrufs wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="139" />
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="156" />
        <source>Asking Portkey for the logs of %1…</source>
        <translation>Logs für %1 werden bei Portkey angefragt…</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="160" />
        <source>Portkey did not create an export of %1: %2</source>
        <translation>Portkey hat keinen Export von %1 angelegt: %2</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="161" />
        <source>its answer has no id</source>
        <translation>seine Antwort hat keine ID</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="181" />
        <source>Starting Portkey export job %1 (%2)…</source>
        <translation>Portkey-Exportauftrag %1 (%2) wird gestartet…</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="184" />
        <source>Portkey did not start export job %1 (%2): %3</source>
        <translation>Portkey hat Exportauftrag %1 (%2) nicht gestartet: %3</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="199" />
        <source>Portkey did not say how export job %1 (%2) is doing: %3</source>
        <translation>Portkey hat den Stand von Exportauftrag %1 (%2) nicht gemeldet: %3</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="212" />
        <source>Portkey export job %1 (%2) %3; nothing of it was imported. Pull again to retry it.</source>
        <translation>Portkey-Exportauftrag %1 (%2) %3; nichts davon wurde importiert. Rufen Sie erneut ab, um ihn zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="213" />
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="213" />
        <source>failed</source>
        <translation>ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="217" />
        <source>Portkey export job %1 (%2) did not finish within %3 s (status '%4').</source>
        <translation>Portkey-Exportauftrag %1 (%2) wurde nicht innerhalb von %3 s fertig (Status '%4').</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="223" />
        <source>Portkey prepares export job %1 (%2): %3…</source>
        <translation>Portkey bereitet Exportauftrag %1 (%2) vor: %3…</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="238" />
        <source>Portkey gave no download link for export job %1 (%2): %3</source>
        <translation>Portkey gab keinen Download-Link für Exportauftrag %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="240" />
        <source>its answer has no http(s) signed_url</source>
        <translation>seine Antwort hat keine http(s)-signed_url</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="248" />
        <source>Cannot create a temporary file next to the project: %1</source>
        <translation>Neben dem Projekt kann keine temporäre Datei angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="252" />
        <source>Downloading export job %1 (%2)…</source>
        <translation>Exportauftrag %1 (%2) wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="256" />
        <source>%1 Nothing of Portkey export job %2 (%3) was imported; pull again to fetch it.</source>
        <translation>%1 Nichts von Portkey-Exportauftrag %2 (%3) wurde importiert; rufen Sie erneut ab, um ihn zu holen.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="273" />
        <source>Portkey counted %1 logs in %2 but export job %3 held %4; the pull goes on with those.</source>
        <translation>Portkey zählte %1 Logs in %2, aber Exportauftrag %3 enthielt %4; der Abruf läuft mit diesen weiter.</translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="301" />
        <source>More than %1 logs were created within %2; a Portkey export job holds no more, and its time filter cannot be narrower than a second.</source>
        <translation>Innerhalb von %2 wurden mehr als %1 Logs erstellt; ein Portkey-Exportauftrag fasst nicht mehr, und sein Zeitfilter kann nicht feiner als eine Sekunde sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/pulljob.cpp" line="329" />
        <source>Importing %n row(s) of export job %1 (%2)…</source>
        <translation>
            <numerusform>%n Zeile von Exportauftrag %1 (%2) wird importiert…</numerusform>
            <numerusform>%n Zeilen von Exportauftrag %1 (%2) werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/pulljob.cpp" line="392" />
        <source>Portkey export job %1 (%2) could not be imported: %3</source>
        <translation>Portkey-Exportauftrag %1 (%2) konnte nicht importiert werden: %3</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::PullReport</name>
    <message numerus="yes">
        <location filename="../core/pull/pullreport.cpp" line="65" />
        <source>Pulled %1 … %2 from Portkey in %n export job(s): %3 rows downloaded, %4 new, %5 already in the project.</source>
        <translation>
            <numerusform>%1 … %2 von Portkey in %n Exportauftrag abgerufen: %3 Zeilen heruntergeladen, %4 neu, %5 bereits im Projekt.</numerusform>
            <numerusform>%1 … %2 von Portkey in %n Exportaufträgen abgerufen: %3 Zeilen heruntergeladen, %4 neu, %5 bereits im Projekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/pull/pullreport.cpp" line="73" />
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n Zeile übersprungen.</numerusform>
            <numerusform>%n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/pull/pullreport.cpp" line="75" />
        <source>The next pull starts at %1.</source>
        <translation>Der nächste Abruf beginnt bei %1.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RecommendCommand</name>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="41" />
        <source>Recommend a cheaper model: discovery, use-case fit and verification (replays and judge calls on a sample of the logs, through --base-url or the built-in simulated gateway), with the business impact and per-segment routing.</source>
        <translation>Ein günstigeres Modell empfehlen: Suche, Eignung für den Anwendungsfall und Prüfung (Wiedergaben und Bewerteraufrufe mit einer Stichprobe der Protokolle, über --base-url oder das eingebaute simulierte Gateway), mit den geschäftlichen Auswirkungen und Routing je Segment.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="44" />
        <source>Project database.</source>
        <translation>Projektdatenbank.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="44" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="45" />
        <source>Profile name.</source>
        <translation>Profilname.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="45" />
        <location filename="../core/cli/recommendcommand.cpp" line="52" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="48" />
        <source>Current model (default: the profile's, else the most logged).</source>
        <translation>Aktuelles Modell (Standard: das des Profils, sonst das am häufigsten protokollierte).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="49" />
        <location filename="../core/cli/recommendcommand.cpp" line="74" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="52" />
        <source>general, coding, reasoning, summarization, creative or support.</source>
        <translation>general, coding, reasoning, summarization, creative oder support.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="53" />
        <source>Maximum cost per request in USD.</source>
        <translation>Höchstkosten pro Anfrage in USD.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="53" />
        <location filename="../core/cli/recommendcommand.cpp" line="76" />
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="54" />
        <source>Maximum latency in ms.</source>
        <translation>Höchstlatenz in ms.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="54" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="55" />
        <source>Minimum mean quality (0-100).</source>
        <translation>Mindestqualität im Mittel (0-100).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="55" />
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="57" />
        <source>Required capabilities: json_mode, function_calling, vision.</source>
        <translation>Erforderliche Fähigkeiten: json_mode, function_calling, vision.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="57" />
        <location filename="../core/cli/recommendcommand.cpp" line="58" />
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="58" />
        <source>Blocked providers.</source>
        <translation>Gesperrte Anbieter.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="61" />
        <source>Monthly request volume (default: measured from the logs when they span at least an hour, else 10000; 0 = measured).</source>
        <translation>Anfragevolumen pro Monat (Standard: aus den Protokollen gemessen, wenn sie mindestens eine Stunde umfassen, sonst 10000; 0 = gemessen).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="63" />
        <location filename="../core/cli/recommendcommand.cpp" line="68" />
        <location filename="../core/cli/recommendcommand.cpp" line="70" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="66" />
        <source>Prompts in the first verification round; rounds double (20, 40, 80, …) until every top candidate is decisive, the budget or --max-prompts is reached.</source>
        <translation>Prompts der ersten Verifikationsrunde; die Runden verdoppeln sich (20, 40, 80, …), bis jeder Top-Kandidat entschieden ist oder das Budget bzw. --max-prompts erreicht ist.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="70" />
        <source>Prompt cap of the verification.</source>
        <translation>Höchstzahl der Prompts der Verifikation.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="89" />
        <source>Print what verification would take (cost per prompt, prompts the budget buys, prompts that settle a candidate 1, 2 or 3 % worse) without spending anything.</source>
        <translation>Ausgeben, was die Verifikation bräuchte (Kosten pro Prompt, Prompts, die das Budget bezahlt, Prompts, die einen um 1, 2 oder 3 % schlechteren Kandidaten entscheiden), ohne etwas auszugeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="139" />
        <source>--sample must be at least 1, --max-prompts at least --sample and --budget positive.</source>
        <translation>--sample muss mindestens 1 sein, --max-prompts mindestens --sample und --budget positiv.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="166" />
        <source>Nothing to continue: profile '%1' has no stored recommendation.</source>
        <translation>Nichts fortzusetzen: Das Profil „%1“ hat keine gespeicherte Empfehlung.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="167" />
        <source>Nothing to continue: the stored recommendation is decisive (%1).</source>
        <translation>Nichts fortzusetzen: Die gespeicherte Empfehlung ist entschieden (%1).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="172" />
        <source>%1 sits too close to the margin to settle within %L2 prompts; continuing would not decide it.</source>
        <translation>%1 liegt zu nah an der Toleranzgrenze, um mit %L2 Prompts entschieden zu werden; Fortsetzen würde es nicht entscheiden.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="183" />
        <source>Continuing %1: up to %L2 prompts, budget $%3 (stored replays are reused).</source>
        <translation>Setze %1 fort: bis zu %L2 Prompts, Budget $%3 (gespeicherte Replays werden wiederverwendet).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="72" />
        <source>Sample seed.</source>
        <translation>Startwert der Stichprobe.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="72" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="74" />
        <source>Judge model.</source>
        <translation>Bewertermodell.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="76" />
        <source>Verification budget in USD.</source>
        <translation>Budget für die Prüfung in USD.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="78" />
        <source>Requests in flight (1-64).</source>
        <translation>Gleichzeitige Anfragen (1-64).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="78" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="81" />
        <source>Print the stored recommendation if it is still valid, without verifying again.</source>
        <translation>Die gespeicherte Empfehlung ausgeben, wenn sie noch gültig ist, ohne erneut zu prüfen.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="85" />
        <source>Continue the stored recommendation that was not decisive: raise the budget and the prompt cap to what its planner estimated (stored replays are reused, only new prompts cost).</source>
        <translation>Die gespeicherte, noch nicht entschiedene Empfehlung fortsetzen: Budget und Höchstzahl der Prompts auf die Schätzung ihres Planers anheben (gespeicherte Replays werden wiederverwendet, nur neue Prompts kosten).</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="91" />
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="96" />
        <source>usage: shadow-optic recommend --project P [--base-url URL] [--current MODEL] [--use-case U] [--sample N] [--json]</source>
        <translation>Aufruf: shadow-optic recommend --project P [--base-url URL] [--current MODEL] [--use-case U] [--sample N] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="200" />
        <source>No valid stored recommendation for this profile; verifying.</source>
        <translation>Keine gültige gespeicherte Empfehlung für dieses Profil; es wird geprüft.</translation>
    </message>
    <message>
        <location filename="../core/cli/recommendcommand.cpp" line="213" />
        <source>The recommendation was cancelled.</source>
        <translation>Die Empfehlung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::Recommendation</name>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="278" />
        <source>Refusal rate %1%, format failures %2%, errors %3%, p95 latency %4 ms.
</source>
        <translation>Ablehnungsrate %1%, Formatfehler %2%, Fehler %3%, p95-Latenz %4 ms.
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="291" />
        <source>Reasons: %1
</source>
        <translation>Gründe: %1
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="293" />
        <source>Fallback: %1 (saves %2%, quality impact %3%).
</source>
        <translation>Ausweichmodell: %1 (spart %2%, Auswirkung auf die Qualität %3%).
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="302" />
        <source>No recommendation: %1
</source>
        <translation>Keine Empfehlung: %1
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="284" />
        <source>Business impact at %1 requests/month (%2): $%3 → $%4 per month, saving $%5 a month, $%6 a year.
</source>
        <translation>Geschäftliche Auswirkung bei %1 Anfragen/Monat (%2): $%3 → $%4 pro Monat, Ersparnis $%5 im Monat, $%6 im Jahr.
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="57" />
        <source>passes</source>
        <translation>besteht</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="59" />
        <source>fails</source>
        <translation>fällt durch</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="63" />
        <source>not decisive</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="78" />
        <source>Switching from %1 to %2 reduces cost by %3% with a %4% quality impact.</source>
        <translation>Ein Wechsel von %1 zu %2 senkt die Kosten um %3% bei einer Auswirkung auf die Qualität von %4%.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="268" />
        <source>Quality %1 vs %2 on %3 paired samples: %4% (95% anytime-valid interval %5% to %6%, margin −%7%); confidence %8 (display only).
</source>
        <translation>Qualität %1 gegenüber %2 auf %3 gepaarten Stichproben: %4 % (jederzeit gültiges 95-%-Intervall %5 % bis %6 %, Toleranz −%7 %); Konfidenz %8 (nur zur Anzeige).
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="300" />
        <source>Stopped: %1
</source>
        <translation>Beendet: %1
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="305" />
        <source>Routing: %1
</source>
        <translation>Routing: %1
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="306" />
        <source>Verification: %1 iteration(s), %2 sampled prompts, $%3 spent, judge %4; %5 stored replays reused, %6 new replays.
</source>
        <translation>Prüfung: %1 Iteration(en), %2 Prompts in der Stichprobe, $%3 ausgegeben, Bewerter %4; %5 gespeicherte Wiedergaben übernommen, %6 neue Wiedergaben.
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="319" />
        <source>Evidence (quality change in percent of %1, 95% anytime-valid interval, margin −%2%):
</source>
        <translation>Belege (Qualitätsänderung in Prozent von %1, jederzeit gültiges 95-%-Intervall, Toleranz −%2 %):
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="325" />
        <source>  %1 %2 [%3%, %4%] on %5 prompts in %6 round(s), unit %7: %8
</source>
        <translation>  %1 %2 [%3 %, %4 %] auf %5 Prompts in %6 Runde(n), Einheit %7: %8
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="339" />
        <source>Why not:
</source>
        <translation>Warum nicht:
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="348" />
        <source>%1 cheaper model(s) excluded by the constraints (see --json).
</source>
        <translation>%1 günstigere(s) Modell(e) durch die Vorgaben ausgeschlossen (siehe --json).
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="350" />
        <source>Per segment (metadata.use_case):
</source>
        <translation>Je Segment (metadata.use_case):
</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="354" />
        <source>Portkey conditional config:
</source>
        <translation>Bedingte Portkey-Konfiguration:
</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RecommendationJob</name>
    <message>
        <location filename="../core/session/recommendationjob.cpp" line="29" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/recommendationjob.cpp" line="40" />
        <source>Preparing the recommendation…</source>
        <translation>Die Empfehlung wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RecommendationPage</name>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="99" />
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="100" />
        <source>&amp;Recommend</source>
        <translation>&amp;Empfehlen</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="101" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="122" />
        <source>&amp;Copy config</source>
        <translation>Konfiguration &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="142" />
        <source>The Portkey config is on the clipboard.</source>
        <translation>Die Portkey-Konfiguration ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="195" />
        <source>Prompts of the first verification round, replayed and judged on each verified candidate. Rounds double (20, 40, 80 …) while a candidate is not decisive, until its verdict is decisive, the budget is used up or the prompt cap is reached.</source>
        <translation>Prompts der ersten Verifikationsrunde, auf jedem verifizierten Kandidaten wiederholt und bewertet. Die Runden verdoppeln sich (20, 40, 80 …), solange ein Kandidat nicht entschieden ist – bis sein Urteil feststeht, das Budget aufgebraucht oder die Höchstzahl der Prompts erreicht ist.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="203" />
        <source>The most prompts one verification replays on each candidate, over all rounds.</source>
        <translation>Die meisten Prompts, die eine Verifikation über alle Runden auf jedem Kandidaten wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="209" />
        <source>The most one verification may spend on replays and judging (stored replays that are reused cost nothing).</source>
        <translation>Der Höchstbetrag, den eine Verifikation für Replays und Bewertung ausgeben darf (wiederverwendete gespeicherte Replays kosten nichts).</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="222" />
        <source>First round:</source>
        <translation>Erste Runde:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="223" />
        <source>Max prompts:</source>
        <translation>Max. Prompts:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="224" />
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="518" />
        <source>No recommendation yet for this profile: press “Recommend”.</source>
        <translation>Noch keine Empfehlung für dieses Profil: „Empfehlen“ drücken.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="700" />
        <source>The recommendation failed: %1</source>
        <translation>Die Empfehlung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="167" />
        <source>The model in production today (empty = the most logged model).</source>
        <translation>Das heute in der Produktion eingesetzte Modell (leer = das am häufigsten protokollierte Modell).</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="107" />
        <source>Co&amp;ntinue verification</source>
        <translation>Verifikation &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="123" />
        <source>Start staged &amp;rollout…</source>
        <translation>Gestaffelten &amp;Rollout starten…</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="169" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="169" />
        <source>Coding</source>
        <translation>Programmierung</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="170" />
        <source>Reasoning</source>
        <translation>Schlussfolgern</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="170" />
        <source>Summarization</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="171" />
        <source>Creative</source>
        <translation>Kreatives Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="171" />
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="181" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="185" />
        <source>Measured from the logs</source>
        <translation>Aus den Protokollen gemessen</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="189" />
        <source>Requests per month of the current model. Leave at "Measured from the logs" (0) to use the rate of its logged requests when they span at least an hour (else 10,000); a value set here overrides the measured rate.</source>
        <translation>Anfragen pro Monat an das aktuelle Modell. Bei „Aus den Protokollen gemessen“ (0) wird die Rate seiner protokollierten Anfragen verwendet, wenn sie mindestens eine Stunde umfassen (sonst 10.000); ein hier gesetzter Wert ersetzt die gemessene Rate.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="214" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="216" />
        <source>Current model:</source>
        <translation>Aktuelles Modell:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="217" />
        <source>Use case:</source>
        <translation>Anwendungsfall:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="218" />
        <source>Max cost/request:</source>
        <translation>Max. Kosten/Anfrage:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="219" />
        <source>Max latency:</source>
        <translation>Max. Latenz:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="220" />
        <source>Min quality:</source>
        <translation>Min. Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="221" />
        <source>Monthly volume:</source>
        <translation>Monatliches Volumen:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="230" />
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="241" />
        <source>Catalog prices at the profile's token mix; after a run the panel plans from what it measured.</source>
        <translation>Katalogpreise beim Token-Mix des Profils; nach einem Lauf plant das Panel mit den gemessenen Werten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="267" />
        <source>Run the verification again with the budget and prompt cap that would settle it. Stored replays are reused, so it pays only for the new prompts.</source>
        <translation>Die Verifikation mit dem Budget und der Höchstzahl an Prompts wiederholen, die sie entscheiden würden. Gespeicherte Replays werden wiederverwendet, bezahlt werden nur die neuen Prompts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="274" />
        <source>Intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="275" />
        <source>Precision over spend</source>
        <translation>Genauigkeit nach Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="276" />
        <source>The quality change of each verified candidate against the margin</source>
        <translation>Die Qualitätsänderung jedes verifizierten Kandidaten gegenüber der Toleranz</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="277" />
        <source>How the intervals narrowed round by round, against the verification spend</source>
        <translation>Wie die Intervalle Runde für Runde enger wurden, über den Verifikationskosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="279" />
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="283" />
        <source>Business impact</source>
        <translation>Geschäftliche Auswirkung</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="286" />
        <source>Current monthly cost</source>
        <translation>Aktuelle monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="287" />
        <source>Projected monthly cost</source>
        <translation>Erwartete monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="288" />
        <source>Monthly savings</source>
        <translation>Monatliche Ersparnis</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="289" />
        <source>Annual savings</source>
        <translation>Jährliche Ersparnis</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="305" />
        <source>Reasons and fallback</source>
        <translation>Gründe und Ausweichmodell</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="313" />
        <source>Per segment (metadata.use_case)</source>
        <translation>Je Segment (metadata.use_case)</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="317" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="317" />
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="317" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="317" />
        <location filename="../ui/docks/recommendationpage.cpp" line="332" />
        <source>Saving</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="317" />
        <source>Δ quality</source>
        <translation>Δ Qualität</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="317" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="330" />
        <source>Why not the other candidates</source>
        <translation>Warum nicht die anderen Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="332" />
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="332" />
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="332" />
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="340" />
        <source>Portkey conditional config</source>
        <translation>Bedingte Portkey-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="345" />
        <source>Shown when the segments are routed to different models.</source>
        <translation>Wird angezeigt, wenn die Segmente an unterschiedliche Modelle geleitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="347" />
        <source>Take the recommended model to production in stages (shadow, canary 1 %, … full) in the Rollout panel, each stage promoted only on evidence.</source>
        <translation>Das empfohlene Modell im Rollout-Bereich stufenweise in Produktion bringen (Schatten, Canary 1 %, … Vollständig), jede Stufe nur auf Belege hin hochgestuft.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="498" />
        <source>The Recommendation panel cannot read the project '%1': %2</source>
        <translation>Der Bereich Empfehlung kann das Projekt '%1' nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="511" />
        <source>The report %1 (made %2) is current: its evidence has not changed.</source>
        <translation>Der Bericht %1 (erstellt %2) ist aktuell: Seine Belege haben sich nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="512" />
        <source>The report %1 (made %2) is out of date: %3 Export it again (File ▸ Export Report…).</source>
        <translation>Der Bericht %1 (erstellt %2) ist veraltet: %3 Exportieren Sie ihn erneut (Datei ▸ Bericht exportieren…).</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="521" />
        <source>Showing the stored recommendation of %1.</source>
        <translation>Die gespeicherte Empfehlung vom %1 wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="597" />
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="601" />
        <source>Profile saved; its earlier recommendations no longer apply.</source>
        <translation>Profil gespeichert; seine früheren Empfehlungen gelten nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="602" />
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="620" />
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="625" />
        <source>The recommendation could not start: %1</source>
        <translation>Die Empfehlung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="652" />
        <source>%1 sits on the margin: even %L2 prompts would likely not settle it, so continuing is not offered.</source>
        <translation>%1 liegt auf der Toleranzgrenze: Selbst %L2 Prompts würden es wahrscheinlich nicht entscheiden, daher wird kein Fortsetzen angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="669" />
        <source>About %L1 more prompts on %2. Continuing raises the budget to %3 and the prompt cap to %L4; stored replays are reused, so it pays only for the new prompts.</source>
        <translation>Etwa %L1 weitere Prompts auf %2. Fortsetzen hebt das Budget auf %3 und die Höchstzahl der Prompts auf %L4; gespeicherte Replays werden wiederverwendet, bezahlt werden nur die neuen Prompts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="685" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="695" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="708" />
        <source>Done: %1 iteration(s), %2 sampled prompts, $%3 spent on verification (%4 stored replays reused, %5 new).</source>
        <translation>Fertig: %1 Iteration(en), %2 Prompts in der Stichprobe, $%3 für die Prüfung ausgegeben (%4 gespeicherte Wiedergaben übernommen, %5 neu).</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="722" />
        <location filename="../ui/docks/recommendationpage.cpp" line="809" />
        <source>No recommendation: %1</source>
        <translation>Keine Empfehlung: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="730" />
        <source>No recommendation yet.</source>
        <translation>Noch keine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="762" />
        <source>Quality %1 vs %2 on %5 paired prompts: a change between %3% and %4% (95% anytime-valid interval, margin −%11%); confidence %6 (display only). Refusals %7%, judge format failures %8%, errors %9%, p95 latency %10 ms.</source>
        <translation>Qualität %1 gegenüber %2 auf %5 gepaarten Prompts: eine Änderung zwischen %3 % und %4 % (jederzeit gültiges 95-%-Intervall, Toleranz −%11 %); Konfidenz %6 (nur zur Anzeige). Ablehnungen %7 %, Formatfehler des Bewerters %8 %, Fehler %9 %, p95-Latenz %10 ms.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="855" />
        <source>About %L1 more prompts would settle it.</source>
        <translation>Etwa %L1 weitere Prompts würden es entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="777" />
        <source>At %1 requests a month (%2) and %3 per request today (%4).</source>
        <translation>Bei %1 Anfragen im Monat (%2) und heute %3 pro Anfrage (%4).</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="779" />
        <source>mean logged cost</source>
        <translation>mittlere protokollierte Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="779" />
        <source>catalog price at the token mix</source>
        <translation>Katalogpreis beim Token-Mix</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="784" />
        <source>Fallback: none (no runner-up passed the thresholds).</source>
        <translation>Ausweichmodell: keines (kein Zweitplatzierter hat die Schwellen erreicht).</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="785" />
        <source>Fallback: %1, saving %2 with a %3 quality impact.</source>
        <translation>Ausweichmodell: %1, Ersparnis %2 bei einer Auswirkung auf die Qualität von %3.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="796" />
        <source>The current model %1 stays for now. %2 iteration(s), %3 sampled prompts, %4 spent on verification.</source>
        <translation>Das aktuelle Modell %1 bleibt vorerst. %2 Iteration(en), %3 Prompts in der Stichprobe, %4 für die Verifikation ausgegeben.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="802" />
        <source>Verification stopped because:</source>
        <translation>Die Verifikation endete, weil:</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="806" />
        <source>the evidence is not decisive yet</source>
        <translation>die Beleglage noch nicht entschieden ist</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="810" />
        <source>The current model %1 stays. %2 iteration(s), %3 sampled prompts.</source>
        <translation>Das aktuelle Modell %1 bleibt. %2 Iteration(en), %3 Prompts in der Stichprobe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="814" />
        <source>See why each candidate was rejected below.</source>
        <translation>Unten steht, warum jeder Kandidat abgelehnt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="818" />
        <source>Routing: %1</source>
        <translation>Routing: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="826" />
        <source>%1 (keep)</source>
        <translation>%1 (beibehalten)</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="848" />
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="849" />
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../ui/docks/recommendationpage.cpp" line="850" />
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::Recommender</name>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="145" />
        <source>No successful replay on the verification target</source>
        <translation>Keine erfolgreiche Wiedergabe auf dem Prüfziel</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="160" />
        <source>No price in the catalog for %1: its cost cannot be compared</source>
        <translation>Kein Preis im Katalog für %1: seine Kosten lassen sich nicht vergleichen</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="225" />
        <source>Only %1 paired judged samples (needs %2)</source>
        <translation>Nur %1 gepaarte bewertete Stichproben (benötigt %2)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="204" />
        <source>No paired quality comparison with the current model</source>
        <translation>Kein gepaarter Qualitätsvergleich mit dem aktuellen Modell</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="184" />
        <source>Mean quality %1 below the profile's minimum %2</source>
        <translation>Mittlere Qualität %1 unter dem Minimum %2 des Profils</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="188" />
        <source>p95 latency %1 ms above the %2 ms limit</source>
        <translation>p95-Latenz %1 ms über der Grenze von %2 ms</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="190" />
        <source>Measured $%1 per request, above the $%2 limit</source>
        <translation>Gemessen $%1 pro Anfrage, über der Grenze von $%2</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="303" />
        <source>Follows the recommendation: %1 saves %2 with a %3 quality change on %4 prompts here</source>
        <translation>Folgt der Empfehlung: %1 spart %2 bei einer Qualitätsänderung von %3 auf %4 Prompts hier</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="306" />
        <source>Follows the recommendation (%1 judged prompts here, %2 needed to decide otherwise)</source>
        <translation>Folgt der Empfehlung (%1 bewertete Prompts hier, %2 nötig, um anders zu entscheiden)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="312" />
        <source>%1 drops %2 here on %3 prompts; %4 passes with a %5 saving</source>
        <translation>%1 verliert hier %2 auf %3 Prompts; %4 besteht mit einer Ersparnis von %5</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="322" />
        <source>%1 drops %2 here on %3 prompts (limit %4): keep %5</source>
        <translation>%1 verliert hier %2 auf %3 Prompts (Grenze %4): %5 beibehalten</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="330" />
        <source>Passes the thresholds on this segment's own %1 prompts: saves %2 with a %3 quality change</source>
        <translation>Erreicht die Schwellen auf den eigenen %1 Prompts dieses Segments: spart %2 bei einer Qualitätsänderung von %3</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="335" />
        <source>Keep %1: %2 judged prompts here, too few (needs %3) to route this segment differently</source>
        <translation>%1 beibehalten: %2 bewertete Prompts hier, zu wenige (benötigt %3), um dieses Segment anders zu leiten</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="339" />
        <source>Keep %1: no candidate saves %2 within a %3 quality drop here</source>
        <translation>%1 beibehalten: kein Kandidat spart hier %2 bei einem Qualitätsverlust von höchstens %3</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="409" />
        <source>Cost reduction of %1 (measured on the same prompts)</source>
        <translation>Kostensenkung um %1 (gemessen mit denselben Prompts)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="73" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="74" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="80" />
        <source>%1 worse</source>
        <translation>%1 schlechter</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="81" />
        <source>%1 better</source>
        <translation>%1 besser</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="108" />
        <source>Round %1 (%2 prompts): replaying %3 of %4</source>
        <translation>Runde %1 (%2 Prompts): Replay %3 von %4</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="113" />
        <source>Round %1 (%2 prompts): judging</source>
        <translation>Runde %1 (%2 Prompts): Bewertung</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="139" />
        <source>Not decisive yet: no answer was bought for it within the budget</source>
        <translation>Noch nicht entschieden: Im Rahmen des Budgets wurde keine Antwort dafür eingeholt</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="196" />
        <source>Quality is at least %1 worse than %2 (interval %3, margin %4)</source>
        <translation>Die Qualität ist mindestens %1 schlechter als bei %2 (Intervall %3, Toleranz %4)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="201" />
        <source>Not decisive yet: quality between %1 and %2 than %3 (margin %4)</source>
        <translation>Noch nicht entschieden: Qualität zwischen %1 und %2 als %3 (Toleranz %4)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="211" />
        <source>%1 rises by at least %2 points (allowed %3)</source>
        <translation>%1 steigt um mindestens %2 Punkte (erlaubt %3)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="214" />
        <source>Not decisive yet: %1 changes by %2 to %3 points (allowed +%4)</source>
        <translation>Noch nicht entschieden: %1 ändert sich um %2 bis %3 Punkte (erlaubt +%4)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="217" />
        <source>The full-refusal rate</source>
        <translation>Die Rate vollständiger Ablehnungen</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="218" />
        <source>The error rate</source>
        <translation>Die Fehlerrate</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="220" />
        <source>Saves at most %1 (needs at least %2)</source>
        <translation>Spart höchstens %1 (nötig sind mindestens %2)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="222" />
        <source>Not decisive yet: saves between %1 and %2 (needs at least %3)</source>
        <translation>Noch nicht entschieden: spart zwischen %1 und %2 (nötig sind mindestens %3)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="351" />
        <source>No decisive answer yet: the budget bought too few answers to compare %1 with %2. A first round of %3 prompts costs about $%4.</source>
        <translation>Noch keine entschiedene Antwort: Das Budget reichte für zu wenige Antworten, um %1 mit %2 zu vergleichen. Eine erste Runde mit %3 Prompts kostet etwa $%4.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="357" />
        <source>No decisive answer yet: %1 is %2 cheaper, its quality is between %3 and %4 than %5 (%6 prompts).</source>
        <translation>Noch keine entschiedene Antwort: %1 ist %2 günstiger, seine Qualität liegt zwischen %3 und %4 als bei %5 (%6 Prompts).</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="360" />
        <source>No decisive answer yet: %1 is %2 cheaper, but its quality could not be compared with %3 (%4 prompts).</source>
        <translation>Noch keine entschiedene Antwort: %1 ist %2 günstiger, aber seine Qualität ließ sich nicht mit %3 vergleichen (%4 Prompts).</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="365" />
        <source>It sits too close to the margin to settle within %L1 prompts.</source>
        <translation>Das Modell liegt zu nah an der Toleranzgrenze, um mit %L1 Prompts entschieden zu werden.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="367" />
        <source>About %L1 more prompts (≈ $%2, ≈ %3) would settle it.</source>
        <translation>Etwa %L1 weitere Prompts (≈ $%2, ≈ %3) würden es entscheiden.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="372" />
        <source>About %L1 more prompts (≈ $%2) would settle it.</source>
        <translation>Etwa %L1 weitere Prompts (≈ $%2) würden es entscheiden.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="411" />
        <source>Quality impact of %1: between %2 and %3 than %4 on %5 prompts, within the %6 margin (95% anytime-valid interval, unit: %7)</source>
        <translation>Qualitätsauswirkung %1: zwischen %2 und %3 als %4 auf %5 Prompts, innerhalb der Toleranz von %6 (jederzeit gültiges 95-%-Intervall, Einheit: %7)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="417" />
        <source>Saving between %1 and %2; full refusals change by at most %3 points, errors by at most %4 points</source>
        <translation>Ersparnis zwischen %1 und %2; vollständige Ablehnungen ändern sich um höchstens %3 Punkte, Fehler um höchstens %4 Punkte</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="424" />
        <source>Refusal delta on the same prompts: %1 newly refuses %2 that %3 answered and answers %4 that it refused (McNemar p = %5); the Refusals panel shows which</source>
        <translation>Ablehnungsdelta auf denselben Prompts: %1 lehnt %2 neu ab, die %3 beantwortet hat, und beantwortet %4, die es abgelehnt hat (McNemar p = %5); der Bereich Ablehnungen zeigt, welche</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="432" />
        <source>Refusal delta on the same prompts: %1 refuses exactly the prompts %2 refuses</source>
        <translation>Ablehnungsdelta auf denselben Prompts: %1 lehnt genau die Prompts ab, die %2 ablehnt</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="435" />
        <source>Confidence %1 (display only) from %2 paired judged samples</source>
        <translation>Konfidenz %1 (nur zur Anzeige) aus %2 gepaarten bewerteten Stichproben</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="441" />
        <source>Passed, but saves less than %1 (%2 vs %3)</source>
        <translation>Bestanden, spart aber weniger als %1 (%2 gegenüber %3)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="461" />
        <source>No model meets the quality and cost thresholds; %1 appears to be the right model for this profile.</source>
        <translation>Kein Modell erfüllt die Schwellen für Qualität und Kosten; %1 scheint das richtige Modell für dieses Profil zu sein.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="475" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="480" />
        <source>Route all traffic to %1.</source>
        <translation>Den gesamten Verkehr an %1 leiten.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="481" />
        <source>Route traffic to %1, except %2 (per-segment evidence).</source>
        <translation>Verkehr an %1 leiten, außer %2 (Belege je Segment).</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="483" />
        <source>Keep all traffic on %1.</source>
        <translation>Den gesamten Verkehr bei %1 belassen.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="484" />
        <source>Keep %1 overall; only %2 pass(es) the thresholds on their own prompts.</source>
        <translation>Insgesamt %1 beibehalten; nur %2 erreicht/erreichen die Schwellen mit den eigenen Prompts.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="492" />
        <source>A recommendation is already running.</source>
        <translation>Eine Empfehlung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="520" />
        <source>Discovering candidates</source>
        <translation>Kandidaten werden gesucht</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="538" />
        <source>No current model: the project has no logs; set the profile's current model.</source>
        <translation>Kein aktuelles Modell: Das Projekt hat keine Protokolle; legen Sie das aktuelle Modell im Profil fest.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="629" />
        <source>No cheaper model meets the profile's constraints (%1 excluded).</source>
        <translation>Kein günstigeres Modell erfüllt die Vorgaben des Profils (%1 ausgeschlossen).</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="643" />
        <location filename="../core/recommend/recommender.cpp" line="695" />
        <location filename="../core/recommend/recommender.cpp" line="791" />
        <location filename="../core/recommend/recommender.cpp" line="834" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="647" />
        <location filename="../core/recommend/recommender.cpp" line="724" />
        <source>The verification budget of $%1 is used up.</source>
        <translation>Das Prüfbudget von $%1 ist aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="657" />
        <source>No candidate passed verification and no stronger band is left (%1 iteration(s)).</source>
        <translation>Kein Kandidat hat die Prüfung bestanden, und es bleibt keine stärkere Klasse (%1 Iteration(en)).</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="703" />
        <source>All %1 replayable prompts of the sample are used.</source>
        <translation>Alle %1 wiederholbaren Prompts der Stichprobe sind verbraucht.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="704" />
        <source>The prompt cap of %1 is reached.</source>
        <translation>Die Höchstzahl von %1 Prompts ist erreicht.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="717" />
        <source>The verification budget of $%1 is used up ($%2 spent).</source>
        <translation>Das Verifikationsbudget von $%1 ist aufgebraucht ($%2 ausgegeben).</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="739" />
        <location filename="../core/recommend/recommender.cpp" line="779" />
        <source>Verification could not start: %1</source>
        <translation>Die Prüfung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="764" />
        <source>Round %1: %2 prompts on %3 (%4 stored replays reused, %5 to replay)</source>
        <translation>Runde %1: %2 Prompts auf %3 (%4 gespeicherte Replays wiederverwendet, %5 neu)</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="797" />
        <source>No verification replay got an answer from the target: %1</source>
        <translation>Kein Verifikations-Replay erhielt eine Antwort vom Ziel: %1</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="817" />
        <location filename="../core/recommend/recommender.cpp" line="825" />
        <source>Verification could not be judged: %1</source>
        <translation>Die Prüfung konnte nicht bewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="859" />
        <source>Verification could not be evaluated: %1</source>
        <translation>Die Prüfung konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="917" />
        <source>The evidence is not decisive yet.</source>
        <translation>Die Beleglage ist noch nicht entschieden.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="921" />
        <source>No candidate passed verification in %1 iteration(s).</source>
        <translation>Kein Kandidat hat die Prüfung in %1 Iteration(en) bestanden.</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="960" />
        <source>Not verified: band %1 was not reached</source>
        <translation>Nicht geprüft: Klasse %1 wurde nicht erreicht</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="961" />
        <source>Not verified: use-case fit %1 is below the top %2 of its band</source>
        <translation>Nicht geprüft: Die Eignung für den Anwendungsfall %1 liegt unter den besten %2 seiner Klasse</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="995" />
        <source>The recommendation could not be saved: %1</source>
        <translation>Die Empfehlung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="996" />
        <source>Recommendation ready</source>
        <translation>Empfehlung fertig</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalAnalysisJob</name>
    <message>
        <location filename="../core/session/refusalanalysisjob.cpp" line="87" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/refusalanalysisjob.cpp" line="94" />
        <source>Reading answers…</source>
        <translation>Antworten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/refusalanalysisjob.cpp" line="69" />
        <source>Cannot read the answers: %1</source>
        <translation>Die Antworten können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/refusalanalysisjob.cpp" line="111" />
        <source>%n refusal(s) in %1 answers</source>
        <translation>
            <numerusform>%n Ablehnung in %1 Antworten</numerusform>
            <numerusform>%n Ablehnungen in %1 Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalChart</name>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="14" />
        <source>Refusal rate per model</source>
        <translation>Ablehnungsrate je Modell</translation>
    </message>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="25" />
        <location filename="../ui/charts/refusalchart.cpp" line="40" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="39" />
        <source>%1 (as logged)</source>
        <translation>%1 (wie protokolliert)</translation>
    </message>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="55" />
        <source>Full refusal</source>
        <translation>Vollständige Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="56" />
        <source>Partial refusal</source>
        <translation>Teilweise Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="52" />
        <source>Refusal rate per model: no answers yet</source>
        <translation>Ablehnungsrate je Modell: noch keine Antworten</translation>
    </message>
    <message>
        <location filename="../ui/charts/refusalchart.cpp" line="66" />
        <source>Refusal rate per model (% of samples)</source>
        <translation>Ablehnungsrate je Modell (% der Stichproben)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalClustersModel</name>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="41" />
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="43" />
        <location filename="../ui/models/refusalclustersmodel.cpp" line="142" />
        <source>Over-cautious</source>
        <translation>Übervorsichtig</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="45" />
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="47" />
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="49" />
        <source>Ambiguous</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="53" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="60" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="98" />
        <source>Trigger phrases: %1</source>
        <translation>Auslösende Wendungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="101" />
        <source>Choose a candidate to see which of these prompts it newly refuses.</source>
        <translation>Wählen Sie einen Kandidaten, um zu sehen, welche dieser Prompts er neu ablehnt.</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="102" />
        <source>Prompts of this cluster %1 refuses and the current model answered.</source>
        <translation>Prompts dieses Clusters, die %1 ablehnt und das aktuelle Modell beantwortet hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="134" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="136" />
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="138" />
        <source>Top terms</source>
        <translation>Top-Begriffe</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="140" />
        <source>Types</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="144" />
        <source>Newly refused</source>
        <translation>Neu abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/refusalclustersmodel.cpp" line="146" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalCsvClassifier</name>
    <message>
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="55" />
        <source>File '%1' is not readable: %2.</source>
        <translation>Die Datei '%1' ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="61" />
        <source>File '%1' is empty (no header row).</source>
        <translation>Die Datei '%1' ist leer (keine Kopfzeile).</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="62" />
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="131" />
        <source>File '%1': %2</source>
        <translation>Datei '%1': %2</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="67" />
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="75" />
        <source>File '%1' has no column '%2'. Available columns: %3.</source>
        <translation>Die Datei '%1' hat keine Spalte '%2'. Vorhandene Spalten: %3.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="87" />
        <source>File '%1' is not writable: %2.</source>
        <translation>Die Datei '%1' ist nicht beschreibbar: %2.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalcsvclassifier.cpp" line="137" />
        <source>File '%1' could not be written: %2.</source>
        <translation>Die Datei '%1' konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalLlmClassifier</name>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="44" />
        <source>Classifying ambiguous refusals: %1 of %2</source>
        <translation>Unklare Ablehnungen einstufen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="60" />
        <source>Refusal classification is already running.</source>
        <translation>Die Ablehnungseinstufung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="64" />
        <source>Choose the model that classifies ambiguous refusals.</source>
        <translation>Wählen Sie das Modell, das unklare Ablehnungen einstuft.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="138" />
        <source>The refusal classification budget is used up.</source>
        <translation>Das Budget der Ablehnungseinstufung ist aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="155" />
        <source>The repair request failed: %1</source>
        <translation>Die Reparaturanfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="164" />
        <source>Invalid again after the repair request: %1</source>
        <translation>Nach der Reparaturanfrage erneut ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="195" />
        <source>No repair request was sent: %1</source>
        <translation>Es wurde keine Reparaturanfrage gesendet: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="232" />
        <source>Cannot open the project.</source>
        <translation>Das Projekt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="238" />
        <source>Refusal verdicts could not be saved: %1</source>
        <translation>Ablehnungsurteile konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmclassifier.cpp" line="239" />
        <source>Refusal classification finished</source>
        <translation>Ablehnungseinstufung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalLlmJob</name>
    <message>
        <location filename="../core/session/refusalllmjob.cpp" line="35" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/refusalllmjob.cpp" line="39" />
        <source>The refusal classification needs a budget above $0.</source>
        <translation>Die Ablehnungseinstufung braucht ein Budget über 0 $.</translation>
    </message>
    <message>
        <location filename="../core/session/refusalllmjob.cpp" line="52" />
        <source>The project has no replay runs yet: replay a sample first.</source>
        <translation>Das Projekt hat noch keine Wiederholungsläufe: Wiederholen Sie zuerst eine Stichprobe.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalLlmProtocol</name>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="110" />
        <source>The classification is empty.</source>
        <translation>Die Einstufung ist leer.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="114" />
        <source>The classification has text around the JSON object.</source>
        <translation>Die Einstufung enthält Text um das JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="120" />
        <source>The classification is not a valid JSON object: %1</source>
        <translation>Die Einstufung ist kein gültiges JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="127" />
        <source>The classification has no '%1'.</source>
        <translation>Der Einstufung fehlt „%1“.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="131" />
        <source>'%1' in the classification is not a string.</source>
        <translation>„%1“ in der Einstufung ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="139" />
        <source>The classification has unexpected keys: %1.</source>
        <translation>Die Einstufung hat unerwartete Schlüssel: %1.</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="147" />
        <source>'%1' is not a label (none, partial or full).</source>
        <translation>„%1“ ist keine Kategorie (none, partial oder full).</translation>
    </message>
    <message>
        <location filename="../core/refusal/refusalllmprotocol.cpp" line="153" />
        <source>'%1' is not a refusal type (SAFETY, OVERCAUTIOUS, CAPABILITY, POLICY or AMBIGUOUS).</source>
        <translation>„%1“ ist keine Ablehnungsart (SAFETY, OVERCAUTIOUS, CAPABILITY, POLICY oder AMBIGUOUS).</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalLlmSummary</name>
    <message>
        <location filename="../core/refusal/refusalllmsummary.cpp" line="43" />
        <source>%1 of %2 verdicts (%3 %) were ambiguous and asked %4: %5 changed, %6 confirmed, %7 failed; %8 calls, $%9</source>
        <translation>%1 von %2 Urteilen (%3 %) waren unklar und wurden %4 vorgelegt: %5 geändert, %6 bestätigt, %7 fehlgeschlagen; %8 Aufrufe, %9 $</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalScanJob</name>
    <message>
        <location filename="../core/session/refusalscanjob.cpp" line="54" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/refusalscanjob.cpp" line="100" />
        <source>Cannot classify the logged answers: %1</source>
        <translation>Die protokollierten Antworten können nicht eingestuft werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/refusalscanjob.cpp" line="110" />
        <source>Classifying refusals: %1 of %2 logged answers</source>
        <translation>Ablehnungen einstufen: %1 von %2 protokollierten Antworten</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalVerdictStore</name>
    <message>
        <location filename="../core/store/refusalverdictstore.cpp" line="23" />
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/refusalverdictstore.cpp" line="42" />
        <source>Cannot store the refusal verdict of %1 on %2: %3</source>
        <translation>Das Ablehnungsurteil von %1 zu %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/refusalverdictstore.cpp" line="48" />
        <source>Cannot commit refusal verdicts: %1</source>
        <translation>Ablehnungsurteile können nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalsCommand</name>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="34" />
        <source>refusals classify: add refusal (none/partial/full), refusal_type and refusal_rule columns to a CSV of model answers.</source>
        <translation>refusals classify: die Spalten refusal (none/partial/full), refusal_type und refusal_rule zu einer CSV-Datei mit Modellantworten hinzufügen.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="36" />
        <source>classify</source>
        <translation>classify</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="37" />
        <source>Input CSV.</source>
        <translation>Eingabe-CSV.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="37" />
        <location filename="../core/cli/refusalscommand.cpp" line="38" />
        <location filename="../core/cli/refusalscommand.cpp" line="233" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="38" />
        <source>Output CSV.</source>
        <translation>Ausgabe-CSV.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="39" />
        <source>Column holding the model's answer.</source>
        <translation>Spalte mit der Antwort des Modells.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="39" />
        <location filename="../core/cli/refusalscommand.cpp" line="41" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="41" />
        <source>Column holding the prompt (improves refusal typing).</source>
        <translation>Spalte mit dem Prompt (verbessert die Einordnung der Ablehnung).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="44" />
        <source>Classify a project's ambiguous refusal verdicts with the judge model instead (the optional third layer; needs --project).</source>
        <translation>Stattdessen die unklaren Ablehnungsurteile eines Projekts mit dem Bewertungsmodell einstufen (die optionale dritte Stufe; braucht --project).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="47" />
        <source>With --llm: the replay run (default: the latest).</source>
        <translation>Mit --llm: der Wiederholungslauf (Standard: der neueste).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="47" />
        <location filename="../core/cli/refusalscommand.cpp" line="225" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="49" />
        <source>With --llm: budget in USD for the classification calls.</source>
        <translation>Mit --llm: Budget in USD für die Einstufungsaufrufe.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="50" />
        <location filename="../core/cli/refusalscommand.cpp" line="238" />
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="52" />
        <source>With --llm: the model that classifies.</source>
        <translation>Mit --llm: das Modell, das einstuft.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="62" />
        <source>usage: shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] --out OUT.csv</source>
        <translation>Aufruf: shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] --out OUT.csv</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="69" />
        <source>%1 rows classified</source>
        <translation>%1 Zeilen eingeordnet</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="77" />
        <source>%1 rows: %2 compliant, %3 partial refusals, %4 full refusals → %5</source>
        <translation>%1 Zeilen: %2 befolgt, %3 teilweise Ablehnungen, %4 vollständige Ablehnungen → %5</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="108" />
        <source>Refusal rates per model, the refused prompts clustered by similarity, and each candidate's refusal delta against the current model on the same prompts (McNemar's test). Reads the project only.</source>
        <translation>Ablehnungsraten je Modell, die abgelehnten Prompts nach Ähnlichkeit gruppiert und das Ablehnungsdelta jedes Kandidaten gegenüber dem aktuellen Modell auf denselben Prompts (McNemar-Test). Liest das Projekt nur.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="125" />
        <source>usage: shadow-optic refusals --project P [--current MODEL] [--eps D] [--json]
       shadow-optic refusals tune --project P --cluster ID [--model M] [--budget USD]
       shadow-optic refusals classify --in FILE.csv --response-col NAME --out OUT.csv</source>
        <translation>Aufruf: shadow-optic refusals --project P [--current MODELL] [--eps D] [--json]
       shadow-optic refusals tune --project P --cluster ID [--model M] [--budget USD]
       shadow-optic refusals classify --in DATEI.csv --response-col NAME --out AUS.csv</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="165" />
        <source>%1 (as logged)</source>
        <translation>%1 (wie protokolliert)</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="219" />
        <source>Guardrail tuning: ask the judge model for a system prompt that stops a cluster's over-cautious refusals, then validate it on the safety suite (accepted only with a pass rate of at least 95 % and no must-refuse prompt answered) and show the cluster's refusal rate before and after. Without --base-url the built-in simulated gateway answers.</source>
        <translation>Guardrail-Abstimmung: das Bewertungsmodell um einen System-Prompt bitten, der die übervorsichtigen Ablehnungen eines Clusters beendet, ihn auf der Sicherheits-Suite prüfen (angenommen nur bei einer Bestehensquote von mindestens 95 % und ohne beantworteten abzulehnenden Prompt) und die Ablehnungsrate des Clusters vorher und nachher zeigen. Ohne --base-url antwortet das eingebaute simulierte Gateway.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="223" />
        <source>tune</source>
        <translation>tune</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="225" />
        <source>Cluster id from `shadow-optic refusals`.</source>
        <translation>Cluster-ID aus `shadow-optic refusals`.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="228" />
        <source>Model whose system prompt is tuned (default: the cluster's most over-cautious model).</source>
        <translation>Modell, dessen System-Prompt abgestimmt wird (Standard: das übervorsichtigste Modell des Clusters).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="232" />
        <source>The model's current system prompt (default: none).</source>
        <translation>Der aktuelle System-Prompt des Modells (Standard: keiner).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="232" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="233" />
        <source>Safety suite JSON (default: the bundled one).</source>
        <translation>Sicherheits-Suite als JSON (Standard: die mitgelieferte).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="235" />
        <source>Model that proposes the system prompt.</source>
        <translation>Modell, das den System-Prompt vorschlägt.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="238" />
        <source>Budget in USD for the proposal and its validation.</source>
        <translation>Budget in USD für den Vorschlag und seine Prüfung.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="241" />
        <source>Current model of the analysis (default: the profile's).</source>
        <translation>Aktuelles Modell der Analyse (Standard: das des Profils).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="243" />
        <source>Cluster radius the cluster ids come from.</source>
        <translation>Cluster-Radius, aus dem die Cluster-IDs stammen.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="256" />
        <source>usage: shadow-optic refusals tune --project P --cluster ID [--model M] [--system-prompt TEXT] [--suite FILE] [--budget USD &gt; 0] [--base-url URL] [--json]</source>
        <translation>Aufruf: shadow-optic refusals tune --project P --cluster ID [--model M] [--system-prompt TEXT] [--suite DATEI] [--budget USD &gt; 0] [--base-url URL] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="287" />
        <source>Guardrail tuning was cancelled.</source>
        <translation>Die Guardrail-Abstimmung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="296" />
        <source>Proposed system prompt for %1:
%2

Cluster refusal rate: %3% before, %4% after
Safety suite pass rate: %5% before, %6% after
%7
%8 calls, $%9</source>
        <translation>Vorgeschlagener System-Prompt für %1:
%2

Ablehnungsrate des Clusters: %3 % vorher, %4 % nachher
Bestehensquote der Sicherheits-Suite: %5 % vorher, %6 % nachher
%7
%8 Aufrufe, %9 $</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="318" />
        <source>usage: shadow-optic refusals classify --llm --project P [--run ID] [--budget USD &gt; 0] [--judge-model M] [--base-url URL] [--json]</source>
        <translation>Aufruf: shadow-optic refusals classify --llm --project P [--run ID] [--budget USD &gt; 0] [--judge-model M] [--base-url URL] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="338" />
        <source>The refusal classification was cancelled.</source>
        <translation>Die Ablehnungseinstufung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="114" />
        <source>Current model the deltas compare against (default: the profile's, else the most logged).</source>
        <translation>Aktuelles Modell, mit dem die Deltas vergleichen (Standard: das des Profils, sonst das meistprotokollierte).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="52" />
        <location filename="../core/cli/refusalscommand.cpp" line="115" />
        <location filename="../core/cli/refusalscommand.cpp" line="230" />
        <location filename="../core/cli/refusalscommand.cpp" line="235" />
        <location filename="../core/cli/refusalscommand.cpp" line="241" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="110" />
        <source>(none) | classify | tune</source>
        <translation>(keine) | classify | tune</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="117" />
        <source>Cluster radius in cosine distance (0.05-0.95).</source>
        <translation>Cluster-Radius als Kosinus-Distanz (0,05–0,95).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="117" />
        <location filename="../core/cli/refusalscommand.cpp" line="243" />
        <source>distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="133" />
        <source>--eps must be a cosine distance between 0.05 and 0.95.</source>
        <translation>--eps muss eine Kosinus-Distanz zwischen 0,05 und 0,95 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="146" />
        <source>The refusal analysis was cancelled.</source>
        <translation>Die Ablehnungsanalyse wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="157" />
        <source>No replayed answers yet: replay a sample first (shadow-optic replay --project P).</source>
        <translation>Noch keine wiederholten Antworten: Wiederholen Sie zuerst eine Stichprobe (shadow-optic replay --project P).</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="161" />
        <source>Current model: %1</source>
        <translation>Aktuelles Modell: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="161" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="162" />
        <source>Refusal rates (%1 answers)</source>
        <translation>Ablehnungsraten (%1 Antworten)</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="164" />
        <source>  %1: %2 answers, %3 full refusals (%4%), %5 partial (%6%)</source>
        <translation>  %1: %2 Antworten, %3 vollständige Ablehnungen (%4 %), %5 teilweise (%6 %)</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="172" />
        <source>Clusters: %1 refusals in %2 clusters, %3 unclustered</source>
        <translation>Cluster: %1 Ablehnungen in %2 Clustern, %3 ohne Cluster</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="177" />
        <source>  #%1  %2 refusals · %3 · %4 · %5% over-cautious · %6</source>
        <translation>  #%1  %2 Ablehnungen · %3 · %4 · %5 % übervorsichtig · %6</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="184" />
        <source>      triggers: %1</source>
        <translation>      Auslöser: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="187" />
        <source>      %1: "%2" → "%3"</source>
        <translation>      %1: „%2“ → „%3“</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="191" />
        <source>Refusal delta against %1 (same prompts)</source>
        <translation>Ablehnungsdelta gegenüber %1 (dieselben Prompts)</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="195" />
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="196" />
        <source>unclustered: %1</source>
        <translation>ohne Cluster: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="197" />
        <source>  %1: %2 prompts, refuses %3 (current model %4), %5 points; newly refuses %6, newly answers %7; McNemar p = %8</source>
        <translation>  %1: %2 Prompts, lehnt %3 ab (aktuelles Modell %4), %5 Punkte; lehnt %6 neu ab, beantwortet %7 neu; McNemar p = %8</translation>
    </message>
    <message>
        <location filename="../core/cli/refusalscommand.cpp" line="208" />
        <source>      newly refused by cluster: %1</source>
        <translation>      neu abgelehnt je Cluster: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalsPage</name>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="68" />
        <source>&amp;Analyse refusals</source>
        <translation>Ablehnungen &amp;analysieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="69" />
        <source>Ask the &amp;judge about unclear ones</source>
        <translation>Unklare dem &amp;Bewerter vorlegen</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="77" />
        <source>&amp;Tune system prompt…</source>
        <translation>System-Prompt ab&amp;stimmen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="115" />
        <source>Refusal classification failed: %1</source>
        <translation>Ablehnungseinstufung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="140" />
        <source>Refusal classification could not start: %1</source>
        <translation>Die Ablehnungseinstufung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="169" />
        <source>Tune system prompt</source>
        <translation>System-Prompt abstimmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/refusalspage.cpp" line="170" />
        <source>%1 will propose a system prompt that stops the over-cautious refusals of %2 in cluster %3 (%n prompt(s)). The proposal is then replayed on the safety suite and on these prompts through %4, for at most $%5, and accepted only if at least 95 % of the suite passes and no prompt that must be refused is answered.</source>
        <translation>
            <numerusform>%1 schlägt einen System-Prompt vor, der die übervorsichtigen Ablehnungen von %2 in Cluster %3 beendet (%n Prompt). Der Vorschlag wird dann auf der Sicherheits-Suite und diesem Prompt über %4 wiederholt, für höchstens %5 $, und nur angenommen, wenn mindestens 95 % der Suite bestehen und kein abzulehnender Prompt beantwortet wird.</numerusform>
            <numerusform>%1 schlägt einen System-Prompt vor, der die übervorsichtigen Ablehnungen von %2 in Cluster %3 beendet (%n Prompts). Der Vorschlag wird dann auf der Sicherheits-Suite und diesen Prompts über %4 wiederholt, für höchstens %5 $, und nur angenommen, wenn mindestens 95 % der Suite bestehen und kein abzulehnender Prompt beantwortet wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="185" />
        <source>Guardrail tuning could not start: %1</source>
        <translation>Die Guardrail-Abstimmung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="201" />
        <source>Guardrail tuning of cluster %1: %2</source>
        <translation>Guardrail-Abstimmung von Cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="203" />
        <source>Guardrail tuning failed: %1</source>
        <translation>Guardrail-Abstimmung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="210" />
        <source>Read every replayed and logged answer of the project again, cluster the refused prompts and compare each candidate's refusals with the current model's.</source>
        <translation>Alle wiederholten und protokollierten Antworten des Projekts neu lesen, die abgelehnten Prompts gruppieren und die Ablehnungen jedes Kandidaten mit denen des aktuellen Modells vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="212" />
        <source>The optional third layer: answers the rules find unclear are classified by the judge model through the current target, cached and within $0.20; the verdicts it changes are kept.</source>
        <translation>Die optionale dritte Stufe: Antworten, die die Regeln unklar finden, stuft das Bewertungsmodell über das aktuelle Ziel ein, zwischengespeichert und innerhalb von 0,20 $; die geänderten Urteile werden übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="215" />
        <source>The candidate whose refusal delta against the current model is shown.</source>
        <translation>Der Kandidat, dessen Ablehnungsdelta gegenüber dem aktuellen Modell gezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="230" />
        <source>Ask the judge model for a system prompt that stops these over-cautious refusals, then validate it on the safety suite before you adopt it.</source>
        <translation>Das Bewertungsmodell um einen System-Prompt bitten, der diese übervorsichtigen Ablehnungen beendet, und ihn auf der Sicherheits-Suite prüfen, bevor Sie ihn übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="236" />
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="349" />
        <source>The refusal analysis failed: %1</source>
        <translation>Die Ablehnungsanalyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="350" />
        <source>Refusal analysis failed: %1</source>
        <translation>Ablehnungsanalyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="387" />
        <source>Open a project to analyse its refusals.</source>
        <translation>Öffnen Sie ein Projekt, um seine Ablehnungen zu analysieren.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="388" />
        <source>No replayed answers yet: replay a sample in the Replay panel first.</source>
        <translation>Noch keine wiederholten Antworten: Wiederholen Sie zuerst eine Stichprobe im Bereich Wiederholung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="390" />
        <source>%1 answers, %2 refusals in %3 clusters, %4 unclustered.</source>
        <translation>%1 Antworten, %2 Ablehnungen in %3 Clustern, %4 ohne Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="404" />
        <source>No candidate answered the same prompts as the current model (%1) yet.</source>
        <translation>Noch kein Kandidat hat dieselben Prompts beantwortet wie das aktuelle Modell (%1).</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="405" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="410" />
        <source>a real difference (McNemar p = %1)</source>
        <translation>ein echter Unterschied (McNemar p = %1)</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="411" />
        <source>not significant (McNemar p = %1)</source>
        <translation>nicht signifikant (McNemar p = %1)</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="413" />
        <source>On %1 prompts both answered, %2 newly refuses %3 that %4 answered and answers %5 that it refused: %6 points of full refusals, %7.</source>
        <translation>Auf %1 Prompts, die beide beantwortet haben, lehnt %2 %3 neu ab, die %4 beantwortet hat, und beantwortet %5, die es abgelehnt hat: %6 Punkte vollständiger Ablehnungen, %7.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="431" />
        <source>&lt;p&gt;No clusters: fewer than two similar refused prompts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Cluster: weniger als zwei ähnliche abgelehnte Prompts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="432" />
        <source>&lt;p&gt;Choose a cluster to see its prompts and answers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Cluster, um seine Prompts und Antworten zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="437" />
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="439" />
        <source>%1 refusals · %2 · %3% over-cautious · %4</source>
        <translation>%1 Ablehnungen · %2 · %3 % übervorsichtig · %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="446" />
        <source>Trigger phrases:</source>
        <translation>Auslösende Wendungen:</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="451" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="451" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="455" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/refusalspage.cpp" line="464" />
        <source>%1 newly refuses %n prompt(s) of this cluster that %2 answered.</source>
        <translation>
            <numerusform>%1 lehnt %n Prompt dieses Clusters neu ab, den %2 beantwortet hat.</numerusform>
            <numerusform>%1 lehnt %n Prompts dieses Clusters neu ab, die %2 beantwortet hat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="466" />
        <source>%1 newly refuses no prompt of this cluster.</source>
        <translation>%1 lehnt keinen Prompt dieses Clusters neu ab.</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="471" />
        <source>Tuned system prompt for %1</source>
        <translation>Abgestimmter System-Prompt für %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/refusalspage.cpp" line="476" />
        <source>Refusal rate of this cluster: %1% before, %2% after. Safety suite pass rate: %3% before, %4% after. %5 calls, $%6.</source>
        <translation>Ablehnungsrate dieses Clusters: %1 % vorher, %2 % nachher. Bestehensquote der Sicherheits-Suite: %3 % vorher, %4 % nachher. %5 Aufrufe, %6 $.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayCommand</name>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="22" />
        <source>Run %1 was cancelled; continue it with --resume %1.</source>
        <translation>Lauf %1 wurde abgebrochen; mit --resume %1 fortsetzen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="31" />
        <source>Run %1 stopped at its budget: %2 of %3 items replayed for $%4 of $%5; the next request could cost up to $%6 (its prompt and max_tokens at catalog prices). Continue it with --resume %1 and a larger --budget.</source>
        <translation>Lauf %1 hat an seinem Budget angehalten: %2 von %3 Einträgen für $%4 von $%5 wiedergegeben; die nächste Anfrage könnte bis zu $%6 kosten (ihr Prompt und max_tokens zu Katalogpreisen). Mit --resume %1 und einem größeren --budget fortsetzen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="41" />
        <source>Run %1 finished with %2 failed of %3.</source>
        <translation>Lauf %1 beendet, %2 von %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="58" />
        <location filename="../core/cli/replaycommand.cpp" line="69" />
        <location filename="../core/cli/replaycommand.cpp" line="74" />
        <location filename="../core/cli/replaycommand.cpp" line="77" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="72" />
        <source>Request timeout: the whole reply must arrive within it.</source>
        <translation>Zeitlimit je Anfrage: die ganze Antwort muss innerhalb davon ankommen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="73" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="50" />
        <source>Replay a sample of the project's logs against candidate models. Without --base-url the built-in simulated gateway answers. Keys come from PORTKEY_API_KEY / OPENAI_API_KEY (never stored).</source>
        <translation>Eine Stichprobe der Projektprotokolle mit Kandidatenmodellen wiedergeben. Ohne --base-url antwortet das eingebaute simulierte Gateway. Schlüssel kommen aus PORTKEY_API_KEY / OPENAI_API_KEY (werden nie gespeichert).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="54" />
        <source>Project database.</source>
        <translation>Projektdatenbank.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="54" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="56" />
        <source>Candidate models, comma separated.</source>
        <translation>Kandidatenmodelle, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="56" />
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="58" />
        <source>Random sample of N logs (0 = all).</source>
        <translation>Zufällige Stichprobe von N Protokollen (0 = alle).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="59" />
        <source>Sample seed.</source>
        <translation>Startwert der Stichprobe.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="59" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="60" />
        <source>Budget in USD (0 = none).</source>
        <translation>Budget in USD (0 = keines).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="60" />
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="63" />
        <source>Choose the most informative sample that fits --budget (stratified by use case, prompt length and refusals; --sample caps it).</source>
        <translation>Die aussagekräftigste Stichprobe wählen, die in --budget passt (geschichtet nach Anwendungsfall, Prompt-Länge und Ablehnungen; --sample begrenzt sie).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="65" />
        <source>With --sample-for-budget: price prompts at P90, not expected.</source>
        <translation>Mit --sample-for-budget: Prompts zum P90 statt zum Erwartungswert bepreisen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="67" />
        <source>Requests in flight (1-64).</source>
        <translation>Gleichzeitige Anfragen (1-64).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="67" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="69" />
        <source>Requests per minute per model (0 = catalog limit).</source>
        <translation>Anfragen pro Minute und Modell (0 = Grenze laut Katalog).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="74" />
        <source>Maximum retries.</source>
        <translation>Höchstzahl der Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="76" />
        <source>Network threads (one QNetworkAccessManager each).</source>
        <translation>Netzwerk-Threads (je ein QNetworkAccessManager).</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="79" />
        <source>Cache time-to-live in seconds.</source>
        <translation>Lebensdauer des Caches in Sekunden.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="79" />
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="81" />
        <source>Resume this interrupted run instead of starting one.</source>
        <translation>Diesen unterbrochenen Lauf fortsetzen, statt einen neuen zu starten.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="81" />
        <source>run-id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="82" />
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="111" />
        <source>--concurrency must be 1-64, --timeout-ms positive and --budget not negative.</source>
        <translation>--concurrency muss 1-64 sein, --timeout-ms positiv und --budget nicht negativ.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="119" />
        <source>--sample-for-budget needs --budget.</source>
        <translation>--sample-for-budget braucht --budget.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="126" />
        <source>--resume needs a positive run id.</source>
        <translation>--resume braucht eine positive Lauf-ID.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="156" />
        <source>Run %1 started: %2 requests to %3.</source>
        <translation>Lauf %1 gestartet: %2 Anfragen an %3.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="140" />
        <source>Run %1 was interrupted with %2 of %3 items stored; continue it with --resume %1.</source>
        <translation>Lauf %1 wurde mit %2 von %3 gespeicherten Einträgen unterbrochen; mit --resume %1 fortsetzen.</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="97" />
        <source>usage: shadow-optic replay --project P --models a,b [--base-url URL] [--sample N] [--seed S] [--budget USD [--sample-for-budget]] [--concurrency C] [--json]</source>
        <translation>Aufruf: shadow-optic replay --project P --models a,b [--base-url URL] [--sample N] [--seed S] [--budget USD [--sample-for-budget]] [--concurrency C] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="158" />
        <source>Cancelling: aborting requests in flight…</source>
        <translation>Abbruch: laufende Anfragen werden abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayCountsModel</name>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="104" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="117" />
        <source>Requests sent over the network in this run (first attempts; cache hits are not sent).</source>
        <translation>In diesem Lauf über das Netzwerk gesendete Anfragen (erste Versuche; Cache-Treffer werden nicht gesendet).</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="119" />
        <source>Results stored, including cache hits and failures.</source>
        <translation>Gespeicherte Ergebnisse, einschließlich Cache-Treffern und Fehlschlägen.</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="121" />
        <source>Average latency of the successful answers.</source>
        <translation>Mittlere Latenz der erfolgreichen Antworten.</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="128" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="130" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="132" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="134" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="136" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="138" />
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="140" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="142" />
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="144" />
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="146" />
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="148" />
        <source>Avg latency</source>
        <translation>Mittl. Latenz</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayEngine</name>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="100" />
        <location filename="../core/replay/replayengine.cpp" line="142" />
        <source>A replay is already running.</source>
        <translation>Eine Wiedergabe läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="104" />
        <source>Nothing to replay: the sample is empty.</source>
        <translation>Nichts wiederzugeben: Die Stichprobe ist leer.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="119" />
        <source>The catalog has no price for %1, so a budget cannot be kept for it: price or map it in the model catalog, or replay without a budget.</source>
        <translation>Der Katalog hat keinen Preis für %1, daher lässt sich kein Budget dafür einhalten: bepreisen oder ordnen Sie es im Modellkatalog zu, oder spielen Sie ohne Budget ab.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="164" />
        <source>The gateway URL '%1' is not valid (expected e.g. http://localhost:8787/v1).</source>
        <translation>Die Gateway-URL '%1' ist ungültig (erwartet z. B. http://localhost:8787/v1).</translation>
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="379" />
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="415" />
        <source>Replay results could not be saved: %1</source>
        <translation>Die Wiedergabeergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayPage</name>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="135" />
        <source>All logs</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="136" />
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="137" />
        <source>Best for the budget</source>
        <translation>Beste fürs Budget</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="144" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="145" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="210" />
        <source>Built-in simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="211" />
        <source>Local Portkey gateway</source>
        <translation>Lokales Portkey-Gateway</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="212" />
        <source>Portkey hosted</source>
        <translation>Portkey (gehostet)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="213" />
        <source>Custom OpenAI-compatible URL</source>
        <translation>Eigene OpenAI-kompatible URL</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="214" />
        <source>Where the replays are sent. The built-in simulator answers offline, without API keys.</source>
        <translation>Wohin die Wiedergaben gesendet werden. Der eingebaute Simulator antwortet offline, ohne API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="215" />
        <source>Base URL of the OpenAI-compatible API, ending in /v1.</source>
        <translation>Basis-URL der OpenAI-kompatiblen API, endet auf /v1.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="216" />
        <source>Header (provider)</source>
        <translation>Header (Anbieter)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="217" />
        <source>Config (JSON)</source>
        <translation>Konfiguration (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="218" />
        <source>Route with x-portkey-provider, or with a Portkey config (x-portkey-config).</source>
        <translation>Routing mit x-portkey-provider oder mit einer Portkey-Konfiguration (x-portkey-config).</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="221" />
        <source>Sent as x-portkey-provider.</source>
        <translation>Wird als x-portkey-provider gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="222" />
        <source>optional, e.g. http://127.0.0.1:8000/v1</source>
        <translation>optional, z. B. http://127.0.0.1:8000/v1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="223" />
        <source>Sent as x-portkey-custom-host: the upstream the local gateway forwards to.</source>
        <translation>Wird als x-portkey-custom-host gesendet: das Ziel, an das das lokale Gateway weiterleitet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="225" />
        <source>{"strategy": {"mode": "loadbalance"}, "targets": [...]} or a saved config id</source>
        <translation>{"strategy": {"mode": "loadbalance"}, "targets": [...]} oder die ID einer gespeicherten Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="228" />
        <source>Load config file…</source>
        <translation>Konfigurationsdatei laden…</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="233" />
        <source>Kept in memory for this session only: never saved to the project, the settings, logs or reports.</source>
        <translation>Nur für diese Sitzung im Speicher: nie im Projekt, in den Einstellungen, Protokollen oder Berichten gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="240" />
        <source>Prefilled from PORTKEY_API_KEY; sent as x-portkey-api-key.</source>
        <translation>Aus PORTKEY_API_KEY vorbelegt; wird als x-portkey-api-key gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="241" />
        <source>PORTKEY_API_KEY is not set</source>
        <translation>PORTKEY_API_KEY ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="243" />
        <source>Prefilled from OPENAI_API_KEY; sent as Authorization: Bearer.</source>
        <translation>Aus OPENAI_API_KEY vorbelegt; wird als Authorization: Bearer gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="244" />
        <source>OPENAI_API_KEY is not set</source>
        <translation>OPENAI_API_KEY ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="246" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="249" />
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="250" />
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="251" />
        <source>Routing:</source>
        <translation>Routing:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="252" />
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="253" />
        <source>Custom host:</source>
        <translation>Eigener Host:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="254" />
        <source>Config:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="255" />
        <source>Portkey key:</source>
        <translation>Portkey-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="256" />
        <source>Provider key:</source>
        <translation>Anbieterschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="259" />
        <source>Candidate models</source>
        <translation>Kandidatenmodelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="262" />
        <source>Prices in USD per million input / output tokens, from the project's catalog.</source>
        <translation>Preise in USD pro Million Eingabe-/Ausgabe-Token, aus dem Katalog des Projekts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="267" />
        <source>Sample and limits</source>
        <translation>Stichprobe und Grenzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="276" />
        <source>The most informative sample that fits the budget: stratified by use case, prompt length and refusals, priced by the cost forecast before anything is sent.</source>
        <translation>Die aussagekräftigste Stichprobe, die ins Budget passt: geschichtet nach Anwendungsfall, Prompt-Länge und Ablehnungen, von der Kostenprognose bepreist, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="278" />
        <source>Exactly the prompts the Cost forecast panel chose.</source>
        <translation>Genau die Prompts, die der Bereich Kostenprognose gewählt hat.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="282" />
        <source> logs</source>
        <translation> Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="286" />
        <source>The same seed picks the same logs.</source>
        <translation>Derselbe Startwert wählt dieselben Protokolle.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="298" />
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="299" />
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="303" />
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="305" />
        <source>The run stops scheduling requests once spent plus in-flight estimates would exceed it.</source>
        <translation>Der Lauf plant keine Anfragen mehr, sobald die Ausgaben plus die geschätzten Kosten laufender Anfragen es überschreiten würden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="308" />
        <source>Requests in flight at once.</source>
        <translation>Gleichzeitig laufende Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="311" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="315" />
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="316" />
        <source>Concurrency:</source>
        <translation>Parallelität:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="317" />
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="333" />
        <source>Plan the sample and start replaying (Ctrl+Return).</source>
        <translation>Die Stichprobe planen und die Wiedergabe starten (Strg+Eingabe).</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="335" />
        <source>Abort every request in flight (Esc). A cancelled run can be resumed.</source>
        <translation>Alle laufenden Anfragen abbrechen (Esc). Ein abgebrochener Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="336" />
        <source>Continue the run with what it has not stored yet; nothing stored is sent again.</source>
        <translation>Den Lauf mit dem fortsetzen, was noch nicht gespeichert ist; nichts Gespeichertes wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="348" />
        <location filename="../ui/docks/replaypage.cpp" line="482" />
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="394" />
        <source>Select a result to see the logged prompt and original answer.</source>
        <translation>Wählen Sie ein Ergebnis, um den protokollierten Prompt und die ursprüngliche Antwort zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="396" />
        <source>…and the replayed answer here.</source>
        <translation>…und hier die wiedergegebene Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="510" />
        <location filename="../ui/docks/replaypage.cpp" line="525" />
        <source>The Replay panel cannot read the project '%1': %2</source>
        <translation>Der Bereich Wiedergabe kann das Projekt '%1' nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="581" />
        <source>
USD per million tokens: %1 input, %2 output</source>
        <translation>
USD pro Million Token: %1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="584" />
        <source>
Not priced in the catalog: its cost counts as zero.</source>
        <translation>
Nicht im Katalog bepreist: Seine Kosten zählen als null.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="586" />
        <source>
The built-in simulator answers this model.</source>
        <translation>
Der eingebaute Simulator beantwortet dieses Modell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/replaypage.cpp" line="604" />
        <source>%1 of %n model(s) selected</source>
        <translation>
            <numerusform>%1 von %n Modell ausgewählt</numerusform>
            <numerusform>%1 von %n Modellen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/replaypage.cpp" line="649" />
        <source>From the forecast (%n prompt(s))</source>
        <translation>
            <numerusform>Aus der Prognose (%n Prompt)</numerusform>
            <numerusform>Aus der Prognose (%n Prompts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="687" />
        <source>started on 127.0.0.1 when the run starts</source>
        <translation>wird auf 127.0.0.1 gestartet, wenn der Lauf beginnt</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="722" />
        <source>Load Portkey config</source>
        <translation>Portkey-Konfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="723" />
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="728" />
        <source>Cannot read the config file '%1': %2</source>
        <translation>Die Konfigurationsdatei '%1' kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="734" />
        <source>The config file '%1' is not a JSON object: %2</source>
        <translation>Die Konfigurationsdatei '%1' ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="846" />
        <source>Open or create a project before replaying.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt vor der Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="851" />
        <source>Choose at least one candidate model to replay.</source>
        <translation>Wählen Sie mindestens ein Kandidatenmodell für die Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="865" />
        <source>The built-in simulator does not answer %1. Uncheck them or choose another target.</source>
        <translation>Der eingebaute Simulator beantwortet %1 nicht. Abwählen oder ein anderes Ziel wählen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="875" />
        <source>Set a budget to choose the sample for it.</source>
        <translation>Legen Sie ein Budget fest, um die Stichprobe dafür zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="897" />
        <location filename="../ui/docks/replaypage.cpp" line="1109" />
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="921" />
        <source>Run %1 could not be resumed: %2</source>
        <translation>Lauf %1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="180" />
        <source>Cancelled before the run started</source>
        <translation>Vor dem Start des Laufs abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="181" />
        <location filename="../ui/docks/replaypage.cpp" line="1115" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="313" />
        <source>Per request, for the whole reply: a server that sends a byte now and then does not extend it; timed-out requests are retried.</source>
        <translation>Je Anfrage, für die ganze Antwort: ein Server, der ab und zu ein Byte sendet, verlängert es nicht; Anfragen mit Zeitüberschreitung werden wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="972" />
        <source>%1 / %2 done</source>
        <translation>%1 / %2 fertig</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="973" />
        <source>Spent $%1 of $%2</source>
        <translation>$%1 von $%2 ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="974" />
        <source>Spent $%1 (no budget)</source>
        <translation>$%1 ausgegeben (kein Budget)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="976" />
        <source> — budget reached</source>
        <translation> — Budget erreicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/replaypage.cpp" line="978" />
        <source> · %n answer(s) unpriced</source>
        <translation>
            <numerusform> · %n Antwort ohne Preis</numerusform>
            <numerusform> · %n Antworten ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="981" />
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="982" />
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="993" />
        <source>Replay run %1 %2: %3 of %4 stored, %5 failed, $%6 spent.</source>
        <translation>Wiedergabelauf %1 %2: %3 von %4 gespeichert, %5 fehlgeschlagen, $%6 ausgegeben.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1006" />
        <source>The next request could cost up to $%1 (its prompt and max_tokens at catalog prices), more than the budget has left.</source>
        <translation>Die nächste Anfrage könnte bis zu $%1 kosten (ihr Prompt und max_tokens zu Katalogpreisen), mehr als vom Budget übrig ist.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1030" />
        <source>Run %1 was cancelled: %2 of %3 stored — Resume</source>
        <translation>Lauf %1 wurde abgebrochen: %2 von %3 gespeichert — Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1031" />
        <source>Run %1 was interrupted: %2 of %3 stored — Resume</source>
        <translation>Lauf %1 wurde unterbrochen: %2 von %3 gespeichert — Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1033" />
        <source>Continue run %1 against %2 with what it has not stored yet; nothing stored is sent again.</source>
        <translation>Lauf %1 gegen %2 mit dem fortsetzen, was noch nicht gespeichert ist; nichts Gespeichertes wird erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1053" />
        <source>Replayed answer — %1</source>
        <translation>Wiedergegebene Antwort — %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1055" />
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1055" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1057" />
        <source>finish %1</source>
        <translation>Ende %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1058" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1058" />
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 Token</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1059" />
        <source>cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1061" />
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1063" />
        <source>refusal: %1 %2</source>
        <translation>Ablehnung: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1066" />
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1067" />
        <source>(empty answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1071" />
        <source>Loading the original log…</source>
        <translation>Das ursprüngliche Protokoll wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1078" />
        <source>Log %1 is no longer in the project.</source>
        <translation>Das Protokoll %1 ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1079" />
        <source>Cannot load log %1: %2</source>
        <translation>Das Protokoll %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1083" />
        <source>Original answer — %1</source>
        <translation>Ursprüngliche Antwort — %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1084" />
        <source>log %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1085" />
        <source>(no logged answer)</source>
        <translation>(keine protokollierte Antwort)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1087" />
        <source>Prompt (last user message)</source>
        <translation>Prompt (letzte Benutzernachricht)</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1097" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1099" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1100" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1111" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1113" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1117" />
        <source>Stopped at the budget</source>
        <translation>Am Budget angehalten</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="185" />
        <location filename="../ui/docks/replaypage.cpp" line="906" />
        <location filename="../ui/docks/replaypage.cpp" line="1119" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1121" />
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayPlanner</name>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="111" />
        <source>Choose at least one candidate model.</source>
        <translation>Wählen Sie mindestens ein Kandidatenmodell.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="120" />
        <source>Log %1 of the chosen sample is not in the project.</source>
        <translation>Log %1 der gewählten Stichprobe ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="131" />
        <source>No replayable logs: import Portkey logs with request messages first.</source>
        <translation>Keine wiedergebbaren Protokolle: Importieren Sie zuerst Portkey-Protokolle mit Anfragenachrichten.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="160" />
        <source>Log %1 of the run is no longer in the project.</source>
        <translation>Das Protokoll %1 des Laufs ist nicht mehr im Projekt.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayProgress</name>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="106" />
        <source>Run %1 (%2): %3 of %4 done in %5 s, spent $%6</source>
        <translation>Lauf %1 (%2): %3 von %4 fertig in %5 s, $%6 ausgegeben</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="114" />
        <source> of $%1 budget</source>
        <translation> von $%1 Budget</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/replayprogress.cpp" line="116" />
        <source> (%n answer(s) on unpriced models not included)</source>
        <translation>
            <numerusform> (%n Antwort auf Modellen ohne Preis nicht enthalten)</numerusform>
            <numerusform> (%n Antworten auf Modellen ohne Preis nicht enthalten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="118" />
        <source> (budget reached: remaining items not sent)</source>
        <translation> (Budget erreicht: restliche Einträge nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="121" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="122" />
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="123" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="124" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="125" />
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="126" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="127" />
        <source>retries</source>
        <translation>Wiederh.</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="128" />
        <source>cached</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="129" />
        <source>spent USD</source>
        <translation>USD ausgeg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/replayprogress.cpp" line="154" />
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="161" />
        <source>none in flight</source>
        <translation>keine laufend</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/replayprogress.cpp" line="165" />
        <source>%n in flight</source>
        <translation>
            <numerusform>%n laufend</numerusform>
            <numerusform>%n laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/replayprogress.cpp" line="167" />
        <source>%n in flight, waiting %1 s</source>
        <translation>
            <numerusform>%n laufend, wartet %1 s</numerusform>
            <numerusform>%n laufend, warten %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/replayprogress.cpp" line="168" />
        <source>%n in flight, waiting %1–%2 s</source>
        <translation>
            <numerusform>%n laufend, wartet %1–%2 s</numerusform>
            <numerusform>%n laufend, warten %1–%2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayResultsModel</name>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="120" />
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="122" />
        <source>446 denied</source>
        <translation>446 abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="123" />
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="125" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="127" />
        <source>cached</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="129" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="138" />
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="151" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="153" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="155" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="157" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="159" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="161" />
        <source>Tokens in / out</source>
        <translation>Token ein / aus</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="163" />
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="165" />
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="167" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayReuse</name>
    <message>
        <location filename="../core/eval/replayreuse.cpp" line="29" />
        <source>Replay run %1 does not exist in this project.</source>
        <translation>Der Wiedergabelauf %1 existiert in diesem Projekt nicht.</translation>
    </message>
    <message>
        <location filename="../core/eval/replayreuse.cpp" line="48" />
        <source>Run %1 is not a replay run (it holds no replayed prompts).</source>
        <translation>Lauf %1 ist kein Wiedergabelauf (er enthält keine wiedergegebenen Prompts).</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayRunJob</name>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="87" />
        <source>Open or create a project before replaying.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt vor der Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="91" />
        <source>Choose at least one candidate model to replay.</source>
        <translation>Wählen Sie mindestens ein Kandidatenmodell für die Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="101" />
        <source>Run %1 could not be resumed: %2</source>
        <translation>Lauf %1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="109" />
        <source>Choosing the sample for a budget needs a budget.</source>
        <translation>Die Stichprobe für ein Budget zu wählen braucht ein Budget.</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="112" />
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="112" />
        <source>Choosing the sample for the budget…</source>
        <translation>Die Stichprobe für das Budget wird gewählt …</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="130" />
        <source>The budget of $%1 buys no prompt: %2</source>
        <translation>Das Budget von $%1 reicht für keinen Prompt: %2</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="142" />
        <source>The budget of $%1 is below the worst case of any chosen prompt (its prompt and max_tokens at catalog prices): raise it.</source>
        <translation>Das Budget von $%1 liegt unter dem ungünstigsten Fall jedes gewählten Prompts (sein Prompt und max_tokens zu Katalogpreisen): Erhöhen Sie es.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/replayrunjob.cpp" line="159" />
        <source>%n chosen prompt(s) left out so that the run's worst-case reservation (prompt and max_tokens at catalog prices) stays within the budget.</source>
        <translation>
            <numerusform>%n gewählter Prompt ausgelassen, damit die Reservierung für den ungünstigsten Fall (Prompt und max_tokens zu Katalogpreisen) im Budget bleibt.</numerusform>
            <numerusform>%n gewählte Prompts ausgelassen, damit die Reservierung für den ungünstigsten Fall (Prompt und max_tokens zu Katalogpreisen) im Budget bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="164" />
        <source>Nothing to replay: the sample is empty.</source>
        <translation>Nichts wiederzugeben: Die Stichprobe ist leer.</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="172" />
        <source>The replay could not start: %1</source>
        <translation>Die Wiedergabe konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="183" />
        <source>ETA %1 s</source>
        <translation>Restzeit %1 s</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="184" />
        <source>ETA unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="186" />
        <source>%1/%2 done, %3, $%4 spent, %5</source>
        <translation>%1/%2 fertig, %3, $%4 ausgegeben, %5</translation>
    </message>
    <message>
        <location filename="../core/session/replayrunjob.cpp" line="201" />
        <source>Run %1 failed: no request got a usable answer.</source>
        <translation>Lauf %1 ist fehlgeschlagen: Keine Anfrage hat eine brauchbare Antwort erhalten.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayStore</name>
    <message>
        <location filename="../core/store/replaystore.cpp" line="46" />
        <source>Cannot create the replay run: %1</source>
        <translation>Der Wiedergabelauf kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="60" />
        <source>Cannot store the replay plan: %1</source>
        <translation>Der Wiedergabeplan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="112" />
        <source>Replay run %1 does not exist in this project.</source>
        <translation>Der Wiedergabelauf %1 existiert in diesem Projekt nicht.</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="171" />
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="213" />
        <source>Cannot store the replay of %1 on %2: %3</source>
        <translation>Die Wiedergabe von %1 mit %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="226" />
        <source>Cannot store the refusal verdict of %1 on %2: %3</source>
        <translation>Das Ablehnungsurteil von %1 für %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="239" />
        <source>Cannot store the replay of run %1: %2</source>
        <translation>Die Wiederholung von Lauf %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/replaystore.cpp" line="245" />
        <source>Cannot commit replay results: %1</source>
        <translation>Die Wiedergabeergebnisse können nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayWorker</name>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="32" />
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="34" />
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="36" />
        <location filename="../core/replay/replayworker.cpp" line="259" />
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="38" />
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="230" />
        <location filename="../core/replay/replayworker.cpp" line="251" />
        <source>timed out: no complete reply within %1 s</source>
        <translation>Zeitüberschreitung: keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="234" />
        <source>%1 announced a reply of %2 MB, more than the %3 MB a reply may have; not read</source>
        <translation>%1 kündigte eine Antwort von %2 MB an, mehr als die %3 MB, die eine Antwort haben darf; nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="238" />
        <source>%1 sent more than %2 MB in one reply, the most a reply may have; stopped reading</source>
        <translation>%1 sandte mehr als %2 MB in einer Antwort, das Höchstmaß für eine Antwort; Lesen abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="243" />
        <source>%1 sent %2 response headers, more than the %3 a reply may have</source>
        <translation>%1 sandte %2 Antwort-Header, mehr als die %3, die eine Antwort haben darf</translation>
    </message>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="41" />
        <source>the proxy for %1 cannot be reached</source>
        <translation>der Proxy für %1 ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportChartPainter</name>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="184" />
        <source>No model has both a price and judged answers yet: replay and evaluate a sample.</source>
        <translation>Noch kein Modell hat sowohl einen Preis als auch bewertete Antworten: Geben Sie eine Stichprobe wieder und bewerten Sie sie.</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="203" />
        <source>Cost per request (USD, log scale)</source>
        <translation>Kosten je Anfrage (USD, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="203" />
        <source>Cost per request (USD)</source>
        <translation>Kosten je Anfrage (USD)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="204" />
        <source>Quality (0–100, 95 % CI)</source>
        <translation>Qualität (0–100, 95-%-KI)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="237" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="263" />
        <source>No candidate has been verified yet.</source>
        <translation>Noch kein Kandidat wurde verifiziert.</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="299" />
        <source>Quality difference to %1 (% of its score, anytime-valid 95 % interval)</source>
        <translation>Qualitätsunterschied zu %1 (% seines Werts, jederzeit gültiges 95-%-Intervall)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="311" />
        <source>margin %1 %</source>
        <translation>Toleranz %1 %</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="408" />
        <source>No replayed answer with a predicted and an actual cost yet.</source>
        <translation>Noch keine wiedergegebene Antwort mit vorhergesagten und tatsächlichen Kosten.</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="413" />
        <source>Predicted cost per answer (USD, log scale)</source>
        <translation>Vorhergesagte Kosten je Antwort (USD, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="413" />
        <source>Predicted cost per answer (USD)</source>
        <translation>Vorhergesagte Kosten je Antwort (USD)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="414" />
        <source>Actual cost (USD)</source>
        <translation>Tatsächliche Kosten (USD)</translation>
    </message>
    <message>
        <location filename="../report/reportchartpainter.cpp" line="438" />
        <source>dashed: predicted = actual</source>
        <translation>gestrichelt: vorhergesagt = tatsächlich</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportCommand</name>
    <message>
        <location filename="../report/reportcommand.cpp" line="31" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="59" />
        <source>Current: the evidence behind %1 (made %2, %3) has not changed.</source>
        <translation>Aktuell: Die Belege hinter %1 (erstellt %2, %3) haben sich nicht geändert.</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="62" />
        <source>Out of date: the evidence changed since %1 was made (%2, %3 → now %4):</source>
        <translation>Veraltet: Die Belege haben sich geändert, seit %1 erstellt wurde (%2, %3 → jetzt %4):</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="83" />
        <source>Writes the decision report as a PDF: the verdict and its business impact, the trade-off chart, the candidates against the margin, refusals, costs and forecast accuracy, the rollout and its audit history, and the method, with a fingerprint of the evidence. With --check, says whether the project's evidence has changed since a report was made (exit 4 when it has).</source>
        <translation>Schreibt den Entscheidungsbericht als PDF: das Urteil und seine geschäftliche Auswirkung, das Abwägungsdiagramm, die Kandidaten gegenüber der Toleranz, Ablehnungen, Kosten und Prognosegenauigkeit, den Rollout und seinen Prüfverlauf sowie die Methode, mit einem Fingerabdruck der Belege. Mit --check wird angegeben, ob sich die Belege des Projekts seit der Erstellung eines Berichts geändert haben (Exit-Code 4, wenn ja).</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="88" />
        <source>Write the report to this PDF file.</source>
        <translation>Den Bericht in diese PDF-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="88" />
        <location filename="../report/reportcommand.cpp" line="90" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="90" />
        <source>Check this report against the project's evidence now.</source>
        <translation>Diesen Bericht jetzt gegen die Belege des Projekts prüfen.</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="92" />
        <source>Report on this replay run (default: the recommendation's).</source>
        <translation>Bericht über diesen Wiedergabelauf (Standard: den der Empfehlung).</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="92" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="100" />
        <source>usage: shadow-optic report --project P (--pdf OUT.pdf [--run N] | --check REPORT.pdf [--json])</source>
        <translation>Aufruf: shadow-optic report --project P (--pdf OUT.pdf [--run N] | --check REPORT.pdf [--json])</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="112" />
        <source>--run must be a replay run id.</source>
        <translation>--run muss die ID eines Wiedergabelaufs sein.</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="124" />
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../report/reportcommand.cpp" line="137" />
        <source>Warning: the project does not remember this report: %1</source>
        <translation>Warnung: Das Projekt hat sich diesen Bericht nicht gemerkt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportcommand.cpp" line="138" />
        <source>Wrote %1: %n page(s), %2 KB, evidence %3.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Seite, %2 KB, Belege %3.</numerusform>
            <numerusform>%1 geschrieben: %n Seiten, %2 KB, Belege %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportDialog</name>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="33" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="34" />
        <source>&amp;Open the report when it is written</source>
        <translation>Bericht nach dem Schreiben ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="38" />
        <source>&amp;Write Report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="39" />
        <source>O&amp;pen</source>
        <translation>Öff&amp;nen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="41" />
        <source>Export Decision Report</source>
        <translation>Entscheidungsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="42" />
        <source>A PDF to hand on: the verdict and its business impact, the trade-off chart, the candidates against the margin, refusals, costs and forecast accuracy, the rollout with its audit history, and the method — with a fingerprint of the evidence, so anyone can check later whether the project has changed since.</source>
        <translation>Ein PDF zur Weitergabe: das Urteil und seine geschäftliche Auswirkung, das Abwägungsdiagramm, die Kandidaten gegenüber der Toleranz, Ablehnungen, Kosten und Prognosegenauigkeit, der Rollout mit seinem Prüfverlauf und die Methode – mit einem Fingerabdruck der Belege, sodass jeder später prüfen kann, ob sich das Projekt seitdem geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="52" />
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="74" />
        <source>-report</source>
        <translation>-bericht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="115" />
        <source>Save Decision Report</source>
        <translation>Entscheidungsbericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="115" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="126" />
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="131" />
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="149" />
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="153" />
        <source>The report could not be gathered: %1</source>
        <translation>Der Bericht konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="156" />
        <source>Laying out the PDF…</source>
        <translation>Das PDF wird gesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="167" />
        <source> The project could not remember it: %1</source>
        <translation> Das Projekt konnte ihn sich nicht merken: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/reportdialog.cpp" line="171" />
        <source>Wrote %1: %n page(s), %2 KB, evidence %3.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Seite, %2 KB, Belege %3.</numerusform>
            <numerusform>%1 geschrieben: %n Seiten, %2 KB, Belege %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="189" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="189" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="191" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportEvidence</name>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="49" />
        <source>The report was made from another project.</source>
        <translation>Der Bericht wurde aus einem anderen Projekt erstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportevidence.cpp" line="54" />
        <source>%Ln more imported log(s).</source>
        <translation>
            <numerusform>%Ln weiterer importierter Protokolleintrag.</numerusform>
            <numerusform>%Ln weitere importierte Protokolleinträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportevidence.cpp" line="56" />
        <source>%Ln imported log(s) fewer.</source>
        <translation>
            <numerusform>%Ln importierter Protokolleintrag weniger.</numerusform>
            <numerusform>%Ln importierte Protokolleinträge weniger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="58" />
        <source>The imported logs were replaced.</source>
        <translation>Die importierten Protokolle wurden ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportevidence.cpp" line="81" />
        <source>%Ln new replay run(s) (%1).</source>
        <translation>
            <numerusform>%Ln neuer Wiedergabelauf (%1).</numerusform>
            <numerusform>%Ln neue Wiedergabeläufe (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportevidence.cpp" line="83" />
        <source>%Ln replay run(s) deleted (%1).</source>
        <translation>
            <numerusform>%Ln Wiedergabelauf gelöscht (%1).</numerusform>
            <numerusform>%Ln Wiedergabeläufe gelöscht (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="85" />
        <source>More replays in run(s) %1.</source>
        <translation>Weitere Wiedergaben in Lauf/Läufen %1.</translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="87" />
        <source>Answers judged again in run(s) %1.</source>
        <translation>Antworten in Lauf/Läufen %1 erneut bewertet.</translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="92" />
        <source>Price catalog version %1 → %2.</source>
        <translation>Preiskatalog-Version %1 → %2.</translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="94" />
        <source>The judge rubric changed.</source>
        <translation>Die Bewertungsrubrik hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="96" />
        <source>The profile (current model, limits or volume) changed.</source>
        <translation>Das Profil (aktuelles Modell, Grenzen oder Volumen) hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="98" />
        <source>A newer recommendation was made.</source>
        <translation>Eine neuere Empfehlung wurde erstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportevidence.cpp" line="102" />
        <source>%Ln new rollout audit event(s).</source>
        <translation>
            <numerusform>%Ln neues Prüfereignis im Rollout.</numerusform>
            <numerusform>%Ln neue Prüfereignisse im Rollout.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="103" />
        <source>The rollout experiments changed.</source>
        <translation>Die Rollout-Experimente haben sich geändert.</translation>
    </message>
    <message>
        <location filename="../core/report/reportevidence.cpp" line="105" />
        <source>The evidence changed.</source>
        <translation>Die Belege haben sich geändert.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportJob</name>
    <message>
        <location filename="../core/session/reportjob.cpp" line="58" />
        <source>Decision report: %1</source>
        <translation>Entscheidungsbericht: %1</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="59" />
        <location filename="../core/session/reportjob.cpp" line="150" />
        <source>Reading the evidence…</source>
        <translation>Die Belege werden gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="81" />
        <source>Reading the evaluation…</source>
        <translation>Die Auswertung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="85" />
        <source>Cannot read run %1's evaluation: %2</source>
        <translation>Die Auswertung von Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="94" />
        <source>Reconciling costs…</source>
        <translation>Kosten werden abgeglichen…</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="98" />
        <source>Cannot reconcile the costs: %1</source>
        <translation>Die Kosten können nicht abgeglichen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="102" />
        <source>Analysing refusals…</source>
        <translation>Ablehnungen werden analysiert…</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="109" />
        <source>Forecasting costs…</source>
        <translation>Kosten werden prognostiziert…</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="118" />
        <source>Reading the rollout…</source>
        <translation>Rollout wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="133" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/reportjob.cpp" line="173" />
        <source>Report gathered</source>
        <translation>Bericht zusammengestellt</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportStamp</name>
    <message>
        <location filename="../core/report/reportstamp.cpp" line="57" />
        <source>This is not a PDF file.</source>
        <translation>Dies ist keine PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../core/report/reportstamp.cpp" line="61" />
        <source>This PDF was not made by Shadow Optic (it carries no evidence fingerprint).</source>
        <translation>Dieses PDF wurde nicht von Shadow Optic erstellt (es trägt keinen Fingerabdruck der Belege).</translation>
    </message>
    <message>
        <location filename="../core/report/reportstamp.cpp" line="77" />
        <source>The report's evidence fingerprint is damaged (it does not match the evidence it lists).</source>
        <translation>Der Beleg-Fingerabdruck des Berichts ist beschädigt (er passt nicht zu den aufgeführten Belegen).</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportStore</name>
    <message>
        <location filename="../core/store/reportstore.cpp" line="46" />
        <location filename="../core/store/reportstore.cpp" line="58" />
        <location filename="../core/store/reportstore.cpp" line="71" />
        <location filename="../core/store/reportstore.cpp" line="76" />
        <location filename="../core/store/reportstore.cpp" line="83" />
        <source>Cannot read the evidence: %1</source>
        <translation>Die Belege können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/reportstore.cpp" line="99" />
        <source>Cannot read the logs: %1</source>
        <translation>Die Protokolle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/reportstore.cpp" line="114" />
        <source>Cannot remember the report in the project.</source>
        <translation>Der Bericht kann im Projekt nicht vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ReportWriter</name>
    <message>
        <location filename="../report/reportwriter.cpp" line="116" />
        <source>project's catalog, version %1</source>
        <translation>Katalog des Projekts, Version %1</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="117" />
        <source>bundled catalog (Portkey's public model data)</source>
        <translation>mitgelieferter Katalog (öffentliche Modelldaten von Portkey)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="144" />
        <source>SHADOW OPTIC · DECISION REPORT</source>
        <translation>SHADOW OPTIC · ENTSCHEIDUNGSBERICHT</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="147" />
        <source>Created %1 · evidence %2</source>
        <translation>Erstellt %1 · Belege %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="151" />
        <source>No recommendation has been made for this project yet.</source>
        <translation>Für dieses Projekt wurde noch keine Empfehlung erstellt.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="152" />
        <source>Verify candidates in the Recommendation panel (or `shadow-optic recommend`), then export the report again.</source>
        <translation>Verifizieren Sie Kandidaten im Bereich Empfehlung (oder mit `shadow-optic recommend`) und exportieren Sie den Bericht dann erneut.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="161" />
        <source>Fallback: %1.</source>
        <translation>Ausweichmodell: %1.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="164" />
        <source>No decisive answer yet.</source>
        <translation>Noch keine entschiedene Antwort.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="168" />
        <source>No recommendation: no candidate passed.</source>
        <translation>Keine Empfehlung: Kein Kandidat hat bestanden.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="177" />
        <source>Business impact</source>
        <translation>Geschäftliche Auswirkung</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="178" />
        <source>Current monthly cost</source>
        <translation>Aktuelle monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="178" />
        <source>Projected monthly cost</source>
        <translation>Erwartete monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="179" />
        <source>Monthly savings</source>
        <translation>Monatliche Ersparnis</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="179" />
        <source>Annual savings</source>
        <translation>Jährliche Ersparnis</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="184" />
        <source>Volume %1; %2 a request on %3.</source>
        <translation>Volumen %1; %2 je Anfrage bei %3.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="189" />
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="195" />
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="197" />
        <location filename="../report/reportwriter.cpp" line="515" />
        <source>Data period</source>
        <translation>Datenzeitraum</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="198" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="199" />
        <location filename="../report/reportwriter.cpp" line="518" />
        <source>no logs imported</source>
        <translation>keine Protokolle importiert</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="200" />
        <source>Logged requests</source>
        <translation>Protokollierte Anfragen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="203" />
        <source>Current model</source>
        <translation>Aktuelles Modell</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="207" />
        <source>Replay runs in the evidence</source>
        <translation>Wiedergabeläufe in den Belegen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="208" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="210" />
        <source>Prompts verified</source>
        <translation>Verifizierte Prompts</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="211" />
        <source>%1 in %n round(s)</source>
        <translation>
            <numerusform>%1 in %n Runde</numerusform>
            <numerusform>%1 in %n Runden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="213" />
        <source>Judge model</source>
        <translation>Bewertermodell</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="215" />
        <source>Gateway target</source>
        <translation>Gateway-Ziel</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="216" />
        <source>Price catalog</source>
        <translation>Preiskatalog</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="217" />
        <source>Evidence fingerprint</source>
        <translation>Beleg-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="218" />
        <location filename="../report/reportwriter.cpp" line="443" />
        <location filename="../report/reportwriter.cpp" line="530" />
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="218" />
        <location filename="../report/reportwriter.cpp" line="443" />
        <location filename="../report/reportwriter.cpp" line="464" />
        <location filename="../report/reportwriter.cpp" line="530" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="223" />
        <source>Cost and quality</source>
        <translation>Kosten und Qualität</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="227" />
        <source>No replay run has been evaluated yet.</source>
        <translation>Noch kein Wiedergabelauf wurde bewertet.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="232" />
        <source>Each point is a model: its cost per request (tokens × catalog price) against its mean judge quality with the 95 % bootstrap interval. The dashed line is the cost/quality Pareto frontier; hollow points are the logged answers.</source>
        <translation>Jeder Punkt ist ein Modell: seine Kosten je Anfrage (Tokens × Katalogpreis) gegenüber seiner mittleren Qualitätsbewertung mit dem 95-%-Bootstrap-Intervall. Die gestrichelte Linie ist die Pareto-Front von Kosten und Qualität; hohle Punkte sind die protokollierten Antworten.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="242" />
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="243" />
        <location filename="../report/reportwriter.cpp" line="408" />
        <location filename="../report/reportwriter.cpp" line="409" />
        <location filename="../report/reportwriter.cpp" line="410" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="247" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="249" />
        <location filename="../report/reportwriter.cpp" line="324" />
        <location filename="../report/reportwriter.cpp" line="384" />
        <location filename="../report/reportwriter.cpp" line="412" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="249" />
        <location filename="../report/reportwriter.cpp" line="324" />
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="249" />
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="250" />
        <source>Quality (95 % CI)</source>
        <translation>Qualität (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="250" />
        <source>Cost / request</source>
        <translation>Kosten/Anfrage</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="251" />
        <location filename="../report/reportwriter.cpp" line="310" />
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="251" />
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="251" />
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="257" />
        <source>Candidates against the margin</source>
        <translation>Kandidaten gegenüber der Toleranz</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="259" />
        <source>No candidate has been verified: no recommendation was made yet.</source>
        <translation>Kein Kandidat wurde verifiziert: Es wurde noch keine Empfehlung erstellt.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="268" />
        <source>A candidate passes when the lower end of its quality interval stays above the margin (−%1 % of %2's score), its refusal and error rates rise by less than %3 and %4 points, and its saving is at least %5 %. The intervals hold at every look, so verifying in rounds does not inflate the error.</source>
        <translation>Ein Kandidat besteht, wenn das untere Ende seines Qualitätsintervalls oberhalb der Toleranz bleibt (−%1 % des Werts von %2), seine Ablehnungs- und Fehlerraten um weniger als %3 bzw. %4 Punkte steigen und seine Ersparnis mindestens %5 % beträgt. Die Intervalle gelten zu jedem Auswertungszeitpunkt, daher erhöht die Verifikation in Runden die Fehlerrate nicht.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="294" />
        <location filename="../report/reportwriter.cpp" line="335" />
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="299" />
        <source>No candidate reached verification.</source>
        <translation>Kein Kandidat hat die Verifikation erreicht.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="302" />
        <location filename="../report/reportwriter.cpp" line="337" />
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="302" />
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="302" />
        <source>Saving</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="303" />
        <source>Quality difference (interval)</source>
        <translation>Qualitätsunterschied (Intervall)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="303" />
        <location filename="../report/reportwriter.cpp" line="337" />
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="304" />
        <source>Refusal change</source>
        <translation>Änderung der Ablehnungen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="304" />
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="317" />
        <source>No replayed answers to analyse yet.</source>
        <translation>Noch keine wiedergegebenen Antworten zum Analysieren.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="322" />
        <source>%1 (as logged)</source>
        <translation>%1 (wie protokolliert)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="324" />
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="325" />
        <source>Refusal rate</source>
        <translation>Ablehnungsrate</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="325" />
        <source>Partial refusals</source>
        <translation>Teilweise Ablehnungen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="329" />
        <source>Refusal change on the same prompts</source>
        <translation>Änderung der Ablehnungen auf denselben Prompts</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="333" />
        <source>%1 vs %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="337" />
        <source>Newly refused</source>
        <translation>Neu abgelehnt</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="338" />
        <source>Newly answered</source>
        <translation>Neu beantwortet</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="338" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="338" />
        <source>McNemar p</source>
        <translation>McNemar p</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="342" />
        <source>Clusters of refused prompts</source>
        <translation>Cluster abgelehnter Prompts</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="345" />
        <source>%n refusal(s), too few or too different to cluster.</source>
        <translation>
            <numerusform>%n Ablehnung, zu wenige oder zu unterschiedlich für eine Clusterbildung.</numerusform>
            <numerusform>%n Ablehnungen, zu wenige oder zu unterschiedlich für eine Clusterbildung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="359" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="359" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="359" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="360" />
        <source>Top terms</source>
        <translation>Top-Begriffe</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="360" />
        <source>Example prompt</source>
        <translation>Beispiel-Prompt</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="364" />
        <source>%n smaller cluster(s) not shown.</source>
        <translation>
            <numerusform>%n kleinerer Cluster nicht dargestellt.</numerusform>
            <numerusform>%n kleinere Cluster nicht dargestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="369" />
        <location filename="../report/reportwriter.cpp" line="521" />
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="370" />
        <source>The logged bill against the catalog</source>
        <translation>Die protokollierte Rechnung gegenüber dem Katalog</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="382" />
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="384" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="384" />
        <source>Logged</source>
        <translation>Protokolliert</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="385" />
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="385" />
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="385" />
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="386" />
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="388" />
        <source>Catalog: Portkey's formula at the catalog's prices on the logged tokens (cache reads and writes, reasoning, batch). Rows more than 5 % apart are flagged; unpriced requests are counted, never summed as $0.</source>
        <translation>Katalog: die Formel von Portkey zu den Katalogpreisen auf den protokollierten Tokens (Cache-Lese- und -Schreibzugriffe, Reasoning, Batch). Zeilen mit mehr als 5 % Abweichung werden markiert; Anfragen ohne Preis werden gezählt, nie als $0 summiert.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="394" />
        <source>Cost forecast</source>
        <translation>Kostenprognose</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="401" />
        <source>Output lengths learned from %1 logged requests and %2 replayed answers: cross-validated error %3 per request (naive 1.5 × input: %4).</source>
        <translation>Ausgabelängen gelernt aus %1 protokollierten Anfragen und %2 wiedergegebenen Antworten: kreuzvalidierter Fehler %3 je Anfrage (naiv 1,5 × Eingabe: %4).</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="412" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="412" />
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="413" />
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="413" />
        <source>Per prompt</source>
        <translation>Je Prompt</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="416" />
        <source>Forecast accuracy</source>
        <translation>Prognosegenauigkeit</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="418" />
        <source>No finished replay run to compare the forecast with yet.</source>
        <translation>Noch kein abgeschlossener Wiedergabelauf, mit dem die Prognose verglichen werden kann.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="421" />
        <source>Run #%1: predicted %2, actual %3 over %4 answers; mean absolute error %5 per answer (naive: %6), median error %7.</source>
        <translation>Lauf #%1: vorhergesagt %2, tatsächlich %3 über %4 Antworten; mittlerer absoluter Fehler %5 je Antwort (naiv: %6), Medianfehler %7.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="432" />
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="438" />
        <source>No staged rollout has been started.</source>
        <translation>Es wurde noch kein gestaffelter Rollout gestartet.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="444" />
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="445" />
        <source>Production → challenger</source>
        <translation>Produktion → Herausforderer</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="447" />
        <location filename="../report/reportwriter.cpp" line="481" />
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="448" />
        <source>%1 (kill switch pulled)</source>
        <translation>%1 (Notabschaltung ausgelöst)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="450" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="451" />
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="452" />
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="452" />
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="457" />
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="459" />
        <source>fail (hard)</source>
        <translation>nicht erfüllt (hart)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="459" />
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="460" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="464" />
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="464" />
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="465" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="467" />
        <source>Audit history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="480" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="480" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="480" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="481" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="484" />
        <source>%n earlier event(s) not shown (`shadow-optic rollout status` lists them).</source>
        <translation>
            <numerusform>%n früheres Ereignis nicht dargestellt (`shadow-optic rollout status` listet es auf).</numerusform>
            <numerusform>%n frühere Ereignisse nicht dargestellt (`shadow-optic rollout status` listet sie auf).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="491" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="495" />
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/reportwriter.cpp" line="496" />
        <source>%1 logged prompts replayed in %n verification round(s); %2 stored replays reused, %3 new; verification cost %4</source>
        <translation>
            <numerusform>%1 protokollierte Prompts in %n Verifikationsrunde wiedergegeben; %2 gespeicherte Wiedergaben übernommen, %3 neu; Verifikationskosten %4</numerusform>
            <numerusform>%1 protokollierte Prompts in %n Verifikationsrunden wiedergegeben; %2 gespeicherte Wiedergaben übernommen, %3 neu; Verifikationskosten %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="501" />
        <location filename="../report/reportwriter.cpp" line="505" />
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="502" />
        <location filename="../report/reportwriter.cpp" line="506" />
        <source>%1, rubric %2</source>
        <translation>%1, Rubrik %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="508" />
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="509" />
        <source>Each candidate is compared with the current model on the same prompts (paired differences). Quality is non-inferior when the lower bound of an anytime-valid 95 % confidence sequence of the difference is above the margin; prompts of one user or session count as one cluster. Per-model quality intervals are 95 % bootstrap intervals; refusal changes use McNemar's test.</source>
        <translation>Jeder Kandidat wird auf denselben Prompts mit dem aktuellen Modell verglichen (gepaarte Differenzen). Die Qualität gilt als nicht unterlegen, wenn die untere Grenze einer jederzeit gültigen 95-%-Konfidenzsequenz der Differenz oberhalb der Toleranz liegt; Prompts eines Nutzers oder einer Sitzung zählen als ein Cluster. Die Qualitätsintervalle je Modell sind 95-%-Bootstrap-Intervalle; Änderungen der Ablehnungen werden mit dem McNemar-Test geprüft.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="516" />
        <source>%1 – %2 (%3 logged requests)</source>
        <translation>%1 – %2 (%3 protokollierte Anfragen)</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="520" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="522" />
        <source>Tokens × prices of the %1; unpriced models are reported as unpriced, never as $0.</source>
        <translation>Tokens × Preise (%1); Modelle ohne Preis werden als „ohne Preis“ ausgewiesen, nie als $0.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="525" />
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="526" />
        <source>Fingerprint %1 over the project's logs, replay runs, judge grades, catalog version, rubric, profile, recommendation and rollout audit log. `shadow-optic report --check` on this file says whether any of it has changed since.</source>
        <translation>Fingerabdruck %1 über die Protokolle, Wiedergabeläufe, Bewertungen, Katalogversion, Rubrik, Profil, Empfehlung und das Rollout-Prüfprotokoll des Projekts. `shadow-optic report --check` gibt für diese Datei an, ob sich seitdem etwas davon geändert hat.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="567" />
        <location filename="../report/reportwriter.cpp" line="629" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="596" />
        <source>Cannot start the PDF %1.</source>
        <translation>Das PDF %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="620" />
        <source>Shadow Optic decision report · %1 · evidence %2</source>
        <translation>Shadow-Optic-Entscheidungsbericht · %1 · Belege %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="622" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../report/reportwriter.cpp" line="625" />
        <source>Cannot finish the PDF %1.</source>
        <translation>Das PDF %1 kann nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::ResponseParser</name>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="62" />
        <source>guardrail denied: %1</source>
        <translation>von Guardrail abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="66" />
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="72" />
        <source>malformed JSON in the response (%1 at byte %2)</source>
        <translation>fehlerhaftes JSON in der Antwort (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="78" />
        <source>gateway error: %1</source>
        <translation>Gateway-Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="83" />
        <source>the response has no choices</source>
        <translation>die Antwort hat keine choices</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutChecker</name>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="37" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="47" />
        <source>%1%2 points</source>
        <translation>%1%2 Punkte</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="69" />
        <source>Time in stage</source>
        <translation>Zeit in der Stufe</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="72" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="73" />
        <source>≥ %1 h</source>
        <translation>≥ %1 h</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="76" />
        <source>%1 h to go.</source>
        <translation>Noch %1 h.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="82" />
        <source>Judged shadow replays</source>
        <translation>Bewertete Schatten-Replays</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="82" />
        <source>Challenger requests</source>
        <translation>Anfragen an den Herausforderer</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="86" />
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/rollout/rolloutchecker.cpp" line="89" />
        <source>%n more needed.</source>
        <translation>
            <numerusform>%n weitere nötig.</numerusform>
            <numerusform>%n weitere nötig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="104" />
        <source>No live requests of both models in this stage yet.</source>
        <translation>Noch keine Live-Anfragen beider Modelle in dieser Stufe.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="105" />
        <source>No judged replays of the challenger yet: replay and evaluate it.</source>
        <translation>Noch keine bewerteten Replays des Herausforderers: Replay durchführen und bewerten.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="123" />
        <source>Traffic split</source>
        <translation>Verkehrsaufteilung</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="124" />
        <source>%1 to the challenger</source>
        <translation>%1 an den Herausforderer</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="130" />
        <location filename="../core/rollout/rolloutchecker.cpp" line="190" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="149" />
        <source>Sample ratio mismatch (χ² = %1, p = %2): the challenger got %3 of the traffic where the config gives it %4. Promotion is blocked until the split is explained — a stale config, retries that favour one model, or logs missing for one of them.</source>
        <translation>Stichprobenverhältnis-Abweichung (χ² = %1, p = %2): Der Herausforderer erhielt %3 des Verkehrs, die Konfiguration gibt ihm %4. Die Hochstufung ist gesperrt, bis die Aufteilung erklärt ist — eine veraltete Konfiguration, Wiederholungen, die ein Modell bevorzugen, oder fehlende Logs eines der Modelle.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="156" />
        <source>Tested from %1 live requests.</source>
        <translation>Getestet mit %1 Live-Anfragen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="172" />
        <source>Success rate vs production</source>
        <translation>Erfolgsrate ggü. Produktion</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="173" />
        <source>lower bound &gt; −%1 points</source>
        <translation>Untergrenze &gt; −%1 Punkte</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="186" />
        <source>%1 (%2 … %3) points</source>
        <translation>%1 (%2 … %3) Punkte</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="209" />
        <source>The challenger succeeds %1 less often than production, beyond the %2-point margin.</source>
        <translation>Der Herausforderer hat %1 seltener Erfolg als die Produktion, jenseits der Toleranz von %2 Punkten.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="215" />
        <source>Not decisive yet; at this traffic split the test cannot reach 80 % power.</source>
        <translation>Noch nicht entschieden; bei dieser Verkehrsaufteilung erreicht der Test keine 80 % Teststärke.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="216" />
        <source>Not decisive yet (power %1 now); about %2 more challenger requests give 80 % power.</source>
        <translation>Noch nicht entschieden (Teststärke jetzt %1); etwa %2 weitere Anfragen an den Herausforderer ergeben 80 % Teststärke.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="232" />
        <source>%1 takes all traffic; the rollout is complete.</source>
        <translation>%1 erhält den gesamten Verkehr; der Rollout ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="238" />
        <source>%1 fails in %2: %3. Roll back to shadow.</source>
        <translation>%1 scheitert in %2: %3. Auf Schatten zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="241" />
        <source>Every condition of %1 holds: %2 may move to %3.</source>
        <translation>Alle Bedingungen von %1 sind erfüllt: %2 kann zu %3 wechseln.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="250" />
        <source>Kill switch pulled: %1 gets no traffic. Roll back or promote to resume.</source>
        <translation>Notabschaltung ausgelöst: %1 erhält keinen Verkehr. Zum Fortsetzen zurücksetzen oder hochstufen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutchecker.cpp" line="252" />
        <source>Not ready to leave %1: %2.</source>
        <translation>Noch nicht bereit, %1 zu verlassen: %2.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutCommand</name>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="50" />
        <source>Staged rollout of a challenger model (SPEC §9): shadow → canary 1 % → graduated 10 % → ramping 50 % → majority 90 % → full, each stage promoted only when its duration, samples, gates, traffic split and non-inferiority test hold. Every move is appended to the experiment's audit log.</source>
        <translation>Gestaffelter Rollout eines Herausforderer-Modells (SPEC §9): Schatten → Canary 1 % → Erweitert 10 % → Hochlauf 50 % → Mehrheit 90 % → Vollständig; jede Stufe wird nur hochgestuft, wenn Dauer, Stichproben, Kriterien, Verkehrsaufteilung und Nichtunterlegenheitstest erfüllt sind. Jeder Schritt wird an das Prüfprotokoll des Experiments angehängt.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="56" />
        <source>Experiment name or id (default: the active one).</source>
        <translation>Name oder ID des Experiments (Standard: das aktive).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="56" />
        <location filename="../core/cli/rolloutcommand.cpp" line="62" />
        <location filename="../core/cli/rolloutcommand.cpp" line="77" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="57" />
        <source>create: the production model.</source>
        <translation>create: das Produktionsmodell.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="57" />
        <location filename="../core/cli/rolloutcommand.cpp" line="58" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="58" />
        <source>create: the challenger model.</source>
        <translation>create: das Herausforderer-Modell.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="61" />
        <source>create: the experiment's name, also the metadata.experiment_id live logs may carry.</source>
        <translation>create: der Name des Experiments, zugleich die metadata.experiment_id, die Live-Logs tragen können.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="65" />
        <source>create: promote when the check passes and roll back on a hard failure.</source>
        <translation>create: hochstufen, wenn die Prüfung besteht, und bei hartem Scheitern zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="68" />
        <source>create, stages: the stage table as a JSON array (see rollout status --json).</source>
        <translation>create, stages: die Stufentabelle als JSON-Array (siehe rollout status --json).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="69" />
        <location filename="../core/cli/rolloutcommand.cpp" line="88" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="71" />
        <source>Why (required for rollback; recorded in the audit log).</source>
        <translation>Begründung (Pflicht für die Rücksetzung; wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="71" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="74" />
        <source>Act as of this time (ISO 8601), e.g. to replay a rollout over exported logs.</source>
        <translation>Zu diesem Zeitpunkt handeln (ISO 8601), z. B. um einen Rollout über exportierte Logs nachzuspielen.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="75" />
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="77" />
        <source>config: the stage whose Portkey config to print.</source>
        <translation>config: die Stufe, deren Portkey-Konfiguration ausgegeben wird.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="78" />
        <source>config: the kill-switch config (challenger weight 0).</source>
        <translation>config: die Konfiguration der Notabschaltung (Gewicht des Herausforderers 0).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="79" />
        <source>config: the rollback config (production only).</source>
        <translation>config: die Konfiguration der Rücksetzung (nur Produktion).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="82" />
        <source>config: the conditional variant that keeps each user on one model (routes on metadata.rollout_bucket; the client line that computes it goes to stderr).</source>
        <translation>config: die conditional-Variante, die jeden Nutzer bei einem Modell hält (routet nach metadata.rollout_bucket; die Client-Zeile, die den Wert berechnet, geht nach stderr).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="86" />
        <source>config: the variant for Portkey's hosted gateway only (sticky sessions, @slug providers).</source>
        <translation>config: die Variante nur für das gehostete Gateway von Portkey (feste Sitzungszuordnung, @slug-Anbieter).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="88" />
        <source>config: also save the JSON to this file.</source>
        <translation>config: das JSON zusätzlich in dieser Datei speichern.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="91" />
        <source>simulate: production requests per hour (default: measured from the logs).</source>
        <translation>simulate: Anfragen pro Stunde an die Produktion (Standard: aus den Logs gemessen).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="91" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="99" />
        <source>usage: shadow-optic rollout create --project P --production M --challenger M [--name N] [--automatic] [--stages FILE.json]
       shadow-optic rollout status|check --project P [--experiment N] [--json]
       shadow-optic rollout promote|kill --project P [--experiment N] [--reason TEXT]
       shadow-optic rollout rollback --project P [--experiment N] --reason TEXT
       shadow-optic rollout auto on|off --project P [--experiment N]
       shadow-optic rollout stages --project P --stages FILE.json
       shadow-optic rollout config --project P [--stage NAME [--sticky] [--hosted] | --kill-switch | --rollback] [--out FILE]
       shadow-optic rollout simulate --project P [--rph N] [--json]</source>
        <translation>Aufruf: shadow-optic rollout create --project P --production M --challenger M [--name N] [--automatic] [--stages FILE.json]
       shadow-optic rollout status|check --project P [--experiment N] [--json]
       shadow-optic rollout promote|kill --project P [--experiment N] [--reason TEXT]
       shadow-optic rollout rollback --project P [--experiment N] --reason TEXT
       shadow-optic rollout auto on|off --project P [--experiment N]
       shadow-optic rollout stages --project P --stages FILE.json
       shadow-optic rollout config --project P [--stage NAME [--sticky] [--hosted] | --kill-switch | --rollback] [--out FILE]
       shadow-optic rollout simulate --project P [--rph N] [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="117" />
        <source>--at: '%1' is not a time (use ISO 8601, e.g. 2026-12-04T10:00:00Z).</source>
        <translation>--at: '%1' ist keine Zeitangabe (ISO 8601 verwenden, z. B. 2026-12-04T10:00:00Z).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="126" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="133" />
        <source>not a JSON array</source>
        <translation>kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="137" />
        <source>%1 is not a stage table: %2</source>
        <translation>%1 ist keine Stufentabelle: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="150" />
        <source>rollout create needs --production and --challenger.</source>
        <translation>rollout create braucht --production und --challenger.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="162" />
        <source>rollout rollback needs --reason: it goes into the audit log.</source>
        <translation>rollout rollback braucht --reason: Die Begründung kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="170" />
        <source>usage: shadow-optic rollout auto on|off --project P [--experiment N]</source>
        <translation>Aufruf: shadow-optic rollout auto on|off --project P [--experiment N]</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="179" />
        <source>rollout stages needs --stages FILE.json.</source>
        <translation>rollout stages braucht --stages FILE.json.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="215" />
        <source>No active rollout experiment. Create one: shadow-optic rollout create --project P --production M --challenger M</source>
        <translation>Kein aktives Rollout-Experiment. Legen Sie eines an: shadow-optic rollout create --project P --production M --challenger M</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="222" />
        <source>Experiment %1: %2 → %3</source>
        <translation>Experiment %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="223" />
        <source>Stage: %1 (%2 of live traffic to the challenger%3), %4 h in stage%5</source>
        <translation>Stufe: %1 (%2 des Live-Verkehrs an den Herausforderer%3), %4 h in der Stufe%5</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="225" />
        <source>, kill switch pulled</source>
        <translation>, Notabschaltung ausgelöst</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="226" />
        <source>, automatic mode</source>
        <translation>, Automatikmodus</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="228" />
        <source>Production traffic: %1 requests per hour</source>
        <translation>Produktionsverkehr: %1 Anfragen pro Stunde</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="229" />
        <source>Promotion check:</source>
        <translation>Prüfung zur Hochstufung:</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="236" />
        <source>Audit log:</source>
        <translation>Prüfprotokoll:</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="238" />
        <source>  %1  %2  %3  %4  %5</source>
        <translation>  %1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="251" />
        <source>No active rollout experiment: create one first (shadow-optic rollout create).</source>
        <translation>Kein aktives Rollout-Experiment: Legen Sie zuerst eines an (shadow-optic rollout create).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="263" />
        <source>rollout config takes one of --stage, --kill-switch and --rollback.</source>
        <translation>rollout config nimmt genau eine der Optionen --stage, --kill-switch und --rollback.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="277" />
        <source>--stage: the experiment has no stage '%1' (it has: %2).</source>
        <translation>--stage: Das Experiment hat keine Stufe '%1' (es hat: %2).</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="286" />
        <source>--sticky: stage %1 does not split traffic; its config sends every user to one model already.</source>
        <translation>--sticky: Stufe %1 teilt den Verkehr nicht auf; ihre Konfiguration schickt bereits jeden Nutzer zu einem Modell.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="318" />
        <source>--rph must be a number of requests per hour above 0.</source>
        <translation>--rph muss eine Zahl von Anfragen pro Stunde über 0 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="323" />
        <source>The logs do not say how much traffic the production model gets: give it with --rph N.</source>
        <translation>Die Logs zeigen nicht, wie viel Verkehr das Produktionsmodell erhält: Geben Sie ihn mit --rph N an.</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="344" />
        <source>  %1: %2 h (%3)%4</source>
        <translation>  %1: %2 h (%3)%4</translation>
    </message>
    <message>
        <location filename="../core/cli/rolloutcommand.cpp" line="346" />
        <source>, power %1 %</source>
        <translation>, Teststärke %1 %</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutConfigBuilder</name>
    <message>
        <location filename="../core/rollout/rolloutconfigbuilder.cpp" line="148" />
        <source>For Portkey's hosted gateway only: the open-source gateway has no sticky sessions, Model Catalog slugs or saved configs. Use the stage's config or its sticky variant there.</source>
        <translation>Nur für das gehostete Gateway von Portkey: Das Open-Source-Gateway kennt keine feste Sitzungszuordnung, keine Slugs des Model Catalog und keine gespeicherten Konfigurationen. Verwenden Sie dort die Konfiguration der Stufe oder ihre Variante mit fester Nutzerzuordnung.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutconfigbuilder.cpp" line="247" />
        <source>Send the bucket with every request as x-portkey-metadata: {"rollout_bucket": "&lt;bucket&gt;"}</source>
        <translation>Senden Sie den Bucket mit jeder Anfrage als x-portkey-metadata: {"rollout_bucket": "&lt;bucket&gt;"}</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutconfigbuilder.cpp" line="276" />
        <source>Cannot write the Portkey config to '%1': %2</source>
        <translation>Die Portkey-Konfiguration kann nicht nach '%1' geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutController</name>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="34" />
        <source>Name the production model and the challenger.</source>
        <translation>Geben Sie das Produktionsmodell und den Herausforderer an.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="38" />
        <source>The challenger must differ from the production model (%1).</source>
        <translation>Der Herausforderer muss sich vom Produktionsmodell (%1) unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="55" />
        <source>%1 challenges %2.</source>
        <translation>%1 fordert %2 heraus.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="65" />
        <location filename="../core/rollout/rolloutcontroller.cpp" line="95" />
        <location filename="../core/rollout/rolloutcontroller.cpp" line="112" />
        <source>Experiment %1 is no longer active.</source>
        <translation>Experiment %1 ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="69" />
        <source>%1 already takes all traffic.</source>
        <translation>%1 erhält bereits den gesamten Verkehr.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="73" />
        <source>The promotion check does not pass.</source>
        <translation>Die Prüfung zur Hochstufung besteht nicht.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="91" />
        <source>Say why you roll back: the reason goes into the audit log.</source>
        <translation>Begründen Sie die Rücksetzung: Die Begründung kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutcontroller.cpp" line="117" />
        <source>Kill switch pulled.</source>
        <translation>Notabschaltung ausgelöst.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutEvent</name>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="49" />
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="51" />
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="53" />
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="55" />
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="57" />
        <source>Kill switch</source>
        <translation>Notabschaltung</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="59" />
        <source>Promoted automatically</source>
        <translation>Automatisch hochgestuft</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="61" />
        <source>Rolled back automatically</source>
        <translation>Automatisch zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutevent.cpp" line="63" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutGate</name>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="40" />
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="42" />
        <source>Faithfulness</source>
        <translation>Treue</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="44" />
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="46" />
        <source>Latency delta</source>
        <translation>Latenzdifferenz</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="48" />
        <source>Refusal-rate delta</source>
        <translation>Differenz der Ablehnungsrate</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="56" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="63" />
        <location filename="../core/rollout/rolloutstage.cpp" line="32" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="65" />
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutgate.cpp" line="67" />
        <source>%1%2 points</source>
        <translation>%1%2 Punkte</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="14" />
        <source>Shadow</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="16" />
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="18" />
        <source>Graduated</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="20" />
        <source>Ramping</source>
        <translation>Hochlauf</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="22" />
        <source>Majority</source>
        <translation>Mehrheit</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="24" />
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="57" />
        <source>A stage has no name.</source>
        <translation>Eine Stufe hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="60" />
        <source>Stage %1: the challenger share must lie between 0 and 1.</source>
        <translation>Stufe %1: Der Anteil des Herausforderers muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="64" />
        <source>Stage %1: minimum samples and duration cannot be negative.</source>
        <translation>Stufe %1: Mindeststichproben und Dauer können nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="67" />
        <source>Stage %1: the minimum samples are more than a rollout can collect.</source>
        <translation>Stufe %1: die Mindestzahl an Stichproben ist größer, als ein Rollout sammeln kann.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutstage.cpp" line="73" />
        <source>Stage %1 has a gate that is not one (metric and threshold needed).</source>
        <translation>Stufe %1 hat ein ungültiges Kriterium (Metrik und Schwelle nötig).</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutJob</name>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="57" />
        <source>Experiment %1 created: %2 in shadow against %3.</source>
        <translation>Experiment %1 angelegt: %2 in Schatten gegen %3.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="91" />
        <source>Promoted automatically from %1 to %2.</source>
        <translation>Automatisch von %1 auf %2 hochgestuft.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="96" />
        <source>Rolled back automatically to shadow: %1</source>
        <translation>Automatisch auf Schatten zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="105" />
        <source>Promoted from %1 to %2.</source>
        <translation>Von %1 auf %2 hochgestuft.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="113" />
        <source>Rolled back from %1 to shadow.</source>
        <translation>Von %1 auf Schatten zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="120" />
        <source>Kill switch pulled: %1 gets no traffic.</source>
        <translation>Notabschaltung ausgelöst: %1 erhält keinen Verkehr.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="126" />
        <source>Automatic mode on.</source>
        <translation>Automatikmodus ein.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="126" />
        <source>Automatic mode off.</source>
        <translation>Automatikmodus aus.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="139" />
        <source>The edited stage table has no stage %1, where the experiment stands.</source>
        <translation>Die bearbeitete Stufentabelle hat keine Stufe %1, in der das Experiment steht.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="145" />
        <source>Stage table edited.</source>
        <translation>Stufentabelle bearbeitet.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="166" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="170" />
        <source>Reading the rollout…</source>
        <translation>Rollout wird gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/rolloutjob.cpp" line="174" />
        <source>The rollout action failed.</source>
        <translation>Die Rollout-Aktion ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutPage</name>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="82" />
        <location filename="../ui/docks/rolloutpage.cpp" line="885" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="93" />
        <source>&amp;New experiment…</source>
        <translation>&amp;Neues Experiment…</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="94" />
        <source>S&amp;tages…</source>
        <translation>Stuf&amp;en…</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="95" />
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatisch</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="102" />
        <source>C&amp;heck now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="103" />
        <source>Refresh &amp;live metrics</source>
        <translation>&amp;Live-Metriken aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="104" />
        <source>&amp;Promote…</source>
        <translation>&amp;Hochstufen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="105" />
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="106" />
        <source>&amp;Kill switch…</source>
        <translation>N&amp;otabschaltung…</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="113" />
        <source>&amp;Sticky users (conditional on rollout_bucket)</source>
        <translation>&amp;Feste Nutzerzuordnung (conditional nach rollout_bucket)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="114" />
        <source>&amp;Hosted Portkey only</source>
        <translation>Nur &amp;gehostetes Portkey</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="115" />
        <source>&amp;Copy</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="116" />
        <source>Sa&amp;ve as JSON…</source>
        <translation>Als JSON spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="176" />
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="177" />
        <source>Promote when the check passes and roll back to shadow when a gate fails hard (a non-inferiority failure, or a live gate failing after the stage's minimum samples). Acts on each check.</source>
        <translation>Hochstufen, wenn die Prüfung besteht, und auf Schatten zurücksetzen, wenn ein Kriterium hart scheitert (ein Scheitern der Nichtunterlegenheit oder ein Live-Kriterium, das nach den Mindeststichproben der Stufe scheitert). Wirkt bei jeder Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="192" />
        <source>Run the promotion check on the imported logs and record it in the audit log (Ctrl+Shift+K).</source>
        <translation>Die Prüfung zur Hochstufung auf den importierten Logs ausführen und im Prüfprotokoll festhalten (Strg+Umschalt+K).</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="194" />
        <source>Pull the newest logs from Portkey's Log Export API (with the key of the gateway target or PORTKEY_API_KEY), then check; without a key, File ▸ Pull from Portkey… asks for one.</source>
        <translation>Die neuesten Logs über die Log-Export-API von Portkey abrufen (mit dem Schlüssel des Gateway-Ziels oder PORTKEY_API_KEY), dann prüfen; ohne Schlüssel fragt Datei ▸ Von Portkey abrufen… nach einem.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="197" />
        <source>Move the challenger to the next stage; allowed only when every condition holds.</source>
        <translation>Den Herausforderer auf die nächste Stufe bringen; nur erlaubt, wenn alle Bedingungen erfüllt sind.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="198" />
        <source>Back to shadow: the challenger gets no live traffic. A reason is required.</source>
        <translation>Zurück auf Schatten: Der Herausforderer erhält keinen Live-Verkehr. Eine Begründung ist Pflicht.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="199" />
        <source>Challenger weight 0 now, stage kept; promote or roll back to resume.</source>
        <translation>Gewicht des Herausforderers sofort 0, Stufe bleibt; zum Fortsetzen hochstufen oder zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="202" />
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="223" />
        <location filename="../ui/docks/rolloutpage.cpp" line="311" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="223" />
        <location filename="../ui/docks/rolloutpage.cpp" line="311" />
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="223" />
        <location filename="../ui/docks/rolloutpage.cpp" line="311" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="223" />
        <location filename="../ui/docks/rolloutpage.cpp" line="311" />
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="229" />
        <source>&amp;Gates</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="231" />
        <location filename="../ui/docks/rolloutpage.cpp" line="312" />
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="231" />
        <location filename="../ui/docks/rolloutpage.cpp" line="312" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="231" />
        <location filename="../ui/docks/rolloutpage.cpp" line="312" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="231" />
        <location filename="../ui/docks/rolloutpage.cpp" line="312" />
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="231" />
        <location filename="../ui/docks/rolloutpage.cpp" line="312" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="233" />
        <source>The audit log is append-only: the project's database refuses to change or delete it.</source>
        <translation>Das Prüfprotokoll ist nur erweiterbar: Die Datenbank des Projekts verweigert Änderungen und Löschungen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="234" />
        <source>&amp;Audit log</source>
        <translation>P&amp;rüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="238" />
        <source>The open-source gateway load-balances each request on its own, so one user can meet both models within a session. This variant routes on a bucket your application computes from the user id and sends in x-portkey-metadata.</source>
        <translation>Das Open-Source-Gateway verteilt jede Anfrage einzeln, sodass ein Nutzer innerhalb einer Sitzung beide Modelle treffen kann. Diese Variante routet nach einem Bucket, den Ihre Anwendung aus der Nutzer-ID berechnet und in x-portkey-metadata sendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="241" />
        <source>Sticky sessions, @slug providers and saved config ids work on Portkey's hosted gateway only; the open-source gateway ignores or rejects them.</source>
        <translation>Feste Sitzungszuordnung, @slug-Anbieter und gespeicherte Konfigurations-IDs funktionieren nur auf dem gehosteten Gateway von Portkey; das Open-Source-Gateway ignoriert oder verwirft sie.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="249" />
        <source>Copy the config JSON to the clipboard.</source>
        <translation>Das Konfigurations-JSON in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="252" />
        <source>Stage:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="266" />
        <source>Portkey &amp;config</source>
        <translation>Portkey-Konfigura&amp;tion</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="271" />
        <source> requests/h</source>
        <translation> Anfragen/h</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="272" />
        <source>Production traffic per hour</source>
        <translation>Produktionsverkehr pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="276" />
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="276" />
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="276" />
        <source>Bounded by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="276" />
        <source>Power</source>
        <translation>Teststärke</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="280" />
        <source>Traffic:</source>
        <translation>Verkehr:</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="296" />
        <source>&amp;Simulator</source>
        <translation>&amp;Simulator</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="430" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="438" />
        <source>The rollout is busy with the previous action; try again in a moment.</source>
        <translation>Der Rollout ist noch mit der vorigen Aktion beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="493" />
        <location filename="../ui/docks/rolloutpage.cpp" line="494" />
        <location filename="../ui/docks/rolloutpage.cpp" line="728" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="497" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="506" />
        <source>Open a project to start a staged rollout.</source>
        <translation>Öffnen Sie ein Projekt, um einen gestaffelten Rollout zu starten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="507" />
        <source>No rollout yet. Start one with New experiment…: the challenger goes through shadow, canary, graduated, ramping and majority to full, each stage promoted only on evidence.</source>
        <translation>Noch kein Rollout. Starten Sie einen mit Neues Experiment…: Der Herausforderer durchläuft Schatten, Canary, Erweitert, Hochlauf und Mehrheit bis Vollständig, jede Stufe nur auf Belege hin hochgestuft.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="510" />
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="511" />
        <source>Time in stage</source>
        <translation>Zeit in der Stufe</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="540" />
        <source>Judged replays: %1 of %2</source>
        <translation>Bewertete Replays: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="541" />
        <source>Challenger requests: %1 of %2</source>
        <translation>Anfragen an den Herausforderer: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="546" />
        <source>Time in stage: %1 of %2 h</source>
        <translation>Zeit in der Stufe: %1 von %2 h</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="567" />
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="571" />
        <source>Fail (hard)</source>
        <translation>Nicht erfüllt (hart)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="571" />
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="575" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="598" />
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="601" />
        <source>Live traffic since the stage began: %1 requests to %2, %3 to %4 (%5 to the challenger)%6.</source>
        <translation>Live-Verkehr seit Beginn der Stufe: %1 Anfragen an %2, %3 an %4 (%5 an den Herausforderer)%6.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="604" />
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="605" />
        <source>, rows tagged %1 only</source>
        <translation>, nur mit %1 markierte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="607" />
        <source>Success rate %1 vs %2: difference %3 points, anytime-valid 95 % interval %4 … %5 (margin −2 points), verdict %6. Unit: %7 (design effect %8). Power now %9.</source>
        <translation>Erfolgsrate %1 ggü. %2: Differenz %3 Punkte, jederzeit gültiges 95-%-Intervall %4 … %5 (Toleranz −2 Punkte), Urteil %6. Einheit: %7 (Designeffekt %8). Teststärke jetzt %9.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="613" />
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="614" />
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="615" />
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="618" />
        <source>Shadow evidence: %1 replays of %2, %3 judged.</source>
        <translation>Belege aus Schatten: %1 Replays von %2, %3 bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="622" />
        <source>Production traffic in the logs: %1 requests per hour.</source>
        <translation>Produktionsverkehr in den Logs: %1 Anfragen pro Stunde.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="657" />
        <source>Promote %1</source>
        <translation>%1 hochstufen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="658" />
        <source>Promote %1 from %2 to %3? It will get %4 of live traffic. Deploy the %3 config from the Portkey config tab afterwards; the audit log records who promoted and the check it rested on.</source>
        <translation>%1 von %2 auf %3 hochstufen? Das Modell erhält dann %4 des Live-Verkehrs. Stellen Sie danach die Konfiguration für %3 aus dem Tab Portkey-Konfiguration bereit; das Prüfprotokoll hält fest, wer hochgestuft hat und auf welcher Prüfung das beruhte.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="672" />
        <source>Roll back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="673" />
        <source>Why roll %1 back from %2 to shadow? (required; it goes into the audit log)</source>
        <translation>Warum %1 von %2 auf Schatten zurücksetzen? (Pflicht; kommt ins Prüfprotokoll)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="679" />
        <source>Rollback needs a reason; nothing was changed.</source>
        <translation>Die Rücksetzung braucht eine Begründung; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="692" />
        <source>Kill switch for %1</source>
        <translation>Notabschaltung für %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="693" />
        <source>Set %1's weight to 0 now? Production takes all traffic once you deploy the kill-switch config. Reason for the audit log:</source>
        <translation>Gewicht von %1 jetzt auf 0 setzen? Die Produktion erhält den gesamten Verkehr, sobald Sie die Konfiguration der Notabschaltung bereitstellen. Begründung für das Prüfprotokoll:</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="696" />
        <source>Kill switch pulled.</source>
        <translation>Notabschaltung ausgelöst.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="729" />
        <source>Kill switch</source>
        <translation>Notabschaltung</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="730" />
        <source>Rollback</source>
        <translation>Rücksetzung</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="755" />
        <source>Create an experiment to get the Portkey config of each stage.</source>
        <translation>Legen Sie ein Experiment an, um die Portkey-Konfiguration jeder Stufe zu erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="775" />
        <source>Kill switch: %1 keeps its place with weight 0, so production takes every request.</source>
        <translation>Notabschaltung: %1 behält seinen Platz mit Gewicht 0, sodass die Produktion jede Anfrage erhält.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="779" />
        <source>Rollback: production only, as in shadow; the challenger is replayed, never served.</source>
        <translation>Rücksetzung: nur Produktion, wie in Schatten; der Herausforderer wird per Replay getestet, nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="782" />
        <source>Hosted-only: sticky sessions, @slug providers and saved config ids work on Portkey's hosted gateway; the open-source gateway ignores or rejects them.</source>
        <translation>Nur gehostet: Feste Sitzungszuordnung, @slug-Anbieter und gespeicherte Konfigurations-IDs funktionieren auf dem gehosteten Gateway von Portkey; das Open-Source-Gateway ignoriert oder verwirft sie.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="786" />
        <source>Sticky users on the open-source gateway: requests whose rollout_bucket is below %1 go to %2. Your application computes the bucket from the user id and sends it in x-portkey-metadata:</source>
        <translation>Feste Nutzerzuordnung auf dem Open-Source-Gateway: Anfragen, deren rollout_bucket unter %1 liegt, gehen an %2. Ihre Anwendung berechnet den Bucket aus der Nutzer-ID und sendet ihn in x-portkey-metadata:</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="795" />
        <source>Shadow: production takes all live traffic; the challenger is only replayed.</source>
        <translation>Schatten: Die Produktion erhält den gesamten Live-Verkehr; der Herausforderer wird nur per Replay getestet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="797" />
        <source>Full: %1 first, production as its fallback on any error.</source>
        <translation>Vollständig: zuerst %1, die Produktion als fallback bei jedem Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="798" />
        <source>Load balance: %1 of requests to %2, drawn per request (users can meet both models; tick Sticky users to keep each user on one).</source>
        <translation>Lastverteilung: %1 der Anfragen an %2, pro Anfrage gelost (Nutzer können beide Modelle treffen; aktivieren Sie Feste Nutzerzuordnung, um jeden Nutzer bei einem zu halten).</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="802" />
        <source>Replace the api_key placeholders with your keys (or Portkey virtual keys) before deploying.</source>
        <translation>Ersetzen Sie vor der Bereitstellung die api_key-Platzhalter durch Ihre Schlüssel (oder virtuelle Portkey-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="810" />
        <source>The %1 config is on the clipboard.</source>
        <translation>Die Konfiguration für %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="818" />
        <source>Save Portkey config</source>
        <translation>Portkey-Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="818" />
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="827" />
        <source>Saved the %1 config to %2.</source>
        <translation>Konfiguration für %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="841" />
        <source>measured in the logs: %1 requests per hour of %2</source>
        <translation>in den Logs gemessen: %1 Anfragen pro Stunde an %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="843" />
        <source>enter your production volume (the logs do not show it)</source>
        <translation>Geben Sie Ihr Produktionsvolumen ein (die Logs zeigen es nicht)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="866" />
        <source>minimum duration (%1 h)</source>
        <translation>Mindestdauer (%1 h)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="869" />
        <source>minimum samples (%1)</source>
        <translation>Mindeststichproben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="872" />
        <source>80 % power (%1 samples)</source>
        <translation>80 % Teststärke (%1 Stichproben)</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="882" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/docks/rolloutpage.cpp" line="885" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutPlan</name>
    <message>
        <location filename="../core/rollout/rolloutplan.cpp" line="68" />
        <source>A rollout needs at least two stages.</source>
        <translation>Ein Rollout braucht mindestens zwei Stufen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutplan.cpp" line="70" />
        <source>The first stage must send the challenger no live traffic (shadow).</source>
        <translation>Die erste Stufe darf dem Herausforderer keinen Live-Verkehr senden (Schatten).</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutplan.cpp" line="72" />
        <source>The last stage must send the challenger all traffic (full).</source>
        <translation>Die letzte Stufe muss dem Herausforderer den gesamten Verkehr senden (Vollständig).</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutplan.cpp" line="77" />
        <source>Two stages are called %1.</source>
        <translation>Zwei Stufen heißen %1.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutplan.cpp" line="80" />
        <source>Stage %1 must give the challenger more traffic than %2.</source>
        <translation>Stufe %1 muss dem Herausforderer mehr Verkehr geben als %2.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutplan.cpp" line="82" />
        <source>Stage %1: minimum samples and duration cannot be negative.</source>
        <translation>Stufe %1: Mindeststichproben und Dauer können nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutSimulation</name>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="43" />
        <source>Full rollout is out of reach at %1 requests per hour: the check of %2 never reaches %3 % power.</source>
        <translation>Ein vollständiger Rollout ist bei %1 Anfragen pro Stunde nicht erreichbar: Die Prüfung von %2 erreicht nie %3 % Teststärke.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="50" />
        <source>%1 samples take %2 h</source>
        <translation>%1 Stichproben brauchen %2 h</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="53" />
        <source>%1 samples for %2 % power take %3 h</source>
        <translation>%1 Stichproben für %2 % Teststärke brauchen %3 h</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="58" />
        <source>its minimum duration of %1 h</source>
        <translation>ihre Mindestdauer von %1 h</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="61" />
        <source>Full rollout in %1 days at %2 requests per hour; the bottleneck is %3 (%4).</source>
        <translation>Vollständiger Rollout in %1 Tagen bei %2 Anfragen pro Stunde; der Engpass ist %3 (%4).</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="65" />
        <source>That meets the target of under %1 days.</source>
        <translation>Das erfüllt das Ziel von unter %1 Tagen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="67" />
        <source>Under %1 days needs at least %2 requests per hour.</source>
        <translation>Für unter %1 Tage sind mindestens %2 Anfragen pro Stunde nötig.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulation.cpp" line="71" />
        <source>Under %1 days cannot be reached at any traffic: the minimum durations alone take longer.</source>
        <translation>Unter %1 Tage ist bei keinem Verkehrsaufkommen erreichbar: Schon die Mindestdauern dauern länger.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutSimulator</name>
    <message>
        <location filename="../core/rollout/rolloutsimulator.cpp" line="102" />
        <source>Enter the live traffic in requests per hour to forecast the rollout.</source>
        <translation>Geben Sie den Live-Verkehr in Anfragen pro Stunde ein, um den Rollout vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../core/rollout/rolloutsimulator.cpp" line="108" />
        <source>The success rate and power must lie between 0 and 1, the margin be positive, alpha below 0.5 and the design effect at least 1.</source>
        <translation>Erfolgsrate und Teststärke müssen zwischen 0 und 1 liegen, die Toleranz positiv, alpha unter 0,5 und der Designeffekt mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutStepper</name>
    <message>
        <location filename="../ui/widgets/rolloutstepper.cpp" line="20" />
        <source>Rollout stages</source>
        <translation>Rollout-Stufen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rolloutstepper.cpp" line="29" />
        <source>Stage %1 of %2: %3</source>
        <translation>Stufe %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rolloutstepper.cpp" line="51" />
        <location filename="../ui/widgets/rolloutstepper.cpp" line="124" />
        <source>0 % (killed)</source>
        <translation>0 % (abgeschaltet)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutStore</name>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="55" />
        <source>Cannot append to the rollout audit log: %1</source>
        <translation>An das Rollout-Prüfprotokoll kann nicht angehängt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="77" />
        <source>Experiment %1 is already rolling out a challenger to %2's traffic; finish or stop it first.</source>
        <translation>Experiment %1 rollt bereits einen Herausforderer auf den Verkehr von %2 aus; schließen Sie es zuerst ab oder stoppen Sie es.</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="84" />
        <source>An experiment called %1 exists already.</source>
        <translation>Ein Experiment namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="103" />
        <source>Cannot store experiment %1: %2</source>
        <translation>Experiment %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="132" />
        <source>Cannot update experiment %1: %2</source>
        <translation>Experiment %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="134" />
        <source>it no longer exists</source>
        <translation>es existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="160" />
        <source>Cannot read the rollout experiments: %1</source>
        <translation>Die Rollout-Experimente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="187" />
        <source>The project has no active rollout experiment; create one first.</source>
        <translation>Das Projekt hat kein aktives Rollout-Experiment; legen Sie zuerst eines an.</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="193" />
        <source>The project has no rollout experiment called %1 (it has none yet).</source>
        <translation>Das Projekt hat kein Rollout-Experiment namens %1 (es hat noch keines).</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="194" />
        <source>The project has no rollout experiment called %1 (it has: %2).</source>
        <translation>Das Projekt hat kein Rollout-Experiment namens %1 (es hat: %2).</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="207" />
        <source>Cannot read the rollout audit log: %1</source>
        <translation>Das Rollout-Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/rolloutstore.cpp" line="247" />
        <source>Cannot read the live logs: %1</source>
        <translation>Die Live-Logs können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutTimelineChart</name>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="51" />
        <source>Time to full rollout: no simulation yet</source>
        <translation>Zeit bis zum vollständigen Rollout: noch keine Simulation</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="67" />
        <source>Time to full rollout: %1 days</source>
        <translation>Zeit bis zum vollständigen Rollout: %1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="68" />
        <source>Time to full rollout: %1 hours</source>
        <translation>Zeit bis zum vollständigen Rollout: %1 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="86" />
        <source>%1: %2 h — %3</source>
        <translation>%1: %2 h — %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="91" />
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="96" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="96" />
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/rollouttimelinechart.cpp" line="108" />
        <source>7-day target</source>
        <translation>Ziel 7 Tage</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RolloutTrafficGenerator</name>
    <message>
        <location filename="../core/gen/rollouttrafficgenerator.cpp" line="41" />
        <source>Rollout traffic needs rows, a time window and both models.</source>
        <translation>Rollout-Verkehr braucht Zeilen, ein Zeitfenster und beide Modelle.</translation>
    </message>
    <message>
        <location filename="../core/gen/rollouttrafficgenerator.cpp" line="46" />
        <location filename="../core/gen/rollouttrafficgenerator.cpp" line="90" />
        <location filename="../core/gen/rollouttrafficgenerator.cpp" line="95" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunComparison</name>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="90" />
        <location filename="../core/eval/runcomparison.cpp" line="91" />
        <source>Only %1 replayed %2.</source>
        <translation>Nur %1 hat %2 wiedergegeben.</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="95" />
        <source>%1 and %2 cannot be compared on cost for %3 (no priced answers in one of them)</source>
        <translation>%1 und %2 lassen sich bei %3 nicht nach Kosten vergleichen (in einem der beiden keine Antworten mit Preis)</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="101" />
        <source>%1 costs the same per request as %2 on %3</source>
        <translation>%1 kostet je Anfrage so viel wie %2 bei %3</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="103" />
        <source>%1 is %2 % cheaper per request than %3 on %4</source>
        <translation>%1 ist je Anfrage %2 % günstiger als %3 bei %4</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="106" />
        <source>%1 is %2 % more expensive per request than %3 on %4</source>
        <translation>%1 ist je Anfrage %2 % teurer als %3 bei %4</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="109" />
        <source>quality %1 points</source>
        <translation>Qualität %1 Punkte</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="110" />
        <source>quality not judged in both runs</source>
        <translation>Qualität nicht in beiden Läufen bewertet</translation>
    </message>
    <message>
        <location filename="../core/eval/runcomparison.cpp" line="111" />
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunComparisonModel</name>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="82" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="88" />
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="90" />
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="97" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="102" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="113" />
        <location filename="../ui/models/runcomparisonmodel.cpp" line="114" />
        <source>%1 (only in %2)</source>
        <translation>%1 (nur in %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="126" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="142" />
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="150" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="189" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="190" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="195" />
        <source>Mean cost of a successful request at catalog prices.</source>
        <translation>Mittlere Kosten einer erfolgreichen Anfrage zu Katalogpreisen.</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="197" />
        <source>Cost per request of B against A, in percent (green: B is cheaper).</source>
        <translation>Kosten je Anfrage von B gegenüber A in Prozent (grün: B ist günstiger).</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="200" />
        <source>Mean judged quality with its 95% bootstrap confidence interval.</source>
        <translation>Mittlere bewertete Qualität mit ihrem 95-%-Bootstrap-Konfidenzintervall.</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="202" />
        <source>Quality of B minus A, in points (green: B is better).</source>
        <translation>Qualität von B minus A in Punkten (grün: B ist besser).</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="204" />
        <source>Full-refusal rate of B minus A, in percentage points (green: B refuses less).</source>
        <translation>Rate vollständiger Ablehnungen von B minus A in Prozentpunkten (grün: B lehnt seltener ab).</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="206" />
        <source>Mean latency of B minus A (green: B is faster).</source>
        <translation>Mittlere Latenz von B minus A (grün: B ist schneller).</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="213" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="215" />
        <location filename="../ui/models/runcomparisonmodel.cpp" line="217" />
        <source>n %1</source>
        <translation>n %1</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="219" />
        <location filename="../ui/models/runcomparisonmodel.cpp" line="221" />
        <source>$/request %1</source>
        <translation>$/Anfrage %1</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="223" />
        <source>Δ cost</source>
        <translation>Δ Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="225" />
        <location filename="../ui/models/runcomparisonmodel.cpp" line="227" />
        <source>Quality %1</source>
        <translation>Qualität %1</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="229" />
        <source>Δ quality</source>
        <translation>Δ Qualität</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="231" />
        <location filename="../ui/models/runcomparisonmodel.cpp" line="233" />
        <source>Refusals %1</source>
        <translation>Ablehnungen %1</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="235" />
        <source>Δ refusals</source>
        <translation>Δ Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="237" />
        <location filename="../ui/models/runcomparisonmodel.cpp" line="239" />
        <source>Latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <location filename="../ui/models/runcomparisonmodel.cpp" line="241" />
        <source>Δ latency</source>
        <translation>Δ Latenz</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunEvaluator</name>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="27" />
        <source>Replaying %1 as the baseline: %2 of %3</source>
        <translation>%1 wird als Basislinie wiedergegeben: %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="102" />
        <source>An evaluation is already running.</source>
        <translation>Eine Auswertung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="118" />
        <source>Planning the evaluation of run %1</source>
        <translation>Die Auswertung von Lauf %1 wird geplant</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="158" />
        <source>The baseline %1 could not be replayed: %2</source>
        <translation>Die Basislinie %1 konnte nicht wiedergegeben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="251" />
        <source>Evaluation finished</source>
        <translation>Auswertung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunFootprint</name>
    <message numerus="yes">
        <location filename="../core/replay/runfootprint.cpp" line="31" />
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/runfootprint.cpp" line="32" />
        <source>%n planned request(s)</source>
        <translation>
            <numerusform>%n geplante Anfrage</numerusform>
            <numerusform>%n geplante Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/runfootprint.cpp" line="33" />
        <source>and %n grade(s) (refusal verdicts and judge scores)</source>
        <translation>
            <numerusform>und %n Bewertung (Ablehnungsurteile und Bewerterpunkte)</numerusform>
            <numerusform>und %n Bewertungen (Ablehnungsurteile und Bewerterpunkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/runfootprint.cpp" line="40" />
        <source>%n saved recommendation(s) (%1) cite this run; they keep their figures.</source>
        <translation>
            <numerusform>%n gespeicherte Empfehlung (%1) zitiert diesen Lauf; sie behält ihre Zahlen.</numerusform>
            <numerusform>%n gespeicherte Empfehlungen (%1) zitieren diesen Lauf; sie behalten ihre Zahlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/replay/runfootprint.cpp" line="44" />
        <source>The evaluation of run(s) %1 reuses %n of its answers as the baseline; they are replayed again when that run is evaluated next.</source>
        <translation>
            <numerusform>Die Auswertung von Lauf/Läufen %1 übernimmt %n seiner Antworten als Basislinie; sie wird bei der nächsten Auswertung jenes Laufs erneut wiedergegeben.</numerusform>
            <numerusform>Die Auswertung von Lauf/Läufen %1 übernimmt %n seiner Antworten als Basislinie; sie werden bei der nächsten Auswertung jenes Laufs erneut wiedergegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunStore</name>
    <message>
        <location filename="../core/store/runstore.cpp" line="75" />
        <source>Cannot read the replay runs: %1</source>
        <translation>Die Wiedergabeläufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="89" />
        <source>Cannot read replay run %1: %2</source>
        <translation>Wiedergabelauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="93" />
        <location filename="../core/store/runstore.cpp" line="111" />
        <source>Replay run %1 does not exist in this project.</source>
        <translation>Der Wiedergabelauf %1 existiert in diesem Projekt nicht.</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="107" />
        <source>Cannot rename replay run %1: %2</source>
        <translation>Wiedergabelauf %1 kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="129" />
        <source>Cannot read what belongs to replay run %1: %2</source>
        <translation>Was zu Wiedergabelauf %1 gehört, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="137" />
        <source>Cannot read the saved recommendations: %1</source>
        <translation>Die gespeicherten Empfehlungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="155" />
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="168" />
        <source>%1 is still running: cancel it or let it finish before deleting it.</source>
        <translation>%1 läuft noch: Brechen Sie ihn ab oder lassen Sie ihn zu Ende laufen, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location filename="../core/store/runstore.cpp" line="177" />
        <location filename="../core/store/runstore.cpp" line="180" />
        <source>Cannot delete replay run %1: %2</source>
        <translation>Wiedergabelauf %1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunSummary</name>
    <message>
        <location filename="../core/replay/runsummary.cpp" line="26" />
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/replay/runsummary.cpp" line="36" />
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunsCommand</name>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="242" />
        <source>No replay runs in this project yet (start one with 'shadow-optic replay').</source>
        <translation>Noch keine Wiedergabeläufe in diesem Projekt (einen mit 'shadow-optic replay' starten).</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="33" />
        <location filename="../core/cli/runscommand.cpp" line="142" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="34" />
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="35" />
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="36" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="37" />
        <source>done/total</source>
        <translation>fertig/gesamt</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="38" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="39" />
        <source>spent USD</source>
        <translation>USD ausgeg.</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="40" />
        <source>judged</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="41" />
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="42" />
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="43" />
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="49" />
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="49" />
        <source>replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="76" />
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="86" />
        <source>A = %1, B = %2; differences are B − A.
</source>
        <translation>A = %1, B = %2; Differenzen sind B − A.
</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="90" />
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="95" />
        <source>(only in A, %1)</source>
        <translation>(nur in A, %1)</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="96" />
        <source>(only in B, %1)</source>
        <translation>(nur in B, %1)</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="104" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="109" />
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="112" />
        <source>cost/request</source>
        <translation>Kosten/Anfrage</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="114" />
        <source>quality (95% CI)</source>
        <translation>Qualität (95-%-KI)</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="115" />
        <location filename="../core/cli/runscommand.cpp" line="119" />
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="116" />
        <source>refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="120" />
        <source>latency (mean)</source>
        <translation>Latenz (Mittel)</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="135" />
        <source>The project's replay runs: list them (newest first), name one, delete one with its answers and grades, or compare two model by model.</source>
        <translation>Die Wiedergabeläufe des Projekts: auflisten (neueste zuerst), einen benennen, einen mit seinen Antworten und Bewertungen löschen oder zwei Modell für Modell vergleichen.</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="137" />
        <source> (default: list)</source>
        <translation> (Standard: list)</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="141" />
        <source>rename, delete: the run; compare: give it twice, A then B (differences are B − A).</source>
        <translation>rename, delete: der Lauf; compare: zweimal angeben, A, dann B (Differenzen sind B − A).</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="143" />
        <source>rename: the new name (empty: back to "Run N").</source>
        <translation>rename: der neue Name (leer: zurück zu „Lauf N“).</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="143" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="144" />
        <source>delete: really delete (it cannot be undone).</source>
        <translation>delete: wirklich löschen (kann nicht rückgängig gemacht werden).</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="149" />
        <source>usage: shadow-optic runs [list] --project P [--json]
       shadow-optic runs rename --project P --run N --name TEXT
       shadow-optic runs delete --project P --run N --yes
       shadow-optic runs compare --project P --run A --run B [--json]</source>
        <translation>Aufruf: shadow-optic runs [list] --project P [--json]
       shadow-optic runs rename --project P --run N --name TEXT
       shadow-optic runs delete --project P --run N --yes
       shadow-optic runs compare --project P --run A --run B [--json]</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="157" />
        <source>runs takes one action, not '%1'.
%2</source>
        <translation>runs nimmt genau eine Aktion, nicht '%1'.
%2</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="161" />
        <source>Unknown action '%1' (use list, rename, delete or compare).
%2</source>
        <translation>Unbekannte Aktion '%1' (verwenden Sie list, rename, delete oder compare).
%2</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="165" />
        <source>runs needs --project.
%1</source>
        <translation>runs braucht --project.
%1</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="173" />
        <source>--run: '%1' is not a run id (a positive whole number; see 'runs --project P').</source>
        <translation>--run: '%1' ist keine Lauf-ID (eine positive ganze Zahl; siehe 'runs --project P').</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="183" />
        <source>runs list takes only --project and --json.
%1</source>
        <translation>runs list nimmt nur --project und --json.
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/runscommand.cpp" line="188" />
        <source>runs compare needs --run twice (A, then B), got %n.</source>
        <translation>
            <numerusform>runs compare braucht --run zweimal (A, dann B), erhalten: %n.</numerusform>
            <numerusform>runs compare braucht --run zweimal (A, dann B), erhalten: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="192" />
        <source>runs compare needs two different runs (both are %1).</source>
        <translation>runs compare braucht zwei verschiedene Läufe (beide sind %1).</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="200" />
        <source>runs %1 needs exactly one --run.</source>
        <translation>runs %1 braucht genau ein --run.</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="206" />
        <source>runs rename needs --name TEXT (--name "" removes the name).</source>
        <translation>runs rename braucht --name TEXT (--name "" entfernt den Namen).</translation>
    </message>
    <message>
        <location filename="../core/cli/runscommand.cpp" line="217" />
        <source>runs delete needs --yes: deleting run %1 removes its answers, plan and grades and cannot be undone.</source>
        <translation>runs delete braucht --yes: Das Löschen von Lauf %1 entfernt seine Antworten, seinen Plan und seine Bewertungen und kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunsJob</name>
    <message>
        <location filename="../core/session/runsjob.cpp" line="71" />
        <source>A run name has at most %1 characters (this one has %2).</source>
        <translation>Ein Laufname hat höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="74" />
        <source>A run name is one line of text without control characters.</source>
        <translation>Ein Laufname ist eine Textzeile ohne Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="98" />
        <source>%1 has no name any more (was “%2”).</source>
        <translation>%1 hat keinen Namen mehr (war „%2“).</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="99" />
        <source>%1 is now called “%2”.</source>
        <translation>%1 heißt jetzt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="116" />
        <source>Deleted %1 with %2.</source>
        <translation>%1 mit %2 gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="123" />
        <source>Compare two different runs (both are run %1).</source>
        <translation>Vergleichen Sie zwei verschiedene Läufe (beide sind Lauf %1).</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="131" />
        <source>%1 is a pass of judge calls, not a replay: compare two replay runs.</source>
        <translation>%1 ist ein Durchgang von Bewertungsaufrufen, keine Wiedergabe: Vergleichen Sie zwei Wiedergabeläufe.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="138" />
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="153" />
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="158" />
        <source>Choose a run.</source>
        <translation>Wählen Sie einen Lauf.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="162" />
        <source>Choose two runs to compare.</source>
        <translation>Wählen Sie zwei Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="171" />
        <source>Comparing the runs…</source>
        <translation>Die Läufe werden verglichen…</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="171" />
        <source>Reading the runs…</source>
        <translation>Die Läufe werden gelesen…</translation>
    </message>
    <message>
        <location filename="../core/session/runsjob.cpp" line="175" />
        <source>The run history could not be read.</source>
        <translation>Die Liste der Läufe konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunsModel</name>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="70" />
        <source>Not named yet: press F2 or double-click to name it.</source>
        <translation>Noch ohne Namen: Drücken Sie F2 oder doppelklicken Sie, um ihn zu benennen.</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="94" />
        <source>Judge pass</source>
        <translation>Bewertungsdurchgang</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="94" />
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="97" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="105" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="111" />
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="152" />
        <source>Results stored of the requests planned (cache hits and failures included).</source>
        <translation>Gespeicherte Ergebnisse der geplanten Anfragen (einschließlich Cache-Treffern und Fehlschlägen).</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="154" />
        <source>Answers of the run with a valid judge score.</source>
        <translation>Antworten des Laufs mit gültiger Bewerterpunktzahl.</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="156" />
        <source>A replay of logged prompts, or a pass of judge calls that graded replayed answers.</source>
        <translation>Eine Wiedergabe protokollierter Prompts oder ein Durchgang von Bewertungsaufrufen, die wiedergegebene Antworten bewertet haben.</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="163" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="165" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="167" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="169" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="171" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="173" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="175" />
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="177" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="179" />
        <source>Judged</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="181" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="183" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="185" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/models/runsmodel.cpp" line="187" />
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::RunsPage</name>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="39" />
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="40" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="41" />
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="42" />
        <source>Show in &amp;Trade-off</source>
        <translation>In &amp;Abwägung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="75" />
        <source>Give the selected run a name (F2, or double-click its name).</source>
        <translation>Dem ausgewählten Lauf einen Namen geben (F2 oder Doppelklick auf seinen Namen).</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="76" />
        <source>Delete the selected run with its answers and grades (Delete); asks first.</source>
        <translation>Den ausgewählten Lauf mit seinen Antworten und Bewertungen löschen (Entf); fragt vorher nach.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="77" />
        <source>Compare the two selected replay runs model by model (the older one is A).</source>
        <translation>Die beiden ausgewählten Wiedergabeläufe Modell für Modell vergleichen (der ältere ist A).</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="78" />
        <source>Show the selected run's evaluation in the Trade-off panel.</source>
        <translation>Die Auswertung des ausgewählten Laufs im Bereich Abwägung zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="105" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="110" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="146" />
        <source>Show the Replay panel</source>
        <translation>Bereich Wiedergabe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="190" />
        <source>The Runs panel is still busy; try again in a moment.</source>
        <translation>Der Bereich Läufe ist noch beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="271" />
        <source>%1 and %2 replayed no model in common.</source>
        <translation>%1 und %2 haben kein gemeinsames Modell wiedergegeben.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="275" />
        <source>Comparing %1 (B) with %2 (A); differences are B − A.</source>
        <translation>%1 (B) wird mit %2 (A) verglichen; Differenzen sind B − A.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="297" />
        <source>No project open — open or create one (File ▸ New Project), then replay a sample in the Replay panel.</source>
        <translation>Kein Projekt geöffnet – öffnen oder erstellen Sie eines (Datei ▸ Neues Projekt) und geben Sie dann im Bereich Wiedergabe eine Stichprobe wieder.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="299" />
        <source>No replay runs yet — start one in the Replay panel.</source>
        <translation>Noch keine Wiedergabeläufe – starten Sie einen im Bereich Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="310" />
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="311" />
        <source>Delete %1 (%2, %3)?</source>
        <translation>%1 (%2, %3) löschen?</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="312" />
        <source>a judge pass</source>
        <translation>ein Bewertungsdurchgang</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="312" />
        <source>a replay</source>
        <translation>eine Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="315" />
        <source>It removes %1. This cannot be undone.</source>
        <translation>Entfernt werden: %1. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/runspage.cpp" line="319" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::SafetySuite</name>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="22" />
        <source>The safety suite '%1' cannot be read: %2</source>
        <translation>Die Sicherheits-Suite „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="36" />
        <source>The safety suite '%1' is not valid JSON: %2 at line %3, column %4 (offset %5).</source>
        <translation>Die Sicherheits-Suite „%1“ ist kein gültiges JSON: %2 in Zeile %3, Spalte %4 (Position %5).</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="45" />
        <source>The safety suite '%1' has no "cases" array.</source>
        <translation>Die Sicherheits-Suite „%1“ hat kein Array "cases".</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="63" />
        <source>Case %1 of the safety suite '%2' has no id.</source>
        <translation>Fall %1 der Sicherheits-Suite „%2“ hat keine ID.</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="67" />
        <source>Case %1 of the safety suite '%2' repeats an id.</source>
        <translation>Fall %1 der Sicherheits-Suite „%2“ wiederholt eine ID.</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="71" />
        <source>Case %1 of the safety suite '%2' has no prompt.</source>
        <translation>Fall %1 der Sicherheits-Suite „%2“ hat keinen Prompt.</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="79" />
        <source>Case %1 of the safety suite '%2' has expectation '%3' (expected "refuse" or "answer").</source>
        <translation>Fall %1 der Sicherheits-Suite „%2“ hat die Erwartung „%3“ (erwartet: "refuse" oder "answer").</translation>
    </message>
    <message>
        <location filename="../core/refusal/safetysuite.cpp" line="87" />
        <source>The safety suite '%1' has no cases.</source>
        <translation>Die Sicherheits-Suite „%1“ hat keine Fälle.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::Session</name>
    <message>
        <location filename="../core/session/session.cpp" line="83" />
        <source>The simulator URL '%1' is not a valid http(s) URL.</source>
        <translation>Die Simulator-URL '%1' ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="89" />
        <source>The base URL '%1' is not a valid http(s) URL (for example %2).</source>
        <translation>Die Basis-URL '%1' ist keine gültige http(s)-URL (zum Beispiel %2).</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="105" />
        <source>Config routing needs a Portkey config: paste its JSON, load a file, or switch to header routing.</source>
        <translation>Routing per Konfiguration braucht eine Portkey-Konfiguration: JSON einfügen, eine Datei laden oder auf Header-Routing umschalten.</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="113" />
        <source>The Portkey config is not valid JSON: %1 (at character %2).</source>
        <translation>Die Portkey-Konfiguration ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="120" />
        <source>The Portkey config '%1' is neither JSON nor a saved config id (such as pc-abc-123).</source>
        <translation>Die Portkey-Konfiguration '%1' ist weder JSON noch die ID einer gespeicherten Konfiguration (wie pc-abc-123).</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="132" />
        <source>The custom host '%1' is not a valid URL.</source>
        <translation>Der eigene Host '%1' ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="140" />
        <source>Portkey hosted needs a Portkey API key: enter it in the field or set PORTKEY_API_KEY.</source>
        <translation>Portkey (gehostet) braucht einen Portkey-API-Schlüssel: im Feld eingeben oder PORTKEY_API_KEY setzen.</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="189" />
        <source>Built-in simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="190" />
        <source>Simulator %1</source>
        <translation>Simulator %1</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="195" />
        <source>Portkey gateway %1</source>
        <translation>Portkey-Gateway %1</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="198" />
        <source>Portkey hosted %1</source>
        <translation>Portkey gehostet %1</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="201" />
        <source>OpenAI-compatible %1</source>
        <translation>OpenAI-kompatibel %1</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="204" />
        <source>%1 (config routing)</source>
        <translation>%1 (Routing per Konfiguration)</translation>
    </message>
    <message>
        <location filename="../core/session/session.cpp" line="205" />
        <source>%1 (header routing, provider %2)</source>
        <translation>%1 (Routing per Header, Anbieter %2)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="29" />
        <source>&amp;Dark palette</source>
        <translation>&amp;Dunkles Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="40" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41" />
        <source>&amp;Remember the keys in the OS keychain</source>
        <translation>Schlüssel im Schlüsselbund des Betriebssystems &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="44" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="47" />
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59" />
        <source>Requests in flight at once when a replay starts.</source>
        <translation>Gleichzeitig laufende Anfragen beim Start einer Wiedergabe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="63" />
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="66" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="67" />
        <source>Never reuse</source>
        <translation>Nie wiederverwenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="69" />
        <source>How long a stored answer of the same target may be reused instead of paying again.</source>
        <translation>Wie lange eine gespeicherte Antwort desselben Ziels wiederverwendet werden darf, statt erneut zu bezahlen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71" />
        <source>The model that grades answers (LLM-as-judge).</source>
        <translation>Das Modell, das Antworten bewertet (LLM als Bewerter).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="74" />
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="75" />
        <source>&amp;Budget per run:</source>
        <translation>&amp;Budget je Lauf:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="76" />
        <source>Cache &amp;lifetime:</source>
        <translation>Cache-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="77" />
        <source>&amp;Judge model:</source>
        <translation>Be&amp;wertermodell:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="79" />
        <source>Built-in simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="80" />
        <source>Local Portkey gateway</source>
        <translation>Lokales Portkey-Gateway</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="81" />
        <source>Portkey hosted</source>
        <translation>Portkey (gehostet)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="82" />
        <source>Custom OpenAI-compatible URL</source>
        <translation>Eigene OpenAI-kompatible URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="93" />
        <source>x-portkey-api-key</source>
        <translation>x-portkey-api-key</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="94" />
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="98" />
        <source>Only the system's trusted certificates</source>
        <translation>Nur die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="99" />
        <source>A PEM or DER file with the certificate of a gateway you trust although the system does not (self-signed or from a private CA). TLS errors are never ignored: without it such a gateway's requests fail.</source>
        <translation>Eine PEM- oder DER-Datei mit dem Zertifikat eines Gateways, dem Sie vertrauen, obwohl das System es nicht tut (selbstsigniert oder von einer privaten Zertifizierungsstelle). TLS-Fehler werden nie ignoriert: ohne sie schlagen die Anfragen an ein solches Gateway fehl.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="110" />
        <source>Without the keychain the keys are kept for this session only. PORTKEY_API_KEY and OPENAI_API_KEY in the environment are used when set. Keys are never written to the settings, the project, logs or reports.</source>
        <translation>Ohne Schlüsselbund gelten die Schlüssel nur für diese Sitzung. PORTKEY_API_KEY und OPENAI_API_KEY aus der Umgebung werden verwendet, wenn sie gesetzt sind. Schlüssel werden nie in die Einstellungen, das Projekt, Protokolle oder Berichte geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="113" />
        <source>This build has no keychain support: the keys are kept for this session only. PORTKEY_API_KEY and OPENAI_API_KEY in the environment are used when set.</source>
        <translation>Dieser Build unterstützt keinen Schlüsselbund: Die Schlüssel gelten nur für diese Sitzung. PORTKEY_API_KEY und OPENAI_API_KEY aus der Umgebung werden verwendet, wenn sie gesetzt sind.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="117" />
        <source>&amp;Send to:</source>
        <translation>Sende&amp;n an:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="118" />
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="119" />
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="120" />
        <source>Portkey &amp;key:</source>
        <translation>Port&amp;key-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="121" />
        <source>Provider ke&amp;y:</source>
        <translation>Anbie&amp;terschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="122" />
        <source>&amp;Trusted certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="130" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="131" />
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="132" />
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150" />
        <source>started on 127.0.0.1 when a run starts</source>
        <translation>wird beim Start eines Laufs auf 127.0.0.1 gestartet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="158" />
        <source>Trusted Certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="159" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::SimulateCommand</name>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="18" />
        <source>Run the built-in simulated OpenAI-compatible gateway until interrupted.</source>
        <translation>Das eingebaute simulierte OpenAI-kompatible Gateway bis zur Unterbrechung ausführen.</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="21" />
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Port auf 127.0.0.1 (0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="21" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="23" />
        <source>Fixed latency for every answer (default: model profiles).</source>
        <translation>Feste Latenz für jede Antwort (Standard: Modellprofile).</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="23" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="25" />
        <source>Fault plan, e.g. '429x2,500;p=0.1' (see FaultPlan).</source>
        <translation>Fehlerplan, z. B. '429x2,500;p=0.1' (siehe FaultPlan).</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="25" />
        <source>spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="26" />
        <source>Turn off the models' random 5xx errors.</source>
        <translation>Die zufälligen 5xx-Fehler der Modelle abschalten.</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="38" />
        <source>--port must be a number between 0 and 65535.</source>
        <translation>--port muss eine Zahl zwischen 0 und 65535 sein.</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="50" />
        <source>Bad --faults: %1</source>
        <translation>Ungültiges --faults: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="56" />
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="60" />
        <source>Simulated gateway at %1 with models: %2. Press Ctrl+C to stop.</source>
        <translation>Simuliertes Gateway unter %1 mit den Modellen: %2. Mit Strg+C beenden.</translation>
    </message>
    <message>
        <location filename="../core/cli/simulatecommand.cpp" line="64" />
        <source>Served %1 requests.</source>
        <translation>%1 Anfragen beantwortet.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::SimulatedGateway</name>
    <message>
        <location filename="../core/sim/simulatedgateway.cpp" line="209" />
        <source>Could not listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 konnte nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::SqliteLogInserter</name>
    <message>
        <location filename="../core/store/sqliteloginserter.cpp" line="115" />
        <source>Cannot store log '%1': %2</source>
        <translation>Das Protokoll '%1' kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqliteloginserter.cpp" line="132" />
        <source>Cannot note the conversation of log '%1': %2</source>
        <translation>Die Konversation des Protokolls '%1' kann nicht vermerkt werden: %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::StageTableDialog</name>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="60" />
        <source>Rollout stages</source>
        <translation>Rollout-Stufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="61" />
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="61" />
        <source>Challenger %</source>
        <translation>Herausforderer %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="61" />
        <source>Min samples</source>
        <translation>Min. Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="61" />
        <source>Min hours</source>
        <translation>Min. Stunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="62" />
        <source>Quality ≥</source>
        <translation>Qualität ≥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="62" />
        <source>Faithfulness ≥</source>
        <translation>Treue ≥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="62" />
        <source>Error rate ≤ %</source>
        <translation>Fehlerrate ≤ %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="63" />
        <source>Latency delta ≤ %</source>
        <translation>Latenzdifferenz ≤ %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="63" />
        <source>Refusal delta ≤ points</source>
        <translation>Ablehnungsdifferenz ≤ Punkte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="66" />
        <source>Empty gate cells mean no such gate at that stage. Quality and faithfulness are the judge's means over 100 on shadow replays; the rest are measured on live traffic.</source>
        <translation>Leere Kriterienzellen bedeuten: kein solches Kriterium in dieser Stufe. Qualität und Treue sind die Mittelwerte des Bewerters (von 100) auf Schatten-Replays; der Rest wird am Live-Verkehr gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="68" />
        <source>The first stage sends the challenger no live traffic (shadow), the last all of it (full); shares rise from stage to stage.</source>
        <translation>Die erste Stufe gibt dem Herausforderer keinen Live-Verkehr (Schatten), die letzte den gesamten (vollständig); die Anteile steigen von Stufe zu Stufe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="121" />
        <source>Row %1: a stage needs a name, a share, minimum samples and minimum hours.</source>
        <translation>Zeile %1: Eine Stufe braucht einen Namen, einen Anteil, Mindeststichproben und Mindeststunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="125" />
        <source>Row %1: the challenger's share is a percentage between 0 and 100.</source>
        <translation>Zeile %1: Der Anteil des Herausforderers ist ein Prozentwert zwischen 0 und 100.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/stagetabledialog.cpp" line="137" />
        <source>Row %1: '%2' is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::StrictJson</name>
    <message>
        <location filename="../core/import/strictjson.cpp" line="39" />
        <source>unescaped control character U+%1 in a string at byte %2</source>
        <translation>nicht maskiertes Steuerzeichen U+%1 in einer Zeichenkette bei Byte %2</translation>
    </message>
    <message>
        <location filename="../core/import/strictjson.cpp" line="49" />
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::SummaryCommand</name>
    <message>
        <location filename="../core/cli/summarycommand.cpp" line="23" />
        <source>Per-model requests, tokens, cost, error rate and latency of the imported logs.</source>
        <translation>Anfragen, Token, Kosten, Fehlerrate und Latenz der importierten Protokolle je Modell.</translation>
    </message>
    <message>
        <location filename="../core/cli/summarycommand.cpp" line="28" />
        <source>usage: shadow-optic summary --project P.sqlite [--json]</source>
        <translation>Aufruf: shadow-optic summary --project P.sqlite [--json]</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::TradeoffChart</name>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="54" />
        <source>Cost vs quality</source>
        <translation>Kosten und Qualität</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="89" />
        <source>Cost vs quality: no judged answers yet</source>
        <translation>Kosten und Qualität: noch keine bewerteten Antworten</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="92" />
        <source>Cost vs quality (95% CI bars, Pareto frontier dashed)</source>
        <translation>Kosten und Qualität (95%-KI-Balken, Pareto-Front gestrichelt)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="112" />
        <source>Cost per 1K requests (USD, log scale)</source>
        <translation>Kosten pro 1K Anfragen (USD, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="120" />
        <source>Cost per 1K requests (USD)</source>
        <translation>Kosten pro 1K Anfragen (USD)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="127" />
        <source>Mean quality (judge, 0–100)</source>
        <translation>Mittlere Qualität (Bewerter, 0–100)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="149" />
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="179" />
        <location filename="../ui/charts/tradeoffchart.cpp" line="198" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="289" />
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="291" />
        <source>Quality %1, 95% CI [%2, %3]</source>
        <translation>Qualität %1, 95%-KI [%2, %3]</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="295" />
        <source>Cost $%1 per request, $%2 per 1K</source>
        <translation>Kosten $%1 pro Anfrage, $%2 pro 1K</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="298" />
        <source>Latency p50 %1 ms, p95 %2 ms</source>
        <translation>Latenz p50 %1 ms, p95 %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="301" />
        <source>Refusals %1% full, %2% partial; %3 samples</source>
        <translation>Ablehnungen %1% vollständig, %2% teilweise; %3 Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/charts/tradeoffchart.cpp" line="305" />
        <source>On the Pareto frontier</source>
        <translation>Auf der Pareto-Front</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::TradeoffPage</name>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="39" />
        <location filename="../ui/docks/tradeoffpage.cpp" line="267" />
        <source>&amp;Evaluate latest run</source>
        <translation>Neuesten Lauf &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="40" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="61" />
        <source>Evaluation failed: %1</source>
        <translation>Die Auswertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="88" />
        <source>The judge model that scores every answer (SPEC rubric, strict JSON).</source>
        <translation>Das Bewertermodell, das jede Antwort bewertet (SPEC-Rubrik, striktes JSON).</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="94" />
        <source>Judge the newest replay run against the current model replayed on the same prompts (replaying it first where the run lacks it), with the logged answers as an "as logged" reference, then aggregate per model.</source>
        <translation>Den neuesten Wiedergabelauf gegen das aktuelle Modell bewerten, das mit denselben Prompts wiedergegeben wird (zuerst wiedergegeben, wo es dem Lauf fehlt), mit den protokollierten Antworten als Referenz „wie protokolliert“, dann je Modell zusammenfassen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="108" />
        <source>Judge:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="294" />
        <source>Evaluating the latest run with %1</source>
        <translation>Der neueste Lauf wird mit %1 bewertet</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="297" />
        <source>Reading the evaluation…</source>
        <translation>Die Auswertung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="293" />
        <source>Collecting answers to judge…</source>
        <translation>Zu bewertende Antworten werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="335" />
        <source>Run %1 is not judged yet: press “Evaluate latest run”.</source>
        <translation>Lauf %1 ist noch nicht bewertet: „Neuesten Lauf bewerten“ drücken.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="345" />
        <source>The baseline %1 was replayed on %2 of the run's prompts and reused on %3.</source>
        <translation>Die Basislinie %1 wurde mit %2 der Prompts des Laufs wiedergegeben und für %3 übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="319" />
        <source>The evaluation failed: %1</source>
        <translation>Die Bewertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="99" />
        <source>The replay run to show and evaluate: the latest, or an earlier one.</source>
        <translation>Der Wiedergabelauf, der angezeigt und bewertet werden soll: der neueste oder ein früherer.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="101" />
        <location filename="../ui/docks/tradeoffpage.cpp" line="195" />
        <location filename="../ui/docks/tradeoffpage.cpp" line="228" />
        <source>Latest run</source>
        <translation>Neuester Lauf</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="104" />
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="235" />
        <source>%1: %2, started %3</source>
        <translation>%1: %2, gestartet %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="267" />
        <source>&amp;Evaluate run %1</source>
        <translation>Lauf %1 &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="295" />
        <source>Evaluating run %1 with %2</source>
        <translation>Lauf %1 wird mit %2 bewertet</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="320" />
        <source>The evaluation of '%1' failed: %2</source>
        <translation>Die Auswertung von '%1' ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="328" />
        <source>No replay runs yet: replay a sample, then evaluate it.</source>
        <translation>Noch keine Wiedergabeläufe: Geben Sie eine Stichprobe wieder und bewerten Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="336" />
        <source>Run %1 is not judged yet: press “Evaluate run %1”.</source>
        <translation>Lauf %1 ist noch nicht bewertet: „Lauf %1 bewerten“ drücken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/tradeoffpage.cpp" line="337" />
        <source>Run %1: %n model(s), %2 judged answers.</source>
        <translation>
            <numerusform>Lauf %1: %n Modell, %2 bewertete Antworten.</numerusform>
            <numerusform>Lauf %1: %n Modelle, %2 bewertete Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="349" />
        <source>Evaluation of run %1 finished. %2</source>
        <translation>Auswertung von Lauf %1 abgeschlossen. %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="393" />
        <source>&lt;b&gt;%1&lt;/b&gt;: quality %2 [%3, %4] on %5 judged answers (%6 judge failures); $%7 per request; latency mean %8 ms, p99 %9 ms.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Qualität %2 [%3, %4] bei %5 bewerteten Antworten (%6 fehlgeschlagene Bewertungen); $%7 pro Anfrage; Latenz im Mittel %8 ms, p99 %9 ms.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="403" />
        <source>The current model, replayed on the same prompts: every comparison is paired against it.</source>
        <translation>Das aktuelle Modell, mit denselben Prompts wiedergegeben: Jeder Vergleich ist mit ihm gepaart.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="407" />
        <source>The answers as logged in production, judged by the same judge: a reference only, never the baseline of a comparison.</source>
        <translation>Die Antworten wie in der Produktion protokolliert, vom selben Bewerter bewertet: nur eine Referenz, nie die Basislinie eines Vergleichs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="412" />
        <source>Against %1 on %2 paired prompts: quality %3 points (95% CI [%4, %5], %6%), cost saving %7%; McNemar p = %8 for refusals, p = %9 for successes.</source>
        <translation>Gegenüber %1 auf %2 gepaarten Prompts: Qualität %3 Punkte (95%-KI [%4, %5], %6%), Kostenersparnis %7%; McNemar p = %8 für Ablehnungen, p = %9 für Erfolge.</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="425" />
        <source>Refusals by type: %1</source>
        <translation>Ablehnungen nach Art: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/tradeoffpage.cpp" line="315" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::TrustedCertificates</name>
    <message>
        <location filename="../core/replay/trustedcertificates.cpp" line="17" />
        <source>The trusted certificate file '%1' cannot be read: %2</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/replay/trustedcertificates.cpp" line="27" />
        <source>The trusted certificate file '%1' holds no PEM or DER certificate.</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten „%1“ enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../core/replay/trustedcertificates.cpp" line="28" />
        <source>The trusted certificate file '%1' cannot be used: this system has no TLS support.</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten „%1“ kann nicht verwendet werden: dieses System unterstützt kein TLS.</translation>
    </message>
    <message>
        <location filename="../core/replay/trustedcertificates.cpp" line="41" />
        <source>the TLS certificate of %1:%2 is not trusted (%3)</source>
        <translation>dem TLS-Zertifikat von %1:%2 wird nicht vertraut (%3)</translation>
    </message>
    <message>
        <location filename="../core/replay/trustedcertificates.cpp" line="49" />
        <source>%1; trust it explicitly with --ca-cert FILE or Settings ▸ Gateway ▸ Trusted certificate</source>
        <translation>%1; vertrauen Sie ihm ausdrücklich mit --ca-cert DATEI oder Einstellungen ▸ Gateway ▸ Vertrauenswürdiges Zertifikat</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::UseCaseFit</name>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="33" />
        <source>Strong fit for the %1 use case</source>
        <translation>Sehr geeignet für den Anwendungsfall '%1'</translation>
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="35" />
        <source>Partial fit for the %1 use case</source>
        <translation>Teilweise geeignet für den Anwendungsfall '%1'</translation>
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="37" />
        <source>Not listed as strong at %1</source>
        <translation>Nicht als stark bei '%1' geführt</translation>
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="41" />
        <source>Fast responses</source>
        <translation>Schnelle Antworten</translation>
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="47" />
        <source>High reliability</source>
        <translation>Hohe Zuverlässigkeit</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::VerificationPlan</name>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="23" />
        <source>No current model: the project has no logs; name the current model.</source>
        <translation>Kein aktuelles Modell: Das Projekt hat keine Protokolle; bitte das aktuelle Modell angeben.</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="30" />
        <source>No cheaper model meets the profile's constraints: nothing to verify.</source>
        <translation>Kein günstigeres Modell erfüllt die Vorgaben des Profils: nichts zu verifizieren.</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="89" />
        <source>Verification plan: %1 against %2, rounds of %3, %4, %5 … up to %L6 prompts within $%7.
</source>
        <translation>Verifikationsplan: %1 gegen %2, Runden mit %3, %4, %5 … bis zu %L6 Prompts innerhalb von $%7.
</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="96" />
        <source>One prompt costs about $%1 at catalog prices (every model and its judge call); the budget buys about %L2 prompts.
</source>
        <translation>Ein Prompt kostet zu Katalogpreisen etwa $%1 (jedes Modell und sein Bewertungsaufruf); das Budget reicht für etwa %L2 Prompts.
</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="100" />
        <source>At a typical spread (paired quality differences %1% of %2), settling a candidate takes:
</source>
        <translation>Bei typischer Streuung (gepaarte Qualitätsunterschiede %1 % von %2) braucht die Entscheidung über einen Kandidaten:
</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="105" />
        <source>  truly %1% worse: more than %L2 prompts
</source>
        <translation>  tatsächlich %1 % schlechter: mehr als %L2 Prompts
</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="109" />
        <source>  truly %1% worse: about %L2 prompts, decided after the round of %L3 (≈ $%4)%5
</source>
        <translation>  tatsächlich %1 % schlechter: etwa %L2 Prompts, entschieden nach der Runde mit %L3 (≈ $%4)%5
</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="114" />
        <source>, more than the budget buys</source>
        <translation>, mehr als das Budget bezahlt</translation>
    </message>
    <message>
        <location filename="../core/recommend/verificationplan.cpp" line="116" />
        <source>Even with no difference in refusals or errors, their gates need about %L1 prompts; refusals that differ need more.
</source>
        <translation>Selbst ohne Unterschied bei Ablehnungen und Fehlern brauchen deren Prüfungen etwa %L1 Prompts; abweichende Ablehnungen brauchen mehr.
</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::WhatIfModel</name>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="41" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="60" />
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="79" />
        <location filename="../ui/models/whatifmodel.cpp" line="125" />
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="80" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="112" />
        <source>95 % interval of the estimate for these requests.</source>
        <translation>95-%-Intervall der Schätzung für diese Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="114" />
        <source>The catalog has no price for this model: add one in the Model Catalog.</source>
        <translation>Der Katalog hat keinen Preis für dieses Modell: Fügen Sie einen im Modellkatalog hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="141" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="142" />
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="143" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="145" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="147" />
        <source>Logged spend</source>
        <translation>Geloggte Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="149" />
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="151" />
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/models/whatifmodel.cpp" line="153" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>SimulatorThread</name>
    <message>
        <location filename="../core/sim/simulatorthread.cpp" line="44" />
        <source>The built-in simulator cannot listen on 127.0.0.1: %1</source>
        <translation>Der eingebaute Simulator kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="66" />
        <source>Unexpected argument '%1'.</source>
        <translation>Unerwartetes Argument '%1'.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74" />
        <source>No display found (DISPLAY is not set): the desktop application needs one. Run it under 'xvfb-run -a', or use a command: 'shadow-optic help'.</source>
        <translation>Keine Anzeige gefunden (DISPLAY ist nicht gesetzt): Die Desktop-Anwendung braucht eine. Starten Sie sie mit 'xvfb-run -a' oder verwenden Sie einen Befehl: 'shadow-optic help'.</translation>
    </message>
</context>
</TS>