// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Store.h"

#include "core/identity/Clock.h"
#include "core/identity/HybridClock.h"
#include "core/identity/Random.h"
#include "core/identity/Uuid.h"
#include "core/storage/FieldCodec.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/Log.h"
#include "core/storage/Migrations.h"
#include "core/storage/OperationLog.h"
#include "core/storage/Schema.h"
#include "core/storage/SiteKey.h"
#include "core/storage/Sqlite.h"
#include "core/sync/OperationChain.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sqlite3.h>

#include <exception>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace larder {

namespace {

// Store's translation context for messages built in static functions.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::Store)
};

// What to do when SQLite refuses something unexpectedly.
QString storageHint() {
    return Tr::tr("Nothing was saved. If this keeps happening, run "
                  "\"larder-cli --db FILE check\" and ask for help.");
}

// SQL function larder_writer(): 1 while Store::write() runs on this connection. The guard
// triggers call it; outside Larder (the sqlite3 tool) it does not exist, so writes fail there.
void writerFunction(sqlite3_context* context, int, sqlite3_value**) {
    const auto* store = static_cast<const Store*>(sqlite3_user_data(context));
    sqlite3_result_int(context, store->writerActive() ? 1 : 0);
}

QString isoNow(const Clock& clock) {
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs);
}

// A large transaction (an import of a year's file) grows the write-ahead log to its size; without
// a limit the log file keeps that size on disk for good. With it, the log shrinks back to 64 MiB
// at its next checkpoint.
const char* const JournalSizeLimit = "PRAGMA journal_size_limit = 67108864";

QString randomHexId(int bytes) {
    SystemRandom random;
    return QString::fromLatin1(random.bytes(bytes).toHex());
}

} // namespace

QVariant Row::value(const char* columnName) const {
    for (int i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i) == columnName)
            return m_values.at(i);
    }
    return {};
}

Store::Store(const QString& path, StoreOptions options)
    : m_path(path)
    , m_clock(options.clock ? options.clock : std::make_shared<SystemClock>())
    , m_random(options.random ? options.random : std::make_shared<SystemRandom>())
    , m_injectedCodec(options.codec)
    , m_keys(std::make_unique<KeyRing>())
    , m_sealing(std::make_unique<SealingCodec>(*m_keys))
    , m_plain(std::make_unique<PlainFieldCodec>()) {
    m_hlc = std::make_unique<HybridClock>(*m_clock);
    m_ids = std::make_unique<UuidV7Generator>(*m_clock, *m_random);
}

Store::~Store() {
    m_log.reset();
    m_db.reset(); // close before releasing the lock
    m_lock.reset();
}

OperationLog& Store::operationLog() const {
    if (!m_log)
        m_log = std::make_unique<OperationLog>(*m_db);
    return *m_log;
}

Result<void> Store::lockFile(Store& store) {
    store.m_lock = std::make_unique<QLockFile>(store.m_path + u".lock"_s);
    store.m_lock->setStaleLockTime(0); // stale only when the process that held it is gone
    if (store.m_lock->tryLock(0))
        return {};
    switch (store.m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        store.m_lock->getLockInfo(&pid, &host, &app);
        const QString where = host.isEmpty() ? Tr::tr("this computer") : host;
        const QString who = pid > 0 ? Tr::tr("This file is already open in another running "
                                             "Larder (process %1 on %2).")
                                          .arg(QString::number(pid), where)
                                    : Tr::tr("This file is already open in another running "
                                             "Larder.");
        return Error::make(Error::Kind::AlreadyOpen, who,
                           Tr::tr("Close it there first: only one Larder can change a file at a "
                                  "time."))
            .at(store.m_path);
    }
    case QLockFile::PermissionError:
        return Error::make(
                   Error::Kind::ReadOnlyFolder,
                   Tr::tr("The folder %1 is read-only, so Larder cannot keep its files "
                          "there.")
                       .arg(QDir::toNativeSeparators(QFileInfo(store.m_path).absolutePath())),
                   Tr::tr("Copy the file to a folder you can write to (such as Documents) "
                          "and open it there."))
            .at(store.m_path);
    default:
        return Error::storage(Tr::tr("Larder could not lock the file."),
                              Tr::tr("Check that the disk is not full and try again."))
            .at(store.m_path);
    }
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const QString& siteName,
                                             StoreOptions options) {
    const QFileInfo info(path);
    if (info.exists())
        return Error::make(Error::Kind::AlreadyExists, Tr::tr("This file already exists."),
                           Tr::tr("Choose another name, or open the file instead."))
            .at(path);
    if (!info.absoluteDir().exists())
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("The folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())),
                           Tr::tr("Create the folder first, or choose another place."))
            .at(path);
    if (siteName.trimmed().isEmpty())
        return Error::invalidInput(Tr::tr("The pantry needs a name."),
                                   Tr::tr("Give the site a name, such as \"Eastside pantry\"."))
            .at(path);

    QByteArray passphrase = std::exchange(options.passphrase, {});
    const KdfLimits limits = options.kdf;
    std::unique_ptr<Store> store(new Store(path, std::move(options)));
    if (auto locked = lockFile(*store); !locked)
        return locked.error();
    auto removeFiles = [&path] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    };
    try {
        store->m_db =
            std::make_unique<sql::Connection>(path, sql::Connection::OpenMode::ReadWriteCreate);
    } catch (const sql::SqlError& e) {
        store->m_lock.reset();
        return Error::make(Error::Kind::ReadOnlyFolder,
                           Tr::tr("Larder cannot create a file here (%1).").arg(e.message()),
                           Tr::tr("Choose a folder you can write to, such as Documents."))
            .at(path);
    }
    if (auto ok = store->initialiseNew(siteName); !ok) {
        store->m_log.reset();
        store->m_db.reset();
        removeFiles();
        return ok.error();
    }
