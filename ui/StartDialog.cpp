// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StartDialog.h"

#include "core/storage/Store.h"
#include "ui/Startup.h"
#include "ui/common/Palette.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

StartDialog::StartDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Welcome to Larder"));
    setObjectName(u"startDialog"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);

    auto* title = new QLabel(tr("Welcome to Larder"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    auto* intro = new QLabel(tr("Larder keeps a pantry's stock, the households it serves and its "
                                "delivery routes in one file on this laptop. Nothing leaves the "
                                "laptop unless you export it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"startNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    const Palette::Banner notice = Palette::notice();
    m_notice->setStyleSheet(
        u"QLabel#startNotice { background: %1; color: %2; border: 1px solid "
        u"%3; border-radius: 6px; padding: 10px; }"_s.arg(
            notice.background.name(), notice.text.name(), notice.border.name()));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addSpacing(6);

    auto* create =
        new QCommandLinkButton(tr("Create a new pantry file…"),
                               tr("Start empty, for a pantry that is new to Larder."), this);
    auto* open = new QCommandLinkButton(
        tr("Open a file…"), tr("A .larder file kept on this laptop, a USB stick or a backup."),
        this);
    auto* join = new QCommandLinkButton(
        tr("Join a network…"),
        tr("Start from another pantry's sync file and its passphrase, to share data with it."),
        this);
    auto* demo = new QCommandLinkButton(
        tr("Try the demo"),
        tr("A made-up pantry with %n households, to look around safely. Nothing real is in it.", "",
           Startup::DemoHouseholds),
        this);
    create->setObjectName(u"createPantry"_s);
    open->setObjectName(u"openPantry"_s);
    join->setObjectName(u"joinNetwork"_s);
    demo->setObjectName(u"tryDemo"_s);
    for (QCommandLinkButton* button : {create, open, join, demo}) {
        // The line under each choice is what a screen reader says after its name.
        button->setAccessibleDescription(button->description());
        layout->addWidget(button);
    }
    layout->addSpacing(8);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setAutoDefault(false);
    quit->setToolTip(tr("Closes Larder without opening a pantry file."));
    layout->addWidget(buttons);

    connect(create, &QCommandLinkButton::clicked, this,
            [this] { finish(Startup::createPantryInteractively(this)); });
    connect(open, &QCommandLinkButton::clicked, this,
            [this] { finish(Startup::openPantryInteractively(this)); });
    connect(join, &QCommandLinkButton::clicked, this,
            [this] { finish(Startup::joinNetworkInteractively(this)); });
    connect(demo, &QCommandLinkButton::clicked, this,
            [this] { finish(Startup::openDemoInteractively(this)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    create->setFocus();
    setMinimumWidth(560);
    fitHeight();
}

StartDialog::~StartDialog() = default;

void StartDialog::setNotice(const QString& headline, const QString& details) {
    QString html;
    if (!headline.isEmpty())
        html += u"<p><b>"_s + headline.toHtmlEscaped() + u"</b></p>"_s;
    for (const QString& paragraph : details.split(u"\n\n"_s, Qt::SkipEmptyParts))
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    m_notice->setText(html);
    m_notice->setVisible(!html.isEmpty());
    fitHeight();
}

void StartDialog::fitHeight() {
    // Wrapped labels need the height for the dialog's real width, which sizeHint() does not know.
    const int width = qMax(this->width(), minimumWidth());
    resize(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                : sizeHint().height());
}

QString StartDialog::notice() const {
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

std::unique_ptr<Store> StartDialog::takeStore() {
    return std::move(m_store);
}

void StartDialog::finish(Result<std::unique_ptr<Store>> result) {
    if (!result) {
        Startup::showError(this, result.error()); // then the dialog is still here
        return;
    }
    m_store = std::move(result).value();
    accept();
}

} // namespace larder::ui
