// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/IncomingCheck.h"

#include "core/identity/HybridClock.h"
#include "core/storage/CborScalar.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/Sqlite.h"

#include <QCborMap>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

bool isNumber(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// Whether the text is longer than `bytes` in UTF-8 (converted only when it could be: a UTF-16
// unit is at most three bytes).
bool utf8Longer(const QString& text, qsizetype bytes) {
    if (text.size() > bytes)
        return true;
    return text.size() * 3 > bytes && text.toUtf8().size() > bytes;
}

} // namespace

const QHash<QString, QHash<QString, ColumnRule>>& columnRules(sql::Connection& db) {
    static QHash<QString, QHash<QString, ColumnRule>> rules;
    static bool loaded = false;
    if (loaded)
        return rules;
    for (const TableDef& table : schema::tables()) {
        if (table.kind == TableKind::Local)
            continue;
        QHash<QString, ColumnRule>& columns = rules[table.name];
        auto info = db.prepare(
            "SELECT name, \"notnull\", dflt_value IS NOT NULL FROM pragma_table_info(?1)");
        info.bind(1, table.name);
        while (info.step())
            columns[info.text(0)] = {info.int64(1) != 0, info.int64(2) != 0, {}};
        auto keys = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1)");
        keys.bind(1, table.name);
        while (keys.step())
            columns[keys.text(1)].references = keys.text(0);
        for (const ColumnDef& column : table.columns) { // the ledger's, declared (schema 9)
            if (!column.references.isEmpty())
                columns[column.name].references = column.references;
        }
    }
    loaded = true;
    return rules;
}

