// SPDX-License-Identifier: GPL-3.0-or-later
// Larder without a mouse or good eyes: every control a person can reach on every page (and every
// tab of the Distribution page) has an accessible name a screen reader says and a description;
// the pages open at 200 % text size and in a high-contrast palette without a warning.

#include "core/demo/DemoData.h"
#include "core/inventory/Inventory.h"
#include "core/reports/ReportExport.h"
#include "core/reports/Reports.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "tests/ui/DemoWindow.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseDialog.h"
#include "ui/StartDialog.h"
#include "ui/common/CsvImportDialog.h"
#include "ui/common/Page.h"
#include "ui/distribution/CheckInDialog.h"
#include "ui/distribution/PackingDialog.h"
#include "ui/distribution/TemplatesDialog.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/inventory/ItemHistoryDialog.h"
#include "ui/inventory/NewItemDialog.h"
#include "ui/inventory/StockActionDialog.h"
#include "ui/inventory/SuppliersDialog.h"
#include "ui/reports/FigureDetailsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cstdio>

using namespace Qt::StringLiterals;
using larder::ManualClock;
using larder::Store;
using larder::ui::MainWindow;

namespace {

bool isControl(QWidget* widget) {
    return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
           qobject_cast<QTextEdit*>(widget);
}

// "QLineEdit householdSearch" — enough to find the control in the code.
QString describe(QWidget* widget) {
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' +
           (widget->objectName().isEmpty() ? u"(no object name)"_s : widget->objectName());
}

// The controls under root that a person can reach (visible, enabled or not, taking focus) whose
// accessible name or description is empty, as a screen reader sees them.
QStringList unnamedControls(QWidget* root, bool descriptions) {
    QStringList missing;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus ||
            !isControl(widget))
            continue;
        // The line edit inside an editable combo box is named by its combo box.
        if (qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible)
            continue;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(widget) + u": no name"_s;
        else if (descriptions && accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing << describe(widget) + u" \""_s + accessible->text(QAccessible::Name) +
                           u"\": no description"_s;
    }
    return missing;
}

// True when `missing` is empty; else lists it on stderr (QTest cuts a long message short).
bool noneMissing(QStringList missing) {
    missing.removeDuplicates();
    for (const QString& line : std::as_const(missing))
        std::fprintf(stderr, "%s\n", qPrintable(line));
    return missing.isEmpty();
}

} // namespace

class TestAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasANameAndADescription();
    void everyDialogControlHasANameAndADescription();
    void pagesOpenAtTwiceTheTextSize();
    void pagesOpenInHighContrast();

private:
    std::unique_ptr<MainWindow> openWindow() { return m_demo.open(); }
    // Shows every page, and every tab of a page with tabs, calling visit(page title, root).
    // Opens a window and shows every page and tab (warnings fail the test); with
    // LARDER_SCREENSHOTS, saves each as SHOTPREFIX-N.png.
    void openEverything(const QString& shotPrefix);
    void visitEverything(MainWindow& window,
                         const std::function<void(const QString&, QWidget*)>& visit);

    larder::test::DemoWindows m_demo;
    QFont m_font;
    QPalette m_palette;
};

void TestAccess::initTestCase() {
    QVERIFY(m_demo.prepare(u"LarderAccessTest"_s));
    m_font = QApplication::font();
    m_palette = QApplication::palette();
}

void TestAccess::init() {
    larder::test::DemoWindows::failOnWarnings();
}

void TestAccess::cleanup() {
    QApplication::setFont(m_font);
    QApplication::setPalette(m_palette);
    qApp->setStyleSheet(QString());
    QSettings().clear();
}

void TestAccess::visitEverything(MainWindow& window,
                                 const std::function<void(const QString&, QWidget*)>& visit) {
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        const auto id = MainWindow::PageId(i);
        window.showPage(id);
        larder::ui::Page* page = window.page(id);
        QCoreApplication::processEvents();
        visit(page->title(), &window);
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                visit(page->title() + u" / "_s + tabs->tabText(tab).remove(u'&'), &window);
            }
            tabs->setCurrentIndex(0);
        }
    }
}

void TestAccess::everyControlHasANameAndADescription() {
    auto window = openWindow();
    QVERIFY(window);
    QStringList missing;
    visitEverything(*window, [&missing](const QString& where, QWidget* root) {
        for (const QString& control : unnamedControls(root, true))
            missing << where + u": "_s + control;
    });
    QVERIFY2(noneMissing(missing), "controls unnamed or undescribed, listed above");
}

