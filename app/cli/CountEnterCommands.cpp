// SPDX-License-Identifier: GPL-3.0-or-later
// count enter: what was counted on the shelf, one line by hand or many from a CSV file. The file
// is read through core/io, so a count sheet saved by a spreadsheet (UTF-16, Windows-1252,
// semicolons) reads, and every row is checked against the count before any is saved.

#include "app/cli/CountSupport.h"
#include "app/cli/StockSupport.h"
#include "core/io/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

// A counted quantity as typed: a whole number from 0. Empty string when fine, else why not.
QString countedError(const QString& text, qint64* value) {
    static const QRegularExpression digits(u"^[+]?\\d{1,9}$"_s);
    const QString trimmed = text.trimmed();
    if (!digits.match(trimmed).hasMatch() || trimmed.toLongLong() > 10'000'000)
        return StockTr::tr("\"%1\" is not a counted quantity: type what is on the shelf as a whole "
                           "number, 0 if nothing.")
            .arg(text);
    *value = trimmed.toLongLong();
    return {};
}

// Saves counted quantities on an open count. Inventory saves one line per transaction, so the
// lines are all checked first, and if saving one still fails, the ones saved are put back.
void saveCounts(const Pantry& pantry, const StockCount& count,
                const QList<std::pair<QString, qint64>>& entries) {
    QHash<QString, std::optional<qint64>> before;
    for (const CountLine& line : count.lines)
        before.insert(line.id, line.counted);
    QStringList saved;
    for (const auto& [lineId, counted] : entries) {
        auto ok = pantry.inventory->enterCounted(lineId, counted);
        if (!ok) {
            for (const QString& undo : std::as_const(saved)) {
                auto restored = pantry.inventory->enterCounted(undo, before.value(undo));
                Q_UNUSED(restored);
            }
            checked(ok);
        }
        saved.append(lineId);
    }
}

// The counted quantities of a CSV file ("-": standard input) with columns line_id and counted,
// read by core/io (any encoding and separator a spreadsheet writes), all checked against the
// count before any is saved. Rows without a count are skipped and counted in `skipped`.
QList<std::pair<QString, qint64>> readCountFile(const QString& path, const StockCount& count,
                                                int* skipped) {
    const QString shownPath = path == u"-" ? u"stdin"_s : path;
    auto fileError = [&shownPath](int row, const QString& column, const QString& message,
                                  const QString& hint = {}) {
        Error error = Error::invalidInput(message, hint);
        error.path = shownPath;
        error.row = row;
        error.column = column;
        return Refused{error};
    };
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        const bool exists = QFileInfo::exists(path);
        Error error = Error::invalidInput(
            exists ? StockTr::tr("Larder could not read this file (%1).").arg(file.errorString())
                   : StockTr::tr("This file does not exist."),
            StockTr::tr("Check the name after --file."));
        if (!exists)
            error.kind = Error::Kind::NotFound;
        error.path = path;
        throw Refused{error};
    }
    const QByteArray bytes = file.readAll();
    const QString header =
        StockTr::tr("The first row must name the columns: line_id,counted (count "
                    "sheet COUNT_ID --csv writes such a file); nothing was saved.");
    if (bytes.trimmed().isEmpty())
        throw fileError(1, {}, StockTr::tr("The file is empty."), header);
    const io::CsvTable table = checked(io::CsvReader::parse(bytes, shownPath));
    auto column = [&table](const QString& name) {
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            if (table.header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype lineColumn = column(u"line_id"_s);
    const qsizetype countedColumn = column(u"counted"_s);
    if (lineColumn < 0)
        throw fileError(1, u"line_id"_s, StockTr::tr("There is no line_id column."), header);
    if (countedColumn < 0)
        throw fileError(1, u"counted"_s, StockTr::tr("There is no counted column."), header);

    QSet<QString> onCount;
    for (const CountLine& line : count.lines)
        onCount.insert(line.id);
    QHash<QString, int> seenAt;
    QList<std::pair<QString, qint64>> entries;
    *skipped = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& values = table.rows.at(i);
        const int row = table.rowNumbers.at(i);
        const QString lineId = values.value(lineColumn).trimmed();
        const QString counted = values.value(countedColumn).trimmed();
        if (std::all_of(values.cbegin(), values.cend(),
                        [](const QString& value) { return value.trimmed().isEmpty(); }))
            continue; // a row of empty cells
        if (counted.isEmpty()) {
            ++*skipped;
            continue;
        }
        if (lineId.isEmpty())
            throw fileError(
                row, u"line_id"_s, StockTr::tr("This row has a count but no line_id."),
                StockTr::tr("Copy the line's id from the count sheet; nothing was saved."));
        if (!onCount.contains(lineId))
            throw fileError(row, u"line_id"_s,
                            StockTr::tr("\"%1\" is not a line of count %2.").arg(lineId, count.id),
                            StockTr::tr("Check the line id against the count sheet; nothing was "
                                        "saved."));
        if (seenAt.contains(lineId))
            throw fileError(
                row, u"line_id"_s,
                StockTr::tr("Line %1 is on row %2 already.").arg(lineId).arg(seenAt[lineId]),
                StockTr::tr("Keep one row per line; nothing was saved."));
        seenAt.insert(lineId, row);
        qint64 value = 0;
        const QString why = countedError(counted, &value);
        if (!why.isEmpty())
            throw fileError(row, u"counted"_s, why, StockTr::tr("Nothing was saved."));
        entries.append({lineId, value});
    }
    return entries;
}

