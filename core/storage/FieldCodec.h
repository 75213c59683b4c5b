#pragma once

#include <QVariant>

namespace larder {

struct TableDef;
struct ColumnDef;

// Turns the value of a sensitive column into what is stored in the file, and back. Every read
// and write of a column marked sensitive in Schema passes through exactly one codec, owned by the
// Store: encryption at rest is a new codec, not a change to every feature.
class FieldCodec {
public:
    virtual ~FieldCodec() = default;
    virtual QVariant encode(const TableDef& table, const ColumnDef& column,
                            const QVariant& plain) const = 0;
    virtual QVariant decode(const TableDef& table, const ColumnDef& column,
                            const QVariant& stored) const = 0;
};

// Stores values as they are. The default until encryption at rest lands.
class PlainFieldCodec final : public FieldCodec {
public:
    QVariant encode(const TableDef&, const ColumnDef&, const QVariant& plain) const override {
        return plain;
    }
    QVariant decode(const TableDef&, const ColumnDef&, const QVariant& stored) const override {
        return stored;
    }
};

} // namespace larder
