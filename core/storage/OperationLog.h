// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <utility>

namespace larder::sql {
class Connection;
}

namespace larder {

// The dictionaries of the compact operation log (sync_ops, schema 8): a laptop's site id and a
// person's id are stored in each operation as a small number from sync_names, and a table and
// column as one number from sync_fields (negative for a ledger row, "*", so that the field index
// can leave those out). This class finds and makes those numbers for writers, and spells them
// out again for readers. It caches what it has seen; a rollback empties the cache, so a number
// made in a transaction that did not commit is never used again.
class OperationLog {
public:
    explicit OperationLog(sql::Connection& db);
    ~OperationLog();
    OperationLog(const OperationLog&) = delete;
    OperationLog& operator=(const OperationLog&) = delete;

    // The number of a site id or a person's id, made when it is new.
    qint64 nameNumber(const QString& name);
    // The number of a table's column ("*" a ledger row, "-" a delete), made when it is new.
    qint64 fieldNumber(const QString& table, const QString& column);
    // What a number stands for; empty when the file has no such number.
    QString name(qint64 number);
    std::pair<QString, QString> field(qint64 number);

    // SQL that reads "the operation's field is (table ?t, column ?c)", for queries on any
    // connection: "field = (SELECT number FROM sync_fields WHERE tbl = ?t AND col = ?c)".
    static QByteArray fieldIs(int tableParameter, int columnParameter);
    // The same for "the operation inserts a record of table ?t" (InsertOperation.h).
    static QByteArray insertOf(int tableParameter);

    // Empties the cache (after a rollback, or a change of the dictionaries behind its back).
    void forget();

private:
    sql::Connection& m_db;
    QHash<QString, qint64> m_numbers;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_fieldNumbers; // "table\ncolumn"
    QHash<qint64, std::pair<QString, QString>> m_fields;
};

} // namespace larder
