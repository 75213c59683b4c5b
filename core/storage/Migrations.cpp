// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace larder::migrations {

namespace {

// Version 1: the first entities. Foreign keys between synced tables are DEFERRABLE so that a sync
// import may apply operations in any order inside its one transaction.
const char* const Version1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;

CREATE TABLE sync_ops (
    site   TEXT    NOT NULL,           -- the laptop that made the change
    seq    INTEGER NOT NULL,           -- that laptop's operation counter, from 1
    hlc    INTEGER NOT NULL,           -- hybrid logical clock: (ms << 16) | counter
    tbl    TEXT    NOT NULL,
    row_id TEXT    NOT NULL,
    col    TEXT    NOT NULL,           -- a column name; '*' a ledger row (the row itself); '-' a delete
    value,                              -- the stored (encoded) value; NULL for '*' and '-'
    actor  TEXT,                        -- the person on shift
    PRIMARY KEY (site, seq)
) WITHOUT ROWID;
-- Which operation holds each field's current value (ledger rows never conflict: not indexed).
CREATE INDEX sync_ops_by_field ON sync_ops (tbl, row_id, col, hlc) WHERE col <> '*';

CREATE TABLE tombstones (
    tbl    TEXT    NOT NULL,
    row_id TEXT    NOT NULL,
    hlc    INTEGER NOT NULL,
    site   TEXT    NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

CREATE TABLE site_history (
    site        TEXT PRIMARY KEY,
    replaced_by TEXT NOT NULL,
    at          TEXT NOT NULL,
    reason      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE locations (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'shelf',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL
);

CREATE TABLE suppliers (
    id           TEXT PRIMARY KEY,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL DEFAULT 'donor',
    contact_name BLOB,
    phone        BLOB,
    pickup_days  TEXT    NOT NULL DEFAULT '',
    notes        BLOB,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL
);

CREATE TABLE items (
    id              TEXT PRIMARY KEY,
    name            TEXT    NOT NULL,
    category        TEXT    NOT NULL DEFAULT 'other',
    unit            TEXT    NOT NULL DEFAULT 'each',
    case_size       INTEGER,
    unit_grams      INTEGER,
    perishable      INTEGER NOT NULL DEFAULT 0,
    shelf_life_days INTEGER,
    dietary_tags    TEXT    NOT NULL DEFAULT '',
    par_level       INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL
);

CREATE TABLE item_barcodes (
    id      TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    code    TEXT NOT NULL
);
CREATE INDEX item_barcodes_by_code ON item_barcodes (code);
CREATE INDEX item_barcodes_by_item ON item_barcodes (item_id);

CREATE TABLE lots (
    id          TEXT PRIMARY KEY,
    item_id     TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    expiry      TEXT,                   -- YYYY-MM-DD, or NULL for non-perishables
    supplier_id TEXT REFERENCES suppliers (id) DEFERRABLE INITIALLY DEFERRED,
    received_on TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX lots_by_item ON lots (item_id, expiry);

CREATE TABLE households (
    id                TEXT PRIMARY KEY,
    chosen_name       BLOB NOT NULL,    -- a chosen name or alias; never a legal name requirement
    street            BLOB,
    unit              BLOB,
    city              TEXT,
    postal_code       TEXT,
    meeting_point     BLOB,             -- for someone without a fixed address
    latitude          BLOB,
    longitude         BLOB,
    adults            INTEGER NOT NULL DEFAULT 1,
    children          INTEGER NOT NULL DEFAULT 0,
    seniors           INTEGER NOT NULL DEFAULT 0,
    dietary_tags      TEXT    NOT NULL DEFAULT '',
    allergies         BLOB,
    languages         TEXT    NOT NULL DEFAULT '',
    delivery_notes    BLOB,
    access_needs      BLOB,
    phone             BLOB,
    may_call          INTEGER NOT NULL DEFAULT 0,
    may_text          INTEGER NOT NULL DEFAULT 0,
    may_leave_at_door INTEGER NOT NULL DEFAULT 0,
    schedule          TEXT    NOT NULL DEFAULT 'weekly',
    preferred_weekday INTEGER,          -- 1 Monday .. 7 Sunday
    window_start      TEXT,             -- HH:MM
    window_end        TEXT,
    status            TEXT    NOT NULL DEFAULT 'active',
    status_since      TEXT,
    created_at        TEXT    NOT NULL
);
CREATE INDEX households_by_status ON households (status);

CREATE TABLE people (
    id               TEXT PRIMARY KEY,
    display_name     BLOB NOT NULL,
    phone            BLOB,
    roles            TEXT    NOT NULL DEFAULT '',
    vehicle_capacity INTEGER NOT NULL DEFAULT 0,
    languages        TEXT    NOT NULL DEFAULT '',
    start_point      BLOB,
    start_latitude   BLOB,
    start_longitude  BLOB,
    usual_days       TEXT    NOT NULL DEFAULT '',
    household_id     TEXT REFERENCES households (id) DEFERRABLE INITIALLY DEFERRED,
    notes            BLOB,
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL
);
CREATE INDEX people_by_household ON people (household_id);

-- The append-only stock ledger: every change of stock is a row here, never an edit.
CREATE TABLE stock_movements (
    id          TEXT PRIMARY KEY,
    at          TEXT    NOT NULL,       -- ISO 8601 UTC
    kind        TEXT    NOT NULL,       -- received, distributed, spoiled, counted, moved, returned, reversal
    item_id     TEXT    NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    lot_id      TEXT    REFERENCES lots (id) DEFERRABLE INITIALLY DEFERRED,
    location_id TEXT    NOT NULL REFERENCES locations (id) DEFERRABLE INITIALLY DEFERRED,
    quantity    INTEGER NOT NULL,       -- signed, in the item's unit: + in, - out
    reason      TEXT    NOT NULL DEFAULT '',
    supplier_id TEXT,
    reference   TEXT,                   -- groups movements of one action (a move, a count, a run)
    reverses    TEXT,                   -- the movement this one corrects
    recorded_by TEXT,                   -- the person on shift
    site        TEXT    NOT NULL,
    hlc         INTEGER NOT NULL
);
CREATE INDEX stock_movements_by_item ON stock_movements (item_id, at);
CREATE INDEX stock_movements_by_lot ON stock_movements (lot_id);

-- On-hand totals, kept equal to the ledger sum in the same transaction as each movement.
CREATE TABLE stock_on_hand (
    item_id     TEXT    NOT NULL,
    location_id TEXT    NOT NULL,
    lot_id      TEXT    NOT NULL DEFAULT '',
    quantity    INTEGER NOT NULL,
    PRIMARY KEY (item_id, location_id, lot_id)
) WITHOUT ROWID;
)sql";

// Version 2: stock counts (a count in progress survives a restart and is visible on every
// laptop) and pantry-wide settings.
const char* const Version2 = R"sql(
CREATE TABLE stock_counts (
    id           TEXT PRIMARY KEY,
    location_id  TEXT REFERENCES locations (id) DEFERRABLE INITIALLY DEFERRED, -- NULL: all
    status       TEXT NOT NULL DEFAULT 'open',  -- open, confirmed, cancelled
    started_at   TEXT NOT NULL,
    started_by   TEXT,
    confirmed_at TEXT,
    reference    TEXT,                          -- stock_movements.reference of its adjustments
    created_at   TEXT NOT NULL
);

CREATE TABLE stock_count_lines (
    id          TEXT PRIMARY KEY,
    count_id    TEXT    NOT NULL REFERENCES stock_counts (id) DEFERRABLE INITIALLY DEFERRED,
    item_id     TEXT    NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    location_id TEXT    NOT NULL REFERENCES locations (id) DEFERRABLE INITIALLY DEFERRED,
    lot_id      TEXT    NOT NULL DEFAULT '',
    expected    INTEGER NOT NULL DEFAULT 0,     -- on hand when the count started
    counted     INTEGER,                        -- NULL: not counted (yet)
    created_at  TEXT    NOT NULL
);
CREATE INDEX stock_count_lines_by_count ON stock_count_lines (count_id);

-- Pantry-wide settings, synced: the id is the setting's key.
CREATE TABLE settings (
    id    TEXT PRIMARY KEY,
    value TEXT
);

CREATE INDEX stock_movements_by_reverses ON stock_movements (reverses) WHERE reverses IS NOT NULL;
CREATE INDEX stock_movements_by_reference ON stock_movements (reference)
    WHERE reference IS NOT NULL;
CREATE INDEX lots_by_expiry ON lots (expiry) WHERE expiry IS NOT NULL;
)sql";

// Version 3: sync by files — what each peer last told us it holds, what arrived from whom,
// and concurrent edits kept for a coordinator to review. All of it is this laptop's own.
const char* const Version3 = R"sql(
CREATE TABLE sync_peers (
    site           TEXT PRIMARY KEY,
    name           TEXT NOT NULL DEFAULT '',
    version_vector TEXT NOT NULL DEFAULT '{}', -- JSON {site: seq} from its latest file
    file_created   INTEGER,                    -- ms, the latest file's creation time
    imported_at    TEXT
) WITHOUT ROWID;

CREATE TABLE sync_imports (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    file        TEXT    NOT NULL,
    from_site   TEXT    NOT NULL,
    from_name   TEXT    NOT NULL DEFAULT '',
    applied     INTEGER NOT NULL,
    skipped     INTEGER NOT NULL,
    conflicts   INTEGER NOT NULL DEFAULT 0,
    clock_ahead INTEGER NOT NULL DEFAULT 0      -- ms the sender's clock ran ahead of ours
);

CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY,
    tbl          TEXT    NOT NULL,
    row_id       TEXT    NOT NULL,
    col          TEXT    NOT NULL,
    kept_value,                                  -- the value the merge rule kept (encoded)
    kept_site    TEXT    NOT NULL,
    kept_hlc     INTEGER NOT NULL,
    lost_value,                                  -- the concurrent value it replaced (encoded)
    lost_site    TEXT    NOT NULL,
    lost_hlc     INTEGER NOT NULL,
    detected_at  TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'open' -- open, accepted, restored
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (status, tbl, row_id);

-- Reports and the Today page read the ledger by date.
CREATE INDEX stock_movements_by_at ON stock_movements (at);

-- From now on an emptied bin leaves no on-hand row.
DELETE FROM stock_on_hand WHERE quantity = 0;
)sql";

// Version 4: distribution days. A run is one day's deliveries (or pick-ups); its stops are the
// households (or, for a supplier pickup run, the suppliers) on it; its drivers are the people
// who came, each with the day's capacity, start and limits; allocations are the lots set aside
// for each stop's boxes. Box templates say what a household's package holds by its size.
const char* const Version4 = R"sql(
CREATE TABLE box_templates (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,               -- "1-2 people"
    min_size   INTEGER NOT NULL DEFAULT 1,     -- household size this template starts at
    max_size   INTEGER,                        -- and ends at; NULL: no upper bound
    boxes      INTEGER NOT NULL DEFAULT 1,     -- boxes a package of this template fills
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL
);

CREATE TABLE box_template_lines (
    id          TEXT PRIMARY KEY,
    template_id TEXT    NOT NULL REFERENCES box_templates (id) DEFERRABLE INITIALLY DEFERRED,
    item_id     TEXT    NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    quantity    INTEGER NOT NULL DEFAULT 1,    -- in the item's unit
    created_at  TEXT    NOT NULL
);
CREATE INDEX box_template_lines_by_template ON box_template_lines (template_id);

CREATE TABLE runs (
    id         TEXT PRIMARY KEY,
    run_date   TEXT    NOT NULL,               -- YYYY-MM-DD
    kind       TEXT    NOT NULL DEFAULT 'delivery', -- delivery, pickup, supplier_pickup
    name       TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL DEFAULT 'draft',    -- draft, planned, packed, closed
    notes      TEXT,
    planned_at TEXT,
    packed_at  TEXT,
    closed_at  TEXT,
    created_at TEXT    NOT NULL
);
CREATE INDEX runs_by_date ON runs (run_date);

CREATE TABLE run_drivers (
    id              TEXT PRIMARY KEY,
    run_id          TEXT    NOT NULL REFERENCES runs (id) DEFERRABLE INITIALLY DEFERRED,
    person_id       TEXT    REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    route_no        INTEGER NOT NULL DEFAULT 1, -- printed on the sheet, from 1
    capacity        INTEGER NOT NULL DEFAULT 0, -- boxes today
    start_kind      TEXT    NOT NULL DEFAULT 'pantry', -- pantry, home
    start_label     BLOB,                        -- sensitive: "Home, near 18th and Loomis"
    start_latitude  BLOB,                        -- sensitive
    start_longitude BLOB,                        -- sensitive
    returns         INTEGER NOT NULL DEFAULT 1,  -- back to the pantry after the last stop
    max_stops       INTEGER NOT NULL DEFAULT 12, -- 0: no limit
    max_minutes     INTEGER NOT NULL DEFAULT 0,  -- 0: no limit
    locked          INTEGER NOT NULL DEFAULT 0,  -- re-planning keeps this route as it is
    distance_m      INTEGER NOT NULL DEFAULT 0,  -- estimated, from the last plan or edit
    duration_s      INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL
);
CREATE INDEX run_drivers_by_run ON run_drivers (run_id);

CREATE TABLE run_stops (
    id           TEXT PRIMARY KEY,
    run_id       TEXT    NOT NULL REFERENCES runs (id) DEFERRABLE INITIALLY DEFERRED,
    household_id TEXT    REFERENCES households (id) DEFERRABLE INITIALLY DEFERRED,
    supplier_id  TEXT    REFERENCES suppliers (id) DEFERRABLE INITIALLY DEFERRED,
    source       TEXT    NOT NULL DEFAULT 'schedule', -- schedule, added
    driver_id    TEXT    REFERENCES run_drivers (id) DEFERRABLE INITIALLY DEFERRED, -- NULL: unplaced
    position     INTEGER NOT NULL DEFAULT 0,  -- order on the route, from 1
    boxes        INTEGER NOT NULL DEFAULT 1,
    template_id  TEXT    REFERENCES box_templates (id) DEFERRABLE INITIALLY DEFERRED,
    outcome      TEXT,                        -- delivered, left_at_door, not_home, wrong_address, declined
    outcome_note BLOB,                        -- sensitive
    outcome_at   TEXT,
    followed_up  INTEGER NOT NULL DEFAULT 0,  -- a not-home or wrong-address stop dealt with
    created_at   TEXT    NOT NULL
);
CREATE INDEX run_stops_by_run ON run_stops (run_id);
CREATE INDEX run_stops_by_household ON run_stops (household_id);

CREATE TABLE run_allocations (
    id               TEXT PRIMARY KEY,
    run_id           TEXT    NOT NULL REFERENCES runs (id) DEFERRABLE INITIALLY DEFERRED,
    stop_id          TEXT    NOT NULL REFERENCES run_stops (id) DEFERRABLE INITIALLY DEFERRED,
    item_id          TEXT    NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    lot_id           TEXT    REFERENCES lots (id) DEFERRABLE INITIALLY DEFERRED,
    location_id      TEXT    REFERENCES locations (id) DEFERRABLE INITIALLY DEFERRED,
    quantity         INTEGER NOT NULL,
    kind             TEXT    NOT NULL DEFAULT 'template', -- template, substitute, addition
    replaces_item_id TEXT,                    -- for a substitute: the template's item
    status           TEXT    NOT NULL DEFAULT 'allocated', -- allocated, delivered, returned
    created_at       TEXT    NOT NULL
);
CREATE INDEX run_allocations_by_run ON run_allocations (run_id);
CREATE INDEX run_allocations_by_stop ON run_allocations (stop_id);
)sql";

