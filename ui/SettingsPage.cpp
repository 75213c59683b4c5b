#include "SettingsPage.h"

#include "storage/Store.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

SettingsPage::SettingsPage(Store& store, QWidget* parent)
    : Page(store, tr("Settings"),
           tr("About this pantry file. Every change is saved the moment it is made; there is no "
              "Save button."),
           parent) {
    const QLocale locale;
    body()->addWidget(facts({
        {tr("Pantry name"), store.siteName()},
        {tr("File"), QDir::toNativeSeparators(store.path())},
        {tr("This laptop's id"), store.siteId()},
        {tr("Network id"), store.networkId()},
        {tr("File format version"), QString::number(store.schemaVersion())},
        {tr("Larder version"), QStringLiteral(LARDER_VERSION)},
        {tr("Language"), locale.language() == QLocale::C
                             ? QLocale::languageToString(QLocale::English)
                             : QLocale::languageToString(locale.language())},
    }));

    auto* buttons = new QHBoxLayout;
    auto* openFolder = new QPushButton(tr("Show the file's folder"), this);
    openFolder->setObjectName(u"showFolder"_s);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(this->store().path()).absolutePath()));
    });
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    body()->addLayout(buttons);

    body()->addWidget(note(
        tr("What will be here"),
        QStringList{tr("The network passphrase that protects sync files."),
                    tr("How long closed households are kept before they are erased everywhere."),
                    tr("Printing: paper size and type size for route sheets.")}));
    body()->addWidget(note(
        tr("What you can do now"),
        tr("Back up the file above by copying it while Larder is closed. The language follows "
           "this computer's; set <tt>LARDER_LANG=es</tt> before starting Larder to use Spanish.")));
    body()->addStretch(1);
}

} // namespace larder::ui
