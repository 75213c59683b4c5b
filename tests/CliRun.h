// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built larder-cli (LARDER_CLI_PATH, set by tests/CMakeLists.txt) for the CLI suites:
// its exit code, stdout and stderr, as a person at a terminal would see them.

#include <QDate>
#include <QDir>
#include <QFile>
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

// The passphrase the CLI suites give the pantries they make (`init --passphrase-file`).
inline constexpr char CliPassphrase[] = "beans on tuesday at the church";

// Writes CliPassphrase to a file in `folder` and returns its path; sets LARDER_PASSPHRASE_FILE to
// it, so every later larder-cli of the suite unlocks the details, and LARDER_KDF=minimal, so
// deriving the key is cheap. Empty when the file cannot be written.
inline QString useCliPassphrase(const QString& folder) {
    const QString path = QDir(folder).filePath(QStringLiteral("cli-passphrase.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CliPassphrase) < 0 || !file.flush())
        return {};
    qputenv("LARDER_PASSPHRASE_FILE", path.toUtf8());
    qputenv("LARDER_KDF", "minimal");
    return path;
}

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