// Version 5: privacy at rest. Personal columns may now hold sealed values (BLOBs, see
// core/storage/KeyRing.h) and meta may hold the wrapped data key; no table changes. The version
// itself is the change: a Larder from before must refuse the file rather than show sealed bytes
// or write plain values beside them.
const char* const Version5 = R"sql(
DELETE FROM meta WHERE key = 'encryption';
)sql";

// Version 6: more household and people columns are personal (city, postal code, dietary needs,
// languages, schedule, preferred day, window, contact permissions; a person's roles, languages
// and usual days): together they re-identify a household. A file that already has a passphrase
// keeps these values plain until it is next unlocked, when Store::unlock seals them (the key is
// not at hand here); 'seal_pending' says so. And settings_confirmed: the values of the settings
// that guard privacy this laptop agreed to (core/storage/PrivacySettings.h); never synced.
const char* const Version6 = R"sql(
INSERT OR REPLACE INTO meta (key, value)
    SELECT 'seal_pending', 1 WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'data_key');
CREATE TABLE settings_confirmed (
    id    TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO settings_confirmed (id, value)
    SELECT id, value FROM settings WHERE value IS NOT NULL AND id IN
        ('sheet_initials_only', 'household_retention_months', 'lock_after_minutes');
)sql";

// Version 7: signed operations (issue #14, core/sync/OperationChain.h). Each operation keeps its
// digest (keyed with the network's digest key), so it can be chained and signed, and relayed
// after its value was erased or sealed again; sync_sites holds every laptop of the network this
// one knows: its public key, the newest point of its chain it signed, and a revocation. This
// laptop's own key is made when it is next opened for sync (meta 'site_sign_seed').
const char* const Version7 = R"sql(
ALTER TABLE sync_ops ADD COLUMN digest BLOB;
CREATE TABLE sync_sites (
    site           TEXT PRIMARY KEY,
    public_key     BLOB,                       -- NULL: a laptop from before, vouched for
    vouched_by     TEXT,                       -- the laptop that signed its history instead
    name           TEXT    NOT NULL DEFAULT '',
    head_seq       INTEGER NOT NULL DEFAULT 0, -- operations 1..head_seq verified and signed
    head_chain     BLOB,                       -- the chain value at head_seq
    head_signature BLOB,                       -- the site's signature of it
    admitted_at    TEXT    NOT NULL,
    admitted_from  TEXT    NOT NULL DEFAULT '', -- the laptop whose file brought it
    revoked_after  INTEGER,                    -- its operations after this one are refused
    revoked_at     INTEGER,                    -- ms
    revoked_by     TEXT,
    revocation     BLOB                        -- the revoking laptop's signature
) WITHOUT ROWID;
)sql";

