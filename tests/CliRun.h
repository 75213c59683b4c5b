#pragma once

// Runs the built larder-cli (LARDER_CLI_PATH, set by tests/CMakeLists.txt) for the CLI suites:
// its exit code, stdout and stderr, as a person at a terminal would see them.

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

// Runs larder-cli with `arguments` in `environment` (the test's own when empty), killing it
// after five minutes.
inline CliRun runCli(const QStringList& arguments,
                     const QProcessEnvironment& environment = QProcessEnvironment()) {
    QProcess process;
    process.setProgram(QStringLiteral(LARDER_CLI_PATH));
    process.setArguments(arguments);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
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