#ifdef Q_OS_UNIX
    ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR); // the WAL follows the file
#endif
    if (!passphrase.isEmpty()) {
        if (auto ok = store->protect(passphrase, limits); !ok) {
            store->m_log.reset();
            store->m_db.reset();
            store->m_lock.reset();
            removeFiles();
            return ok.error();
        }
    }
    return store;
}

Result<void> Store::initialiseNew(const QString& siteName) {
    try {
        sqlite3_create_function_v2(m_db->handle(), "larder_writer", 0,
                                   SQLITE_UTF8 | SQLITE_INNOCUOUS, this, writerFunction, nullptr,
                                   nullptr, nullptr);
        m_db->exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
        m_db->exec(JournalSizeLimit);
        WriterScope writing(m_writerDepth);
        migrations::migrate(*m_db);
        sql::Transaction transaction(*m_db);
        m_siteName = siteName.trimmed();
        takeNewIdentity();
        m_networkId = randomHexId(16);
        m_seq = 0;
        setMeta("site_name", m_siteName);
        setMeta("network_id", m_networkId);
        setMeta("seq", 0);
        setMeta("hlc", m_hlc->tick());
        setMeta("file_identity", fileIdentity(m_path));
        setMeta("created_at", isoNow(*m_clock));
        setMeta("created_by", QStringLiteral("Larder " LARDER_VERSION));
        transaction.commit();
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message(), storageHint()).at(m_path);
    }
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, StoreOptions options) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Kind::NotFound, Tr::tr("This file does not exist."),
                           Tr::tr("Check the name and folder, or create a new pantry file."))
            .at(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(
                       Error::Kind::ReadOnlyFolder,
                       Tr::tr("Larder may not read this file (%1).").arg(file.errorString()),
                       Tr::tr("Check the file's permissions."))
                .at(path);
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error::make(Error::Kind::NotADatabase,
                               Tr::tr("This is not a Larder file (it is not a database at all)."),
                               Tr::tr("Open a file that Larder made, usually ending in .larder."))
                .at(path);
    }

    QByteArray passphrase = std::exchange(options.passphrase, {});
    const KdfLimits limits = options.kdf;
    std::unique_ptr<Store> store(new Store(path, std::move(options)));
    if (auto locked = lockFile(*store); !locked)
        return locked.error();
    if (auto ok = store->loadExisting(); !ok) {
        store->m_log.reset();
        store->m_db.reset();
        return ok.error();
    }
#ifdef Q_OS_UNIX
    // A file copied in with looser permissions is its owner's only from now on (the log too).
    for (const char* suffix : {"", "-wal", "-shm"})
        ::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), S_IRUSR | S_IWUSR);
#endif
    if (!passphrase.isEmpty()) {
        if (auto ok = store->openWithPassphrase(std::move(passphrase), limits); !ok) {
            store->m_log.reset();
            store->m_db.reset();
            return ok.error();
        }
    }
    return store;
}

