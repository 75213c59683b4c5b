// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCborStreamWriter>
#include <QCborValue>
#include <QVariant>

// A column's value in CBOR, as the operation log and sync files carry it: null, an integer (flags
// too), a double, text or bytes. Shared by the sync file's writer and reader, the merge's checks
// and insert operations (InsertOperation.h).
namespace larder::cbor {

// Writes `value` as one CBOR item (anything else as its text).
void writeScalar(QCborStreamWriter& writer, const QVariant& value);
// The value of a CBOR scalar; a null QVariant for null and for anything that is not a scalar.
QVariant scalar(const QCborValue& value);
// Whether `value` is one of those five kinds.
bool isScalar(const QCborValue& value);

} // namespace larder::cbor
