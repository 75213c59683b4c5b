// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace larder::io {

namespace {

// Windows-1252's 0x80..0x9F; 0 where the code page leaves a byte undefined.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

struct Utf8Check {
    bool valid = true;
    qsizetype multibyte = 0; // well-formed sequences of two bytes or more
    qsizetype firstBad = -1; // offset of the first byte that is not UTF-8
};

Utf8Check checkUtf8(const QByteArray& bytes, qsizetype from) {
    Utf8Check check;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        }
        bool ok = length > 0 && i + length <= n;
        uint code = length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; ok && k < length; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        ok = ok && code >= min && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
        if (!ok) {
            check.valid = false;
            if (check.firstBad < 0)
                check.firstBad = i;
            ++i;
            continue;
        }
        ++check.multibyte;
        i += length;
    }
    return check;
}

int lineAt(const QByteArray& bytes, qsizetype offset) {
    return int(QByteArrayView(bytes.constData(), offset).count('\n')) + 1;
}

// One record: its values and the line it started on.
struct Record {
    QStringList values;
    int line = 0;
    bool blank() const { return values.size() == 1 && values.first().isEmpty(); }
};

// Splits `text` into records. Returns false with the starting line of a quoted value that is
// never closed.
bool splitRecords(QStringView text, QChar separator, QList<Record>& records, int* openLine,
                  int maxRecords = -1) {
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    QString field;
    while (i < n && (maxRecords < 0 || records.size() < maxRecords)) {
        Record record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            // A value whose first non-space character is a quote is a quoted value.
            qsizetype j = i;
            while (j < n && text[j] == u' ')
                ++j;
            if (j < n && text[j] == u'"') {
                const int startLine = line;
                i = j + 1;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r') {
                        field += u'\n';
                        ++line;
                        i += (i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                        continue;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    *openLine = startLine;
                    return false;
                }
                // Anything between the closing quote and the separator is kept as written.
                while (i < n && text[i] != separator && text[i] != u'\r' && text[i] != u'\n') {
                    if (text[i] != u' ')
                        field += text[i];
                    ++i;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != separator && text[i] != u'\r' && text[i] != u'\n')
                    ++i;
                field = text.mid(start, i - start).toString();
            }
            record.values << field;
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == separator) {
                ++i;
                if (i >= n) { // "a,b," at the very end: one more empty value
                    record.values << QString();
                    endOfRecord = true;
                }
            } else {
                i += (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        records.append(record);
    }
    return true;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes, QString* encoding, const QString& path) {
    const QString saveAsCsv =
        tr("Open it in the spreadsheet and save it as \"CSV UTF-8\" (Excel) or \"Text CSV\" "
           "(LibreOffice), then import that file.");
    if (bytes.startsWith("PK\x03\x04"))
        return Error::invalidInput(
                   tr("This is a spreadsheet workbook (.xlsx or .ods), not a CSV file."), saveAsCsv)
            .at(path);
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Error::invalidInput(tr("This is an old Excel workbook (.xls), not a CSV file."),
                                   saveAsCsv)
            .at(path);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const Utf8Check check = checkUtf8(bytes, 3);
        if (!check.valid)
            return Error::invalidInput(
                       tr("The file says it is UTF-8, but line %1 holds bytes that are not.")
                           .arg(lineAt(bytes, check.firstBad)),
                       saveAsCsv)
                .at(path);
        *encoding = u"UTF-8 with BOM"_s;
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        const QString text = decoder(bytes.mid(2));
        if (decoder.hasError())
            return Error::invalidInput(tr("The file says it is UTF-16, but it is damaged."),
                                       saveAsCsv)
                .at(path);
        *encoding = u"UTF-16"_s;
        return text;
    }
    if (bytes.contains('\0')) {
        // UTF-16 without a mark: every other byte of plain text is zero.
        qsizetype evenZeros = 0, oddZeros = 0;
        const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096);
        for (qsizetype i = 0; i < sample; ++i) {
            if (bytes.at(i) == '\0')
                (i % 2 == 0 ? evenZeros : oddZeros)++;
        }
        if (bytes.size() % 2 == 0 && (evenZeros > sample / 3 || oddZeros > sample / 3)) {
            QStringDecoder decoder(oddZeros > evenZeros ? QStringDecoder::Utf16LE
                                                        : QStringDecoder::Utf16BE);
            const QString text = decoder(bytes);
            if (!decoder.hasError()) {
                *encoding = u"UTF-16"_s;
                return text;
            }
        }
        return Error::invalidInput(tr("This is not a text file."), saveAsCsv).at(path);
    }
    const Utf8Check check = checkUtf8(bytes, 0);
    if (check.valid) {
        *encoding = u"UTF-8"_s;
        return QString::fromUtf8(bytes);
    }
    if (check.multibyte > 0)
        return Error::invalidInput(
                   tr("The file mixes two text encodings: most of it is UTF-8, but line %1 is not.")
                       .arg(lineAt(bytes, check.firstBad)),
                   tr("Reading it either way would garble some letters. Fix line %1 in a text "
                      "editor, "
                      "or save the whole file again as \"CSV UTF-8\".")
                       .arg(lineAt(bytes, check.firstBad)))
            .at(path);
    // Windows-1252, as Excel on Windows saves "CSV (Comma delimited)".
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t mapped = Cp1252High[c - 0x80];
            if (mapped == 0)
                return Error::invalidInput(
                           tr("Line %1 holds a byte that is neither UTF-8 nor "
                              "Windows-1252: the file is in an encoding Larder does not "
                              "read.")
                               .arg(lineAt(bytes, i)),
                           saveAsCsv)
                    .at(path);
            out[i] = QChar(mapped);
        } else {
            out[i] = QChar(char16_t(c));
        }
    }
    *encoding = u"Windows-1252"_s;
    return text;
}

