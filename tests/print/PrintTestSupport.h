// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the printing suites: reading a PDF back with poppler-utils (pdftotext, pdfinfo).

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace larder::test {

// The text of a PDF (or of its pages first..last), laid out as on paper.
inline QString pdfText(const QString& path, int first = 0, int last = 0) {
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>")
            .arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdfinfo's "Key: value" lines.
inline QString pdfInfo(const QString& path, const QString& key) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000))
        return {};
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

inline int pdfPages(const QString& path) {
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

// Collapses runs of spaces (pdftotext -layout pads columns; sheets keep some phrases together
// with no-break spaces) so phrases can be searched.
inline QString squeezed(const QString& text) {
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    return QString(text).replace(spaces, QStringLiteral(" "));
}

} // namespace larder::test
