// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "core/people/FieldParser.h"
#include "core/people/Retention.h"
#include "core/storage/PrivacySettings.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "i18n/Language.h"
#include "ui/Application.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace larder::ui {

QString SettingsPage::pageTitle() {
    return tr("Settings");
}

SettingsPage::SettingsPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("About this pantry file. Every change is saved the moment it is made; there is no "
              "Save button."),
           parent) {
    // Everything below the title scrolls: the settings outgrow a laptop's screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* content = new QVBoxLayout(inner);
    content->setContentsMargins(0, 0, 12, 0);
    scroll->setWidget(inner);
    body()->addWidget(scroll, 1);

    const QLocale locale;
    content->addWidget(facts({
        {tr("Pantry name"), store.siteName()},
        {tr("File"), QDir::toNativeSeparators(store.path())},
        {tr("This laptop's id"), store.siteId()},
        {tr("Network id"), store.networkId()},
        {tr("File format version"), QString::number(store.schemaVersion())},
        {tr("Larder version"), QStringLiteral(LARDER_VERSION)},
        {tr("Language"),
         locale.language() == QLocale::C ? u"English"_s : locale.nativeLanguageName()},
    }));

    auto* buttons = new QHBoxLayout;
    auto* openFolder = new QPushButton(tr("Show the file's folder"), this);
    openFolder->setObjectName(u"showFolder"_s);
    openFolder->setToolTip(tr("Open the folder that holds this pantry's file, where its backups "
                              "are kept too."));
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(this->store().path()).absolutePath()));
    });
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    content->addLayout(buttons);
    content->addWidget(buildPendingSettings());

    content->addWidget(sectionHeading(tr("Language")));
    content->addWidget(buildLanguageSettings());
    content->addWidget(sectionHeading(tr("Stock")));
    content->addWidget(buildStockSettings());
    content->addWidget(sectionHeading(tr("The pantry")));
    content->addWidget(buildPantrySettings());
    content->addWidget(sectionHeading(tr("Routes and route sheets")));
    content->addWidget(buildRouteSettings());

    content->addWidget(sectionHeading(tr("Households")));
    content->addWidget(buildRetentionSettings());

    content->addWidget(note(
        tr("Good to know"),
        QStringList{
            tr("A backup copy of this file is made once a day when Larder opens it, in the "
               "folder next to it ending in <tt>.backups</tt>; the last 7 days and 4 weeks are "
               "kept. Erased households are erased from those copies too."),
            tr("The network passphrase that protects sync files is set on the Sync page."),
            tr("The language chosen above can be overridden for one start: set "
               "<tt>LARDER_LANG=es</tt> before starting Larder.")}));
    content->addStretch(1);
    showSettings();

    // A wheel turned to scroll the page must not change the number or choice that happens to
    // be under the pointer: fields take the wheel only once clicked or tabbed into.
    m_scroll = scroll;
    for (QWidget* field : inner->findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractSpinBox*>(field) || qobject_cast<QComboBox*>(field)) {
            field->setFocusPolicy(Qt::StrongFocus);
            field->installEventFilter(this);
        }
    }
}

bool SettingsPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        auto* field = qobject_cast<QWidget*>(watched);
        if (field && !field->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

QFrame* SettingsPage::settingsFrame(QWidget* parent, const QString& name) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame#%1 { background: palette(base); border: 1px solid "
                         u"palette(midlight); border-radius: 6px; }"_s.arg(name));
    return frame;
}

namespace {

QFormLayout* settingsForm(QFrame* frame) {
    auto* form = new QFormLayout(frame);
    form->setContentsMargins(16, 12, 16, 12);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    return form;
}

void showSaved(QLabel* label, const Result<void>& result) {
    label->setText(result.ok() ? SettingsPage::tr("Saved.") : result.error().message);
    label->setStyleSheet(Palette::textStyle(result.ok() ? Palette::ok() : Palette::warning()));
}

} // namespace

