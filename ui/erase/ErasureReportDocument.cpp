#include "ErasureReportDocument.h"

#include "Error.h"
#include "backup/BackupListModel.h"
#include "store/OutputPath.h"
#include "tasks/ReportDialog.h"
#include "widgets/Palette.h"
#include "widgets/UserFiles.h"

#include <QDir>
#include <QFileDialog>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <memory>

namespace coffer {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:16px; color:%1'>%2</td><td>%3</td></tr>")
        .arg(Palette::name(ColorRole::Muted), escaped(label), escaped(value));
}

bool wantsPdf(const QString& path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

} // namespace

ErasureReportDocument::ErasureReportDocument(ErasureReport report, QString personLabel)
    : m_report(std::move(report))
    , m_personLabel(std::move(personLabel))
{
}

ErasureReportDocument::CopyLine ErasureReportDocument::copyLine(const RemainingCopy& copy)
{
    const QString path = QDir::toNativeSeparators(copy.path);
    switch (copy.kind) {
    case RemainingCopy::Kind::Backup:
        return {tr("Backup of %1").arg(BackupListModel::displayTime(copy.time)), path};
    case RemainingCopy::Kind::Export:
        return {tr("Export of %1 (%2)").arg(BackupListModel::displayTime(copy.time), copy.detail),
                path.isEmpty() ? tr("Where it was saved is not recorded.") : tr("Saved at %1").arg(path)};
    case RemainingCopy::Kind::RestoredCopy:
        return {tr("Restored copy kept as a separate vault"), path};
    case RemainingCopy::Kind::UnreachableFolder:
        break;
    }
    return {tr("Backup folder not reachable"), path};
}

QString ErasureReportDocument::summary(const ErasureReport& report, const QString& personLabel)
{
    const QString who = personLabel.isEmpty() ? tr("the person") : personLabel;
    QString text =
        report.passed()
            ? tr("Nothing of %1 is left in this vault: their records are deleted, and a search of the whole vault "
                 "file found no trace of them.")
                  .arg(who)
            : tr("The erasure of %1 is not complete: their records are deleted, but a check afterwards failed, so "
                 "traces of them may remain in the vault file.")
                  .arg(who);
    if (!report.remaining.empty())
        text += QLatin1Char(' ') + tr("Copies made before the erasure may still hold them; they are listed below.");
    return text;
}

