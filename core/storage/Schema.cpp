// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Schema.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace larder {

const ColumnDef* TableDef::column(QStringView columnName) const {
    for (const ColumnDef& c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

bool TableDef::hasSensitiveColumns() const {
    for (const ColumnDef& c : columns) {
        if (c.sensitive)
            return true;
    }
    return false;
}

namespace schema {
namespace {

constexpr bool Sensitive = true;

ColumnDef text(const char* name, bool sensitive = false) {
    return {QString::fromLatin1(name), ColumnType::Text, sensitive};
}
ColumnDef integer(const char* name, bool sensitive = false) {
    return {QString::fromLatin1(name), ColumnType::Integer, sensitive};
}
ColumnDef flag(const char* name, bool sensitive = false) {
    return {QString::fromLatin1(name), ColumnType::Integer, sensitive, true};
}
ColumnDef real(const char* name, bool sensitive = false) {
    return {QString::fromLatin1(name), ColumnType::Real, sensitive};
}

// Ledger columns (ColumnStorage).
ColumnDef key(const char* name, const char* references = nullptr) {
    return {QString::fromLatin1(name),      ColumnType::Text, false, false, ColumnStorage::RowKey,
            QString::fromLatin1(references)};
}
ColumnDef moment(const char* name) {
    return {QString::fromLatin1(name), ColumnType::Text, false, false, ColumnStorage::Moment, {}};
}
ColumnDef siteNumber(const char* name) {
    return {
        QString::fromLatin1(name), ColumnType::Text, false, false, ColumnStorage::SiteNumber, {}};
}

QList<TableDef> makeTables() {
    using K = TableKind;
    return {
        {u"locations"_s,
         K::Record,
         {text("id"), text("name"), text("kind"), flag("active"), text("created_at")}},
        {u"suppliers"_s,
         K::Record,
         {text("id"), text("name"), text("kind"), text("contact_name", Sensitive),
          text("phone", Sensitive), text("pickup_days"), text("notes", Sensitive), flag("active"),
          text("created_at"), text("address", Sensitive), real("latitude", Sensitive),
          real("longitude", Sensitive), integer("usual_boxes")}},
        {u"items"_s,
         K::Record,
         {text("id"), text("name"), text("category"), text("unit"), integer("case_size"),
          integer("unit_grams"), flag("perishable"), integer("shelf_life_days"),
          text("dietary_tags"), integer("par_level"), flag("active"), text("created_at")}},
        {u"item_barcodes"_s, K::Record, {text("id"), text("item_id"), text("code")}},
        {u"lots"_s,
         K::Record,
         {text("id"), text("item_id"), text("expiry"), text("supplier_id"), text("received_on"),
          text("created_at")}},
        {u"households"_s,
         K::Record,
         {text("id"),
          text("chosen_name", Sensitive),
          text("street", Sensitive),
          text("unit", Sensitive),
          text("city", Sensitive),
          text("postal_code", Sensitive),
          text("meeting_point", Sensitive),
          real("latitude", Sensitive),
          real("longitude", Sensitive),
          integer("adults"),
          integer("children"),
          integer("seniors"),
          text("dietary_tags", Sensitive),
          text("allergies", Sensitive),
          text("languages", Sensitive),
          text("delivery_notes", Sensitive),
          text("access_needs", Sensitive),
          text("phone", Sensitive),
          flag("may_call", Sensitive),
          flag("may_text", Sensitive),
          flag("may_leave_at_door", Sensitive),
          text("schedule", Sensitive),
          integer("preferred_weekday", Sensitive),
          text("window_start", Sensitive),
          text("window_end", Sensitive),
          text("status"),
          text("status_since"),
          text("created_at")}},
        {u"people"_s,
         K::Record,
         {text("id"), text("display_name", Sensitive), text("phone", Sensitive),
          text("roles", Sensitive), integer("vehicle_capacity"), text("languages", Sensitive),
          text("start_point", Sensitive), real("start_latitude", Sensitive),
          real("start_longitude", Sensitive), text("usual_days", Sensitive), text("household_id"),
          text("notes", Sensitive), flag("active"), text("created_at")}},
        {u"stock_movements"_s,
         K::Ledger,
         {key("id"), moment("at"), text("kind"), key("item_id", "items"), key("lot_id", "lots"),
          key("location_id", "locations"), integer("quantity"), text("reason"), key("supplier_id"),
          key("reference"), key("reverses"), key("recorded_by"), siteNumber("site"),
          integer("hlc")}},
        {u"stock_counts"_s,
         K::Record,
         {text("id"), text("location_id"), text("status"), text("started_at"), text("started_by"),
          text("confirmed_at"), text("reference"), text("created_at")}},
        {u"stock_count_lines"_s,
         K::Record,
         {text("id"), text("count_id"), text("item_id"), text("location_id"), text("lot_id"),
          integer("expected"), integer("counted"), text("created_at")}},
        {u"box_templates"_s,
         K::Record,
         {text("id"), text("name"), integer("min_size"), integer("max_size"), integer("boxes"),
          flag("active"), text("created_at")}},
        {u"box_template_lines"_s,
         K::Record,
         {text("id"), text("template_id"), text("item_id"), integer("quantity"),
          text("created_at")}},
        {u"runs"_s,
         K::Record,
         {text("id"), text("run_date"), text("kind"), text("name"), text("status"), text("notes"),
          text("planned_at"), text("packed_at"), text("closed_at"), text("created_at")}},
        {u"run_drivers"_s,
         K::Record,
         {text("id"), text("run_id"), text("person_id"), integer("route_no"), integer("capacity"),
          text("start_kind"), text("start_label", Sensitive), real("start_latitude", Sensitive),
          real("start_longitude", Sensitive), flag("returns"), integer("max_stops"),
          integer("max_minutes"), flag("locked"), integer("distance_m"), integer("duration_s"),
          text("created_at"), text("available_from"), text("available_until")}},
        {u"run_stops"_s,
         K::Record,
         {text("id"), text("run_id"), text("household_id"), text("supplier_id"), text("source"),
          text("driver_id"), integer("position"), integer("boxes"), text("template_id"),
          text("outcome"), text("outcome_note", Sensitive), text("outcome_at"), flag("followed_up"),
          text("created_at"), text("offer_id")}},
        {u"run_allocations"_s,
         K::Record,
         {text("id"), text("run_id"), text("stop_id"), text("item_id"), text("lot_id"),
          text("location_id"), integer("quantity"), text("kind"), text("replaces_item_id"),
          text("status"), text("created_at"), text("request_id")}},
        {u"requests"_s,
         K::Record,
         {text("id"), text("household_id"), text("person_id"), text("item_id"), integer("quantity"),
          text("description", Sensitive), text("category"), text("urgency"),
          text("notes", Sensitive), text("status"), text("closed_reason", Sensitive),
          text("taken_by"), text("stop_id"), text("requested_on"), text("closed_on"),
          text("created_at")}},
        {u"offers"_s,
         K::Record,
         {text("id"),
          text("household_id"),
          text("person_id"),
          text("offered_by", Sensitive),
          text("phone", Sensitive),
          text("address", Sensitive),
          real("latitude", Sensitive),
          real("longitude", Sensitive),
          text("item_id"),
          integer("quantity"),
          text("description", Sensitive),
          text("category"),
          text("available_from"),
          text("available_until"),
          flag("pickup"),
          integer("boxes"),
          text("status"),
          text("stop_id"),
          text("received_on"),
          text("notes", Sensitive),
          text("created_at")}},
        {u"matches"_s,
         K::Record,
         {text("id"), text("request_id"), text("offer_id"), text("status"), text("confirmed_by"),
          text("created_at")}},
        {u"settings"_s, K::Record, {text("id"), text("value")}},
        {u"stock_on_hand"_s,
         K::Local,
         {text("item_id"), text("location_id"), text("lot_id"), integer("quantity")}},
        {u"meta"_s, K::Local, {text("key"), {u"value"_s, ColumnType::Blob, false}}},
        {u"sync_ops"_s,
         K::Local,
         {integer("site"),
          integer("seq"),
          integer("hlc"),
          integer("field"),
          {u"row_id"_s, ColumnType::Blob, false},
          {u"value"_s, ColumnType::Blob, false},
          integer("actor"),
          {u"digest"_s, ColumnType::Blob, false}}},
        {u"sync_names"_s, K::Local, {integer("number"), text("name")}},
        {u"sync_fields"_s, K::Local, {integer("number"), text("tbl"), text("col")}},
        {u"sync_sites"_s,
         K::Local,
         {text("site"),
          {u"public_key"_s, ColumnType::Blob, false},
          text("vouched_by"),
          text("name"),
          integer("head_seq"),
          {u"head_chain"_s, ColumnType::Blob, false},
          {u"head_signature"_s, ColumnType::Blob, false},
          text("admitted_at"),
          text("admitted_from"),
          integer("revoked_after"),
          integer("revoked_at"),
          text("revoked_by"),
          {u"revocation"_s, ColumnType::Blob, false}}},
        {u"tombstones"_s, K::Local, {text("tbl"), text("row_id"), integer("hlc"), text("site")}},
        {u"sync_peers"_s,
         K::Local,
         {text("site"), text("name"), text("version_vector"), integer("file_created"),
          text("imported_at")}},
        {u"sync_imports"_s,
         K::Local,
         {integer("id"), text("at"), text("file"), text("from_site"), text("from_name"),
          integer("applied"), integer("skipped"), integer("conflicts"), integer("clock_ahead")}},
        {u"sync_conflicts"_s,
         K::Local,
         {integer("id"),
          text("tbl"),
          text("row_id"),
          text("col"),
          {u"kept_value"_s, ColumnType::Blob, false},
          text("kept_site"),
          integer("kept_hlc"),
          {u"lost_value"_s, ColumnType::Blob, false},
          text("lost_site"),
          integer("lost_hlc"),
          text("detected_at"),
          text("status")}},
        {u"site_history"_s,
         K::Local,
         {text("site"), text("replaced_by"), text("at"), text("reason")}},
        {u"settings_confirmed"_s, K::Local, {text("id"), text("value")}},
    };
}

} // namespace

const QList<TableDef>& tables() {
    static const QList<TableDef> all = makeTables();
    return all;
}

const TableDef* table(QStringView name) {
    for (const TableDef& t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

bool isSensitive(QStringView tableName, QStringView columnName) {
    const TableDef* t = table(tableName);
    const ColumnDef* c = t ? t->column(columnName) : nullptr;
    return c && c->sensitive;
}

namespace {

QByteArray makeDecodedColumnsSql(const TableDef& table) {
    QByteArray sql;
    for (const ColumnDef& column : table.columns) {
        const QByteArray name = column.name.toUtf8();
        if (!sql.isEmpty())
            sql += ", ";
        switch (column.storage) {
        case ColumnStorage::AsIs:
            sql += name;
            break;
        case ColumnStorage::RowKey:
            sql += "larder_row_text(" + name + ") AS " + name;
            break;
        case ColumnStorage::Moment:
            sql += "larder_moment_text(" + name + ") AS " + name;
            break;
        case ColumnStorage::SiteNumber:
            sql += "(SELECT name FROM sync_names WHERE number = " + name + ") AS " + name;
            break;
        }
    }
    return sql;
}

} // namespace

QByteArray decodedColumnsSql(const TableDef& table) {
    // Made once (an import asks for it with each ledger row), on whichever thread asks first.
    static const QHash<QString, QByteArray> all = [] {
        QHash<QString, QByteArray> made;
        for (const TableDef& t : tables())
            made.insert(t.name, makeDecodedColumnsSql(t));
        return made;
    }();
    const auto it = all.constFind(table.name);
    return it != all.cend() ? it.value() : makeDecodedColumnsSql(table);
}

QByteArray decodedRowByIdSql(const TableDef& table) {
    return "SELECT " + decodedColumnsSql(table) + " FROM " + table.name.toUtf8() +
           " WHERE id = larder_row_key(?1)";
}

QByteArray guardTriggersSql() {
    QByteArray sql;
    auto guard = [&sql](const QString& table, const char* event, const char* condition,
                        const QString& message) {
        const QByteArray name = table.toUtf8() + "_guard_" + QByteArray(event).toLower();
        sql += "DROP TRIGGER IF EXISTS " + name + ";\n";
        sql += "CREATE TRIGGER " + name + " BEFORE " + event + " ON " + table.toUtf8();
        if (condition && *condition)
            sql += QByteArray(" WHEN ") + condition;
        sql += " BEGIN SELECT RAISE(ABORT, '" + QString(message).replace(u'\'', u"''"_s).toUtf8() +
               "'); END;\n";
    };
    const char* outsideWriter = "coalesce(larder_writer(), 0) = 0";
    for (const TableDef& t : tables()) {
        const QString viaApi =
            u"Larder: "_s + t.name + u" changes only through Larder's write API (use larder-cli)"_s;
        switch (t.kind) {
        case TableKind::Record:
            guard(t.name, "INSERT", outsideWriter, viaApi);
            guard(t.name, "UPDATE", outsideWriter, viaApi);
            guard(t.name, "DELETE", outsideWriter, viaApi);
            break;
        case TableKind::Ledger:
            guard(t.name, "INSERT", outsideWriter, viaApi);
            guard(t.name, "UPDATE", nullptr,
                  u"Larder: "_s + t.name + u" is append-only; post a correcting movement"_s);
            guard(t.name, "DELETE", nullptr,
                  u"Larder: "_s + t.name + u" is append-only; post a correcting movement"_s);
            break;
        case TableKind::Local:
            if (t.name == u"sync_ops" || t.name == u"sync_names" || t.name == u"sync_fields" ||
                t.name == u"tombstones" || t.name == u"stock_on_hand") {
                guard(t.name, "INSERT", outsideWriter, viaApi);
                guard(t.name, "UPDATE", outsideWriter, viaApi);
                guard(t.name, "DELETE", outsideWriter, viaApi);
            }
            break;
        }
    }
    return sql;
}

int guardTriggerCount() {
    return int(guardTriggersSql().count("CREATE TRIGGER"));
}

} // namespace schema
} // namespace larder
