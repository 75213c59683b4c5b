// SPDX-License-Identifier: GPL-3.0-or-later
// households and people: list them, bring them in from a spreadsheet's CSV, write them out to CSV
// (in full only when the person confirms the file holds personal data; otherwise redacted).

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/io/CsvExport.h"
#include "core/io/CsvImport.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/people/Normalize.h"
#include "core/people/People.h"
#include "core/people/Retention.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::PeopleCommands)
};

// Columns padded to their widest cell.
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows) {
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto printRow = [&out, &widths](const QStringList& row) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += (c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c) + 2) : row.at(c));
        out << line << '\n';
    };
    printRow(header);
    for (const QStringList& row : rows)
        printRow(row);
}

QString oneLine(QString text) {
    return text.replace(u'\n', u" / "_s);
}

// ---- import ----

int runImport(Context& context, io::ImportKind kind) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    io::ImportOptions options;
    options.kind = kind;
    options.dryRun = context.isSet(u"dry-run"_s);
    options.key = context.value(u"key"_s);
    if (!options.key.isEmpty() && !io::CsvImporter::keys(kind).contains(options.key))
        throw UsageProblem{Tr::tr("--key must be one of %1, not \"%2\"")
                               .arg(io::CsvImporter::keys(kind).join(u", "_s), options.key)};
    for (const QString& choice : context.parser.values(u"map"_s)) {
        const qsizetype equals = choice.lastIndexOf(u'=');
        if (equals <= 0)
            throw UsageProblem{
                Tr::tr("--map takes HEADER=field (or HEADER=- to skip a column), not \"%1\"")
                    .arg(choice)};
        options.overrides.insert(choice.left(equals).trimmed(), choice.mid(equals + 1).trimmed());
    }
    const QString file = context.arguments.first();
    auto result = io::CsvImporter(**store).importFile(file, options);
    if (!result)
        return context.fail(result.error());
    const io::ImportReport& report = *result;

    QTextStream& out = context.out;
    out << Tr::tr("Read %1: %2, separated by %3, %n row(s).", "", report.rows)
               .arg(file, report.encoding,
                    report.separator == u'\t' ? Tr::tr("tabs") : u"\""_s + report.separator + u'"')
        << '\n';
    out << Tr::tr("Columns:") << '\n';
    qsizetype width = 0;
    for (const io::ColumnGuess& column : report.mapping)
        width = std::max(width, column.header.size());
    for (const io::ColumnGuess& column : report.mapping) {
        out << "  " << column.header.leftJustified(width + 2)
            << (column.field.isEmpty() ? u"-  "_s + column.note : u"-> "_s + column.field) << '\n';
    }
    out << Tr::tr("Rows matched on: %1.").arg(report.key) << '\n';
    out.flush();
    // Diagnostics on stderr, so a script that keeps stdout still sees why a file was refused.
    QTextStream& err = context.err;
    for (const Error& warning : report.warnings) {
        if (warning.row > 0)
            err << Tr::tr("Warning: row %1: %2").arg(warning.row).arg(oneLine(warning.message))
                << (warning.hint.isEmpty() ? QString() : u' ' + warning.hint) << '\n';
    }
    err.flush();
    if (!report.ok()) {
        for (const Error& problem : report.problems)
            err << Tr::tr("Problem: %1").arg(oneLine(problem.toString())) << '\n';
        err.flush();
        Error error = Error::invalidInput(
            Tr::tr("%n problem(s) in the file: nothing was imported.", "", report.problems.size()),
            Tr::tr("Fix the rows listed above (or choose columns with --map) and run the import "
                   "again."));
        error.path = file;
        return context.fail(error);
    }
    if (report.dryRun)
        out << Tr::tr("Dry run: %1 to add, %2 to update, %3 unchanged. Nothing was written.")
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
            << '\n';
    else
        out << Tr::tr("Imported: %1 added, %2 updated, %3 unchanged.")
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
            << '\n';
    return Success;
}

// ---- export ----

