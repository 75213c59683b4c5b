// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/HouseholdIndex.h"

#include "core/inventory/Vocabulary.h"
#include "core/people/Normalize.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace larder::people {

namespace {

std::string_view view(const QByteArray& bytes, qsizetype from = 0, qsizetype to = -1) {
    if (to < 0)
        to = bytes.size();
    return std::string_view(bytes.constData() + from, std::size_t(to - from));
}

// True when `token` begins a word of `text` (words are separated by single spaces and `text`
// begins with one).
bool hasWordStart(std::string_view text, std::string_view token) {
    for (std::size_t at = text.find(token); at != std::string_view::npos;
         at = text.find(token, at + 1)) {
        if (at > 0 && text[at - 1] == ' ')
            return true;
    }
    return false;
}

// Would a person read this query as a phone number? Only digits and phone punctuation, with at
// least three digits.
QByteArray phoneNeedle(const QString& text) {
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && c != u'(' && c != u')' && c != u'-' && c != u'.' && c != u'+' &&
                 c != u'/')
            return {};
    }
    if (digits < 3)
        return {};
    return normalize::phoneDigits(text).toLatin1();
}

} // namespace

HouseholdIndex::HouseholdIndex(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"households"_s))
            refresh();
    });
    // Built when the details can be read, dropped when the pantry locks: while locked the index
    // holds nothing, and search finds nothing.
    connect(&m_store, &Store::protectionChanged, this, [this] {
        rebuild();
        Q_EMIT updated();
    });
    rebuild();
}

HouseholdIndex::~HouseholdIndex() = default;

HouseholdIndex::Entry HouseholdIndex::makeEntry(const Household& h) {
    Entry e;
    HouseholdSummary& s = e.summary;
    s.id = h.id;
    s.chosenName = h.chosenName;
    s.street = h.street;
    s.unit = h.unit;
    s.city = h.city;
    s.postalCode = h.postalCode;
    s.meetingPoint = h.meetingPoint;
    s.phone = h.phone;
    s.status = h.status;
    s.schedule = h.schedule;
    s.dietaryTags = h.dietaryTags;
    s.languages = h.languages;
    s.size = h.size();
    s.preferredWeekday = h.preferredWeekday;
    s.hasCoordinates = h.coordinates.has_value();

    const QString name = normalize::fold(h.chosenName);
    e.sortKey = name.toUtf8();
    e.text.reserve(128);
    e.text += ' ';
    e.text += e.sortKey;
    e.nameEnd = e.text.size();
    for (const QString* field : {&h.street, &h.unit, &h.city, &h.postalCode, &h.meetingPoint,
                                 &h.deliveryNotes, &h.accessNeeds}) {
        if (field->isEmpty())
            continue;
        const QString folded = normalize::fold(*field);
        if (folded.isEmpty())
            continue;
        e.text += ' ';
        e.text += folded.toUtf8();
    }
    e.phone = normalize::phoneDigits(h.phone).toLatin1();
    e.phoneKey = normalize::phoneKey(h.phone);
    e.addressKey = normalize::addressKey(h.street, h.unit);
    e.postal = normalize::postalCode(h.postalCode);
    const auto bit = [](const QStringList& vocabulary, const QString& key) {
        const qsizetype i = vocabulary.indexOf(key);
        return quint8(i >= 0 && i < 7 ? 1u << i : 0x80u);
    };
    e.statusBit = bit(vocabulary::statuses(), h.status);
    e.scheduleBit = bit(vocabulary::schedules(), h.schedule);
    for (const QString& tag : h.dietaryTags) {
        const qsizetype i = inventory::vocabulary::dietaryTags().indexOf(tag);
        if (i >= 0 && i < 16)
            e.tagBits |= quint16(1u << i);
    }
    e.alive = true;
    return e;
}

quint64 HouseholdIndex::languageBit(const QString& code, bool intern) const {
    auto it = m_languageIds.constFind(code);
    if (it == m_languageIds.cend()) {
        if (!intern)
            return 0;
        it = m_languageIds.insert(code, int(m_languageIds.size()));
    }
    return it.value() < 63 ? quint64(1) << it.value() : quint64(1) << 63;
}

struct HouseholdIndex::Filter {
    bool any = false; // some filter is set
    quint8 statuses = 0xFF;
    quint8 schedules = 0xFF;
    quint16 tags = 0;
    quint64 languages = ~quint64(0);
    QStringList rareLanguages; // beyond the first 63 interned: compared by name
    QString postal;
};

