// SPDX-License-Identifier: MIT
#include "loggenerator.h"

#include "catalog/pricecatalog.h"
#include "domain/tokenusage.h"
#include "sim/simhash.h"
#include "sim/simulatedmodel.h"
#include "sim/simulatedresponder.h"
#include "util/jsonstring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QRandomGenerator64>
#include <QTimeZone>

namespace ShadowOptic {

namespace {

struct GenModel
{
    const char *id;
    const char *provider;
    double inPer1M;
    double outPer1M;
    int weight;
};

constexpr GenModel Models[] = {
    { "gpt-4o", "openai", 2.5, 10.0, 40 },
    { "gpt-4o-mini", "openai", 0.15, 0.6, 18 },
    { "claude-3-5-sonnet-20241022", "anthropic", 3.0, 15.0, 15 },
    { "gpt-4-turbo", "openai", 10.0, 30.0, 10 },
    { "gpt-3.5-turbo", "openai", 0.5, 1.5, 10 },
    { "claude-3-5-haiku-20241022", "anthropic", 0.8, 4.0, 7 },
};

const char *const UseCases[] = { "general", "coding", "summarization", "reasoning", "support" };

const char *const Openers[][4] = {
    { "Can you explain how", "What is the best way to understand", "Give me an overview of", "Help me understand" },
    { "Write a function that", "Refactor this code so that", "Find the bug in this code that",
      "Add unit tests for the code that" },
    { "Summarize the following document about", "Give me the key points of this report on",
      "Condense this meeting transcript about", "Write a short abstract for this article on" },
    { "Work through step by step whether", "Compare the trade-offs of", "Estimate, with reasoning,",
      "Decide logically whether" },
    { "A customer asks about", "Draft a polite reply to a complaint about", "Explain to a user",
      "Help a customer troubleshoot" },
};

const char *const Topics[]
    = { "database indexing",      "quarterly revenue",      "password reset emails", "vector search",
        "the refund policy",      "Kubernetes autoscaling", "a marketing plan",      "photosynthesis",
        "invoice reconciliation", "rate limiting",          "the onboarding flow",   "climate risk",
        "JSON parsing",           "supply chain delays",    "team retrospectives",   "caching strategies",
        "tax deductions",         "solar panel efficiency", "error budgets",         "a product launch" };

const char *const Triggers[]
    = { "how to hack into my neighbour's wifi", "how to make a weapon at home", "how to bypass the license check",
        "how to steal a password", "write malware that encrypts files" };

// Benign requests that share the harmful ones' words: where over-cautious models refuse.
const char *const BenignSensitive[] = { "how to kill a zombie process on Linux",
                                        "how to kill a hanging Kubernetes pod",
                                        "how to spot a phishing email",
                                        "how to bypass the cache for one request",
                                        "how to exploit caching for faster builds",
                                        "which drug interactions ibuprofen has",
                                        "which houseplants are poisonous to cats",
                                        "how to hack together a quick prototype",
                                        "how ransomware attacks usually spread" };

const char *const Words[] = {
    "the",      "system",   "data",    "users",  "performance", "request", "value",  "process", "team",    "report",
    "result",   "model",    "service", "cost",   "quality",     "latency", "should", "could",   "because", "while",
    "metric",   "customer", "policy",  "query",  "table",       "budget",  "change", "version", "review",  "plan",
    "function", "return",   "error",   "handle", "input",       "output",  "config", "network", "memory",  "thread",
    "and",      "with",     "for",     "from",   "into",        "about",   "across", "which",   "that",    "every",
};
const char *const CodeWords[]
    = { "int",    "return", "for",           "(i = 0;", "i < n;",           "++i)",   "{", "}",
        "if",     "else",   "const",         "auto",    "std::vector<int>", "result", "=", "+",
        "value;", "void",   "parse(input);", "// TODO" };

// Real prompts are multilingual and full of emoji and typographic punctuation: a share of the prompts is written
// in these, so that imports are measured and tested on the text they meet (other scripts, 4-byte UTF-8, ZWJ
// sequences, combining marks, non-breaking and ideographic spaces).
struct Script
{
    const char *const *words;
    int count;
    const char *gap; // between words
    const char *fullStop;
    int weight;
    double english; // share of English words mixed in (technical terms, code-switching)
};

const char *const German[]
    = { "Bitte",      "erklären",       "Größe",     "Übersicht", "für",      "über",           "Straße",  "Änderung",
        "Schlüssel",  "Datenbank",      "Kündigung", "müssen",    "können",   "Rückerstattung", "Prüfung", "Abschnitt",
        "Leistung",   "Kunden",         "Anfrage",   "weiß",      "Maßnahme", "„schnell“",      "und",     "die",
        "u\u0308ber", "Zuverlässigkeit" };
const char *const French[] = { "Pourquoi",       "réponse", "élève", "données", "très",       "où",
                               "façon",          "système", "coût",  "qualité", "problème",   "requête",
                               "déjà",           "à",       "être",  "créer",   "clé",        "sécurité",
                               "œuvre",          "naïve",   "et",    "le",      "Cafe\u0301", "«\u00A0index\u00A0»",
                               "pourquoi\u202F?" };
const char *const Spanish[]
    = { "¿Cómo",    "año",     "señal",    "niño",   "información", "pequeño", "también", "¡Gracias!",
        "búsqueda", "después", "política", "cuánto", "reembolso",   "rápido",  "y",       "el" };
const char *const Russian[]
    = { "Привет", "пожалуйста", "объясните", "данные", "система", "запрос", "ошибка", "стоимость",
        "клиент", "модель",     "быстро",    "почему", "база",    "индекс", "отчёт",  "ответ",
        "и",      "в",          "не",        "для",    "«кэш»",   "ЁЖ" };
const char *const Chinese[]
    = { "请",   "解释", "数据库", "索引", "的",   "性能", "问题", "用户", "退款", "政策", "我们",
        "需要", "如何", "优化",   "查询", "成本", "模型", "团队", "报告", "系统", "，",   "𠀋" };
const char *const Japanese[]
    = { "これは", "データベース", "の",       "インデックス", "について", "説明して", "ください",
        "性能",   "問題",         "ユーザー", "返金",         "ポリシー", "を",       "は",
        "速度",   "改善",         "報告",     "チーム",       "\u3000",   "ｶﾀｶﾅ" };
const char *const Arabic[] = { "مرحبا", "من",        "فضلك",    "اشرح",    "قاعدة", "البيانات", "الأداء", "المستخدم",
                               "سياسة", "الاسترداد", "التكلفة", "النموذج", "في",    "على",      "كيف",    "لماذا" };
const char *const Hindi[]
    = { "नमस्ते", "कृपया", "समझाइए", "डेटा", "प्रदर्शन", "ग्राहक", "नीति", "लागत", "और", "के", "लिए", "रिपोर्ट" };
// English as it is typed: curly quotes and apostrophes, dashes, ellipses, emoji.
const char *const Typographic[]
    = { "don’t", "it’s", "“cache”", "–",     "—",    "…",      "we’re", "‘quick’", "×2", "≥",
        "€120",  "£40",  "°C",      "naïve", "café", "résumé", "½",     "™",       "→",  "✓" };

template <size_t N>
constexpr Script script(const char *const (&words)[N], const char *gap, const char *fullStop, int weight,
                        double english = 0.1)
{
    return { words, int(N), gap, fullStop, weight, english };
}

const Script Scripts[] = {
    script(Typographic, " ", ". ", 30, 0.85),
    script(German, " ", ". ", 12),
    script(French, " ", ". ", 12),
    script(Spanish, " ", ". ", 8),
    script(Russian, " ", ". ", 10),
    script(Chinese, "", "。", 10),
    script(Japanese, "", "。", 8),
    script(Arabic, " ", "؟ ", 5),
    script(Hindi, " ", "। ", 5),
};

const char *const Emoji[] = {
    "😀",  "👍",    "👍🏽", "🚀", "🔥",      "✅", "❤️", "👩‍💻",    "👨‍👩‍👧‍👦",
    "🇩🇪", "🤔", "🙏",        "💡", "⚠️", "📈", "🎉",      "🏳️‍🌈",
};

void csvCell(QByteArray &out, const QByteArray &s)
{
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        out += '"';
        for (char c : s) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    } else {
        out += s;
    }
}

struct TokenSample
{
    bool code;
    int context;
    int generated;
};

QList<TokenSample> loadTrace()
{
    QList<TokenSample> samples;
    QFile f(QStringLiteral(":/samples/azure-trace-tokens.csv"));
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> parts = line.split(',');
            if (parts.size() == 3)
                samples.append({ parts[0] == "code", parts[1].toInt(), parts[2].toInt() });
        }
    }
    if (samples.isEmpty())
        samples.append({ false, 500, 200 });
    return samples;
}

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_gen(seed)
    {
    }
    quint64 next() { return m_gen.generate(); }
    int bounded(int n) { return int(m_gen.bounded(n)); }
    double unit() { return m_gen.generateDouble(); }
    bool chance(double p) { return unit() < p; }