QWidget* SettingsPage::buildLanguageSettings() {
    QFrame* frame = settingsFrame(this, u"languageSettings"_s);
    QFormLayout* form = settingsForm(frame);
    // Each language is named in itself, so that whoever reads it finds their own; the first
    // entry follows something else (the computer, the window).
    const auto languageBox = [&](const QString& name, const QString& first, const QString& label,
                                 const QString& accessible, const QString& tip) {
        auto* box = new QComboBox(frame);
        box->setObjectName(name);
        box->addItem(first, QString());
        for (const i18n::Language& language : i18n::languages())
            box->addItem(language.nativeName, language.code);
        box->setAccessibleName(accessible);
        box->setMaximumWidth(360);
        box->setToolTip(tip);
        auto* boxLabel = new QLabel(label, frame);
        boxLabel->setBuddy(box);
        form->addRow(boxLabel, box);
        return box;
    };
    m_language = languageBox(
        u"language"_s, tr("As this computer"), tr("&Language on this computer:"),
        tr("Language of Larder on this computer"),
        tr("Chosen for this computer, whoever's pantry file is open. Larder starts in it the "
           "next time."));
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    m_sheetLanguage = languageBox(
        u"sheetLanguage"_s, tr("The window's language"), tr("Papers &print in:"),
        tr("Language of route sheets and packing lists"),
        tr("A driver may read Spanish while the coordinator works in English. The print preview "
           "can choose another for one print."));
    m_languageNote = new QLabel(frame);
    m_languageNote->setObjectName(u"languageSaved"_s);
    m_languageNote->setWordWrap(true);
    form->addRow(QString(), m_languageNote);

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        chooseLanguage(code);
        const QString name =
            code.isEmpty() ? tr("this computer's language") : m_language->currentText();
        m_languageNote->setText(tr("Saved. Larder speaks %1 the next time it starts.").arg(name));
        m_languageNote->setStyleSheet(Palette::textStyle(Palette::ok()));
    });
    connect(m_sheetLanguage, &QComboBox::activated, this, [this] {
        showSaved(m_languageNote, Settings(store()).set(settings::SheetLanguage,
                                                        m_sheetLanguage->currentData().toString()));
    });
    return frame;
}

QWidget* SettingsPage::buildPantrySettings() {
    QFrame* frame = settingsFrame(this, u"pantrySettings"_s);
    QFormLayout* form = settingsForm(frame);
    const auto line = [&](const QString& name, const QString& label, const QString& tip) {
        auto* edit = new QLineEdit(frame);
        edit->setObjectName(name);
        edit->setToolTip(tip);
        edit->setMaximumWidth(520);
        form->addRow(label, edit);
        return edit;
    };
    m_pantryName = line(u"pantryName"_s, tr("&Name on the papers:"),
                        tr("Printed at the top of route sheets and packing lists."));
    m_pantryAddress = line(u"pantryAddress"_s, tr("&Address:"),
                           tr("Where drivers start and come back to, as printed on the sheets."));
    m_pantryPhone = line(u"pantryPhone"_s, tr("&Phone for drivers:"),
                         tr("The number a driver calls with a problem, printed on every sheet."));
    m_pantryCoordinates = line(
        u"pantryCoordinates"_s, tr("&Coordinates:"),
        tr("Where routes start: \"41.8575, -87.6607\" or a map link copied from OpenStreetMap or "
           "Google Maps. Routes cannot be planned without them."));
    m_pantryCoordinates->setPlaceholderText(tr("41.8575, -87.6607 or a map link"));
    m_pantryNote = new QLabel(frame);
    m_pantryNote->setObjectName(u"pantrySaved"_s);
    m_pantryNote->setWordWrap(true);
    form->addRow(QString(), m_pantryNote);
    saveText(m_pantryName, settings::PantryName);
    saveText(m_pantryAddress, settings::PantryAddress);
    saveText(m_pantryPhone, settings::PantryPhone);
    saveText(m_pantryCoordinates, settings::PantryCoordinates);
    return frame;
}

void SettingsPage::saveText(QLineEdit* edit, const Setting<QString>& setting) {
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, setting] {
        QString value = edit->text().trimmed();
        if (Settings(store()).get(setting) == value)
            return;
        if (edit == m_pantryCoordinates && !value.isEmpty()) {
            const auto parsed = people::FieldParser::coordinates(value);
            if (!parsed.ok() || !parsed.value) {
                m_pantryNote->setText(parsed.error.isEmpty()
                                          ? tr("Type the coordinates as \"41.8575, -87.6607\".")
                                          : parsed.error);
                m_pantryNote->setStyleSheet(Palette::textStyle(Palette::warning()));
                return; // nothing saved; what was typed stays to be corrected
            }
            value = u"%1, %2"_s.arg(parsed.value->latitude, 0, 'f', 6)
                        .arg(parsed.value->longitude, 0, 'f', 6);
        }
        showSaved(m_pantryNote, Settings(store()).set(setting, value));
        showSettings();
    });
}

