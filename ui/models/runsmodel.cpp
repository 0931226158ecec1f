// SPDX-License-Identifier: MIT
#include "runsmodel.h"

#include "docks/replaypage.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace ShadowOptic {

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunsModel::~RunsModel() = default;

void RunsModel::setRuns(const QList<RunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunsModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id() == runId)
            return i;
    return -1;
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &s = m_runs.at(index.row());
    const ReplayRunInfo &r = s.info;
    const int column = index.column();
    if (role == RunIdRole)
        return s.id();
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case IdColumn:
        case RequestsColumn:
        case FailedColumn:
        case SpentColumn:
        case BudgetColumn:
        case JudgedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole && column == NameColumn)
        return s.name;
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn)
            return s.name.isEmpty() ? tr("Not named yet: press F2 or double-click to name it.") : s.name;
        if (column == TargetColumn || column == ModelsColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::ForegroundRole && column == NameColumn && s.name.isEmpty())
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    const QLocale l;
    const auto time = [&](qint64 ms) -> QVariant {
        if (raw)
            return ms;
        return ms > 0 ? l.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
    };
    switch (column) {
    case IdColumn:
        return raw ? QVariant(s.id()) : QVariant(QString::number(s.id()));
    case NameColumn:
        return raw ? QVariant(s.displayName().toLower()) : QVariant(s.displayName());
    case StatusColumn:
        return ReplayPage::statusName(r.status);
    case KindColumn:
        return s.isJudgePass() ? tr("Judge pass") : tr("Replay");
    case RequestsColumn:
        return raw ? QVariant(r.completed)
                   : QVariant(tr("%1 of %2").arg(l.toString(r.completed), l.toString(r.planned)));
    case FailedColumn:
        return raw ? QVariant(r.failed) : QVariant(l.toString(r.failed));
    case SpentColumn:
        return raw ? QVariant(r.spentUsd) : QVariant(QString(QStringLiteral("$") + l.toString(r.spentUsd, 'f', 4)));
    case BudgetColumn:
        if (raw)
            return r.budgetUsd;
        return r.budgetUsd > 0 ? QString(QStringLiteral("$") + l.toString(r.budgetUsd, 'f', 2)) : tr("none");
    case JudgedColumn:
        if (raw)
            return s.isJudgePass() ? qint64(-1) : s.judgedAnswers;
        if (s.isJudgePass())
            return QString();
        return s.judged() ? l.toString(s.judgedAnswers) : tr("not judged");
    case ModelsColumn:
        return r.models.join(QStringLiteral(", "));
    case TargetColumn:
        return r.target.describe();
    case CreatedColumn:
        return time(r.createdAtMs);
    case FinishedColumn:
        return time(s.finishedAtMs);
    }
    return {};
}

bool RunsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RunSummary &s = m_runs.at(index.row());
    const QString name = value.toString().trimmed();
    if (name == s.name)
        return false;
    emit renameRequested(s.id(), name);
    return true;
}

Qt::ItemFlags RunsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RequestsColumn:
            return tr("Results stored of the requests planned (cache hits and failures included).");
        case JudgedColumn:
            return tr("Answers of the run with a valid judge score.");
        case KindColumn:
            return tr("A replay of logged prompts, or a pass of judge calls that graded replayed answers.");
        default:
            return {};
        }
    }
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case RequestsColumn:
        return tr("Requests");
    case FailedColumn:
        return tr("Failed");
    case SpentColumn:
        return tr("Spent");
    case BudgetColumn:
        return tr("Budget");
    case JudgedColumn:
        return tr("Judged");
    case ModelsColumn:
        return tr("Models");
    case TargetColumn:
        return tr("Target");
    case CreatedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    }
    return {};
}

} // namespace ShadowOptic