// Version 8: the compact operation log (issue #14, core/storage/OperationLog.h). An operation
// names its laptop and the person on shift by a number (sync_names), its table and column by one
// number (sync_fields; a ledger row's negative), and its record by the 16 bytes of a UUID id
// (larder_row_key). The view sync_log spells an operation out again, for reading.
const char* const Version8 = R"sql(
CREATE TABLE sync_names (
    number INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE            -- a laptop's site id, or the id of a person on shift
);
CREATE TABLE sync_fields (
    number INTEGER PRIMARY KEY,            -- below 0: a table's ledger rows ('*')
    tbl    TEXT NOT NULL,
    col    TEXT NOT NULL,                  -- a column; '*' a ledger row; '-' a delete
    UNIQUE (tbl, col)
);
INSERT INTO sync_names (name)
    SELECT site FROM sync_ops UNION SELECT actor FROM sync_ops WHERE actor IS NOT NULL;
INSERT INTO sync_fields (number, tbl, col)
    SELECT row_number() OVER (ORDER BY tbl, col), tbl, col
      FROM (SELECT DISTINCT tbl, col FROM sync_ops WHERE col <> '*');
INSERT INTO sync_fields (number, tbl, col)
    SELECT -row_number() OVER (ORDER BY tbl), tbl, '*'
      FROM (SELECT DISTINCT tbl FROM sync_ops WHERE col = '*');