int runExport(Context& context, bool households) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    io::ExportOptions options;
    options.redacted = context.isSet(u"redacted"_s);
    options.confirmedPersonalData = context.isSet(u"confirm-personal-data"_s);
    if (options.redacted && options.confirmedPersonalData)
        throw UsageProblem{Tr::tr("--redacted and --confirm-personal-data exclude each other")};
    const QString file = context.arguments.first();
    auto written = households ? io::CsvExporter::exportHouseholds(**store, file, options)
                              : io::CsvExporter::exportPeople(**store, file, options);
    if (!written)
        return context.fail(written.error());
    context.out << (households ? Tr::tr("Wrote %n household(s) to %1", "", written->rows)
                               : Tr::tr("Wrote %n person(s) to %1", "", written->rows))
                       .arg(file);
    if (written->personalData)
        context.out << ' '
                    << Tr::tr("(personal data: only you can read the file; keep it safe and "
                              "delete it when done).");
    else
        context.out << ' ' << Tr::tr("(redacted: no names, phones or addresses).");
    context.out << '\n';
    if (written->suppressed > 0)
        context.err << Tr::tr("Note: %n household(s) left out: too few households shared their "
                              "values (the file's first lines say how it was made anonymous).",
                              "", written->suppressed)
                    << '\n';
    return Success;
}

// ---- purge ----

// Households closed for longer than the retention period: listed, then erased unless --dry-run.
int runPurge(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    people::Retention retention(**store);
    const int months = int(context.integer(u"months"_s, retention.retentionMonths(), 1, 1200));
    const QList<people::PurgeCandidate> due = retention.candidates(months);
    const bool dryRun = context.isSet(u"dry-run"_s);
    int purged = 0;
    if (!dryRun && !due.isEmpty()) {
        auto report = retention.purgeClosed(months);
        if (!report)
            return context.fail(report.error());
        purged = report->purged;
    }
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const people::PurgeCandidate& c : due)
            list.append(QJsonObject{{u"id"_s, c.id},
                                    {u"closed_since"_s, c.closedSince.toString(Qt::ISODate)}});
        printJson(context,
                  QJsonObject{{u"months"_s, months},
                              {u"dry_run"_s, dryRun},
                              {u"purged"_s, purged},
                              {u"households"_s, list}},
                  QJsonDocument::Compact);
        return Success;
    }
    if (due.isEmpty()) {
        context.out << Tr::tr("No household has been closed for more than %1 months.").arg(months)
                    << '\n';
        return Success;
    }
    for (const people::PurgeCandidate& c : due)
        context.out << Tr::tr("  closed since %1  %2").arg(dateText(c.closedSince), c.chosenName)
                    << '\n';
    context.out << (dryRun ? Tr::tr("%1 household(s) would be erased (--dry-run: nothing "
                                    "changed).")
                                 .arg(due.size())
                           : Tr::tr("Erased %1 household(s): their values are gone from this "
                                    "file and leave the backups at the next backup and the "
                                    "other laptops at their next sync.")
                                 .arg(purged))
                << '\n';
    return Success;
}

// ---- list ----

int runHouseholds(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    people::HouseholdIndex index(**store);
    people::SearchQuery query;
    query.text = context.value(u"search"_s);
    if (context.isSet(u"status"_s))
        query.statuses = context.value(u"status"_s).split(u',', Qt::SkipEmptyParts);
    const people::SearchResult found = index.search(query);
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const QString& id : found.ids) {
            const people::HouseholdSummary* h = index.summary(id);
            list.append(QJsonObject{{u"id"_s, h->id},
                                    {u"chosen_name"_s, h->chosenName},
                                    {u"postal_code"_s, h->postalCode},
                                    {u"size"_s, h->size},
                                    {u"languages"_s, QJsonArray::fromStringList(h->languages)},
                                    {u"dietary_tags"_s, QJsonArray::fromStringList(h->dietaryTags)},
                                    {u"schedule"_s, h->schedule},
                                    {u"status"_s, h->status}});
        }
        printJson(context, QJsonObject{{u"households"_s, list}});
        return Success;
    }
    if (found.ids.isEmpty()) {
        context.out << (index.size() == 0
                            ? Tr::tr("No households yet; bring a spreadsheet in with larder-cli "
                                     "--db FILE households import FILE.csv.")
                            : Tr::tr("No household matches."))
                    << '\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const QString& id : found.ids) {
        const people::HouseholdSummary* h = index.summary(id);
        rows << QStringList{
            h->chosenName, h->postalCode, QString::number(h->size), h->languages.join(u", "_s),
            h->schedule,   h->status};
    }
    printTable(context.out,
               {Tr::tr("Name they chose"), Tr::tr("Postal code"), Tr::tr("People"),
                Tr::tr("Languages"), Tr::tr("Schedule"), Tr::tr("Status")},
               rows);
    return Success;
}

