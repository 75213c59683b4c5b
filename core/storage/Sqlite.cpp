// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sqlite.h"

#include "core/storage/InsertOperation.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace larder::sql {

namespace {

constexpr qsizetype UuidLength = 36;

bool isUuidDash(qsizetype i) {
    return i == 8 || i == 13 || i == 18 || i == 23;
}

int hexDigit(char16_t c) {
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1; // upper case too: only the canonical spelling is packed, so the text comes back
}

// The 16 bytes of a canonical UUID, or an empty array when the text is not one.
QByteArray packedUuid(QStringView id) {
    if (id.size() != UuidLength)
        return {};
    QByteArray bytes(16, Qt::Uninitialized);
    int out = 0;
    for (qsizetype i = 0; i < UuidLength; ++i) {
        if (isUuidDash(i)) {
            if (id.at(i) != u'-')
                return {};
            continue;
        }
        const int high = hexDigit(id.at(i).unicode());
        const int low = i + 1 < UuidLength ? hexDigit(id.at(i + 1).unicode()) : -1;
        if (high < 0 || low < 0)
            return {};
        bytes[out++] = char(high << 4 | low);
        ++i;
    }
    return bytes;
}

// Writes the canonical spelling of 16 UUID bytes into `out` (36 characters, no terminator).
void spellUuid(const unsigned char* bytes, char* out) {
    static constexpr char Hex[] = "0123456789abcdef";
    for (qsizetype i = 0, b = 0; i < UuidLength; ++i) {
        if (isUuidDash(i)) {
            out[i] = '-';
            continue;
        }
        out[i] = Hex[bytes[b] >> 4];
        out[++i] = Hex[bytes[b++] & 0xf];
    }
}

QString uuidText(const QByteArray& bytes) {
    char text[UuidLength];
    spellUuid(reinterpret_cast<const unsigned char*>(bytes.constData()), text);
    return QString::fromLatin1(text, UuidLength);
}

void rowKeyFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray packed =
        size == UuidLength ? packedUuid(QString::fromLatin1(text, size)) : QByteArray();
    if (packed.isEmpty())
        sqlite3_result_value(context, argv[0]);
    else
        sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
}

void rowTextFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB || sqlite3_value_bytes(argv[0]) != 16) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    char text[UuidLength];
    spellUuid(static_cast<const unsigned char*>(sqlite3_value_blob(argv[0])), text);
    sqlite3_result_text(context, text, int(UuidLength), SQLITE_TRANSIENT);
}

void momentFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QVariant key = momentKey(QString::fromUtf8(
        reinterpret_cast<const char*>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0])));
    if (key.typeId() == QMetaType::LongLong)
        sqlite3_result_int64(context, key.toLongLong());
    else
        sqlite3_result_value(context, argv[0]);
}

void momentTextFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_INTEGER) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray text = momentText(QVariant(qint64(sqlite3_value_int64(argv[0])))).toLatin1();
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void rollbackHook(void* listener) {
    if (auto* call = static_cast<std::function<void()>*>(listener); call && *call)
        (*call)();
}

} // namespace

bool packUuid(QByteArrayView text, unsigned char* bytes) {
    if (text.size() != UuidLength)
        return false;
    int out = 0;
    for (qsizetype i = 0; i < UuidLength; ++i) {
        if (isUuidDash(i)) {
            if (text.at(i) != '-')
                return false;
            continue;
        }
        const int high = hexDigit(char16_t(uchar(text.at(i))));
        const int low = hexDigit(char16_t(uchar(text.at(i + 1))));
        if (high < 0 || low < 0)
            return false;
        bytes[out++] = uchar(high << 4 | low);
        ++i;
    }
    return true;
}

QVariant rowKey(const QString& id) {
    if (const QByteArray packed = packedUuid(id); !packed.isEmpty())
        return packed;
    return id;
}

namespace {

// Milliseconds of the years a ledger time is packed in (1970 to 9999): outside them a time keeps
// its text, so the spelling below is always the one Qt gives.
constexpr qint64 FirstMoment = 0;
constexpr qint64 LastMoment = 253402300799999; // 9999-12-31T23:59:59.999Z

// Days since 1970-01-01 of a date of the proleptic Gregorian calendar, and back (H. Hinnant's
// algorithms, for the dates an import packs by the hundred thousand).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int& y, int& m, int& d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(qint64(yoe) + era * 400 + (m <= 2));
}

// The number in text[from, from + count), or -1 when a character is not a digit.
int digitsAt(QStringView text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QVariant momentKey(const QString& text) {
    // "yyyy-MM-ddTHH:mm:ss.zzzZ": 24 characters; anything else (another zone, no milliseconds,
    // a date that does not exist, a year before 1970) is kept as text.
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return text;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2),
              hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2),
              second = digitsAt(text, 17, 2), milli = digitsAt(text, 20, 3);
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || milli < 0)
        return text;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y != year || m != month || d != day) // 30 February and the like
        return text;
    return QVariant(((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + milli);
}

QString momentText(const QVariant& stored) {
    if (stored.typeId() != QMetaType::LongLong && stored.typeId() != QMetaType::Int)
        return stored.toString();
    const qint64 ms = stored.toLongLong();
    if (ms < FirstMoment || ms > LastMoment) // not one momentKey() makes: as Qt spells it
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    int y = 0, m = 0, d = 0;
    civilFromDays(ms / 86400000, y, m, d);
    const qint64 inDay = ms % 86400000;
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d,
                  int(inDay / 3600000), int(inDay / 60000 % 60), int(inDay / 1000 % 60),
                  int(inDay % 1000));
    return QString::fromLatin1(text, 24);
}

