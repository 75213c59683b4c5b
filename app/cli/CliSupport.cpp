// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliSupport.h"

#include <algorithm>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::CliSupport)
};

} // namespace

// ---- Refusing before anything is written ----

void refuse(const QString& message, const QString& hint) {
    throw Refused{Error::invalidInput(message, hint)};
}

void refuseFlag(const QString& option, const QString& message, const QString& hint) {
    refuse(u"--"_s + option + u": "_s + message, hint);
}

std::function<int(Context&)> handled(int (*body)(Context&)) {
    return [body](Context& context) {
        try {
            return body(context);
        } catch (const Refused& refused) {
            context.out.flush();
            return context.fail(refused.error);
        }
    };
}

void checked(Result<void> result) {
    if (!result)
        throw Refused{result.error()};
}

std::unique_ptr<Store> openStore(const Context& context) {
    return checked(context.openPantry());
}

// ---- Reading the command line ----

QString required(const Context& context, const QString& option, const QString& valueName) {
    if (!context.isSet(option) || context.value(option).trimmed().isEmpty())
        throw UsageProblem{Tr::tr("--%1 is required: add --%1 %2").arg(option, valueName)};
    return context.value(option).trimmed();
}

void exclusive(const Context& context, const QString& first, const QString& second) {
    if (context.isSet(first) && context.isSet(second))
        throw UsageProblem{Tr::tr("give --%1 or --%2, not both").arg(first, second)};
}

void onlyWith(const Context& context, const QString& option, const QString& with) {
    if (context.isSet(option) && !context.isSet(with))
        throw UsageProblem{Tr::tr("--%1 goes with --%2").arg(option, with)};
}

// ---- Output ----

QCommandLineOption jsonOption() {
    return jsonOption(Tr::tr("print JSON for scripts"));
}

QCommandLineOption jsonOption(const QString& what) {
    return QCommandLineOption(u"json"_s, what);
}

void printJson(Context& context, const QJsonObject& object, QJsonDocument::JsonFormat format) {
    context.out << QJsonDocument(object).toJson(format);
    if (format == QJsonDocument::Compact)
        context.out << '\n';
}

QString dateText(const std::optional<QDate>& date, const QString& none) {
    return date ? date->toString(Qt::ISODate) : none;
}

QJsonValue dateJson(const std::optional<QDate>& date) {
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString localTime(const QDateTime& at) {
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString localTime(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? localTime(at) : iso;
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void Table::add(QStringList row) {
    while (row.size() < m_headers.size())
        row.append(QString());
    m_rows.append(std::move(row));
}

void Table::print(QTextStream& out) const {
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const QStringList& row : m_rows) {
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < widths.size(); ++i) {
            if (i > 0)
                text += u"  "_s;
            text += m_numeric.contains(i) ? cells.at(i).rightJustified(widths.at(i))
                                          : cells.at(i).leftJustified(widths.at(i));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << '\n';
    };
    line(m_headers);
    for (const QStringList& row : m_rows)
        line(row);
}

// ---- Progress ----

bool progressShown() {
    return isatty(fileno(stderr));
}

void clearProgress(Context& context) {
    if (progressShown())
        context.err << "\r\033[K" << Qt::flush;
}

} // namespace larder::cli
