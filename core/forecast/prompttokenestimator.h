// SPDX-License-Identifier: MIT
#pragma once

#include "forecastreport.h"
#include "forecastrow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace ShadowOptic {

class PriceCatalog;

/**
 * A request's prompt tokens on any model before it is sent, from the BPE count of its messages' text in the model's
 * own encoding (OpenAI's cl100k_base / o200k_base, else cl100k_base) and its length, calibrated on the logs' real
 * prompt tokens (the logs are the ground truth): tokens = overhead per message + a × BPE + b × characters, a and b
 * non-negative least squares per logged model. A model that was not logged borrows the fit of the logged models with
 * its encoding (OpenAI) or its provider, else of every other one; an OpenAI model with nothing to borrow from is
 * counted exactly. The calibration reports its median error.
 */
class PromptTokenEstimator
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PromptTokenEstimator)

public:
    static constexpr int MessageOverhead = 4; // role and separators per chat message

    /** The BPE counts of one request's message text. */
    struct Counts
    {
        qint64 cl100k = -1; // -1: not counted
        qint64 o200k = -1;
        qint64 chars = 0; // UTF-16 code units of the text
        int messages = 0;
        bool valid = false; // the messages could be read
    };

    /** Counts messagesJson (as LogRecord stores it) in the encodings asked for. */
    static Counts count(const QByteArray &messagesJson, bool cl100k, bool o200k);
    /** Whether a model has its own encoding, and which. */
    static bool usesO200k(const QString &model);
    static bool hasExactEncoding(const QString &model);

    /** Calibrates every logged model with at least minRows rows that have counts (rows[i] ↔ counts[i]). */
    void calibrate(const QList<ForecastRow> &rows, const QList<Counts> &counts, int minRows = 20);
    /** How model's prompt tokens are estimated (its own calibration, a sibling's of the same provider, the pooled
     *  one, or the exact encoding). */
    TokenizerCalibration calibration(const QString &model, const PriceCatalog &catalog) const;
    /** Estimated prompt tokens of a request on model; -1 when the counts lack the encoding it needs. */
    static double estimate(const TokenizerCalibration &calibration, const Counts &counts);
    /** The logged models' own calibrations, most rows first. */
    QList<TokenizerCalibration> loggedCalibrations() const;

private:
    QHash<QString, TokenizerCalibration> m_byModel; // logged models
    QHash<QString, TokenizerCalibration> m_byGroup; // "enc:o200k_base", "provider:anthropic", "other"
};

} // namespace ShadowOptic
