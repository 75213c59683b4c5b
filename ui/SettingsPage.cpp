#include "SettingsPage.h"

#include "storage/Settings.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
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

    body()->addWidget(sectionHeading(tr("Stock")));
    body()->addWidget(buildStockSettings());

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

QWidget* SettingsPage::buildStockSettings() {
    auto* frame = new QFrame(this);
    frame->setObjectName(u"stockSettings"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame#stockSettings { background: palette(base); border: 1px solid "
                         u"palette(midlight); border-radius: 6px; }"_s);
    auto* form = new QFormLayout(frame);
    form->setContentsMargins(16, 12, 16, 12);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);

    m_expiryDays = new QSpinBox(frame);
    m_expiryDays->setObjectName(u"expiryWarningDays"_s);
    m_expiryDays->setRange(1, 120);
    m_expiryDays->setSuffix(tr(" days"));
    m_expiryDays->setKeyboardTracking(false); // saved when the number is complete
    m_expiryDays->setMaximumWidth(140);
    m_expiryDays->setToolTip(tr("Lots that expire within this many days are listed under "
                                "Inventory → Use first."));
    m_savedNote = new QLabel(frame);
    m_savedNote->setObjectName(u"settingsSaved"_s);
    auto* days = new QHBoxLayout;
    days->addWidget(m_expiryDays);
    days->addSpacing(12);
    days->addWidget(m_savedNote, 1);
    auto* daysLabel = new QLabel(tr("\"Use first\" lists lots expiring &within:"), frame);
    daysLabel->setBuddy(m_expiryDays);
    form->addRow(daysLabel, days);

    m_monthFirst = new QCheckBox(tr("&Month first, as in the United States"), frame);
    m_monthFirst->setObjectName(u"datesMonthFirst"_s);
    m_example = new QLabel(frame);
    m_example->setObjectName(u"dateExample"_s);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_monthFirst);
    dates->addSpacing(12);
    dates->addWidget(m_example, 1);
    form->addRow(tr("Typed dates:"), dates);

    connect(m_expiryDays, &QSpinBox::valueChanged, this, [this](int days) {
        auto ok = Settings(store()).set(settings::ExpiryWarningDays, days);
        saved(ok.ok(), ok.ok() ? QString() : ok.error().message);
    });
    connect(m_monthFirst, &QCheckBox::toggled, this, [this](bool monthFirst) {
        auto ok = Settings(store()).set(settings::DatesMonthFirst, monthFirst);
        saved(ok.ok(), ok.ok() ? QString() : ok.error().message);
    });
    // Another laptop's change arrives through a sync import: show it.
    connect(&store(), &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"settings"_s))
            showSettings();
    });
    showSettings();
    return frame;
}

void SettingsPage::showSettings() {
    const Settings values(store());
    const QSignalBlocker a(m_expiryDays), b(m_monthFirst);
    m_expiryDays->setValue(values.get(settings::ExpiryWarningDays));
    const bool monthFirst = values.get(settings::DatesMonthFirst);
    m_monthFirst->setChecked(monthFirst);
    const QDate example(QDate::currentDate().year(), monthFirst ? 12 : 5, monthFirst ? 5 : 12);
    m_example->setText(
        tr("(at intake, \"12/5\" is read as %1)").arg(QLocale().toString(example, u"d MMMM"_s)));
}

void SettingsPage::saved(bool ok, const QString& error) {
    showSettings();
    m_savedNote->setText(ok ? tr("Saved.") : error);
    m_savedNote->setStyleSheet(ok ? u"color: #2e6b30;"_s : u"color: #a33b20;"_s);
}

} // namespace larder::ui
