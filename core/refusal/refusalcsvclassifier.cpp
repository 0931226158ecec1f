// SPDX-License-Identifier: MIT
#include "refusalcsvclassifier.h"

#include "refusalcsvreader.h"
#include "refusaldetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

namespace ShadowOptic {

namespace {

qsizetype ensureColumn(QStringList &header, const QString &name)
{
    const qsizetype at = header.indexOf(name);
    if (at >= 0)
        return at;
    header.append(name);
    return header.size() - 1;
}

void writeRecord(QTextStream &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out << u',';
        out << RefusalCsvClassifier::escapeField(fields.at(i));
    }
    out << "\r\n";
}
} // namespace

QString RefusalCsvClassifier::escapeField(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

RefusalCsvResult RefusalCsvClassifier::classify(const QString &inPath, const QString &outPath,
                                                const QString &responseColumn, const QString &promptColumn,
                                                const Progress &progress)
{
    RefusalCsvResult result;
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        result.error = tr("File '%1' is not readable: %2.").arg(inPath, in.errorString());
        return result;
    }
    RefusalCsvReader reader(&in);
    QStringList header;
    if (!reader.readRecord(header)) {
        result.error = reader.error().isEmpty() ? tr("File '%1' is empty (no header row).").arg(inPath)
                                                : tr("File '%1': %2").arg(inPath, reader.error());
        return result;
    }
    const qsizetype responseAt = header.indexOf(responseColumn);
    if (responseAt < 0) {
        result.error = tr("File '%1' has no column '%2'. Available columns: %3.")
                           .arg(inPath, responseColumn, header.join(QLatin1String(", ")));
        return result;
    }
    qsizetype promptAt = -1;
    if (!promptColumn.isEmpty()) {
        promptAt = header.indexOf(promptColumn);
        if (promptAt < 0) {
            result.error = tr("File '%1' has no column '%2'. Available columns: %3.")
                               .arg(inPath, promptColumn, header.join(QLatin1String(", ")));
            return result;
        }
    }
    const qsizetype inputColumns = header.size();
    const qsizetype kindAt = ensureColumn(header, QStringLiteral("refusal"));
    const qsizetype typeAt = ensureColumn(header, QStringLiteral("refusal_type"));
    const qsizetype ruleAt = ensureColumn(header, QStringLiteral("refusal_rule"));

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = tr("File '%1' is not writable: %2.").arg(outPath, out.errorString());
        return result;
    }
    QTextStream stream(&out);
    stream.setEncoding(QStringConverter::Utf8);
    writeRecord(stream, header);

    const RefusalDetector detector;
    QStringList fields;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.front().isEmpty())
            continue; // blank line
        if (fields.size() < inputColumns)
            fields.resize(inputColumns);
        if (fields.size() < header.size())
            fields.resize(header.size());
        RefusalDetector::Input input;
        input.responseText = fields.at(responseAt);
        if (promptAt >= 0)
            input.promptText = fields.at(promptAt);
        const RefusalVerdict v = detector.detect(input);
        fields[kindAt] = RefusalVerdict::kindToString(v.kind);
        fields[typeAt] = RefusalVerdict::typeToString(v.type);
        fields[ruleAt] = v.rule;
        writeRecord(stream, fields);
        ++result.rows;
        switch (v.kind) {
        case RefusalKind::None:
            ++result.none;
            break;
        case RefusalKind::Partial:
            ++result.partial;
            break;
        case RefusalKind::Full:
            ++result.full;
            break;
        }
        if (progress && result.rows % 1000 == 0 && !progress(result.rows)) {
            result.canceled = true;
            out.cancelWriting();
            return result;
        }
    }
    if (!reader.error().isEmpty()) {
        result.error = tr("File '%1': %2").arg(inPath, reader.error());
        out.cancelWriting();
        return result;
    }
    stream.flush();
    if (!out.commit())
        result.error = tr("File '%1' could not be written: %2.").arg(outPath, out.errorString());
    return result;
}

} // namespace ShadowOptic