Result<void> Store::loadExisting() {
    const QString notLarder = Tr::tr("This is a database, but not one of Larder's.");
    const QString openLarderFile =
        Tr::tr("Open a file that Larder made, usually ending in .larder.");
    try {
        m_db = std::make_unique<sql::Connection>(m_path, sql::Connection::OpenMode::ReadWrite);
        if (sqlite3_db_readonly(m_db->handle(), "main") == 1)
            return Error::make(Error::Kind::ReadOnlyFolder, Tr::tr("This file is read-only."),
                               Tr::tr("Copy it to a folder you can write to, or change its "
                                      "permissions, and open it again."))
                .at(m_path);
        sqlite3_create_function_v2(m_db->handle(), "larder_writer", 0,
                                   SQLITE_UTF8 | SQLITE_INNOCUOUS, this, writerFunction, nullptr,
                                   nullptr, nullptr);
        const qint64 applicationId = m_db->scalar("PRAGMA application_id").toLongLong();
        if (applicationId != schema::ApplicationId)
            return Error::make(Error::Kind::NotLarder, notLarder, openLarderFile).at(m_path);
        const int version = int(m_db->scalar("PRAGMA user_version").toLongLong());
        if (version > schema::CurrentVersion)
            return Error::make(Error::Kind::NewerSchema,
                               Tr::tr("This file was made by a newer Larder (file version %1; this "
                                      "Larder reads up to version %2).")
                                   .arg(version)
                                   .arg(schema::CurrentVersion),
                               Tr::tr("Update Larder on this computer to open it. The file has not "
                                      "been changed."))
                .at(m_path);
        const QString mode = m_db->scalar("PRAGMA journal_mode = WAL").toString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return Error::make(Error::Kind::ReadOnlyFolder,
                               Tr::tr("Larder could not switch the file to write-ahead logging."),
                               Tr::tr("Move the file to a local folder you can write to."))
                .at(m_path);
        m_db->exec("PRAGMA foreign_keys = ON");
        m_db->exec(JournalSizeLimit);
        if (version < schema::CurrentVersion) {
            WriterScope writing(m_writerDepth);
            migrations::migrate(*m_db);
            // A step that rebuilt a large table (schema 9: the ledger) leaves the old one's pages
            // free, and the file its size, until they are given back.
            // SQLite's VACUUM copies the file through temporary storage, which Larder keeps in
            // memory: on a machine without that much memory the file keeps its size, and opens.
            const qint64 free = m_db->scalar("PRAGMA freelist_count").toLongLong();
            if (free > 4096 && free * 4 > m_db->scalar("PRAGMA page_count").toLongLong()) {
                try {
                    m_db->exec("VACUUM");
                } catch (const sql::SqlError& e) {
                    qCWarning(lcStorage, "The file was not compacted after its update: %s",
                              qUtf8Printable(e.message()));
                }
            }
        } else if (m_db->scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                "AND name LIKE '%\\_guard\\_%' ESCAPE '\\'")
                       .toInt() != schema::guardTriggerCount()) {
            // Another tool dropped guard triggers: put them back before anything is written.
            sql::Transaction transaction(*m_db);
            m_db->exec(schema::guardTriggersSql());
            transaction.commit();
        }
        if (const QStringList foreign = migrations::foreignObjects(*m_db); !foreign.isEmpty())
            return Error::make(Error::Kind::Damaged,
                               Tr::tr("This file holds schema code that Larder did not make (%1): "
                                      "it could copy household details where nothing erases them.")
                                   .arg(foreign.join(u", "_s)),
                               Tr::tr("Nothing was changed. Open a backup, or have someone you "
                                      "trust remove it with the sqlite3 tool."))
                .at(m_path);
        loadMeta();
        if (m_siteId.isEmpty())
            return Error::make(Error::Kind::NotLarder, notLarder, openLarderFile).at(m_path);
        const QString identity = fileIdentity(m_path);
        if (meta("file_identity").toString() != identity) {
            sql::Transaction transaction(*m_db);
            rekey(u"the file was copied or moved"_s);
            setMeta("file_identity", identity);
            transaction.commit();
        }
    } catch (const sql::SqlError& e) {
        if ((e.code() & 0xFF) == SQLITE_NOTADB || (e.code() & 0xFF) == SQLITE_CORRUPT)
            return Error::make(Error::Kind::NotADatabase,
                               Tr::tr("This file is damaged or is not a Larder file (%1).")
                                   .arg(e.message()),
                               Tr::tr("Open a backup or the latest sync file instead."))
                .at(m_path);
        if ((e.code() & 0xFF) == SQLITE_READONLY || (e.code() & 0xFF) == SQLITE_CANTOPEN)
            return Error::make(
                       Error::Kind::ReadOnlyFolder,
                       Tr::tr("Larder cannot write next to this file (%1).").arg(e.message()),
                       Tr::tr("Copy it to a folder you can write to and open it there."))
                .at(m_path);
        return Error::storage(e.message(), storageHint()).at(m_path);
    }
    return {};
}

void Store::loadMeta() {
    m_siteId = meta("site_id").toString();
    m_siteName = meta("site_name").toString();
    m_networkId = meta("network_id").toString();
    m_seq = meta("seq").toLongLong();
    m_hlc->restore(meta("hlc").toLongLong());
    m_protected = !meta("data_key").isNull();
}

void Store::rekey(const QString& reason) {
    // A copy (or a restored backup) must not go on numbering operations as the original does:
    // other laptops would take its operations for ones they already hold.
    const QString old = m_siteId;
    takeNewIdentity();
    m_seq = 0;
    auto& insert = m_db->cached(
        "INSERT OR REPLACE INTO site_history (site, replaced_by, at, reason) VALUES (?1,?2,?3,?4)");
    insert.bindAll(old, m_siteId, isoNow(*m_clock), reason).run();
    setMeta("seq", 0);
    m_rekeyed = true;
}

