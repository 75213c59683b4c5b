// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace larder {

// What went wrong at a boundary (opening a file, importing, a CLI command): a kind a caller can
// branch on, a sentence for a person, and where it happened when that is known.
struct Error {
    enum class Kind {
        NotADatabase,   // the file is not SQLite at all, or is damaged
        NotLarder,      // SQLite, but not a Larder file
        NewerSchema,    // made by a newer Larder
        ReadOnlyFolder, // the folder (or file) cannot be written
        AlreadyOpen,    // another running Larder holds the file
        AlreadyExists,  // create was asked for a file that exists
        NotFound,       // open was asked for a file that does not exist
        InvalidInput,   // a value a person typed or a file held is wrong
        Storage,        // SQLite refused something unexpectedly
        Cancelled,
        Damaged,         // a file is truncated, corrupted or has bytes it should not
        WrongPassphrase, // a sync file that this passphrase does not open
        ForeignNetwork,  // a sync file from another network
        NewerFormat,     // a sync file from a newer Larder
        OlderFormat,     // a sync file from an older Larder (a format no longer read)
        Locked,          // personal details asked for while the pantry is locked
    };

    Kind kind = Kind::Storage;
    QString message; // what is wrong, in one sentence
    QString hint;    // what to do about it
    QString path;    // the file concerned, if any
    int row = -1;    // 1-based row in an input file, if any
    QString column;  // column name in an input file, if any

    // One line for stderr or a message box: message, location, and what to do.
    QString toString() const;

    // The one way to make an Error: its kind, what is wrong and what to do about it. The named
    // factories below are the common kinds; at() and inColumn() add where it happened, e.g.
    // `Error::invalidInput(message, hint).at(path, row).inColumn(column)`.
    static Error make(Kind kind, const QString& message, const QString& hint = {});
    // A value a person typed or a file held is wrong: what, and what to do instead.
    static Error invalidInput(const QString& message, const QString& hint = {});
    // SQLite, the disk or a library refused something unexpectedly.
    static Error storage(const QString& message, const QString& hint = {});
    // The person stopped the action; nothing to report beyond that (message may be empty).
    static Error cancelled(const QString& message = {}, const QString& hint = {});
    // Personal details (names, addresses, phones, notes) were asked for while the pantry is
    // locked: says so and how to unlock.
    static Error locked();

    // This error in the file `path` (at the 1-based `row` when it is known).
    [[nodiscard]] Error at(const QString& path, int row = -1) const;
    // This error in the input column (or field) `column`.
    [[nodiscard]] Error inColumn(const QString& column) const;
};

// A value or an Error. std::expected is C++23; this is the small subset Larder needs.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace larder