bool sameValue(const QVariant& a, const QVariant& b) {
    const bool aNull = !a.isValid() || a.isNull(), bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    if (isNumber(a) && isNumber(b)) {
        if (a.typeId() != QMetaType::Double && b.typeId() != QMetaType::Double)
            return a.toLongLong() == b.toLongLong();
        return a.toDouble() == b.toDouble();
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    if (a.typeId() == QMetaType::QByteArray && b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return false;
}

IncomingCheck::IncomingCheck(sql::Connection& db, qint64 nowMs, Decode decode,
                             QMap<QString, QString> siteNames)
    : m_db(db)
    , m_nowMs(nowMs)
    , m_decode(std::move(decode))
    , m_siteNames(std::move(siteNames)) {}

QString IncomingCheck::duration(qint64 ms) {
    // Not "%n days": the CLI loads no translation and must still say "1 day" in English.
    const qint64 hours = ms / (3600 * 1000);
    const qint64 days = hours / 24;
    const QString dayText = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    const qint64 rest = hours % 24;
    const QString hourText = rest == 1 ? tr("1 hour") : tr("%1 hours").arg(rest);
    return tr("%1 and %2", "days and hours").arg(dayText, hourText);
}

QString IncomingCheck::valueProblem(const ColumnDef& column, const QCborValue& value) {
    // A value that is no number, text or bytes stays a CBOR value, which no column type takes.
    return valueProblem(column,
                        cbor::isScalar(value) ? cbor::scalar(value) : QVariant::fromValue(value));
}

QString IncomingCheck::valueProblem(const ColumnDef& column, const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.type) {
    case ColumnType::Integer:
        if (value.typeId() != QMetaType::LongLong)
            return tr("%1 takes a whole number").arg(column.name);
        if (column.flag && value.toLongLong() != 0 && value.toLongLong() != 1)
            return tr("%1 is yes or no (1 or 0), not %2").arg(column.name).arg(value.toLongLong());
        return {};
    case ColumnType::Real:
        if (value.typeId() == QMetaType::LongLong ||
            (value.typeId() == QMetaType::Double && std::isfinite(value.toDouble())))
            return {};
        return tr("%1 takes a number").arg(column.name);
    case ColumnType::Text:
        if (value.typeId() != QMetaType::QString)
            return tr("%1 takes text").arg(column.name);
        if (utf8Longer(value.toString(), MaxTextBytes))
            return tr("%1 is longer than 64 KiB").arg(column.name);
        return {};
    case ColumnType::Blob:
        if (value.typeId() != QMetaType::QByteArray && value.typeId() != QMetaType::QString)
            return tr("%1 takes bytes").arg(column.name);
        if (value.toByteArray().size() > MaxTextBytes || value.toString().size() > MaxTextBytes)
            return tr("%1 is longer than 64 KiB").arg(column.name);
        return {};
    }
    return {};
}

const QList<ColumnRule>& IncomingCheck::rulesInOrder(const TableDef& def) {
    auto it = m_rulesInOrder.find(&def);
    if (it == m_rulesInOrder.end()) {
        const QHash<QString, ColumnRule> rules = columnRules(m_db).value(def.name);
        QList<ColumnRule> inOrder;
        for (const ColumnDef& column : def.columns)
            inOrder.append(rules.value(column.name));
        it = m_rulesInOrder.insert(&def, inOrder);
    }
    return *it;
}

qint64 IncomingCheck::indexOf(const QString& site, qint64 seq) const {
    const auto runs = m_fresh.constFind(site);
    if (runs == m_fresh.cend())
        return 0;
    auto it = runs->upperBound(seq);
    if (it == runs->cbegin())
        return 0;
    --it;
    if (seq > it.value().first)
        return 0;
    return it.value().second + (seq - it.key());
}

QString IncomingCheck::where(qint64 index, const QString& table, const QString& row,
                             const QString& column) const {
    const QString record =
        column.isEmpty() || column == u"-" || column == u"*" || column == insertop::Column
            ? tr("%1 %2").arg(table, row)
            : tr("%1 %2, field %3").arg(table, row, column);
    if (index > 0)
        return tr("change %1 of this file (%2)").arg(index).arg(record);
    return tr("a change held here (%1)").arg(record);
}

Error IncomingCheck::refuse(const QString& what) const {
    return Error::make(Error::Kind::Damaged, what,
                       tr("The laptop that made this change has a faulty or altered Larder: "
                          "leave its files out until it is updated, then export again there. "
                          "Nothing was changed."));
}

Error IncomingCheck::forked(const OpInFile& op, const QString& difference) const {
    const QString name = m_siteNames.value(op.site);
    const QString laptop =
        name.isEmpty() ? tr("laptop %1").arg(op.site) : tr("\"%1\" (%2)").arg(name, op.site);
    return Error::make(
        Error::Kind::Damaged,
        tr("Two different changes carry the same number %1 of %2: %3 differs from the one this "
           "laptop holds (%4). That laptop's identity was copied or forged.")
            .arg(op.seq)
            .arg(laptop, where(op.index, op.table, op.row, op.column), difference),
        tr("Do not import this laptop's files until a coordinator has found which copy is the "
           "real one; a copied pantry file must be opened once so it takes an identity of its "
           "own. Nothing was changed."));
}

Result<bool> IncomingCheck::held(const OpInFile& op) {
    // Above the greatest number held here for its laptop (read once per laptop), an operation
    // cannot be held: no query for each of a large file's new operations.
    auto upTo = m_heldUpTo.find(op.site);
    if (upTo == m_heldUpTo.end()) {
        auto& greatest = m_db.cached("SELECT coalesce(max(seq), 0) FROM sync_ops WHERE site = "
                                     "(SELECT number FROM sync_names WHERE name = ?1)");
        greatest.bind(1, op.site);
        upTo = m_heldUpTo.insert(op.site, greatest.step() ? greatest.int64(0) : 0);
        greatest.reset();
    }
    if (op.seq > *upTo)
        return false;
    auto& q = m_db.cached(
        "SELECT hlc, tbl, row_id, col, value FROM sync_log WHERE site = ?1 AND seq = ?2");
    q.bindAll(op.site, op.seq);
    if (!q.step()) {
        q.reset();
        return false;
    }
    const qint64 hlc = q.int64(0);
    const QString table = q.text(1), row = q.text(2), column = q.text(3);
    const QVariant stored = q.value(4);
    q.reset();
    if (hlc != op.hlc)
        return forked(op, tr("its time"));
    if (table != op.table || row != op.row)
        return forked(op, tr("its record"));
    if (column != op.column)
        return forked(op, tr("its field"));
    const TableDef* def = schema::table(table);
    if (column == u"*") {
        if (auto same = ledgerRow(op, *def, true); !same)
            return same.error();
        return true;
    }
    if (column == insertop::Column) {
        // Column by column; a value erased here or in the file cannot be compared.
        const auto entries = stored.isNull() ? std::optional<QList<insertop::Entry>>{}
                                             : insertop::decode(stored.toByteArray());
        if (!entries || !op.value.isMap())
            return true;
        const QCborMap incoming = op.value.toMap();
        for (const insertop::Entry& entry : *entries) {
            const ColumnDef* col = def->column(entry.column);
            const QCborValue value = incoming.value(entry.column);
            if (!col || entry.value.isNull() || value.isNull())
                continue;
            const QVariant plain =
                col->sensitive ? m_decode(*def, *col, row, entry.value) : entry.value;
            if (!plain.isNull() && !sameValue(plain, cbor::scalar(value)))
                return forked(op, tr("its value"));
        }
        return true;
    }
    // A value erased here (a deleted record, a superseded personal value) cannot be compared.
    const ColumnDef* col = def->column(column);
    if (col && !stored.isNull() && !op.value.isNull()) {
        const QVariant plain = col->sensitive ? m_decode(*def, *col, row, stored) : stored;
        if (!plain.isNull() && !sameValue(plain, cbor::scalar(op.value)))
            return forked(op, tr("its value"));
    }
    return true;
}

Result<void> IncomingCheck::fresh(const OpInFile& op) {
    const qint64 ahead = HybridClock::millis(op.hlc) - m_nowMs;
    if (ahead > MaxAheadMs)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("This file holds a change dated %1 ahead of this laptop's clock (%2).")
                .arg(duration(ahead), where(op.index, op.table, op.row, op.column)),
            tr("The sending laptop's clock is wrong: set its date and time, then export again. "
               "(If this laptop's own date is behind, set it first.) Nothing was changed."));
    const TableDef* def = schema::table(op.table);
    if (op.column == u"*") {
        if (auto ok = ledgerRow(op, *def, false); !ok)
            return ok;
    } else if (op.column == insertop::Column && !op.value.isNull()) { // null: since deleted
        if (!op.value.isMap())
            return refuse(tr("%1 holds no record.").arg(where(op.index, op.table, op.row, {})));
        const QCborMap map = op.value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const ColumnDef* column =
                it.key().isString() ? def->column(it.key().toString()) : nullptr;
            if (!column || column->name == u"id")
                return refuse(
                    tr("%1 has an unknown field.").arg(where(op.index, op.table, op.row, {})));
            if (const QString problem = valueProblem(*column, it.value()); !problem.isEmpty())
                return refuse(tr("%1 cannot be applied: %2.")
                                  .arg(where(op.index, op.table, op.row, column->name), problem));
        }
    } else if (op.column != u"-" && op.column != insertop::Column) { // not a deleted insert
        if (const QString problem = valueProblem(*def->column(op.column), op.value);
            !problem.isEmpty())
            return refuse(tr("%1 cannot be applied: %2.")
                              .arg(where(op.index, op.table, op.row, op.column), problem));
    }
    // Remember it as one of this file's new operations (runs of consecutive numbers).
    auto& runs = m_fresh[op.site];
    auto it = runs.upperBound(op.seq);
    if (it != runs.begin()) {
        --it;
        if (it.value().first + 1 == op.seq && it.value().second + (op.seq - it.key()) == op.index) {
            it.value().first = op.seq;
            return {};
        }
    }
    runs.insert(op.seq, {op.seq, op.index});
    return {};
}

