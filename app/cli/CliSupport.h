// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every command file of larder-cli shares: the --json option and JSON output, aligned
// tables, reading required and exclusive options, and refusing bad input before anything is
// written. A refusal is one line on stderr and exit code 1 (Context::fail); a wrong command line
// is a UsageProblem (exit code 2). Data goes to stdout, everything else to stderr.

#include "app/cli/Cli.h"
#include "core/storage/Result.h"
#include "core/storage/Store.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <optional>

namespace larder::cli {

// ---- Refusing before anything is written ----

// Bad input found by a command's checks, or a refusal from core: thrown inside a handler that
// handled() wraps, printed as the one line on stderr with exit code 1.
struct Refused {
    Error error;
};

// Refuses with Error::invalidInput(message, hint).
[[noreturn]] void refuse(const QString& message, const QString& hint = {});
// "--quantity: ...": the flag at fault first, then what is wrong.
[[noreturn]] void refuseFlag(const QString& option, const QString& message,
                             const QString& hint = {});

// The handler, with Refused turned into its one line on stderr and exit code 1 (what was
// printed on stdout before is flushed first).
std::function<int(Context&)> handled(int (*body)(Context&));

// The value of `result`, or a refusal with its error.
template <typename T> T checked(Result<T> result) {
    if (!result)
        throw Refused{result.error()};
    return std::move(result).value();
}
void checked(Result<void> result);

// The pantry file of --db, opened by Context::openPantry (so under LARDER_NOW's clock); a file
// that does not open is a refusal.
std::unique_ptr<Store> openStore(const Context& context);

// ---- Reading the command line ----

// A value the command cannot do without: missing is a usage error (exit code 2).
QString required(const Context& context, const QString& option, const QString& valueName);
// Both given is a usage error.
void exclusive(const Context& context, const QString& first, const QString& second);
// `option` without `with` is a usage error.
void onlyWith(const Context& context, const QString& option, const QString& with);

// ---- Output ----

// --json: "print JSON for scripts", or what `what` says it prints.
QCommandLineOption jsonOption();
QCommandLineOption jsonOption(const QString& what);

// The object on stdout: indented, or on one line (Compact) followed by a line break.
void printJson(Context& context, const QJsonObject& object,
               QJsonDocument::JsonFormat format = QJsonDocument::Indented);

// How a day reads to people, in every command: YYYY-MM-DD (as --date is typed), or `none` for
// no date. In JSON, dateJson: the same text, or null.
QString dateText(const std::optional<QDate>& date, const QString& none = QStringLiteral("-"));
QJsonValue dateJson(const std::optional<QDate>& date);
// How a moment reads to people: this laptop's local time, "2026-03-01 13:00". A stored ISO 8601
// text that is not a time is shown as it is.
QString localTime(const QDateTime& at);
QString localTime(const QString& iso);
// The text, or null when it is empty.
QJsonValue textOrNull(const QString& text);

// Whether progress is shown: only when stderr is a terminal, so that scripts and tests see just
// the result.
bool progressShown();
// Clears the progress line, when one is shown.
void clearProgress(Context& context);

// Columns separated by two spaces, numbers aligned right, no trailing spaces: readable on a
// terminal and easy to cut with awk.
class Table {
public:
    explicit Table(QStringList headers, QList<int> numericColumns = {})
        : m_headers(std::move(headers))
        , m_numeric(std::move(numericColumns)) {}

    void add(QStringList row);
    bool isEmpty() const { return m_rows.isEmpty(); }
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    QList<int> m_numeric;
    QList<QStringList> m_rows;
};

} // namespace larder::cli