void Store::takeNewIdentity() {
    const SiteKey key = SiteKey::generate();
    m_siteId = SiteKey::siteIdFor(key.publicKey());
    setMeta("site_id", m_siteId);
    setMeta("site_sign_seed", key.seed());
}

SiteKey Store::siteKey() {
    SiteKey key = SiteKey::fromSeed(meta("site_sign_seed").toByteArray());
    if (!key.isValid()) {
        // A laptop from before signed operations keeps its id (its operations carry it) and
        // gets a key now; other laptops learn the pair from its next file.
        key = SiteKey::generate();
        setMeta("site_sign_seed", key.seed());
    }
    return key;
}

void Store::setMeta(const char* key, const QVariant& value) {
    auto& statement = m_db->cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    statement.bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

QVariant Store::meta(const char* key) const {
    auto& statement = m_db->cached("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(key));
    const QVariant value = statement.step() ? statement.value(0) : QVariant();
    statement.reset(); // a statement left on a row would hold its read snapshot open
    return value;
}

QString Store::fileIdentity(const QString& path) {
    const QFileInfo info(path);
    QString identity = info.canonicalFilePath();
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        identity += u'|' + QString::number(qulonglong(st.st_dev)) + u'|' +
                    QString::number(qulonglong(st.st_ino));
#endif
    return identity;
}

int Store::schemaVersion() const {
    return int(m_db->scalar("PRAGMA user_version").toLongLong());
}

QDate Store::today() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).toLocalTime().date();
}

qint64 Store::lastHlc() const {
    return m_hlc->last();
}

QString Store::newId() {
    return m_ids->next();
}

Result<void> Store::write(const std::function<void(Writer&)>& body) {
    if (m_writerDepth > 0) {
        qFatal("Store::write: nested write; one user action is one transaction");
    }
    Writer writer(*this);
    const qint64 seqBefore = m_seq;
    try {
        WriterScope writing(m_writerDepth);
        sql::Transaction transaction(*m_db);
        body(writer);
        if (m_seq != seqBefore) {
            setMeta("seq", m_seq);
            setMeta("hlc", m_hlc->last());
        }
        transaction.commit();
    } catch (const Refusal& refusal) {
        m_seq = seqBefore;
        return refusal.error();
    } catch (const sql::SqlError& e) {
        m_seq = seqBefore;
        return Error::storage(e.message(), storageHint()).at(m_path);
    }
    if (!writer.touchedTables().isEmpty())
        Q_EMIT changed(writer.touchedTables());
    return {};
}

