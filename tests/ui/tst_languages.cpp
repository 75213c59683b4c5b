// SPDX-License-Identifier: GPL-3.0-or-later
// The app in the languages it speaks: every page opens offscreen in Spanish and in Arabic without
// a warning, with the layout direction of the language (Arabic mirrored right to left), and
// shows no English that has a translation (a visible string left out of tr(), or tr() in a
// context its translation is not filed under). The language setting is remembered per computer.

#include "core/demo/DemoData.h"
#include "core/storage/Store.h"
#include "i18n/Language.h"
#include "tests/TestSupport.h"
#include "tests/ui/DemoWindow.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"
#include "ui/common/Page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using larder::ManualClock;
using larder::Store;
using larder::ui::MainWindow;

namespace {

// The English sources that resources/translations/larder_<code>.ts translates to something else:
// seeing one of them on a screen in that language means it missed its translation.
QSet<QString> translatedSources(const QString& code) {
    QFile file(QStringLiteral(LARDER_FIXTURES_DIR) + u"/../../resources/translations/larder_"_s +
               code + u".ts"_s);
    QSet<QString> sources;
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" &&
                 xml.attributes().value(u"type"_s) != u"unfinished") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.trimmed().isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

// What a person sees written on `root`: labels, buttons, group titles, tabs and table headings.
QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        const QString plain = QString(text).remove(u'&').trimmed();
        if (!plain.isEmpty())
            texts << plain;
    };
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root) && label->textFormat() != Qt::RichText)
            add(label->text());
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root))
            add(button->text());
    for (QGroupBox* group : root->findChildren<QGroupBox*>())
        if (group->isVisibleTo(root))
            add(group->title());
    for (QTabBar* tabs : root->findChildren<QTabBar*>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!header->model() || !header->isVisibleTo(root))
            continue;
        for (int i = 0; i < header->count(); ++i)
            add(header->model()->headerData(i, header->orientation()).toString());
    }
    return texts;
}

} // namespace

class TestLanguages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyPageOpensInTheLanguage_data();
    void everyPageOpensInTheLanguage();
    void theLanguageIsChosenPerComputer();
    void theLanguagesAreKnownByTheirOwnNames();

private:
    larder::test::DemoWindows m_demo;
};

void TestLanguages::initTestCase() {
    QVERIFY(m_demo.prepare(u"LarderLanguagesTest"_s));
}

void TestLanguages::init() {
    larder::test::DemoWindows::failOnWarnings();
}

void TestLanguages::cleanup() {
    larder::i18n::install(QLocale(u"en"_s), true);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QSettings().clear();
    qunsetenv("LARDER_LANG");
}

void TestLanguages::everyPageOpensInTheLanguage_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("today"); // the Today page's title in that language
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("Spanish") << u"es"_s << u"Hoy"_s << Qt::LeftToRight;
    QTest::newRow("Arabic") << u"ar"_s << u"اليوم"_s << Qt::RightToLeft;
}

void TestLanguages::everyPageOpensInTheLanguage() {
    QFETCH(QString, code);
    QFETCH(QString, today);
    QFETCH(Qt::LayoutDirection, direction);

    // As at start: LARDER_LANG wins over the setting and the system.
    qputenv("LARDER_LANG", code.toUtf8());
    const QLocale locale = larder::ui::installTranslators(*QCoreApplication::instance());
    QCOMPARE(QLocale::languageToCode(locale.language()), code);
    QCOMPARE(larder::i18n::installedCode(), code);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);

    const std::unique_ptr<MainWindow> opened = m_demo.open();
    QVERIFY(opened);
    MainWindow& window = *opened;
    QCOMPARE(window.layoutDirection(), direction);

    const QSet<QString> translated = translatedSources(code);
    QVERIFY2(translated.size() > 2500,
             qPrintable(u"only %1 translated sources"_s.arg(translated.size())));
    QCOMPARE(MainWindow::pageTitle(MainWindow::PageId::Today), today);

    const QString shots = qEnvironmentVariable("LARDER_SCREENSHOTS");
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        const auto id = MainWindow::PageId(i);
        window.showPage(id);
        QTest::qWait(20);
        larder::ui::Page* page = window.page(id);
        QVERIFY(page);
        QCOMPARE(page->layoutDirection(), direction);
        QVERIFY2(!translated.contains(page->title()), qPrintable(page->title()));
        QStringList english;
        for (const QString& text : visibleTexts(page))
            if (translated.contains(text))
                english << text;
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(u"%1 shows English: %2"_s.arg(page->title(), english.join(u" | "_s))));
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            window.grab().save(u"%1/%2-page-%3.png"_s.arg(shots, code).arg(i));
        }
    }
    // Everything outside the pages too: the header, the shift row, the navigation.
    QStringList english;
    for (const QString& text : visibleTexts(&window))
        if (translated.contains(text))
            english << text;
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u" | "_s)));
}

void TestLanguages::theLanguageIsChosenPerComputer() {
    qunsetenv("LARDER_LANG");
    QCOMPARE(larder::ui::chosenLanguage(), QString());
    larder::ui::chooseLanguage(u"es"_s);
    QCOMPARE(larder::ui::chosenLanguage(), u"es"_s);
    QCOMPARE(larder::ui::installTranslators(*QCoreApplication::instance()).language(),
             QLocale::Spanish);
    QCOMPARE(QCoreApplication::translate("larder::ui::TodayPage", "Today"), u"Hoy"_s);
    // LARDER_LANG wins for one start.
    qputenv("LARDER_LANG", "ar");
    QCOMPARE(larder::ui::installTranslators(*QCoreApplication::instance()).language(),
             QLocale::Arabic);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    qunsetenv("LARDER_LANG");
    // "As this computer" forgets the choice; an unknown code is the computer's language too.
    larder::ui::chooseLanguage(QString());
    QCOMPARE(larder::ui::chosenLanguage(), QString());
    QCOMPARE(larder::i18n::chooseLocale(u"xx"_s), QLocale::system());
}

void TestLanguages::theLanguagesAreKnownByTheirOwnNames() {
    QStringList names;
    for (const larder::i18n::Language& language : larder::i18n::languages())
        names << language.code + u'=' + language.nativeName;
    QCOMPARE(names, (QStringList{u"en=English"_s, u"es=Español"_s, u"ar=العربية"_s}));
    QVERIFY(larder::i18n::isKnown(u"ar"_s));
    QVERIFY(!larder::i18n::isKnown(u"fr"_s));
    QVERIFY(!larder::i18n::isKnown(QString()));
    // A sheet speaks another language for its painting only.
    larder::i18n::install(QLocale(u"en"_s), true);
    {
        const larder::i18n::ScopedLanguage spanish(u"es"_s);
        QCOMPARE(QCoreApplication::translate("larder::ui::TodayPage", "Today"), u"Hoy"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
    }
    QCOMPARE(QCoreApplication::translate("larder::ui::TodayPage", "Today"), u"Today"_s);
    QCOMPARE(larder::i18n::installedCode(), u"en"_s);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
