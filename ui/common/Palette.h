// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace larder::ui {

// Larder's colours, named by what they mean, so a state reads the same on every page. The status
// colours are fixed (tests and people know them), with a light variant of each on a dark or
// high-contrast theme; muted text follows the application's palette.
// Colour is never the only signal: the words say it too.
class Palette {
public:
    // Text that needs someone's attention: stock below par or below zero, a date passed, an
    // action refused, a message about a problem.
    static QColor warning();
    // Text of a value that is wrong: a form field's message, a CSV row that cannot be read.
    static QColor error();
    // Text of what went as it should: saved, done, counted as expected.
    static QColor ok();
    // Text of a difference that is not a problem: more counted than the ledger expected.
    static QColor surplus();
    // Secondary text: hints, empty-list notes, rows that no longer count (undone, retired). The
    // application palette's placeholder colour, so it reads on light and dark themes alike.
    static QColor mutedText();

    // Backgrounds of a count sheet's "counted" column: a line counted, a line still to count.
    static QColor countedBackground();
    static QColor toCountBackground();

    // A strip of text across a page or dialog: its background, border and text (the text is
    // fixed dark, as the background is fixed light).
    struct Banner {
        QColor background;
        QColor border;
        QColor text;
    };
    // Something to do or to check (nobody on shift, a clock ahead, a file that could not open).
    static Banner notice();
    // Good to know, nothing to do (the demo pantry).
    static Banner info();
    // Something is wrong with the data (stock below zero).
    static Banner danger();

    // Printed paper (the count sheet): black ink and grey rules whatever the screen's theme.
    static QColor paperInk();
    static QColor paperRule();
    static QColor paperHeader();  // a table's header row
    static QColor paperSection(); // a section's heading row

    // A dark or high-contrast theme (the application's base colour is dark): the status colours
    // take their light variants, and fields get light frames (applyLook).
    static bool darkTheme();

    // "color: #a33b20;": a text colour as a style sheet declaration.
    static QString textStyle(const QColor& colour);
};

} // namespace larder::ui