int runPeople(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    const QList<people::Person> all = people::People(**store).all(context.isSet(u"all"_s));
    QHash<QString, QString> householdNames;
    for (const people::Household& h : people::Households(**store).all())
        householdNames.insert(h.id, h.chosenName);
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const people::Person& p : all)
            list.append(
                QJsonObject{{u"id"_s, p.id},
                            {u"display_name"_s, p.displayName},
                            {u"roles"_s, QJsonArray::fromStringList(p.roles)},
                            {u"vehicle_capacity"_s, p.vehicleCapacity},
                            {u"languages"_s, QJsonArray::fromStringList(p.languages)},
                            {u"usual_days"_s, QJsonArray::fromStringList(p.usualDays)},
                            {u"household_id"_s,
                             p.householdId.isEmpty() ? QJsonValue() : QJsonValue(p.householdId)},
                            {u"active"_s, p.active}});
        printJson(context, QJsonObject{{u"people"_s, list}});
        return Success;
    }
    if (all.isEmpty()) {
        context.out << Tr::tr("No volunteers yet; bring a list in with larder-cli --db FILE "
                              "people import FILE.csv.")
                    << '\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const people::Person& p : all)
        rows << QStringList{p.displayName,
                            p.roles.join(u", "_s),
                            p.vehicleCapacity > 0 ? QString::number(p.vehicleCapacity) : QString(),
                            p.languages.join(u", "_s),
                            p.usualDays.join(u", "_s),
                            householdNames.value(p.householdId)};
    printTable(context.out,
               {Tr::tr("Name"), Tr::tr("Roles"), Tr::tr("Boxes"), Tr::tr("Languages"),
                Tr::tr("Usual days"), Tr::tr("Household")},
               rows);
    return Success;
}

// The import, export and list subcommands of `households` or `people`.
QList<Command> subcommands(bool households) {
    const io::ImportKind kind = households ? io::ImportKind::Households : io::ImportKind::People;
    const QString group = households ? u"households"_s : u"people"_s;
    QStringList fields;
    for (const io::FieldSpec& spec : io::ColumnMapper::fields(kind))
        fields << spec.key;

    Command import;
    import.name = u"import"_s;
    import.needsDetails = true;
    import.summary = households ? Tr::tr("Bring households in from a CSV file.")
                                : Tr::tr("Bring volunteers and drivers in from a CSV file.");
    import.description =
        Tr::tr("Reads a spreadsheet's CSV (UTF-8 or Windows-1252; comma, semicolon or tab), takes "
               "each column as the field its header names in English or Spanish (--map "
               "HEADER=field to choose; HEADER=- to skip), checks every row as the form would and "
               "lists every problem with its row and column. With any problem nothing is "
               "imported; otherwise all rows are written at once. A row whose key (--key: %1) "
               "matches a record on file updates it, so importing a file again adds nothing. "
               "Columns for a legal ID, immigration status, income, date of birth or photos are "
               "never imported. Fields: %2.")
            .arg(io::CsvImporter::keys(kind).join(u", "_s), fields.join(u", "_s));
    import.synopsis = u"FILE.csv [--map HEADER=field ...] [--key field] [--dry-run]"_s;
    import.arguments = {u"FILE.csv"_s};
    import.options = {
        QCommandLineOption(u"map"_s, Tr::tr("take column HEADER as field; repeat for more"),
                           u"HEADER=field"_s),
        QCommandLineOption(u"key"_s, Tr::tr("match rows to records on file by this key"),
                           u"field"_s),
        QCommandLineOption(u"dry-run"_s, Tr::tr("check and report, write nothing")),
    };
    import.example = households ? u"larder-cli --db pantry.larder households import lista.csv "
                                  u"--map \"Tel. casa=phone\" --key phone --dry-run"_s
                                : u"larder-cli --db pantry.larder people import voluntarios.csv"_s;
    import.run = [kind](Context & context) { return runImport(context, kind);
};

Command exportCommand;
exportCommand.name = u"export"_s;
exportCommand.needsDetails = true;
exportCommand.summary = households ? Tr::tr("Write the households to a CSV file.")
                                   : Tr::tr("Write the volunteers to a CSV file.");
exportCommand.description =
    Tr::tr("A full export holds names, addresses and phones, and is written only with "
           "--confirm-personal-data (the file is then readable by its owner only). "
           "--redacted leaves out every personal column and the record ids and cuts postal "
           "codes to their area, for reports; households then show only postal area, size band, "
           "status and month or year added, coarse enough that every row is shared by at least "
           "5 households (the rest are left out, and the file's first lines say so). A full "
           "export re-imports onto the same records with --key id.");
exportCommand.synopsis = u"OUT.csv (--confirm-personal-data | --redacted)"_s;
exportCommand.arguments = {u"OUT.csv"_s};
exportCommand.options = {
    QCommandLineOption(u"redacted"_s, Tr::tr("no names, phones or street addresses")),
    QCommandLineOption(u"confirm-personal-data"_s,
                       Tr::tr("I know this file contains personal data")),
};
exportCommand.example =
    u"larder-cli --db pantry.larder "_s + group + u" export report.csv --redacted"_s;
exportCommand.run = [households](Context& context) { return runExport(context, households); };

Command list;
list.name = u"list"_s;
list.needsDetails = true;
if (households) {
    list.summary = Tr::tr("List the households.");
    list.description =
        Tr::tr("Lists the households by name with postal code, size, languages, schedule and "
               "status — never their addresses or phones. --search finds them as the "
               "households page does (name, address, notes, phone digits; accents and case "
               "ignored); --status active,paused filters. --json prints {\"households\": "
               "[{\"id\", \"chosen_name\", \"postal_code\", \"size\", \"languages\", "
               "\"dietary_tags\", \"schedule\", \"status\"}]}.");
    list.synopsis = u"[--search TEXT] [--status S,...] [--json]"_s;
    list.options = {QCommandLineOption(u"search"_s, Tr::tr("words to look for"), u"TEXT"_s),
                    QCommandLineOption(u"status"_s, Tr::tr("active, paused or closed"), u"S,..."_s),
                    jsonOption()};
    list.example = u"larder-cli --db pantry.larder households list --search loomis"_s;
    list.run = runHouseholds;
} else {
    list.summary = Tr::tr("List the volunteers and drivers.");
    list.description =
        Tr::tr("Lists the active volunteers with roles, vehicle capacity, languages, usual "
               "days and the household they belong to; --all adds inactive ones. --json "
               "prints {\"people\": [{\"id\", \"display_name\", \"roles\", "
               "\"vehicle_capacity\", \"languages\", \"usual_days\", \"household_id\", "
               "\"active\"}]}.");
    list.synopsis = u"[--all] [--json]"_s;
    list.options = {QCommandLineOption(u"all"_s, Tr::tr("include inactive people")), jsonOption()};
    list.example = u"larder-cli --db pantry.larder people list --json"_s;
    list.run = runPeople;
}
if (!households)
    return {list, import, exportCommand};
Command purge;
purge.name = u"purge"_s;
purge.needsDetails = true;
purge.summary = Tr::tr("Erase households closed for longer than the retention period.");
purge.description =
    Tr::tr("Lists the households closed for more than --months (default: the pantry's setting, "
           "12) and erases them: their values leave this file and its operation log now, its "
           "backups at the next backup, and every laptop of the network at its next sync. "
           "--dry-run only lists them. --json prints {\"months\", \"dry_run\", \"purged\", "
           "\"households\": [{\"id\", \"closed_since\"}]} (no names).");
purge.synopsis = u"[--months N] [--dry-run] [--json]"_s;
purge.options = {QCommandLineOption(u"months"_s, Tr::tr("closed for more than N months"), u"N"_s),
                 QCommandLineOption(u"dry-run"_s, Tr::tr("list them, erase nothing")),
                 jsonOption()};
purge.example = u"larder-cli --db pantry.larder households purge --dry-run"_s;
purge.run = runPurge;
return {list, import, exportCommand, purge};
} // namespace

} // namespace larder::cli

