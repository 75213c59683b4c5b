// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace larder {

// Storage messages of core ("larder.storage"): a read that failed, with its SQL and SQLite's
// message. Warnings here are bugs (a typo in SQL, a missing column); Qt Test suites fail on them.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace larder
