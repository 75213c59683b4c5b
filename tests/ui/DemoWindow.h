// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the whole-window UI suites (tst_access, tst_keyboard, tst_languages) share: the app's
// settings in a test location, a demo pantry made once per suite, a fresh copy of it per window,
// opened an hour after the demo was made (so every page shows the same dates on any real day),
// and any warning failing the test except the offscreen platform's "does not support".

#include "core/demo/DemoData.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace larder::test {

class DemoWindows {
public:
    // Call from initTestCase: `suite` names the settings' test location.
    bool prepare(const QString& suite, int households = 60) {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Larder"));
        QCoreApplication::setApplicationName(suite);
        QSettings().clear();
        if (!m_dir.isValid())
            return false;
        m_demoPath = m_dir.filePath(QStringLiteral("demo.larder"));
        demo::DemoOptions options;
        options.households = households;
        options.clock = std::make_shared<ManualClock>(TestEpochMs);
        return demo::createDemoFile(m_demoPath, options).ok();
    }

    // Call from init: any warning fails the test, but the offscreen platform saying it cannot
    // raise a window or grab the keyboard.
    static void failOnWarnings() {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    }

    // A copy of the demo, opened and shown at 1280 × 800; null when it could not be.
    std::unique_ptr<ui::MainWindow> open() {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.larder").arg(++m_copies));
        if (!QFile::copy(m_demoPath, path))
            return nullptr;
        auto store = Store::open(
            path, fixedOptions(std::make_shared<ManualClock>(TestEpochMs + 3'600'000, 1)));
        if (!store)
            return nullptr;
        auto window = std::make_unique<ui::MainWindow>(std::move(store).value());
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_copies = 0;
};

} // namespace larder::test
