// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace larder::ui {

// Asks for a pantry's new passphrase: typed twice, checked against the policy as it is typed
// (core/storage/PassphrasePolicy: the reason shows under the fields, OK waits for a good one),
// or suggested as six words to write down. With `Mode::Existing` it asks once for the passphrase
// a network already has (a pantry of a network from before privacy at rest), without the policy:
// that passphrase is not this laptop's to choose.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { New, Existing };

    PassphraseDialog(Mode mode, const QString& pantryName, const QString& why,
                     QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // The passphrase, UTF-8 (the caller wipes it).
    QByteArray passphrase() const;

    // Shows the dialog; the passphrase, or empty when the user cancelled.
    static QByteArray ask(Mode mode, const QString& pantryName, const QString& why,
                          QWidget* parent);

private:
    void suggest();
    void validate();

    Mode m_mode;
    QString m_pantryName;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QCheckBox* m_show = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_writeDown = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace larder::ui