QWidget* SettingsPage::buildRouteSettings() {
    QFrame* frame = settingsFrame(this, u"routeSettings"_s);
    QFormLayout* form = settingsForm(frame);
    m_routeNote = new QLabel(frame);
    m_routeNote->setObjectName(u"routeSaved"_s);
    const auto spin = [&](const QString& name, const QString& label, int low, int high,
                          const QString& suffix, const QString& tip) {
        auto* box = new QSpinBox(frame);
        box->setObjectName(name);
        box->setRange(low, high);
        box->setSuffix(suffix);
        box->setKeyboardTracking(false);
        box->setMaximumWidth(160);
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    const auto decimal = [&](const QString& name, const QString& label, double low, double high,
                             double step, const QString& suffix, const QString& tip) {
        auto* box = new QDoubleSpinBox(frame);
        box->setObjectName(name);
        box->setRange(low, high);
        box->setSingleStep(step);
        box->setDecimals(1);
        box->setSuffix(suffix);
        box->setKeyboardTracking(false);
        box->setMaximumWidth(160);
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    m_roadFactor =
        decimal(u"roadFactor"_s, tr("Roads are longer than a straight line by:"), 1.0, 3.0, 0.1,
                tr(" ×"), tr("Road distance ÷ straight-line distance; 1.3 suits most towns."));
    m_speed = decimal(u"averageSpeed"_s, tr("Average driving &speed:"), 5, 100, 5, tr(" km/h"),
                      tr("Used for the minutes of each route, with the time at each stop."));
    m_serviceMinutes = spin(u"serviceMinutes"_s, tr("Minutes at each &stop:"), 0, 60, tr(" min"),
                            tr("Parking, carrying the boxes, a word at the door."));
    m_maxStops = spin(u"defaultMaxStops"_s, tr("Most stops per driver (&default):"), 0, 200,
                      QString(), tr("Filled in for each driver added to a day; 0 means no limit."));
    m_consistency = spin(u"consistencyMetres"_s, tr("Keep a household with last time's &driver:"),
                         0, 50000, tr(" m"),
                         tr("Worth this much extra driving to keep a household with the driver "
                            "who came last time; 0 turns it off."));
    m_consistency->setSingleStep(250);
    m_routeGoal = new QComboBox(frame);
    m_routeGoal->setObjectName(u"routeGoal"_s);
    m_routeGoal->addItem(tr("Share the day among every driver who came"), u"share"_s);
    m_routeGoal->addItem(tr("Fewest kilometres"), u"distance"_s);
    m_routeGoal->setToolTip(
        tr("Sharing gives every driver stops and evens out their minutes and boxes, for a few "
           "more kilometres; fewest kilometres may send a driver home without a stop."));
    m_routeGoal->setAccessibleName(tr("What route planning aims for"));
    form->addRow(tr("Plan routes to:"), m_routeGoal);
    m_leaveAt = new QTimeEdit(frame);
    m_leaveAt->setObjectName(u"routesLeaveAt"_s);
    m_leaveAt->setDisplayFormat(u"HH:mm"_s);
    m_leaveAt->setMaximumWidth(160);
    m_leaveAt->setToolTip(tr("The earliest a route leaves; a route whose first household wants "
                             "its boxes later leaves later."));
    m_leaveAt->setAccessibleName(tr("Routes leave from"));
    form->addRow(tr("Routes &leave from:"), m_leaveAt);
    m_windows = new QComboBox(frame);
    m_windows->setObjectName(u"timeWindows"_s);
    m_windows->addItem(tr("Keep them when possible (a stop may be late)"), u"soft"_s);
    m_windows->addItem(tr("Always keep them (leave a stop off rather than late)"), u"hard"_s);
    m_windows->setAccessibleName(tr("Households' delivery windows"));
    m_windows->setToolTip(tr("When a household's hours cannot all be kept, planning brings its "
                             "stop late or leaves it off the routes."));
    form->addRow(tr("Households' &windows:"), m_windows);
    m_lateMetres = spin(u"lateMinuteMetres"_s, tr("A minute late is worth:"), 0, 100000, tr(" m"),
                        tr("How much extra driving planning accepts to save a minute of lateness, "
                           "when windows are kept when possible."));
    m_lateMetres->setSingleStep(100);
    m_planSeconds = decimal(u"planTimeLimit"_s, tr("&Time to spend planning:"), 0.2, 60, 0.5,
                            tr(" s"), tr("Longer finds slightly shorter routes."));
    m_initialsOnly =
        new QCheckBox(tr("Print &initials instead of names, and no phone numbers"), frame);
    m_initialsOnly->setObjectName(u"sheetInitialsOnly"_s);
    m_initialsOnly->setToolTip(tr("Route sheets then show each household by its initials, "
                                  "without phone numbers."));
    form->addRow(tr("Route sheets:"), m_initialsOnly);
    m_compactSheets = new QCheckBox(tr("&Compact: one row a stop (about twelve a page)"), frame);
    m_compactSheets->setObjectName(u"sheetCompact"_s);
    m_compactSheets->setToolTip(tr("The default when printing; the print preview can switch it "
                                   "for one print."));
    form->addRow(QString(), m_compactSheets);
    m_paper = new QComboBox(frame);
    m_paper->setObjectName(u"paperSize"_s);
    m_paper->setToolTip(tr("The paper size Larder's printed sheets use."));
    m_paper->addItem(tr("Letter"), u"letter"_s);
    m_paper->addItem(tr("A4"), u"a4"_s);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_routeNote);

    connect(m_roadFactor, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        showSaved(m_routeNote, Settings(store()).set(settings::RoadFactor, value));
    });
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        showSaved(m_routeNote, Settings(store()).set(settings::AverageSpeedKmh, value));
    });
    connect(m_serviceMinutes, &QSpinBox::valueChanged, this, [this](int value) {
        showSaved(m_routeNote, Settings(store()).set(settings::ServiceMinutesPerStop, value));
    });
    connect(m_maxStops, &QSpinBox::valueChanged, this, [this](int value) {
        showSaved(m_routeNote, Settings(store()).set(settings::DefaultMaxStops, value));
    });
    connect(m_consistency, &QSpinBox::valueChanged, this, [this](int value) {
        showSaved(m_routeNote, Settings(store()).set(settings::ConsistencyMetres, value));
    });
    connect(m_planSeconds, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        showSaved(m_routeNote,
                  Settings(store()).set(settings::PlanTimeLimitMs, int(qRound(seconds * 1000))));
    });
    connect(m_compactSheets, &QCheckBox::toggled, this, [this](bool compact) {
        showSaved(m_routeNote, Settings(store()).set(settings::SheetCompact, compact));
    });
    connect(m_initialsOnly, &QCheckBox::toggled, this, [this](bool initials) {
        showSaved(m_routeNote, Settings(store()).set(settings::SheetInitialsOnly, initials));
    });
    connect(m_routeGoal, &QComboBox::activated, this, [this] {
        showSaved(m_routeNote, Settings(store()).set(settings::RouteGoal,
                                                     m_routeGoal->currentData().toString()));
    });
    connect(m_leaveAt, &QTimeEdit::timeChanged, this, [this](const QTime& time) {
        showSaved(m_routeNote,
                  Settings(store()).set(settings::RoutesLeaveAt, time.toString(u"HH:mm"_s)));
    });
    connect(m_windows, &QComboBox::activated, this, [this] {
        showSaved(m_routeNote, Settings(store()).set(settings::TimeWindows,
                                                     m_windows->currentData().toString()));
    });
    connect(m_lateMetres, &QSpinBox::valueChanged, this, [this](int value) {
        showSaved(m_routeNote, Settings(store()).set(settings::LateMinuteMetres, value));
    });
    connect(m_paper, &QComboBox::activated, this, [this] {
        showSaved(m_routeNote,
                  Settings(store()).set(settings::PaperSize, m_paper->currentData().toString()));
    });
    return frame;
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
    m_monthFirst->setToolTip(
        tr("A typed date such as 3/4 is read as March 4 rather than 3 April."));
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