HouseholdIndex::Filter HouseholdIndex::compile(const SearchQuery& q) const {
    Filter f;
    const auto bits = [](const QStringList& vocabulary, const QStringList& wanted) {
        quint8 mask = 0;
        for (const QString& key : wanted) {
            const qsizetype i = vocabulary.indexOf(key);
            mask |= quint8(i >= 0 && i < 7 ? 1u << i : 0x80u);
        }
        return mask;
    };
    if (!q.statuses.isEmpty())
        f.statuses = bits(vocabulary::statuses(), q.statuses);
    if (!q.schedules.isEmpty())
        f.schedules = bits(vocabulary::schedules(), q.schedules);
    for (const QString& tag : q.tags) {
        const qsizetype i = inventory::vocabulary::dietaryTags().indexOf(tag);
        f.tags |= quint16(i >= 0 && i < 16 ? 1u << i : 0x8000u); // unknown: matches nothing
    }
    if (!q.languages.isEmpty()) {
        f.languages = 0;
        for (const QString& language : q.languages) {
            const quint64 bit = languageBit(language, false);
            if (bit == (quint64(1) << 63))
                f.rareLanguages << language;
            else
                f.languages |= bit;
        }
        if (!f.rareLanguages.isEmpty())
            f.languages |= quint64(1) << 63;
    }
    f.postal = normalize::postalCode(q.postalArea);
    f.any = !q.statuses.isEmpty() || !q.schedules.isEmpty() || !q.tags.isEmpty() ||
            !q.languages.isEmpty() || !f.postal.isEmpty();
    return f;
}

void HouseholdIndex::put(const Household& household) {
    drop(household.id);
    Entry entry = makeEntry(household);
    for (const QString& language : household.languages)
        entry.languageBits |= languageBit(language, true);
    int slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
        m_entries[std::size_t(slot)] = std::move(entry);
    } else {
        slot = int(m_entries.size());
        m_entries.push_back(std::move(entry));
    }
    const Entry& e = m_entries[std::size_t(slot)];
    m_byId.insert(e.summary.id, slot);
    if (!e.phoneKey.isEmpty())
        m_byPhone.insert(e.phoneKey, slot);
    if (!e.addressKey.isEmpty())
        m_byAddress.insert(e.addressKey, slot);
    m_pending.push_back(slot);
    m_dirty = true;
}

void HouseholdIndex::drop(const QString& id) {
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return;
    const int slot = it.value();
    m_byId.erase(it);
    Entry& e = m_entries[std::size_t(slot)];
    if (!e.phoneKey.isEmpty())
        m_byPhone.remove(e.phoneKey, slot);
    if (!e.addressKey.isEmpty())
        m_byAddress.remove(e.addressKey, slot);
    e = Entry();
    m_free.push_back(slot);
    m_pending.push_back(slot);
    m_dirty = true;
}

void HouseholdIndex::rebuild() {
    QElapsedTimer timer;
    timer.start();
    m_entries.clear();
    m_byId.clear();
    m_byPhone.clear();
    m_byAddress.clear();
    m_free.clear();
    m_languageIds.clear();
    m_orderValid = false;
    const int expected = m_store.connection().scalar("SELECT count(*) FROM households").toInt();
    m_entries.reserve(std::size_t(expected));
    m_byId.reserve(expected);
    // Where the operation log stood when this read began: later writes are reloaded one by one.
    m_site = m_store.siteId();
    m_seenSeq = m_store.lastSeq();
    m_seenImport = m_store.connection().scalar("SELECT max(id) FROM sync_imports").toLongLong();
    if (m_store.detailsReadable())
        m_store.readOrWarn("SELECT " + Households::Columns + " FROM households", {},
                           [this](const Row& row) { put(Households::fromRow(row)); });
    m_dirty = true;
    ensureBuffer(); // now, not at the first keystroke
    ++m_stats.fullBuilds;
    m_stats.lastBuildMs = timer.elapsed();
}

void HouseholdIndex::reload(const QStringList& ids) {
    if (!m_store.detailsReadable())
        return; // a locked pantry's index stays empty (an import while locked changes nothing)
    for (const QString& id : ids) {
        std::optional<Household> found;
        m_store.readOrWarn("SELECT " + Households::Columns + " FROM households WHERE id = ?1", {id},
                           [&found](const Row& row) { found = Households::fromRow(row); });
        if (found)
            put(*found);
        else
            drop(id);
        ++m_stats.rowsReloaded;
    }
}

