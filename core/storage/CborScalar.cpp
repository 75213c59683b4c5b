// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CborScalar.h"

namespace larder::cbor {

void writeScalar(QCborStreamWriter& writer, const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        writer.append(nullptr);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        writer.append(value.toLongLong());
        break;
    case QMetaType::Double:
        writer.append(value.toDouble());
        break;
    case QMetaType::QByteArray:
        writer.append(value.toByteArray());
        break;
    default:
        writer.append(value.toString());
    }
}

QVariant scalar(const QCborValue& value) {
    if (value.isInteger())
        return QVariant(value.toInteger());
    if (value.isDouble())
        return QVariant(value.toDouble());
    if (value.isString())
        return QVariant(value.toString());
    if (value.isByteArray())
        return QVariant(value.toByteArray());
    return QVariant();
}

bool isScalar(const QCborValue& value) {
    return value.isNull() || value.isInteger() || value.isDouble() || value.isString() ||
           value.isByteArray();
}

} // namespace larder::cbor