QString rowIdText(const QVariant& key) {
    if (key.typeId() == QMetaType::QByteArray && key.toByteArray().size() == 16)
        return uuidText(key.toByteArray());
    return key.toString();
}

SqlError::SqlError(int code, const QString& message, const QByteArray& sql)
    : std::runtime_error(
          (sql.isEmpty() ? message : message + u" [" + QString::fromUtf8(sql) + u']').toStdString())
    , m_code(code) {}

Statement::Statement(Connection& connection, const QByteArray& sql)
    : m_connection(&connection) {
    const int rc = sqlite3_prepare_v3(connection.handle(), sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, sql);
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection)
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QVariant& value) {
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDate:
        return bind(index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime:
        return bind(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    case QMetaType::QString: {
        // A QVariant holding a string is text, even an empty (null) one; only an empty
        // QVariant is NULL.
        const QString text = value.toString();
        return bind(index, text.isNull() ? QString(u""_s) : text);
    }
    default:
        return bind(index, value.toString());
    }
}

Statement& Statement::bind(int index, qint64 value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_connection->fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_connection->fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    if (blob.isNull())
        return bindNull(index);
    const int rc =
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->fail(rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_connection->fail(rc);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QByteArray sql = sqlite3_sql(m_stmt);
    sqlite3_reset(m_stmt);
    m_connection->fail(rc, sql);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blobInPlace(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray::fromRawData(data, sqlite3_column_bytes(m_stmt, column))
                : QByteArray();
}

QVariant Statement::value(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

QByteArray Statement::columnName(int column) const {
    return sqlite3_column_name(m_stmt, column);
}

QByteArray Statement::originTable(int column) const {
    return sqlite3_column_table_name(m_stmt, column);
}

QByteArray Statement::originColumn(int column) const {
    return sqlite3_column_origin_name(m_stmt, column);
}

Connection::Connection(const QString& path, OpenMode mode)
    : m_path(path) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqlError(rc, message);
    }
    sqlite3_busy_timeout(m_db, 2000);
    // Every connection, to the live file, a backup or a scratch copy: schema code (triggers,
    // views) cannot call functions that are not marked innocuous, the schema cannot be edited
    // by hand (defensive), deleted content is overwritten, and temporary tables stay in memory
    // (docs/ARCHITECTURE.md, "Privacy at rest").
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_exec(m_db, "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;", nullptr, nullptr,
                 nullptr);
    // The operation log's compact row ids (rowKey), for queries and the schema's one view.
    const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(m_db, "larder_row_key", 1, pure, nullptr, rowKeyFunction, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "larder_row_text", 1, pure, nullptr, rowTextFunction, nullptr,
                               nullptr, nullptr);
    // The ledger's compact times (momentKey).
    sqlite3_create_function_v2(m_db, "larder_moment", 1, pure, nullptr, momentFunction, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "larder_moment_text", 1, pure, nullptr, momentTextFunction,
                               nullptr, nullptr, nullptr);
    // An insert operation's map of values (InsertOperation.h).
    insertop::registerSqlFunctions(m_db);
    sqlite3_rollback_hook(m_db, rollbackHook, &m_rollbackListener);
}

void Connection::setRollbackListener(std::function<void()> listener) {
    // One listener: a second would silently take the first one's place.
    Q_ASSERT(!listener || !m_rollbackListener);
    m_rollbackListener = std::move(listener);
}

Connection::~Connection() {
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Connection::exec(const QByteArray& sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw SqlError(rc, text, sql.left(200));
    }
}

Statement& Connection::cached(const QByteArray& sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, std::make_shared<Statement>(*this, sql));
    Statement& statement = **it;
    statement.reset();
    return statement;
}

QVariant Connection::scalar(const QByteArray& sql) {
    Statement statement(*this, sql);
    return statement.step() ? statement.value(0) : QVariant();
}

qint64 Connection::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const {
    return sqlite3_changes(m_db);
}

bool Connection::inTransaction() const {
    return !sqlite3_get_autocommit(m_db);
}

void Connection::fail(int code, const QByteArray& sql) const {
    throw SqlError(code, QString::fromUtf8(sqlite3_errmsg(m_db)), sql);
}

Transaction::Transaction(Connection& connection)
    : m_connection(connection) {
    m_connection.exec("BEGIN IMMEDIATE");
    m_open = true;
}

Transaction::~Transaction() {
    if (m_open) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (const SqlError&) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
        }
    }
}

void Transaction::commit() {
    m_connection.exec("COMMIT");
    m_open = false;
}

void Transaction::rollback() {
    if (m_open) {
        m_open = false;
        m_connection.exec("ROLLBACK");
    }
}

} // namespace larder::sql
