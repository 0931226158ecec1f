// SPDX-License-Identifier: MIT
#include "prompttokenestimator.h"

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "tokenize/bpeencoding.h"
#include "tokenize/tokencounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

struct Sample
{
    double bpe = 0.0;
    double chars = 0.0;
    double target = 0.0; // logged prompt tokens less the message overhead
    double logged = 0.0;
};

struct Fit
{
    QList<Sample> samples;
    QStringList models;
};

/** Non-negative least squares of target = a·bpe + b·chars (two unknowns: the normal equations, then each bound). */
QPair<double, double> solve(const QList<Sample> &samples)
{
    double bb = 0, bc = 0, cc = 0, bt = 0, ct = 0;
    for (const Sample &s : samples) {
        bb += s.bpe * s.bpe;
        bc += s.bpe * s.chars;
        cc += s.chars * s.chars;
        bt += s.bpe * s.target;
        ct += s.chars * s.target;
    }
    const double det = bb * cc - bc * bc;
    if (det > 1e-9 * bb * cc) {
        const double a = (bt * cc - ct * bc) / det;
        const double b = (ct * bb - bt * bc) / det;
        if (a >= 0 && b >= 0)
            return { a, b };
    }
    // One term only: whichever explains the rows better.
    const double a = bb > 0 ? qMax(0.0, bt / bb) : 1.0;
    const double b = cc > 0 ? qMax(0.0, ct / cc) : 0.0;
    double errA = 0, errB = 0;
    for (const Sample &s : samples) {
        errA += (s.target - a * s.bpe) * (s.target - a * s.bpe);
        errB += (s.target - b * s.chars) * (s.target - b * s.chars);
    }
    return errA <= errB ? QPair<double, double>(a, 0.0) : QPair<double, double>(0.0, b);
}

TokenizerCalibration finish(const QString &encoding, bool exact, const Fit &fit)
{
    TokenizerCalibration c;
    c.encoding = encoding;
    c.exact = exact;
    c.rows = int(fit.samples.size());
    const QPair<double, double> ab = solve(fit.samples);
    c.ratio = ab.first;
    c.perChar = ab.second;
    c.source = fit.models.join(QStringLiteral(", "));
    std::vector<double> errors;
    for (const Sample &s : fit.samples) {
        const double predicted = s.logged - s.target + c.ratio * s.bpe + c.perChar * s.chars;
        if (s.logged > 0)
            errors.push_back(std::abs(predicted - s.logged) / s.logged * 100.0);
    }
    if (!errors.empty()) {
        std::nth_element(errors.begin(), errors.begin() + std::ptrdiff_t(errors.size() / 2), errors.end());
        c.errorPercent = errors[errors.size() / 2];
    }
    return c;
}

QString encodingName(bool o200k)
{
    return o200k ? QStringLiteral("o200k_base") : QStringLiteral("cl100k_base");
}

/** The group a model borrows a calibration from when it was not logged itself. */
QString groupOf(const QString &model, const QString &provider)
{
    if (PromptTokenEstimator::hasExactEncoding(model))
        return QStringLiteral("enc:") + encodingName(PromptTokenEstimator::usesO200k(model));
    return QStringLiteral("provider:") + provider.toLower();
}

} // namespace

bool PromptTokenEstimator::usesO200k(const QString &model)
{
    const BpeEncoding *encoding = TokenCounter::encodingForModel(model);
    return encoding && encoding->kind() == BpeEncoding::Kind::O200kBase;
}

bool PromptTokenEstimator::hasExactEncoding(const QString &model)
{
    return TokenCounter::encodingForModel(model) != nullptr;
}

