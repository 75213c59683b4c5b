// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Result.h"

#include <QCoreApplication>

namespace larder {

QString Error::toString() const {
    QString line;
    if (!path.isEmpty()) {
        line += path;
        if (row > 0)
            line += u':' + QString::number(row);
        if (!column.isEmpty())
            line += u" (" + column + u')';
        line += u": ";
    } else if (row > 0) {
        line += u"row " + QString::number(row);
        if (!column.isEmpty())
            line += u", column " + column;
        line += u": ";
    }
    line += message;
    if (!hint.isEmpty())
        line += u' ' + hint;
    return line;
}

Error Error::make(Kind kind, const QString& message, const QString& hint) {
    Error error;
    error.kind = kind;
    error.message = message;
    error.hint = hint;
    return error;
}

Error Error::invalidInput(const QString& message, const QString& hint) {
    return make(Kind::InvalidInput, message, hint);
}

Error Error::storage(const QString& message, const QString& hint) {
    return make(Kind::Storage, message, hint);
}

Error Error::cancelled(const QString& message, const QString& hint) {
    return make(Kind::Cancelled, message, hint);
}

Error Error::locked() {
    return make(Kind::Locked,
                QCoreApplication::translate("larder::Error",
                                            "The household details are locked on this laptop."),
                QCoreApplication::translate(
                    "larder::Error", "A coordinator unlocks them with the pantry's "
                                     "passphrase (larder-cli: add --passphrase-file FILE)."));
}

Error Error::at(const QString& filePath, int fileRow) const {
    Error error = *this;
    error.path = filePath;
    error.row = fileRow;
    return error;
}

Error Error::inColumn(const QString& inputColumn) const {
    Error error = *this;
    error.column = inputColumn;
    return error;
}

} // namespace larder
