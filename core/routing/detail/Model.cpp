// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/detail/Model.h"

#include <algorithm>
#include <utility>

namespace larder::routing::detail {

void Model::finish() {
    const std::size_t s = std::size_t(size);
    distT.assign(s * s, 0);
    symmetric = true;
    for (std::size_t a = 0; a < s; ++a) {
        for (std::size_t b = 0; b < s; ++b) {
            distT[b * s + a] = dist[a * s + b];
            if (dist[a * s + b] != dist[b * s + a])
                symmetric = false;
        }
    }
    neighbours.assign(std::size_t(n), {});
    const int keep = std::max(0, std::min(n - 1, 100));
    std::vector<std::pair<std::int64_t, int>> order;
    for (int a = 0; a < n; ++a) {
        order.clear();
        for (int b = 0; b < n; ++b) {
            if (b != a)
                order.push_back({std::int64_t(d(a, b)) + d(b, a), b});
        }
        std::partial_sort(order.begin(), order.begin() + keep, order.end());
        auto& list = neighbours[std::size_t(a)];
        list.resize(std::size_t(keep));
        for (int i = 0; i < keep; ++i)
            list[std::size_t(i)] = order[std::size_t(i)].second;
    }
}

} // namespace larder::routing::detail
