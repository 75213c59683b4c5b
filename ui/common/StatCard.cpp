// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StatCard.h"

#include "ui/common/Palette.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::ui {

StatCard::StatCard(const QString& caption, QWidget* parent)
    : QFrame(parent) {
    setObjectName(u"statCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"QFrame#statCard { background: palette(base); border: 1px solid "
                  u"palette(midlight); border-radius: 6px; }"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);

    m_number = new QLabel(u"–"_s, this);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_number->setFont(big);
    layout->addWidget(m_number);

    m_caption = new QLabel(caption, this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    QPalette palette = m_detail->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText).darker(140));
    m_detail->setPalette(palette);
    layout->addWidget(m_detail);
    m_detail->hide();
    layout->addStretch(1); // cards in a row share one height; their text stays at the top
    setAccessibleName(caption);
    updateMinimumWidth();
}

void StatCard::updateMinimumWidth() {
    // Wide enough for the number and for the longest word of the words under it, at any text
    // size (200 % included): a word is never cut, the page scrolls instead.
    qreal widest = m_number->fontMetrics().horizontalAdvance(m_number->text());
    for (QLabel* label : {m_caption, m_detail}) {
        const QFontMetrics metrics = label->fontMetrics();
        for (const QString& word : label->text().split(u' ', Qt::SkipEmptyParts))
            widest = std::max<qreal>(widest, metrics.horizontalAdvance(word));
    }
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(std::max(150, int(widest) + margins.left() + margins.right() + 4));
}

void StatCard::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMinimumWidth();
}

void StatCard::setCaption(const QString& caption) {
    m_caption->setText(caption);
    setAccessibleName(caption);
    updateMinimumWidth();
}

void StatCard::setValue(qint64 value, const QString& detail, bool attention) {
    m_value = value;
    m_number->setText(QLocale().toString(value));
    QPalette palette = m_number->palette();
    palette.setColor(QPalette::WindowText,
                     attention ? Palette::warning() : this->palette().color(QPalette::WindowText));
    m_number->setPalette(palette);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(QLocale().toString(value) + u' ' + m_caption->text());
    updateMinimumWidth();
}

} // namespace larder::ui