QWidget* SettingsPage::buildRetentionSettings() {
    QFrame* frame = settingsFrame(this, u"retentionSettings"_s);
    QFormLayout* form = settingsForm(frame);
    m_retentionMonths = new QSpinBox(frame);
    m_retentionMonths->setObjectName(u"retentionMonths"_s);
    m_retentionMonths->setRange(1, 120);
    m_retentionMonths->setSuffix(tr(" months"));
    m_retentionMonths->setKeyboardTracking(false);
    m_retentionMonths->setMaximumWidth(140);
    m_retentionMonths->setToolTip(tr("A household closed for longer than this is erased: its "
                                     "name, address, phone and notes leave this file, its "
                                     "backups and, through sync, every laptop of the network."));
    auto* label = new QLabel(tr("Erase households closed for &more than:"), frame);
    label->setBuddy(m_retentionMonths);
    form->addRow(label, m_retentionMonths);
    auto* lockAfter = new QSpinBox(frame);
    lockAfter->setObjectName(u"lockAfterMinutes"_s);
    lockAfter->setRange(1, 240);
    lockAfter->setSuffix(tr(" minutes"));
    lockAfter->setKeyboardTracking(false);
    lockAfter->setMaximumWidth(140);
    lockAfter->setValue(Settings(store()).get(settings::LockAfterMinutes));
    lockAfter->setToolTip(tr("After this long without a key press or a click, the app locks "
                             "names, addresses, phones and notes until a coordinator unlocks "
                             "them with the passphrase."));
    auto* lockLabel = new QLabel(tr("&Lock household details after:"), frame);
    lockLabel->setBuddy(lockAfter);
    form->addRow(lockLabel, lockAfter);
    connect(lockAfter, &QSpinBox::valueChanged, this, [this](int minutes) {
        auto ok = Settings(store()).set(settings::LockAfterMinutes, minutes);
        saved(ok.ok(), ok.ok() ? QString() : ok.error().message);
    });
    m_purgeNote = new QLabel(frame);
    m_purgeNote->setObjectName(u"purgeNote"_s);
    m_purgeNote->setWordWrap(true);
    m_purgeButton = new QPushButton(tr("&Erase them now…"), frame);
    m_purgeButton->setObjectName(u"purgeNow"_s);
    m_purgeButton->setToolTip(tr("Erase now the households closed for longer than that, after "
                                 "asking; this cannot be undone."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_purgeNote, 1);
    row->addWidget(m_purgeButton);
    form->addRow(QString(), row);

    connect(m_retentionMonths, &QSpinBox::valueChanged, this, [this](int months) {
        auto ok = Settings(store()).set(settings::HouseholdRetentionMonths, months);
        saved(ok.ok(), ok.ok() ? QString() : ok.error().message);
    });
    connect(m_purgeButton, &QPushButton::clicked, this, [this] { purgeClosedHouseholds(); });
    connect(&store(), &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"households"_s))
            showPurgeCandidates();
    });
    return frame;
}

