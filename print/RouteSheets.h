// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The renderers of a distribution day's papers. Each paints plain data (SheetData.h) page by page
// with QPainter, so a QPrinter (printing, QPrintPreviewDialog) and a QPdfWriter get the same
// pages. Black and white, body text 11 pt or more, a header and "page x of y" on every page; a
// block (a stop, a table row) is never cut across pages when it fits on one.

#include "core/storage/Result.h"
#include "print/SheetData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace larder::print {

// Paints onto a device whose page size and margins are already set; each returns the number of
// pages painted (0 when the device could not be painted on).
int paintRouteSheets(QPagedPaintDevice& device, const QList<RouteSheetData>& sheets,
                     const PrintOptions& options);
int paintPackingLists(QPagedPaintDevice& device, const QList<PackingListData>& lists,
                      const PrintOptions& options);
int paintPickList(QPagedPaintDevice& device, const PickListData& list, const PrintOptions& options);
int paintPickupManifests(QPagedPaintDevice& device, const QList<PickupManifestData>& manifests,
                         const PrintOptions& options);

// For the UI's QPrintPreviewDialog (connect paintRequested to these) and for printing: the
// printer's page size is set from the options unless `keepPrinterPage`.
int printRouteSheets(QPrinter& printer, const QList<RouteSheetData>& sheets,
                     const PrintOptions& options, bool keepPrinterPage = false);
int printPackingLists(QPrinter& printer, const QList<PackingListData>& lists,
                      const PrintOptions& options, bool keepPrinterPage = false);
int printPickList(QPrinter& printer, const PickListData& list, const PrintOptions& options,
                  bool keepPrinterPage = false);
int printPickupManifests(QPrinter& printer, const QList<PickupManifestData>& manifests,
                         const PrintOptions& options, bool keepPrinterPage = false);

// Writes a PDF at `path` through a temporary file in the same folder and a rename, so a failed
// or refused write leaves no half-written file (and an existing file untouched).
Result<void> writeRouteSheetsPdf(const QString& path, const QList<RouteSheetData>& sheets,
                                 const PrintOptions& options);
Result<void> writePackingListsPdf(const QString& path, const QList<PackingListData>& lists,
                                  const PrintOptions& options);
Result<void> writePickListPdf(const QString& path, const PickListData& list,
                              const PrintOptions& options);
Result<void> writePickupManifestsPdf(const QString& path,
                                     const QList<PickupManifestData>& manifests,
                                     const PrintOptions& options);
// The general form: `paint` paints onto the PDF writer and returns its page count.
Result<void> writePdf(const QString& path, const PrintOptions& options, const QString& title,
                      const std::function<int(QPagedPaintDevice&)>& paint);

} // namespace larder::print