CREATE TABLE sync_ops_compact (
    site   INTEGER NOT NULL,               -- sync_names: the laptop that made the change
    seq    INTEGER NOT NULL,               -- that laptop's operation counter, from 1
    hlc    INTEGER NOT NULL,               -- hybrid logical clock: (ms << 16) | counter
    field  INTEGER NOT NULL,               -- sync_fields: the table and column
    row_id          NOT NULL,              -- the record's id: 16 bytes for a UUID, else text
    value,                                 -- the stored (encoded) value; NULL for '*' and '-'
    actor  INTEGER,                        -- sync_names: the person on shift
    digest BLOB,                           -- core/sync/OperationChain.h
    PRIMARY KEY (site, seq)
) WITHOUT ROWID;
INSERT INTO sync_ops_compact (site, seq, hlc, field, row_id, value, actor, digest)
    SELECT s.number, o.seq, o.hlc, f.number, larder_row_key(o.row_id), o.value, a.number, o.digest
      FROM sync_ops o
      JOIN sync_names s ON s.name = o.site
      JOIN sync_fields f ON f.tbl = o.tbl AND f.col = o.col
      LEFT JOIN sync_names a ON a.name = o.actor;
DROP TABLE sync_ops;
ALTER TABLE sync_ops_compact RENAME TO sync_ops;
-- Which operation holds each field's current value (ledger rows never conflict: not indexed).
CREATE INDEX sync_ops_by_field ON sync_ops (field, row_id, hlc) WHERE field > 0;
CREATE VIEW sync_log AS
    SELECT s.name AS site, o.seq, o.hlc, f.tbl, larder_row_text(o.row_id) AS row_id, f.col,
           o.value, a.name AS actor, o.digest, o.site AS site_number, o.field,
           o.row_id AS row_key
      FROM sync_ops o
      JOIN sync_names s ON s.number = o.site
      JOIN sync_fields f ON f.number = o.field
      LEFT JOIN sync_names a ON a.number = o.actor;
)sql";

