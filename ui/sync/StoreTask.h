// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QTimer;
class QWidget;

namespace larder {
class Store;
}

namespace larder::ui {

// Long work on the store (an import, a shared-folder round, an export) run on a worker thread,
// so that a costly file never freezes the window. The Store (its SQLite connection, statement
// cache, key and clock) is not thread-safe, so while the worker runs the GUI thread keeps
// everything else away from it:
// - an application-modal progress dialog with Cancel shows once the work takes more than
//   showAfterMs; before and while it shows, input to every other window is dropped (so no click
//   or shortcut reaches a page, and the main window cannot be closed);
// - timers (QTimer) outside the dialog are held: a timer that comes due is stopped and started
//   again, due at once, when the work is done (a model's reload after a change, the idle lock);
// - Store::changed is blocked while the worker writes; when the work says it changed the store,
//   it is emitted on the GUI thread after the worker has finished, with every table named, so
//   models and pages reload from the GUI thread only.
// The work gets a progress callback that returns false once the person cancels; the import and
// export stop at their next step and change nothing. See docs/ARCHITECTURE.md, "Sync folder".
class StoreTask : public QObject {
    Q_OBJECT

public:
    StoreTask(Store& store, QWidget* parent, const QString& title);
    ~StoreTask() override;

    // How long the work runs before the dialog shows (ms); tests set 0.
    static void setShowAfterMs(int ms);

    // Runs `work` on a worker thread and returns when it is done, the window kept painting.
    void run(const std::function<void(StoreTask& task)>& work);

    // For the worker. Thread-safe.
    bool progress(qint64 done, qint64 total); // total <= 0: unknown; false once cancelled
    void setLabel(const QString& text);
    bool cancelled() const { return m_cancelled.load(); }
    void setStoreChanged() { m_storeChanged = true; }

    QProgressDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    // On the GUI thread, the dialog made, just before the worker starts.
    void started();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool insideDialog(const QObject* object) const;
    void poll();
    void releaseTimers();

    Store& m_store;
    QWidget* m_parent;
    QString m_title;
    QProgressDialog* m_dialog = nullptr;
    QTimer* m_poll = nullptr;
    QList<QPointer<QTimer>> m_held;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_storeChanged{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    mutable QMutex m_labelMutex;
    QString m_label;
    bool m_labelChanged = false;
};

} // namespace larder::ui
