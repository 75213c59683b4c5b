// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Page.h"

#include "core/storage/Store.h"
#include "ui/common/Palette.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

void Page::undo() {
    if (QUndoStack* stack = undoStack())
        stack->undo();
}

void Page::redo() {
    if (QUndoStack* stack = undoStack())
        stack->redo();
}

Page::Page(Store& store, const QString& title, const QString& lead, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(title) {
    // The page scrolls rather than squeezes: at 200 % text, or on a small screen, nothing is cut
    // off or drawn over; Tab scrolls to the control it reaches.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"pageScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(scroll);
    content->setObjectName(u"pageContent"_s);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(6);

    auto* heading = new QLabel(title, content);
    heading->setObjectName(u"pageTitle"_s);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(title);
    layout->addWidget(heading);

    m_lead = new QLabel(lead, content);
    m_lead->setObjectName(u"pageLead"_s);
    m_lead->setWordWrap(true);
    m_lead->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_lead->setOpenExternalLinks(false);
    QPalette palette = m_lead->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText).darker(140));
    m_lead->setPalette(palette);
    layout->addWidget(m_lead);
    layout->addSpacing(12);

    m_body = new QVBoxLayout;
    m_body->setSpacing(12);
    layout->addLayout(m_body, 1);
}

void Page::setLead(const QString& text) {
    m_lead->setText(text);
}

QLabel* headingLabel(const QString& text, double scale, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* Page::sectionHeading(const QString& text) {
    return headingLabel(text, 1.2);
}

QWidget* Page::note(const QString& heading, const QString& text) {
    auto* frame = new QFrame;
    frame->setObjectName(u"note"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame#note { background: palette(base); border: 1px solid "
                         u"palette(midlight); border-radius: 6px; }"_s);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(6);
    auto* title = new QLabel(heading, frame);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto* paragraph = new QLabel(text, frame);
    paragraph->setWordWrap(true);
    paragraph->setTextFormat(Qt::RichText);
    paragraph->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(paragraph);
    return frame;
}

QWidget* Page::note(const QString& heading, const QStringList& bullets) {
    QString html = u"<ul style='margin-left:-20px'>"_s;
    for (const QString& bullet : bullets)
        html += u"<li>"_s + bullet + u"</li>"_s;
    html += u"</ul>"_s;
    return note(heading, html);
}

QWidget* Page::facts(const QList<std::pair<QString, QString>>& rows) {
    auto* frame = new QFrame;
    frame->setObjectName(u"facts"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame#facts { background: palette(base); border: 1px solid "
                         u"palette(midlight); border-radius: 6px; }"_s);
    auto* form = new QFormLayout(frame);
    form->setContentsMargins(16, 12, 16, 12);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignLeft);
    for (const auto& [label, value] : rows) {
        auto* valueLabel = new QLabel(value, frame);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
        valueLabel->setWordWrap(true);
        auto* name = new QLabel(label, frame);
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
        form->addRow(name, valueLabel);
    }
    return frame;
}

void Page::addLockedNote(const QString& whatWaits) {
    if (m_store.detailsReadable())
        return;
    auto* label = new QLabel(
        tr("<b>Names and addresses are locked on this laptop.</b> %1 A coordinator unlocks them "
           "with the pantry's passphrase: File ▸ Unlock details (Ctrl+Shift+U).")
            .arg(whatWaits.toHtmlEscaped()),
        this);
    label->setObjectName(u"lockedNote"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    const Palette::Banner colours = Palette::notice();
    label->setStyleSheet(u"QLabel#lockedNote { background: %1; color: %2; border: 1px solid %3; "
                         u"border-radius: 6px; padding: 8px; }"_s.arg(colours.background.name(),
                                                                      colours.text.name(),
                                                                      colours.border.name()));
    m_body->insertWidget(0, label);
}

} // namespace larder::ui
