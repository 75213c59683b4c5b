// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built larder-cli (LARDER_CLI_PATH, set by tests/CMakeLists.txt) for the CLI suites:
// its exit code, stdout and stderr, as a person at a terminal would see them.

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What one larder-cli call printed and returned; code -1 when it crashed or hung.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
    // Lines of stderr, without the empty one after the final newline.
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// "Now" for every larder-cli a test runs, unless the test's environment names its own: a fixed
// instant (TestSupport.h's TestEpochMs, 2026-03-01T12:00:00Z), so that expiry dates, "today"
// and the next delivery day are the same on every day of the year.
inline constexpr char CliTestNow[] = "2026-03-01T12:00:00Z";

// The date CliTestNow falls on, in UTC and (at noon UTC) in every time zone from UTC-11 to UTC+11.
inline QDate cliTestToday() {
    return QDate(2026, 3, 1);
}

// Runs larder-cli with `arguments` in `environment` (the test's own when empty), killing it
// after five minutes. LARDER_NOW is CliTestNow unless `environment` sets it.
inline CliRun runCli(const QStringList& arguments,
                     const QProcessEnvironment& environment = QProcessEnvironment()) {
    QProcess process;
    process.setProgram(QStringLiteral(LARDER_CLI_PATH));
    process.setArguments(arguments);
    QProcessEnvironment env =
        environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    if (!env.contains(QStringLiteral("LARDER_NOW")))
        env.insert(QStringLiteral("LARDER_NOW"), QString::fromLatin1(CliTestNow));
    process.setProcessEnvironment(env);
    process.start();
    CliRun run;
    if (!process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
