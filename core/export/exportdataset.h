// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace ShadowOptic {

/** What an export holds. Code compares Value; name() is the word of `export --what` ("models", "replays", …).
 *  Each dataset has one fixed list of columns, the same in CSV (header) and JSON (object keys, in this order). */
class ExportDataset
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ExportDataset)
public:
    enum class Value {
        Models, // per-model results of a run, as the Trade-off panel shows them
        Replays, // one row per replayed answer
        Recommendations, // stored recommendations, one row per candidate
        Clusters, // refusal clusters
        Audit, // the rollout audit log
    };
    Q_ENUM(Value)

    struct Column
    {
        QString key;
        bool redactable = false; // free text that may hold personal data (prompts, answers, notes)
    };

    static QList<Value> all();
    static QString name(Value dataset);
    static Value fromName(const QString &name, bool *ok = nullptr);
    /** Translated, for the dialog: "Per-model results", "Replayed answers", … */
    static QString title(Value dataset);
    /** Models and replays belong to a replay run (models: the newest when none is given; replays: every run). */
    static bool takesRun(Value dataset);
    static QList<Column> columns(Value dataset);
};

} // namespace ShadowOptic
