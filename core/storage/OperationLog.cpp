// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OperationLog.h"

#include "core/storage/Sqlite.h"

using namespace Qt::StringLiterals;

namespace larder {

OperationLog::OperationLog(sql::Connection& db)
    : m_db(db) {
    m_db.setRollbackListener([this] { forget(); });
}

OperationLog::~OperationLog() {
    m_db.setRollbackListener(nullptr);
}

QByteArray OperationLog::fieldIs(int tableParameter, int columnParameter) {
    return "field = (SELECT number FROM sync_fields WHERE tbl = ?" +
           QByteArray::number(tableParameter) + " AND col = ?" +
           QByteArray::number(columnParameter) + ")";
}

QByteArray OperationLog::insertOf(int tableParameter) {
    return "field = (SELECT number FROM sync_fields WHERE tbl = ?" +
           QByteArray::number(tableParameter) + " AND col = '+')";
}

void OperationLog::forget() {
    m_numbers.clear();
    m_names.clear();
    m_fieldNumbers.clear();
    m_fields.clear();
}

qint64 OperationLog::nameNumber(const QString& name) {
    if (const auto it = m_numbers.constFind(name); it != m_numbers.cend())
        return it.value();
    auto& find = m_db.cached("SELECT number FROM sync_names WHERE name = ?1");
    find.bind(1, name);
    qint64 number = 0;
    if (find.step()) {
        number = find.int64(0);
        find.reset();
    } else {
        find.reset();
        auto& make = m_db.cached("INSERT INTO sync_names (name) VALUES (?1)");
        make.bind(1, name).run();
        number = m_db.lastInsertRowId();
    }
    m_numbers.insert(name, number);
    m_names.insert(number, name);
    return number;
}

qint64 OperationLog::fieldNumber(const QString& table, const QString& column) {
    const QString key = table + u'\n' + column;
    if (const auto it = m_fieldNumbers.constFind(key); it != m_fieldNumbers.cend())
        return it.value();
    auto& find = m_db.cached("SELECT number FROM sync_fields WHERE tbl = ?1 AND col = ?2");
    find.bindAll(table, column);
    qint64 number = 0;
    if (find.step()) {
        number = find.int64(0);
        find.reset();
    } else {
        find.reset();
        const bool ledgerRow = column == u"*";
        number =
            m_db.scalar(ledgerRow ? "SELECT min(0, coalesce(min(number), 0)) - 1 FROM sync_fields"
                                  : "SELECT max(0, coalesce(max(number), 0)) + 1 FROM sync_fields")
                .toLongLong();
        auto& make = m_db.cached("INSERT INTO sync_fields (number, tbl, col) VALUES (?1, ?2, ?3)");
        make.bindAll(number, table, column).run();
    }
    m_fieldNumbers.insert(key, number);
    m_fields.insert(number, {table, column});
    return number;
}

QString OperationLog::name(qint64 number) {
    if (const auto it = m_names.constFind(number); it != m_names.cend())
        return it.value();
    auto& find = m_db.cached("SELECT name FROM sync_names WHERE number = ?1");
    find.bind(1, number);
    QString name;
    if (find.step())
        name = find.text(0);
    find.reset();
    if (!name.isEmpty()) {
        m_names.insert(number, name);
        m_numbers.insert(name, number);
    }
    return name;
}

std::pair<QString, QString> OperationLog::field(qint64 number) {
    if (const auto it = m_fields.constFind(number); it != m_fields.cend())
        return it.value();
    auto& find = m_db.cached("SELECT tbl, col FROM sync_fields WHERE number = ?1");
    find.bind(1, number);
    std::pair<QString, QString> field;
    if (find.step())
        field = {find.text(0), find.text(1)};
    find.reset();
    if (!field.first.isEmpty()) {
        m_fields.insert(number, field);
        m_fieldNumbers.insert(field.first + u'\n' + field.second, number);
    }
    return field;
}

} // namespace larder