Result<void> Store::read(const QByteArray& sqlText, const QVariantList& bindings,
                         const std::function<void(const Row&)>& visit) const {
    try {
        sql::Statement statement = m_db->prepare(sqlText);
        for (int i = 0; i < bindings.size(); ++i)
            statement.bind(i + 1, bindings.at(i));
        const int columns = statement.columnCount();
        QList<QByteArray> names(columns);
        // A sensitive column decodes with the id of its row, so the query must select that
        // table's id too: decoders[i] = (table, column, result column of the row's id).
        struct Decoder {
            const TableDef* table = nullptr;
            const ColumnDef* column = nullptr;
            int idColumn = -1;
        };
        QList<Decoder> decoders(columns);
        QList<QByteArray> origins(columns), originColumns(columns);
        for (int i = 0; i < columns; ++i) {
            names[i] = statement.columnName(i);
            origins[i] = statement.originTable(i);
            originColumns[i] = statement.originColumn(i);
        }
        bool decodes = false;
        // A ledger column read as it is kept (ids as bytes, times as numbers) is given back as
        // its text, on this thread, before each row is visited.
        QList<std::pair<int, const ColumnDef*>> ledgerColumns;
        for (int i = 0; i < columns; ++i) {
            if (origins[i].isEmpty())
                continue;
            const TableDef* def = schema::table(QString::fromUtf8(origins[i]));
            const ColumnDef* column =
                def ? def->column(QString::fromUtf8(originColumns[i])) : nullptr;
            if (column && column->storage != ColumnStorage::AsIs)
                ledgerColumns.append({i, column});
            if (!column || !column->sensitive)
                continue;
            int idColumn = -1;
            for (int j = 0; j < columns; ++j) {
                if (origins[j] == origins[i] && originColumns[j] == "id")
                    idColumn = idColumn == -1 ? j : -2;
            }
            if (idColumn < 0)
                return Error::storage(
                           u"Internal error: a query reads %1.%2 without the %1.id of its row "
                           u"(exactly once), which a sealed value needs."_s.arg(def->name,
                                                                                column->name))
                    .at(m_path);
            decoders[i] = {def, column, idColumn};
            decodes = true;
        }
        const auto decodeRow = [&](QList<QVariant>& values) {
            for (int i = 0; i < columns; ++i) {
                const Decoder& decoder = decoders[i];
                if (decoder.column && !values[i].isNull())
                    values[i] = decodeStored(*decoder.table, *decoder.column,
                                             values[decoder.idColumn].toString(), values[i]);
            }
        };
        const auto ledgerRow = [&](QList<QVariant>& values) {
            for (const auto& [i, column] : std::as_const(ledgerColumns))
                values[i] = ledgerValue(*column, values[i]);
        };
        if (!decodes || protection() != Protection::Unlocked) {
            QList<QVariant> values(columns);
            while (statement.step()) {
                for (int i = 0; i < columns; ++i)
                    values[i] = statement.value(i);
                if (decodes)
                    decodeRow(values);
                ledgerRow(values);
                visit(Row(values, names));
            }
            return {};
        }
        // Sealed values: opened a batch at a time on two threads (unlocking 50,000 households
        // opens about a million), then visited in order on this one.
        constexpr int BatchRows = 4096;
        std::vector<QList<QVariant>> batch;
        batch.reserve(BatchRows);
        bool more = true;
        while (more) {
            batch.clear();
            while (batch.size() < BatchRows && (more = statement.step())) {
                QList<QVariant> values(columns);
                for (int i = 0; i < columns; ++i)
                    values[i] = statement.value(i);
                batch.push_back(std::move(values));
            }
            const std::size_t half = batch.size() / 2;
            if (half >= 64) {
                // Whatever either half throws is rethrown here, after the join.
                std::exception_ptr failed, helperFailed;
                std::thread helper([&] {
                    try {
                        for (std::size_t r = half; r < batch.size(); ++r)
                            decodeRow(batch[r]);
                    } catch (...) {
                        helperFailed = std::current_exception();
                    }
                });
                try {
                    for (std::size_t r = 0; r < half; ++r)
                        decodeRow(batch[r]);
                } catch (...) {
                    failed = std::current_exception();
                }
                helper.join();
                if (failed || helperFailed)
                    std::rethrow_exception(failed ? failed : helperFailed);
            } else {
                for (QList<QVariant>& values : batch)
                    decodeRow(values);
            }
            for (QList<QVariant>& values : batch) {
                ledgerRow(values);
                visit(Row(values, names));
            }
        }
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message(), storageHint()).at(m_path);
    }
    return {};
}

bool Store::readOrWarn(const QByteArray& sqlText, const QVariantList& bindings,
                       const std::function<void(const Row&)>& visit) const {
    const auto ok = read(sqlText, bindings, visit);
    if (!ok) {
        // SQLite's message names the statement when preparing it failed, not when a step did.
        const QString sqlLine = QString::fromUtf8(sqlText.simplified());
        QString message = ok.error().message;
        if (!message.contains(sqlLine))
            message += u" [" + sqlLine + u']';
        qCWarning(lcStorage, "A read failed: %s", qUtf8Printable(message));
    }
    return ok.ok();
}

Result<QList<QVariantList>> Store::readAll(const QByteArray& sqlText,
                                           const QVariantList& bindings) const {
    QList<QVariantList> rows;
    auto ok = read(sqlText, bindings, [&rows](const Row& row) {
        QVariantList values;
        values.reserve(row.size());
        for (int i = 0; i < row.size(); ++i)
            values.append(row[i]);
        rows.append(values);
    });
    if (!ok)
        return ok.error();
    return rows;
}

QVariant Store::ledgerStored(const ColumnDef& column, const QVariant& value) const {
    if (!value.isValid() || value.isNull())
        return value;
    switch (column.storage) {
    case ColumnStorage::AsIs:
        break;
    case ColumnStorage::RowKey:
        return sql::rowKey(value.toString());
    case ColumnStorage::Moment:
        return sql::momentKey(value.toString());
    case ColumnStorage::SiteNumber:
        return operationLog().nameNumber(value.toString());
    }
    return value;
}

QVariant Store::ledgerValue(const ColumnDef& column, const QVariant& stored) const {
    if (!stored.isValid() || stored.isNull())
        return stored;
    switch (column.storage) {
    case ColumnStorage::AsIs:
        break;
    case ColumnStorage::RowKey:
        return sql::rowIdText(stored);
    case ColumnStorage::Moment:
        return sql::momentText(stored);
    case ColumnStorage::SiteNumber:
        return operationLog().name(stored.toLongLong());
    }
    return stored;
}

