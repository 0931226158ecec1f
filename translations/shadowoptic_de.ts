<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/commandline.cpp" line="27" />
        <source>Import Portkey exports into a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="28" />
        <source>Per-model totals of the imported logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="29" />
        <source>Write a synthetic Portkey export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="30" />
        <source>Show or import the model price catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="31" />
        <source>Replay logged prompts against candidate models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="32" />
        <source>Run the built-in simulated gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="33" />
        <source>Judge a replay run and print per-model aggregates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="34" />
        <source>Recommend a cheaper model, verified on the logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="35" />
        <source>refusals classify: refusal columns for a CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="69" />
        <source>Usage: shadow-optic [COMMAND] [OPTIONS]
Without a command the desktop application starts.

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="74" />
        <source>
Run 'shadow-optic COMMAND --help' for a command's options.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../ui/demoproject.cpp" line="35" />
        <source>Generating 2,000 sample Portkey log rows in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JudgeSummary</name>
    <message>
        <location filename="../core/eval/judgesummary.cpp" line="27" />
        <source>Judge %1 (rubric %2): %3 answers, %4 already scored, %5 valid, %6 valid after repair, %7 judge failed, %8 without answer; $%9 spent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelAggregate</name>
    <message>
        <location filename="../core/eval/modelaggregate.cpp" line="23" />
        <source>%1 (logged)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefusalCsvReader</name>
    <message>
        <location filename="../core/eval/refusalcsvreader.cpp" line="52" />
        <source>Unterminated quoted field starting in the record at line %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic</name>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="50" />
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="54" />
        <source>the top level is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="39" />
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="58" />
        <location filename="../core/import/logimporter.cpp" line="68" />
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="59" />
        <source>the record is a JSON value, expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="63" />
        <source>invalid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="63" />
        <source>invalid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="64" />
        <source>%1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="69" />
        <source>the record is a JSON array, expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="70" />
        <source>the record is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="79" />
        <source>wrong type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="62" />
        <source>field '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="113" />
        <source>field '%1' is a string but not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="120" />
        <source>field '%1' is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="139" />
        <source>field '%1' is nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="154" />
        <source>request.messages is not an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="161" />
        <source>request.messages contains a non-object entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="167" />
        <source>a message has no string 'role'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="172" />
        <source>a message 'content' is neither a string nor an array of parts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::CandidateDiscovery</name>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="46" />
        <source>The current model '%1' is not in the price catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="67" />
        <source>Retired in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="69" />
        <source>Provider %1 is blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="72" />
        <source>Lacks the required capability %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="74" />
        <source>Context window %1 is smaller than the longest logged prompt (%2 tokens)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="78" />
        <source>Costs $%1 per request, above the $%2 limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/candidatediscovery.cpp" line="82" />
        <source>Not served by the verification target</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::CatalogConflicts</name>
    <message>
        <location filename="../core/catalog/catalogconflicts.cpp" line="87" />
        <source>Catalog: no conflicts with the logs.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/catalogconflicts.cpp" line="90" />
        <source>Catalog conflict: model '%1' (%2 requests) is not in the catalog.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/catalogconflicts.cpp" line="92" />
        <source>Catalog conflict: %1 logs of '%2' report a cost more than 5% away from the catalog price (median reported/catalog = %3).
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::CatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="32" />
        <source>Model and price catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="36" />
        <source>Cannot load the catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="38" />
        <source>Import prices…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="39" />
        <source>Portkey pricing JSON (USD cents per token) or LiteLLM model_prices_and_context_window.json (USD per token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="42" />
        <location filename="../ui/dialogs/catalogdialog.cpp" line="48" />
        <source>Import prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="43" />
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="55" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="55" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="55" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="55" />
        <source>Input $/1M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="56" />
        <source>Output $/1M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="56" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="56" />
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="56" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="68" />
        <source>Conflicts between the logs and the catalog:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/catalogdialog.cpp" line="92" />
        <source>Catalog version %1 · %n model(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="142" />
        <source>Cannot check conflicts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="155" />
        <source>Cannot save the catalog: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::CliTarget</name>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="62" />
        <source>Cannot start the built-in simulator: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="67" />
        <source>Using the built-in simulated gateway at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::EvaluateCommand</name>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="111" />
        <source>Judge a replay run's answers (and the logged baseline answers) with an LLM judge and print per-model aggregates with paired comparisons. Without --base-url the built-in simulated gateway judges.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="114" />
        <location filename="../core/cli/evaluatecommand.cpp" line="200" />
        <source>Project database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="114" />
        <location filename="../core/cli/evaluatecommand.cpp" line="200" />
        <location filename="../core/cli/evaluatecommand.cpp" line="321" />
        <location filename="../core/cli/evaluatecommand.cpp" line="322" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="115" />
        <source>Replay run to evaluate (default: the latest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="115" />
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="116" />
        <source>Judge model (default gpt-4o-mini).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="116" />
        <location filename="../core/cli/evaluatecommand.cpp" line="119" />
        <location filename="../core/cli/evaluatecommand.cpp" line="203" />
        <location filename="../core/cli/evaluatecommand.cpp" line="213" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="118" />
        <source>Current model for paired comparisons (default: the most logged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="120" />
        <source>Gateway base URL for judge calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="120" />
        <location filename="../core/cli/evaluatecommand.cpp" line="202" />
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="121" />
        <source>Judging budget in USD (0 = none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="121" />
        <location filename="../core/cli/evaluatecommand.cpp" line="205" />
        <location filename="../core/cli/evaluatecommand.cpp" line="214" />
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="122" />
        <source>Judge requests in flight (1-64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="122" />
        <location filename="../core/cli/evaluatecommand.cpp" line="215" />
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="123" />
        <source>Do not judge the logged answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="124" />
        <source>Judge again answers already scored with this judge and rubric.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="125" />
        <location filename="../core/cli/evaluatecommand.cpp" line="218" />
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="130" />
        <source>usage: shadow-optic evaluate --project P [--judge-model M] [--run RUN] [--base-url URL] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="143" />
        <source>The project has no replay runs: run 'shadow-optic replay' first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="197" />
        <source>Recommend a cheaper model: discovery, use-case fit and verification (replays and judge calls on a sample of the logs, through --base-url or the built-in simulated gateway), with the business impact and per-segment routing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="201" />
        <source>Profile name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="201" />
        <location filename="../core/cli/evaluatecommand.cpp" line="204" />
        <location filename="../core/cli/evaluatecommand.cpp" line="323" />
        <location filename="../core/cli/evaluatecommand.cpp" line="324" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="202" />
        <source>Gateway base URL for verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="203" />
        <source>Current model (default: the profile's, else the most logged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="204" />
        <source>general, coding, reasoning, summarization, creative or support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="205" />
        <source>Maximum cost per request in USD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="206" />
        <source>Maximum latency in ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="206" />
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="207" />
        <source>Minimum mean quality (0-100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="207" />
        <source>score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="208" />
        <source>Required capabilities: json_mode, function_calling, vision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="208" />
        <location filename="../core/cli/evaluatecommand.cpp" line="209" />
        <source>a,b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="209" />
        <source>Blocked providers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="210" />
        <source>Monthly request volume (default: measured, else 10000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="210" />
        <location filename="../core/cli/evaluatecommand.cpp" line="211" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="211" />
        <source>Prompts to verify on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="212" />
        <source>Sample seed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="212" />
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="213" />
        <source>Judge model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="214" />
        <source>Verification budget in USD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="215" />
        <source>Requests in flight (1-64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="216" />
        <source>Print the stored recommendation if it is still valid, without verifying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="223" />
        <source>usage: shadow-optic recommend --project P [--base-url URL] [--current MODEL] [--use-case U] [--sample N] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="263" />
        <source>--sample must be at least 1 and --budget positive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="277" />
        <source>No recommendation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="281" />
        <source>No valid stored recommendation for this profile; verifying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="318" />
        <source>refusals classify: add refusal (none/partial/full), refusal_type and refusal_rule columns to a CSV of model answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="320" />
        <source>classify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="321" />
        <source>Input CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="322" />
        <source>Output CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="323" />
        <source>Column holding the model's answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="324" />
        <source>Column holding the prompt (improves refusal typing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="329" />
        <source>usage: shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] --out OUT.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="336" />
        <source>%1 rows classified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/evaluatecommand.cpp" line="344" />
        <source>%1 rows: %2 compliant, %3 partial refusals, %4 full refusals → %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::EvaluatorReport</name>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="88" />
        <source>Evaluation of run(s) %1, judge %2 (rubric %3), current model %4
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="95" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="97" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="98" />
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="99" />
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="100" />
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="101" />
        <source>partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="102" />
        <source>fmt-fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="103" />
        <source>quality [95% CI]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="104" />
        <source>$/req</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="105" />
        <source>$/1K req</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="106" />
        <source>p50/p95/p99 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="107" />
        <source>cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="130" />
        <source>* current model, ^ on the cost/quality Pareto frontier
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="132" />
        <source>
Paired against %1 (same prompts):
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/evaluatorreport.cpp" line="134" />
        <source>  %1: quality %2 points [%3, %4] (%5%) on %6 pairs; cost %7% cheaper; refusals %8→%9 (McNemar p=%10); successes %11→%12 (p=%13)
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::FaultPlan::Rule</name>
    <message>
        <location filename="../core/sim/faultplan.cpp" line="86" />
        <source>Unknown fault kind '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/sim/faultplan.cpp" line="115" />
        <source>Unknown fault parameter '%1' in '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/sim/faultplan.cpp" line="118" />
        <source>Invalid value for '%1' in fault '%2'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ImportCommand</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="64" />
        <source>Portkey exports: JSONL, JSON array or CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="65" />
        <source>Import Portkey log exports into a project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="70" />
        <source>usage: shadow-optic import --project P.sqlite [--json] FILE...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="94" />
        <source>... %1 more problems are listed in the project's import report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="107" />
        <source>Per-model requests, tokens, cost, error rate and latency of the imported logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="111" />
        <source>usage: shadow-optic summary --project P.sqlite [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="137" />
        <source>Number of rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="137" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="138" />
        <source>Random seed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="138" />
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="139" />
        <source>Output file; .csv writes CSV, anything else JSONL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="139" />
        <location filename="../core/cli/importcommand.cpp" line="174" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="140" />
        <source>Scale prompt/answer sizes (1 = real trace sizes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="140" />
        <source>x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="142" />
        <source>Write only the plainest form of every field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="143" />
        <source>Write a realistic synthetic Portkey export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="153" />
        <source>usage: shadow-optic generate-logs --rows N --seed S --out F.jsonl|F.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="159" />
        <source>generated %1 of %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="165" />
        <source>Wrote %1 rows to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="174" />
        <source>Import a Portkey pricing or LiteLLM price file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="175" />
        <source>Show the project's model and price catalog, or import prices into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="179" />
        <source>usage: shadow-optic catalog --project P.sqlite [--import FILE] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="195" />
        <source>Imported prices for %1 models; catalog version %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ImportReport</name>
    <message>
        <location filename="../core/import/importreport.cpp" line="42" />
        <source>Read %1, imported %2, duplicates %3, skipped %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/importreport.cpp" line="48" />
        <source>%1 costs estimated from the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/importreport.cpp" line="50" />
        <source>Cancelled before the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/importreport.cpp" line="52" />
        <source>  skipped (%1): %2</source>
        <translation type="unfinished" />
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
    <name>ShadowOptic::JudgeClient</name>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="48" />
        <source>Judging: %1 of %2 answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="64" />
        <source>Judging is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="68" />
        <source>Choose a judge model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="163" />
        <source>The judging budget is used up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="178" />
        <source>The repair request failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="188" />
        <source>Invalid again after the repair request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="218" />
        <source>No repair request was sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="257" />
        <source>Cannot open the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="265" />
        <source>Judge scores could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="267" />
        <source>Judging finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgeclient.cpp" line="380" />
        <source>Cannot store the judge score of %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::JudgeRubric</name>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="105" />
        <source>The judge answer is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="109" />
        <source>The judge answer has text around the JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="115" />
        <source>The judge answer is not a valid JSON object: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="125" />
        <source>The judge answer has no '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="129" />
        <source>'%1' in the judge answer is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="134" />
        <source>'%1' in the judge answer is %2, outside 0–100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="141" />
        <source>The judge answer has no 'reasoning'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="142" />
        <source>'reasoning' in the judge answer is not a string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/judgerubric.cpp" line="153" />
        <source>The judge answer has unexpected keys: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::LogFileReader</name>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="85" />
        <source>File '%1' is not readable: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="92" />
        <source>File '%1' is UTF-16 encoded; export it as UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="99" />
        <source>File '%1' is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="103" />
        <source>File '%1' is not a text file (it contains NUL bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="120" />
        <source>File '%1' has no readable CSV header: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="127" />
        <source>File '%1' is neither JSON nor a Portkey CSV export (no 'id', 'request' or 'ai_model' column).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="202" />
        <location filename="../core/import/logfilereader.cpp" line="218" />
        <location filename="../core/import/logfilereader.cpp" line="318" />
        <source>oversized record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="203" />
        <source>line of %1 bytes is longer than the %2-byte limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="219" />
        <source>line longer than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="319" />
        <source>array element longer than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="331" />
        <source>invalid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="332" />
        <source>the JSON array is truncated at the end of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="390" />
        <source>unterminated quoted field or record longer than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="404" />
        <source>unterminated quoted field at end of file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="422" />
        <source>record of %1 bytes is longer than the %2-byte limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="440" />
        <location filename="../core/import/logfilereader.cpp" line="448" />
        <source>malformed CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="449" />
        <source>row has %1 fields, the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="458" />
        <source>invalid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logfilereader.cpp" line="459" />
        <source>column '%1' is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::LogGenerator</name>
    <message>
        <location filename="../core/gen/loggenerator.cpp" line="223" />
        <location filename="../core/gen/loggenerator.cpp" line="389" />
        <location filename="../core/gen/loggenerator.cpp" line="398" />
        <source>Cannot write '%1': %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::LogImporter</name>
    <message>
        <location filename="../core/import/logimporter.cpp" line="189" />
        <source>Importing %1: %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="200" />
        <source>Could not store the import report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="202" />
        <source>Import cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logimporter.cpp" line="202" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::LogRecordParser</name>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="297" />
        <source>unrecognised created_at '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="301" />
        <source>field 'created_at' is not a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="362" />
        <source>field 'is_success' is not a boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="373" />
        <source>field 'metadata' is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/import/logrecordparser.cpp" line="385" />
        <source>field 'metadata' is not an object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::LogSummary</name>
    <message>
        <location filename="../core/store/logsummary.cpp" line="113" />
        <source>%1 requests, total cost $%2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="115" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="116" />
        <source>requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="117" />
        <source>tokens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="118" />
        <source>tokens out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="119" />
        <source>cost USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="120" />
        <source>errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="121" />
        <source>p50 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="122" />
        <source>p95 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/logsummary.cpp" line="125" />
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::LogsModel</name>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="174" />
        <source>Estimated from the price catalog (the log carried no usable cost).</source>
        <translation>Aus dem Preiskatalog geschätzt (das Log enthielt keine verwertbaren Kosten).</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="210" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="210" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="235" />
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="237" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="239" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="241" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="243" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="245" />
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="247" />
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="249" />
        <source>Cost USD</source>
        <translation>Kosten USD</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="251" />
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location filename="../ui/models/logsmodel.cpp" line="253" />
        <source>Refusal</source>
        <translation>Verweigerung</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::LogsPage</name>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="52" />
        <source>Search prompts and responses…</source>
        <translation>Prompts und Antworten durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="54" />
        <location filename="../ui/docks/logspage.cpp" line="118" />
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="76" />
        <source>Select a record to see its messages, response, usage and raw JSON.</source>
        <translation>Datensatz auswählen, um Nachrichten, Antwort, Verbrauch und Roh-JSON zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/logspage.cpp" line="95" />
        <source>%n record(s)</source>
        <translation><numerusform>%n Datensatz</numerusform><numerusform>%n Datensätze</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="143" />
        <source>Cannot load the record: %1</source>
        <translation>Datensatz kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="150" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="150" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="151" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="153" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="159" />
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="163" />
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="165" />
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="165" />
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="167" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="169" />
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="170" />
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="173" />
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="176" />
        <source>
… truncated for display; the project keeps all of it.</source>
        <translation>
… für die Anzeige gekürzt; das Projekt enthält alles.</translation>
    </message>
    <message>
        <location filename="../ui/docks/logspage.cpp" line="177" />
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
</context>
<context>
    <name>ShadowOptic::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84" />
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86" />
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95" />
        <source>Replay run %1 finished: %2</source>
        <translation>Replay-Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98" />
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103" />
        <source>Logs table: first page in %1 ms</source>
        <translation>Log-Tabelle: erste Seite in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113" />
        <source>Shadow Optic started</source>
        <translation>Shadow Optic gestartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151" />
        <source>&amp;Import Logs…</source>
        <translation>Logs &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152" />
        <source>Model &amp;Catalog…</source>
        <translation>Modell&amp;katalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158" />
        <source>&amp;Dark Palette</source>
        <translation>&amp;Dunkles Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163" />
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174" />
        <source>&amp;Reload Logs</source>
        <translation>Logs neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176" />
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178" />
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183" />
        <source>&amp;About Shadow Optic</source>
        <translation>Ü&amp;ber Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>About Shadow Optic</source>
        <translation>Über Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185" />
        <source>&lt;h3&gt;Shadow Optic %1&lt;/h3&gt;&lt;p&gt;Replays your Portkey traffic against cheaper models, scores cost, quality and refusals, and tells you which model to use and how to switch safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shadow Optic %1&lt;/h3&gt;&lt;p&gt;Spielt Ihren Portkey-Verkehr gegen günstigere Modelle ab, bewertet Kosten, Qualität und Verweigerungen und sagt Ihnen, welches Modell Sie nutzen sollten und wie Sie sicher wechseln.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193" />
        <source>Shadow Optic</source>
        <translation>Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194" />
        <source>%1 — Shadow Optic</source>
        <translation>%1 — Shadow Optic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226" />
        <source>Layout reset</source>
        <translation>Layout zurückgesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="266" />
        <source>Opened project %1 (%n log record(s))</source>
        <translation><numerusform>Projekt %1 geöffnet (%n Log-Datensatz)</numerusform><numerusform>Projekt %1 geöffnet (%n Log-Datensätze)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273" />
        <location filename="../ui/mainwindow.cpp" line="279" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274" />
        <source>Shadow Optic projects (*.sqlite)</source>
        <translation>Shadow-Optic-Projekte (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279" />
        <source>Cannot replace '%1'.</source>
        <translation>'%1' kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289" />
        <source>Shadow Optic projects (*.sqlite);;All files (*)</source>
        <translation>Shadow-Optic-Projekte (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299" />
        <source>Import Portkey logs</source>
        <translation>Portkey-Logs importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300" />
        <source>Portkey exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>Portkey-Exporte (*.jsonl *.json *.csv *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310" />
        <source>Open or create a project first (File ▸ New Project).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315" />
        <source>Catalog saved (version %1)</source>
        <translation>Katalog gespeichert (Version %1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330" />
        <source>Another job is running; wait for it or cancel it first.</source>
        <translation>Eine andere Aufgabe läuft; warten Sie oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339" />
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340" />
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376" />
        <source>Replay running</source>
        <translation>Replay läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377" />
        <source>A replay is still running. Cancel it and quit? Everything already replayed is saved and the run can be resumed later.</source>
        <translation>Ein Replay läuft noch. Abbrechen und beenden? Alles bereits Abgespielte ist gespeichert und der Lauf kann später fortgesetzt werden.</translation>
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
    <name>ShadowOptic::PriceCatalog</name>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="161" />
        <source>no priced models found (expected Portkey's pricing_config.pay_as_you_go layout)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="215" />
        <source>no priced chat models found (expected LiteLLM's input_cost_per_token/output_cost_per_token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="226" />
        <source>File '%1' is not readable: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="230" />
        <source>File '%1' is larger than 64 MB; it is not a price catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="251" />
        <source>neither a Portkey pricing file, a LiteLLM price map nor a Shadow Optic catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="254" />
        <source>File '%1': %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="276" />
        <source>'models' is missing or not an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/catalog/pricecatalog.cpp" line="284" />
        <source>a model entry has no model_id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ProjectStore</name>
    <message>
        <location filename="../core/store/projectstore.cpp" line="150" />
        <source>SQL failed (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="161" />
        <source>Project '%1' is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="167" />
        <source>'%1' is not a Shadow Optic project (not an SQLite database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="177" />
        <source>Cannot open project '%1': %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="227" />
        <source>Project '%1' was written by a newer Shadow Optic (schema %2, this build knows %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="246" />
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="337" />
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="347" />
        <source>Cannot store log '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="364" />
        <source>Cannot commit imported rows: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/store/projectstore.cpp" line="462" />
        <source>Cannot save the catalog: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::Recommendation</name>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="130" />
        <source>Quality %1 vs %2 (delta %3 points, 95% CI [%4, %5]) on %6 paired samples; confidence %7.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="138" />
        <source>Refusal rate %1%, format failures %2%, errors %3%, p95 latency %4 ms.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="144" />
        <source>Business impact at %1 requests/month%2: $%3 → $%4 per month, saving $%5 a month, $%6 a year.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="146" />
        <source> (measured)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="151" />
        <source>Reasons: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="153" />
        <source>Fallback: %1 (saves %2%, quality impact %3%).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="158" />
        <source>No recommendation: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="160" />
        <source>Verification: %1 iteration(s), %2 sampled prompts, $%3 spent, judge %4.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="170" />
        <source>Why not:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="179" />
        <source>%1 cheaper model(s) excluded by the constraints (see --json).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="181" />
        <source>Per segment (metadata.use_case):
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommendation.cpp" line="185" />
        <source>Portkey conditional config:
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::Recommender</name>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="52" />
        <source>Iteration %1: replaying %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="57" />
        <source>Iteration %1: judging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="81" />
        <source>No successful replay on the verification target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="105" />
        <source>Only %1 paired judged samples (needs %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="107" />
        <source>Saves %1 (needs at least %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="110" />
        <source>Quality drops by %1 (limit %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="112" />
        <source>No paired quality comparison with the current model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="114" />
        <source>Confidence %1 below %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="116" />
        <source>Mean quality %1 below the profile's minimum %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="120" />
        <source>p95 latency %1 ms above the %2 ms limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="124" />
        <source>Measured $%1 per request, above the $%2 limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="150" />
        <source>No candidate saves %1 within a %2 quality drop here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="178" />
        <source>Saves %1 with a %2 quality change on %3 prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="184" />
        <source>Too few judged prompts (%1) to decide; keep %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="224" />
        <source>Cost reduction of %1 (measured on the same prompts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="225" />
        <source>Quality impact of %1 (95% CI %2 to %3 points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="229" />
        <source>Confidence %1 from %2 paired judged samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="233" />
        <source>Refusal rate %1 vs %2 for %3 (McNemar p = %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="239" />
        <source>Passed, but saves less than %1 (%2 vs %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="246" />
        <source>No model meets the quality and cost thresholds; %1 appears to be the right model for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="269" />
        <source>A recommendation is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="284" />
        <source>Discovering candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="295" />
        <source>No current model: the project has no logs; set the profile's current model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="340" />
        <source>No cheaper model meets the profile's constraints (%1 excluded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="354" />
        <location filename="../core/recommend/recommender.cpp" line="408" />
        <location filename="../core/recommend/recommender.cpp" line="430" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="358" />
        <source>The verification budget of $%1 is used up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="374" />
        <source>No candidate passed verification and no stronger band is left (%1 iteration(s)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="396" />
        <source>Verification could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="399" />
        <source>Iteration %1: verifying %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="415" />
        <location filename="../core/recommend/recommender.cpp" line="423" />
        <source>Verification could not be judged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="452" />
        <source>Verification could not be evaluated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="468" />
        <source>No candidate passed verification in %1 iteration(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="480" />
        <source>Not verified: band %1 was not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="481" />
        <source>Not verified: use-case fit %1 is below the top %2 of its band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="510" />
        <source>The recommendation could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/recommender.cpp" line="511" />
        <source>Recommendation ready</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::RefusalCsvClassifier</name>
    <message>
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="58" />
        <source>File '%1' is not readable: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="64" />
        <source>File '%1' is empty (no header row).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="65" />
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="134" />
        <source>File '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="70" />
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="78" />
        <source>File '%1' has no column '%2'. Available columns: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="90" />
        <source>File '%1' is not writable: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/eval/refusalcsvclassifier.cpp" line="140" />
        <source>File '%1' could not be written: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayCommand</name>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="59" />
        <source>Run the built-in simulated OpenAI-compatible gateway until interrupted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="61" />
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="61" />
        <location filename="../core/cli/replaycommand.cpp" line="121" />
        <location filename="../core/cli/replaycommand.cpp" line="125" />
        <location filename="../core/cli/replaycommand.cpp" line="127" />
        <location filename="../core/cli/replaycommand.cpp" line="128" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="62" />
        <source>Fixed latency for every answer (default: model profiles).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="62" />
        <location filename="../core/cli/replaycommand.cpp" line="126" />
        <location filename="../core/cli/replaycommand.cpp" line="132" />
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="63" />
        <source>Fault plan, e.g. '429x2,500;p=0.1' (see FaultPlan).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="63" />
        <source>spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="64" />
        <source>Turn off the models' random 5xx errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="76" />
        <source>--port must be a number between 0 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="88" />
        <source>Bad --faults: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="94" />
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="98" />
        <source>Simulated gateway at %1 with models: %2. Press Ctrl+C to stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="102" />
        <source>Served %1 requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="109" />
        <source>Replay a sample of the project's logs against candidate models. Without --base-url the built-in simulated gateway answers. Keys come from PORTKEY_API_KEY / OPENAI_API_KEY (never stored).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="113" />
        <source>Project database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="113" />
        <location filename="../core/cli/replaycommand.cpp" line="118" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="114" />
        <source>Gateway base URL, e.g. http://localhost:8787/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="114" />
        <location filename="../core/cli/replaycommand.cpp" line="119" />
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="115" />
        <source>simulator, local-gateway, portkey or openai-compatible (default: from the URL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="116" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="117" />
        <source>x-portkey-provider for header mode (default openai).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="117" />
        <source>slug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="118" />
        <source>Portkey config JSON file (config mode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="119" />
        <source>x-portkey-custom-host for a local gateway in header mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="120" />
        <source>Candidate models, comma separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="120" />
        <source>a,b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="121" />
        <source>Random sample of N logs (0 = all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="122" />
        <source>Sample seed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="122" />
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="123" />
        <source>Budget in USD (0 = none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="123" />
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="124" />
        <source>Requests in flight (1-64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="124" />
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="125" />
        <source>Requests per minute per model (0 = catalog limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="126" />
        <source>Request timeout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="127" />
        <source>Maximum retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="128" />
        <source>Network threads (one QNetworkAccessManager each).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="130" />
        <source>Cache time-to-live in seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="130" />
        <source>s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="131" />
        <source>Resume this interrupted run instead of starting one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="131" />
        <source>run-id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="132" />
        <source>Built-in simulator: fixed latency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="133" />
        <source>Print the summary as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="145" />
        <source>usage: shadow-optic replay --project P --models a,b [--base-url URL] [--sample N] [--seed S] [--budget USD] [--concurrency C] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="159" />
        <source>--concurrency must be 1-64, --timeout-ms positive and --budget not negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="183" />
        <source>Cannot start the built-in simulator: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="188" />
        <source>Using the built-in simulated gateway at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="203" />
        <source>Cannot read the config file '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="209" />
        <source>The config file '%1' is not a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="228" />
        <source>Run %1 was interrupted with %2 of %3 items stored; continue it with --resume %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="252" />
        <source>%1/%2 done, %3 in flight, $%4 spent, ETA %5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/replaycommand.cpp" line="262" />
        <source>Cancelling: aborting requests in flight…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayCountsModel</name>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="98" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="111" />
        <source>Requests sent over the network in this run (first attempts; cache hits are not sent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="113" />
        <source>Results stored, including cache hits and failures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="115" />
        <source>Average latency of the successful answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="122" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="124" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="126" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="128" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="130" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="132" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="134" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="136" />
        <source>Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="138" />
        <source>Cache hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="140" />
        <source>Spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replaycountsmodel.cpp" line="142" />
        <source>Avg latency</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayEngine</name>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="66" />
        <location filename="../core/replay/replayengine.cpp" line="90" />
        <source>A replay is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="70" />
        <source>Nothing to replay: the sample is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="119" />
        <source>The gateway URL '%1' is not valid (expected e.g. http://localhost:8787/v1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayengine.cpp" line="349" />
        <source>Replay results could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayPage</name>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="153" />
        <source>All logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="154" />
        <source>Random</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="160" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="161" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="201" />
        <source>Built-in simulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="202" />
        <source>Local Portkey gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="203" />
        <source>Portkey hosted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="204" />
        <source>Custom OpenAI-compatible URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="205" />
        <source>Where the replays are sent. The built-in simulator answers offline, without API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="206" />
        <source>Base URL of the OpenAI-compatible API, ending in /v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="207" />
        <source>Header (provider)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="208" />
        <source>Config (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="209" />
        <source>Route with x-portkey-provider, or with a Portkey config (x-portkey-config).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="212" />
        <source>Sent as x-portkey-provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="213" />
        <source>optional, e.g. http://127.0.0.1:8000/v1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="214" />
        <source>Sent as x-portkey-custom-host: the upstream the local gateway forwards to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="216" />
        <source>{"strategy": {"mode": "loadbalance"}, "targets": [...]} or a saved config id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="219" />
        <source>Load config file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="224" />
        <source>Kept in memory for this session only: never saved to the project, the settings, logs or reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="231" />
        <source>Prefilled from PORTKEY_API_KEY; sent as x-portkey-api-key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="232" />
        <source>PORTKEY_API_KEY is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="234" />
        <source>Prefilled from OPENAI_API_KEY; sent as Authorization: Bearer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="235" />
        <source>OPENAI_API_KEY is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="237" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="240" />
        <source>Send to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="241" />
        <source>Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="242" />
        <source>Routing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="243" />
        <source>Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="244" />
        <source>Custom host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="245" />
        <source>Config:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="246" />
        <source>Portkey key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="247" />
        <source>Provider key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="250" />
        <source>Candidate models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="253" />
        <source>Prices in USD per million input / output tokens, from the project's catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="258" />
        <source>Sample and limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="267" />
        <source> logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="271" />
        <source>The same seed picks the same logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="276" />
        <source>Sample:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="277" />
        <source>Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="281" />
        <source>No limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="283" />
        <source>The run stops scheduling requests once spent plus in-flight estimates would exceed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="286" />
        <source>Requests in flight at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="289" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="290" />
        <source>Per request; timed-out requests are retried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="291" />
        <source>Budget:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="292" />
        <source>Concurrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="293" />
        <source>Timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="309" />
        <source>Plan the sample and start replaying (Ctrl+Return).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="311" />
        <source>Abort every request in flight (Esc). A cancelled run can be resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="312" />
        <source>Continue the run with what it has not stored yet; nothing stored is sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="324" />
        <location filename="../ui/docks/replaypage.cpp" line="440" />
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="366" />
        <source>Select a result to see the logged prompt and original answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="368" />
        <source>…and the replayed answer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="470" />
        <source>The Replay panel cannot read the project '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="526" />
        <source>
USD per million tokens: %1 input, %2 output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="529" />
        <source>
Not priced in the catalog: its cost counts as zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="531" />
        <source>
The built-in simulator answers this model.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/replaypage.cpp" line="549" />
        <source>%1 of %n model(s) selected</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="603" />
        <source>started on 127.0.0.1 when the run starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="638" />
        <source>Load Portkey config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="638" />
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="643" />
        <source>Cannot read the config file '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="649" />
        <source>The config file '%1' is not a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="674" />
        <source>The built-in simulator cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="695" />
        <source>The base URL '%1' is not a valid http(s) URL (for example %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="707" />
        <source>Config routing needs a Portkey config: paste its JSON, load a file, or switch to header routing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="715" />
        <source>The Portkey config is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="727" />
        <source>Header routing needs a provider (for example openai), or switch to config routing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="734" />
        <source>The custom host '%1' is not a valid URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="744" />
        <source>Portkey hosted needs a Portkey API key: enter it in the field or set PORTKEY_API_KEY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="766" />
        <source>Open or create a project before replaying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="771" />
        <source>Choose at least one candidate model to replay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="782" />
        <source>The built-in simulator does not answer %1. Uncheck them or choose another target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="801" />
        <location filename="../ui/docks/replaypage.cpp" line="1058" />
        <source>Planning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="819" />
        <source>Nothing to replay: the sample is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="842" />
        <source>The replay could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="880" />
        <source>Run %1 could not be resumed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="893" />
        <source>Cancelled before the run started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="896" />
        <location filename="../ui/docks/replaypage.cpp" line="1064" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="932" />
        <source>%1 / %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="933" />
        <source>Spent $%1 of $%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="934" />
        <source>Spent $%1 (no budget)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="936" />
        <source> — budget reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="939" />
        <source>ETA %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="940" />
        <source>Run %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/replaypage.cpp" line="942" />
        <source>, %n in flight</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="951" />
        <source>Replay run %1 %2: %3 of %4 stored, %5 failed, $%6 spent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="979" />
        <source>Run %1 was cancelled: %2 of %3 stored — Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="980" />
        <source>Run %1 was interrupted: %2 of %3 stored — Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="982" />
        <source>Continue run %1 against %2 with what it has not stored yet; nothing stored is sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1002" />
        <source>Replayed answer — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1004" />
        <source>status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1004" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1006" />
        <source>finish %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1007" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1007" />
        <source>%1 / %2 tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1008" />
        <source>cache hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1010" />
        <source>%1 attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1012" />
        <source>refusal: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1015" />
        <source>Error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1016" />
        <source>(empty answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1020" />
        <source>Loading the original log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1030" />
        <source>Log %1 is no longer in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1031" />
        <source>Cannot load log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1035" />
        <source>Original answer — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1036" />
        <source>log %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1037" />
        <source>(no logged answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1039" />
        <source>Prompt (last user message)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1049" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1051" />
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1052" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1060" />
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1062" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1066" />
        <source>Stopped at the budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1068" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/docks/replaypage.cpp" line="1070" />
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayPlanner</name>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="96" />
        <source>Choose at least one candidate model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="121" />
        <source>No replayable logs: import Portkey logs with request messages first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayplanner.cpp" line="148" />
        <source>Log %1 of the run is no longer in the project.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayProgress</name>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="60" />
        <source>Run %1 (%2): %3 of %4 done in %5 s, spent $%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="68" />
        <source> of $%1 budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="70" />
        <source> (budget reached: remaining items not sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="73" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="74" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="75" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="76" />
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="77" />
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="78" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="79" />
        <source>retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="80" />
        <source>cached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replayprogress.cpp" line="81" />
        <source>spent USD</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayResultsModel</name>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="114" />
        <source>no response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="116" />
        <source>446 denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="117" />
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="119" />
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="121" />
        <source>cached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="129" />
        <source>hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="142" />
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="144" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="146" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="148" />
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="150" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="152" />
        <source>Tokens in / out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="154" />
        <source>Refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="156" />
        <source>Cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/replayresultsmodel.cpp" line="158" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayStore</name>
    <message>
        <location filename="../core/replay/replaystore.cpp" line="50" />
        <source>Cannot create the replay run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replaystore.cpp" line="64" />
        <source>Cannot store the replay plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replaystore.cpp" line="111" />
        <source>Replay run %1 does not exist in this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replaystore.cpp" line="169" />
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replaystore.cpp" line="206" />
        <source>Cannot store the replay of %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/replaystore.cpp" line="222" />
        <source>Cannot commit replay results: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ReplayWorker</name>
    <message>
        <location filename="../core/replay/replayworker.cpp" line="127" />
        <source>timed out after %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::ResponseParser</name>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="68" />
        <source>guardrail denied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="72" />
        <source>HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="78" />
        <source>malformed JSON in the response (%1 at byte %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="83" />
        <source>gateway error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/replay/responseparser.cpp" line="88" />
        <source>the response has no choices</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::SimulatedGateway</name>
    <message>
        <location filename="../core/sim/simulatedgateway.cpp" line="178" />
        <source>Could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShadowOptic::UseCaseFit</name>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="42" />
        <source>Strong fit for the %1 use case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="44" />
        <source>Partial fit for the %1 use case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="46" />
        <source>Not listed as strong at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="50" />
        <source>Fast responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/recommend/usecasefit.cpp" line="56" />
        <source>High reliability</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="32" />
        <source>Shadow Optic desktop application. Commands: %1 (run 'shadow-optic help').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="37" />
        <source>Open this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="39" />
        <source>Import this log file on start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="41" />
        <source>Create a sample project with generated logs and the built-in simulated gateway (no API keys needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="45" />
        <source>Save a screenshot of the window after start-up and quit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="34" />
        <source>Project database (.sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/cli/importcommand.cpp" line="34" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>