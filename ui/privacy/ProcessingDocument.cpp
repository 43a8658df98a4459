#include "ProcessingDocument.h"

#include "AccessLetter.h"
#include "privacy/Purposes.h"
#include "widgets/LocaleText.h"

namespace coffer {

namespace {

QString row(const QString& label, const QString& value, const QString& missing)
{
    return QStringLiteral("<tr><td width=\"32%\" valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.trimmed().isEmpty() ? QStringLiteral("<i>%1</i>").arg(missing.toHtmlEscaped())
                                                              : paragraphHtml(value));
}

} // namespace

QString ProcessingDocument::title() const
{
    return tr("Record of processing activities");
}

QString ProcessingDocument::html() const
{
    const ControllerDetails& c = m_record.controller;
    const QString missing = tr("not filled in yet");
    QString html =
        QStringLiteral("<h1>%1</h1><p>%2</p>")
            .arg(title().toHtmlEscaped(), tr("GDPR Article 30(1). Made on %1 by Coffer from the vault's records.")
                                              .arg(LocaleText::date(m_record.made.toLocalTime().date()))
                                              .toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(tr("Controller").toHtmlEscaped());
    html += row(tr("Name"), c.name, missing);
    html += row(tr("Contact details"), QStringList{c.address, c.email, c.phone}.join(u'\n'), missing);
    html += row(tr("Data protection contact"), c.protectionContact, missing);
    html += QStringLiteral("</table>");
    for (const ProcessingEntry& e : m_record.entries) {
        html += QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(e.purpose.name.toHtmlEscaped());
        html += row(tr("Purpose"), e.purpose.description, missing);
        html += row(tr("Lawful basis"),
                    QStringLiteral("%1 (%2)").arg(basisDisplayName(e.purpose.basis), basisArticle(e.purpose.basis)),
                    missing);
        html += row(tr("Categories of data subjects"), e.subjects, missing);
        html += row(tr("Categories of personal data"), e.data, missing);
        html += row(tr("Recipients"), e.recipients, missing);
        html += row(tr("Transfers outside the EEA"), e.transfers, missing);
        html += row(tr("Time limit for erasure"), e.retention, missing);
        html += QStringLiteral("</table>");
    }
    if (m_record.entries.empty())
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(tr("No purposes of processing are defined yet.").toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>%2")
                .arg(tr("Technical and organisational security measures").toHtmlEscaped(),
                     paragraphHtml(m_record.security));
    return html;
}

void ProcessingDocument::savePdf(const QString& path, Overwrite overwrite) const
{
    writePdfDocument(html(), title(), path, overwrite);
}

} // namespace coffer
