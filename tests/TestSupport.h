#pragma once

// Small helpers shared by the test suites (header-only: each suite is one executable).

#include "core/identity/Clock.h"
#include "core/identity/Random.h"
#include "core/storage/Store.h"

#include <QTest>

#include <memory>

namespace larder::test {

// Fails the current test with the error's text when a Result holds an error.
#define LARDER_VERIFY_OK(expr)                                                                     \
    do {                                                                                           \
        const auto& result_ = (expr);                                                              \
        if (!result_.ok())                                                                         \
            QFAIL(qPrintable(result_.error().toString()));                                         \
    } while (false)

// StoreOptions with a manual clock and a seeded random source, for repeatable tests.
inline StoreOptions fixedOptions(std::shared_ptr<ManualClock> clock, quint64 seed = 42) {
    StoreOptions options;
    options.clock = std::move(clock);
    options.random = std::make_shared<SeededRandom>(seed);
    return options;
}

// 2026-03-01T12:00:00Z, a stable "now" for tests.
constexpr qint64 TestEpochMs = 1772366400000;

// StoreOptions whose clock starts at TestEpochMs, as larder-cli's does in the CLI suites
// (CliRun.h sets LARDER_NOW to the same instant); ids stay random, so two opens never collide.
inline StoreOptions atTestEpoch() {
    StoreOptions options;
    options.clock = std::make_shared<ManualClock>(TestEpochMs, 1);
    return options;
}

// 2026-12-04T12:00:00Z, a Friday: for tests about "the next delivery day", which once failed
// only on Fridays and Saturdays.
constexpr qint64 FridayNoonMs = 1796385600000;

// The child of `parent` (a page, a dialog) of type T named `name`: UI suites find widgets and
// models by objectName rather than through getters kept only for tests. A missing one ends the
// suite with its name, rather than a crash on a null pointer.
template <typename T> T* child(const QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("%s has no %s named %s", qPrintable(parent.objectName()),
               T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace larder::test