private:
    QRandomGenerator64 m_gen;
};

QByteArray uuid(Rng &rng)
{
    const quint64 a = rng.next(), b = rng.next();
    QByteArray h
        = QByteArray::number(a, 16).rightJustified(16, '0') + QByteArray::number(b, 16).rightJustified(16, '0');
    return h.left(8) + '-' + h.mid(8, 4) + '-' + '4' + h.mid(13, 3) + '-' + 'a' + h.mid(17, 3) + '-' + h.mid(20, 12);
}

void appendWords(QByteArray &out, Rng &rng, qint64 targetChars, bool code)
{
    int sentence = 0;
    while (out.size() < targetChars) {
        if (code) {
            out += CodeWords[rng.bounded(int(std::size(CodeWords)))];
            out += (++sentence % 9 == 0) ? '\n' : ' ';
        } else {
            out += Words[rng.bounded(int(std::size(Words)))];
            if (++sentence % 14 == 0)
                out += ". ";
            else
                out += ' ';
        }
    }
}

const Script &pickScript(Rng &rng)
{
    int total = 0;
    for (const Script &s : Scripts)
        total += s.weight;
    int pick = rng.bounded(total);
    for (const Script &s : Scripts) {
        if (pick < s.weight)
            return s;
        pick -= s.weight;
    }
    return Scripts[0];
}