void HouseholdIndex::refresh() {
    const qint64 import =
        m_store.connection().scalar("SELECT max(id) FROM sync_imports").toLongLong();
    if (import != m_seenImport || m_store.siteId() != m_site) {
        // Another laptop's operations arrived, possibly filling gaps below what was seen: read
        // everything again rather than guess.
        rebuild();
        Q_EMIT updated();
        return;
    }
    const qint64 seq = m_store.lastSeq();
    if (seq == m_seenSeq)
        return;
    QStringList changed;
    if (seq - m_seenSeq > 20000) {
        rebuild(); // a large import of this laptop's own: faster read whole
        Q_EMIT updated();
        return;
    }
    m_store.readOrWarn("SELECT DISTINCT row_id FROM sync_log WHERE site = ?1 AND seq > ?2 "
                       "AND tbl = 'households'",
                       {m_site, m_seenSeq}, [&changed](const Row& row) { changed << row.text(0); });
    m_seenSeq = seq;
    if (changed.size() > 2000) {
        rebuild();
    } else {
        reload(changed);
    }
    Q_EMIT updated();
}

void HouseholdIndex::ensureBuffer() const {
    if (!m_dirty)
        return;
    auto before = [this](int a, int b) {
        const Entry& x = m_entries[std::size_t(a)];
        const Entry& y = m_entries[std::size_t(b)];
        const int c = x.sortKey.compare(y.sortKey);
        return c != 0 ? c < 0 : x.summary.id < y.summary.id;
    };
    std::sort(m_pending.begin(), m_pending.end());
    m_pending.erase(std::unique(m_pending.begin(), m_pending.end()), m_pending.end());
    if (m_orderValid && m_pending.size() <= 256) {
        // A few edits: take the changed slots out, put the live ones back where they belong.
        std::erase_if(m_order, [this](int slot) {
            return std::binary_search(m_pending.begin(), m_pending.end(), slot);
        });
        for (const int slot : m_pending) {
            if (!m_entries[std::size_t(slot)].alive)
                continue;
            m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), slot, before), slot);
        }
    } else {
        // Sorted by the folded name, through a compact array of keys (not the entries).
        std::vector<std::pair<std::string_view, int>> keys;
        keys.reserve(m_byId.size());
        for (int i = 0; i < int(m_entries.size()); ++i) {
            const Entry& e = m_entries[std::size_t(i)];
            if (e.alive)
                keys.emplace_back(view(e.sortKey), i);
        }
        std::sort(keys.begin(), keys.end(), [this](const auto& a, const auto& b) {
            if (a.first != b.first)
                return a.first < b.first;
            return m_entries[std::size_t(a.second)].summary.id <
                   m_entries[std::size_t(b.second)].summary.id;
        });
        m_order.resize(keys.size());
        for (std::size_t k = 0; k < keys.size(); ++k)
            m_order[k] = keys[k].second;
        m_orderValid = true;
    }
    m_pending.clear();

    qsizetype textBytes = 0, phoneBytes = 0;
    for (const int slot : m_order) {
        textBytes += m_entries[std::size_t(slot)].text.size() + 1;
        phoneBytes += m_entries[std::size_t(slot)].phone.size() + 1;
    }
    m_text.resize(textBytes);
    m_phones.resize(phoneBytes);
    m_textStarts.resize(m_order.size());
    m_phoneStarts.resize(m_order.size());
    char* text = m_text.data();
    char* phones = m_phones.data();
    qsizetype t = 0, p = 0;
    for (std::size_t k = 0; k < m_order.size(); ++k) {
        const Entry& e = m_entries[std::size_t(m_order[k])];
        text[t++] = '\n';
        m_textStarts[k] = t;
        std::memcpy(text + t, e.text.constData(), std::size_t(e.text.size()));
        t += e.text.size();
        phones[p++] = '\n';
        m_phoneStarts[k] = p;
        std::memcpy(phones + p, e.phone.constData(), std::size_t(e.phone.size()));
        p += e.phone.size();
    }
    m_dirty = false;
}

bool HouseholdIndex::passes(const Entry& e, const Filter& f) const {
    if (!f.any)
        return true;
    if (!(e.statusBit & f.statuses) || !(e.scheduleBit & f.schedules))
        return false;
    if ((e.tagBits & f.tags) != f.tags)
        return false;
    if (!(e.languageBits & f.languages))
        return false;
    if ((e.languageBits & f.languages) == (quint64(1) << 63)) {
        // Only through a rare language: compare names.
        bool any = false;
        for (const QString& language : f.rareLanguages)
            any = any || e.summary.languages.contains(language);
        if (!any)
            return false;
    }
    if (!f.postal.isEmpty() && !e.postal.startsWith(f.postal))
        return false;
    return true;
}

