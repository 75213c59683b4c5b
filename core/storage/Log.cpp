// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Log.h"

namespace larder {

Q_LOGGING_CATEGORY(lcStorage, "larder.storage")

} // namespace larder
