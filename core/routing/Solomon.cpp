// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/Solomon.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::routing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::routing::Solomon)
};

// Bounds on what a file may ask for: the solver's matrices are customers² entries.
constexpr int MaxCustomers = 5000;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
constexpr double MaxValue = 1e6; // coordinates, times; in thousandths this stays below 10^9

QList<QByteArray> wordsOf(const QByteArray& line) {
    QList<QByteArray> words;
    for (const QByteArray& word : line.simplified().split(' ')) {
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

} // namespace

bool looksLikeSolomon(const QByteArray& text) {
    bool vehicle = false;
    for (const QByteArray& line : text.left(4096).split('\n')) {
        const QByteArray word = line.trimmed().toUpper();
        if (word == "VEHICLE")
            vehicle = true;
        else if (word == "CUSTOMER" && vehicle)
            return true;
    }
    return false;
}

Result<SolomonInstance> readSolomon(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(file.exists() ? Error::Kind::InvalidInput : Error::Kind::NotFound,
                           Tr::tr("Cannot read the file (%1).").arg(file.errorString()))
            .at(path);
    }
    if (file.size() > MaxFileBytes)
        return Error::invalidInput(Tr::tr("The file is %1 MiB; a Solomon instance is far smaller.")
                                       .arg(file.size() / (1024 * 1024)))
            .at(path);
    return parseSolomon(file.readAll(), path);
}

Result<SolomonInstance> parseSolomon(const QByteArray& text, const QString& path) {
    SolomonInstance instance;
    const QList<QByteArray> lines = text.split('\n');
    enum class Part { Name, Vehicle, VehicleNumbers, Customer, Rows } part = Part::Name;
    int lineNumber = 0;
    for (const QByteArray& raw : lines) {
        ++lineNumber;
        const QList<QByteArray> words = wordsOf(raw);
        if (words.isEmpty())
            continue;
        const QByteArray head = words.first().toUpper();
        switch (part) {
        case Part::Name:
            instance.name = QString::fromUtf8(raw.trimmed()).left(200);
            part = Part::Vehicle;
            continue;
        case Part::Vehicle:
            if (head != "VEHICLE")
                return Error::invalidInput(Tr::tr("Expected the VEHICLE block, found \"%1\".")
                                               .arg(QString::fromUtf8(raw.trimmed().left(60))))
                    .at(path, lineNumber);
            part = Part::VehicleNumbers;
            continue;
        case Part::VehicleNumbers: {
            if (head == "NUMBER")
                continue; // the block's column names
            bool ok1 = false, ok2 = false;
            if (words.size() == 2) {
                instance.vehicles = words.at(0).toInt(&ok1);
                instance.capacity = words.at(1).toInt(&ok2);
            }
            if (!ok1 || !ok2 || instance.vehicles < 1 || instance.vehicles > MaxCustomers ||
                instance.capacity < 1 || instance.capacity > 1'000'000)
                return Error::invalidInput(
                           Tr::tr("The VEHICLE block needs two whole numbers, the vehicles "
                                  "available (1 to %1) and their capacity (1 to 1000000).")
                               .arg(MaxCustomers))
                    .at(path, lineNumber);
            part = Part::Customer;
            continue;
        }
        case Part::Customer:
            if (head != "CUSTOMER")
                return Error::invalidInput(Tr::tr("Expected the CUSTOMER block, found \"%1\".")
                                               .arg(QString::fromUtf8(raw.trimmed().left(60))))
                    .at(path, lineNumber);
            part = Part::Rows;
            continue;
        case Part::Rows: {
            if (head.startsWith("CUST"))
                continue; // the block's column names
            if (words.size() != 7)
                return Error::invalidInput(
                           Tr::tr("A customer row has %1 values; it needs 7: number, x, y, "
                                  "demand, ready time, due date, service time.")
                               .arg(words.size()))
                    .at(path, lineNumber);
            bool ok = false;
            const int number = words.at(0).toInt(&ok);
            if (!ok || number != int(instance.x.size()))
                return Error::invalidInput(
                           Tr::tr("Customer numbers must run 0, 1, 2, ... in order; this row is "
                                  "\"%1\" where %2 was expected.")
                               .arg(QString::fromUtf8(words.at(0).left(20)))
                               .arg(instance.x.size()))
                    .at(path, lineNumber);
            if (number > MaxCustomers)
                return Error::invalidInput(
                           Tr::tr("More than %1 customers: too many for one instance.")
                               .arg(MaxCustomers))
                    .at(path, lineNumber);
            double values[6];
            for (int k = 0; k < 6; ++k) {
                values[k] = words.at(k + 1).toDouble(&ok);
                if (!ok || !std::isfinite(values[k]) || std::abs(values[k]) > MaxValue ||
                    (k >= 2 && values[k] < 0))
                    return Error::invalidInput(
                               Tr::tr("Value %1 of customer %2 (\"%3\") is not a number from 0 "
                                      "to %4.")
                                   .arg(k + 2)
                                   .arg(number)
                                   .arg(QString::fromUtf8(words.at(k + 1).left(20)))
                                   .arg(MaxValue))
                        .at(path, lineNumber);
            }
            if (values[2] != std::floor(values[2]) || values[3] > values[4])
                return Error::invalidInput(
                           Tr::tr("Customer %1 has a demand that is not whole, or a ready time "
                                  "after its due date.")
                               .arg(number))
                    .at(path, lineNumber);
            instance.x.push_back(values[0]);
            instance.y.push_back(values[1]);
            instance.demand.push_back(int(values[2]));
            instance.ready.push_back(values[3]);
            instance.due.push_back(values[4]);
            instance.service.push_back(values[5]);
            continue;
        }
        }
    }
    if (part != Part::Rows || instance.x.size() < 2)
        return Error::invalidInput(Tr::tr("The file ends before the depot and at least one "
                                          "customer are given."))
            .at(path, lineNumber);
    if (instance.demand.front() != 0)
        return Error::invalidInput(Tr::tr("The depot (customer 0) has demand %1; it must be 0.")
                                       .arg(instance.demand.front()))
            .at(path);
    return instance;
}

