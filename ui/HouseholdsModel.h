#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace larder {
class Store;
}

namespace larder::ui {

// The households on file, fetched lazily in pages of PageSize rows (oldest first, by id) so a file
// with thousands of households opens at once. Shows what a volunteer needs to recognise a
// household: the name it chose (decoded by Store::read), postal code, size, languages and status
// — never the street address. Reloads on Store::changed.
class HouseholdsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, PostalCode, Size, Languages, Status, ColumnCount };
    static constexpr int PageSize = 500;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit HouseholdsModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Households on file, and how many of them are active (not only the rows fetched so far).
    int totalCount() const { return m_total; }
    int activeCount() const { return m_active; }

    void reload();

Q_SIGNALS:
    void countsChanged();

private:
    struct Household {
        QString id;
        QString name;
        QString postalCode;
        int size = 0;
        QString languages;
        QString status;
    };
    QList<Household> readPage(const QString& afterId, int limit) const;
    void readCounts();

    Store& m_store;
    QList<Household> m_rows;
    int m_total = 0;
    int m_active = 0;
};

} // namespace larder::ui
