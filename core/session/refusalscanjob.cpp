// SPDX-License-Identifier: MIT
#include "refusalscanjob.h"

#include "refusal/refusaldetector.h"
#include "session.h"
#include "store/projectstore.h"
#include "store/refusalstore.h"
#include "store/threadstore.h"

#include <QLocale>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {
constexpr int BatchRows = 2000;
}

struct RefusalScanJob::Batch
{
    qint64 total = -1; // counted on the first batch
    qint64 rows = 0;
    qint64 refusals = 0;
    qint64 lastRowId = 0;
    QString error;
};

RefusalScanJob::RefusalScanJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

QString RefusalScanJob::storedVerdict(const QString &answer, const QString &finishReason, int statusCode,
                                      const QString &prompt)
{
    if (answer.trimmed().isEmpty() && statusCode != 446 && finishReason != QLatin1String("content_filter"))
        return QStringLiteral(""); // no answer to judge (an error): scanned, shown as "–"
    static const RefusalDetector detector;
    RefusalDetector::Input in;
    in.responseText = answer;
    in.finishReason = finishReason;
    in.httpStatus = statusCode;
    in.promptText = prompt;
    const RefusalVerdict v = detector.detect(in);
    if (!v.hasRefusal())
        return QStringLiteral("none");
    return RefusalVerdict::kindToString(v.kind) + u':' + RefusalVerdict::typeToString(v.type);
}

bool RefusalScanJob::run(QString *error)
{
    m_project = session()->projectPath();
    if (m_project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    m_total = -1;
    m_scanned = 0;
    m_refusals = 0;
    m_lastRowId = 0;
    next();
    return true;
}

void RefusalScanJob::next()
{
    const QString project = m_project;
    const qint64 after = m_lastRowId;
    const bool count = m_total < 0;
    whenReady(QtConcurrent::run([project, after, count] {
                  Batch out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
                  if (!store)
                      return out;
                  const RefusalStore refusals(*store);
                  if (count)
                      out.total = refusals.unscannedCount();
                  QList<RefusalStore::Unscanned> rows;
                  if (!refusals.unscannedLogs(after, BatchRows, &rows, &out.error))
                      return out;
                  const QList<QString> verdicts
                      = QtConcurrent::blockingMapped(rows, [](const RefusalStore::Unscanned &r) {
                            return storedVerdict(r.answer, r.finishReason, r.statusCode, r.prompt);
                        });
                  QList<std::pair<qint64, QString>> stored;
                  stored.reserve(rows.size());
                  for (qsizetype i = 0; i < rows.size(); ++i) {
                      stored.append({ rows.at(i).rowId, verdicts.at(i) });
                      out.refusals += verdicts.at(i).startsWith(QLatin1String("full"))
                          || verdicts.at(i).startsWith(QLatin1String("partial"));
                  }
                  if (!rows.isEmpty() && !refusals.storeLogVerdicts(stored, &out.error))
                      return out;
                  out.rows = rows.size();
                  out.lastRowId = rows.isEmpty() ? after : rows.constLast().rowId;
                  return out;
              }),
              [this](const Batch &b) {
                  if (!b.error.isEmpty()) {
                      complete(State::Failed, tr("Cannot classify the logged answers: %1").arg(b.error));
                      return;
                  }
                  if (b.total >= 0)
                      m_total = b.total;
                  m_scanned += b.rows;
                  m_refusals += b.refusals;
                  m_lastRowId = b.lastRowId;
                  const QLocale locale;
                  reportProgress(m_total > 0 ? int(qMin<qint64>(1000, 1000 * m_scanned / m_total)) : 1000,
                                 tr("Classifying refusals: %1 of %2 logged answers")
                                     .arg(locale.toString(m_scanned), locale.toString(qMax(m_total, m_scanned))));
                  if (b.rows < BatchRows) {
                      complete(State::Succeeded);
                      return;
                  }
                  next();
              });
}

void RefusalScanJob::abort()
{
    // The batch in flight is still stored; its result no longer reaches next().
    complete(State::Cancelled);
}

} // namespace ShadowOptic
