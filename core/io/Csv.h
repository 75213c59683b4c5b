// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder::io {

// A CSV file as read: its header, its data rows and where each came from.
struct CsvTable {
    QString path;     // for messages; may be empty
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
    QChar separator = u',';
    QStringList header;
    QList<QStringList> rows; // data rows; blank lines are left out
    QList<int> rowNumbers;   // each data row's row as a spreadsheet shows it (the header is 1)
    QList<Error> problems;   // rows whose number of values does not match the header
    QList<Error> warnings;   // things that may be wrong but lose nothing
};

// Reads CSV the way spreadsheets write it (RFC 4180, and what Excel and LibreOffice do beyond
// it): UTF-8 with or without a byte-order mark, UTF-16 with a mark (Excel's "Unicode text"), and
// Windows-1252 detected from bytes that are not UTF-8, never turned into mojibake; comma,
// semicolon, tab or bar separators sniffed from the first rows (or Excel's "sep=;" line); quoted
// values holding separators, doubled quotes and line breaks; CRLF, LF or CR line ends. Rows are
// numbered as a spreadsheet shows them, so a message's row is the row a person sees.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(larder::io::CsvReader)

public:
    static Result<CsvTable> readFile(const QString& path);
    static Result<CsvTable> parse(const QByteArray& bytes, const QString& path = {});

    // The text of `bytes` and the name of its encoding, or why it cannot be read as text.
    static Result<QString> decode(const QByteArray& bytes, QString* encoding,
                                  const QString& path = {});
    // The separator the first rows of `text` use most consistently (comma when unsure).
    static QChar sniffSeparator(QStringView text);
};

// Writes RFC 4180 CSV: CRLF line ends, values quoted when they hold the separator, a quote, a
// line break or leading or trailing spaces, UTF-8 with a byte-order mark (so that Excel reads
// accents right). Text that a spreadsheet would run as a formula (=, +, -, @ at the start, not a
// plain number) is written with a leading apostrophe, which import removes again.
class CsvWriter {
public:
    explicit CsvWriter(QChar separator = u',')
        : m_separator(separator) {}

    void addRow(const QStringList& values);
    QByteArray bytes(bool byteOrderMark = true) const;
    int rowCount() const { return m_rows; }

    static QString quoted(const QString& value, QChar separator);
    static QString neutralised(const QString& value);
    // Undoes neutralised(): "'=SUM(A1)" -> "=SUM(A1)".
    static QString restored(const QString& value);

private:
    QChar m_separator;
    QString m_text;
    int m_rows = 0;
};

} // namespace larder::io
