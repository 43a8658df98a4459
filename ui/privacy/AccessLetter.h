// The cover letter of an access pack (GDPR Art. 15): what the business holds about the person, why and
// on what basis, who receives it, how long it is kept, where it came from, the person's rights and the
// authority they may complain to, and who accessed or changed their record (by role and date only).
// Laid out for paper with QTextDocument and written as PDF with QPdfWriter, in the language of the
// translator installed and the default QLocale: the app writes it in its own language, coffer-cli in
// the one asked for (LanguageScope). Qt Gui, never Widgets: coffer-cli links it (coffer_documents).
#pragma once

#include "privacy/AccessPack.h"
#include "store/OutputPath.h"

#include <QCoreApplication>

namespace coffer {

class AccessLetter
{
    Q_DECLARE_TR_FUNCTIONS(coffer::AccessLetter)
public:
    explicit AccessLetter(AccessLetterContents contents);

    QString title() const;
    QString html() const;
    // A new PDF at path, whole or not at all. Throws Error(Failed) saying why.
    void writePdf(const QString& path) const;

private:
    QString letterhead() const;
    QString opening() const;
    QString dataHeld() const;
    QString profile() const;
    QString notes() const;
    QString files() const;
    QString consents() const;
    QString purposes() const;
    QString statements() const;
    QString rights() const;
    QString history() const;
    QString closing() const;

    static QString day(const QDate& date);
    static QString day(const QDateTime& time);
    static QString action(const QString& action);
    static QString role(const QString& role);

    AccessLetterContents m_c;
};

// What every letter of the business shares: a paragraph of plain text (line breaks kept), the sender's
// block with the day of the letter, and the signature.
QString paragraphHtml(const QString& text);
QString senderHtml(const ControllerDetails& sender, const QDate& day);
QString signatureHtml(const ControllerDetails& sender);

// Writes html as an A4 PDF titled title at path (a new file), whole or not at all: the letters share it.
void writePdfDocument(const QString& html, const QString& title, const QString& path,
                      Overwrite overwrite = Overwrite::Refuse);

} // namespace coffer
