#include "AccessLetter.h"

#include "Error.h"
#include "clients/ClientLabels.h"
#include "privacy/RequestLabels.h"
#include "store/OutputPath.h"
#include "vault/Role.h"
#include "widgets/LocaleText.h"
#include "widgets/Palette.h"

#include <QPdfWriter>
#include <QTextDocument>

namespace coffer {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString muted(const QString& text)
{
    return QStringLiteral("<p style='color:%1'>%2</p>").arg(Palette::name(ColorRole::Muted), esc(text));
}

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:16px; color:%1'>%2</td><td>%3</td></tr>")
        .arg(Palette::name(ColorRole::Muted), esc(label), esc(value));
}

// A table of rows, each a list of cells; the first row is the header.
QString table(const QList<QStringList>& rows)
{
    QString h = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        h += QStringLiteral("<tr>");
        for (const QString& cell : rows[i])
            h += i == 0 ? QStringLiteral("<th align='left'>%1</th>").arg(esc(cell))
                        : QStringLiteral("<td valign='top'>%1</td>").arg(esc(cell));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

AccessLetter::AccessLetter(AccessLetterContents contents)
    : m_c(std::move(contents))
{
}

QString AccessLetter::title() const
{
    return tr("Your personal data held by %1").arg(m_c.controller.name.isEmpty() ? tr("us") : m_c.controller.name);
}

QString AccessLetter::html() const
{
    return letterhead() + opening() + dataHeld() + purposes() + statements() + rights() + history() + closing();
}

void AccessLetter::writePdf(const QString& path) const
{
    writePdfDocument(html(), title(), path);
}

void writePdfDocument(const QString& html, const QString& title, const QString& path, Overwrite overwrite)
{
    OutputFile out(path, overwrite);
    const auto fail = [&] {
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("coffer::AccessLetter", "The letter could not be written: %1")
                         .arg(out.errorString()));
    };
    if (!out.open())
        throw fail();
    {
        QPdfWriter writer(&out.device());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Coffer"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(html);
        document.setMetaInformation(QTextDocument::DocumentTitle, title);
        document.print(&writer);
    }
    if (!out.commit())
        throw fail();
}