QString ErasureReportDocument::html() const
{
    const ErasureReport& r = m_report;
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Erasure report")));
    h += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    h += row(tr("Vault"), r.vaultName);
    h += row(tr("Person"),
             m_personLabel.isEmpty() ? r.pseudonym : tr("%1 (pseudonym %2)").arg(m_personLabel, r.pseudonym));
    h += row(tr("Erased"), BackupListModel::displayTime(r.erasedAt) + QStringLiteral(" (") +
                               r.erasedAt.toUTC().toString(Qt::ISODate) + QLatin1Char(')'));
    h += row(tr("Erased by"), r.erasedBy);
    h += row(tr("Records deleted"), QString::number(r.rowsRemoved));
    h += row(tr("Result"), r.passed() ? tr("Every check passed") : tr("A check failed"));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>").arg(escaped(summary(r, m_personLabel)));
    if (m_personLabel.isEmpty())
        h += QStringLiteral("<p style='color:%1'>%2</p>")
                 .arg(Palette::name(ColorRole::Muted),
                      escaped(tr("The person is named by a pseudonym: the audit log and the vault's record of this "
                                 "erasure use the same one, and it cannot be turned back into their name.")));

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>")
             .arg(escaped(tr("What Coffer checked after deleting")));
    for (const ErasureCheck& c : r.checks) {
        QString name = c.name;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        h += QStringLiteral("<tr><td style='color:%1; font-weight:bold'>%2</td><td><b>%3</b>%4</td></tr>")
                 .arg(Palette::name(c.passed ? ColorRole::Success : ColorRole::Error),
                      c.passed ? QStringLiteral("✓") : QStringLiteral("✗"), escaped(name),
                      c.detail.isEmpty() ? QString() : QStringLiteral("<br>") + escaped(c.detail));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Copies Coffer made that may still hold the person")));
    if (!r.remaining.empty()) { // when there is none, the advice says so
        h += QStringLiteral("<ul>");
        for (const RemainingCopy& c : r.remaining) {
            const CopyLine line = copyLine(c);
            h += QStringLiteral("<li>%1<br><span style='color:%2'>%3</span></li>")
                     .arg(escaped(line.name), Palette::name(ColorRole::Muted), escaped(line.detail));
        }
        h += QStringLiteral("</ul>");
    }
    for (const QString& advice : r.advice())
        h += QStringLiteral("<p>%1</p>").arg(escaped(advice));

    h += QStringLiteral("<p style='color:%1'>%2</p>")
             .arg(Palette::name(ColorRole::Muted),
                  escaped(tr("SHA-256 of this report as kept in the vault: %1").arg(r.sha256)));
    return h;
}

void ErasureReportDocument::fill(QTextDocument& document) const
{
    document.setHtml(html());
    document.setMetaInformation(QTextDocument::DocumentTitle, tr("Erasure report"));
}

void ErasureReportDocument::save(const QString& path, const OutputRules& rules) const
{
    const QString target = checkOutputPath(path, rules);
    OutputFile out(target, rules.overwrite);
    if (!out.open())
        throw Error(ErrorCode::Failed, tr("The report could not be saved: %1").arg(out.errorString()));
    if (wantsPdf(target)) {
        QPdfWriter writer(&out.device());
        writer.setTitle(tr("Erasure report"));
        writer.setCreator(QStringLiteral("Coffer"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        QTextDocument document;
        fill(document);
        document.print(&writer);
    } else {
        const QByteArray text = m_report.toText(m_personLabel).toUtf8();
        if (out.device().write(text) != text.size())
            throw Error(ErrorCode::Failed, tr("The report could not be saved: %1").arg(out.errorString()));
    }
    if (!out.commit())
        throw Error(ErrorCode::Failed, tr("The report could not be saved: %1").arg(out.errorString()));
}

void ErasureReportDocument::print(QPrinter* printer) const
{
    QTextDocument document;
    fill(document);
    document.print(printer);
}

void ErasureReportDocument::saveWithDialog(QWidget* parent, const ErasureReport& report, const QString& personLabel,
                                           const OutputRules& rules)
{
    const QString base = UserFiles::safeFileName(tr("Erasure report")) + UserFiles::fileNameStamp(report.erasedAt);
    const QString pdf = tr("PDF documents (*.pdf)"), text = tr("Text files (*.txt)");
    auto* dialog = new QFileDialog(parent, tr("Save the Erasure Report"),
                                   QDir(UserFiles::documentsFolder()).filePath(base + QStringLiteral(".pdf")),
                                   pdf + QStringLiteral(";;") + text);
    dialog->setObjectName(QStringLiteral("saveReportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, pdf](const QString& filter) {
        dialog->setDefaultSuffix(filter == pdf ? QStringLiteral("pdf") : QStringLiteral("txt"));
    });
    auto document = std::make_shared<ErasureReportDocument>(report, personLabel);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [parent, document, rules](const QString& file) {
        OutputRules replace = rules;
        replace.overwrite = Overwrite::Replace; // the file dialog asked before a file was replaced
        try {
            document->save(file, replace);
        } catch (const Error& e) {
            ReportDialog::showFailure(parent, tr("Save the Erasure Report"), tr("The report could not be saved"),
                                      e.message(), tr("Choose another folder or name, and try again."));
        }
    });
    dialog->open();
}

void ErasureReportDocument::printWithDialog(QWidget* parent, const ErasureReport& report, const QString& personLabel)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Erasure report"));
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printReportDialog"));
    dialog->setWindowTitle(tr("Print the Erasure Report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto document = std::make_shared<ErasureReportDocument>(report, personLabel);
    QObject::connect(dialog, &QDialog::accepted, parent, [printer, document] { document->print(printer.get()); });
    dialog->open();
}

} // namespace coffer
