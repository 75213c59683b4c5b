#include "HouseholdsPage.h"

#include "HouseholdsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

HouseholdsPage::HouseholdsPage(Store& store, QWidget* parent)
    : Page(store, tr("Households"),
           tr("The households this pantry delivers to, by the name each chose. Only what delivery "
              "needs is kept, and addresses never appear in this list."),
           parent) {
    m_model = new HouseholdsModel(store, this);

    m_count = new QLabel(this);
    body()->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(u"householdsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HouseholdsModel::Name, QHeaderView::Stretch);
    header->resizeSection(HouseholdsModel::PostalCode, 130);
    header->resizeSection(HouseholdsModel::Size, 90);
    header->resizeSection(HouseholdsModel::Languages, 240);
    header->resizeSection(HouseholdsModel::Status, 130);
    body()->addWidget(m_view, 1);

    connect(m_model, &HouseholdsModel::countsChanged, this, &HouseholdsPage::updateCount);
    updateCount();
}

void HouseholdsPage::updateCount() {
    const int total = m_model->totalCount();
    if (total == 0) {
        m_count->setText(tr("No households on file yet. Adding households arrives in a later "
                            "version of Larder."));
        return;
    }
    m_count->setText(tr("%n households on file", "", total) + u", "_s +
                     tr("%n active", "", m_model->activeCount()) + u'.');
}

} // namespace larder::ui
