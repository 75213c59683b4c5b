// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PassphraseDialog.h"

#include "core/storage/PassphrasePolicy.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

PassphraseDialog::PassphraseDialog(Mode mode, const QString& pantryName, const QString& why,
                                   QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_pantryName(pantryName) {
    setObjectName(u"passphraseDialog"_s);
    setWindowTitle(mode == Mode::New ? tr("Choose the pantry's passphrase")
                                     : tr("The network's passphrase"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* intro = new QLabel(why, this);
    intro->setObjectName(u"passphraseWhy"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setObjectName(u"passphraseField"_s);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    m_first->setAccessibleDescription(
        mode == Mode::New ? tr("The new passphrase: a few words that mean something to you and "
                               "nothing to anyone else.")
                          : tr("Type the passphrase the text above asks for."));
    form->addRow(tr("&Passphrase:"), m_first);
    m_second = new QLineEdit(this);
    m_second->setObjectName(u"passphraseAgain"_s);
    m_second->setEchoMode(QLineEdit::Password);
    m_second->setAccessibleName(tr("The passphrase again"));
    m_second->setAccessibleDescription(
        tr("The same passphrase once more, to be sure it was typed as meant."));
    if (mode == Mode::New)
        form->addRow(tr("&Again:"), m_second);
    else
        m_second->hide();
    m_show = new QCheckBox(tr("&Show what I type"), this);
    m_show->setObjectName(u"showPassphrase"_s);
    m_show->setToolTip(tr("Show the passphrase as it is typed, instead of hiding it."));
    form->addRow(QString(), m_show);
    layout->addLayout(form);

    m_reason = new QLabel(this);
    m_reason->setObjectName(u"passphraseReason"_s);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    m_writeDown = new QLabel(this);
    m_writeDown->setObjectName(u"passphraseWriteDown"_s);
    m_writeDown->setWordWrap(true);
    m_writeDown->setText(
        tr("<b>Write it down</b> and keep the paper apart from the laptop (not in its bag). "
           "Without the passphrase nobody, not even Larder's makers, can read the household "
           "details again."));
    layout->addWidget(m_writeDown);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(mode == Mode::New ? tr("Use this passphrase; possible once it is strong "
                                            "enough and typed the same twice.")
                                       : tr("Use this passphrase."));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close this window without using a passphrase."));
    if (mode == Mode::New) {
        QPushButton* suggestButton =
            m_buttons->addButton(tr("S&uggest one"), QDialogButtonBox::ActionRole);
        suggestButton->setObjectName(u"suggestPassphrase"_s);
        suggestButton->setToolTip(
            tr("Six words chosen at random from Larder's list: about %1 bits, stronger than "
               "most passwords and easier to type.")
                .arg(qRound(passphrase::suggestionBits())));
        connect(suggestButton, &QPushButton::clicked, this, &PassphraseDialog::suggest);
    }
    layout->addWidget(m_buttons);

    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* field : {m_first, m_second})
            field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    validate();
}

PassphraseDialog::~PassphraseDialog() {
    // QLineEdit keeps its own copies (and undo history); clearing is the most a widget allows.
    m_first->clear();
    m_second->clear();
}

QByteArray PassphraseDialog::passphrase() const {
    return m_first->text().trimmed().toUtf8();
}

QByteArray PassphraseDialog::ask(Mode mode, const QString& pantryName, const QString& why,
                                 QWidget* parent) {
    PassphraseDialog dialog(mode, pantryName, why, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.passphrase();
}

void PassphraseDialog::suggest() {
    const QString words = passphrase::suggest();
    m_show->setChecked(true);
    m_first->setText(words);
    m_second->setText(words);
    m_first->setFocus();
    m_first->selectAll();
}

void PassphraseDialog::validate() {
    QString reason;
    bool ok = false;
    const QString text = m_first->text();
    if (m_mode == Mode::Existing) {
        ok = !text.trimmed().isEmpty();
    } else if (!text.isEmpty()) {
        if (auto checked = passphrase::check(text, {m_pantryName}); !checked)
            reason = checked.error().message + u' ' + checked.error().hint;
        else if (m_second->text() != text)
            reason = m_second->text().isEmpty() ? tr("Type it again below, to be sure of it.")
                                                : tr("The two do not match yet.");
        else
            ok = true;
    } else {
        reason = tr("At least %1 characters: a few words that mean something to you and "
                    "nothing to anyone else.")
                     .arg(passphrase::MinimumLength);
    }
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_reason->setStyleSheet(text.isEmpty() ? QString() : Palette::textStyle(Palette::warning()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace larder::ui
