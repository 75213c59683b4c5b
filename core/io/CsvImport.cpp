// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvImport.h"

#include "core/identity/Clock.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/Vocabulary.h"
#include "core/people/FieldParser.h"
#include "core/people/Households.h"
#include "core/people/Normalize.h"
#include "core/people/People.h"
#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace larder::io {

using people::FieldParser;
using people::normalize::fold;

namespace {

QString columnLetter(int column) {
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

bool isTombstoned(Store& store, const QString& table, const QString& id) {
    bool found = false;
    store.readOrWarn("SELECT 1 FROM tombstones WHERE tbl = ?1 AND row_id = ?2", {table, id},
                     [&found](const Row&) { found = true; });
    return found;
}

bool isRecordId(const QString& id) {
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}

} // namespace

struct CsvImporter::Planned {
    int row = 0;
    ImportRow::Action action = ImportRow::Action::Add;
    QString table;
    QString id; // the record to update, or the id to add with (empty: a new one)
    Values values;
    QStringList newBarcodes; // items: barcodes to add
    QString label;
};

struct CsvImporter::Context {
    Store& store;
    const CsvTable& table;
    const ImportOptions& options;
    ImportReport& report;
    QHash<QString, int> columnOf; // field -> column
    QList<Planned> planned;
    QSet<QString> flagged; // fields with a problem in the current row
    bool rowFailed = false;
    bool monthFirst = false;
    QDate today;

