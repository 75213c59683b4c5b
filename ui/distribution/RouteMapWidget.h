// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace larder::ui {

// The selected route's schematic map on the Distribution page: the same drawing as the printed
// route sheet (print::paintRouteMap), scaled to the widget. Holds plain data; the page fills it.
class RouteMapWidget : public QWidget {
    Q_OBJECT

public:
    struct Stop {
        int number = 0;
        double latitude = 0;
        double longitude = 0;
        bool approximate = false; // placed by postal area
    };
    struct Route {
        std::optional<std::pair<double, double>> start; // latitude, longitude
        QString startLabel;
        bool returns = true;
        QList<Stop> stops;
    };

    explicit RouteMapWidget(QWidget* parent = nullptr);

    void setRoute(const Route& route);
    void clear();
    const Route& route() const { return m_route; }
    bool isEmpty() const { return m_route.stops.isEmpty(); }

    QSize sizeHint() const override { return {360, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Route m_route;
};

} // namespace larder::ui
