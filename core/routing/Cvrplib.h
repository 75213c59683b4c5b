// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CVRPLIB instances (TSPLIB format) for measuring the solver on public data: NAME, TYPE (CVRP),
// DIMENSION, EDGE_WEIGHT_TYPE (EUC_2D only), CAPACITY, optional VEHICLES, NODE_COORD_SECTION,
// DEMAND_SECTION and DEPOT_SECTION (one depot). Distances follow the CVRPLIB convention: the
// Euclidean distance rounded to the nearest integer, per edge (TSPLIB's nint).

#include "core/routing/Routing.h"
#include "core/storage/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace larder::routing {

// One instance as the file gives it.
struct CvrpInstance {
    QString name;
    int dimension = 0; // nodes, the depot included; node ids are 1..dimension
    int capacity = 0;
    int vehicles = 0;         // from VEHICLES, else from "-kN" in the name; 0 when neither says
    int depot = 1;            // node id
    std::vector<double> x, y; // by node id - 1
    std::vector<int> demand;  // by node id - 1
};

// Reads a .vrp file. A bad file gives InvalidInput naming the file, the line and the problem.
Result<CvrpInstance> readCvrplib(const QString& path);
// The same from text; `path` only names the source in errors.
Result<CvrpInstance> parseCvrplib(const QByteArray& text, const QString& path);

// The instance as a RoutingProblem with `vehicles` identical vehicles based at the depot.
// Matrix node i is node id i + 1; the customers are the other nodes in id order, so customer k
// is node id problem.customers[k].node + 1.
RoutingProblem toRoutingProblem(const CvrpInstance& instance, int vehicles);

} // namespace larder::routing
