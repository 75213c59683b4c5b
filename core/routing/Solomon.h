// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Solomon's VRPTW instances (Solomon 1987, "Algorithms for the vehicle routing and scheduling
// problems with time window constraints"), for measuring the solver with time windows on public
// data. The format: a name line; a VEHICLE block (number available, capacity); a CUSTOMER block,
// one row per node — number (0 the depot), x, y, demand, ready time, due date, service time. The
// depot's due date is the end of the day: every vehicle is back by then. Distance and travel time
// are both the Euclidean distance, real-valued (the literature's convention).

#include "core/routing/Routing.h"
#include "core/storage/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace larder::routing {

struct SolomonInstance {
    QString name;
    int vehicles = 0; // available
    int capacity = 0;
    // By customer number (0 the depot).
    std::vector<double> x, y, ready, due, service;
    std::vector<int> demand;
};

// The solver works in whole numbers: Solomon's distances and times are given to it in
// thousandths. Distances are rounded; travel times rounded up, so that a schedule that keeps every
// window in thousandths keeps it with the exact times too. Costs are recomputed exactly from the
// routes (checkSolomonRoutes).
constexpr int SolomonScale = 1000;

// Whether the text looks like a Solomon instance (VEHICLE and CUSTOMER blocks) rather than CVRPLIB.
bool looksLikeSolomon(const QByteArray& text);
// Reads an instance. A bad file gives InvalidInput naming the file, the line and the problem.
Result<SolomonInstance> readSolomon(const QString& path);
Result<SolomonInstance> parseSolomon(const QByteArray& text, const QString& path);

// The instance as a RoutingProblem with `vehicles` vehicles at the depot, in thousandths: matrix
// node i is customer number i; the customers are 1..n in order (customer k is number k + 1).
RoutingProblem toRoutingProblem(const SolomonInstance& instance, int vehicles);

} // namespace larder::routing
