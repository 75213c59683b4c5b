// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ScanGuard.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace larder::ui {

ScanGuard::ScanGuard(QObject* parent)
    : QObject(parent) {
    m_clock.start();
}

void ScanGuard::watch(QLineEdit* edit) {
    edit->installEventFilter(this);
    connect(edit, &QObject::destroyed, this, [this](QObject* gone) { m_bursts.remove(gone); });
}

bool ScanGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        m_bursts.remove(watched);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* edit = qobject_cast<QLineEdit*>(watched);
    if (!edit)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const qint64 now = m_clock.elapsed();
    Burst& burst = m_bursts[watched];
    const bool quick = burst.lastMs >= 0 && now - burst.lastMs <= GapMs;

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const bool scanned = quick && burst.typed.size() >= MinimumDigits &&
                             std::all_of(burst.typed.cbegin(), burst.typed.cend(),
                                         [](QChar c) { return c.isDigit(); });
        const Burst ended = burst;
        m_bursts.remove(watched);
        if (!scanned)
            return false;
        edit->setText(ended.before);
        Q_EMIT scanRefused(edit, ended.typed);
        return true; // the Enter never reaches the field: nothing is saved
    }
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isPrint() ||
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        m_bursts.remove(watched); // Backspace, arrows, shortcuts: a person at the keys
        return false;
    }
    if (!quick) {
        burst.before = edit->text();
        burst.typed.clear();
    }
    burst.typed += text;
    burst.lastMs = now;
    return false;
}

} // namespace larder::ui
