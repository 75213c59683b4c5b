#include "storage/Result.h"

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

Error Error::invalidInput(const QString& message, const QString& hint) {
    Error error;
    error.kind = Kind::InvalidInput;
    error.message = message;
    error.hint = hint;
    return error;
}

} // namespace larder
