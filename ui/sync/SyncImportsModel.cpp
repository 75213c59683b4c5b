// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncImportsModel.h"

#include "core/storage/Store.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace larder::ui {

SyncImportsModel::SyncImportsModel(Store& store, const sync::Replicator& replicator,
                                   QObject* parent)
    : RowTableModel(parent)
    , m_replicator(replicator) {
    watch(store, {u"sync_imports"_s});
    reload();
}

int SyncImportsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_imports.size());
}

int SyncImportsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncImportsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::ImportRecord& import = m_imports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: {
            const QDateTime when = QDateTime::fromString(import.at, Qt::ISODateWithMs);
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                  : import.at;
        }
        case From:
            return import.fromName;
        case File:
            return import.file;
        case Applied:
            return import.applied;
        case Skipped:
            return import.skipped;
        case Note: {
            QStringList notes;
            if (import.conflicts > 0)
                notes << tr("%n edit(s) to review", "", import.conflicts);
            if (import.clockAheadMs > 24LL * 3600 * 1000)
                notes << tr("sender's clock %1 h ahead").arg(import.clockAheadMs / 3600000);
            return notes.join(u"; "_s);
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Applied || index.column() == Skipped)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SyncImportsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        (section == Applied || section == Skipped))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case From:
        return tr("From");
    case File:
        return tr("File");
    case Applied:
        return tr("New changes");
    case Skipped:
        return tr("Already here");
    case Note:
        return tr("Note");
    }
    return {};
}

void SyncImportsModel::reload() {
    replaceRows(m_imports, m_replicator.imports(MaxRows),
                [](const sync::ImportRecord& import) { return QString::number(import.id); });
}

} // namespace larder::ui
