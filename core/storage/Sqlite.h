// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace larder::sql {

// Thrown inside core when SQLite refuses a statement. It never crosses core's public boundary:
// Store catches it, rolls the transaction back and returns an Error.
class SqlError : public std::runtime_error {
public:
    SqlError(int code, const QString& message, const QByteArray& sql = {});
    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    int m_code;
};

class Connection;

// A record id as the operation log stores it: a canonical (lower-case, hyphenated) UUID as its 16
// bytes, any other id as its text. rowIdText() turns either back into the id. The SQL functions
// larder_row_key(id) and larder_row_text(key), on every connection, do the same in queries.
QVariant rowKey(const QString& id);
QString rowIdText(const QVariant& key);
// rowKey()'s test on raw UTF-8 text, for passes over millions of rows: writes the 16 bytes of a
// canonical UUID to `bytes` and returns true, or returns false when the text is not one.
bool packUuid(QByteArrayView text, unsigned char* bytes);

// A time as the ledger stores it (schema 9): the canonical UTC text Larder writes
// ("2026-12-06T08:30:48.125Z") as its milliseconds since 1970, any other text as it is, so that
// momentText() always gives back the exact text that was stored. larder_moment(text) and
// larder_moment_text(value), on every connection, do the same in queries.
QVariant momentKey(const QString& text);
QString momentText(const QVariant& stored);

// One prepared statement. Binding and reading use 0-based column indexes and 1-based
// parameter indexes, as SQLite does. Move-only; finalized on destruction.
class Statement {
public:
    Statement(Connection& connection, const QByteArray& sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QVariant& value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char16_t* value) {
        return bind(index, QString::fromUtf16(value));
    }
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    // Binds each value in order to ?1, ?2, ...
    template <typename... Args> Statement& bindAll(const Args&... args) {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // Runs one step: true while there is a row to read.
    bool step();
    // Runs to completion, ignoring any rows.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes without a copy (QByteArray::fromRawData over SQLite's own memory): valid
    // until the next step() or reset(), for hot loops that only look a value up. Empty for null.
    QByteArray blobInPlace(int column) const;
    QVariant value(int column) const;
    QByteArray columnName(int column) const;
    // The table and column a result column was read from (empty for expressions).
    QByteArray originTable(int column) const;
    QByteArray originColumn(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    Connection* m_connection;
    sqlite3_stmt* m_stmt = nullptr;
};

// An open SQLite connection. Owns the handle and a cache of prepared statements for hot paths.
class Connection {
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Connection(const QString& path, OpenMode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements that take no parameters.
    void exec(const QByteArray& sql);
    // Finalizes the cached statements (before VACUUM, which needs none pending).
    void clearCache() { m_cache.clear(); }
    Statement prepare(const QByteArray& sql) { return Statement(*this, sql); }
    // A prepared statement kept for the connection's lifetime, reset and unbound on each call.
    // Step it to the end or reset() it after use: a statement left on a row keeps its read
    // snapshot open (and the WAL from being checkpointed).
    Statement& cached(const QByteArray& sql);
    // The single value of a one-row, one-column query (null QVariant when there is no row).
    QVariant scalar(const QByteArray& sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    [[noreturn]] void fail(int code, const QByteArray& sql = {}) const;

    // Called after SQLite rolls a transaction back, so caches of what the file holds can forget
    // what the rollback took away. One listener per connection; nullptr removes it.
    void setRollbackListener(std::function<void()> listener);

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::function<void()> m_rollbackListener;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
};

// BEGIN IMMEDIATE on construction; rolled back on destruction unless committed. Nesting is a
// programming error: one user action is one transaction.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();

private:
    Connection& m_connection;
    bool m_open = false;
};

} // namespace larder::sql
