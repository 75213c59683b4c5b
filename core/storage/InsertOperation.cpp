// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/InsertOperation.h"

#include "core/storage/CborScalar.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>

#include <sqlite3.h>

namespace larder::insertop {

namespace {

QByteArray argumentBytes(sqlite3_value* value) {
    const auto* data = static_cast<const char*>(sqlite3_value_blob(value));
    return data ? QByteArray(data, sqlite3_value_bytes(value)) : QByteArray();
}

QString argumentText(sqlite3_value* value) {
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return data ? QString::fromUtf8(data, sqlite3_value_bytes(value)) : QString();
}

void resultValue(sqlite3_context* context, const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        sqlite3_result_null(context);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
        sqlite3_result_int64(context, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_result_double(context, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

const Entry* find(const QList<Entry>& entries, const QString& column) {
    for (const Entry& entry : entries) {
        if (entry.column == column)
            return &entry;
    }
    return nullptr;
}

void valueFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_null(context);
        return;
    }
    const auto entries = decode(argumentBytes(argv[0]));
    const Entry* entry = entries ? find(*entries, argumentText(argv[1])) : nullptr;
    resultValue(context, entry ? entry->value : QVariant());
}

void hasFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_int(context, 0);
        return;
    }
    const auto entries = decode(argumentBytes(argv[0]));
    sqlite3_result_int(context, entries && find(*entries, argumentText(argv[1])) ? 1 : 0);
}

void eraseFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray erased = erase(argumentBytes(argv[0]), argumentText(argv[1]));
    sqlite3_result_blob(context, erased.constData(), int(erased.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray encode(const QList<Entry>& entries) {
    QByteArray bytes;
    bytes.reserve(int(entries.size()) * 24);
    QCborStreamWriter writer(&bytes);
    writer.startMap(entries.size());
    for (const Entry& entry : entries) {
        writer.append(entry.column);
        if (entry.hashOnly && entry.hash.isEmpty()) {
            writer.startArray(0); // the record holds it, not hashed yet (no passphrase)
            writer.endArray();
        } else if (entry.hashOnly) {
            writer.startArray(1);
            writer.append(entry.hash);
            writer.endArray();
        } else if (!entry.hash.isEmpty()) {
            writer.startArray(2);
            cbor::writeScalar(writer, entry.value);
            writer.append(entry.hash);
            writer.endArray();
        } else {
            cbor::writeScalar(writer, entry.value);
        }
    }
    writer.endMap();
    return bytes;
}

std::optional<QList<Entry>> decode(const QByteArray& stored) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(stored, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    QList<Entry> entries;
    entries.reserve(map.size());
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return std::nullopt;
        Entry entry;
        entry.column = it.key().toString();
        const QCborValue v = it.value();
        if (v.isArray() && v.toArray().isEmpty()) {
            entry.hashOnly = true; // held by the record of a pantry without a passphrase
        } else if (v.isArray()) {
            const QCborArray a = v.toArray();
            const QCborValue hash = a.last();
            if ((a.size() != 1 && a.size() != 2) || !hash.isByteArray() ||
                hash.toByteArray().size() != HashBytes)
                return std::nullopt;
            entry.hash = hash.toByteArray();
            if (a.size() == 1) {
                entry.hashOnly = true;
            } else {
                if (!cbor::isScalar(a.at(0)))
                    return std::nullopt;
                entry.value = cbor::scalar(a.at(0));
            }
        } else {
            if (!cbor::isScalar(v))
                return std::nullopt;
            entry.value = cbor::scalar(v);
        }
        entries.append(entry);
    }
    return entries;
}

QByteArray erase(const QByteArray& stored, const QString& column) {
    auto entries = decode(stored);
    if (!entries)
        return stored;
    bool changed = false;
    for (Entry& entry : *entries) {
        // A personal value: kept in the map with its hash, or held by the record ([]).
        const bool held = !entry.hashOnly && !entry.hash.isEmpty();
        const bool heldUnhashed = entry.hashOnly && entry.hash.isEmpty();
        if (entry.column == column && (held || heldUnhashed)) {
            // [] is a value of a pantry that had no key when it was written: never signed, so
            // any hash stands for it in the digest made later.
            if (entry.hash.isEmpty())
                entry.hash = QByteArray(HashBytes, '\0');
            entry.hashOnly = true;
            entry.value = QVariant();
            changed = true;
        }
    }
    return changed ? encode(*entries) : stored;
}

void registerSqlFunctions(sqlite3* db) {
    const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "larder_insert_value", 2, pure, nullptr, valueFunction, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(db, "larder_insert_has", 2, pure, nullptr, hasFunction, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(db, "larder_insert_erase", 2, pure, nullptr, eraseFunction, nullptr,
                               nullptr, nullptr);
}

} // namespace larder::insertop
