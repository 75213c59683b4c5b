// SPDX-License-Identifier: GPL-3.0-or-later
// suppliers (add, edit, retire, restore): where the pantry's food comes from, and where the
// drivers of a supplier pickup run collect it.

#include "app/cli/Commands.h"
#include "app/cli/StockSupport.h"
#include "core/inventory/Suppliers.h"
#include "core/people/Households.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

struct SupplierTr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::SupplierCommands)
};

QJsonObject supplierJson(const Supplier& s) {
    QJsonObject object{{u"id"_s, s.id},
                       {u"name"_s, s.name},
                       {u"kind"_s, s.kind},
                       {u"contact"_s, textOrNull(s.contactName)},
                       {u"phone"_s, textOrNull(s.phone)},
                       {u"pickup_days"_s, QJsonArray::fromStringList(s.pickupDays)},
                       {u"address"_s, textOrNull(s.address)},
                       {u"notes"_s, textOrNull(s.notes)},
                       {u"usual_boxes"_s, s.usualBoxes},
                       {u"active"_s, s.active}};
    object.insert(u"latitude"_s, s.where ? QJsonValue(s.where->latitude) : QJsonValue());
    object.insert(u"longitude"_s, s.where ? QJsonValue(s.where->longitude) : QJsonValue());
    return object;
}

// The supplier an argument names (id or name), or a refusal listing the known ones.
Supplier findSupplier(const Suppliers& suppliers, const QString& text) {
    if (auto found = suppliers.find(text))
        return *found;
    QStringList names;
    for (const Supplier& s : suppliers.list(true))
        names << s.name;
    refuse(SupplierTr::tr("SUPPLIER: there is no supplier \"%1\".").arg(text.left(80)),
           names.isEmpty()
               ? SupplierTr::tr("This pantry has no suppliers yet; add one with suppliers add.")
               : SupplierTr::tr("Known suppliers: %1.").arg(names.join(u", "_s)));
}

// The flags of add and edit over `supplier`: only those given change it. Each is read as a
// volunteer would type it ("Tue, Sat", "41.85, -87.66" or a map link), and the whole is checked
// by Suppliers::validate before anything is written, the flag at fault named.
void applyFlags(const Context& context, Supplier& supplier) {
    if (context.isSet(u"name"_s))
        supplier.name = context.value(u"name"_s);
    if (context.isSet(u"kind"_s))
        supplier.kind = context.value(u"kind"_s).trimmed().toLower();
    if (context.isSet(u"contact"_s))
        supplier.contactName = context.value(u"contact"_s);
    if (context.isSet(u"phone"_s))
        supplier.phone = context.value(u"phone"_s);
    if (context.isSet(u"address"_s))
        supplier.address = context.value(u"address"_s);
    if (context.isSet(u"notes"_s))
        supplier.notes = context.value(u"notes"_s);
    if (context.isSet(u"boxes"_s))
        supplier.usualBoxes = int(context.integer(u"boxes"_s, 0, 0, Suppliers::MostBoxes));
    if (context.isSet(u"days"_s)) {
        const auto days = people::FieldParser::weekdays(context.value(u"days"_s));
        if (!days.ok())
            refuseFlag(u"days"_s, days.error);
        supplier.pickupDays = days.value.value_or(QStringList());
    }
    if (context.isSet(u"where"_s)) {
        const auto where = people::FieldParser::coordinates(context.value(u"where"_s));
        if (!where.ok())
            refuseFlag(u"where"_s, where.error);
        supplier.where = where.value;
    }
    static const QHash<QString, QString> flagOf{
        {u"name"_s, u"name"_s},   {u"kind"_s, u"kind"_s},        {u"contact_name"_s, u"contact"_s},
        {u"phone"_s, u"phone"_s}, {u"pickup_days"_s, u"days"_s}, {u"address"_s, u"address"_s},
        {u"where"_s, u"where"_s}, {u"notes"_s, u"notes"_s},      {u"usual_boxes"_s, u"boxes"_s}};
    const QList<people::FieldProblem> problems = Suppliers::validate(supplier);
    if (!problems.isEmpty())
        refuseFlag(flagOf.value(problems.first().field, problems.first().field),
                   problems.first().message, problems.first().hint);
}

