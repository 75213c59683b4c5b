// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The languages Larder speaks, which one a person chose, and putting it in force: the app at
// start, larder-cli, and a printed sheet that a driver reads in another language than the
// coordinator's window (ScopedLanguage).

#include <QList>
#include <QLocale>
#include <QString>

namespace larder::i18n {

// One language of Larder's own translations: its code ("es") and its name in itself ("Español").
struct Language {
    QString code;
    QString nativeName;
};

// The languages built in, English first.
QList<Language> languages();

// True when code names one of languages() ("en", "es", "ar").
bool isKnown(const QString& code);

// The language to use: LARDER_LANG when set, else `chosen` (a code from Settings; empty means
// "as the computer"), else the system's. A language Larder has no translation for falls back to
// English (with the system's number and date formats kept when it came from the system).
QLocale chooseLocale(const QString& chosen);

// Installs Larder's and Qt's translations for locale in the running application, replacing any
// installed by an earlier call. With setDefault, locale also becomes QLocale's default (numbers
// and dates on screen); larder-cli leaves the default alone so that its data output stays
// the same on every machine.
void install(const QLocale& locale, bool setDefault);

// The code of the language now installed ("en" when none).
QString installedCode();

// For its lifetime, tr() and QLocale() speak another language; the previous ones come back when
// it ends. Installing a translator sends every widget a LanguageChange event, so keep the scope
// to the synchronous painting of one paper. An empty or unknown code, or the language already
// installed, changes nothing.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_previousInstalled;
    QLocale m_previousDefault;
    bool m_active = false;
};

} // namespace larder::i18n