Values Store::record(QStringView tableName, const QString& id) const {
    const TableDef* def = schema::table(tableName);
    if (!def || def->kind == TableKind::Local)
        return {};
    Values values;
    try {
        sql::Statement statement =
            m_db->prepare("SELECT * FROM " + def->name.toUtf8() + " WHERE id = ?1");
        statement.bind(1, ledgerStored(def->columns.first(), id));
        if (statement.step()) {
            for (int i = 0; i < statement.columnCount(); ++i) {
                const QString name = QString::fromUtf8(statement.columnName(i));
                QVariant value = statement.value(i);
                const ColumnDef* column = def->column(name);
                if (column && column->sensitive && !value.isNull())
                    value = decodeStored(*def, *column, id, value);
                else if (column)
                    value = ledgerValue(*column, value);
                values.insert(name, value);
            }
        }
    } catch (const sql::SqlError&) {
        return {};
    }
    return values;
}

// ---- Writer ----

const TableDef& Writer::tableFor(QStringView name, int expectedKind) const {
    const TableDef* def = schema::table(name);
    if (!def || int(def->kind) != expectedKind)
        throw Refusal(Error::storage(
            tr("Internal error: %1 cannot be written this way.").arg(name.toString())));
    return *def;
}

void Writer::refuse(const QString& message, const QString& hint) {
    throw Refusal(Error::invalidInput(message, hint));
}

QVariant Writer::normalised(const ColumnDef& column, const QVariant& value) const {
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QString && value.toString().isEmpty() &&
        column.type != ColumnType::Text)
        return {};
    bool ok = true;
    switch (column.type) {
    case ColumnType::Integer: {
        const qint64 n =
            value.typeId() == QMetaType::Bool ? qint64(value.toBool()) : value.toLongLong(&ok);
        if (ok)
            return QVariant(n);
        break;
    }
    case ColumnType::Real: {
        const double d = value.toDouble(&ok);
        if (ok)
            return QVariant(d);
        break;
    }
    case ColumnType::Text:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        if (const QString text = value.toString(); !text.isNull())
            return text;
        return QString(u""_s); // a null QString (e.g. an empty join) is an empty text, not NULL
    case ColumnType::Blob:
        return value;
    }
    throw Refusal(Error::invalidInput(
        tr("\"%1\" is not a valid value for %2.").arg(value.toString(), column.name),
        tr("Enter a number.")));
}

QVariant Writer::encoded(const TableDef& table, const ColumnDef& column, const QString& rowId,
                         const QVariant& value) const {
    if (!column.sensitive)
        return value;
    return m_store.encodeForStorage(table, column, rowId, value);
}

void Writer::recordOp(const QString& table, const QString& rowId, const QString& column,
                      const QVariant& value, qint64 hlc) {
    OperationLog& log = m_store.operationLog();
    auto& statement =
        m_store.m_db->cached("INSERT INTO sync_ops (site, seq, hlc, field, row_id, value, actor) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    statement.bind(1, log.nameNumber(m_store.m_siteId))
        .bind(2, ++m_store.m_seq)
        .bind(3, hlc)
        .bind(4, log.fieldNumber(table, column))
        .bind(5, sql::rowKey(rowId))
        .bind(6, value)
        .bind(7, m_store.m_actor.isEmpty() ? QVariant() : QVariant(log.nameNumber(m_store.m_actor)))
        .run();
}

QString Writer::insert(QStringView tableName, const Values& values, const QString& givenId) {
    const TableDef& def = tableFor(tableName, int(TableKind::Record));
    const QString id = givenId.isEmpty() ? m_store.newId() : givenId;
    {
        auto& tomb =
            m_store.m_db->cached("SELECT 1 FROM tombstones WHERE tbl = ?1 AND row_id = ?2");
        const bool deleted = tomb.bindAll(def.name, id).step();
        tomb.reset();
        if (deleted)
            refuse(tr("This record was deleted and cannot be brought back."));
    }
    QByteArray columns = "id";
    QByteArray placeholders = "?1";
    QVariantList bound{id};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ColumnDef* column = def.column(it.key());
        if (!column || it.key() == u"id")
            throw Refusal(
                Error::storage(tr("Internal error: %1 has no column %2.").arg(def.name, it.key())));
        columns += ", " + column->name.toUtf8();
        bound.append(encoded(def, *column, id, normalised(*column, it.value())));
        placeholders += ", ?" + QByteArray::number(bound.size());
    }
    if (def.column(u"created_at") && !values.contains(u"created_at"_s)) {
        columns += ", created_at";
        bound.append(isoNow(*m_store.m_clock));
        placeholders += ", ?" + QByteArray::number(bound.size());
    }
    auto& statement = m_store.m_db->cached("INSERT INTO " + def.name.toUtf8() + " (" + columns +
                                           ") VALUES (" + placeholders + ")");
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    statement.run();

    // One insert operation holding every column as stored, defaults included. A personal
    // column the caller left to its default is sealed now, so no plain value reaches the file or
    // the log; a personal value is in the insert as its hash, the record holding the value.
    auto& stored = m_store.m_db->cached("SELECT * FROM " + def.name.toUtf8() + " WHERE id = ?1");
    stored.bind(1, id);
    QList<insertop::Entry> entries;
    if (stored.step()) {
        for (int i = 0; i < stored.columnCount(); ++i) {
            const QString name = QString::fromUtf8(stored.columnName(i));
            if (name != u"id")
                entries.append({name, stored.value(i), {}, false});
        }
    }
    stored.reset();
    std::optional<QByteArray> hashKey;
    bool hashKeyRead = false;
    for (insertop::Entry& entry : entries) {
        const ColumnDef* column = def.column(entry.column);
        if (!column || !column->sensitive || entry.value.isNull())
            continue;
        QVariant plain = entry.value;
        if (values.contains(entry.column)) {
            plain = normalised(*column, values.value(entry.column));
        } else {
            const QVariant sealed = encoded(def, *column, id, entry.value);
            if (sealed != entry.value) {
                auto seal = m_store.m_db->prepare("UPDATE " + def.name.toUtf8() + " SET " +
                                                  entry.column.toUtf8() + " = ?1 WHERE id = ?2");
                seal.bindAll(sealed, id).run();
                entry.value = sealed;
            }
        }
        if (!hashKeyRead) {
            hashKey = m_store.valueHashKey();
            hashKeyRead = true;
        }
        // The record holds the value: the insert keeps its hash only (InsertOperation.h), or,
        // in a pantry without a passphrase, nothing until the passphrase is set.
        if (hashKey)
            entry.hash = sync::chain::valueHash(*hashKey, def.name, id, entry.column,
                                                sync::chain::plainValue(plain));
        entry.hashOnly = true;
        entry.value = QVariant();
    }
    recordOp(def.name, id, insertop::Column, insertop::encode(entries), m_store.m_hlc->tick());
    m_touched.insert(def.name);
    return id;
}

