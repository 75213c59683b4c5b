// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/HandOffBar.h"

#include "core/runs/Packages.h"
#include "i18n/Language.h"
#include "print/RouteSheets.h"
#include "print/SheetBuilder.h"
#include "ui/distribution/CheckInDialog.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/PackingDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace larder::ui {

HandOffBar::HandOffBar(DistributionPage& page, QWidget* parent)
    : QWidget(parent)
    , m_page(page) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    QPushButton* packing =
        button(u"setAsideStock"_s, tr("Set aside stock…"),
               tr("Set stock aside for every household's package, see what is short and what "
                  "could stand in, and the pick list."));
    m_sheets = button(u"printRouteSheets"_s, tr("Print route sheets…"),
                      tr("One sheet per driver: stops in order, map, tick boxes "
                         "(Ctrl+P)."));
    QPushButton* lists = button(u"printPackingLists"_s, tr("Print packing lists…"),
                                tr("What goes into each household's boxes, route by route."));
    row->addStretch(1);
    QPushButton* outcomes =
        button(u"recordOutcomes"_s, tr("Record outcomes…"),
               tr("Type in what the drivers ticked on their sheets: delivered, not home…"));
    connect(packing, &QPushButton::clicked, this, &HandOffBar::setAsideStock);
    connect(outcomes, &QPushButton::clicked, this, &HandOffBar::recordOutcomes);
    connect(m_sheets, &QPushButton::clicked, this, [this] { printPapers(true); });
    connect(lists, &QPushButton::clicked, this, [this] { printPapers(false); });
}

void HandOffBar::printRouteSheets() {
    m_sheets->click();
}

void HandOffBar::setAsideStock() {
    const QString runId = m_page.runId();
    if (runId.isEmpty())
        return;
    PackingDialog dialog(m_page.store(), runId, &m_page);
    dialog.exec();
    m_page.reload();
}

void HandOffBar::recordOutcomes() {
    const QString runId = m_page.runId();
    if (runId.isEmpty())
        return;
    // Delivered boxes leave stock from what was set aside for them: a day never set aside
    // would record deliveries and leave the shelf as it was.
    const std::optional<runs::Run> run = m_page.runs().run(runId);
    if (run && run->kind != runs::kind::SupplierPickup &&
        runs::Packages(m_page.store()).allocations(runId).isEmpty()) {
        const auto answer = QMessageBox::question(
            &m_page, tr("Set stock aside first?"),
            tr("No stock was set aside for this day, so delivered boxes would take nothing "
               "from stock. Set it aside now, first expiry first out, before recording "
               "what happened?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (auto allocated = runs::Packages(m_page.store()).allocate(runId); !allocated)
                m_page.say(allocated.error().toString(), true);
        }
    }
    CheckInDialog dialog(m_page.store(), runId, &m_page);
    dialog.exec();
    m_page.reload();
}

bool HandOffBar::printPapers(bool routeSheets) {
    const QString runId = m_page.runId();
    if (runId.isEmpty())
        return false;
    print::SheetBuilder builder(m_page.store());
    print::PrintOptions options = builder.options();
    QList<print::RouteSheetData> sheets;
    QList<print::PackingListData> lists;
    QList<print::PickupManifestData> manifests;
    const std::optional<runs::Run> run = m_page.runs().run(runId);
    const bool collection = run && run->kind == runs::kind::SupplierPickup;
    // Fills the papers' data, in the language chosen for them; again when the preview changes it.
    const auto build = [&]() -> QString {
        if (routeSheets && collection) {
            // A collection day's drivers get pickup manifests: who to ask for, what to collect.
            auto made = builder.pickupManifests(run->date);
            if (!made)
                return made.error().message;
            manifests = made.value();
        } else if (routeSheets) {
            auto made = builder.routeSheetsForRun(runId);
            if (!made)
                return made.error().message;
            sheets = made.value();
        } else {
            auto made = builder.packingListsForRun(runId);
            if (!made)
                return made.error().message;
            lists = made.value();
        }
        return QString();
    };
    if (const QString error = build(); !error.isEmpty()) {
        m_page.say(error, true);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, &m_page);
    preview.setWindowTitle(routeSheets ? tr("Route sheets") : tr("Packing lists"));
    auto* toolBar = preview.findChild<QToolBar*>();
    if (toolBar) {
        // The papers' language, chosen for this print (the default is a setting): a driver may
        // read Spanish while the coordinator works in English.
        toolBar->addSeparator();
        auto* language = new QComboBox(toolBar);
        language->setObjectName(u"sheetLanguage"_s);
        language->setAccessibleName(tr("Language of the papers"));
        language->setToolTip(tr("The language these papers print in."));
        for (const i18n::Language& each : i18n::languages())
            language->addItem(each.nativeName, each.code);
        const QString current =
            options.language.isEmpty() ? i18n::installedCode() : options.language;
        language->setCurrentIndex(std::max(0, language->findData(current)));
        toolBar->addWidget(language);
        connect(language, &QComboBox::activated, &preview, [&, language] {
            options.language = language->currentData().toString();
            builder.setLanguage(options.language);
            if (const QString error = build(); !error.isEmpty())
                m_page.say(error, true);
            if (auto* widget = preview.findChild<QPrintPreviewWidget*>())
                widget->updatePreview();
        });
    }
    if (toolBar && routeSheets && !collection) {
        // The layout, chosen for this print (the default is a setting): one row a stop fits a
        // 12-stop route on two pages; the full one gives each stop room to write.
        toolBar->addSeparator();
        QAction* compact = toolBar->addAction(tr("Compact: one row a stop"));
        compact->setObjectName(u"compactSheets"_s);
        compact->setCheckable(true);
        compact->setChecked(options.compact);
        compact->setToolTip(tr("About twelve stops a page instead of two or three."));
        connect(compact, &QAction::toggled, &preview, [&options, &preview](bool on) {
            options.compact = on;
            if (auto* widget = preview.findChild<QPrintPreviewWidget*>())
                widget->updatePreview();
        });
    }
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        if (collection && routeSheets)
            print::printPickupManifests(*target, manifests, options);
        else if (routeSheets)
            print::printRouteSheets(*target, sheets, options);
        else
            print::printPackingLists(*target, lists, options);
    });
    preview.exec();
    return true;
}

} // namespace larder::ui
