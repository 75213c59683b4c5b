// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Distribution page's models (RunStopsModel, RunRoutesModel, RunDriversModel) and its
// views share: the item data roles, and how a dragged stop travels.

#include <Qt>

namespace larder::ui {

// Item data roles shared by the Distribution page's models.
namespace RunRole {
inline constexpr int StopId = Qt::UserRole + 1;
inline constexpr int DriverId = Qt::UserRole + 2; // a stop's route, or a route's driver
} // namespace RunRole

// The drag-and-drop format of a stop: its id as UTF-8.
inline constexpr char StopMimeType[] = "application/x-larder-stop";

} // namespace larder::ui
