// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the test suites (header-only: each suite is one executable).

#include "core/identity/Clock.h"
#include "core/identity/Random.h"
#include "core/storage/Integrity.h"
#include "core/storage/Store.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <type_traits>
#include <utility>

namespace larder::test {

// Fails the current test with the error's text when a Result holds an error.
#define LARDER_VERIFY_OK(expr)                                                                     \
    do {                                                                                           \
        const auto& result_ = (expr);                                                              \
        if (!result_.ok())                                                                         \
            QFAIL(qPrintable(result_.error().toString()));                                         \
    } while (false)

// LARDER_MUST(expr): the value a Result holds, or the end of the running test.
//
// When `expr` (a Result) holds an error, LARDER_MUST fails the running test with the error's text
// and the expression, as QFAIL does (QTest::qFail), and returns from the enclosing function: the
// test function stops and the suite goes on with the next one. Once the running test has failed
// (a LARDER_MUST in a helper, a QVERIFY there), LARDER_MUST returns at once without evaluating
// `expr`, so a failure in a helper ends the test at the caller's next LARDER_MUST.
//
//     m_store = LARDER_MUST(createPantry(m_dir, m_clock));    // in a void function
//     LARDER_MUST(inventory.receive(receipt));               // Result<void>: nothing to take
//     return LARDER_MUST(households.add(h), {});             // in a function returning a value
//
// In a function that returns a value, the arguments after `expr` are what it returns on failure
// (a lambda then needs its return type spelled out); its caller stops at its own next LARDER_MUST,
// or checks QTest::currentTestFailed() before it relies on what it got. An rvalue's value is moved
// out, an lvalue's copied.
//
// Why a macro: Qt 6.4 cannot throw on a failure (QTEST_THROW_ON_FAIL came in 6.8), so only a
// `return` written in the test function can stop it. The macro is a GNU statement expression
// (GCC and Clang; `__extension__` keeps -Wpedantic and -Werror quiet).
#define LARDER_MUST(expr, ...)                                                                     \
    __extension__({                                                                                \
        if (QTest::currentTestFailed())                                                            \
            return __VA_ARGS__;                                                                    \
        auto&& must_ = (expr);                                                                     \
        if (!must_.ok()) {                                                                         \
            ::larder::test::detail::failMust(must_.error(), #expr, __FILE__, __LINE__);            \
            return __VA_ARGS__;                                                                    \
        }                                                                                          \
        ::larder::test::detail::mustValue(std::forward<decltype(must_)>(must_));                   \
    })

namespace detail {

inline void failMust(const Error& error, const char* expression, const char* file, int line) {
    QTest::qFail(
        qPrintable(error.toString() + QStringLiteral("\n   in: ") + QString::fromUtf8(expression)),
        file, line);
}

template <typename R> decltype(auto) mustValue(R&& result) {
    if constexpr (!std::is_same_v<std::remove_cvref_t<R>, Result<void>>)
        return std::forward<R>(result).value();
}

} // namespace detail

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

// A new pantry file in `dir` for the running test, named after the test function and its data
// row (so each init() gets a file of its own), on `clock` and a seeded random source. The setup
// most suites share: `m_store = LARDER_MUST(createPantry(m_dir, m_clock));`.
inline Result<std::unique_ptr<Store>> createPantry(const QTemporaryDir& dir,
                                                   std::shared_ptr<ManualClock> clock,
                                                   const QString& name = QStringLiteral("East")) {
    QString stem = QString::fromLatin1(QTest::currentTestFunction());
    if (const char* tag = QTest::currentDataTag(); tag && *tag)
        stem += u'-' + QString::fromUtf8(tag);
    for (QChar& c : stem)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    return Store::create(dir.filePath(stem + QStringLiteral(".larder")), name,
                         fixedOptions(std::move(clock)));
}

// Nothing, when every integrity check (core/storage/Integrity.h) holds on `store`; otherwise an
// Error naming the checks that failed. No check at all is an error too, so that a test never
// passes on an empty list: `LARDER_VERIFY_OK(integrity(*m_store));`.
inline Result<void> integrity(Store& store) {
    const QList<CheckResult> checks = runChecks(store);
    if (checks.isEmpty())
        return Error::storage(QStringLiteral("No integrity check ran."));
    QStringList failed;
    for (const CheckResult& check : checks) {
        if (!check.ok)
            failed << check.name + QStringLiteral(": ") + check.detail;
    }
    if (!failed.isEmpty())
        return Error::storage(failed.join(QStringLiteral("; ")));
    return {};
}

// 2026-12-04T12:00:00Z, a Friday: for tests about "the next delivery day", which once failed
// only on Fridays and Saturdays.
constexpr qint64 FridayNoonMs = 1796385600000;

// The child of `parent` (a page, a dialog) of type T named `name`, or an Error that names the
// missing one: UI suites find widgets and models by objectName rather than through getters kept
// only for tests, and take them with LARDER_MUST, so a missing child fails the running test with
// its name rather than a crash on a null pointer:
//
//     auto* search = LARDER_MUST(child<QLineEdit>(*m_page, u"householdSearch"_s));
//
// Where a test expects the child to be gone (a dialog that closed), use findChild itself.
template <typename T> Result<T*> child(const QObject& parent, const QString& name) {
    if (T* found = parent.findChild<T*>(name))
        return found;
    const QString owner = parent.objectName().isEmpty()
                              ? QString::fromLatin1(parent.metaObject()->className())
                              : parent.objectName();
    return Error::make(Error::Kind::NotFound,
                       QStringLiteral("%1 has no %2 named \"%3\"")
                           .arg(owner, QString::fromLatin1(T::staticMetaObject.className()), name),
                       QStringLiteral("Give the widget that objectName where it is made."));
}

} // namespace larder::test