// Version 9: a compact ledger. Its ids are kept as 16 bytes, its times as milliseconds, its
// laptop as the operation log's number for it (Schema.h, ColumnStorage): the ledger was two
// thirds of a large pantry's file, most of it the text of ids. The columns keep no type
// affinity, so a value that is not canonical stays the text it was. Its references can no
// longer be foreign keys (the records keep text ids): the write API, the import and `check`
// test them.
const char* const Version9 = R"sql(
INSERT OR IGNORE INTO sync_names (name) SELECT DISTINCT site FROM stock_movements;
CREATE TABLE stock_movements_compact (
    id          BLOB PRIMARY KEY,       -- larder_row_key(id)
    at          BLOB    NOT NULL,       -- larder_moment(ISO 8601 UTC): ms since 1970
    kind        TEXT    NOT NULL,       -- received, distributed, spoiled, counted, moved, returned, reversal
    item_id     BLOB    NOT NULL,       -- larder_row_key(items.id)
    lot_id      BLOB,                   -- larder_row_key(lots.id)
    location_id BLOB    NOT NULL,       -- larder_row_key(locations.id)
    quantity    INTEGER NOT NULL,       -- signed, in the item's unit: + in, - out
    reason      TEXT    NOT NULL DEFAULT '',
    supplier_id BLOB,
    reference   BLOB,                   -- groups movements of one action (a move, a count, a run)
    reverses    BLOB,                   -- the movement this one corrects
    recorded_by BLOB,                   -- the person on shift
    site        INTEGER NOT NULL,       -- sync_names: the laptop that wrote it
    hlc         INTEGER NOT NULL
);
INSERT INTO stock_movements_compact
    SELECT larder_row_key(m.id), larder_moment(m.at), m.kind, larder_row_key(m.item_id),
           larder_row_key(m.lot_id), larder_row_key(m.location_id), m.quantity, m.reason,
           larder_row_key(m.supplier_id), larder_row_key(m.reference), larder_row_key(m.reverses),
           larder_row_key(m.recorded_by), n.number, m.hlc
      FROM stock_movements m JOIN sync_names n ON n.name = m.site
     ORDER BY m.rowid;
