// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The constructive start: regret-2 insertion. Repeatedly places the customer whose best route
// beats its second-best route by the most (the one that would lose most by waiting), at its
// cheapest feasible position. Works with different vehicles, starts, ends and limits; customers
// that fit nowhere stay absent.

#include "core/routing/detail/Model.h"
#include "core/routing/detail/Plan.h"

namespace larder::routing::detail {

Plan regretInsertion(const Model& model);

} // namespace larder::routing::detail