QList<QCommandLineOption> fieldOptions() {
    return {
        QCommandLineOption(u"name"_s, SupplierTr::tr("the supplier's name"), u"N"_s),
        QCommandLineOption(u"kind"_s, Suppliers::kinds().join(u", "_s), u"K"_s),
        QCommandLineOption(u"contact"_s, SupplierTr::tr("who to ask for"), u"C"_s),
        QCommandLineOption(u"phone"_s, SupplierTr::tr("a phone number"), u"P"_s),
        QCommandLineOption(
            u"days"_s, SupplierTr::tr("pickup days, such as \"Tue, Sat\" (empty: none)"), u"D"_s),
        QCommandLineOption(u"address"_s, SupplierTr::tr("the address printed for the driver"),
                           u"A"_s),
        QCommandLineOption(u"where"_s,
                           SupplierTr::tr("coordinates (\"41.85, -87.66\") or a map link, for the "
                                          "routes (empty: none)"),
                           u"W"_s),
        QCommandLineOption(u"notes"_s, SupplierTr::tr("what the driver should know"), u"T"_s),
        QCommandLineOption(
            u"boxes"_s,
            SupplierTr::tr("boxes a pickup usually fills (room in the vehicle; 0 to %1)")
                .arg(Suppliers::MostBoxes),
            u"N"_s),
        jsonOption(),
    };
}

void printSaved(Context& context, const Supplier& supplier, const QString& sentence) {
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"supplier"_s, supplierJson(supplier)}});
        return;
    }
    context.out << sentence << '\n';
    if (!supplier.where && supplier.active)
        context.err << SupplierTr::tr("Note: without coordinates (--where) this supplier cannot be "
                                      "placed on a pickup route.")
                    << '\n';
}

int runAdd(Context& context) {
    required(context, u"name"_s, u"N"_s);
    auto store = openStore(context);
    Suppliers suppliers(*store);
    Supplier supplier;
    applyFlags(context, supplier);
    supplier.id = checked(suppliers.add(supplier));
    printSaved(
        context, supplier,
        SupplierTr::tr("Added supplier \"%1\", id %2.").arg(supplier.name.trimmed(), supplier.id));
    return Success;
}

int runEdit(Context& context) {
    auto store = openStore(context);
    Suppliers suppliers(*store);
    Supplier supplier = findSupplier(suppliers, context.arguments.value(0));
    applyFlags(context, supplier);
    checked(suppliers.update(supplier));
    printSaved(context, supplier,
               SupplierTr::tr("Changed supplier \"%1\".").arg(supplier.name.trimmed()));
    return Success;
}

int setActive(Context& context, bool active) {
    auto store = openStore(context);
    Suppliers suppliers(*store);
    Supplier supplier = findSupplier(suppliers, context.arguments.value(0));
    checked(suppliers.setActive(supplier.id, active));
    supplier.active = active;
    printSaved(context, supplier,
               active
                   ? SupplierTr::tr("\"%1\" is an active supplier again.").arg(supplier.name)
                   : SupplierTr::tr("Retired supplier \"%1\": it is kept for the history, and no "
                                    "longer offered at intake or on pickup runs.")
                         .arg(supplier.name));
    return Success;
}

int runRetire(Context& context) {
    return setActive(context, false);
}
int runRestore(Context& context) {
    return setActive(context, true);
}

int runList(Context& context) {
    auto store = openStore(context);
    const QList<Supplier> list = Suppliers(*store).list(context.isSet(u"all"_s));
    if (context.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Supplier& s : list)
            array.append(supplierJson(s));
        printJson(context, {{u"suppliers"_s, array}});
        return Success;
    }
    if (list.isEmpty()) {
        context.out << SupplierTr::tr(
                           "This pantry has no suppliers yet; add one with larder-cli --db "
                           "FILE suppliers add --name \"Mercado El Sol\" --where \"41.85, "
                           "-87.66\".")
                    << '\n';
        return Success;
    }
    Table table({SupplierTr::tr("Name"), SupplierTr::tr("Kind"), SupplierTr::tr("Pickup days"),
                 SupplierTr::tr("Boxes"), SupplierTr::tr("Address"), SupplierTr::tr("On the map"),
                 SupplierTr::tr("Contact"), SupplierTr::tr("Status")},
                {3});
    for (const Supplier& s : list)
        table.add(
            {s.name, s.kind, s.pickupDays.join(u","_s), QString::number(s.usualBoxes), s.address,
             s.where
                 ? u"%1, %2"_s.arg(s.where->latitude, 0, 'f', 5).arg(s.where->longitude, 0, 'f', 5)
                 : SupplierTr::tr("no"),
             s.contactName, s.active ? QString() : SupplierTr::tr("retired")});
    table.print(context.out);
    return Success;
}

