// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Packages.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;

namespace larder {
class Store;
}

namespace larder::ui {

// The box template editor: what a package holds for each household size ("1-2 people": rice,
// beans, …). A template on the left, its name, size range, boxes and item lines on the right.
// Items are picked by typing part of their name. What is typed is checked as it is typed, and
// every valid change is saved at once (Packages::updateTemplate); an invalid one is shown in red
// and not saved until fixed.
class TemplatesDialog : public QDialog {
    Q_OBJECT

public:
    explicit TemplatesDialog(Store& store, QWidget* parent = nullptr);

    // Whether anything was saved while the dialog was open.
    bool changed() const { return m_changed; }

    QString messageText() const;

    // Adds a template (selected afterwards); false with the reason shown when refused.
    bool addTemplate();
    // Adds the item typed in the item field (a name or part of one) with the quantity.
    bool addLine();
    // Selects the template with this id.
    void selectTemplate(const QString& templateId);

private:
    void reloadList(const QString& selectId);
    void showTemplate(int row);
    // The template as the form shows it; the message says what is wrong, empty when valid.
    runs::BoxTemplate edited(QString* problem) const;
    // Checks the form and saves it when valid.
    void validateAndSave();
    void removeSelectedLine();
    void removeTemplate();
    void updateCoverage();
    void updateItemChoices(const QString& text);
    void showMessage(const QString& text, bool problem);

    Store& m_store;
    QList<runs::BoxTemplate> m_templates;
    runs::BoxTemplate m_current;
    bool m_loading = false;
    bool m_changed = false;
    QHash<QString, QString> m_itemIds; // name shown in the completer → item id
    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_minSize = nullptr;
    QSpinBox* m_maxSize = nullptr;
    QSpinBox* m_boxes = nullptr;
    QCheckBox* m_active = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_itemField = nullptr;
    QStringListModel* m_itemChoices = nullptr;
    QSpinBox* m_quantity = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_removeLine = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_coverage = nullptr;
};

} // namespace larder::ui
