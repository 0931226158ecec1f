// SPDX-License-Identifier: MIT
#include "fuzzentries.h"

#include "catalog/pricecatalog.h"
#include "domain/logrecord.h"
#include "domain/logrecordparser.h"
#include "domain/timestampparser.h"
#include "eval/judgeprotocol.h"
#include "eval/judgerubric.h"
#include "eval/judgeverdict.h"
#include "import/fastlogparser.h"
#include "import/logfilereader.h"
#include "import/strictjson.h"
#include "replay/portkeyheaders.h"
#include "replay/replayjob.h"
#include "replay/replaytarget.h"
#include "replay/responseparser.h"
#include "rollout/rolloutplan.h"
#include "session/session.h"
#include "sim/httprequestparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ShadowOptic {

namespace {

QString show(const QString &s)
{
    return s.size() > 120 ? QString(s.left(120) + QStringLiteral("…")) : s;
}
QString show(const QByteArray &b)
{
    return show(QString::fromUtf8(b));
}
QString show(qint64 v)
{
    return QString::number(v);
}
QString show(int v)
{
    return QString::number(v);
}
QString show(double v)
{
    return QString::number(v, 'g', 17);
}
QString show(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

template <typename T>
void compareField(QString *diff, const char *field, const T &fast, const T &full)
{
    if (diff->isEmpty() && !(fast == full))
        *diff = QStringLiteral("%1: fast parser %2, full parser %3").arg(QLatin1String(field), show(fast), show(full));
}

// The first field in which the two parsers' records differ, or empty.
QString compareRecords(const LogRecord &a, const LogRecord &b)
{
    QString d;
#define SO_FIELD(f) compareField(&d, #f, a.f, b.f)
    SO_FIELD(logId);
    SO_FIELD(traceId);
    SO_FIELD(createdAtMs);
    SO_FIELD(provider);
    SO_FIELD(model);
    SO_FIELD(paramsJson);
    SO_FIELD(responseText);
    SO_FIELD(finishReason);
    SO_FIELD(promptTokens);
    SO_FIELD(completionTokens);
    SO_FIELD(totalTokens);
    SO_FIELD(cacheReadTokens);
    SO_FIELD(cacheWriteTokens);
    SO_FIELD(reasoningTokens);
    SO_FIELD(batch);
    SO_FIELD(costUsd);
    SO_FIELD(costEstimated);
    SO_FIELD(latencyMs);
    SO_FIELD(statusCode);
    SO_FIELD(isSuccess);
    SO_FIELD(mode);
    SO_FIELD(config);
    SO_FIELD(promptSlug);
    SO_FIELD(useCase);
    SO_FIELD(experimentId);
    SO_FIELD(metadataJson);
    SO_FIELD(requestUrl);
    SO_FIELD(conversationHash);
    SO_FIELD(rawJson);
#undef SO_FIELD
    compareField(&d, "messages.size", qint64(a.messages.size()), qint64(b.messages.size()));
    for (qsizetype i = 0; d.isEmpty() && i < a.messages.size(); ++i) {
        compareField(&d, "messages.role", a.messages.at(i).role, b.messages.at(i).role);
        compareField(&d, "messages.content", a.messages.at(i).content, b.messages.at(i).content);
    }
    return d;
}

// One record through both parsers, as LogImporter reads it; the disagreement, or empty.
QString compareParsers(const QByteArray &json, const QJsonObject *csvObject)
{
    LogRecord fast;
    const bool fastOk = FastLogParser::parse(json, &fast);
    LogRecord full;
    bool fullOk = false;
    QString error;
    if (csvObject) {
        fullOk = LogRecordParser::parse(*csvObject, json, &full, &error);
    } else {
        const QJsonDocument doc = StrictJson::parse(json, &error);
        if (error.isEmpty() && doc.isObject())
            fullOk = LogRecordParser::parse(doc.object(), json, &full, &error);
        else if (error.isEmpty())
            error = QStringLiteral("not an object");
    }
    if (!fullOk && error.isEmpty())
        return QStringLiteral("the full parser rejected a record without a reason");
    if (fastOk && !fullOk)
        return QString(QStringLiteral("the fast parser accepted a record the full parser rejects (") + error
                       + QStringLiteral(")"));
    if (!fastOk || !fullOk)
        return {};
    return compareRecords(fast, full);
}

// A scratch directory for the readers that take a path; one per process, reused by every input.
QString scratchFile(const QString &name, const QByteArray &data)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/so-fuzz-XXXXXX"));
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        std::abort(); // the environment, not the input
    return f.fileName();
}

bool sameVerdict(const JudgeVerdict &a, const JudgeVerdict &b)
{
    return a.ok == b.ok && a.accuracy == b.accuracy && a.helpfulness == b.helpfulness && a.clarity == b.clarity
        && a.completeness == b.completeness && a.overall == b.overall && a.reasoning == b.reasoning
        && a.error == b.error && a.repaired == b.repaired;
}

} // namespace