RoutingProblem toRoutingProblem(const SolomonInstance& instance, int vehicles) {
    RoutingProblem problem;
    const int n = int(instance.x.size());
    problem.nodeCount = n;
    problem.distances.assign(std::size_t(n) * std::size_t(n), 0);
    problem.durations.assign(std::size_t(n) * std::size_t(n), 0);
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            const double dx = instance.x[std::size_t(a)] - instance.x[std::size_t(b)];
            const double dy = instance.y[std::size_t(a)] - instance.y[std::size_t(b)];
            const double d = std::sqrt(dx * dx + dy * dy) * SolomonScale;
            const std::size_t at = std::size_t(a) * std::size_t(n) + std::size_t(b);
            problem.distances[at] = qint64(std::llround(d));
            problem.durations[at] = qint64(std::ceil(d - 1e-9));
        }
    }
    for (int node = 1; node < n; ++node) {
        Customer customer;
        customer.node = node;
        customer.demand = instance.demand[std::size_t(node)];
        customer.serviceTime =
            qint64(std::ceil(instance.service[std::size_t(node)] * SolomonScale - 1e-9));
        customer.readyTime =
            qint64(std::ceil(instance.ready[std::size_t(node)] * SolomonScale - 1e-9));
        customer.dueTime =
            qint64(std::floor(instance.due[std::size_t(node)] * SolomonScale + 1e-9));
        problem.customers.push_back(customer);
    }
    Vehicle vehicle;
    vehicle.start = 0;
    vehicle.end = 0;
    vehicle.capacity = instance.capacity;
    vehicle.availableFrom = qint64(std::ceil(instance.ready.front() * SolomonScale - 1e-9));
    vehicle.returnBy = qint64(std::floor(instance.due.front() * SolomonScale + 1e-9));
    problem.vehicles.assign(std::size_t(std::max(0, vehicles)), vehicle);
    return problem;
}

} // namespace larder::routing