Result<void> IncomingCheck::ledgerRow(const OpInFile& op, const TableDef& def,
                                      bool compareWithHeld) {
    // Said only for a refusal: a large file's rows are not each given a sentence.
    const auto place = [&] { return where(op.index, op.table, op.row, op.column); };
    if (!op.ledger || op.ledger->def != &def)
        return refuse(tr("%1 holds no ledger row.").arg(place()));
    const LedgerValues& row = *op.ledger;
    // By the column's place in the table (a map of names cost a fifth of an import's time).
    const QList<ColumnRule>& rules = rulesInOrder(def);
    for (qsizetype i = 0; i < def.columns.size(); ++i) {
        const ColumnDef& column = def.columns.at(i);
        if (const QString problem = valueProblem(column, row.values.at(i)); !problem.isEmpty())
            return refuse(tr("%1 cannot be applied: %2.").arg(place(), problem));
        const ColumnRule& rule = rules.at(i);
        if (rule.notNull && !rule.hasDefault && row.values.at(i).isNull())
            return refuse(tr("%1 leaves %2 empty.").arg(place(), column.name));
    }
    if (row.value(u"id").toString() != op.row || row.value(u"site").toString() != op.site ||
        row.value(u"hlc").toLongLong() != op.hlc)
        return refuse(tr("%1 does not match its change (number, laptop or time).").arg(place()));
    if (def.column(u"quantity") && std::abs(row.value(u"quantity").toLongLong()) > MaxQuantity)
        return refuse(tr("%1 moves more than %2 at once.").arg(place()).arg(MaxQuantity));

    // A new row is compared with one already here under its id when it is added (the import's
    // INSERT OR IGNORE finds it at no extra cost); a held one now.
    if (!compareWithHeld)
        return {};
    return sameLedgerRow(def, row.toMap(), op.index);
}

