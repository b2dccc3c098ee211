#pragma once

#include "net/CancelToken.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"
#include "reconcile/Pusher.h"

#include <QObject>
#include <QSet>
#include <qcoro/qcorotask.h>

#include <memory>

namespace il {

class Connections;
class Database;
class LinkStore;
class Settings;
class TransferLog;

// Owns one month's state and drives the job for both front ends (DESIGN §1): load the invoice,
// read the part of ConnectWise it touches, link, validate, push the chosen corrections and log
// them. Front ends only call this and read result(); they never talk to an API or the database.
class MonthRun : public QObject {
    Q_OBJECT
public:
    struct Identity {
        QString user;     // who runs it, for links and the transfer log
        QString frontEnd; // "cli" or "gui"
    };

    MonthRun(Connections& connections, Database& database, const Settings& settings, Identity identity,
             QObject* parent = nullptr);
    ~MonthRun() override;

    // Loads, links (storing automatic links as auto) and validates the month.
    QCoro::Task<> load(QDate month, CancelToken cancel = {});
    // The corrections for the chosen kinds, for all lines or only the given ones.
    QList<PushAction> plan(const QSet<PushKind>& kinds, const QList<qsizetype>& onlyLines = {}) const;
    // Pushes, logs every attempt, records each line's action, then re-validates with what
    // ConnectWise now holds.
    QCoro::Task<QList<Pusher::Outcome>> push(QList<PushAction> actions, CancelToken cancel = {});
    // Writes the run record (counts of the final state). Called once at the end of a run.
    void finish();

    const MonthResult& result() const { return m_result; }
    const CwDirectory& directory() const { return m_directory; }
    bool isLoaded() const { return m_result.month.isValid(); }

signals:
    // A step of the run: what it is doing, done of total (total 0 when unknown).
    void progress(const QString& step, int done, int total);
    void resultChanged();

private:
    QCoro::Task<> loadDirectory(const QList<InvoiceLine>& lines, CancelToken cancel);
    void relink();
    void rememberAutoLinks();
    void collectCalls();

    Connections& m_connections;
    Database& m_database;
    const Settings& m_settings;
    Identity m_identity;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<TransferLog> m_log;
    qint64 m_runId = 0;
    QList<InvoiceLine> m_lines;
    CwDirectory m_directory;
    MonthResult m_result;
};

} // namespace il
