// SPDX-License-Identifier: GPL-3.0-or-later
// report (summary, pdf): a period's figures from the ledger and the recorded outcomes, exactly as
// the Reports page shows them; `report pdf` needs a QApplication (main.cpp makes one, offscreen).

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/reports/ReportExport.h"
#include "core/reports/Reports.h"
#include "core/storage/Store.h"
#include "reports/ReportPdf.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::ReportCommands)
};

QList<QCommandLineOption> periodOptions() {
    return {
        QCommandLineOption(u"from"_s, Tr::tr("the first day of the period (YYYY-MM-DD)"), u"D"_s),
        QCommandLineOption(u"to"_s, Tr::tr("the last day of the period (YYYY-MM-DD)"), u"D"_s),
        QCommandLineOption(u"period"_s,
                           Tr::tr("instead of --from and --to: this-week, last-week, "
                                  "this-month, last-month, this-quarter, this-year or "
                                  "last-year"),
                           u"NAME"_s),
        QCommandLineOption(u"site"_s,
                           Tr::tr("one pantry of the network, by name or site id (default: "
                                  "every pantry whose records this file holds)"),
                           u"S"_s)};
}

QDate dayOption(const Context& context, const QString& name) {
    const QString text = context.value(name).trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        throw UsageProblem{
            Tr::tr("--%1 must be a day such as 2026-03-07, not \"%2\"").arg(name, text)};
    return day;
}

reports::Period periodFrom(const Context& context, const Store& store) {
    if (context.isSet(u"period"_s)) {
        if (context.isSet(u"from"_s) || context.isSet(u"to"_s))
            throw UsageProblem{Tr::tr("give either --period or --from and --to, not both")};
        static const QList<std::pair<QString, reports::Preset>> names{
            {u"this-week"_s, reports::Preset::ThisWeek},
            {u"last-week"_s, reports::Preset::LastWeek},
            {u"this-month"_s, reports::Preset::ThisMonth},
            {u"last-month"_s, reports::Preset::LastMonth},
            {u"this-quarter"_s, reports::Preset::ThisQuarter},
            {u"this-year"_s, reports::Preset::ThisYear},
            {u"last-year"_s, reports::Preset::LastYear}};
        const QString wanted = context.value(u"period"_s).trimmed().toLower();
        QStringList known;
        for (const auto& [name, preset] : names) {
            if (name == wanted)
                return reports::presetPeriod(preset, store.today());
            known << name;
        }
        throw UsageProblem{Tr::tr("--period must be one of %1, not \"%2\"")
                               .arg(known.join(u", "), context.value(u"period"_s))};
    }
    if (!context.isSet(u"from"_s) || !context.isSet(u"to"_s))
        throw UsageProblem{
            Tr::tr("--from and --to are required (or --period): the period's first and last day")};
    return {dayOption(context, u"from"_s), dayOption(context, u"to"_s)};
}

// The summary the options ask for, or the error to print.
Result<reports::Summary> summaryFrom(Context& context, const Store& store) {
    const reports::Reports reports(store);
    const reports::Period period = periodFrom(context, store);
    reports::Scope scope;
    if (context.isSet(u"site"_s)) {
        auto site = reports.findSite(context.value(u"site"_s));
        if (!site)
            return site.error();
        scope.site = site->id;
    }
    return reports.summary(period, scope);
}

void printText(Context& context, const reports::Summary& summary) {
    const QLocale locale = QLocale::system();
    context.out << Tr::tr("Report: %1, %2")
                       .arg(summary.scopeName.isEmpty() ? Tr::tr("all pantries in this file")
                                                        : summary.scopeName,
                            reports::ReportText::periodText(summary.period, locale))
                << '\n';
    const QList<reports::FigureRow> rows = reports::figureRows(summary, locale);
    qsizetype width = 0;
    for (const reports::FigureRow& row : rows)
        width = std::max(width, row.label.size());
    QString section;
    for (const reports::FigureRow& row : rows) {
        if (row.section != section) {
            section = row.section;
            context.out << '\n' << section << '\n';
        }
        context.out << "  " << row.label.leftJustified(width + 2) << row.value << '\n';
    }
}

