// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Households.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace larder {
class Store;
}

namespace larder::people {

// What a list of households shows, from the index (decoded, never read back from the file).
struct HouseholdSummary {
    QString id;
    QString chosenName;
    QString street;
    QString unit;
    QString city;
    QString postalCode;
    QString meetingPoint;
    QString phone;
    QString status;
    QString schedule;
    QStringList dietaryTags;
    QStringList languages;
    int size = 0;
    int preferredWeekday = 0;
    bool hasCoordinates = false;
};

// A type-ahead query with its filters. Every filter left empty lets everything through.
struct SearchQuery {
    QString text; // words matched as word beginnings in name, address, notes; digits in phones
    QStringList statuses;  // any of these
    QStringList schedules; // any of these
    QStringList tags;      // all of these dietary tags
    QStringList languages; // any of these ISO 639 codes
    QString postalArea;    // the postal code begins with this ("606", "60608", "SW1A")
    int limit = 0;         // at most this many ids (0: all); `total` still counts every match
};

struct SearchResult {
    QStringList ids; // households whose name matches first, then the others; each by name
    int total = 0;
};

// Finds households as fast as a person types, without putting the sensitive columns through SQL
// (a later release encrypts them at rest): an in-memory index built from the decoded records.
//
// Each household's name, address, notes and phone are folded (case, accents, punctuation; phones
// to digits) into one buffer in name order, scanned per query; duplicate keys (address + unit,
// phone) are kept in hash tables. The index follows Store::changed: after a write of this laptop
// it reloads only the households that write touched (from the operation log); after a sync
// import it rebuilds. Pointers and ids it returns are valid until the next change.
class HouseholdIndex : public QObject {
    Q_OBJECT

public:
    explicit HouseholdIndex(Store& store, QObject* parent = nullptr);
    ~HouseholdIndex() override;

    SearchResult search(const SearchQuery& query) const;
    const HouseholdSummary* summary(const QString& id) const;
    int size() const { return int(m_byId.size()); }

    // Households already on file that look like `household` (same phone first, then same
    // address and unit), leaving out `household.id`.
    QList<DuplicateMatch> duplicatesOf(const Household& household) const;

    // Reads every household again.
    void rebuild();
    // Brings the index up to date with the file now (also done on every Store::changed).
    void refresh();

    struct Stats {
        int fullBuilds = 0;     // complete reads of the households table
        int rowsReloaded = 0;   // single households read again after a write
        qint64 lastBuildMs = 0; // how long the last complete read took
    };
    const Stats& stats() const { return m_stats; }

Q_SIGNALS:
    // The index changed (after a write or an import): views re-run their query.
    void updated();

private:
    struct Entry {
        HouseholdSummary summary;
        QByteArray text;       // " name words | address, notes words" folded, UTF-8
        qsizetype nameEnd = 0; // bytes of `text` that hold the name
        QByteArray phone;      // digits
        QString phoneKey;
        QString addressKey;
        QString postal;     // normalize::postalCode
        QByteArray sortKey; // folded name, UTF-8
        // The filterable fields as bits, so that a filter costs a few instructions per household.
        quint8 statusBit = 0;     // 1 << index in vocabulary::statuses() (0x80: other)
        quint8 scheduleBit = 0;   // 1 << index in vocabulary::schedules() (0x80: other)
        quint16 tagBits = 0;      // 1 << index in the dietary tag vocabulary
        quint64 languageBits = 0; // interned languages; bit 63: one beyond the first 63
        bool alive = false;
    };
    struct Filter;
    Filter compile(const SearchQuery& query) const;
    static Entry makeEntry(const Household& household);
    void put(const Household& household);
    void drop(const QString& id);
    void reload(const QStringList& ids);
    void ensureBuffer() const;
    bool passes(const Entry& entry, const Filter& filter) const;
    quint64 languageBit(const QString& code, bool intern) const;

    Store& m_store;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_byId;
    QMultiHash<QString, int> m_byPhone;
    QMultiHash<QString, int> m_byAddress;
    std::vector<int> m_free; // slots of dropped entries

    mutable QHash<QString, int> m_languageIds; // interned for languageBits

    // The scan buffers, in name order, rebuilt lazily after changes. After a few edits the order
    // is patched (the changed entries taken out and put back in place) instead of sorted again.
    mutable bool m_dirty = true;
    mutable bool m_orderValid = false;
    mutable std::vector<int> m_pending; // slots put or dropped since the last layout
    mutable std::vector<int> m_order;   // entry indexes sorted by name
    mutable QByteArray m_text;          // "\n" + entry.text for each entry in order
    mutable std::vector<qsizetype> m_textStarts;
    mutable QByteArray m_phones; // "\n" + digits
    mutable std::vector<qsizetype> m_phoneStarts;

    QString m_site;
    qint64 m_seenSeq = 0;
    qint64 m_seenImport = 0;
    Stats m_stats;
};

} // namespace larder::people
