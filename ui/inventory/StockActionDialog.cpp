// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/StockActionDialog.h"

#include "core/inventory/Parsing.h"
#include "core/inventory/Vocabulary.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

const QString HintStyle = u"color: palette(text);"_s;

QString shortDate(const std::optional<QDate>& date) {
    return date ? StockActionDialog::tr("use by %1")
                      .arg(QLocale().toString(*date, u"ddd d MMM yyyy"_s))
                : StockActionDialog::tr("no date");
}

} // namespace

QString StockActionDialog::title(Action action) {
    switch (action) {
    case Action::GiveOut:
        return tr("Give out");
    case Action::Dispose:
        return tr("Throw away");
    case Action::Move:
        return tr("Move to another place");
    case Action::Return:
        return tr("Return undelivered");
    }
    return {};
}

StockActionDialog::StockActionDialog(Store& store, Action action, const QString& itemId,
                                     const QString& lotId, const QString& locationId, Submit submit,
                                     QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
    , m_submit(std::move(submit)) {
    setObjectName(u"stockActionDialog"_s);
    setWindowTitle(title(action));
    const inventory::Inventory stock(store);
    m_item = stock.item(itemId).value_or(inventory::Item{});
    const QDate today = Labels::today(store);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    QString lead;
    switch (action) {
    case Action::GiveOut:
        lead = tr("Give <b>%1</b> to a walk-in visitor. The oldest dates go first.");
        break;
    case Action::Dispose:
        lead = tr("Throw away <b>%1</b> that cannot be given out. The reason is recorded.");
        break;
    case Action::Move:
        lead = tr("Move <b>%1</b> to another place.");
        break;
    case Action::Return:
        lead = tr("Put undelivered <b>%1</b> back on the shelf, into the lot it came from.");
        break;
    }
    auto* leadLabel = new QLabel(lead.arg(m_item.name.toHtmlEscaped()), this);
    leadLabel->setWordWrap(true);
    layout->addWidget(leadLabel);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_from = new QComboBox(this);
    m_from->setObjectName(u"actionFrom"_s);
    m_from->setMinimumWidth(380);

    inventory::StockFilter filter;
    filter.itemId = itemId;
    filter.includeZero = action == Action::Return;
    for (const inventory::OnHand& line : stock.onHand(filter)) {
        if (action != Action::Return && line.quantity <= 0)
            continue;
        m_bins.append(line);
    }
    if (action == Action::GiveOut) {
        // FEFO needs no lot choice: from anywhere, or from one location.
        m_from->addItem(tr("Any place — oldest date first"), QString());
        QStringList seen;
        for (const inventory::OnHand& bin : std::as_const(m_bins)) {
            if (seen.contains(bin.locationId))
                continue;
            seen << bin.locationId;
            m_from->addItem(bin.locationName, bin.locationId);
        }
        m_from->setToolTip(
            tr("Where to give it out from; any place takes the oldest dates first."));
        form->addRow(tr("&From:"), m_from);
    } else {
        for (int i = 0; i < m_bins.size(); ++i) {
            const inventory::OnHand& bin = m_bins.at(i);
            const QString text =
                action == Action::Return
                    ? tr("Lot %1 (was on %2)").arg(shortDate(bin.expiry), bin.locationName)
                    : tr("%1 · %2 · %3 there")
                          .arg(bin.locationName, shortDate(bin.expiry),
                               Labels::quantity(bin.quantity, bin.unit));
            m_from->addItem(text, i);
            if (bin.lotId == lotId && bin.locationId == locationId)
                m_from->setCurrentIndex(i);
        }
        m_from->setToolTip(action == Action::Return ? tr("The lot it goes back into.")
                                                    : tr("The place and lot it is taken from."));
        form->addRow(action == Action::Return ? tr("&Lot:") : tr("&From:"), m_from);
    }

    if (action == Action::Move || action == Action::Return) {
        m_to = new QComboBox(this);
        m_to->setObjectName(u"actionTo"_s);
        for (const inventory::Location& location : stock.locations())
            m_to->addItem(location.name, location.id);
        QString preselect = locationId;
        if (action == Action::Move) {
            // Anywhere but where it is now.
            for (int i = 0; i < m_to->count(); ++i) {
                if (m_to->itemData(i).toString() != locationId) {
                    preselect = m_to->itemData(i).toString();
                    break;
                }
            }
        }
        m_to->setCurrentIndex(qMax(0, m_to->findData(preselect)));
        m_to->setToolTip(action == Action::Move ? tr("The place it goes to.")
                                                : tr("The place it goes back to."));
        form->addRow(action == Action::Move ? tr("&To:") : tr("&Back to:"), m_to);
    }

    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(u"actionQuantity"_s);
    m_quantity->setPlaceholderText(m_item.caseSize > 0 ? tr("14 or 2 cases") : tr("how many"));
    switch (action) {
    case Action::GiveOut:
        m_quantity->setToolTip(tr("How many to give out."));
        break;
    case Action::Dispose:
        m_quantity->setToolTip(tr("How many to throw away."));
        break;
    case Action::Move:
        m_quantity->setToolTip(tr("How many to move."));
        break;
    case Action::Return:
        m_quantity->setToolTip(tr("How many go back on the shelf."));
        break;
    }
    form->addRow(tr("&Quantity:"), m_quantity);
    // Moving usually takes the whole lot; throwing away is typed, never assumed.
    if (action == Action::Move && m_from->currentIndex() >= 0)
        m_quantity->setText(QString::number(m_bins.at(m_from->currentIndex()).quantity));

    if (action == Action::Dispose) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(u"actionReason"_s);
        for (const QString& code : inventory::vocabulary::disposalReasons())
            m_reason->addItem(Labels::disposalReason(code), code);
        const bool past = m_from->currentIndex() >= 0 && m_bins.at(m_from->currentIndex()).expiry &&
                          *m_bins.at(m_from->currentIndex()).expiry < today;
        m_reason->setCurrentIndex(m_reason->findData(past ? u"expired"_s : u"spoiled"_s));
        m_reason->setToolTip(tr("Why it is thrown away; recorded with it."));
        form->addRow(tr("&Why:"), m_reason);
        m_note = new QLineEdit(this);
        m_note->setObjectName(u"actionNote"_s);
        m_note->setPlaceholderText(tr("optional: what was wrong"));
        m_note->setToolTip(tr("What was wrong, in a few words; recorded with it."));
        form->addRow(tr("&Note:"), m_note);
    }
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(u"actionMessage"_s);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"actionOk"_s);
    m_ok->setText(title(action));
    m_ok->setDefault(true);
    switch (action) {
    case Action::GiveOut:
        m_ok->setToolTip(tr("Record that this many were given out, the oldest dates first."));
        break;
    case Action::Dispose:
        m_ok->setToolTip(tr("Record that this many were thrown away, and why."));
        break;
    case Action::Move:
        m_ok->setToolTip(tr("Record that this many moved to the chosen place."));
        break;
    case Action::Return:
        m_ok->setToolTip(tr("Put this many back into the chosen lot."));
        break;
    }
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close this window without changing the stock."));
    connect(buttons, &QDialogButtonBox::accepted, this, &StockActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StockActionDialog::reject);
    layout->addWidget(buttons);

    connect(m_quantity, &QLineEdit::textChanged, this, &StockActionDialog::validate);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        if (m_action == Action::Move && m_from->currentIndex() >= 0)
            m_quantity->setText(QString::number(m_bins.at(m_from->currentIndex()).quantity));
        if (m_action == Action::Return && m_to && m_from->currentIndex() >= 0)
            m_to->setCurrentIndex(
                qMax(0, m_to->findData(m_bins.at(m_from->currentIndex()).locationId)));
        validate();
    });
    if (m_to)
        connect(m_to, &QComboBox::currentIndexChanged, this, &StockActionDialog::validate);
    m_quantity->setFocus(Qt::OtherFocusReason);
    m_quantity->selectAll();
    validate();
}