QWidget* SettingsPage::buildPendingSettings() {
    const Palette::Banner colours = Palette::notice();
    auto* frame = new QFrame(this);
    frame->setObjectName(u"pendingSettings"_s);
    frame->setStyleSheet(
        u"QFrame#pendingSettings { background: %1; border: 1px solid %2; "
        u"border-radius: 6px; } QFrame#pendingSettings QLabel { color: %3; }"_s.arg(
            colours.background.name(), colours.border.name(), colours.text.name()));
    auto* row = new QHBoxLayout(frame);
    m_pendingText = new QLabel(frame);
    m_pendingText->setObjectName(u"pendingSettingsText"_s);
    m_pendingText->setWordWrap(true);
    m_pendingText->setTextFormat(Qt::RichText);
    auto* accept = new QPushButton(tr("&Accept these changes"), frame);
    accept->setObjectName(u"acceptPendingSettings"_s);
    row->addWidget(m_pendingText, 1);
    row->addWidget(accept, 0, Qt::AlignTop);
    connect(accept, &QPushButton::clicked, this, [this] {
        PrivacySettings privacy(store());
        for (const PendingSetting& setting : privacy.pending()) {
            if (auto ok = privacy.confirm(setting.key); !ok) {
                saved(false, ok.error().message);
                break;
            }
        }
        showSettings();
        showPendingSettings();
    });
    connect(&store(), &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"settings"_s))
            showPendingSettings();
    });
    m_pending = frame;
    showPendingSettings();
    return frame;
}

void SettingsPage::showPendingSettings() {
    const QList<PendingSetting> pending = PrivacySettings(store()).pending();
    m_pending->setVisible(!pending.isEmpty());
    if (pending.isEmpty())
        return;
    QString items;
    for (const PendingSetting& setting : pending)
        items += u"<li>"_s +
                 tr("%1: <b>%2</b> here; <b>%3</b> proposed")
                     .arg(setting.label.toHtmlEscaped(), setting.inEffect.toHtmlEscaped(),
                          setting.proposed.toHtmlEscaped()) +
                 u"</li>"_s;
    m_pendingText->setText(
        tr("<b>Another laptop of the network made these privacy settings weaker.</b> They take "
           "effect on this laptop only when someone here accepts them; until then the stricter "
           "value stays.") +
        u"<ul>"_s + items + u"</ul>"_s);
}

