// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Palette.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace larder::ui {

bool Palette::darkTheme() {
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor Palette::warning() {
    return darkTheme() ? QColor(0xff, 0x9e, 0x80) : QColor(0xa3, 0x3b, 0x20);
}

QColor Palette::error() {
    return darkTheme() ? QColor(0xff, 0x85, 0x85) : QColor(0xb0, 0x20, 0x20);
}

QColor Palette::ok() {
    return darkTheme() ? QColor(0x8f, 0xe3, 0x92) : QColor(0x2e, 0x6b, 0x30);
}

QColor Palette::surplus() {
    return darkTheme() ? QColor(0x8c, 0xc8, 0xff) : QColor(0x1f, 0x5f, 0x99);
}

QColor Palette::mutedText() {
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

QColor Palette::countedBackground() {
    return {0xf1, 0xf7, 0xee};
}

QColor Palette::toCountBackground() {
    return {0xff, 0xfb, 0xe8};
}

Palette::Banner Palette::notice() {
    return {{0xff, 0xf4, 0xe5}, {0xf0, 0xc2, 0x7a}, {0x5c, 0x3b, 0x00}};
}

Palette::Banner Palette::info() {
    return {{0xe8, 0xf1, 0xfb}, {0xb9, 0xd3, 0xee}, {0x2b, 0x2b, 0x2b}};
}

Palette::Banner Palette::danger() {
    return {{0xfd, 0xec, 0xea}, {0xe8, 0xb4, 0xa8}, {0x5c, 0x1a, 0x0e}};
}

QColor Palette::paperInk() {
    return Qt::black;
}

QColor Palette::paperRule() {
    return {0x44, 0x44, 0x44};
}

QColor Palette::paperHeader() {
    return {0xe8, 0xe8, 0xe8};
}

QColor Palette::paperSection() {
    return {0xf4, 0xf4, 0xf4};
}

QString Palette::textStyle(const QColor& colour) {
    return u"color: %1;"_s.arg(colour.name());
}

} // namespace larder::ui