Command subcommand(const QString& name, const QString& summary, const QString& description,
                   const QString& synopsis, QList<QCommandLineOption> options,
                   const QString& example, int (*run)(Context&), QStringList arguments = {}) {
    Command command;
    command.name = name;
    command.summary = summary;
    command.description = description;
    command.synopsis = synopsis;
    command.options = std::move(options);
    command.example = example;
    command.needsDetails = true; // contacts, phones and addresses are personal
    command.run = handled(run);
    command.arguments = std::move(arguments);
    return command;
}

} // namespace

Command suppliersCommand() {
    Command suppliers = subcommand(
        u"suppliers"_s,
        SupplierTr::tr("List the suppliers, or add, edit, retire one (suppliers add)."),
        SupplierTr::tr(
            "Lists the active suppliers with kind, pickup days, address, coordinates and "
            "contact; --all adds retired ones. A supplier pickup run collects from the "
            "suppliers whose pickup day it is, planned by their coordinates. --json prints "
            "{\"suppliers\": [{\"id\", \"name\", \"kind\", \"contact\", \"phone\", "
            "\"pickup_days\", \"address\", \"latitude\", \"longitude\", \"notes\", "
            "\"active\"}]}."),
        u"[add|edit|retire|restore ...] [--json] [--all]"_s,
        {jsonOption(), QCommandLineOption(u"all"_s, SupplierTr::tr("include retired suppliers"))},
        u"larder-cli --db pantry.larder suppliers"_s, runList);
    const QString fields = u"[--kind K] [--contact C] [--phone P] [--days D] [--address A] "
                           "[--where W] [--notes T] [--boxes N] [--json]"_s;
    suppliers.subcommands = {
        subcommand(
            u"add"_s, SupplierTr::tr("Add a supplier."),
            SupplierTr::tr("Adds a supplier. Kinds: %1 (the default is donor). Names are unique "
                           "among active suppliers, whatever their case.")
                .arg(Suppliers::kinds().join(u", "_s)),
            u"--name N "_s + fields, fieldOptions(),
            u"larder-cli --db pantry.larder suppliers add --name \"Panadería La Espiga\" "
            "--kind bakery --days \"Tue, Thu, Sat\" --address \"1830 S Blue Island Ave\" "
            "--where \"41.8578, -87.6617\""_s,
            runAdd),
        subcommand(
            u"edit"_s, SupplierTr::tr("Change a supplier."),
            SupplierTr::tr("Changes the fields given and keeps the others. An empty value clears "
                           "a field (--where \"\" takes the supplier off the map)."),
            u"SUPPLIER [--name N] "_s + fields, fieldOptions(),
            u"larder-cli --db pantry.larder suppliers edit \"Mercado El Sol\" --where "
            "\"https://www.openstreetmap.org/#map=18/41.8543/-87.6658\""_s,
            runEdit, {u"SUPPLIER"_s}),
        subcommand(
            u"retire"_s, SupplierTr::tr("Retire a supplier."),
            SupplierTr::tr("Keeps the supplier for the history (lots and movements name it) and "
                           "stops offering it at intake and on pickup runs."),
            u"SUPPLIER [--json]"_s, {jsonOption()},
            u"larder-cli --db pantry.larder suppliers retire \"Grace Lutheran Church\""_s,
            runRetire, {u"SUPPLIER"_s}),
        subcommand(u"restore"_s, SupplierTr::tr("Make a retired supplier active again."),
                   SupplierTr::tr("The opposite of retire."), u"SUPPLIER [--json]"_s,
                   {jsonOption()},
                   u"larder-cli --db pantry.larder suppliers restore \"Grace Lutheran Church\""_s,
                   runRestore, {u"SUPPLIER"_s}),
    };
    return suppliers;
}

} // namespace larder::cli
