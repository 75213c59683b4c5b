// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/MembersPanel.h"

#include "core/sync/Replicator.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

enum Column { Name, Fingerprint, Signed, Known, State, ColumnCount };

QString shortTime(const QDateTime& when) {
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MembersPanel::MembersPanel(sync::Replicator& replicator, QWidget* parent)
    : QWidget(parent)
    , m_replicator(replicator) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* lead = new QLabel(
        tr("Every laptop signs its changes with a key of its own; a file with a change its "
           "laptop did not sign is refused. To be sure a laptop is the one you think, compare "
           "its fingerprint here with the one on its own Sync page."),
        this);
    lead->setWordWrap(true);
    layout->addWidget(lead);
    m_ownFingerprint = new QLabel(this);
    m_ownFingerprint->setObjectName(u"ownFingerprint"_s);
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ownFingerprint);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Laptop"), tr("Fingerprint"), tr("Changes held"), tr("Known since"), tr("State")});
    m_view = new QTableView(this);
    m_view->setObjectName(u"membersView"_s);
    m_view->setAccessibleName(tr("Laptops of the network"));
    m_view->setAccessibleDescription(
        tr("The other laptops of the network with their fingerprints; choose one to revoke it."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view);

    auto* row = new QHBoxLayout;
    m_revoke = new QPushButton(tr("Re&voke this laptop…"), this);
    m_revoke->setObjectName(u"revokeLaptop"_s);
    m_revoke->setToolTip(tr("For a lost, stolen or misused laptop: the other laptops refuse its "
                            "new changes and its files."));
    row->addStretch(1);
    row->addWidget(m_revoke);
    layout->addLayout(row);
    connect(m_revoke, &QPushButton::clicked, this, &MembersPanel::revokeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPanel::updateButton);
    refresh();
}

void MembersPanel::refresh() {
    m_model->removeRows(0, m_model->rowCount());
    const QList<sync::Member> members = m_replicator.members();
    m_ownFingerprint->setText(tr("This laptop's fingerprint: <b>%1</b>")
                                  .arg(members.isEmpty() || members.first().fingerprint.isEmpty()
                                           ? tr("made with its first sync file")
                                           : members.first().fingerprint));
    for (const sync::Member& m : members) {
        if (m.self)
            continue;
        auto* name = new QStandardItem(m.name.isEmpty() ? m.site.left(8) : m.name);
        name->setData(m.site, Qt::UserRole);
        name->setToolTip(tr("Laptop id %1").arg(m.site));
        auto* fingerprint = new QStandardItem(
            m.fingerprint.isEmpty() ? tr("none yet (vouched for by %1)").arg(m.vouchedBy)
                                    : m.fingerprint);
        if (m.fingerprint.isEmpty())
            fingerprint->setToolTip(tr("A laptop from before signed changes: its history reached "
                                       "this laptop signed by \"%1\". Its own key comes with its "
                                       "next file.")
                                        .arg(m.vouchedBy));
        auto* signedCount = new QStandardItem(QLocale().toString(m.signedUpTo));
        signedCount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QDateTime admitted = QDateTime::fromString(m.admittedAt, Qt::ISODateWithMs);
        auto* known =
            new QStandardItem(m.admittedFrom.isEmpty() || m.admittedFrom == m.name
                                  ? shortTime(admitted)
                                  : tr("%1, from %2").arg(shortTime(admitted), m.admittedFrom));
        QString state = tr("Member");
        if (m.revokedAfter)
            state = tr("Revoked by %1 on %2")
                        .arg(m.revokedBy, shortTime(QDateTime::fromMSecsSinceEpoch(m.revokedAtMs)));
        auto* stateItem = new QStandardItem(state);
        stateItem->setData(m.revokedAfter.has_value(), Qt::UserRole);
        if (m.revokedAfter)
            stateItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_model->appendRow({name, fingerprint, signedCount, known, stateItem});
    }
    m_view->resizeColumnsToContents();
    // As tall as its rows (two to eight): a network is a handful of laptops.
    const int rows = std::clamp(m_model->rowCount(), 2, 8);
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           rows * m_view->verticalHeader()->defaultSectionSize() +
                           2 * m_view->frameWidth());
    updateButton();
}

void MembersPanel::updateButton() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool revocable = !rows.isEmpty();
    if (revocable)
        revocable = !m_model->item(rows.first().row(), State)->data(Qt::UserRole).toBool();
    m_revoke->setEnabled(revocable);
}

bool MembersPanel::revokeSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const QString site = m_model->item(rows.first().row(), Name)->data(Qt::UserRole).toString();
    const QString name = m_model->item(rows.first().row(), Name)->text();
    if (QMessageBox::question(
            this, tr("Revoke \"%1\"").arg(name),
            tr("Revoke \"%1\"?\n\nEvery laptop this one's sync files reach will refuse the "
               "changes it makes from now on, and its files. What it made before stays. This "
               "cannot be undone.\n\nRevoking does not stop it reading new files: if it was "
               "lost or stolen, give the network a new key too (\"A laptop was lost…\").")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    auto result = m_replicator.revoke(site);
    if (!result) {
        QMessageBox::warning(this, tr("Not revoked"), result.error().toString());
        return false;
    }
    refresh();
    Q_EMIT revoked(name);
    return true;
}

} // namespace larder::ui
