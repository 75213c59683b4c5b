// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving the app by key events sent only to whatever has the keyboard, as a person at the
// keyboard would: the suites that walk a screen without the mouse share these.

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

namespace larder::test {

// Where the keyboard is: the focus widget, else the active modal window, else the active window.
inline QWidget* keyboardTarget() {
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    return QApplication::activeWindow();
}

// A key pressed where the keyboard is, then the event loop's turn (a page built by the key shows
// its widgets then, as it does for a person).
inline void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = keyboardTarget();
    QVERIFY2(target, "nothing has the keyboard");
    QTest::keyClick(target, key, modifiers);
    QCoreApplication::processEvents();
}

// The objectName of the widget with the keyboard, empty when none.
inline QString focusName() {
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

} // namespace larder::test
