// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace larder {
class Store;
}

namespace larder::ui {

class CountModel;
class CountSheet;

// Stock counts, from start to confirmation. Start a count for one location or all; print its count
// sheet (preview and print, or save as PDF; a blind count leaves out what the books expect); type
// the counted numbers into the table — Enter moves down, empty means not counted, each number
// saved at once — with the difference shown as you type; add stock found that the count did not
// list; review only the differences; confirm, which posts one "counted" adjustment per difference
// (after saying how many), or cancel. Every discrepancy stays visible in the items' history.
class CountPanel : public QWidget {
    Q_OBJECT

public:
    explicit CountPanel(Store& store, QWidget* parent = nullptr);
    ~CountPanel() override;

    // Start view
    QComboBox* scopeBox() const { return m_scope; }
    // Count view
    QString currentCountId() const;
    QTableView* view() const { return m_view; }
    QString status() const;
    bool isShowingCount() const;

    // Starts a count (empty id: every location) and shows it; false with the reason on the
    // status line when core refuses.
    bool startCount(const QString& locationId);
    void showCount(const QString& countId);
    void showStart();
    // Turns "review: only the differences" on or off.
    void setReviewing(bool on);
    // Asks to confirm (or cancel) the count shown; the answer posts it.
    void confirm();
    void cancelCount();
    void addFoundItem();

    // The count sheet of the count shown, with the blind option as set.
    CountSheet sheet() const;
    bool saveSheetPdf(const QString& path, QString* error = nullptr) const;
    void printSheet();
    void saveSheetInteractively();

    int openCountTotal() const { return m_openTotal; }

Q_SIGNALS:
    void openCountsChanged(int open);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildStart();
    QWidget* buildCount();
    void refreshStart();
    void updateCountHeader();
    void updateColumns();
    void setStatus(const QString& text, bool error);
    QString scopeName(const QString& locationId) const;

    Store& m_store;
    QStackedWidget* m_stack = nullptr;
    // Start view
    QComboBox* m_scope = nullptr;
    QPushButton* m_start = nullptr;
    QWidget* m_openRow = nullptr;
    QComboBox* m_openCounts = nullptr;
    QLabel* m_startStatus = nullptr;
    // Count view
    QLabel* m_countTitle = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_status = nullptr;
    CountModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_blind = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_addFound = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPointer<QMessageBox> m_question;
    QPointer<QDialog> m_foundDialog;
    int m_openTotal = 0;
};

} // namespace larder::ui
