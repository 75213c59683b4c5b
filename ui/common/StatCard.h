// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;

namespace larder::ui {

// One figure on a summary page: a large number, what it counts, and an optional line of detail.
// Shown in a warning colour when the figure needs attention (things expiring, stock below par).
class StatCard : public QFrame {
    Q_OBJECT

public:
    explicit StatCard(const QString& caption, QWidget* parent = nullptr);

    void setValue(qint64 value, const QString& detail = {}, bool attention = false);
    void setCaption(const QString& caption);
    qint64 value() const { return m_value; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateMinimumWidth();

    QLabel* m_number = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_detail = nullptr;
    qint64 m_value = -1;
};

} // namespace larder::ui