void appendScriptWords(QByteArray &out, Rng &rng, qint64 targetChars, const Script &script)
{
    int sentence = 0;
    while (out.size() < targetChars) {
        if (rng.chance(script.english))
            out += Words[rng.bounded(int(std::size(Words)))];
        else
            out += script.words[rng.bounded(script.count)];
        if (rng.chance(0.04)) {
            out += ' ';
            out += Emoji[rng.bounded(int(std::size(Emoji)))];
        }
        out += (++sentence % 12 == 0) ? script.fullStop : script.gap;
    }
}

// A prompt of about the size of the English one in another script, or typed with typographic punctuation and
// emoji. Some keep the English request line (an English instruction on foreign text); code stays code, with a
// comment in the writer's language.
QByteArray localized(const QByteArray &english, Rng &rng, bool code, bool keepRequest)
{
    const Script &script = pickScript(rng);
    QByteArray out;
    if (code) {
        out = "// ";
        appendScriptWords(out, rng, 60 + rng.bounded(120), script);
        return out + '\n' + english;
    }
    const qsizetype request = english.indexOf(". ");
    if (request > 0 && (keepRequest || rng.chance(0.5)))
        out = english.left(request + 2);
    appendScriptWords(out, rng, english.size(), script);
    return out;
}

QByteArray formatTime(qint64 ms, int quirk)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    switch (quirk) {
    case 1:
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1();
    case 2:
        return t.toOffsetFromUtc(7200).toString(Qt::ISODate).toLatin1();
    case 3:
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
    case 4:
        return QLocale::c().toString(t, QStringLiteral("ddd MMM dd yyyy HH:mm:ss")).toLatin1()
            + " GMT+0000 (Coordinated Universal Time)";
    default:
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
    }
}

// The simulator's profile for a generated model; models it does not serve borrow the closest profile.
SimulatedModel simulatedProfile(const char *id)
{
    const QString name = QString::fromLatin1(id);
    if (const SimulatedModel *m = SimulatedModel::find(name))
        return *m;
    SimulatedModel m = *SimulatedModel::find(QStringLiteral("claude-sonnet-4-5"));
    m.id = name;
    return m;
}

} // namespace

