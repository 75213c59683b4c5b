// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/Cvrplib.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace larder::routing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::routing::Cvrplib)
};

enum class Section { None, Coordinates, Demands, Depots, Done };

} // namespace

Result<CvrpInstance> readCvrplib(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(file.exists() ? Error::Kind::InvalidInput : Error::Kind::NotFound,
                           Tr::tr("Cannot read the file (%1).").arg(file.errorString()))
            .at(path);
    }
    return parseCvrplib(file.readAll(), path);
}

Result<CvrpInstance> parseCvrplib(const QByteArray& text, const QString& path) {
    CvrpInstance instance;
    const QList<QByteArray> lines = text.split('\n');
    Section section = Section::None;
    bool haveType = false;
    bool haveWeightType = false;
    bool haveCapacity = false;
    bool depotSeen = false;
    std::vector<char> haveCoordinates;
    std::vector<char> haveDemand;
    int lineNumber = 0;
    auto needDimension = [&](int line) -> std::optional<Error> {
        if (instance.dimension > 0)
            return std::nullopt;
        return Error::invalidInput(Tr::tr("A section starts before DIMENSION is given."))
            .at(path, line);
    };
    for (const QByteArray& raw : lines) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        if (section == Section::Done)
            break;
        const QStringList words = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        const QString first = words.first();
        // A keyword line ends the current section.
        if (first.at(0).isLetter()) {
            QString key = line;
            QString value;
            const qsizetype colon = line.indexOf(u':');
            if (colon >= 0) {
                key = line.left(colon).trimmed();
                value = line.mid(colon + 1).trimmed();
                if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                    value = value.mid(1, value.size() - 2);
            } else {
                key = first;
            }
            key = key.toUpper();
            section = Section::None;
            auto integer = [&](int& target, int min) -> std::optional<Error> {
                bool ok = false;
                target = value.toInt(&ok);
                if (!ok || target < min)
                    return Error::invalidInput(
                               Tr::tr("%1 must be a whole number of at least %2, not \"%3\".")
                                   .arg(key)
                                   .arg(min)
                                   .arg(value))
                        .at(path, lineNumber);
                return std::nullopt;
            };
            if (key == u"NAME") {
                instance.name = value;
            } else if (key == u"COMMENT") {
            } else if (key == u"TYPE") {
                if (value.toUpper() != u"CVRP")
                    return Error::invalidInput(
                               Tr::tr("TYPE is \"%1\"; only CVRP instances can be read.")
                                   .arg(value))
                        .at(path, lineNumber);
                haveType = true;
            } else if (key == u"DIMENSION") {
                if (instance.dimension > 0)
                    return Error::invalidInput(Tr::tr("DIMENSION is given twice."))
                        .at(path, lineNumber);
                if (auto error = integer(instance.dimension, 2))
                    return *error;
                const std::size_t n = std::size_t(instance.dimension);
                instance.x.assign(n, 0.0);
                instance.y.assign(n, 0.0);
                instance.demand.assign(n, 0);
                haveCoordinates.assign(n, 0);
                haveDemand.assign(n, 0);
            } else if (key == u"CAPACITY") {
                if (auto error = integer(instance.capacity, 1))
                    return *error;
                haveCapacity = true;
            } else if (key == u"VEHICLES") {
                if (auto error = integer(instance.vehicles, 1))
                    return *error;
            } else if (key == u"EDGE_WEIGHT_TYPE") {
                if (value.toUpper() != u"EUC_2D")
                    return Error::invalidInput(
                               Tr::tr("EDGE_WEIGHT_TYPE is \"%1\"; only EUC_2D is supported.")
                                   .arg(value))
                        .at(path, lineNumber);
                haveWeightType = true;
            } else if (key == u"NODE_COORD_SECTION") {
                if (auto error = needDimension(lineNumber))
                    return *error;
                section = Section::Coordinates;
            } else if (key == u"DEMAND_SECTION") {
                if (auto error = needDimension(lineNumber))
                    return *error;
                section = Section::Demands;
            } else if (key == u"DEPOT_SECTION") {
                if (auto error = needDimension(lineNumber))
                    return *error;
                section = Section::Depots;
            } else if (key == u"EOF") {
                section = Section::Done;
            } else if (key == u"DISTANCE" || key == u"SERVICE_TIME" ||
                       key == u"EDGE_WEIGHT_SECTION" || key == u"EDGE_WEIGHT_FORMAT") {
                return Error::invalidInput(
                           Tr::tr("%1 is not supported; only CVRP instances with EUC_2D "
                                  "coordinates and no route length limit can be read.")
                               .arg(key))
                    .at(path, lineNumber);
            } else {
                return Error::invalidInput(Tr::tr("Unknown keyword \"%1\".").arg(key))
                    .at(path, lineNumber);
            }
            continue;
        }
        // A data line.
        bool ok = false;
        const int id = first.toInt(&ok);
        if (section == Section::Depots) {
            if (!ok)
                return Error::invalidInput(Tr::tr("\"%1\" is not a node id.").arg(first))
                    .at(path, lineNumber);
            if (id == -1) {
                section = Section::None;
                continue;
            }
            if (id < 1 || id > instance.dimension)
                return Error::invalidInput(Tr::tr("Depot %1 is not a node id from 1 to %2.")
                                               .arg(id)
                                               .arg(instance.dimension))
                    .at(path, lineNumber);
            if (depotSeen)
                return Error::invalidInput(
                           Tr::tr("A second depot; only instances with one depot can be read."))
                    .at(path, lineNumber);
            instance.depot = id;
            depotSeen = true;
            continue;
        }
        if (section == Section::None)
            return Error::invalidInput(Tr::tr("Data outside a section: \"%1\".").arg(line.left(40)))
                .at(path, lineNumber);
        if (!ok || id < 1 || id > instance.dimension)
            return Error::invalidInput(Tr::tr("\"%1\" is not a node id from 1 to %2.")
                                           .arg(first)
                                           .arg(instance.dimension))
                .at(path, lineNumber);
        const std::size_t k = std::size_t(id - 1);
        if (section == Section::Coordinates) {
            if (words.size() != 3)
                return Error::invalidInput(
                           Tr::tr("A coordinate line needs a node id, x and y; it has %1 values.")
                               .arg(words.size()))
                    .at(path, lineNumber);
            bool okX = false;
            bool okY = false;
            const double x = words.at(1).toDouble(&okX);
            const double y = words.at(2).toDouble(&okY);
            if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
                return Error::invalidInput(
                           Tr::tr("Node %1 has coordinates \"%2 %3\", which are not numbers.")
                               .arg(id)
                               .arg(words.at(1), words.at(2)))
                    .at(path, lineNumber);
            if (haveCoordinates[k])
                return Error::invalidInput(Tr::tr("Node %1 has coordinates twice.").arg(id))
                    .at(path, lineNumber);
            haveCoordinates[k] = 1;
            instance.x[k] = x;
            instance.y[k] = y;
        } else if (section == Section::Demands) {
            if (words.size() != 2)
                return Error::invalidInput(
                           Tr::tr("A demand line needs a node id and a demand; it has %1 values.")
                               .arg(words.size()))
                    .at(path, lineNumber);
            bool okDemand = false;
            const int demand = words.at(1).toInt(&okDemand);
            if (!okDemand || demand < 0)
                return Error::invalidInput(
                           Tr::tr("Node %1 has demand \"%2\"; it must be a whole number of at "
                                  "least 0.")
                               .arg(id)
                               .arg(words.at(1)))
                    .at(path, lineNumber);
            if (haveDemand[k])
                return Error::invalidInput(Tr::tr("Node %1 has a demand twice.").arg(id))
                    .at(path, lineNumber);
            haveDemand[k] = 1;
            instance.demand[k] = demand;
        }
    }
    const int end = lineNumber;
    if (instance.dimension == 0)
        return Error::invalidInput(Tr::tr("DIMENSION is missing.")).at(path, end);
    if (!haveType)
        return Error::invalidInput(Tr::tr("TYPE is missing.")).at(path, end);
    if (!haveWeightType)
        return Error::invalidInput(Tr::tr("EDGE_WEIGHT_TYPE is missing.")).at(path, end);
    if (!haveCapacity)
        return Error::invalidInput(Tr::tr("CAPACITY is missing.")).at(path, end);
    for (int id = 1; id <= instance.dimension; ++id) {
        if (!haveCoordinates[std::size_t(id - 1)])
            return Error::invalidInput(
                       Tr::tr("Node %1 has no coordinates in NODE_COORD_SECTION.").arg(id))
                .at(path, end);
        if (!haveDemand[std::size_t(id - 1)])
            return Error::invalidInput(Tr::tr("Node %1 has no demand in DEMAND_SECTION.").arg(id))
                .at(path, end);
    }
    if (!depotSeen)
        return Error::invalidInput(Tr::tr("DEPOT_SECTION is missing or empty.")).at(path, end);
    if (instance.demand[std::size_t(instance.depot - 1)] != 0)
        return Error::invalidInput(Tr::tr("The depot (node %1) has demand %2; it must be 0.")
                                       .arg(instance.depot)
                                       .arg(instance.demand[std::size_t(instance.depot - 1)]))
            .at(path, end);
    if (instance.vehicles == 0) {
        static const QRegularExpression fleet(u"-k(\\d+)$"_s);
        const QRegularExpressionMatch match = fleet.match(instance.name);
        if (match.hasMatch())
            instance.vehicles = match.captured(1).toInt();
    }
    return instance;
}

RoutingProblem toRoutingProblem(const CvrpInstance& instance, int vehicles) {
    RoutingProblem problem;
    const int n = instance.dimension;
    problem.nodeCount = n;
    problem.distances.assign(std::size_t(n) * std::size_t(n), 0);
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            const double dx = instance.x[std::size_t(a)] - instance.x[std::size_t(b)];
            const double dy = instance.y[std::size_t(a)] - instance.y[std::size_t(b)];
            problem.distances[std::size_t(a) * std::size_t(n) + std::size_t(b)] =
                qint64(std::lround(std::sqrt(dx * dx + dy * dy)));
        }
    }
    for (int node = 0; node < n; ++node) {
        if (node == instance.depot - 1)
            continue;
        Customer customer;
        customer.node = node;
        customer.demand = instance.demand[std::size_t(node)];
        problem.customers.push_back(customer);
    }
    Vehicle vehicle;
    vehicle.start = instance.depot - 1;
    vehicle.end = instance.depot - 1;
    vehicle.capacity = instance.capacity;
    problem.vehicles.assign(std::size_t(std::max(0, vehicles)), vehicle);
    return problem;
}

} // namespace larder::routing
