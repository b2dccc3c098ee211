#pragma once

#include "domain/LineDecision.h"
#include "domain/Transfer.h"
#include "async/CancelToken.h"
#include "async/LoadProgress.h"
#include "reconcile/CwDirectory.h"
#include "reconcile/LineExplanation.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"
#include "reconcile/Pusher.h"

#include <QObject>
#include <QSet>
#include <QUrl>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>
#include <optional>

namespace il {

class Connections;
class CwPrefetch;
class Database;
class PushLock;
class LineDecisions;
class LineNotes;
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

    // Loads, links (storing automatic links as auto) and validates the month. Each load is a run
    // of its own: once the month has loaded, the record of the one before is finished (with its
    // counts) and a new record is started. A load that is cancelled or fails (it throws) leaves
    // the month loaded before as it was, run included: result() and directory() hold it again.
    QCoro::Task<> load(QDate month, CancelToken cancel = {});
    // The corrections for the chosen kinds, for all lines or only the given ones.
    QList<PushAction> plan(const QSet<PushKind>& kinds, const QList<qsizetype>& onlyLines = {}) const;
    // Takes the month's push lock (waiting up to lockWait() for another writer, else throwing
    // UserError naming who holds it), settles the writes an interrupted push left unknown,
    // pushes, logs every attempt, records each line's action, then re-validates with what
    // ConnectWise now holds. Called with no actions it only settles. A push that had to stop
    // (the log cannot be written, an outcome cannot be learned) says why in result().stopReason.
    // Emits linesChanged() with the lines whose record (verdict, action, outcome) changed.
    QCoro::Task<QList<Pusher::Outcome>> push(QList<PushAction> actions, CancelToken cancel = {});
    // How long push() waits for another process pushing the same month; 0 (the default) refuses
    // at once, as a window should; the command line waits.
    void setLockWait(std::chrono::milliseconds wait) { m_lockWait = wait; }
    // Writes the run record (counts of the final state) and ends it; the next push needs a new
    // load. Called by the engine at the end of a run: the next load, or the workspace closing.
    void finish();
    // The run record of the loaded month (0 when none is open).
    qint64 runId() const { return m_runId; }

    // ---- linking (desktop) -----------------------------------------------------------------
    // Links a line (and every line of the same customer key and item code) as confirmed,
    // remembers it for next month, loads what ConnectWise holds for that company when it was
    // not loaded, and re-validates at once. agreementId 0 / empty product keep those parts to
    // the linker's rule. Emits linesChanged() with the lines whose record changed.
    QCoro::Task<> setLink(qsizetype lineIndex, int companyId, int agreementId, QString productIdentifier,
                          CancelToken cancel = {});
    // Stores every automatic or suggested link of the month as confirmed, except links to an
    // agreement that is not active in the month. Returns how many lines changed origin.
    // Emits linesChanged().
    int confirmSuggestions();
    // How many lines confirmSuggestions() would confirm now (the window asks first).
    int suggestionsToConfirm() const;

    // ---- what a dialog created in ConnectWise (engine/CwLookups creates it) -----------------
    // Adds it to the month's directory, so a line can be linked to it with setLink.
    void addAgreement(const il::Agreement& agreement);
    void addCatalogItem(const il::CatalogItem& item);

    // ---- transfer log and notes ------------------------------------------------------------
    // month empty: every month.
    std::vector<Transfer> transfers(const QString& month = {}, std::optional<TransferOutcome> outcome = {}) const;
    QString note(const QString& lineId) const;
    void setNote(const QString& lineId, const QString& text);

    // ---- decisions and notes (issue 10 points 4 and 5; MonthRunDecisions.cpp) ---------------
    // Decides the given rows and the other lines of their groups (a group is decided as one):
    // stores the decision for the month (later months take it where the same deviation
    // repeats), logs one decision row per line in the transfer log (who, when, the decision,
    // the note) and puts it on the records. LineDecision::None undoes. A non-empty note becomes
    // the lines' note too. Emits linesChanged(). Throws UserError when it cannot be stored.
    void decide(const QList<qsizetype>& rows, LineDecision decision, const QString& note = {});
    // Sets (an empty text removes) the note of the given rows; emits linesChanged().
    void setNotes(const QList<qsizetype>& rows, const QString& note);
    // The deviation a decision is about, as stored: the status and the quantity and price
    // differences ("price_mismatch q=0 p=-0.5"). A later month's line takes a decision only when
    // this text is the same.
    static QString deviationOf(const LineRecord& record);

