// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace larder {

class KeyRing;
struct TableDef;
struct ColumnDef;

// Turns the value of a sensitive column into what is stored in the file, and back. Every read
// and write of a column marked sensitive in Schema passes through the Store's codec: encryption
// at rest is a codec, not a change to every feature. `rowId` is the id of the record the value
// belongs to, so a codec can bind a value to its place (table, column, row).
class FieldCodec {
public:
    virtual ~FieldCodec() = default;
    virtual QVariant encode(const TableDef& table, const ColumnDef& column, const QString& rowId,
                            const QVariant& plain) const = 0;
    // The plain value, or nothing when `stored` does not decode here (another key, another row,
    // tampered bytes).
    virtual std::optional<QVariant> decode(const TableDef& table, const ColumnDef& column,
                                           const QString& rowId, const QVariant& stored) const = 0;
};

// Stores values as they are: a pantry that has no passphrase yet (made before privacy at rest,
// waiting for its first passphrase), and tests that look at raw values.
class PlainFieldCodec final : public FieldCodec {
public:
    QVariant encode(const TableDef&, const ColumnDef&, const QString&,
                    const QVariant& plain) const override {
        return plain;
    }
    std::optional<QVariant> decode(const TableDef&, const ColumnDef&, const QString&,
                                   const QVariant& stored) const override {
        return stored;
    }
};

// Seals values with the pantry's data key (KeyRing), bound to table, column and row. A value
// that is not sealed (plain text in a file being migrated) decodes as itself. Used only while
// the key ring is unlocked; the Store refuses personal values while it is locked.
class SealingCodec final : public FieldCodec {
public:
    explicit SealingCodec(const KeyRing& keys)
        : m_keys(keys) {}
    QVariant encode(const TableDef& table, const ColumnDef& column, const QString& rowId,
                    const QVariant& plain) const override;
    std::optional<QVariant> decode(const TableDef& table, const ColumnDef& column,
                                   const QString& rowId, const QVariant& stored) const override;

private:
    const KeyRing& m_keys;
};

} // namespace larder
