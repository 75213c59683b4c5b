#include "SyncPage.h"

#include "StatCard.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

SyncPage::SyncPage(Store& store, QWidget* parent)
    : Page(store, tr("Sync"),
           tr("Share this pantry's changes with the other pantries of your network by file — a "
              "USB stick, a messaging app or a shared folder. No internet service is involved."),
           parent) {
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_changes = new StatCard(tr("changes recorded on this laptop"), this);
    m_others = new StatCard(tr("other laptops heard from"), this);
    cards->addWidget(m_changes);
    cards->addWidget(m_others);
    cards->addStretch(1);
    body()->addLayout(cards);

    body()->addWidget(facts({{tr("This pantry"), store.siteName()},
                             {tr("This laptop's id"), store.siteId()},
                             {tr("Network id"), store.networkId()}}));
    body()->addWidget(note(
        tr("What will be here"),
        QStringList{
            tr("<b>Export</b> a sync file, encrypted with your network's passphrase, to carry to "
               "another pantry."),
            tr("<b>Import</b> a file from another pantry: in any order, even twice, every laptop "
               "ends up agreeing."),
            tr("See edits of the same record made on two laptops, to review which one stays.")}));
    body()->addWidget(note(
        tr("What you can do now"),
        tr("Nothing to do: every change is already recorded with who made it and when, ready to "
           "be shared. To keep a backup, close Larder and copy the pantry file shown in Settings "
           "to a USB stick.")));
    body()->addStretch(1);

    // Each local change bumps the operation counter: cheap to show on every change.
    connect(&store, &Store::changed, this,
            [this] { m_changes->setValue(this->store().lastSeq()); });
    refresh();
}

void SyncPage::refresh() {
    // Operations are numbered from 1 per site, so this laptop's counter is its number of changes.
    m_changes->setValue(store().lastSeq());
    qint64 others = 0;
    // The laptops whose files were imported here (the operation log is too large to scan).
    const auto ok =
        store().read("SELECT count(*) FROM sync_peers WHERE site <> ?1", {store().siteId()},
                     [&others](const Row& row) { others = row.integer(0); });
    if (!ok)
        qWarning("Larder: could not read sync figures: %s", qUtf8Printable(ok.error().toString()));
    m_others->setValue(others);
}

void SyncPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    refresh();
}

} // namespace larder::ui
