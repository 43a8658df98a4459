// What an email address, a phone number and a country code must look like to be stored, one value at a
// time. Each check answers with what is wrong in words a person uses ("This email address has a comma
// where a dot should be.") or with nothing, so that a form can put the answer beside the field as it is
// typed, and ClientStore, the CLI and the importers refuse exactly the same values with the same words.
// The words never repeat the value: they reach stderr, import reports and logs.
#pragma once

#include <QString>
#include <optional>

namespace coffer {

// A practical check, not RFC 5322: one @, something before it (no spaces, commas or the characters that
// need quoting), and after it a domain of dot-separated labels of letters in any script, digits and
// hyphens, ending in a top-level domain of two or more letters (or an xn-- one).
std::optional<QString> emailProblem(const QString& email);
// Digits, spaces and + - ( ) . / only; a + only at the start; 5 to 20 digits.
std::optional<QString> phoneProblem(const QString& phone);
// An ISO 3166-1 alpha-2 code that QLocale knows, in either case ("lt" is LT), or empty.
std::optional<QString> countryProblem(const QString& code);

// True for an ISO 3166-1 alpha-2 code that QLocale knows, upper case.
bool isCountryCode(const QString& code);

// The limits the checks apply, for tests and for the words of the messages.
inline constexpr int kMinPhoneDigits = 5;
inline constexpr int kMaxPhoneDigits = 20;

} // namespace coffer