QString StockActionDialog::message() const {
    return m_message->text();
}

void StockActionDialog::validate() {
    const auto problem = [this](const QString& text) {
        m_message->setText(text);
        m_message->setStyleSheet(Palette::textStyle(Palette::warning()));
        m_valid = false;
        m_ok->setEnabled(false);
    };
    m_parsed = 0;
    if (m_item.id.isEmpty())
        return problem(tr("This item no longer exists."));
    if (m_action != Action::GiveOut && m_from->currentIndex() < 0)
        return problem(m_action == Action::Return ? tr("This item has no lot to return into.")
                                                  : tr("There is none of this item on hand."));
    const QString text = m_quantity->text().trimmed();
    if (text.isEmpty()) {
        if (m_action == Action::Dispose)
            problem(tr("Type how many: all of it is %1.")
                        .arg(Labels::quantity(m_bins.at(m_from->currentIndex()).quantity,
                                              m_item.unit)));
        else
            problem(tr("Type how many."));
        m_message->setStyleSheet(HintStyle);
        return;
    }
    const auto parsed = inventory::InputParser::parseQuantity(
        text, m_item.unit == u"case" ? 1 : m_item.caseSize, 10'000'000);
    if (!parsed.ok())
        return problem(parsed.error);
    m_parsed = parsed.quantity;
    const QString amount = Labels::quantity(m_parsed, m_item.unit);

    QString hint;
    if (m_action == Action::GiveOut) {
        const QString from = m_from->currentData().toString();
        QList<inventory::OnHand> bins;
        for (const inventory::OnHand& bin : std::as_const(m_bins)) {
            if (from.isEmpty() || bin.locationId == from)
                bins.append(bin);
        }
        std::stable_sort(bins.begin(), bins.end(), [](const auto& a, const auto& b) {
            if (a.expiry.has_value() != b.expiry.has_value())
                return a.expiry.has_value(); // dated lots before undated ones
            return a.expiry < b.expiry;
        });
        qint64 available = 0;
        for (const inventory::OnHand& bin : std::as_const(bins))
            available += bin.quantity;
        if (m_parsed > available)
            return problem(
                tr("Only %1 on hand there.").arg(Labels::quantity(available, m_item.unit)));
        // What leaves, oldest date first; lots of one date at one place read as one.
        QList<std::tuple<qint64, std::optional<QDate>, QString>> takes;
        qint64 left = m_parsed;
        for (const inventory::OnHand& bin : std::as_const(bins)) {
            if (left <= 0)
                break;
            const qint64 take = std::min(left, bin.quantity);
            if (!takes.isEmpty() && std::get<1>(takes.last()) == bin.expiry &&
                std::get<2>(takes.last()) == bin.locationName)
                std::get<0>(takes.last()) += take;
            else
                takes.append({take, bin.expiry, bin.locationName});
            left -= take;
        }
        QStringList parts;
        for (const auto& [take, expiry, place] : std::as_const(takes))
            parts << (expiry
                          ? tr("%1 from %2, %3")
                                .arg(Labels::quantity(take, m_item.unit), place, shortDate(expiry))
                          : tr("%1 from %2 (no date)")
                                .arg(Labels::quantity(take, m_item.unit), place));
        hint = tr("Takes %1.").arg(parts.join(u"; "_s));
    } else {
        const inventory::OnHand& bin = m_bins.at(m_from->currentIndex());
        if (m_action != Action::Return && m_parsed > bin.quantity)
            return problem(tr("Only %1 there.").arg(Labels::quantity(bin.quantity, bin.unit)));
        if (m_action == Action::Move && m_to->currentData().toString() == bin.locationId)
            return problem(tr("It is already there: choose another place."));
        switch (m_action) {
        case Action::Dispose:
            hint = tr("%1 leave the stock, recorded as thrown away.").arg(amount);
            break;
        case Action::Move:
            hint = tr("%1 go from %2 to %3.").arg(amount, bin.locationName, m_to->currentText());
            break;
        case Action::Return:
            hint = tr("%1 go back to %2.").arg(amount, m_to->currentText());
            break;
        case Action::GiveOut:
            break;
        }
    }
    m_message->setText(hint);
    m_message->setStyleSheet(HintStyle);
    m_valid = true;
    m_ok->setEnabled(true);
}

StockActionDialog::Request StockActionDialog::request() const {
    Request request;
    request.action = m_action;
    request.itemId = m_item.id;
    request.itemName = m_item.name;
    request.unit = m_item.unit;
    request.quantity = m_parsed;
    if (m_action == Action::GiveOut) {
        request.fromLocationId = m_from->currentData().toString();
    } else if (m_from->currentIndex() >= 0) {
        const inventory::OnHand& bin = m_bins.at(m_from->currentIndex());
        request.lotId = bin.lotId;
        request.fromLocationId = bin.locationId;
    }
    if (m_to)
        request.toLocationId = m_to->currentData().toString();
    if (m_reason)
        request.reason = m_reason->currentData().toString();
    if (m_note)
        request.note = m_note->text().trimmed();
    return request;
}

void StockActionDialog::accept() {
    validate();
    if (!m_valid)
        return;
    const QString error = m_submit ? m_submit(request()) : QString();
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->setStyleSheet(Palette::textStyle(Palette::warning()));
        return;
    }
    QDialog::accept();
}

} // namespace larder::ui
