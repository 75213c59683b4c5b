// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Packages.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace larder {
class Store;
}

namespace larder::ui {

// Packing a run. "Set aside stock" runs Packages::allocate: stock for every stop's package is
// set aside first expiry first out. Before anyone packs, the dialog shows what is short (item,
// needed, on hand, for whom) with what could stand in — choosing one runs
// Packages::substitute — then the pick list grouped by location and, per stop, its package.
// "Box templates…" opens the template editor; stock is set aside again after a change there.
class PackingDialog : public QDialog {
    Q_OBJECT

public:
    PackingDialog(Store& store, const QString& runId, QWidget* parent = nullptr);

    const QList<runs::Shortage>& shortages() const { return m_shortages; }
    QString messageText() const;

    // Sets stock aside for the run (again); false, with the reason shown, when refused.
    bool allocate();
    // Replaces the selected shortage's item by the chosen substitute for its households.
    bool substituteSelected();
    // Re-reads shortages, pick list and packages from the file.
    void refresh();
    // Opens the box template editor (modal); sets stock aside again if anything changed.
    void openTemplates();

private:
    void fillShortages();
    void fillPickList();
    void fillPackages();
    void updateSubstitutes();
    void showMessage(const QString& text, bool problem);

    Store& m_store;
    QString m_runId;
    QList<runs::Shortage> m_shortages;
    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_allocate = nullptr;
    QPushButton* m_templatesButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_shortagesView = nullptr;
    QLabel* m_shortagesEmpty = nullptr;
    QLabel* m_insteadLabel = nullptr;
    QComboBox* m_substitutes = nullptr;
    QPushButton* m_substitute = nullptr;
    QTreeWidget* m_pickView = nullptr;
    QTreeWidget* m_packagesView = nullptr;
};

} // namespace larder::ui