SearchResult HouseholdIndex::search(const SearchQuery& query) const {
    ensureBuffer();
    const Filter filter = compile(query);
    SearchResult result;
    const std::size_t count = m_order.size();
    const int limit = query.limit > 0 ? query.limit : int(count);

    QList<QByteArray> tokens;
    for (const QString& word : normalize::fold(query.text).split(u' ', Qt::SkipEmptyParts))
        tokens << word.toUtf8();
    const QByteArray phone = phoneNeedle(query.text);

    if (tokens.isEmpty() && phone.isEmpty()) {
        for (std::size_t k = 0; k < count; ++k) {
            const Entry& e = m_entries[std::size_t(m_order[k])];
            if (!passes(e, filter))
                continue;
            if (result.total++ < limit)
                result.ids << e.summary.id;
        }
        return result;
    }

    // 0: not a match; 1: matches in its name (or by phone); 2: matches elsewhere.
    std::vector<quint8> rank(count, 0);
    auto textOf = [this, count](std::size_t k) {
        const qsizetype end = k + 1 < count ? m_textStarts[k + 1] - 1 : m_text.size();
        return view(m_text, m_textStarts[k], end);
    };

    if (!tokens.isEmpty()) {
        // Scan for the longest word, then check the others in each candidate.
        std::sort(tokens.begin(), tokens.end(),
                  [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
        const std::string_view first = view(tokens.first());
        const std::string_view all = view(m_text);
        std::size_t at = all.find(first);
        std::size_t k = 0; // hits come in buffer order: the household only moves forward
        while (at != std::string_view::npos) {
            if (all[at - 1] != ' ') { // inside a word: not a match
                at = all.find(first, at + 1);
                continue;
            }
            while (k + 1 < count && std::size_t(m_textStarts[k + 1]) <= at)
                ++k;
            const std::string_view text = textOf(k);
            const Entry& e = m_entries[std::size_t(m_order[k])];
            bool matches = true;
            for (qsizetype t = 1; t < tokens.size() && matches; ++t)
                matches = hasWordStart(text, view(tokens.at(t)));
            if (matches) {
                bool inName = true;
                const std::string_view name = text.substr(0, std::size_t(e.nameEnd));
                for (const QByteArray& token : std::as_const(tokens))
                    inName = inName && hasWordStart(name, view(token));
                rank[k] = inName ? 1 : 2;
            }
            // On to the next household.
            const std::size_t next = k + 1 < count ? std::size_t(m_textStarts[k + 1]) : all.size();
            at = all.find(first, next);
        }
    }
    if (!phone.isEmpty()) {
        const std::string_view all = view(m_phones);
        const std::string_view needle = view(phone);
        std::size_t at = all.find(needle);
        std::size_t k = 0;
        while (at != std::string_view::npos) {
            while (k + 1 < count && std::size_t(m_phoneStarts[k + 1]) <= at)
                ++k;
            rank[k] = 1;
            const std::size_t next = k + 1 < count ? std::size_t(m_phoneStarts[k + 1]) : all.size();
            at = all.find(needle, next);
        }
    }

    QStringList later;
    for (std::size_t k = 0; k < count; ++k) {
        if (rank[k] == 0)
            continue;
        const Entry& e = m_entries[std::size_t(m_order[k])];
        if (!passes(e, filter))
            continue;
        ++result.total;
        if (rank[k] == 1) {
            if (result.ids.size() < limit)
                result.ids << e.summary.id;
        } else if (later.size() < limit) {
            later << e.summary.id;
        }
    }
    for (const QString& id : std::as_const(later)) {
        if (result.ids.size() >= limit)
            break;
        result.ids << id;
    }
    return result;
}

const HouseholdSummary* HouseholdIndex::summary(const QString& id) const {
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entries[std::size_t(it.value())].summary;
}

QList<DuplicateMatch> HouseholdIndex::duplicatesOf(const Household& household) const {
    QList<DuplicateMatch> matches;
    QSet<int> seen;
    const QString phone = normalize::phoneKey(household.phone);
    if (!phone.isEmpty()) {
        for (auto it = m_byPhone.constFind(phone); it != m_byPhone.cend() && it.key() == phone;
             ++it) {
            const Entry& e = m_entries[std::size_t(it.value())];
            if (e.summary.id == household.id || seen.contains(it.value()))
                continue;
            seen.insert(it.value());
            matches.append({e.summary.id, e.summary.chosenName, DuplicateMatch::Reason::SamePhone});
        }
    }
    const QString address = normalize::addressKey(household.street, household.unit);
    if (!address.isEmpty()) {
        for (auto it = m_byAddress.constFind(address);
             it != m_byAddress.cend() && it.key() == address; ++it) {
            const Entry& e = m_entries[std::size_t(it.value())];
            if (e.summary.id == household.id || seen.contains(it.value()))
                continue;
            seen.insert(it.value());
            matches.append(
                {e.summary.id, e.summary.chosenName, DuplicateMatch::Reason::SameAddress});
        }
    }
    return matches;
}

} // namespace larder::people
