// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FieldCodec.h"

#include "core/storage/KeyRing.h"
#include "core/storage/Schema.h"

namespace larder {

QVariant SealingCodec::encode(const TableDef& table, const ColumnDef& column, const QString& rowId,
                              const QVariant& plain) const {
    return m_keys.seal(table.name, column.name, rowId, plain);
}

std::optional<QVariant> SealingCodec::decode(const TableDef& table, const ColumnDef& column,
                                             const QString& rowId, const QVariant& stored) const {
    if (!KeyRing::isSealed(stored))
        return stored;
    return m_keys.open(table.name, column.name, rowId, stored.toByteArray());
}

} // namespace larder
