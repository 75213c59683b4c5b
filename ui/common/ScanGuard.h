// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

class QLineEdit;

namespace larder::ui {

// Keeps a barcode scanner's typing out of fields it was not meant for. A scanner "types" a code
// of digits and Enter faster than any hand (a few milliseconds a key); when such a burst ends in
// Enter in a watched field (a household's name, a street), the field gets back what it held
// before the burst, the Enter is swallowed (so nothing is saved), and scanRefused says what came.
// Typing by hand, however fast, is left alone: a burst needs at least MinimumDigits digits and
// no more than GapMs between keys.
class ScanGuard : public QObject {
    Q_OBJECT

public:
    static constexpr int MinimumDigits = 8; // EAN-8 is the shortest code on food
    static constexpr qint64 GapMs = 35;

    explicit ScanGuard(QObject* parent);
    // Watches `edit` until it is destroyed.
    void watch(QLineEdit* edit);

Q_SIGNALS:
    void scanRefused(QLineEdit* edit, const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Burst {
        QString before; // the field's text when the burst began
        QString typed;  // what the burst typed
        qint64 lastMs = -1;
    };

    QHash<QObject*, Burst> m_bursts;
    QElapsedTimer m_clock; // monotonic: the gaps between keys, never the date
};

} // namespace larder::ui
