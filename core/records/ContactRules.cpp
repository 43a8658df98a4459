#include "ContactRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace coffer {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives the rules the translation context of the checks that use them.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(ClientValidation)
public:
    static std::optional<QString> email(const QString& value);
    static std::optional<QString> emailLocalPart(const QString& local);
    static std::optional<QString> phone(const QString& value);
    static std::optional<QString> country(const QString& value);
    static QString notADomain() { return tr("The part after the @ is not a domain such as example.com."); }
};

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// Code points, not UTF-16 units: a letter outside the Basic Multilingual Plane is one letter.
template <typename Predicate> bool allOf(const QString& text, Predicate ok)
{
    const QList<uint> points = text.toUcs4();
    return std::all_of(points.cbegin(), points.cend(), [&](uint c) { return ok(char32_t(c)); });
}

// "anna@a.lv, juris@b.lv" or "anna@a.lv;juris@b.lv" pasted into one field.
bool holdsSeveralAddresses(const QString& value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList parts = value.split(separators, Qt::SkipEmptyParts);
    return parts.size() > 1 && std::all_of(parts.cbegin(), parts.cend(), [](const QString& p) {
               return p.count(u'@') == 1 && !p.startsWith(u'@') && !p.endsWith(u'@');
           });
}

// A label of an internationalised domain name, as people type it (not yet in xn-- form): letters of any
// script with their combining marks, digits and hyphens, never a hyphen at either end. 63 is DNS's limit
// on a label in its ASCII form; a Unicode label is never longer than that form, so this only errs kindly.
bool isDomainLabel(const QString& label)
{
    return !label.isEmpty() && label.size() <= 63 && !label.startsWith(u'-') && !label.endsWith(u'-') &&
           allOf(label, [](char32_t c) { return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'-'; });
}

bool isTopLevelDomain(const QString& label)
{
    if (label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) // an IDN TLD in its ASCII form
        return label.size() > 4 && isDomainLabel(label);
    return label.size() >= 2 && allOf(label, [](char32_t c) { return QChar::isLetter(c) || QChar::isMark(c); });
}

std::optional<QString> Rules::email(const QString& value)
{
    const QString e = value.trimmed();
    if (e.isEmpty())
        return std::nullopt;
    if (e.contains(u'<') && e.contains(u'>') && e.contains(u'@')) // "Anna Kalniņa <anna@kalnina.lv>"
        return tr("Give the address alone, without a name or < >.");
    if (holdsSeveralAddresses(e))
        return tr("This holds more than one email address; add each one separately.");
    if (!allOf(e, [](char32_t c) { return !QChar::isSpace(c); }))
        return tr("This email address has a space in it.");
    const qsizetype ats = e.count(u'@');
    if (ats == 0)
        return tr("This email address has no @ sign.");
    if (ats > 1)
        return tr("This email address has more than one @ sign.");
    const qsizetype at = e.indexOf(u'@');
    const QString local = e.left(at);
    const QString domain = e.mid(at + 1);
    if (local.isEmpty())
        return tr("This email address has nothing before the @ sign.");
    if (domain.isEmpty())
        return tr("This email address has nothing after the @ sign.");
    // Checked before the parts: "inbox,lv" is a slip of the finger on the key beside the dot.
    if (e.contains(u','))
        return tr("This email address has a comma where a dot should be.");
    if (e.contains(QLatin1String("..")))
        return tr("This email address has two dots in a row.");
    if (const auto problem = emailLocalPart(local))
        return problem;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2 || !std::all_of(labels.cbegin(), labels.cend(), isDomainLabel) ||
        !isTopLevelDomain(labels.last()))
        return notADomain();
    return std::nullopt;
}

// What may stand before the @ without quotes (RFC 5322's dot-atom, with any letters, as SMTPUTF8 allows).
// Quoted local parts ("john doe"@example.com) are legal but no one gives one for a client.
std::optional<QString> Rules::emailLocalPart(const QString& local)
{
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return tr("The part before the @ cannot begin or end with a dot.");
    static const QString specials = QStringLiteral("\"(),:;<>[\\]");
    for (const QChar ch : local) {
        if (specials.contains(ch))
            return tr("The part before the @ cannot contain “%1”.").arg(ch);
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
            return tr("The part before the @ has an invisible character in it.");
    }
    return std::nullopt;
}

std::optional<QString> Rules::phone(const QString& value)
{
    const QString p = value.trimmed();
    if (p.isEmpty())
        return std::nullopt;
    if (!allOf(p, [](char32_t c) { return !QChar::isLetter(c); }))
        return tr("This phone number has letters in it.");
    // "/" is not in the usual list, but "0664/123 4567" is how many Austrian and German numbers are written.
    static const QString punctuation = QStringLiteral("+-().");
    int digits = 0;
    int open = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar ch = p[i];
        if (isAsciiDigit(ch.unicode())) {
            ++digits;
        } else if (ch == u'+' && i > 0) {
            return tr("This phone number has a + that is not at its start.");
        } else if (ch == u'(' || ch == u')') {
            open += ch == u'(' ? 1 : -1;
            if (open < 0 || open > 1)
                return tr("This phone number has brackets that do not pair up.");
        } else if (!ch.isSpace() && !punctuation.contains(ch) && ch != u'/') {
            return ch.isPrint()
                       ? tr("This phone number cannot contain “%1”: use digits, spaces and + - ( ) . / only.").arg(ch)
                       : tr("This phone number has an invisible character in it.");
        }
    }
    if (open != 0)
        return tr("This phone number has brackets that do not pair up.");
    if (digits < kMinPhoneDigits)
        return tr("This phone number is too short: it needs at least %1 digits.").arg(kMinPhoneDigits);
    if (digits > kMaxPhoneDigits)
        return tr("This phone number is too long: it can have at most %1 digits.").arg(kMaxPhoneDigits);
    return std::nullopt;
}

std::optional<QString> Rules::country(const QString& value)
{
    const QString code = value.trimmed().toUpper();
    if (code.isEmpty() || isCountryCode(code))
        return std::nullopt;
    // The two codes people reach for that ISO gives to no one (EL, UK are the EU's own abbreviations).
    if (code == QLatin1String("UK"))
        return tr("This is not a country code Coffer knows; the United Kingdom's is GB.");
    if (code == QLatin1String("EL"))
        return tr("This is not a country code Coffer knows; Greece's is GR.");
    return tr("This is not a country code Coffer knows.");
}

} // namespace

std::optional<QString> emailProblem(const QString& email)
{
    return Rules::email(email);
}

std::optional<QString> phoneProblem(const QString& phone)
{
    return Rules::phone(phone);
}

std::optional<QString> countryProblem(const QString& code)
{
    return Rules::country(code);
}

bool isCountryCode(const QString& code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString c = QLocale::territoryToCode(QLocale::Territory(t));
            if (c.size() == 2)
                set.insert(c);
        }
        return set;
    }();
    return codes.contains(code);
}

} // namespace coffer