QString FuzzEntries::logReaders(const QByteArray &data)
{
    const QString path = scratchFile(QStringLiteral("logs"), data);
    LogFileReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        if (error.isEmpty())
            return QStringLiteral("LogFileReader::open failed without a reason");
        return {};
    }
    qsizetype records = 0;
    for (bool more = true; more;) {
        QList<RawRow> rows;
        more = reader.readBatch(&rows, 64);
        // Every record takes at least one byte of the file: more records than bytes is a reader that stopped moving.
        records += rows.size();
        if (records > data.size() + 1)
            return QStringLiteral("%1 records from %2 bytes: the reader does not advance")
                .arg(records)
                .arg(data.size());
        for (const RawRow &row : std::as_const(rows)) {
            if (!row.errorCategory.isEmpty())
                continue;
            // A CSV row reaches LogRecordParser as an object; its compact JSON is a record the fast path can read.
            const QByteArray json = row.fromCsv ? QJsonDocument(row.object).toJson(QJsonDocument::Compact) : row.json;
            const QString diff = compareParsers(json, row.fromCsv ? &row.object : nullptr);
            if (!diff.isEmpty())
                return QString(QStringLiteral("line %1: ").arg(row.line) + diff);
        }
    }
    return {};
}

QString FuzzEntries::createdAt(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    qint64 ms = 0;
    // An accepted time is one the app can write (exports, reports) and read back.
    if (TimestampParser::parse(text, &ms)) {
        const QString iso = TimestampParser::toIso(ms);
        qint64 back = 0;
        if (!TimestampParser::parse(iso, &back) || back != ms)
            return QStringLiteral("'%1' is %2 ms, written as '%3', read back as %4")
                .arg(show(text), QString::number(ms), iso, QString::number(back));
    }
    // The same text as a record's created_at, through both import parsers.
    const QByteArray record = QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("t") },
                                                          { QStringLiteral("created_at"), text } })
                                  .toJson(QJsonDocument::Compact);
    return compareParsers(record, nullptr);
}

QString FuzzEntries::judge(const QByteArray &data)
{
    const QString output = QString::fromUtf8(data);
    const JudgeVerdict v = JudgeRubric::validate(output);
    if (!v.ok && v.error.isEmpty())
        return QStringLiteral("an invalid verdict without a reason");
    if (v.ok) {
        for (const double s : { v.accuracy, v.helpfulness, v.clarity, v.completeness, v.overall })
            if (!(s >= 0.0 && s <= 100.0))
                return QStringLiteral("a valid verdict with the score %1").arg(show(s));
        if (!sameVerdict(v, JudgeVerdict::fromJson(v.toJson())))
            return QStringLiteral("the verdict changes when stored and read back");
    }
    JudgeProtocol::isJudgeRequest(output);
    JudgeProtocol::Exchange exchange;
    if (JudgeProtocol::extract(output, &exchange))
        JudgeProtocol::lastUserTurn(exchange.conversation);
    return {};
}

QString FuzzEntries::gatewayResponse(const QByteArray &data)
{
    static const PriceCatalog catalog = PriceCatalog::defaultCatalog();
    static const int statuses[] = { 200, 246, 446, 400, 401, 429, 500, 502, 503, 0 };
    ReplayJob job;
    job.logId = QStringLiteral("log-1");
    job.model = QStringLiteral("gpt-4o-mini");
    ResponseParser::Http http;
    if (!data.isEmpty()) {
        http.status = statuses[uchar(data.at(0)) % std::size(statuses)];
        if (http.status == 0)
            http.networkError = QStringLiteral("Connection refused");
    }
    if (data.size() > 1 && (uchar(data.at(1)) & 1))
        job.role = QStringLiteral("judge");
    http.body = data.mid(2);
    const ReplayResult r = ResponseParser::parse(job, http, catalog);
    if (!r.ok && r.error.isEmpty())
        return QStringLiteral("a failed reply without an error message");
    // fromUsage takes only counts >= 0, so no reply can bill a negative or unbounded amount.
    for (const qint64 n :
         { r.promptTokens, r.completionTokens, r.cacheReadTokens, r.cacheWriteTokens, r.reasoningTokens })
        if (n < 0)
            return QStringLiteral("a reply with a token count of %1").arg(n);
    if (r.priced && !(std::isfinite(r.costUsd) && r.costUsd >= 0))
        return QStringLiteral("a reply priced at %1").arg(show(r.costUsd));
    ResponseParser::errorMessage(http.body);
    return {};
}