int Writer::update(QStringView tableName, const QString& id, const Values& values) {
    const TableDef& def = tableFor(tableName, int(TableKind::Record));
    const Values current = m_store.record(def.name, id);
    if (current.isEmpty())
        refuse(tr("This record no longer exists; it may have been deleted on another laptop."),
               tr("Reload the list and try again."));
    QByteArray assignments;
    QVariantList bound;
    QList<std::pair<QString, QVariant>> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ColumnDef* column = def.column(it.key());
        if (!column || it.key() == u"id")
            throw Refusal(
                Error::storage(tr("Internal error: %1 has no column %2.").arg(def.name, it.key())));
        if (column->sensitive && !m_store.detailsReadable())
            throw Refusal(Error::locked()); // not even an empty value: it would erase one
        const QVariant next = normalised(*column, it.value());
        const QVariant previous = normalised(*column, current.value(it.key()));
        if (next == previous && next.isNull() == previous.isNull())
            continue;
        const QVariant stored = encoded(def, *column, id, next);
        bound.append(stored);
        if (!assignments.isEmpty())
            assignments += ", ";
        assignments += column->name.toUtf8() + " = ?" + QByteArray::number(bound.size());
        changes.append({column->name, stored});
    }
    if (changes.isEmpty())
        return 0;
    bound.append(id);
    auto statement = m_store.m_db->prepare("UPDATE " + def.name.toUtf8() + " SET " + assignments +
                                           " WHERE id = ?" + QByteArray::number(bound.size()));
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    statement.run();
    for (const auto& [column, stored] : changes) {
        recordOp(def.name, id, column, stored, m_store.m_hlc->tick());
        if (def.column(column)->sensitive) {
            // The value this one replaces leaves the log: an old name or street must not stay
            // in the file or travel on in sync files.
            OperationLog& log = m_store.operationLog();
            auto& superseded = m_store.m_db->cached(
                "UPDATE sync_ops SET value = NULL WHERE field = ?1 AND row_id = ?2 AND field > 0 "
                "AND value IS NOT NULL AND NOT (site = ?3 AND seq = ?4)");
            superseded
                .bindAll(log.fieldNumber(def.name, column), sql::rowKey(id),
                         log.nameNumber(m_store.m_siteId), m_store.m_seq)
                .run();
            auto& inInsert = m_store.m_db->cached(
                "UPDATE sync_ops SET value = larder_insert_erase(value, ?3) WHERE field = ?1 AND "
                "row_id = ?2 AND field > 0 AND value IS NOT NULL AND "
                "larder_insert_erase(value, ?3) <> value"); // (no write when nothing leaves)
            inInsert.bindAll(log.fieldNumber(def.name, insertop::Column), sql::rowKey(id), column)
                .run();
        }
    }
    m_touched.insert(def.name);
    return int(changes.size());
}