DROP TABLE stock_movements;
ALTER TABLE stock_movements_compact RENAME TO stock_movements;
CREATE INDEX stock_movements_by_item ON stock_movements (item_id, at);
CREATE INDEX stock_movements_by_lot ON stock_movements (lot_id);
CREATE INDEX stock_movements_by_reverses ON stock_movements (reverses) WHERE reverses IS NOT NULL;
CREATE INDEX stock_movements_by_reference ON stock_movements (reference)
    WHERE reference IS NOT NULL;
CREATE INDEX stock_movements_by_at ON stock_movements (at);
)sql";

// Version 10: a record's insert is one operation (column '+' in sync_fields, its value a map of
// every column; core/storage/InsertOperation.h) rather than one per column. The tables do not
// change, and the operations already in the log stay as they are (they are signed); the version
// says that sync files now carry insert operations, which a Larder before it cannot read.
const char* const Version10 = R"sql(
SELECT 1;
)sql";

// Version 11: two of the ledger's indexes go. Nothing looks movements up by lot (53.8 MiB of the
// 2 M-movement file), and a period's rows are read through (item_id, at) or, for a long period,
// the table in order (core/reports), so the index on `at` alone (32.8 MiB) serves nothing either.
// The pages they held are free for the file's next rows; the file itself does not shrink until
// it is vacuumed (a new file never holds them).
const char* const Version11 = R"sql(
DROP INDEX IF EXISTS stock_movements_by_lot;
DROP INDEX IF EXISTS stock_movements_by_at;
)sql";

