// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace larder::i18n {

namespace {

// The translators installed by install(): Larder's and Qt's, owned by the application.
struct Installed {
    QString code = u"en"_s;
    QLocale locale = QLocale::c();
    QList<QPointer<QTranslator>> translators;
};

Installed& installed() {
    static Installed state;
    return state;
}

QString codeOf(const QLocale& locale) {
    return QLocale::languageToCode(locale.language());
}

} // namespace

QList<Language> languages() {
    return {{u"en"_s, u"English"_s}, {u"es"_s, u"Español"_s}, {u"ar"_s, u"العربية"_s}};
}

bool isKnown(const QString& code) {
    for (const Language& language : languages())
        if (language.code == code)
            return true;
    return false;
}

QLocale chooseLocale(const QString& chosen) {
    const QString forced = qEnvironmentVariable("LARDER_LANG");
    if (!forced.isEmpty())
        return QLocale(forced);
    if (isKnown(chosen))
        return QLocale(chosen);
    return QLocale::system();
}

void install(const QLocale& locale, bool setDefault) {
    Installed& state = installed();
    for (const QPointer<QTranslator>& translator : std::as_const(state.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    state.translators.clear();
    state.code = u"en"_s;
    state.locale = locale;
    if (setDefault)
        QLocale::setDefault(locale);

    const QString code = codeOf(locale);
    if (!isKnown(code) || code == u"en"_s) {
        // English is the source language: only its plural forms ("1 stop", "2 stops", never
        // "stop(s)") come from a translation.
        auto* english = new QTranslator(QCoreApplication::instance());
        if (english->load(u"larder_en"_s, u":/i18n"_s)) {
            QCoreApplication::installTranslator(english);
            state.translators.append(english);
        } else {
            delete english;
        }
        return;
    }
    auto* larder = new QTranslator(QCoreApplication::instance());
    if (!larder->load(locale, u"larder"_s, u"_"_s, u":/i18n"_s)) {
        delete larder;
        return;
    }
    QCoreApplication::installTranslator(larder);
    state.translators.append(larder);
    state.code = code;
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.translators.append(qt);
    } else {
        delete qt;
    }
}

QString installedCode() {
    return installed().code;
}

ScopedLanguage::ScopedLanguage(const QString& code) {
    if (!isKnown(code) || code == installedCode())
        return;
    m_previousInstalled = installed().locale;
    m_previousDefault = QLocale();
    m_active = true;
    install(QLocale(code), true);
}

ScopedLanguage::~ScopedLanguage() {
    if (!m_active)
        return;
    install(m_previousInstalled, false);
    QLocale::setDefault(m_previousDefault);
}

} // namespace larder::i18n