int runCountEnter(Context& context) {
    exclusive(context, u"line"_s, u"file"_s);
    if (!context.isSet(u"line"_s) && !context.isSet(u"file"_s))
        throw UsageProblem{StockTr::tr("say what was counted: --line LINE_ID --counted N, or "
                                       "--file F.csv")};
    onlyWith(context, u"counted"_s, u"line"_s);
    if (context.isSet(u"line"_s))
        required(context, u"counted"_s, u"N"_s);
    const Pantry pantry = openPantry(context);
    const StockCount count = requireCount(pantry.inv(), context.arguments.value(0), true);

    if (context.isSet(u"file"_s)) {
        int skipped = 0;
        const auto entries =
            readCountFile(required(context, u"file"_s, u"F.csv"_s), count, &skipped);
        saveCounts(pantry, count, entries);
        context.out << StockTr::tr("Saved the count of %1 line(s) on count %2; %3 row(s) without a "
                                   "count were skipped.")
                           .arg(QString::number(entries.size()), count.id, QString::number(skipped))
                    << '\n';
        return Success;
    }

    const QString lineId = required(context, u"line"_s, u"LINE_ID"_s);
    const auto line = std::find_if(count.lines.cbegin(), count.lines.cend(),
                                   [&lineId](const CountLine& l) { return l.id == lineId; });
    if (line == count.lines.cend())
        refuseFlag(
            u"line"_s, StockTr::tr("\"%1\" is not a line of count %2.").arg(lineId, count.id),
            StockTr::tr("See the lines with larder-cli --db FILE count sheet %1.").arg(count.id));
    qint64 value = 0;
    const QString why = countedError(context.value(u"counted"_s), &value);
    if (!why.isEmpty())
        refuseFlag(u"counted"_s, why);
    saveCounts(pantry, count, {{lineId, value}});
    context.out << StockTr::tr("Counted %1 of \"%2\" at %3, %4 (on hand %5, difference %6).")
                       .arg(Quantities::format(value, line->unit), line->itemName,
                            line->locationName, lotText(line->expiry),
                            Quantities::format(line->onHandNow, line->unit),
                            Quantities::formatSigned(value - line->onHandNow, line->unit))
                << '\n';
    return Success;
}

} // namespace

Command countEnterCommand() {
    Command countEnter;
    countEnter.name = u"enter"_s;
    countEnter.summary = StockTr::tr("Enter counted quantities, one line or a CSV file.");
    countEnter.description = StockTr::tr(
        "Saves what was counted on the shelf: --line LINE_ID --counted N for one line, or "
        "--file F.csv for many (\"-\" reads standard input). The file's first row names its "
        "columns; it needs line_id and counted, any others are ignored (so a filled-in count "
        "sheet --csv works), and it may be separated by commas, semicolons or tabs. Rows with an "
        "empty counted are skipped. Any bad row saves nothing, and the message names the file, "
        "the row (the header is row 1) and the column. Entering a line again replaces its "
        "count.");
    countEnter.synopsis = u"COUNT_ID (--line LINE_ID --counted N | --file F.csv)"_s;
    countEnter.arguments = {u"COUNT_ID"_s};
    countEnter.options = {
        QCommandLineOption(u"line"_s, StockTr::tr("the line's id, from count sheet"), u"LINE_ID"_s),
        QCommandLineOption(u"counted"_s, StockTr::tr("what is on the shelf, 0 if nothing"), u"N"_s),
        QCommandLineOption(u"file"_s, StockTr::tr("a CSV file with columns line_id,counted"),
                           u"F.csv"_s),
    };
    countEnter.example = u"larder-cli --db pantry.larder count enter COUNT_ID --file count.csv"_s;
    countEnter.run = handled(runCountEnter);
    return countEnter;
}

} // namespace larder::cli