QString paragraphHtml(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString senderHtml(const ControllerDetails& sender, const QDate& day)
{
    QString h = QStringLiteral("<p><b>%1</b>").arg(esc(sender.name));
    for (const QString& line : {sender.address, sender.email, sender.phone})
        if (!line.isEmpty())
            h += QStringLiteral("<br>") + esc(line);
    return h + QStringLiteral("</p><p align='right'>%1</p>").arg(esc(QLocale().toString(day, QLocale::LongFormat)));
}

QString signatureHtml(const ControllerDetails& sender)
{
    return QStringLiteral("<p>%1<br><b>%2</b></p>")
        .arg(esc(QCoreApplication::translate("coffer::AccessLetter", "Yours sincerely,")), esc(sender.name));
}

QString AccessLetter::letterhead() const
{
    QString h = senderHtml(m_c.controller, m_c.prepared);
    h += QStringLiteral("<p>%1").arg(esc(m_c.client.displayName));
    if (!m_c.client.address.isEmpty())
        h += QStringLiteral("<br>") + esc(m_c.client.address);
    h += QStringLiteral("</p><h2>%1</h2>").arg(esc(title()));
    return h;
}

QString AccessLetter::opening() const
{
    const DataRequest& r = m_c.request;
    QString h =
        paragraphHtml(tr("On %1 you asked us (%2) which personal data about you we hold. This letter answers your "
                         "request under Article 15 of the General Data Protection Regulation (GDPR).")
                          .arg(day(r.received), RequestLabels::channel(r.channel).toLower()));
    h += paragraphHtml(
        tr("A complete copy of your data is enclosed as the file %1: a zip archive in standard formats (JSON "
           "and CSV, with your files as they were given to us) that any computer can open.")
            .arg(m_c.exportFileName));
    h += muted(tr("SHA-256 fingerprint of the copy's contents list (manifest.json): %1").arg(m_c.exportSha256));
    return h;
}

QString AccessLetter::dataHeld() const
{
    return heading(tr("The data we hold about you")) + profile() + notes() + files() + consents();
}

QString AccessLetter::profile() const
{
    const Client& c = m_c.client;
    QString h = QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='3'>").arg(esc(tr("Your record")));
    h += row(tr("Name"), c.displayName);
    h += row(tr("Given name"), c.givenName);
    h += row(tr("Family name"), c.familyName);
    h += row(tr("Organisation"), c.organisation);
    h += row(tr("Email"), c.emails.join(QStringLiteral(", ")));
    h += row(tr("Phone"), c.phones.join(QStringLiteral(", ")));
    h += row(tr("Address"), c.address);
    h += row(tr("Country"), c.country.isEmpty() ? QString() : LocaleText::countryName(c.country));
    h += row(tr("Tags"), c.tags.join(QStringLiteral(", ")));
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        h += row(it.key(), it.value());
    h += row(tr("Retention category"), c.retention);
    h += row(tr("Record created"), day(c.created));
    h += row(tr("Last changed"), day(c.updated));
    if (c.restricted)
        h += row(tr("Processing"), tr("Restricted: your data is only stored, not otherwise used."));
    return h + QStringLiteral("</table>");
}

QString AccessLetter::notes() const
{
    QString h = QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Notes about you (%n)", nullptr, int(m_c.notes.size()))));
    if (m_c.notes.empty())
        return h + paragraphHtml(tr("We hold no notes about you."));
    QList<QStringList> rows{{tr("Date"), tr("Kind"), tr("Note")}};
    for (const Note& n : m_c.notes)
        rows.append({day(n.time), ClientLabels::noteKind(n.kind), n.text});
    return h + table(rows);
}

QString AccessLetter::files() const
{
    QString h = QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Files (%n)", nullptr, int(m_c.files.size()))));
    if (m_c.files.empty())
        return h + paragraphHtml(tr("We hold no files about you."));
    QList<QStringList> rows{{tr("Added"), tr("File"), tr("Size")}};
    for (const StoredFile& f : m_c.files)
        rows.append({day(f.created), f.name, QLocale().formattedDataSize(f.size)});
    return h + table(rows) + paragraphHtml(tr("The files themselves are in the enclosed copy."));
}

QString AccessLetter::consents() const
{
    QString h =
        QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Your consents (%n)", nullptr, int(m_c.consents.size()))));
    if (m_c.consents.empty())
        return h + paragraphHtml(tr("We have recorded no consent from you."));
    QList<QStringList> rows{{tr("Date"), tr("Purpose"), tr("Your answer"), tr("How it was given")}};
    for (const Consent& c : m_c.consents)
        rows.append({day(c.time), c.purpose, ClientLabels::consentState(c.state), c.source});
    return h + table(rows);
}

QString AccessLetter::purposes() const
{
    QString h = heading(tr("Why we hold your data and on what legal basis"));
    if (!m_c.controller.purposes.isEmpty())
        h += paragraphHtml(m_c.controller.purposes);
    QStringList consented;
    for (const Consent& c : m_c.consents)
        if (c.state == ConsentState::Granted && !consented.contains(c.purpose))
            consented << c.purpose;
    if (!consented.isEmpty())
        h += paragraphHtml(
            tr("On the basis of your consent (GDPR Art. 6(1)(a)), which you may withdraw at any time: %1.")
                .arg(consented.join(QStringLiteral(", "))));
    if (m_c.controller.purposes.isEmpty() && consented.isEmpty())
        h += paragraphHtml(tr("Our register records no purpose for your data beyond keeping your client record."));
    return h;
}

QString AccessLetter::statements() const
{
    const ControllerDetails& b = m_c.controller;
    QString h = heading(tr("Who receives your data"));
    h += paragraphHtml(b.recipients.isEmpty()
                           ? tr("Our register records no one outside our business who receives your data.")
                           : b.recipients);
    h += heading(tr("How long we keep it"));
    h += paragraphHtml(b.retention.isEmpty()
                           ? tr("Our register records no retention period; we keep your data no longer than "
                                "necessary for the purposes above.")
                           : b.retention);
    h += heading(tr("Where it came from"));
    h += paragraphHtml(b.sources.isEmpty() ? tr("Our register records no source other than you.") : b.sources);
    return h;
}

QString AccessLetter::rights() const
{
    QString h = heading(tr("Your rights"));
    h +=
        paragraphHtml(tr("You may ask us to correct your data (GDPR Art. 16), to erase it (Art. 17), to restrict its "
                         "processing (Art. 18) and to give it to you in a machine-readable form (Art. 20), and you may "
                         "object to its processing, and always to its use for direct marketing (Art. 21)."));
    h += paragraphHtml(
        m_c.controller.authority.isEmpty()
            ? tr("You may also complain to the data protection supervisory authority of your country.")
            : tr("You may also complain to the supervisory authority: %1.").arg(m_c.controller.authority));
    return h;
}

QString AccessLetter::history() const
{
    QString h = heading(tr("Who accessed or changed your record"));
    h += paragraphHtml(
        tr("Our records log lists each change to your record, each export of it and each opening of your "
           "files, newest first. People are named by their role only; looking at the record on screen is not "
           "logged."));
    if (m_c.history.empty())
        return h + paragraphHtml(tr("The log holds no entry about your record."));
    QList<QStringList> rows{{tr("Date"), tr("Role"), tr("What")}};
    for (const RecordHistoryLine& line : m_c.history)
        rows.append({day(line.time), role(line.role), action(line.action)});
    h += table(rows);
    if (m_c.olderHistory)
        h += muted(tr("Older entries are left out of this letter; ask us for them."));
    return h;
}

QString AccessLetter::closing() const
{
    const ControllerDetails& b = m_c.controller;
    const QString contact = !b.protectionContact.isEmpty() ? b.protectionContact
                            : !b.email.isEmpty()           ? b.email
                                                           : b.address;
    QString h;
    if (!contact.isEmpty())
        h += paragraphHtml(
            tr("If anything in this letter is unclear, or you want to use one of your rights, contact us: %1.")
                .arg(contact));
    return h + signatureHtml(b);
}

QString AccessLetter::day(const QDate& date)
{
    return LocaleText::date(date);
}

QString AccessLetter::day(const QDateTime& time)
{
    return time.isValid() ? LocaleText::date(time.toLocalTime().date()) : QString();
}

QString AccessLetter::action(const QString& action)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("client.create"), QT_TR_NOOP("Record created")},
        {QStringLiteral("client.update"), QT_TR_NOOP("Record changed")},
        {QStringLiteral("client.restrict"), QT_TR_NOOP("Processing restricted")},
        {QStringLiteral("client.unrestrict"), QT_TR_NOOP("Restriction lifted")},
        {QStringLiteral("note.create"), QT_TR_NOOP("Note added")},
        {QStringLiteral("note.update"), QT_TR_NOOP("Note changed")},
        {QStringLiteral("note.delete"), QT_TR_NOOP("Note removed")},
        {QStringLiteral("file.add"), QT_TR_NOOP("File added")},
        {QStringLiteral("file.read"), QT_TR_NOOP("File opened")},
        {QStringLiteral("file.delete"), QT_TR_NOOP("File removed")},
        {QStringLiteral("consent.set"), QT_TR_NOOP("Consent recorded")},
        {QStringLiteral("export"), QT_TR_NOOP("Data exported")},
    };
    const auto it = words.constFind(action);
    return it == words.cend() ? tr("Other") : tr(it.value());
}

QString AccessLetter::role(const QString& role)
{
    const auto r = roleFromName(role);
    return r ? roleDisplayName(*r) : tr("Former user");
}

} // namespace coffer
