// SPDX-License-Identifier: MIT
#include "reportstamp.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ShadowOptic {

namespace {

const char Namespace[] = "https://shadow-optic.app/ns/report/1/";

QByteArray element(const QByteArray &xml, const char *name)
{
    const QByteArray open = QByteArray("<so:") + name + '>';
    const QByteArray close = QByteArray("</so:") + name + '>';
    const qsizetype from = xml.indexOf(open);
    if (from < 0)
        return {};
    const qsizetype to = xml.indexOf(close, from);
    return to < 0 ? QByteArray() : xml.mid(from + open.size(), to - from - open.size());
}

QByteArray escaped(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray ReportStamp::toXmp() const
{
    const QByteArray evidenceJson = QJsonDocument(evidence.values).toJson(QJsonDocument::Compact);
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:so=\"";
    x += Namespace;
    x += "\">\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(title)
        + "</rdf:li></rdf:Alt></dc:title>\n";
    x += "<xmp:CreatorTool>Shadow Optic</xmp:CreatorTool>\n";
    x += "<xmp:CreateDate>" + QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODate).toLatin1()
        + "</xmp:CreateDate>\n";
    x += "<so:fingerprint>" + fingerprint().toLatin1() + "</so:fingerprint>\n";
    x += "<so:created>" + QByteArray::number(createdAtMs) + "</so:created>\n";
    x += "<so:project>" + escaped(projectName) + "</so:project>\n";
    x += "<so:evidence>" + evidenceJson.toBase64() + "</so:evidence>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

bool ReportStamp::fromPdf(const QByteArray &pdf, ReportStamp *stamp, QString *error)
{
    if (!pdf.startsWith("%PDF-")) {
        *error = tr("This is not a PDF file.");
        return false;
    }
    if (!pdf.contains(Namespace)) {
        *error = tr("This PDF was not made by Shadow Optic (it carries no evidence fingerprint).");
        return false;
    }
    const QByteArray fingerprint = element(pdf, "fingerprint");
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromBase64(element(pdf, "evidence").trimmed()), &parseError);
    ReportStamp out;
    out.evidence.values = doc.object();
    out.createdAtMs = element(pdf, "created").trimmed().toLongLong();
    out.projectName = QString::fromUtf8(element(pdf, "project"))
                          .replace(QLatin1String("&lt;"), QLatin1String("<"))
                          .replace(QLatin1String("&gt;"), QLatin1String(">"))
                          .replace(QLatin1String("&quot;"), QLatin1String("\""))
                          .replace(QLatin1String("&amp;"), QLatin1String("&"));
    if (!doc.isObject() || out.evidence.isEmpty() || out.fingerprint().toLatin1() != fingerprint.trimmed()) {
        *error = tr("The report's evidence fingerprint is damaged (it does not match the evidence it lists).");
        return false;
    }
    *stamp = out;
    return true;
}

} // namespace ShadowOptic