PromptTokenEstimator::Counts PromptTokenEstimator::count(const QByteArray &messagesJson, bool cl100k, bool o200k)
{
    Counts out;
    const QJsonDocument doc = QJsonDocument::fromJson(messagesJson);
    if (!doc.isArray())
        return out;
    out.valid = true;
    const BpeEncoding *cl = cl100k ? BpeEncoding::cl100kBase() : nullptr;
    const BpeEncoding *o2 = o200k ? BpeEncoding::o200kBase() : nullptr;
    out.cl100k = cl ? 0 : -1;
    out.o200k = o2 ? 0 : -1;
    for (const QJsonValue &m : doc.array()) {
        const QString text = ChatMessages::text(m.toObject().value(QLatin1String("content")));
        ++out.messages;
        out.chars += text.size();
        if (cl)
            out.cl100k += cl->count(text);
        if (o2)
            out.o200k += o2->count(text);
    }
    return out;
}

void PromptTokenEstimator::calibrate(const QList<ForecastRow> &rows, const QList<Counts> &counts, int minRows)
{
    m_byModel.clear();
    m_byGroup.clear();
    QHash<QString, Fit> byModel;
    QHash<QString, Fit> byGroup;
    QHash<QString, QString> modelGroup;
    for (qsizetype i = 0; i < rows.size() && i < counts.size(); ++i) {
        const ForecastRow &r = rows.at(i);
        const Counts &c = counts.at(i);
        if (r.replayed || r.promptTokens <= 0 || !c.valid)
            continue;
        const qint64 bpe = usesO200k(r.model) ? c.o200k : c.cl100k;
        if (bpe < 0)
            continue;
        const Sample s { double(bpe), double(c.chars), double(r.promptTokens) - MessageOverhead * c.messages,
                         double(r.promptTokens) };
        byModel[r.model].samples.append(s);
        modelGroup.insert(r.model, groupOf(r.model, r.provider));
    }
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        if (it.value().samples.size() < minRows)
            continue;
        TokenizerCalibration c = finish(encodingName(usesO200k(it.key())), hasExactEncoding(it.key()), it.value());
        c.model = it.key();
        c.source.clear();
        m_byModel.insert(it.key(), c);
        for (const QString &group : { modelGroup.value(it.key()), QStringLiteral("other") }) {
            Fit &g = byGroup[group];
            g.samples += it.value().samples;
            g.models.append(it.key());
        }
    }
    for (auto it = byGroup.begin(); it != byGroup.end(); ++it) {
        std::sort(it.value().models.begin(), it.value().models.end());
        m_byGroup.insert(it.key(), finish(QString(), false, it.value()));
    }
}

TokenizerCalibration PromptTokenEstimator::calibration(const QString &model, const PriceCatalog &catalog) const
{
    const auto own = m_byModel.constFind(model);
    if (own != m_byModel.constEnd())
        return *own;
    const bool exact = hasExactEncoding(model);
    const ModelInfo *info = catalog.find(model);
    TokenizerCalibration c;
    const auto group = m_byGroup.constFind(groupOf(model, info ? info->provider : QString()));
    if (group != m_byGroup.constEnd())
        c = *group;
    else if (!exact && m_byGroup.contains(QStringLiteral("other")))
        c = m_byGroup.value(QStringLiteral("other"));
    // else: its own encoding counts exactly (OpenAI), or an uncalibrated cl100k count with rows = 0
    c.model = model;
    c.exact = exact;
    c.encoding = encodingName(usesO200k(model));
    return c;
}

double PromptTokenEstimator::estimate(const TokenizerCalibration &calibration, const Counts &counts)
{
    if (!counts.valid)
        return -1.0;
    const qint64 bpe = calibration.encoding == QLatin1String("o200k_base") ? counts.o200k : counts.cl100k;
    if (bpe < 0)
        return -1.0;
    return MessageOverhead * counts.messages + calibration.ratio * double(bpe)
        + calibration.perChar * double(counts.chars);
}

QList<TokenizerCalibration> PromptTokenEstimator::loggedCalibrations() const
{
    QList<TokenizerCalibration> out = m_byModel.values();
    std::sort(out.begin(), out.end(), [](const TokenizerCalibration &a, const TokenizerCalibration &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.model < b.model;
    });
    return out;
}

} // namespace ShadowOptic