QChar CsvReader::sniffSeparator(QStringView text) {
    QChar best = u',';
    double bestScore = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        QList<Record> records;
        int open = 0;
        splitRecords(text, candidate, records, &open, 30);
        QList<int> counts;
        for (const Record& r : std::as_const(records)) {
            if (!r.blank())
                counts << int(r.values.size());
        }
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        int same = 0;
        for (const int c : std::as_const(counts))
            same += c == counts.first() ? 1 : 0;
        const double score = 1000.0 * same / counts.size() + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

Result<CsvTable> CsvReader::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(tr("The file cannot be read (%1).").arg(file.errorString()),
                                   tr("Check the name and that the file is not open elsewhere."))
            .at(path);
    return parse(file.readAll(), path);
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes, const QString& path) {
    CsvTable table;
    table.path = path;
    auto decoded = decode(bytes, &table.encoding, path);
    if (!decoded)
        return decoded.error();
    QString text = std::move(decoded).value();
    if (text.trimmed().isEmpty())
        return Error::invalidInput(tr("The file is empty."),
                                   tr("Export the sheet again with its header row and its rows."))
            .at(path);

    // Excel's "sep=;" first line names the separator.
    int skippedLines = 0;
    static const QRegularExpression sepLine(u"^sep=(.)\\r?\\n"_s);
    if (const auto m = sepLine.match(text); m.hasMatch()) {
        table.separator = m.captured(1).at(0);
        text.remove(0, m.capturedLength());
        skippedLines = 1;
    } else {
        table.separator = sniffSeparator(text);
    }

    static const QRegularExpression mojibake(u"Ã[\\x{80}-\\x{BF}]|Â[\\x{A0}-\\x{BF}]"_s);
    if (const auto m = mojibake.match(text); m.hasMatch()) {
        Error warning =
            Error::invalidInput(
                tr("Some letters look garbled (\"%1\" where an accented letter belongs): the file "
                   "may "
                   "have been converted to UTF-8 twice.")
                    .arg(m.captured()),
                tr("Check the preview; if names look wrong, export the sheet again from the "
                   "original."))
                .at(path);
        warning.row = int(QStringView(text).left(m.capturedStart()).count(u'\n')) + 1;
        table.warnings << warning;
    }

    QList<Record> records;
    int openLine = 0;
    if (!splitRecords(text, table.separator, records, &openLine))
        return Error::invalidInput(
                   tr("A quoted value that starts on line %1 is never closed, so the rest "
                      "of the file cannot be read.")
                       .arg(openLine + skippedLines),
                   tr("Add the missing closing quote (\") in that value, or remove the "
                      "stray one."))
            .at(path, openLine + skippedLines);

    int row = 0;
    bool haveHeader = false;
    for (const Record& record : std::as_const(records)) {
        ++row;
        if (record.blank())
            continue;
        if (!haveHeader) {
            for (const QString& name : record.values)
                table.header << name.trimmed();
            // Header cells left empty by the spreadsheet at the end of the row.
            while (!table.header.isEmpty() && table.header.last().isEmpty())
                table.header.removeLast();
            haveHeader = true;
            continue;
        }
        QStringList values = record.values;
        const qsizetype columns = table.header.size();
        // Trailing empty values beyond the header are what spreadsheets write: not a problem.
        while (values.size() > columns && values.last().trimmed().isEmpty())
            values.removeLast();
        if (values.size() != columns) {
            Error problem =
                Error::invalidInput(
                    values.size() > columns
                        ? tr("This row has %1 values, but the header has %2 columns.")
                              .arg(values.size())
                              .arg(columns)
                        : tr("This row has only %1 values, but the header has %2 columns.")
                              .arg(values.size())
                              .arg(columns),
                    tr("A separator (%1) is missing or extra; a value that contains one must be in "
                       "quotes.")
                        .arg(table.separator == u'\t' ? tr("tab") : QString(table.separator)))
                    .at(path, row + skippedLines);
            table.problems << problem;
            while (values.size() < columns)
                values << QString();
        }
        table.rows << values;
        table.rowNumbers << row + skippedLines;
    }
    if (!haveHeader)
        return Error::invalidInput(tr("The file is empty."),
                                   tr("Export the sheet again with its header row and its rows."))
            .at(path);
    return table;
}

// ---- Writer ----

QString CsvWriter::neutralised(const QString& value) {
    if (value.isEmpty())
        return value;
    const QChar first = value.at(0);
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return value;
    bool isNumber = false;
    value.toDouble(&isNumber);
    return isNumber ? value : u'\'' + value;
}

QString CsvWriter::restored(const QString& value) {
    if (value.size() >= 2 && value.at(0) == u'\'') {
        const QChar next = value.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' ||
            next == u'\r')
            return value.mid(1);
    }
    return value;
}

QString CsvWriter::quoted(const QString& value, QChar separator) {
    const bool needsQuotes = value.contains(separator) || value.contains(u'"') ||
                             value.contains(u'\n') || value.contains(u'\r') ||
                             value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    QString out = value;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

void CsvWriter::addRow(const QStringList& values) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_text += m_separator;
        m_text += quoted(neutralised(values.at(i)), m_separator);
    }
    m_text += u"\r\n"_s;
    ++m_rows;
}

QByteArray CsvWriter::bytes(bool byteOrderMark) const {
    QByteArray out;
    if (byteOrderMark)
        out = "\xEF\xBB\xBF";
    out += m_text.toUtf8();
    return out;
}

} // namespace larder::io