QString FuzzEntries::portkeyConfig(const QByteArray &data)
{
    for (const auto kind : { ReplayTarget::Kind::LocalGateway, ReplayTarget::Kind::PortkeyHosted }) {
        ReplayTarget target;
        target.kind = kind;
        target.baseUrl = ReplayTarget::defaultBaseUrl(kind);
        target.routing = ReplayTarget::RoutingMode::Config;
        target.portkeyApiKey = QStringLiteral("pk-fuzz");
        target.configJson = QString::fromUtf8(data);
        QString error;
        if (!Session::validate(&target, &error)) {
            if (error.isEmpty())
                return QStringLiteral("a config rejected without a reason");
            continue;
        }
        const QString config = target.configJson;
        if (!Session::validate(&target, &error) || target.configJson != config)
            return QStringLiteral("a validated config changes when validated again");
        target.identity();
        target.fingerprint();
        ReplayTarget::fromJson(target.toJson());
        PortkeyHeaders::forRequest(target, QStringLiteral("run"), QStringLiteral("log"), QStringLiteral("replay"));
    }

    // `rollout --stages FILE`
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (doc.isArray()) {
        QString why;
        const RolloutPlan plan = RolloutPlan::fromJson(doc.array(), &why);
        if (why.isEmpty()) {
            plan.validationError();
            QString again;
            const RolloutPlan back = RolloutPlan::fromJson(plan.toJson(), &again);
            if (!again.isEmpty() || back.toJson() != plan.toJson())
                return QString(QStringLiteral("a stage table changes when stored and read back: ") + again);
        }
    }
    return {};
}

QString FuzzEntries::pricing(const QByteArray &data)
{
    const auto roundTrip = [](const PriceCatalog &c) -> QString {
        PriceCatalog back;
        QString error;
        if (!PriceCatalog::fromJson(c.toJson(false), &back, &error))
            return QString(QStringLiteral("an imported catalog cannot be read back: ") + error);
        if (back.toJson(false) != c.toJson(false))
            return QStringLiteral("an imported catalog changes when stored and read back");
        return {};
    };
    QString error;
    {
        PriceCatalog c;
        if (c.importPortkeyPricing(data, QStringLiteral("openai"), &error) > 0)
            if (const QString r = roundTrip(c); !r.isEmpty())
                return r;
        c.importPortkeyGeneral(data, QStringLiteral("openai"), &error);
    }
    {
        PriceCatalog c;
        if (c.importLiteLlm(data, &error) > 0)
            if (const QString r = roundTrip(c); !r.isEmpty())
                return r;
    }
    {
        PriceCatalog c;
        c.importFile(scratchFile(QStringLiteral("openai.json"), data), &error);
        PriceCatalog stored;
        if (PriceCatalog::fromJson(data, &stored, &error))
            if (const QString r = roundTrip(stored); !r.isEmpty())
                return r;
    }
    return {};
}

QString FuzzEntries::httpRequest(const QByteArray &data)
{
    struct Outcome
    {
        QList<HttpRequestParser::Request> requests;
        int errorStatus = 0;
    };
    const auto drain = [](HttpRequestParser *p, Outcome *o) {
        HttpRequestParser::Request r;
        HttpRequestParser::Status s;
        while ((s = p->next(&r)) == HttpRequestParser::Status::Ready)
            o->requests.append(r);
        if (s == HttpRequestParser::Status::Error)
            o->errorStatus = p->errorStatus();
        p->takeContinueRequest();
    };
    Outcome whole;
    {
        HttpRequestParser p;
        p.append(data);
        drain(&p, &whole);
    }
    Outcome bytes;
    {
        HttpRequestParser p;
        for (qsizetype i = 0; i < data.size() && !bytes.errorStatus; ++i) {
            p.append(data.mid(i, 1));
            drain(&p, &bytes);
        }
    }
    if (whole.errorStatus != bytes.errorStatus)
        return QStringLiteral("error %1 when read at once, %2 byte by byte")
            .arg(whole.errorStatus)
            .arg(bytes.errorStatus);
    if (whole.requests.size() != bytes.requests.size())
        return QStringLiteral("%1 requests when read at once, %2 byte by byte")
            .arg(whole.requests.size())
            .arg(bytes.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const auto &a = whole.requests.at(i);
        const auto &b = bytes.requests.at(i);
        if (a.method != b.method || a.path != b.path || a.query != b.query || a.version != b.version
            || a.headers != b.headers || a.body != b.body || a.keepAlive != b.keepAlive)
            return QStringLiteral("request %1 differs when read byte by byte").arg(i);
    }
    return {};
}

QStringList FuzzEntries::names()
{
    return { QStringLiteral("logreaders"), QStringLiteral("createdat"),     QStringLiteral("judge"),
             QStringLiteral("response"),   QStringLiteral("portkeyconfig"), QStringLiteral("pricing"),
             QStringLiteral("httprequest") };
}

FuzzEntries::Entry FuzzEntries::entry(const QString &name)
{
    static const Entry entries[]
        = { &logReaders, &createdAt, &judge, &gatewayResponse, &portkeyConfig, &pricing, &httpRequest };
    const qsizetype i = names().indexOf(name);
    return i < 0 ? nullptr : entries[i];
}

int FuzzEntries::fuzz(Entry entry, const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = entry(input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "\nINVARIANT BROKEN: %s\n", broken.toUtf8().constData());
        std::abort();
    }
    return 0;
}

} // namespace ShadowOptic