void SettingsPage::showPurgeCandidates() {
    const QList<people::PurgeCandidate> due = people::Retention(store()).candidates();
    m_purgeButton->setEnabled(!due.isEmpty());
    m_purgeNote->setText(
        due.isEmpty() ? tr("No closed household is past that time.")
                      : tr("%1 closed household(s) are past that time, the oldest "
                           "closed since %2.")
                            .arg(due.size())
                            .arg(QLocale().toString(due.first().closedSince, QLocale::LongFormat)));
}

bool SettingsPage::purgeClosedHouseholds(bool confirm) {
    people::Retention retention(store());
    const QList<people::PurgeCandidate> due = retention.candidates();
    if (due.isEmpty())
        return false;
    if (confirm) {
        QStringList names;
        for (const people::PurgeCandidate& c : due.mid(0, 12))
            names << c.chosenName.toHtmlEscaped();
        if (due.size() > 12)
            names << tr("and %1 more").arg(due.size() - 12);
        QMessageBox box(QMessageBox::Warning, tr("Erase closed households"),
                        tr("Erase %1 household(s) closed for more than %2 months?")
                            .arg(due.size())
                            .arg(retention.retentionMonths()),
                        QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("Their names, addresses, phones and notes leave this file, its backups at the "
               "next backup, and every laptop of the network at its next sync. This cannot be "
               "undone.<br><br>%1")
                .arg(names.join(u", "_s)));
        QPushButton* erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != erase)
            return false;
    }
    auto purged = retention.purgeClosed();
    if (!purged) {
        m_purgeNote->setText(purged.error().toString());
        return false;
    }
    showPurgeCandidates();
    m_purgeNote->setText(tr("Erased %1 household(s).").arg(purged->purged) + u' ' +
                         m_purgeNote->text());
    return true;
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
    if (!m_pantryName)
        return; // still being built
    for (const auto& [edit, setting] : {std::pair{m_pantryName, &settings::PantryName},
                                        {m_pantryAddress, &settings::PantryAddress},
                                        {m_pantryPhone, &settings::PantryPhone},
                                        {m_pantryCoordinates, &settings::PantryCoordinates}})
        if (!edit->hasFocus())
            edit->setText(values.get(*setting));
    const QSignalBlocker c(m_roadFactor), d(m_speed), e(m_serviceMinutes), f(m_maxStops),
        g(m_consistency), h(m_planSeconds), i(m_initialsOnly), j(m_paper), k(m_routeGoal),
        m(m_leaveAt), n(m_windows), o(m_lateMetres), p(m_compactSheets);
    m_roadFactor->setValue(values.get(settings::RoadFactor));
    m_speed->setValue(values.get(settings::AverageSpeedKmh));
    m_serviceMinutes->setValue(values.get(settings::ServiceMinutesPerStop));
    m_maxStops->setValue(values.get(settings::DefaultMaxStops));
    m_consistency->setValue(values.get(settings::ConsistencyMetres));
    m_planSeconds->setValue(values.get(settings::PlanTimeLimitMs) / 1000.0);
    m_initialsOnly->setChecked(values.get(settings::SheetInitialsOnly));
    m_compactSheets->setChecked(values.get(settings::SheetCompact));
    m_sheetLanguage->setCurrentIndex(
        std::max(0, m_sheetLanguage->findData(values.get(settings::SheetLanguage))));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(values.get(settings::PaperSize))));
    m_routeGoal->setCurrentIndex(
        std::max(0, m_routeGoal->findData(values.get(settings::RouteGoal))));
    const QTime leave = QTime::fromString(values.get(settings::RoutesLeaveAt), u"HH:mm"_s);
    m_leaveAt->setTime(leave.isValid() ? leave : QTime(10, 0));
    m_windows->setCurrentIndex(std::max(0, m_windows->findData(values.get(settings::TimeWindows))));
    m_lateMetres->setValue(values.get(settings::LateMinuteMetres));
    if (m_retentionMonths) {
        const QSignalBlocker l(m_retentionMonths);
        m_retentionMonths->setValue(values.get(settings::HouseholdRetentionMonths));
        showPurgeCandidates();
    }
}

void SettingsPage::saved(bool ok, const QString& error) {
    showSettings();
    m_savedNote->setText(ok ? tr("Saved.") : error);
    m_savedNote->setStyleSheet(Palette::textStyle(ok ? Palette::ok() : Palette::warning()));
}

} // namespace larder::ui