int runSummary(Context& context) {
    exclusive(context, u"json"_s, u"csv"_s);
    const std::unique_ptr<Store> store = openStore(context);
    const reports::Summary summary = checked(summaryFrom(context, *store));
    if (context.isSet(u"json"_s)) {
        printJson(context, reports::toJson(summary));
        return Success;
    }
    if (context.isSet(u"csv"_s)) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            refuse(Tr::tr("Could not write to the standard output."));
        out.write(reports::toCsv(summary, QLocale::system()));
        out.flush();
        return Success;
    }
    printText(context, summary);
    return Success;
}

int runPdf(Context& context) {
    const QString path = required(context, u"output"_s, u"OUT.pdf"_s);
    const std::unique_ptr<Store> store = openStore(context);
    const reports::Summary summary = checked(summaryFrom(context, *store));
    reports::ReportPdf::Options options;
    options.paper = printOptionsFrom(context, *store).paper;
    options.locale = QLocale::system();
    checked(reports::ReportPdf::write(summary, path, options));
    context.err << Tr::tr("Wrote the report for %1 to %2.")
                       .arg(reports::ReportText::periodText(summary.period, options.locale), path)
                << '\n';
    return Success;
}

} // namespace

Command reportCommand() {
    Command summary;
    summary.name = u"summary"_s;
    summary.summary = Tr::tr("The figures of a period, as the Reports page shows them.");
    summary.description =
        Tr::tr("Households served, deliveries by outcome, stock given out, received and thrown "
               "away (by category, source, supplier and reason, in units and weight), what is on "
               "hand and expires soon, and the checks on supply, for a period. Every figure comes "
               "from the ledger and the recorded outcomes. --json prints every figure exactly; "
               "--csv prints the export a group hands on, with counts of fewer than 5 households "
               "shown as \"<5\". No names, phones or addresses are printed.");
    summary.synopsis = u"--from D --to D [--site S] [--json | --csv]"_s;
    summary.options =
        periodOptions() +
        QList<QCommandLineOption>{QCommandLineOption(u"json"_s, Tr::tr("print JSON for scripts")),
                                  QCommandLineOption(u"csv"_s, Tr::tr("print the CSV export"))};
    summary.example =
        u"larder-cli --db pantry.larder report summary --from 2026-01-01 --to 2026-03-31 --json"_s;
    summary.run = handled(runSummary);

    Command pdf;
    pdf.name = u"pdf"_s;
    pdf.summary = Tr::tr("The one-page report of a period as PDF, charts included.");
    pdf.description = Tr::tr(
        "Writes the key figures and four charts of a period on one page, for a network or a "
        "supplier: no names, phones or addresses, and counts of fewer than 5 households shown "
        "as \"<5\". The paper is the pantry's paper size setting unless --paper says otherwise.");
    pdf.synopsis = u"--from D --to D [--site S] -o OUT.pdf [--paper letter|a4]"_s;
    pdf.options =
        periodOptions() +
        QList<QCommandLineOption>{QCommandLineOption({u"o"_s, u"output"_s},
                                                     Tr::tr("the PDF file to write"), u"OUT.pdf"_s),
                                  paperOption()};
    pdf.example = u"larder-cli --db pantry.larder report pdf --period last-month -o november.pdf"_s;
    pdf.run = handled(runPdf);

    Command report;
    report.name = u"report"_s;
    report.summary = Tr::tr("Reports: a period's figures as text, JSON, CSV or a one-page PDF.");
    report.description = Tr::tr("report summary prints a period's figures; report pdf writes "
                                "them on one page with charts. See each one's --help.");
    report.synopsis = u"summary|pdf ..."_s;
    report.example = summary.example;
    report.subcommands = {summary, pdf};
    report.run = [](Context&) -> int {
        throw UsageProblem{Tr::tr("say what to make: report summary or report pdf")};
    };
    return report;
}

} // namespace larder::cli
