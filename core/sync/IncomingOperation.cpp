// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/IncomingOperation.h"

#include <QCborStreamReader>
#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <limits>
#include <vector>

namespace larder::sync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::IncomingOperation)
};

// The bytes of the text or byte string at the reader (UTF-8 for text) into `out`, whose memory is
// reused; false when the string is damaged.
bool readRaw(QCborStreamReader& reader, QByteArray& out) {
    out.resize(0);
    qsizetype at = 0;
    for (;;) {
        const qsizetype size = std::max<qsizetype>(reader.currentStringChunkSize(), 0);
        out.resize(at + size);
        const auto chunk = reader.readStringChunk(out.data() + at, size);
        if (chunk.status == QCborStreamReader::Error)
            return false;
        if (chunk.status == QCborStreamReader::EndOfString) {
            out.resize(at);
            return true;
        }
        at += chunk.data;
    }
}

// UTF-8 made text; false when it is not valid UTF-8.
bool fromUtf8(const QByteArray& utf8, QString& out) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder(utf8);
    return !decoder.hasError();
}

// Text at the reader, read whole; false when it is not text or is damaged.
bool readText(QCborStreamReader& reader, QString& out) {
    thread_local QByteArray utf8;
    return reader.isString() && readRaw(reader, utf8) && fromUtf8(utf8, out);
}

// The same for a field that often repeats (a laptop, a table): `raw` keeps the last one's bytes,
// and the same bytes again leave `out` as it is.
bool readRepeatedText(QCborStreamReader& reader, QByteArray& raw, QString& out) {
    thread_local QByteArray utf8;
    if (!reader.isString() || !readRaw(reader, utf8))
        return false;
    if (utf8 == raw && !raw.isNull())
        return true;
    raw = utf8;
    if (!fromUtf8(utf8, out)) {
        raw = QByteArray();
        return false;
    }
    return true;
}

bool readBytes(QCborStreamReader& reader, QByteArray& out) {
    return reader.isByteArray() && readRaw(reader, out);
}

// A whole number at the reader; false when it is none or lies outside qint64 (which a CBOR value
// holds as a double).
bool readInteger(QCborStreamReader& reader, qint64& out) {
    if (reader.isUnsignedInteger()) {
        if (reader.toUnsignedInteger() > quint64(std::numeric_limits<qint64>::max()))
            return false;
        out = qint64(reader.toUnsignedInteger());
    } else if (reader.isNegativeInteger()) {
        const quint64 magnitude = quint64(reader.toNegativeInteger()); // the value is -magnitude
        if (magnitude - 1 > quint64(std::numeric_limits<qint64>::max()))
            return false;
        out = -qint64(magnitude - 1) - 1;
    } else {
        return false;
    }
    return reader.next();
}

// A number, text, bytes or null at the reader, as QCborValue::fromCbor and cbor::scalar would
// make it; false (the reader not moved) for anything else.
bool readScalar(QCborStreamReader& reader, QVariant& out) {
    switch (reader.type()) {
    case QCborStreamReader::UnsignedInteger:
    case QCborStreamReader::NegativeInteger: {
        qint64 number = 0;
        if (readInteger(reader, number)) {
            out = QVariant(number);
            return true;
        }
        // Outside qint64: a CBOR value holds it as a double.
        const quint64 magnitude = reader.isUnsignedInteger() ? reader.toUnsignedInteger()
                                                             : quint64(reader.toNegativeInteger());
        const double value = reader.isUnsignedInteger() ? double(magnitude)
                             : magnitude == 0           ? -18446744073709551616.0 // -2^64
                                                        : -double(magnitude);
        out = QVariant(value);
        return reader.next();
    }
    case QCborStreamReader::Float16:
        out = QVariant(double(reader.toFloat16()));
        return reader.next();
    case QCborStreamReader::Float:
        out = QVariant(double(reader.toFloat()));
        return reader.next();
    case QCborStreamReader::Double:
        out = QVariant(reader.toDouble());
        return reader.next();
    case QCborStreamReader::String: {
        QString text;
        if (!readText(reader, text))
            return false;
        out = QVariant(std::move(text));
        return true;
    }
    case QCborStreamReader::ByteArray: {
        QByteArray bytes;
        if (!readBytes(reader, bytes))
            return false;
        out = QVariant(std::move(bytes));
        return true;
    }
    case QCborStreamReader::SimpleType:
        if (reader.isNull()) {
            out = QVariant();
            return reader.next();
        }
        return false;
    default:
        return false;
    }
}

// The table's columns in the order of their names (the digest's order).
const std::vector<qsizetype>& byName(const TableDef& def) {
    static QHash<const TableDef*, std::vector<qsizetype>> orders;
    auto it = orders.find(&def);
    if (it == orders.end()) {
        std::vector<qsizetype> order(std::size_t(def.columns.size()));
        for (qsizetype i = 0; i < def.columns.size(); ++i)
            order[std::size_t(i)] = i;
        std::sort(order.begin(), order.end(), [&def](qsizetype a, qsizetype b) {
            return def.columns.at(a).name < def.columns.at(b).name;
        });
        it = orders.insert(&def, std::move(order));
    }
    return *it;
}

