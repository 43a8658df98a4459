// The erasure report as a document to hand over as proof: laid out for paper (a QTextDocument in the
// user's language), saved as PDF or text, or printed. It names the person only when the user chooses to
// (personLabel); otherwise by the pseudonym alone, as the audit log and the vault's evidence do.
#pragma once

#include "erase/ClientEraser.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QTextDocument;
class QWidget;

namespace coffer {

struct OutputRules;

class ErasureReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(coffer::ErasureReportDocument)
public:
    ErasureReportDocument(ErasureReport report, QString personLabel);

    // One copy that may still hold the person, as the report dialog and the document name it.
    struct CopyLine
    {
        QString name;   // "Backup of Monday, 23 November 2026, 14:05"
        QString detail; // where it is
    };
    static CopyLine copyLine(const RemainingCopy& copy);
    // What the erasure means, in a sentence or two for the user, drawn from its checks and the copies that
    // may still hold the person: reassuring only when every check passed. personLabel empty: "the person".
    static QString summary(const ErasureReport& report, const QString& personLabel);

    QString html() const;
    // A PDF when the name ends in .pdf, otherwise the text of ErasureReport::toText(); written whole or
    // not at all, by the rules every output path keeps. Throws Error(Failed) saying why.
    void save(const QString& path, const OutputRules& rules) const;
    void print(QPrinter* printer) const;

    // "Save Report…": asks where (PDF or text), saves, and says so when it could not.
    static void saveWithDialog(QWidget* parent, const ErasureReport& report, const QString& personLabel,
                               const OutputRules& rules);
    // "Print…": the system's print dialog, then the document on the printer chosen.
    static void printWithDialog(QWidget* parent, const ErasureReport& report, const QString& personLabel);

private:
    void fill(QTextDocument& document) const;

    ErasureReport m_report;
    QString m_personLabel;
};

} // namespace coffer
