// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "print/SheetData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace larder {
class Store;
} // namespace larder

namespace larder::print {

// Fills the printed papers' data from a pantry file: the runs of a day (runs::Runs), their
// packages and pick list (runs::Packages), and from each household only what a driver needs
// (people::Households): the chosen name, where, languages, delivery notes, access needs and the
// phone only when the household agreed to calls or texts. Under the privacy setting
// (SheetInitialsOnly) names become initials and no phone is filled in at all. Read only.
class SheetBuilder {
    Q_DECLARE_TR_FUNCTIONS(larder::print::SheetBuilder)

public:
    explicit SheetBuilder(Store& store);

    // The pantry's name and phone, the privacy setting, the paper size and the papers' language,
    // from the settings.
    PrintOptions options() const;

    // The language the papers' words are filled in ("es"; empty: the one installed). Starts as
    // the setting (settings::SheetLanguage); a print can choose another.
    void setLanguage(const QString& code) { m_language = code; }
    QString language() const { return m_language; }

    // One sheet per driver of the delivery runs on `date`, by route number; only route
    // `routeNo` when given. Refused when there is no delivery run that day, the route does not
    // exist, or no route has been planned.
    Result<QList<RouteSheetData>> routeSheets(const QDate& date,
                                              std::optional<int> routeNo = {}) const;
    // The same for one run (the Distribution page prints the run on screen).
    Result<QList<RouteSheetData>> routeSheetsForRun(const QString& runId,
                                                    std::optional<int> routeNo = {}) const;
    // One packing list per route of the delivery runs on `date`.
    Result<QList<PackingListData>> packingLists(const QDate& date,
                                                std::optional<int> routeNo = {}) const;
    Result<QList<PackingListData>> packingListsForRun(const QString& runId,
                                                      std::optional<int> routeNo = {}) const;
    // Everything set aside for the runs on `date`, by location.
    Result<PickListData> pickList(const QDate& date) const;
    // One manifest per route of the supplier pickup runs on `date`.
    Result<QList<PickupManifestData>> pickupManifests(const QDate& date,
                                                      std::optional<int> routeNo = {}) const;

    // "2 kg", "12", "3 cases": an amount in an item's unit, worded as everywhere else
    // (inventory::Quantities).
    static QString quantity(qint64 amount, const QString& unit);

private:
    Result<QStringList> runIds(const QDate& date, const QStringList& kinds) const;

    Store& m_store;
    QString m_language;
};

} // namespace larder::print
