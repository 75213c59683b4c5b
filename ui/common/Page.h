// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QFrame;
class QVBoxLayout;
class QUndoStack;

namespace larder {
class Store;
}

namespace larder::ui {

// A bold label `scale` times the usual size: a page's section heading (1.2), a dialog's title
// (1.3).
QLabel* headingLabel(const QString& text, double scale, QWidget* parent = nullptr);

// The frame every page of the main window shares: a heading, one sentence saying what the page
// is for, then the page's own content. A page shows one store and refreshes itself from
// Store::changed; the main window builds new pages when another file is opened.
class Page : public QWidget {
    Q_OBJECT

public:
    Page(Store& store, const QString& title, const QString& lead, QWidget* parent = nullptr);

    QString title() const { return m_title; }
    Store& store() const { return m_store; }
    // Puts the keyboard where work on this page starts (the main window calls it when the page
    // is chosen with Ctrl+digit or a click). By default focus stays where it is.
    virtual void focusContent() {}
    // The page's undo stack when its changes can be undone, else null. The main window keeps every
    // page's stack in one QUndoGroup whose active stack follows the page shown, so the Edit menu
    // and Ctrl+Z always act on what the volunteer is looking at.
    virtual QUndoStack* undoStack() const { return nullptr; }
    // Undo and redo as the Edit menu asks for them: the stack's, by default; a page may also say
    // what was undone (Inventory does).
    virtual void undo();
    virtual void redo();

protected:
    QVBoxLayout* body() const { return m_body; }
    void setLead(const QString& text);
    // A short heading inside the page.
    static QLabel* sectionHeading(const QString& text);
    // A boxed note: a heading and a paragraph (rich text allowed), for "what will be here" and
    // "what you can do now".
    static QWidget* note(const QString& heading, const QString& text);
    // A boxed note whose body is a bulleted list (each entry rich text).
    static QWidget* note(const QString& heading, const QStringList& bullets);
    // While the household details are locked, a notice at the top of the page: names and
    // addresses are hidden, then `whatWaits` (what on this page needs a coordinator), then how to
    // unlock. Nothing when they can be read. Pages are rebuilt when the lock changes.
    void addLockedNote(const QString& whatWaits);
    // A boxed list of labelled values (selectable, so ids can be copied).
    static QWidget* facts(const QList<std::pair<QString, QString>>& rows);

private:
    Store& m_store;
    QString m_title;
    QLabel* m_lead = nullptr;
    QVBoxLayout* m_body = nullptr;
};

} // namespace larder::ui