// Version 12: suppliers get an address and coordinates (issue #16), so a collection from
// suppliers is planned like a delivery day, and the boxes a pickup usually fills, so the plan
// keeps to the vehicles' room. A supplier may be a private person (a neighbour's garden), so the
// address and coordinates are personal and sealed, as a household's are. Sync files carry them:
// a Larder before this one refuses the files of this one. And a driver's hours on the day
// ("HH:mm", from and until, either may be empty), which the plan keeps.
const char* const Version12 = R"sql(
ALTER TABLE run_drivers ADD COLUMN available_from TEXT;
ALTER TABLE run_drivers ADD COLUMN available_until TEXT;
ALTER TABLE suppliers ADD COLUMN address BLOB;
ALTER TABLE suppliers ADD COLUMN latitude BLOB;
ALTER TABLE suppliers ADD COLUMN longitude BLOB;
ALTER TABLE suppliers ADD COLUMN usual_boxes INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 13: requests and offers (issue #18). A request is what one household (or volunteer)
// asked for: a catalog item and quantity, or words and a category; it rides with the household's
// next delivery (run_allocations.request_id for stock set aside for it, requests.stop_id for the
// stop carrying it). An offer is what a neighbour, household or volunteer can give; a pickup
// becomes a stop of a day (run_stops.offer_id). A match is a coordinator's yes to an offer for a
// request. What people wrote (the words, notes, a neighbour's name, phone and address) is
// personal and sealed; categories, quantities, statuses and dates stay readable for the counts.
const char* const Version13 = R"sql(
CREATE TABLE requests (
    id            TEXT PRIMARY KEY,
    household_id  TEXT REFERENCES households (id) DEFERRABLE INITIALLY DEFERRED,
    person_id     TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    item_id       TEXT REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    quantity      INTEGER NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 1000),
    description   BLOB,                         -- sensitive: "winter coat, age 8"
    category      TEXT    NOT NULL DEFAULT 'other',
    urgency       TEXT    NOT NULL DEFAULT 'normal'
                  CHECK (urgency IN ('urgent', 'normal', 'whenever')),
    notes         BLOB,                         -- sensitive
    status        TEXT    NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'promised', 'packed', 'delivered', 'unmet')),
    closed_reason BLOB,                         -- sensitive: why it was closed unmet
    taken_by      TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    stop_id       TEXT REFERENCES run_stops (id) DEFERRABLE INITIALLY DEFERRED, -- carried by
    requested_on  TEXT    NOT NULL,             -- YYYY-MM-DD
    closed_on     TEXT,                         -- YYYY-MM-DD: delivered or closed unmet
    created_at    TEXT    NOT NULL
);
CREATE INDEX requests_by_household ON requests (household_id);
CREATE INDEX requests_by_stop ON requests (stop_id);