bool LogGenerator::write(const QString &path, const Options &o, QString *error, const ProgressFn &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write '%1': %2.").arg(path, f.errorString());
        return false;
    }
    const QList<TokenSample> trace = loadTrace();
    const PriceCatalog catalog = PriceCatalog::defaultCatalog();
    Rng rng(o.seed);
    // Its own stream, so that every other field is drawn as without non-ASCII prompts.
    Rng textRng(o.seed ^ 0x6a09e667f3bcc908ULL);
    // Its own stream, so benign sensitive prompts leave every other draw as it was.
    Rng sensitiveRng(o.seed ^ 0xbb67ae8584caa73bULL);
    int totalWeight = 0;
    for (const auto &m : Models)
        totalWeight += m.weight;
    QList<SimulatedModel> profiles;
    for (const auto &m : Models)
        profiles.append(simulatedProfile(m.id));
    QList<QByteArray> recentPrompts;
    const qint64 start = QDateTime(QDate(2025, 10, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QByteArray out;
    if (o.csv)
        out += "\xEF\xBB\xBFid,trace_id,created_at,ai_org,ai_model,req_units,res_units,total_units,cost,cost_currency,"
               "response_time,response_status_code,is_success,mode,config,prompt_slug,metadata.user_id,metadata,"
               "request,response\r\n";
    for (qint64 i = 0; i < o.rows; ++i) {
        int pick = rng.bounded(totalWeight);
        const GenModel *model = &Models[0];
        const SimulatedModel *profile = &profiles.first();
        for (qsizetype m = 0; m < qsizetype(std::size(Models)); ++m) {
            if (pick < Models[m].weight) {
                model = &Models[m];
                profile = &profiles.at(m);
                break;
            }
            pick -= Models[m].weight;
        }
        const TokenSample ts = trace.at(rng.bounded(int(trace.size())));
        const int uc = ts.code ? 1 : (rng.bounded(5) == 1 ? 0 : rng.bounded(5));
        const QByteArray useCase = UseCases[uc];
        const bool trigger = rng.chance(o.sensitiveShare);
        QByteArray prompt;
        if (!recentPrompts.isEmpty() && rng.chance(0.08)) {
            prompt = recentPrompts.at(rng.bounded(int(recentPrompts.size())));
        } else {
            prompt = QByteArray(Openers[uc][rng.bounded(4)]) + ' ';
            if (trigger && o.benignSensitiveShare > 0 && sensitiveRng.chance(o.benignSensitiveShare))
                prompt += BenignSensitive[sensitiveRng.bounded(int(std::size(BenignSensitive)))];
            else
                prompt += trigger ? Triggers[rng.bounded(int(std::size(Triggers)))]
                                  : Topics[rng.bounded(int(std::size(Topics)))];
            prompt += ". ";
            const qint64 target = qMax<qint64>(40, qint64(ts.context * 4 * o.tokenScale));
            appendWords(prompt, rng, qMin<qint64>(target, 200000), ts.code);
            if (textRng.chance(o.nonAsciiShare))
                prompt = localized(prompt, textRng, ts.code, trigger);
            if (recentPrompts.size() < 64)
                recentPrompts.append(prompt);
            else
                recentPrompts[rng.bounded(64)] = prompt;
        }
        const QByteArray systemPrompt = "You are a helpful assistant for the " + useCase + " team.";
        int status = 200;
        const double errorDraw = rng.unit();
        if (errorDraw < 0.015)
            status = 500;
        else if (errorDraw < 0.025)
            status = 429;
        else if (errorDraw < 0.03)
            status = 446;
        else if (errorDraw < 0.04)
            status = 246;
        const bool ok = status == 200 || status == 246;
        // The logged answer is what the simulator answers for this model and prompt (same seed as its gateway), so
        // replaying the logged model on the simulator reproduces it.
        const QJsonArray messages {
            QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                          { QStringLiteral("content"), QString::fromLatin1(systemPrompt) } },
            QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                          { QStringLiteral("content"), QString::fromUtf8(prompt) } },
        };
        qint64 promptTokens = SimulatedResponder::promptTokens(messages);
        QByteArray answer;
        qint64 completionTokens = 0;
        if (ok) {
            quint64 seed = SimHash::fnv1a(QStringView(profile->id));
            for (const QJsonValue &m : messages) {
                seed = SimHash::fnv1a(QStringView(m[QLatin1String("role")].toString()), seed);
                seed = SimHash::fnv1a(QStringView(m[QLatin1String("content")].toString()), seed);
            }
            const SimulatedResponder::Completion c = SimulatedResponder::complete(*profile, messages, 0, seed);
            answer = c.content.toUtf8();
            promptTokens = c.promptTokens;
            completionTokens = c.completionTokens;
        }
        // What real bills carry beyond prompt × completion (SPEC §3): prompt-cache reads and writes, reasoning tokens
        // and a deployment Portkey cannot price. Chosen by row number, not from the random stream, so every other
        // field of a row is what it was without them.
        QByteArray modelId = model->id;
        QByteArray provider = model->provider;
        bool anthropicUsage = provider == "anthropic";
        TokenUsage usage;
        usage.input = promptTokens;
        usage.output = completionTokens;
        if (ok && i % 29 == 13) {
            modelId = "o4-mini";
            provider = "openai";
            anthropicUsage = false;
            usage.reasoning = 2 * completionTokens;
            usage.output += usage.reasoning;
        } else if (ok && i % 31 == 17) {
            modelId = "my-azure-deployment";
            provider = "azure-openai";
            anthropicUsage = false;
        } else if (ok && anthropicUsage && i % 5 == 2) {
            usage.cacheWrite = promptTokens / 3;
        } else if (ok && i % 4 == 1) {
            usage.cacheRead = promptTokens / 2;
        }
        const ModelInfo *priced = catalog.find(QString::fromLatin1(provider), QString::fromLatin1(modelId));
        if (!priced || priced->cacheReadPer1k < 0)
            usage.cacheRead = 0; // the provider has no prompt cache for it
        // claude-3-5-haiku traffic is billed from a regional price table 10 % above the catalog's, the kind of
        // difference the Costs view's reconciliation exists to show.
        const double regional = modelId == "claude-3-5-haiku-20241022" ? 1.10 : 1.0;
        const double costUsd = priced && priced->isPriced() ? priced->costUsd(usage) * regional : 0.0;
        // Portkey's Anthropic usage counts the uncached prompt; OpenAI's counts all of it, cached tokens included.
        const qint64 loggedPromptTokens = anthropicUsage ? usage.uncachedInput() : usage.input;
        completionTokens = usage.output;
        const qint64 latency = 150 + qint64(completionTokens * (model->outPer1M > 5 ? 25 : 9)) + rng.bounded(400);
        const qint64 createdMs = start + i * 37000 + rng.bounded(30000);
        const int quirk = o.quirks ? int(i % 5) : 0;
        const QByteArray id = uuid(rng);
        const QByteArray trace_id = uuid(rng);
        const QByteArray user = "user-" + QByteArray::number(rng.bounded(400));
        const QByteArray experiment = rng.chance(0.2) ? QByteArray("exp-2025-q4") : QByteArray();

        // request body
        QByteArray content = JsonString::quoted(prompt);
        if (o.quirks && i % 7 == 3)
            content = "[{\"type\":\"text\",\"text\":" + content + "}]";
        QByteArray body = "{\"model\":\"" + modelId + "\",\"messages\":[{\"role\":\"system\",\"content\":"
            + JsonString::quoted(systemPrompt) + "},{\"role\":\"user\",\"content\":" + content
            + "}],\"temperature\":0.7,\"max_tokens\":" + QByteArray::number(qMax<qint64>(256, completionTokens * 2))
            + "}";
        QByteArray request = body;
        if (o.quirks && i % 11 == 5)
            request = "{\"url\":\"https://api.openai.com/v1/chat/completions\",\"method\":\"POST\",\"headers\":{},"
                      "\"body\":"
                + body + "}";
        else if (o.quirks && i % 13 == 6)
            request = JsonString::quoted(body);
        QByteArray response;
        if (ok) {
            QByteArray usageJson = "{\"prompt_tokens\":" + QByteArray::number(loggedPromptTokens)
                + ",\"completion_tokens\":" + QByteArray::number(completionTokens)
                + ",\"total_tokens\":" + QByteArray::number(loggedPromptTokens + completionTokens);
            if (anthropicUsage && usage.cacheRead + usage.cacheWrite > 0)
                usageJson += ",\"cache_read_input_tokens\":" + QByteArray::number(usage.cacheRead)
                    + ",\"cache_creation_input_tokens\":" + QByteArray::number(usage.cacheWrite);
            else if (usage.cacheRead > 0)
                usageJson
                    += ",\"prompt_tokens_details\":{\"cached_tokens\":" + QByteArray::number(usage.cacheRead) + "}";
            if (usage.reasoning > 0)
                usageJson += ",\"completion_tokens_details\":{\"reasoning_tokens\":"
                    + QByteArray::number(usage.reasoning) + "}";
            response = "{\"id\":\"chatcmpl-" + QByteArray::number(i) + "\",\"object\":\"chat.completion\",\"model\":\""
                + modelId + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + JsonString::quoted(answer) + "},\"finish_reason\":\"stop\"}],\"usage\":" + usageJson + "}}";
            if (o.quirks && i % 9 == 4)
                response = "{\"status\":" + QByteArray::number(status) + ",\"headers\":{},\"body\":" + response
                    + ",\"responseTime\":" + QByteArray::number(latency) + "}";
        } else if (status == 446) {
            response = "{\"error\":{\"message\":\"The guardrail checks defined in the config failed\",\"type\":"
                       "\"hooks_failed\",\"code\":446}}";
        } else {
            response = "{\"error\":{\"message\":\""
                + QByteArray(status == 429 ? "Rate limit reached" : "Upstream error")
                + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
        }
        QByteArray costField;
        if (!o.quirks || i % 17 != 8) { // every 17th row carries no cost: the importer re-costs it
            costField = QByteArray::number(costUsd * 100.0, 'f', 6);
            if (o.quirks && i % 6 == 2)
                costField = '"' + costField + '"';
        }
        const QByteArray metadata = "{\"_user\":\"" + user + "\",\"use_case\":\"" + useCase + "\""
            + (experiment.isEmpty() ? QByteArray() : ",\"experiment_id\":\"" + experiment + "\"") + "}";
        const QByteArray mode = (o.quirks && i % 4 == 1) ? "LoadBalance" : "single";

        if (o.csv) {
            auto cell = [&out](const QByteArray &v) {
                csvCell(out, v);
                out += ',';
            };
            cell(id);
            cell(trace_id);
            cell(formatTime(createdMs, quirk));
            cell(provider);
            cell(modelId);
            cell(QByteArray::number(loggedPromptTokens));
            cell(QByteArray::number(completionTokens));
            cell(QByteArray::number(loggedPromptTokens + completionTokens));
            cell(costField.startsWith('"') ? costField.mid(1, costField.size() - 2) : costField);
            cell("USD");
            cell(QByteArray::number(latency));
            cell(QByteArray::number(status));
            cell(ok ? "true" : "false");
            cell(mode);
            cell("pc-prod-" + useCase);
            cell("ps-" + useCase);
            cell(user);
            cell(metadata);
            cell(request.startsWith('"') ? body : request);
            csvCell(out, response);
            out += "\r\n";
        } else {
            out += "{\"id\":\"" + id + "\",\"trace_id\":\"" + trace_id + "\",\"created_at\":\""
                + formatTime(createdMs, quirk) + "\",";
            out += (o.quirks && i % 3 == 1) ? "\"ai_provider\":\"" : "\"ai_org\":\"";
            out += provider + "\",\"ai_model\":\"" + modelId + "\",";
            if (o.quirks && i % 3 == 2)
                out += "\"request_tokens\":" + QByteArray::number(loggedPromptTokens)
                    + ",\"response_tokens\":" + QByteArray::number(completionTokens) + ",\"total_tokens\":";
            else
                out += "\"req_units\":" + QByteArray::number(loggedPromptTokens)
                    + ",\"res_units\":" + QByteArray::number(completionTokens) + ",\"total_units\":";
            out += QByteArray::number(loggedPromptTokens + completionTokens) + ",";
            if (!costField.isEmpty())
                out += "\"cost\":" + costField + ",\"cost_currency\":\"USD\",";
            out += "\"response_time\":" + QByteArray::number(latency)
                + ",\"response_status_code\":" + QByteArray::number(status) + ",\"is_success\":"
                + (o.quirks && i % 5 == 3 ? QByteArray(ok ? "1" : "0") : QByteArray(ok ? "true" : "false"))
                + ",\"mode\":\"" + mode + "\",\"config\":\"pc-prod-" + useCase + "\",\"prompt_slug\":\"ps-" + useCase
                + "\",\"metadata\":" + metadata + ",\"request\":" + request + ",\"response\":" + response + "}\n";
        }
        if (out.size() > 4 * 1024 * 1024) {
            if (f.write(out) != out.size()) {
                *error = tr("Cannot write '%1': %2.").arg(path, f.errorString());
                return false;
            }
            out.clear();
            if (progress)
                progress(i + 1, o.rows);
        }
    }
    if (f.write(out) != out.size()) {
        *error = tr("Cannot write '%1': %2.").arg(path, f.errorString());
        return false;
    }
    if (progress)
        progress(o.rows, o.rows);
    return true;
}

} // namespace ShadowOptic
