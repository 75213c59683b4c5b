// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/StoreTask.h"

#include "core/storage/Schema.h"
#include "core/storage/Store.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <thread>

namespace larder::ui {

namespace {

int showAfter = 400;

bool isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletRelease:
    case QEvent::DragEnter:
    case QEvent::Drop:
    case QEvent::Close:
        return true;
    default:
        return false;
    }
}

} // namespace

StoreTask::StoreTask(Store& store, QWidget* parent, const QString& title)
    : QObject(parent)
    , m_store(store)
    , m_parent(parent)
    , m_title(title) {}

StoreTask::~StoreTask() = default;

void StoreTask::setShowAfterMs(int ms) {
    showAfter = ms;
}

bool StoreTask::progress(qint64 done, qint64 total) {
    m_done = done;
    m_total = total;
    return !m_cancelled.load();
}

void StoreTask::setLabel(const QString& text) {
    QMutexLocker lock(&m_labelMutex);
    m_label = text;
    m_labelChanged = true;
}

bool StoreTask::insideDialog(const QObject* object) const {
    for (const QObject* o = object; o; o = o->parent()) {
        if (o == m_dialog || o == m_poll)
            return true;
    }
    return false;
}

bool StoreTask::eventFilter(QObject* watched, QEvent* event) {
    if (insideDialog(watched))
        return false;
    if (event->type() == QEvent::Timer) {
        if (auto* timer = qobject_cast<QTimer*>(watched)) {
            timer->stop();
            if (!m_held.contains(timer))
                m_held.append(timer);
            return true;
        }
        return false;
    }
    if (watched->isWidgetType() && isInput(event->type())) {
        event->ignore(); // a close asked for now is refused
        return true;
    }
    return false;
}

void StoreTask::poll() {
    {
        QMutexLocker lock(&m_labelMutex);
        if (m_labelChanged && !m_cancelled) {
            m_dialog->setLabelText(m_label);
            m_labelChanged = false;
        }
    }
    const qint64 total = m_total.load();
    if (total <= 0) {
        m_dialog->setRange(0, 0); // a busy bar: reading, or deriving the key
    } else {
        m_dialog->setRange(0, 1000);
        m_dialog->setValue(
            int(qBound<qint64>(qint64(0), m_done.load() * 1000 / total, qint64(1000))));
    }
}

void StoreTask::releaseTimers() {
    for (const QPointer<QTimer>& timer : std::as_const(m_held)) {
        if (!timer)
            continue;
        if (!timer->isSingleShot()) {
            timer->start();
            continue;
        }
        // Due at once, then with its own interval again.
        const int interval = timer->interval();
        timer->start(0);
        connect(
            timer, &QTimer::timeout, timer,
            [t = timer.data(), interval] {
                if (t->interval() == 0)
                    t->setInterval(interval);
            },
            Qt::SingleShotConnection);
    }
    m_held.clear();
}

void StoreTask::run(const std::function<void(StoreTask& task)>& work) {
    m_cancelled = false;
    m_storeChanged = false;
    m_done = 0;
    m_total = 0;
    QProgressDialog dialog(m_title, tr("Cancel"), 0, 0, m_parent);
    dialog.setObjectName(QStringLiteral("storeTaskProgress"));
    dialog.setWindowTitle(m_title);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(showAfter);
    m_dialog = &dialog;
    connect(&dialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        // Cancel hid the dialog; it stays until the work has stopped.
        m_dialog->setLabelText(tr("Stopping… nothing of the file being read is kept."));
        m_dialog->setCancelButton(nullptr);
        m_dialog->show();
    });
    QTimer poll;
    m_poll = &poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, this, &StoreTask::poll);
    dialog.setValue(0); // starts the dialog's own wait before it shows

    qApp->installEventFilter(this);
    const bool signalsWereBlocked = m_store.blockSignals(true);
    Q_EMIT started();
    QEventLoop loop;
    std::thread worker([&] {
        work(*this);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    poll.start();
    loop.exec();
    worker.join();
    poll.stop();
    m_store.blockSignals(signalsWereBlocked);
    qApp->removeEventFilter(this);
    m_poll = nullptr;
    m_dialog = nullptr;
    dialog.reset();
    dialog.hide();
    releaseTimers();
    if (m_storeChanged) {
        QSet<QString> tables;
        for (const TableDef& table : schema::tables())
            tables.insert(table.name);
        Q_EMIT m_store.changed(tables);
    }
}

} // namespace larder::ui