    // ---- explaining a line (MonthRunExplain.cpp) --------------------------------------------
    // The agreement's page in ConnectWise's web interface (CwWebAddress); empty when the site is
    // not set or agreementId is 0.
    QUrl agreementWebAddress(int agreementId) const;
    // Why the line has its status, with the push that would fix it (issue 10 points 2 and 3).
    // planned: the push a front end already planned for the line (null: none); not given, the
    // month is planned for it here (every line: costs a moment at 100,000 lines).
    LineExplanation explain(qsizetype lineIndex, std::optional<const PushAction*> planned = std::nullopt) const;

    const MonthResult& result() const { return m_result; }
    const CwDirectory& directory() const { return m_directory; }
    // The month's active companies (the company pickers choose from these).
    const QList<Company>& companies() const { return m_directory.companies; }
    bool isLoaded() const { return m_result.month.isValid(); }

    // The rows (record indexes) at which two results of the same month differ, ascending; rows
    // beyond the shorter list count as changed.
    static QList<qsizetype> changedRows(const QList<LineRecord>& before, const QList<LineRecord>& after);

signals:
    // A step of the run: what it is doing, done of total (total 0 when unknown). A load's steps
    // are its LoadProgress (the same text and counts).
    void progress(const QString& step, int done, int total);
    // A load's phase with its counts, and how long Exact Online's rate limit makes it wait.
    // Phases come in LoadProgress::Phase order; the last is Done with the month's line count.
    void loadProgress(const il::LoadProgress& progress);
    // A new result replaced the whole one: a month was loaded (other rows, other count).
    void resultChanged();
    // The loaded month changed in place (setLink, confirmSuggestions, push): rows are exactly the
    // records whose content changed, ascending (possibly none: the summary, the calls or the log
    // tip may still have changed). Never emitted for a load; a view updates those rows only.
    void linesChanged(const QList<qsizetype>& rows);
    // push() waits for the month's lock; holder says who has it.
    void waitingForLock(const QString& holder);

private:
    // The steps of load() into the members; load() puts back what was there when this throws.
    QCoro::Task<> loadMonth(QDate month, CancelToken cancel);
    // Writes the record of the open run with the counts of `result` and ends it.
    void finishRecord(const MonthResult& result);
    // `reads` answers what was read while Exact was (CwPrefetch) and reads only the rest.
    QCoro::Task<> loadDirectory(const QList<InvoiceLine>& lines, CwPrefetch& reads, CancelToken cancel);
    QCoro::Task<> loadAgreements(QSet<int> companyIds, QSet<int> rememberedAgreements, CwPrefetch& reads,
                                 CancelToken cancel);
    // Emits loadProgress and progress for a step of the load.
    void report(const LoadProgress& step);
    void relink();
    // Puts the month's decisions (and the earlier months' where the same deviation repeats) and
    // notes on the records; called after a load.
    void applyDecisions();
    QList<qsizetype> withGroups(const QList<qsizetype>& rows) const;
    void rememberAutoLinks();
    void collectCalls();
    QCoro::Task<std::unique_ptr<PushLock>> lockMonth(CancelToken cancel);

    Connections& m_connections;
    Database& m_database;
    const Settings& m_settings;
    Identity m_identity;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<TransferLog> m_log;
    std::unique_ptr<LineNotes> m_notes;
    std::unique_ptr<LineDecisions> m_decisions;
    qint64 m_runId = 0;
    std::chrono::milliseconds m_lockWait{0};
    QList<InvoiceLine> m_lines;
    CwDirectory m_directory;
    MonthResult m_result;
    LoadProgress m_lastProgress; // what a rate-limit wait during a load is added to
};

} // namespace il