CREATE TABLE offers (
    id             TEXT PRIMARY KEY,
    household_id   TEXT REFERENCES households (id) DEFERRABLE INITIALLY DEFERRED,
    person_id      TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    offered_by     BLOB,                        -- sensitive: a neighbour not on file
    phone          BLOB,                        -- sensitive
    address        BLOB,                        -- sensitive: where to pick it up
    latitude       BLOB,                        -- sensitive
    longitude      BLOB,                        -- sensitive
    item_id        TEXT REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    quantity       INTEGER NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 1000),
    description    BLOB,                        -- sensitive
    category       TEXT    NOT NULL DEFAULT 'other',
    available_from TEXT,                        -- YYYY-MM-DD
    available_until TEXT,                       -- YYYY-MM-DD
    pickup         INTEGER NOT NULL DEFAULT 0 CHECK (pickup IN (0, 1)), -- 1: needs picking up
    boxes          INTEGER NOT NULL DEFAULT 1 CHECK (boxes BETWEEN 0 AND 99), -- room in a vehicle
    status         TEXT    NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'matched', 'received', 'withdrawn')),
    stop_id        TEXT REFERENCES run_stops (id) DEFERRABLE INITIALLY DEFERRED, -- its pickup
    received_on    TEXT,                        -- YYYY-MM-DD
    notes          BLOB,                        -- sensitive
    created_at     TEXT    NOT NULL
);
CREATE INDEX offers_by_household ON offers (household_id);

CREATE TABLE matches (
    id           TEXT PRIMARY KEY,
    request_id   TEXT NOT NULL REFERENCES requests (id) DEFERRABLE INITIALLY DEFERRED,
    offer_id     TEXT NOT NULL REFERENCES offers (id) DEFERRABLE INITIALLY DEFERRED,
    status       TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')),
    confirmed_by TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    created_at   TEXT NOT NULL
);
CREATE INDEX matches_by_request ON matches (request_id);
CREATE INDEX matches_by_offer ON matches (offer_id);

ALTER TABLE run_stops ADD COLUMN offer_id TEXT REFERENCES offers (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE run_allocations ADD COLUMN request_id TEXT
    REFERENCES requests (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX run_allocations_by_request ON run_allocations (request_id);
CREATE INDEX run_stops_by_offer ON run_stops (offer_id);
CREATE INDEX offers_by_stop ON offers (stop_id);
)sql";

} // namespace

QList<QByteArray> steps() {
    return {QByteArray(Version1),  QByteArray(Version2),  QByteArray(Version3),
            QByteArray(Version4),  QByteArray(Version5),  QByteArray(Version6),
            QByteArray(Version7),  QByteArray(Version8),  QByteArray(Version9),
            QByteArray(Version10), QByteArray(Version11), QByteArray(Version12),
            QByteArray(Version13)};
}

QStringList foreignObjects(sql::Connection& connection) {
    // What the steps make, read once from an in-memory file built by them.
    static const QHash<QString, QString> expected = [] {
        QHash<QString, QString> objects;
        sql::Connection reference(u":memory:"_s, sql::Connection::OpenMode::ReadWriteCreate);
        migrate(reference);
        auto rows = reference.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view')");
        while (rows.step())
            objects.insert(rows.text(0), rows.text(1));
        return objects;
    }();
    QStringList foreign;
    auto rows =
        connection.prepare("SELECT name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view')");
    while (rows.step()) {
        const auto it = expected.constFind(rows.text(0));
        if (it == expected.constEnd() || it.value() != rows.text(1))
            foreign.append(rows.text(0));
    }
    return foreign;
}

void migrate(sql::Connection& connection) {
    const QList<QByteArray> all = steps();
    if (all.size() != schema::CurrentVersion)
        qFatal("migrations: %d steps for schema version %d", int(all.size()),
               schema::CurrentVersion);
    sql::Transaction transaction(connection);
    const int from = int(connection.scalar("PRAGMA user_version").toLongLong());
    for (int version = from + 1; version <= schema::CurrentVersion; ++version)
        connection.exec(all.at(version - 1));
    connection.exec(schema::guardTriggersSql());
    connection.exec("PRAGMA application_id = " + QByteArray::number(schema::ApplicationId));
    connection.exec("PRAGMA user_version = " + QByteArray::number(schema::CurrentVersion));
    transaction.commit();
}

} // namespace larder::migrations
