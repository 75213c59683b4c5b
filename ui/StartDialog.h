// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace larder {
class Store;
}

namespace larder::ui {

// Shown when Larder has no file to open (first start, or the last file failed): create a new
// pantry file, open one, or try the demo. A failure is shown with its message and hint and the
// dialog stays, so a bad file never ends the program; it is accepted only with an open store.
class StartDialog : public QDialog {
    Q_OBJECT

public:
    explicit StartDialog(QWidget* parent = nullptr);
    ~StartDialog() override;

    // A note at the top explaining why the dialog is shown (e.g. the last file failed): a
    // headline and the details (plain text, paragraphs separated by blank lines).
    void setNotice(const QString& headline, const QString& details);
    QString notice() const;
    std::unique_ptr<Store> takeStore();

private:
    void finish(Result<std::unique_ptr<Store>> result);
    void fitHeight();

    QLabel* m_notice = nullptr;
    std::unique_ptr<Store> m_store;
};

} // namespace larder::ui
