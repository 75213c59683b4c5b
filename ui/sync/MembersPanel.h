// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace larder::sync {
class Replicator;
}

namespace larder::ui {

// The Sync page's list of the network's laptops: each with its name, the fingerprint of the key
// that signs its changes (to compare by eye with the one on that laptop's own Sync page), how
// many of its changes this laptop holds signed, and since when and from whom it is known; and
// "Revoke…" for a lost or misused laptop, after a confirmation that says what it does and that
// rotating the key is the other half.
class MembersPanel : public QWidget {
    Q_OBJECT

public:
    explicit MembersPanel(sync::Replicator& replicator, QWidget* parent = nullptr);

    void refresh();
    // Revokes the selected laptop after asking; false when nothing was revoked.
    bool revokeSelected();

Q_SIGNALS:
    // A laptop was revoked: the page offers to rotate the key next.
    void revoked(const QString& name);

private:
    void updateButton();

    sync::Replicator& m_replicator;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_ownFingerprint = nullptr;
    QPushButton* m_revoke = nullptr;
};

} // namespace larder::ui