Result<void> IncomingCheck::sameLedgerRow(const TableDef& def, const QVariantMap& incoming,
                                          qint64 index) const {
    // A row with this id already here must be this one: a member who wrote a movement under
    // another laptop's ledger id first would otherwise leave two laptops with two stocks.
    const QString id = incoming.value(u"id"_s).toString();
    auto& existing = m_db.cached(schema::decodedRowByIdSql(def));
    existing.bind(1, id);
    QStringList differ;
    if (existing.step()) {
        for (int i = 0; i < existing.columnCount(); ++i) {
            const QString name = QString::fromUtf8(existing.columnName(i));
            if (incoming.contains(name) && !sameValue(existing.value(i), incoming.value(name)))
                differ << name;
        }
    }
    existing.reset();
    if (!differ.isEmpty())
        return Error::make(
            Error::Kind::Damaged,
            tr("Ledger row %1 in this file (change %2) differs from the ledger row with the same "
               "number already here (%3). Two laptops wrote different stock movements under one "
               "number: one laptop's identity was copied or forged, or a file was altered.")
                .arg(id)
                .arg(index)
                .arg(differ.join(u", "_s)),
            tr("Do not import files from the laptop that sent this one until a coordinator has "
               "compared both laptops' stock. Nothing was changed."));
    return {};
}

Result<bool> IncomingCheck::completeRecord(const TableDef& table, const QString& row,
                                           const QList<Field>& fields) const {
    const QHash<QString, ColumnRule>& rules = columnRules(m_db).value(table.name);
    QSet<QString> present;
    for (const Field& field : fields)
        present.insert(field.column);
    for (const ColumnDef& column : table.columns) {
        const ColumnRule rule = rules.value(column.name);
        if (column.name != u"id" && rule.notNull && !rule.hasDefault &&
            !present.contains(column.name))
            return false; // not all arrived yet: waits
    }
    for (const Field& field : fields) {
        if (!rules.value(field.column).notNull || !field.value.isNull())
            continue;
        const qint64 index = indexOf(field.site, field.seq);
        if (index == 0)
            return false; // an older state: waits, as it did
        return refuse(tr("%1 leaves a required field empty.")
                          .arg(where(index, table.name, row, field.column)));
    }
    return true;
}

Result<void> IncomingCheck::rowRefused(const TableDef& table, const QString& row,
                                       const QList<Field>& fields, const QString& message) const {
    if (!message.contains(u"CHECK constraint failed"_s))
        return {};
    const Field* blamed = nullptr;
    for (const Field& field : fields) {
        if (indexOf(field.site, field.seq) == 0)
            continue;
        if (!blamed || message.contains(field.column))
            blamed = &field;
    }
    if (!blamed)
        return {};
    return refuse(
        tr("%1 breaks a rule of the record (%2).")
            .arg(where(indexOf(blamed->site, blamed->seq), table.name, row, blamed->column),
                 message));
}

QList<IncomingCheck::Field> IncomingCheck::referencing(const TableDef& table,
                                                       const QList<Field>& fields) const {
    const QHash<QString, ColumnRule>& rules = columnRules(m_db).value(table.name);
    QList<Field> kept;
    for (const Field& field : fields) {
        if (!rules.value(field.column).references.isEmpty() && !field.value.isNull())
            kept.append(field);
    }
    return kept;
}

Result<void> IncomingCheck::references(const TableDef& table, const QString& row,
                                       const QList<Field>& fields) const {
    const QHash<QString, ColumnRule>& rules = columnRules(m_db).value(table.name);
    for (const Field& field : fields) {
        const QString target = rules.value(field.column).references;
        if (target.isEmpty() || field.value.isNull())
            continue;
        auto& exists = m_db.cached("SELECT 1 FROM " + target.toUtf8() + " WHERE id = ?1");
        exists.bind(1, field.value);
        const bool found = exists.step();
        exists.reset();
        if (!found)
            return refuse(
                tr("%1 refers to %2 %3, which is neither here nor in this file.")
                    .arg(where(indexOf(field.site, field.seq), table.name, row, field.column),
                         target, field.value.toString()));
    }
    return {};
}

Result<void> IncomingCheck::ledgerReferences(const TableDef& table, const QVariantMap& row,
                                             qint64 index) const {
    const QHash<QString, ColumnRule>& rules = columnRules(m_db).value(table.name);
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QString target = rules.value(it.key()).references;
        if (target.isEmpty() || it.value().isNull())
            continue;
        auto& exists = m_db.cached("SELECT 1 FROM " + target.toUtf8() + " WHERE id = ?1");
        exists.bind(1, it.value());
        const bool found = exists.step();
        exists.reset();
        if (!found)
            return refuse(
                tr("%1 refers to %2 %3, which is neither here nor in this file.")
                    .arg(where(index, table.name, row.value(u"id"_s).toString(), it.key()), target,
                         it.value().toString()));
    }
    return {};
}

} // namespace larder::sync