    bool has(const QString& field) const { return columnOf.contains(field); }
    QString cell(int r, const QString& field) const {
        const int column = columnOf.value(field, -1);
        if (column < 0 || column >= table.rows.at(r).size())
            return {};
        return CsvWriter::restored(table.rows.at(r).at(column).trimmed());
    }
    QString columnName(const QString& field) const {
        const int column = columnOf.value(field, -1);
        if (column < 0)
            return {};
        const QString header = table.header.value(column);
        return header.isEmpty() ? columnLetter(column) : header;
    }
    void startRow() {
        flagged.clear();
        rowFailed = false;
    }
    void problem(int r, const QString& field, const QString& message, const QString& hint = {}) {
        report.problems << Error::invalidInput(message, hint)
                               .at(table.path, table.rowNumbers.at(r))
                               .inColumn(columnName(field));
        flagged.insert(field);
        rowFailed = true;
    }
    void warning(int r, const QString& message, const QString& hint = {}) {
        report.warnings
            << Error::invalidInput(message, hint).at(table.path, table.rowNumbers.at(r));
    }
    // Reports a parser's error for the field's cell; true when the cell was fine.
    template <typename T>
    bool check(int r, const QString& field, const FieldParser::Parsed<T>& parsed) {
        if (parsed.ok())
            return true;
        problem(r, field, parsed.error);
        return false;
    }
    // A place's coordinates into `target`: the cell of `field` ("41.85, -87.66", a map link), then
    // the cells of `latitude` and `longitude`, which go together. Reports what it cannot read.
    void readCoordinates(int r, const QString& field, const QString& latitude,
                         const QString& longitude, std::optional<people::Coordinates>& target) {
        if (const auto c = FieldParser::coordinates(cell(r, field)); check(r, field, c) && c.value)
            target = c.value;
        const QString lat = cell(r, latitude), lon = cell(r, longitude);
        if (lat.isEmpty() && lon.isEmpty())
            return;
        const auto c = FieldParser::coordinates(lat + u", "_s + lon);
        if (lat.isEmpty() || lon.isEmpty())
            problem(r, lat.isEmpty() ? latitude : longitude,
                    CsvImporter::tr("Latitude and longitude go together; one of them is empty."),
                    CsvImporter::tr("Fill both, or clear both."));
        else if (check(r, latitude, c) && c.value)
            target = c.value;
    }
    // How one row's key finds its record, the same for every kind: a key already used by an
    // earlier row of the file is a problem (the row is skipped); otherwise `lookup` gives the
    // records on file with that key, and more than one is a problem too. `index` is the record
    // to update (-1: the row adds one). An empty key, or the key "none", matches nothing.
    struct RowMatch {
        int index = -1;
        bool skip = false; // the row was refused: go on with the next row
    };
    struct MatchWords {
        QString sameAsRow;   // %1 the earlier row, %2 the key
        QString matchesMany; // %1 how many, %2 the key
        QString matchesManyHint;
    };
    RowMatch matchRow(int r, const QString& key, const QString& rowKey, const QString& keyField,
                      QHash<QString, int>& fileKeys,
                      const std::function<QList<int>(const QString&)>& lookup,
                      const MatchWords& words) {
        RowMatch match;
        if (rowKey.isEmpty() || key == u"none")
            return match;
        if (const int earlier = fileKeys.value(rowKey, 0); earlier > 0) {
            problem(r, keyField, words.sameAsRow.arg(earlier).arg(key),
                    CsvImporter::tr("Keep one of the two rows."));
            match.skip = true;
            return match;
        }
        fileKeys.insert(rowKey, table.rowNumbers.at(r));
        const QList<int> found = lookup(rowKey);
        if (found.size() > 1) {
            problem(r, keyField, words.matchesMany.arg(found.size()).arg(key),
                    words.matchesManyHint);
            match.skip = true;
            return match;
        }
        if (!found.isEmpty())
            match.index = found.first();
        return match;
    }
    // How rows find the records on file with their key: by id when matched on id, else in `byKey`.
    static std::function<QList<int>(const QString&)>
    byIdOrKey(const QString& key, const QHash<QString, int>& byId,
              const QMultiHash<QString, int>& byKey) {
        return [&key, &byId, &byKey](const QString& k) {
            if (key != u"id")
                return byKey.values(k);
            const int i = byId.value(k, -1);
            return i < 0 ? QList<int>() : QList<int>{i};
        };
    }
    // The id a new record may be added with, when rows are matched on id (`key`) and this row's id
    // is not on file (`match` adds a record): a well-formed id of a record never deleted. Empty
    // otherwise, and when it is not such an id (reported).
    QString givenId(int r, const QString& key, int match, const QString& tableName,
                    const QString& idCell, const QString& notAnIdHint,
                    const QString& deletedMessage, const QString& deletedHint) {
        if (match >= 0 || key != u"id" || idCell.isEmpty())
            return {};
        if (!isRecordId(idCell)) {
            problem(r, u"id"_s, CsvImporter::tr("\"%1\" is not a Larder id.").arg(idCell),
                    notAnIdHint);
            return {};
        }
        if (isTombstoned(store, tableName, idCell)) {
            problem(r, u"id"_s, deletedMessage, deletedHint);
            return {};
        }
        return idCell;
    }
    bool cancelled = false;
    // Progress runs over checking every row, then (unless a dry run) writing them.
    qint64 progressTotal() const { return table.rows.size() * (options.dryRun ? 1 : 2); }
    bool progress(qint64 done, qint64 total) const {
        return !options.progress || options.progress(done, total);
    }
    // Reports checking row `r` now and then; false (and cancelled) when the person cancels.
    bool checking(int r) {
        if (r % 256 != 0 || progress(r, progressTotal()))
            return true;
        cancelled = true;
        return false;
    }
};

CsvImporter::CsvImporter(Store& store)
    : m_store(store) {}

QStringList CsvImporter::keys(ImportKind kind) {
    switch (kind) {
    case ImportKind::Households:
        return {u"name+address"_s, u"phone"_s, u"address"_s, u"id"_s, u"none"_s};
    case ImportKind::People:
        return {u"name"_s, u"phone"_s, u"id"_s, u"none"_s};
    case ImportKind::Items:
        return {u"name"_s, u"barcode"_s, u"id"_s, u"none"_s};
    }
    return {};
}

Result<ImportReport> CsvImporter::importFile(const QString& path, const ImportOptions& options) {
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return importTable(*table, options);
}

Result<ImportReport> CsvImporter::importTable(const CsvTable& table, const ImportOptions& options) {
    ImportReport report;
    report.path = table.path;
    report.encoding = table.encoding;
    report.separator = table.separator;
    report.kind = options.kind;
    report.dryRun = options.dryRun;
    report.rows = int(table.rows.size());
    report.problems = table.problems;
    report.warnings = table.warnings;
    report.key = options.key.isEmpty() ? keys(options.kind).first() : options.key;
    if (!keys(options.kind).contains(report.key)) {
        return Error::invalidInput(
            tr("\"%1\" is not a key rows can be matched on.").arg(options.key),
            tr("Use one of: %1.").arg(keys(options.kind).join(u", ")));
    }

    QList<ColumnGuess> mapping = options.mapping.isEmpty()
                                     ? ColumnMapper::guess(options.kind, table.header)
                                     : options.mapping;
    if (!options.overrides.isEmpty()) {
        auto overridden = ColumnMapper::override(options.kind, mapping, options.overrides);
        if (!overridden)
            return overridden.error();
        mapping = std::move(overridden).value();
    }
    report.mapping = mapping;

    Context context{m_store, table, options, report, {}, {}, {}, false, false, {}};
    context.monthFirst = Settings(m_store).get(settings::DatesMonthFirst);
    context.today = m_store.today();
    for (int c = 0; c < mapping.size() && c < table.header.size(); ++c) {
        const ColumnGuess& guess = mapping.at(c);
        if (guess.refused) {
            report.warnings
                << Error::invalidInput(guess.note).at(table.path).inColumn(guess.header);
            continue;
        }
        if (!guess.field.isEmpty() && !context.columnOf.contains(guess.field))
            context.columnOf.insert(guess.field, c);
    }

    // The field that names a record must come from some column.
    const QString required = options.kind == ImportKind::Households ? u"chosen_name"_s
                             : options.kind == ImportKind::People   ? u"display_name"_s
                                                                    : u"name"_s;
    if (!context.has(required)) {
        const QList<FieldSpec> specs = ColumnMapper::fields(options.kind);
        QString label = required;
        for (const FieldSpec& spec : specs) {
            if (spec.key == required)
                label = spec.label;
        }
        report.problems
            << Error::invalidInput(
                   tr("No column of the file is taken as \"%1\".").arg(label),
                   tr("Choose the column that holds it (for example --map \"Nombre=%1\").")
                       .arg(required))
                   .at(table.path);
        return report;
    }
    if (report.key == u"id" && !context.has(u"id"_s)) {
        report.problems
            << Error::invalidInput(
                   tr("Rows are to be matched on their Larder id, but no column holds it."),
                   tr("Choose another key, such as %1.").arg(keys(options.kind).first()))
                   .at(table.path);
        return report;
    }

    switch (options.kind) {
    case ImportKind::Households:
        planHouseholds(context);
        break;
    case ImportKind::People:
        planPeople(context);
        break;
    case ImportKind::Items:
        planItems(context);
        break;
    }
    auto cancelledError = [&table] {
        return Error::cancelled(tr("Import cancelled. Nothing was imported.")).at(table.path);
    };
    if (context.cancelled)
        return cancelledError();

    for (const Planned& p : std::as_const(context.planned)) {
        report.preview.append({p.row, p.action, p.id, p.label});
        switch (p.action) {
        case ImportRow::Action::Add:
            ++report.added;
            break;
        case ImportRow::Action::Update:
            ++report.updated;
            break;
        case ImportRow::Action::Unchanged:
            ++report.unchanged;
            break;
        }
    }
    const qint64 total = context.progressTotal();
    if (!report.problems.isEmpty() || options.dryRun || report.added + report.updated == 0) {
        context.progress(total, total);
        return report;
    }

    // All or nothing: one write.
    const qint64 checked = table.rows.size();
    auto written = m_store.write([&](Writer& w) {
        for (qsizetype i = 0; i < context.planned.size(); ++i) {
            const Planned& p = context.planned.at(i);
            if (i % 256 == 0 &&
                !context.progress(checked + i * checked / context.planned.size(), total))
                throw Refusal(cancelledError());
            QString id = p.id;
            if (p.action == ImportRow::Action::Add)
                id = w.insert(p.table, p.values, p.id);
            else if (p.action == ImportRow::Action::Update)
                w.update(p.table, p.id, p.values);
            for (const QString& code : p.newBarcodes)
                w.insert(u"item_barcodes", {{u"item_id"_s, id}, {u"code"_s, code}});
            report.preview[i].id = id;
        }
    });
    if (!written) {
        Error error = written.error();
        if (error.path.isEmpty())
            error.path = table.path;
        return error;
    }
    context.progress(total, total);
    report.committed = true;
    return report;
}

// ---- Households ----

void CsvImporter::planHouseholds(Context& x) {
    using people::Household;
    using people::Households;
    namespace normalize = people::normalize;
    const QString key = x.report.key;

    const QList<Household> existing = Households(m_store).all();
    QHash<QString, int> byId;
    QMultiHash<QString, int> byKey, byPhone, byAddress;
    auto keyOf = [&key](const QString& id, const QString& name, const QString& street,
                        const QString& unit, const QString& meeting, const QString& phone) {
        if (key == u"id")
            return id;
        if (key == u"phone")
            return normalize::phoneKey(phone);
        QString where = normalize::addressKey(street, unit);
        if (where.isEmpty() && !meeting.trimmed().isEmpty())
            where = u"@"_s + fold(meeting);
        if (key == u"address")
            return where;
        if (key == u"name+address") {
            const QString folded = fold(name);
            return folded.isEmpty() || where.isEmpty() ? QString() : folded + u'|' + where;
        }
        return QString();
    };
    // A row whose chosen key is empty (no phone, say) is matched on name and address instead.
    auto fallbackOf = [](const QString& name, const QString& street, const QString& unit,
                         const QString& meeting) {
        QString where = normalize::addressKey(street, unit);
        if (where.isEmpty() && !meeting.trimmed().isEmpty())
            where = u"@"_s + fold(meeting);
        const QString folded = fold(name);
        return folded.isEmpty() || where.isEmpty() ? QString() : u"~"_s + folded + u'|' + where;
    };
    for (int i = 0; i < existing.size(); ++i) {
        const Household& h = existing.at(i);
        byId.insert(h.id, i);
        if (const QString k = keyOf(h.id, h.chosenName, h.street, h.unit, h.meetingPoint, h.phone);
            !k.isEmpty())
            byKey.insert(k, i);
        if (key != u"name+address" && key != u"id" && key != u"none") {
            if (const QString k = fallbackOf(h.chosenName, h.street, h.unit, h.meetingPoint);
                !k.isEmpty())
                byKey.insert(k, i);
        }
        if (const QString p = normalize::phoneKey(h.phone); !p.isEmpty())
            byPhone.insert(p, i);
        if (const QString a = normalize::addressKey(h.street, h.unit); !a.isEmpty())
            byAddress.insert(a, i);
    }
    const QString keyField = key == u"id"        ? u"id"_s
                             : key == u"phone"   ? u"phone"_s
                             : key == u"address" ? u"street"_s
                                                 : u"chosen_name"_s;
    QHash<QString, int> fileKeys, filePhones, fileAddresses; // -> spreadsheet row
    const auto lookup = Context::byIdOrKey(key, byId, byKey);
    const Context::MatchWords words{
        tr("This row is the same household as row %1 (same %2)."),
        tr("This row matches %1 households already on file (same %2)."),
        tr("Merge those households first, or match rows on another key.")};

    for (int r = 0; r < x.table.rows.size(); ++r) {
        if (!x.checking(r))
            return;
        x.startRow();
        const int row = x.table.rowNumbers.at(r);
        const QString idCell = x.cell(r, u"id"_s);
        QString k =
            keyOf(idCell, x.cell(r, u"chosen_name"_s), x.cell(r, u"street"_s), x.cell(r, u"unit"_s),
                  x.cell(r, u"meeting_point"_s), x.cell(r, u"phone"_s));
        if (k.isEmpty() && key != u"name+address" && key != u"id" && key != u"none")
            k = fallbackOf(x.cell(r, u"chosen_name"_s), x.cell(r, u"street"_s),
                           x.cell(r, u"unit"_s), x.cell(r, u"meeting_point"_s));
        const auto [match, skip] = x.matchRow(r, key, k, keyField, fileKeys, lookup, words);
        if (skip)
            continue;
        const Household base = match >= 0 ? existing.at(match) : Household();
        Household h = base;
        const QString givenId =
            x.givenId(r, key, match, u"households"_s, idCell,
                      tr("Leave the id empty for a household that is new to Larder."),
                      tr("This household was deleted and cannot be brought back."),
                      tr("Leave the id empty to add it as a new household."));

        auto text = [&](const char16_t* field, QString& target) {
            const QString name = QString::fromUtf16(field);
            if (x.has(name)) {
                if (const QString value = x.cell(r, name); !value.isEmpty())
                    target = value;
            }
        };
        text(u"chosen_name", h.chosenName);
        text(u"street", h.street);
        text(u"unit", h.unit);
        text(u"city", h.city);
        text(u"postal_code", h.postalCode);
        text(u"meeting_point", h.meetingPoint);
        text(u"delivery_notes", h.deliveryNotes);
        text(u"access_needs", h.accessNeeds);
        text(u"phone", h.phone);
        x.readCoordinates(r, u"coordinates"_s, u"latitude"_s, u"longitude"_s, h.coordinates);
        bool breakdown = false;
        for (const auto& [field, target] : {std::pair<const char16_t*, int*>{u"adults", &h.adults},
                                            {u"children", &h.children},
                                            {u"seniors", &h.seniors}}) {
            const QString name = QString::fromUtf16(field);
            const auto n = FieldParser::count(x.cell(r, name), 30);
            if (x.check(r, name, n) && n.value) {
                *target = *n.value;
                breakdown = true;
            }
        }
        if (const auto n = FieldParser::count(x.cell(r, u"size"_s), 30);
            x.check(r, u"size"_s, n) && n.value && !breakdown) {
            // Only the total is known: counted as adults until someone knows better.
            h.adults = *n.value;
            h.children = 0;
            h.seniors = 0;
        }
        if (const auto tags = FieldParser::dietaryTags(x.cell(r, u"dietary_tags"_s));
            x.check(r, u"dietary_tags"_s, tags) && tags.value)
            h.dietaryTags = *tags.value;
        if (const QString allergies = x.cell(r, u"allergies"_s); !allergies.isEmpty())
            h.allergies = FieldParser::list(allergies);
        if (const auto languages = FieldParser::languages(x.cell(r, u"languages"_s));
            x.check(r, u"languages"_s, languages) && languages.value)
            h.languages = *languages.value;
        for (const auto& [field, target] :
             {std::pair<const char16_t*, bool*>{u"may_call", &h.mayCall},
              {u"may_text", &h.mayText},
              {u"may_leave_at_door", &h.mayLeaveAtDoor}}) {
            const QString name = QString::fromUtf16(field);
            const auto yes = FieldParser::yesNo(x.cell(r, name));
            if (x.check(r, name, yes) && yes.value)
                *target = *yes.value;
        }
        if (const auto schedule = FieldParser::schedule(x.cell(r, u"schedule"_s));
            x.check(r, u"schedule"_s, schedule) && schedule.value)
            h.schedule = *schedule.value;
        if (const auto day = FieldParser::weekday(x.cell(r, u"preferred_weekday"_s));
            x.check(r, u"preferred_weekday"_s, day) && day.value)
            h.preferredWeekday = *day.value;
        if (const auto window = FieldParser::timeWindow(x.cell(r, u"window"_s));
            x.check(r, u"window"_s, window) && window.value) {
            h.windowStart = window.value->first;
            h.windowEnd = window.value->second;
        }
        if (const auto from = FieldParser::time(x.cell(r, u"window_start"_s));
            x.check(r, u"window_start"_s, from) && from.value)
            h.windowStart = *from.value;
        if (const auto until = FieldParser::time(x.cell(r, u"window_end"_s));
            x.check(r, u"window_end"_s, until) && until.value)
            h.windowEnd = *until.value;
        bool statusGiven = false;
        if (const auto status = FieldParser::status(x.cell(r, u"status"_s));
            x.check(r, u"status"_s, status) && status.value)
            h.status = *status.value;
        if (const auto since = FieldParser::date(x.cell(r, u"status_since"_s), x.monthFirst);
            x.check(r, u"status_since"_s, since) && since.value) {
            h.statusSince = *since.value;
            statusGiven = true;
        }

        // Each problem once, in the column it comes from.
        for (const people::FieldProblem& p : Households::validate(h)) {
            QString field = p.field;
            if (field == u"size" && !x.has(field))
                field = u"adults"_s;
            if (field == u"coordinates" && !x.has(field))
                field = u"latitude"_s;
            if (field == u"window" && !x.has(field))
                field = u"window_start"_s;
            if (field == u"street" && !x.has(field))
                field = u"meeting_point"_s;
            if (x.flagged.contains(field))
                continue;
            x.problem(r, field, p.message, p.hint);
        }
        if (x.rowFailed)
            continue;

        Planned planned;
        planned.row = row;
        planned.table = u"households"_s;
        planned.label = h.chosenName;
        if (match >= 0) {
            if (h.status != base.status && !statusGiven)
                h.statusSince = x.today;
            planned.id = base.id;
            planned.values = Households::toValues(h);
            planned.action = planned.values == Households::toValues(base)
                                 ? ImportRow::Action::Unchanged
                                 : ImportRow::Action::Update;
        } else {
            if (!h.statusSince.isValid())
                h.statusSince = x.today;
            planned.id = givenId;
            planned.values = Households::toValues(h);
            planned.action = ImportRow::Action::Add;
            // Look-alikes: on file, or earlier in this file.
            const QString phone = normalize::phoneKey(h.phone);
            const QString address = normalize::addressKey(h.street, h.unit);
            QStringList seen;
            auto warnOnFile = [&](const QList<int>& found, const QString& why) {
                for (const int i : found) {
                    const Household& other = existing.at(i);
                    if (seen.contains(other.id))
                        continue;
                    seen << other.id;
                    x.warning(r,
                              tr("\"%1\" looks like \"%2\", already on file (%3).")
                                  .arg(h.chosenName, other.chosenName, why),
                              tr("Check it after the import; merge the two if they are the same "
                                 "household."));
                }
            };
            if (!phone.isEmpty())
                warnOnFile(byPhone.values(phone), tr("same phone"));
            if (!address.isEmpty())
                warnOnFile(byAddress.values(address), tr("same address and unit"));
            if (const int earlier = phone.isEmpty() ? 0 : filePhones.value(phone, 0); earlier > 0)
                x.warning(r, tr("This row has the same phone as row %1.").arg(earlier),
                          tr("Check that they are two households."));
            else if (const int before = address.isEmpty() ? 0 : fileAddresses.value(address, 0);
                     before > 0)
                x.warning(r, tr("This row has the same address and unit as row %1.").arg(before),
                          tr("Check that they are two households."));
            if (!phone.isEmpty() && !filePhones.contains(phone))
                filePhones.insert(phone, row);
            if (!address.isEmpty() && !fileAddresses.contains(address))
                fileAddresses.insert(address, row);
        }
        x.planned.append(planned);
    }
}

// ---- People ----

void CsvImporter::planPeople(Context& x) {
    using people::Household;
    using people::People;
    using people::Person;
    namespace normalize = people::normalize;
    const QString key = x.report.key;

    const QList<Person> existing = People(m_store).all(true);
    QHash<QString, int> byId;
    QMultiHash<QString, int> byKey;
    auto keyOf = [&key](const QString& id, const QString& name, const QString& phone) {
        if (key == u"id")
            return id;
        if (key == u"phone")
            return normalize::phoneKey(phone);
        if (key == u"name")
            return fold(name);
        return QString();
    };
    for (int i = 0; i < existing.size(); ++i) {
        const Person& p = existing.at(i);
        byId.insert(p.id, i);
        if (const QString k = keyOf(p.id, p.displayName, p.phone); !k.isEmpty())
            byKey.insert(k, i);
        if (key == u"phone" && !fold(p.displayName).isEmpty())
            byKey.insert(u"~"_s + fold(p.displayName), i); // rows without a phone: by name
    }
    // Households a row may name: by id, or by a chosen name only one household has.
    QSet<QString> householdIds;
    QMultiHash<QString, QString> householdsByName;
    if (x.has(u"household_id"_s)) {
        m_store.readOrWarn("SELECT id, chosen_name FROM households", {}, [&](const Row& row) {
            householdIds.insert(row.text(0));
            householdsByName.insert(fold(row.text(1)), row.text(0));
        });
    }
    const QString keyField = key == u"id"      ? u"id"_s
                             : key == u"phone" ? u"phone"_s
                                               : u"display_name"_s;
    QHash<QString, int> fileKeys;
    const auto lookup = Context::byIdOrKey(key, byId, byKey);
    const Context::MatchWords words{tr("This row is the same person as row %1 (same %2)."),
                                    tr("This row matches %1 people already on file (same %2)."),
                                    tr("Match rows on another key, such as their phone.")};

    for (int r = 0; r < x.table.rows.size(); ++r) {
        if (!x.checking(r))
            return;
        x.startRow();
        const int row = x.table.rowNumbers.at(r);
        const QString idCell = x.cell(r, u"id"_s);
        QString k = keyOf(idCell, x.cell(r, u"display_name"_s), x.cell(r, u"phone"_s));
        if (k.isEmpty() && key == u"phone" && !fold(x.cell(r, u"display_name"_s)).isEmpty())
            k = u"~"_s + fold(x.cell(r, u"display_name"_s));
        const auto [match, skip] = x.matchRow(r, key, k, keyField, fileKeys, lookup, words);
        if (skip)
            continue;
        const Person base = match >= 0 ? existing.at(match) : Person();
        Person p = base;
        const QString givenId = x.givenId(r, key, match, u"people"_s, idCell,
                                          tr("Leave the id empty for someone new to Larder."),
                                          tr("This person was removed and cannot be brought back."),
                                          tr("Leave the id empty to add them again."));
        auto text = [&](const char16_t* field, QString& target) {
            if (const QString value = x.cell(r, QString::fromUtf16(field)); !value.isEmpty())
                target = value;
        };
        text(u"display_name", p.displayName);
        text(u"phone", p.phone);
        text(u"start_point", p.startPoint);
        text(u"notes", p.notes);
        if (const auto roles = FieldParser::roles(x.cell(r, u"roles"_s));
            x.check(r, u"roles"_s, roles) && roles.value)
            p.roles = *roles.value;
        if (const auto n = FieldParser::count(x.cell(r, u"vehicle_capacity"_s), 500);
            x.check(r, u"vehicle_capacity"_s, n) && n.value)
            p.vehicleCapacity = *n.value;
        if (const auto languages = FieldParser::languages(x.cell(r, u"languages"_s));
            x.check(r, u"languages"_s, languages) && languages.value)
            p.languages = *languages.value;
        x.readCoordinates(r, u"start_coordinates"_s, u"start_latitude"_s, u"start_longitude"_s,
                          p.start);
        if (const auto days = FieldParser::weekdays(x.cell(r, u"usual_days"_s));
            x.check(r, u"usual_days"_s, days) && days.value)
            p.usualDays = *days.value;
        if (const auto active = FieldParser::yesNo(x.cell(r, u"active"_s));
            x.check(r, u"active"_s, active) && active.value)
            p.active = *active.value;
        if (const QString household = x.cell(r, u"household_id"_s); !household.isEmpty()) {
            if (householdIds.contains(household)) {
                p.householdId = household;
            } else {
                const QStringList named = householdsByName.values(fold(household));
                if (named.size() == 1)
                    p.householdId = named.first();
                else if (named.isEmpty())
                    x.problem(r, u"household_id"_s,
                              tr("No household on file is called \"%1\".").arg(household),
                              tr("Type the household's Larder id or the name it chose, or leave "
                                 "the cell empty."));
                else
                    x.problem(r, u"household_id"_s,
                              tr("%1 households on file are called \"%2\".")
                                  .arg(named.size())
                                  .arg(household),
                              tr("Type the household's Larder id instead."));
            }
        }
        for (const people::FieldProblem& problem : People::validate(p)) {
            if (!x.flagged.contains(problem.field))
                x.problem(r, problem.field, problem.message, problem.hint);
        }
        if (x.rowFailed)
            continue;
        Planned planned;
        planned.row = row;
        planned.table = u"people"_s;
        planned.label = p.displayName;
        planned.values = People::toValues(p);
        if (match >= 0) {
            planned.id = base.id;
            planned.action = planned.values == People::toValues(base) ? ImportRow::Action::Unchanged
                                                                      : ImportRow::Action::Update;
        } else {
            planned.id = givenId;
            planned.action = ImportRow::Action::Add;
        }
        x.planned.append(planned);
    }
}

// ---- Items ----

void CsvImporter::planItems(Context& x) {
    using inventory::Item;
    namespace vocab = inventory::vocabulary;
    const QString key = x.report.key;

    const QList<Item> existing = inventory::Inventory(m_store).items(true);
    QHash<QString, int> byId, byName;
    QHash<QString, QString> barcodeOwner; // code -> item id
    for (int i = 0; i < existing.size(); ++i) {
        byId.insert(existing.at(i).id, i);
        byName.insert(fold(existing.at(i).name), i);
        for (const QString& code : existing.at(i).barcodes)
            barcodeOwner.insert(code, existing.at(i).id);
    }
    static const QHash<QString, QString> categoryAliases{
        {u"comida"_s, u"food"_s},
        {u"alimentos"_s, u"food"_s},
        {u"agua"_s, u"water"_s},
        {u"higiene"_s, u"hygiene"_s},
        {u"bebe"_s, u"baby"_s},
        {u"ropa"_s, u"clothing"_s},
        {u"utiles escolares"_s, u"school supplies"_s},
        {u"school"_s, u"school supplies"_s},
        {u"salud"_s, u"healthcare"_s},
        {u"health"_s, u"healthcare"_s},
        {u"hogar"_s, u"household"_s},
        {u"limpieza"_s, u"household"_s},
        {u"otro"_s, u"other"_s},
        {u"otros"_s, u"other"_s}};
    static const QHash<QString, QString> unitAliases{
        {u"unit"_s, u"each"_s},    {u"units"_s, u"each"_s}, {u"unidad"_s, u"each"_s},
        {u"pieza"_s, u"each"_s},   {u"pza"_s, u"each"_s},   {u"ea"_s, u"each"_s},
        {u"lbs"_s, u"lb"_s},       {u"libra"_s, u"lb"_s},   {u"libras"_s, u"lb"_s},
        {u"pound"_s, u"lb"_s},     {u"kilo"_s, u"kg"_s},    {u"kilos"_s, u"kg"_s},
        {u"kilogramo"_s, u"kg"_s}, {u"caja"_s, u"case"_s},  {u"cases"_s, u"case"_s},
        {u"cs"_s, u"case"_s}};
    const QString keyField = key == u"id" ? u"id"_s : key == u"barcode" ? u"barcodes"_s : u"name"_s;
    QHash<QString, int> fileKeys;
    QHash<QString, int> fileBarcodes; // code -> row
    auto lookup = [&](const QString& k) {
        const int i = key == u"id"     ? byId.value(k, -1)
                      : key == u"name" ? byName.value(k, -1)
                                       : byId.value(barcodeOwner.value(k), -1);
        return i < 0 ? QList<int>() : QList<int>{i};
    };
    // Item names and barcodes are unique on file, so "matches many" cannot happen.
    const Context::MatchWords words{tr("This row is the same item as row %1 (same %2)."), {}, {}};

    for (int r = 0; r < x.table.rows.size(); ++r) {
        if (!x.checking(r))
            return;
        x.startRow();
        const int row = x.table.rowNumbers.at(r);
        QStringList codes;
        static const QRegularExpression codeSeparators(u"[,;\\s]+"_s);
        for (const QString& code :
             x.cell(r, u"barcodes"_s).split(codeSeparators, Qt::SkipEmptyParts))
            codes << code;
        QString k;
        if (key == u"id")
            k = x.cell(r, u"id"_s);
        else if (key == u"name")
            k = fold(x.cell(r, u"name"_s));
        else if (key == u"barcode")
            k = codes.value(0);
        const auto [match, skip] = x.matchRow(r, key, k, keyField, fileKeys, lookup, words);
        if (skip)
            continue;
        const Item base = match >= 0 ? existing.at(match) : Item();
        Item item = base;
        if (const QString name = x.cell(r, u"name"_s); !name.isEmpty())
            item.name = name;
        if (const QString category = x.cell(r, u"category"_s); !category.isEmpty()) {
            const QString folded = fold(category);
            const QString c =
                vocab::categories().contains(folded) ? folded : categoryAliases.value(folded);
            if (c.isEmpty())
                x.problem(r, u"category"_s, tr("\"%1\" is not a category.").arg(category),
                          tr("Use one of: %1.").arg(vocab::categories().join(u", ")));
            else
                item.category = c;
        }
        if (const QString unit = x.cell(r, u"unit"_s); !unit.isEmpty()) {
            const QString folded = fold(unit);
            const QString u = vocab::units().contains(folded) ? folded : unitAliases.value(folded);
            if (u.isEmpty())
                x.problem(r, u"unit"_s, tr("\"%1\" is not a unit.").arg(unit),
                          tr("Use one of: %1.").arg(vocab::units().join(u", ")));
            else
                item.unit = u;
        }
        for (const auto& [field, target, maximum] :
             {std::tuple<const char16_t*, int*, int>{u"case_size", &item.caseSize, 10000},
              {u"unit_grams", &item.unitGrams, 1000000},
              {u"shelf_life_days", &item.shelfLifeDays, 3650}}) {
            const QString name = QString::fromUtf16(field);
            const auto n = FieldParser::count(x.cell(r, name), maximum);
            if (x.check(r, name, n) && n.value)
                *target = *n.value;
        }
        if (const auto n = FieldParser::count(x.cell(r, u"par_level"_s), 1000000);
            x.check(r, u"par_level"_s, n) && n.value)
            item.parLevel = *n.value;
        if (const auto yes = FieldParser::yesNo(x.cell(r, u"perishable"_s));
            x.check(r, u"perishable"_s, yes) && yes.value)
            item.perishable = *yes.value;
        if (const auto yes = FieldParser::yesNo(x.cell(r, u"active"_s));
            x.check(r, u"active"_s, yes) && yes.value)
            item.active = *yes.value;
        if (const auto tags = FieldParser::dietaryTags(x.cell(r, u"dietary_tags"_s));
            x.check(r, u"dietary_tags"_s, tags) && tags.value)
            item.dietaryTags = *tags.value;
        if (item.name.trimmed().isEmpty())
            x.problem(r, u"name"_s, tr("The item needs a name."),
                      tr("Type a name, such as \"Rice 2 lb\"."));
        if (item.unit == u"case" && item.caseSize <= 0 && !x.flagged.contains(u"case_size"_s))
            x.problem(r, u"case_size"_s, tr("An item counted in cases needs its case size."),
                      tr("Type how many units one case holds."));
        QStringList added;
        for (const QString& code : std::as_const(codes)) {
            if (code.size() > 64) {
                x.problem(r, u"barcodes"_s, tr("\"%1\" is not a barcode.").arg(code));
                continue;
            }
            const QString owner = barcodeOwner.value(code);
            if (!owner.isEmpty() && owner != base.id) {
                x.problem(r, u"barcodes"_s,
                          tr("The barcode %1 already belongs to another item.").arg(code),
                          tr("Remove it from this row or from that item."));
                continue;
            }
            if (const int earlier = fileBarcodes.value(code, 0); earlier > 0 && earlier != row) {
                x.problem(r, u"barcodes"_s,
                          tr("The barcode %1 is also on row %2.").arg(code).arg(earlier));
                continue;
            }
            fileBarcodes.insert(code, row);
            if (owner.isEmpty() && !added.contains(code))
                added << code;
        }
        if (x.rowFailed)
            continue;

        Planned planned;
        planned.row = row;
        planned.table = u"items"_s;
        planned.label = item.name;
        planned.newBarcodes = added;
        planned.values = inventory::Inventory::toValues(item);
        if (match >= 0) {
            planned.id = base.id;
            const bool same = planned.values == inventory::Inventory::toValues(base);
            planned.action =
                same && added.isEmpty() ? ImportRow::Action::Unchanged : ImportRow::Action::Update;
        } else {
            const QString idCell = x.cell(r, u"id"_s);
            if (key == u"id" && !idCell.isEmpty()) {
                if (!isRecordId(idCell) || isTombstoned(m_store, u"items"_s, idCell)) {
                    x.problem(r, u"id"_s,
                              tr("\"%1\" is not the id of an item on file.").arg(idCell),
                              tr("Leave the id empty for a new item."));
                    continue;
                }
                planned.id = idCell;
            }
            planned.action = ImportRow::Action::Add;
        }
        x.planned.append(planned);
    }
}

} // namespace larder::io