void TestAccess::everyDialogControlHasANameAndADescription() {
    auto window = openWindow();
    QVERIFY(window);
    Store& store = window->store();
    const auto runs = larder::runs::Runs(store).runsOn(QDate(2026, 3, 3));
    QVERIFY(!runs.isEmpty());
    const QString runId = runs.constFirst().id;
    const auto items = larder::inventory::Inventory(store).items();
    QVERIFY(!items.isEmpty());

    QStringList missing;
    const auto check = [&missing](const QString& where, QWidget* dialog) {
        dialog->show();
        QCoreApplication::processEvents();
        for (const QString& control : unnamedControls(dialog, true))
            missing << where + u": "_s + control;
        dialog->hide();
    };
    // The household form, as it shows beside the list.
    auto* households =
        qobject_cast<larder::ui::HouseholdsPage*>(window->page(MainWindow::PageId::Households));
    window->showPage(MainWindow::PageId::Households);
    households->openHousehold(QString());
    QCoreApplication::processEvents();
    for (const QString& control : unnamedControls(households, true))
        missing << u"Household form: "_s + control;

    larder::ui::NewItemDialog newItem(store, QString(), QString(), window.get());
    check(u"New item"_s, &newItem);
    larder::ui::SuppliersDialog suppliers(store, window.get());
    check(u"Suppliers"_s, &suppliers);
    larder::ui::TemplatesDialog templates(store, window.get());
    check(u"Box templates"_s, &templates);
    larder::ui::CheckInDialog checkIn(store, runId, window.get());
    check(u"Record outcomes"_s, &checkIn);
    larder::ui::PackingDialog packing(store, runId, window.get());
    check(u"Set aside stock"_s, &packing);
    larder::ui::ItemHistoryDialog history(store, items.constFirst().id, window.get());
    check(u"Item history"_s, &history);
    larder::ui::CsvImportDialog import(store, larder::io::ImportKind::Households, window.get());
    check(u"Import CSV"_s, &import);
    larder::ui::StockActionDialog dispose(
        store, larder::ui::StockActionDialog::Action::Dispose, items.constFirst().id, QString(),
        QString(), [](const auto&) { return QString(); }, window.get());
    check(u"Dispose"_s, &dispose);
    larder::ui::StartDialog start(window.get());
    check(u"Start"_s, &start);
    larder::reports::Period period;
    period.from = QDate(2026, 2, 1);
    period.to = QDate(2026, 3, 1);
    const larder::reports::Summary summary =
        LARDER_MUST(larder::reports::Reports(store).summary(period));
    const QList<larder::reports::FigureRow> figures = figureRows(summary, QLocale());
    QVERIFY(!figures.isEmpty());
    larder::ui::FigureDetailsDialog figure(store, summary, figures.constFirst(), window.get());
    check(u"Behind a figure"_s, &figure);
    larder::ui::PassphraseDialog passphrase(larder::ui::PassphraseDialog::Mode::New,
                                            u"Demo pantry"_s, QString(), window.get());
    check(u"Passphrase"_s, &passphrase);

    QVERIFY2(noneMissing(missing), "controls unnamed or undescribed, listed above");
}

void TestAccess::pagesOpenAtTwiceTheTextSize() {
    QFont big = m_font;
    big.setPointSizeF(std::max(10.0, m_font.pointSizeF()) * 2);
    QApplication::setFont(big);
    openEverything(u"text-200"_s);
}

void TestAccess::pagesOpenInHighContrast() {
    // White on black, with light frames (windowText, button, light, dark, mid, text,
    // brightText, base, window), as the desktops' high-contrast themes have.
    QPalette contrast(Qt::white, Qt::black, Qt::white, QColor(0xa0, 0xa0, 0xa0),
                      QColor(0xc0, 0xc0, 0xc0), Qt::white, Qt::white, Qt::black, Qt::black);
    contrast.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
    contrast.setColor(QPalette::Highlight, Qt::yellow);
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    contrast.setColor(QPalette::ToolTipBase, Qt::black);
    contrast.setColor(QPalette::ToolTipText, Qt::white);
    contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    QApplication::setPalette(contrast);
    larder::ui::applyLook(*qApp); // as at start, on a high-contrast theme
    openEverything(u"contrast"_s);
}

void TestAccess::openEverything(const QString& shotPrefix) {
    auto window = openWindow();
    QVERIFY(window);
    const QString shots = qEnvironmentVariable("LARDER_SCREENSHOTS");
    if (!shots.isEmpty())
        QDir().mkpath(shots);
    int shot = 0;
    visitEverything(*window, [&](const QString&, QWidget* root) {
        if (!shots.isEmpty())
            root->grab().save(u"%1/%2-%3.png"_s.arg(shots, shotPrefix).arg(shot++));
    });
}

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