// The table's column names in UTF-8, by the column's place.
const QList<QByteArray>& utf8Names(const TableDef& def) {
    static QHash<const TableDef*, QList<QByteArray>> names;
    auto it = names.find(&def);
    if (it == names.end()) {
        QList<QByteArray> list;
        for (const ColumnDef& column : def.columns)
            list.append(column.name.toUtf8());
        it = names.insert(&def, list);
    }
    return *it;
}

bool readLedgerRow(QCborStreamReader& reader, LedgerValues& row, QString& problem) {
    const TableDef& def = *row.def;
    if (def.columns.size() > 64) {
        problem = Text::tr("the ledger has too many columns");
        return false;
    }
    row.values.clear();
    row.values.resize(def.columns.size());
    row.present = 0;
    if (!reader.enterContainer())
        return false;
    const QList<QByteArray>& names = utf8Names(def);
    thread_local QByteArray name;
    while (reader.hasNext()) {
        if (!reader.isString() || !readRaw(reader, name)) {
            problem = Text::tr("a ledger row has a field with no name");
            return false;
        }
        const qsizetype at = names.indexOf(name);
        if (at < 0) {
            problem = Text::tr("a ledger row has an unknown field %1")
                          .arg(QString::fromUtf8(name.left(64)));
            return false;
        }
        const ColumnDef* column = &def.columns.at(at);
        if (row.has(at)) {
            problem = Text::tr("a ledger row has the field %1 twice").arg(column->name);
            return false;
        }
        row.present |= quint64(1) << at;
        if (!reader.hasNext())
            return false;
        if (!readScalar(reader, row.values[at])) {
            if (reader.lastError() != QCborError::NoError)
                return false;
            // Kept as it is, for the check to say what is wrong with it.
            const QCborValue odd = QCborValue::fromCbor(reader);
            if (reader.lastError() != QCborError::NoError)
                return false;
            row.values[at] = QVariant::fromValue(odd);
        }
    }
    return reader.leaveContainer();
}

} // namespace

const QVariant& LedgerValues::value(QStringView name) const {
    static const QVariant none;
    const ColumnDef* column = def ? def->column(name) : nullptr;
    return column ? values.at(column - def->columns.constData()) : none;
}

QVariantMap LedgerValues::toMap() const {
    QVariantMap map;
    for (qsizetype i = 0; def && i < def->columns.size(); ++i) {
        if (has(i))
            map.insert(def->columns.at(i).name, values.at(i));
    }
    return map;
}

bool readOperation(QCborStreamReader& reader, IncomingOperation& op, QString& problem) {
    problem.clear();
    const auto malformed = [&] {
        if (problem.isEmpty())
            problem = reader.lastError() != QCborError::NoError
                          ? reader.lastError().toString()
                          : Text::tr("not a change as Larder writes one");
        return false;
    };
    if (!reader.isArray() || !reader.enterContainer())
        return malformed();
    // The nine fields, each of its own type.
    if (!reader.hasNext() || !readRepeatedText(reader, op.m_rawSite, op.site))
        return malformed();
    if (!reader.hasNext() || !readInteger(reader, op.seq))
        return malformed();
    if (!reader.hasNext() || !readInteger(reader, op.hlc))
        return malformed();
    if (!reader.hasNext() || !readRepeatedText(reader, op.m_rawTable, op.table) ||
        !reader.hasNext() || !readText(reader, op.row) || !reader.hasNext() ||
        !readRepeatedText(reader, op.m_rawColumn, op.column) || !reader.hasNext())
        return malformed();
    const TableDef* def = schema::table(op.table);
    op.isLedgerRow = def && def->kind == TableKind::Ledger && op.column == u"*";
    op.valueIsNull = reader.isNull();
    op.ledgerIsMap = false;
    op.value = QCborValue();
    if (op.isLedgerRow && reader.isMap()) {
        op.ledgerIsMap = true;
        op.ledger.def = def;
        if (!readLedgerRow(reader, op.ledger, problem))
            return malformed();
    } else {
        op.value = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError)
            return malformed();
    }
    if (!reader.hasNext() || !readRepeatedText(reader, op.m_rawActor, op.actor) ||
        !reader.hasNext())
        return malformed();
    op.hasDigest = reader.isByteArray();
    if (op.hasDigest) {
        if (!readBytes(reader, op.digest))
            return malformed();
    } else {
        op.digest.clear();
        if (!reader.isNull() || !reader.next())
            return malformed();
    }
    if (reader.hasNext() || !reader.leaveContainer())
        return malformed();
    return true;
}

void writeLedgerDigestRow(chain::DigestInput& input, const LedgerValues& row) {
    const TableDef& def = *row.def;
    input.array(quint64(2 * std::popcount(row.present)));
    for (const qsizetype at : byName(def)) {
        if (!row.has(at))
            continue;
        input.text(def.columns.at(at).name);
        const QVariant& value = row.values.at(at);
        // As chain::plainValue of the value cbor::scalar makes of it.
        switch (value.typeId()) {
        case QMetaType::LongLong:
            input.integer(value.toLongLong());
            break;
        case QMetaType::Double:
            input.real(value.toDouble());
            break;
        case QMetaType::QString:
            input.text(*static_cast<const QString*>(value.constData()));
            break;
        case QMetaType::QByteArray:
            input.bytes(*static_cast<const QByteArray*>(value.constData()));
            break;
        default:
            input.null();
            break;
        }
    }
}

} // namespace larder::sync
