// SPDX-License-Identifier: MIT
#include "outputtokenmodel.h"

#include "catalog/pricecatalog.h"

#include <QSet>

#include <algorithm>

namespace ShadowOptic {

namespace {

QString key(const QString &model, const QString &useCase)
{
    return model + QLatin1Char('\n') + useCase;
}

} // namespace

void OutputTokenModel::learn(const QList<ForecastRow> &rows, int minRows)
{
    m_minRows = qMax(1, minRows);
    m_byModelUseCase.clear();
    m_byModel.clear();
    m_byUseCase.clear();
    m_all = Sum();
    QSet<QString> useCases;
    for (const ForecastRow &r : rows) {
        if (r.promptTokens <= 0 || r.completionTokens <= 0)
            continue;
        const double ratio = double(r.completionTokens) / double(r.promptTokens);
        for (Sum *s :
             { &m_byModelUseCase[key(r.model, r.useCase)], &m_byModel[r.model], &m_byUseCase[r.useCase], &m_all }) {
            s->completion += double(r.completionTokens);
            s->ratio += ratio;
            ++s->rows;
            // Replayed answers say nothing about production's prompt cache.
            if (!r.replayed) {
                s->prompt += double(r.promptTokens);
                s->cacheRead += double(r.cacheReadTokens);
            }
        }
        useCases.insert(r.useCase);
    }
    QStringList sorted(useCases.begin(), useCases.end());
    std::sort(sorted.begin(), sorted.end());
    m_useCaseCodes.clear();
    for (int i = 0; i < sorted.size(); ++i)
        m_useCaseCodes.insert(sorted.at(i), i);
}

OutputTokenModel::History OutputTokenModel::toHistory(const Sum &s, int level)
{
    History h;
    h.rows = s.rows;
    h.level = level;
    if (s.rows > 0) {
        h.meanCompletion = s.completion / s.rows;
        h.meanRatio = s.ratio / s.rows;
    }
    return h;
}

OutputTokenModel::History OutputTokenModel::history(const QString &model, const QString &useCase) const
{
    const auto exact = m_byModelUseCase.constFind(key(model, useCase));
    if (exact != m_byModelUseCase.constEnd() && exact->rows >= m_minRows)
        return toHistory(*exact, 0);
    const auto byModel = m_byModel.constFind(model);
    if (byModel != m_byModel.constEnd() && byModel->rows >= m_minRows)
        return toHistory(*byModel, 1);
    const auto byUseCase = m_byUseCase.constFind(useCase);
    if (byUseCase != m_byUseCase.constEnd() && byUseCase->rows >= m_minRows)
        return toHistory(*byUseCase, 2);
    return toHistory(m_all, 3);
}

double OutputTokenModel::cachedInputShare(const QString &model, const PriceCatalog &catalog) const
{
    const ModelInfo *info = catalog.find(model);
    if (!info || info->cacheReadPer1k < 0)
        return 0.0;
    const auto byModel = m_byModel.constFind(model);
    const Sum &s
        = byModel != m_byModel.constEnd() && byModel->prompt > 0 && byModel->rows >= m_minRows ? *byModel : m_all;
    return s.prompt > 0 ? std::clamp(s.cacheRead / s.prompt, 0.0, 1.0) : 0.0;
}

} // namespace ShadowOptic