void Writer::remove(QStringView tableName, const QString& id) {
    const TableDef& def = tableFor(tableName, int(TableKind::Record));
    auto statement = m_store.m_db->prepare("DELETE FROM " + def.name.toUtf8() + " WHERE id = ?1");
    statement.bind(1, id).run();
    if (m_store.m_db->changes() == 0)
        refuse(tr("This record no longer exists; it may have been deleted already."));
    const qint64 hlc = m_store.m_hlc->tick();
    auto& tomb = m_store.m_db->cached(
        "INSERT OR REPLACE INTO tombstones (tbl, row_id, hlc, site) VALUES (?1, ?2, ?3, ?4)");
    tomb.bindAll(def.name, id, hlc, m_store.m_siteId).run();
    // A deleted record's values leave the operation log too: erased personal data must not
    // travel on in sync files or linger in the file.
    auto& scrub = m_store.m_db->cached(
        "UPDATE sync_ops SET value = NULL WHERE field IN (SELECT number FROM sync_fields WHERE "
        "tbl = ?1 AND number > 0 AND col <> '-') AND row_id = ?2 AND field > 0 AND "
        "value IS NOT NULL");
    scrub.bindAll(def.name, sql::rowKey(id)).run();
    auto& forget =
        m_store.m_db->cached("DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2");
    forget.bindAll(def.name, id).run();
    recordOp(def.name, id, u"-"_s, QVariant(), hlc);
    m_touched.insert(def.name);
}

QString Writer::append(QStringView tableName, const Values& values) {
    const TableDef& def = tableFor(tableName, int(TableKind::Ledger));
    Values row = values;
    const QString id = m_store.newId();
    const qint64 hlc = m_store.m_hlc->tick();
    row.insert(u"id"_s, id);
    row.insert(u"site"_s, m_store.m_siteId);
    row.insert(u"hlc"_s, hlc);
    if (!row.contains(u"at"_s) || row.value(u"at"_s).isNull())
        row.insert(u"at"_s, isoNow(*m_store.m_clock));
    if (!row.contains(u"recorded_by"_s) && !m_store.m_actor.isEmpty())
        row.insert(u"recorded_by"_s, m_store.m_actor);

    QByteArray columns;
    QByteArray placeholders;
    QVariantList bound;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const ColumnDef* column = def.column(it.key());
        if (!column)
            throw Refusal(
                Error::storage(tr("Internal error: %1 has no column %2.").arg(def.name, it.key())));
        const QVariant value = encoded(def, *column, id, normalised(*column, it.value()));
        if (!column->references.isEmpty() && !value.isNull()) {
            // What a foreign key did before the ledger kept packed ids (schema 9).
            auto& exists = m_store.m_db->cached("SELECT 1 FROM " + column->references.toUtf8() +
                                                " WHERE id = ?1");
            exists.bind(1, value);
            const bool found = exists.step();
            exists.reset();
            if (!found)
                throw Refusal(Error::storage(
                    tr("Internal error: %1.%2 names a missing %3 (%4).")
                        .arg(def.name, column->name, column->references, value.toString())));
        }
        bound.append(m_store.ledgerStored(*column, value));
        if (!columns.isEmpty()) {
            columns += ", ";
            placeholders += ", ";
        }
        columns += column->name.toUtf8();
        placeholders += "?" + QByteArray::number(bound.size());
    }
    auto& statement = m_store.m_db->cached("INSERT INTO " + def.name.toUtf8() + " (" + columns +
                                           ") VALUES (" + placeholders + ")");
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    statement.run();
    // The operation names the row; the row itself is immutable, so it is not copied into the log.
    recordOp(def.name, id, u"*"_s, QVariant(), hlc);
    if (def.name == u"stock_movements")
        applyOnHand(row);
    m_touched.insert(def.name);
    return id;
}

void Writer::applyOnHand(const Values& row) {
    Store::addToOnHand(*m_store.m_db, row.value(u"item_id"_s), row.value(u"location_id"_s),
                       row.value(u"lot_id"_s), row.value(u"quantity"_s).toLongLong());
    m_touched.insert(u"stock_on_hand"_s);
}

void Store::addToOnHand(sql::Connection& db, const QVariant& item, const QVariant& location,
                        const QVariant& lot, qint64 quantity) {
    auto& statement =
        db.cached("INSERT INTO stock_on_hand (item_id, location_id, lot_id, quantity) "
                  "VALUES (?1, ?2, coalesce(?3, ''), ?4) "
                  "ON CONFLICT (item_id, location_id, lot_id) DO UPDATE "
                  "SET quantity = quantity + excluded.quantity RETURNING quantity");
    statement.bind(1, item).bind(2, location).bind(3, lot).bind(4, quantity);
    const bool emptied = statement.step() && statement.int64(0) == 0;
    statement.reset();
    // Only bins with stock (or a negative balance) are kept: an emptied bin leaves no row.
    if (emptied) {
        auto& remove = db.cached("DELETE FROM stock_on_hand WHERE item_id = ?1 AND "
                                 "location_id = ?2 AND lot_id = coalesce(?3, '')");
        remove.bind(1, item).bind(2, location).bind(3, lot).run();
    }
}

} // namespace larder