QList<Command> peopleCommands() {
    Command households;
    households.name = u"households"_s;
    households.needsDetails = true;
    households.summary = Tr::tr("List, import, export or purge households.");
    households.description =
        Tr::tr("Without a subcommand, lists the households (as households list).");
    households.synopsis = u"list | import FILE.csv | export OUT.csv | purge ..."_s;
    households.options = {
        QCommandLineOption(u"search"_s, Tr::tr("words to look for"), u"TEXT"_s),
        QCommandLineOption(u"status"_s, Tr::tr("active, paused or closed"), u"S,..."_s),
        jsonOption()};
    households.example = u"larder-cli --db pantry.larder households import lista.csv --dry-run"_s;
    households.run = runHouseholds;
    households.subcommands = subcommands(true);

    Command people;
    people.name = u"people"_s;
    people.needsDetails = true;
    people.summary = Tr::tr("List, import or export volunteers and drivers.");
    people.description = Tr::tr("Without a subcommand, lists the people (as people list).");
    people.synopsis = u"list | import FILE.csv | export OUT.csv ..."_s;
    people.options = {QCommandLineOption(u"all"_s, Tr::tr("include inactive people")),
                      jsonOption()};
    people.example = u"larder-cli --db pantry.larder people import voluntarios.csv"_s;
    people.run = runPeople;
    people.subcommands = subcommands(false);

    return {households, people};
}

} // namespace larder::cli
