#include "reconcile/MonthRun.h"

#include "exact/ExactConnection.h"
#include "exact/InvoiceSource.h"
#include "log/LogCategories.h"
#include "net/HttpClient.h"
#include "log/LogRedact.h"
#include "errors/UserError.h"
#include "async/CancellableSleep.h"
#include "reconcile/Connections.h"
#include "reconcile/CwPrefetch.h"
#include "reconcile/IntentResolver.h"
#include "reconcile/Linker.h"
#include "reconcile/MonthActivity.h"
#include "reconcile/MonthDeviation.h"
#include "reconcile/PushPlanner.h"
#include "reconcile/Validator.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/LineDecisions.h"
#include "store/LineNotes.h"
#include "store/LinkStore.h"
#include "store/PushLock.h"
#include "store/RunHistory.h"
#include "store/LogVerifier.h"
#include "store/TipAnchor.h"
#include "store/TransferLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QSet>

namespace il {
namespace {

QString monthKey(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }

// Automatic links are worked out afresh every month, so ConnectWise changes are picked up;
// only what a person suggested or confirmed is taken as given.
RememberedLinks rememberedFrom(LinkStore& store) {
    RememberedLinks r;
    for (const CustomerLink& l : store.customerLinks())
        if (l.origin != LinkOrigin::Auto)
            r.add(l);
    for (const LineLink& l : store.lineLinks())
        if (l.origin != LinkOrigin::Auto)
            r.add(l);
    return r;
}

// The outcome that matters most when one push wrote several rows (one per field).
int weight(TransferOutcome o) {
    switch (o) {
    case TransferOutcome::Pushed:
        return 0;
    case TransferOutcome::AlreadyInEffect:
        return 1;
    case TransferOutcome::RefusedChanged:
        return 2;
    case TransferOutcome::Intent: // sent, outcome not yet known: checked before the next push
        return 3;
    case TransferOutcome::NotApplied:
    case TransferOutcome::Failed:
        return 4;
    case TransferOutcome::Recorded: // a decision row; pushes never write one
        return 0;
    }
    return 0;
}

} // namespace

QList<qsizetype> MonthRun::changedRows(const QList<LineRecord>& before, const QList<LineRecord>& after) {
    QList<qsizetype> rows;
    const qsizetype n = std::max(before.size(), after.size());
    for (qsizetype i = 0; i < n; ++i)
        if (i >= before.size() || i >= after.size() || !(before[i] == after[i]))
            rows.append(i);
    return rows;
}

MonthRun::MonthRun(Connections& connections, Database& database, const Settings& settings, Identity identity,
                   QObject* parent)
    : QObject(parent)
    , m_connections(connections)
    , m_database(database)
    , m_settings(settings)
    , m_identity(std::move(identity))
    , m_links(std::make_unique<LinkStore>(database, m_identity.user))
    , m_log(std::make_unique<TransferLog>(database))
    , m_notes(std::make_unique<LineNotes>(database, m_identity.user))
    , m_decisions(std::make_unique<LineDecisions>(database, m_identity.user)) {}

MonthRun::~MonthRun() = default;

QCoro::Task<> MonthRun::load(QDate month, CancelToken cancel) {
    month = MonthActivity::firstDay(month);
    QElapsedTimer took;
    took.start();
    // The month shown before stays whole until the new one has loaded: a cancelled or failed
    // load gives it back (with its run, results and this run's pushes), so a window never keeps
    // a grid whose run holds nothing, or half a month.
    const QList<InvoiceLine> lines = m_lines;
    const CwDirectory directory = m_directory;
    const MonthResult result = m_result;
    m_result = MonthResult();
    m_directory = CwDirectory();
    std::exception_ptr failure;
    try {
        co_await loadMonth(month, cancel);
    } catch (...) {
        failure = std::current_exception();
    }
    if (failure) {
        m_lines = lines;
        m_directory = directory;
        m_result = result;
        std::rethrow_exception(failure);
    }
    // A new load is a new run: the one before ends here, with the counts it had, so a push of
    // this month is never filed under the record of the month shown before.
    finishRecord(result);
    m_runId = m_log->startRun(monthKey(month), m_identity.user, m_identity.frontEnd);
    qCInfo(lcReconcile).noquote() << "loaded" << monthKey(month) << "in" << took.elapsed()
                                  << "ms:" << m_result.records.size() << "lines,"
                                  << m_result.count(LineStatus::Ok) << "ok," << m_result.needingAttention()
                                  << "need attention," << m_result.count(LineStatus::Unlinked)
                                  << "unlinked; run" << m_runId;
    const int n = int(m_result.records.size());
    report(LoadProgress{LoadProgress::Phase::Done, n, n, 0});
    emit resultChanged();
}

void MonthRun::report(const LoadProgress& step) {
    m_lastProgress = step;
    emit loadProgress(step);
    emit progress(step.text(), step.done, step.total);
}

QCoro::Task<> MonthRun::loadMonth(QDate month, CancelToken cancel) {
    // A load is a run: what Exact refused in an earlier load of this window may be fixed by now.
    m_connections.exact().startRun();
    m_lastProgress = LoadProgress(); // a wait before Exact's first answer belongs to its first phase
    // Exact's rate-limit waits are part of the load's progress: how long, and in which phase.
    // (Disconnected when the load ends, however it ends.)
    struct Disconnect {
        QMetaObject::Connection c;
        ~Disconnect() { QObject::disconnect(c); }
    } waits{connect(&m_connections.exactHttp(), &HttpClient::rateLimitWait, this, [this](std::chrono::milliseconds w) {
        LoadProgress waiting = m_lastProgress;
        waiting.waitSeconds = int((w.count() + 999) / 1000);
        report(waiting);
    })};
    const ExactConnection::ProgressSink exactProgress = [this](const LoadProgress& p) { report(p); };
    qCInfo(lcReconcile).noquote()
        << QStringLiteral("loading %1 from Exact Online (source %2) and ConnectWise's companies")
               .arg(monthKey(month), m_settings.exactSource().isEmpty() ? QStringLiteral("purchase")
                                                                        : m_settings.exactSource());
    // Exact is read one call at a time; ConnectWise's companies do not depend on the invoice, nor
    // do the agreements and additions of the companies the stored links point at, so they come
    // in meanwhile (QCoro tasks start at once). All are awaited even when one fails.
    QCoro::Task<QList<Company>> companies = m_connections.connectwise().activeCompanies(cancel);
    CwPrefetch early(m_connections.connectwise(), month);
    QCoro::Task<> earlyReads =
        early.read(CwPrefetch::Forecast::fromLinks(m_links->customerLinks(), m_links->lineLinks()), cancel);
    std::exception_ptr failure;
    try {
        m_lines = co_await m_connections.exact().loadMonth(month, cancel, exactProgress);
    } catch (...) {
        failure = std::current_exception();
    }
    try {
        m_directory.companies = co_await companies;
    } catch (...) {
        if (!failure)
            failure = std::current_exception();
    }
    if (failure)
        early.stop();
    co_await std::move(earlyReads); // never throws
    if (failure)
        std::rethrow_exception(failure);
    qCInfo(lcReconcile).noquote() << "read" << m_lines.size() << "invoice lines and"
                                  << m_directory.companies.size() << "active companies";
    m_result.month = month;
    m_result.source = m_settings.invoiceSource().value_or(InvoiceSourceKind::Purchase);
    m_result.comparedPriceField = m_settings.comparedPriceField();
    co_await loadDirectory(m_lines, early, cancel);
    report(LoadProgress{LoadProgress::Phase::Checking, 0, int(m_lines.size()), 0});
    relink();
    applyDecisions();
    rememberAutoLinks();
    collectCalls();
    m_result.logTip = LogVerifier(m_database).last();
}

QCoro::Task<> MonthRun::loadDirectory(const QList<InvoiceLine>& lines, CwPrefetch& reads, CancelToken cancel) {
    const QDate month = m_result.month;
    m_directory.index();

    // Which companies the invoice touches: remembered links, else the automatic rule.
    const RememberedLinks remembered = rememberedFrom(*m_links);
    const Linker companyLinker(m_directory, remembered, month);
    QSet<int> companyIds;
    QSet<int> rememberedAgreements;
    QSet<QString> products;
    for (const InvoiceLine& l : lines) {
        products.insert(CwDirectory::foldKey(l.itemCode));
        if (auto r = remembered.lines.constFind(RememberedLinks::lineKey(l.customerKey, l.itemCode)); r != remembered.lines.cend()) {
            companyIds.insert(r->companyId);
            if (r->agreementId)
                rememberedAgreements.insert(r->agreementId);
            if (!r->productIdentifier.isEmpty())
                products.insert(CwDirectory::foldKey(r->productIdentifier));
        } else if (auto c = remembered.customers.constFind(l.customerKey); c != remembered.customers.cend()) {
            companyIds.insert(c->companyId);
        } else {
            QString reason;
            if (int id = companyLinker.matchCompany(l.customerKey, l.customerName, &reason))
                companyIds.insert(id);
        }
    }
    companyIds.remove(0);
    products.remove(QString());

    // The catalog items depend only on the invoice: they load while agreements and additions do.
    QStringList identifiers(products.begin(), products.end());
    identifiers.sort();
    QCoro::Task<QList<CatalogItem>> catalog = m_connections.connectwise().catalogItemsByIdentifier(identifiers, cancel);
    std::exception_ptr failure;
    try {
        co_await loadAgreements(companyIds, rememberedAgreements, reads, cancel);
    } catch (...) {
        failure = std::current_exception();
    }
    try {
        m_directory.catalog = co_await catalog;
    } catch (...) {
        if (!failure)
            failure = std::current_exception();
    }
    if (failure)
        std::rethrow_exception(failure);
    qCInfo(lcReconcile) << "read" << m_directory.additions.size() << "additions and"
                        << m_directory.catalog.size() << "catalog items of" << identifiers.size()
                        << "products";
    m_directory.index();
}

QCoro::Task<> MonthRun::loadAgreements(QSet<int> companyIds, QSet<int> rememberedAgreements, CwPrefetch& reads,
                                       CancelToken cancel) {
    const QDate month = m_result.month;
    report(LoadProgress{LoadProgress::Phase::ConnectWiseAgreements, 0, int(companyIds.size()), 0});
    QList<int> ids(companyIds.begin(), companyIds.end());
    std::sort(ids.begin(), ids.end());
    // (No co_await inside ?: — GCC 12 miscompiles that in coroutines.)
    qCInfo(lcReconcile) << "loading the agreements of" << ids.size() << "companies";
    if (!ids.isEmpty())
        m_directory.agreements = co_await reads.agreementsOfCompanies(ids, cancel);

    // Additions of the agreements the linker may choose: active ones, remembered ones, and the
    // ended ones of companies without an active agreement (the agreement_inactive rule).
    QSet<int> companiesWithActive;
    for (const Agreement& a : m_directory.agreements)
        if (MonthActivity::agreementActive(a, month))
            companiesWithActive.insert(a.companyId);
    QList<int> agreementIds;
    for (const Agreement& a : m_directory.agreements)
        if (MonthActivity::agreementActive(a, month) || !companiesWithActive.contains(a.companyId) ||
            rememberedAgreements.contains(a.id))
            agreementIds.append(a.id);
    report(LoadProgress{LoadProgress::Phase::ConnectWiseAgreements, int(companyIds.size()), int(companyIds.size()), 0});
    qCInfo(lcReconcile) << "read" << m_directory.agreements.size() << "agreements; loading the additions of"
                        << agreementIds.size();
    if (!agreementIds.isEmpty()) {
        const std::function<void(int, int)> counted = [this](int done, int total) {
            report(LoadProgress{LoadProgress::Phase::ConnectWiseAdditions, done, total, 0});
        };
        const QMap<int, QList<Addition>> additions = co_await reads.additionsOfAgreements(agreementIds, cancel, counted);
        for (const QList<Addition>& list : additions)
            m_directory.additions.append(list);
    }
}

void MonthRun::relink() {
    const RememberedLinks remembered = rememberedFrom(*m_links);
    QList<LinkedLine> linked = Linker(m_directory, remembered, m_result.month).link(m_lines);
    ValidationOptions options;
    options.month = m_result.month;
    options.compareUnitPrice = m_result.comparedPriceField == PriceField::UnitPrice;
    options.priceTolerance = m_settings.priceTolerance();
    options.quantityTolerance = m_settings.quantityTolerance();
    options.administrationCurrency = m_connections.exact().source().administrationCurrency();
    ValidationResult v = Validator(m_directory, options).validate(linked);
    // A record keeps what this run's pushes did to its line; the link and verdict are new.
    QList<LineRecord> records(linked.size());
    for (qsizetype i = 0; i < linked.size(); ++i) {
        if (i < m_result.records.size())
            records[i] = m_result.records.at(i); // (at(): no detach of a shared list)
        records[i].linked = std::move(linked[i]);
        records[i].finding = i < v.findings.size() ? std::move(v.findings[i]) : Finding{};
    }
    m_result.records = std::move(records);
    m_result.extraAdditions = std::move(v.extraAdditions);
}

void MonthRun::rememberAutoLinks() {
    // One transaction: a commit per link costs a disk sync each.
    auto tx = m_database.begin(QStringLiteral("remember the month's automatic links"));
    QSet<QString> seenCustomers, seenLines;
    for (const LineRecord& r : m_result.records) {
        const LinkedLine& l = r.linked;
        if (l.companyId && l.companyOrigin == LinkOrigin::Auto && !seenCustomers.contains(l.line.customerKey)) {
            seenCustomers.insert(l.line.customerKey);
            m_links->upsert(CustomerLink{l.line.customerKey, l.companyId, LinkOrigin::Auto, {}, {}});
        }
        const QString key = RememberedLinks::lineKey(l.line.customerKey, l.line.itemCode);
        if (l.isLinked() && l.origin() == LinkOrigin::Auto && !seenLines.contains(key)) {
            seenLines.insert(key);
            m_links->upsert(LineLink{l.line.customerKey, l.line.itemCode, l.companyId, l.agreementId,
                                     l.productIdentifier, LinkOrigin::Auto, {}, {}});
        }
    }
    tx.commit();
}

QList<PushAction> MonthRun::plan(const QSet<PushKind>& kinds, const QList<qsizetype>& onlyLines) const {
    PushPlanner::Options options{m_result.month, m_result.comparedPriceField == PriceField::UnitPrice, kinds};
    QList<LinkedLine> lines;
    QList<Finding> findings;
    lines.reserve(m_result.records.size());
    findings.reserve(m_result.records.size());
    for (const LineRecord& r : m_result.records) {
        lines.append(r.linked);
        findings.append(r.finding);
    }
    QList<PushAction> planned = PushPlanner(m_directory, options).plan(lines, findings);
    // A dismissed deviation stays as it is: no push (one-click, reviewed or --apply) touches it.
    QList<PushAction> actions;
    for (const PushAction& a : planned) {
        bool dismissed = false;
        for (qsizetype i : a.lineIndexes)
            dismissed |= i >= 0 && i < m_result.records.size() &&
                         m_result.records.at(i).decision == LineDecision::Dismissed;
        if (!dismissed)
            actions.append(a);
    }
    if (onlyLines.isEmpty())
        return actions;
    const QSet<qsizetype> wanted(onlyLines.begin(), onlyLines.end());
    QList<PushAction> chosen;
    for (const PushAction& a : actions)
        for (qsizetype i : a.lineIndexes)
            if (wanted.contains(i)) {
                chosen.append(a);
                break;
            }
    return chosen;
}

QCoro::Task<std::unique_ptr<PushLock>> MonthRun::lockMonth(CancelToken cancel) {
    const QString month = monthKey(m_result.month);
    const QString holder = QStringLiteral("%1 (%2 on %3, pid %4)")
                               .arg(m_identity.user, m_identity.frontEnd, QSysInfo::machineHostName())
                               .arg(QCoreApplication::applicationPid());
    QElapsedTimer waited;
    waited.start();
    QString heldBy;
    for (bool told = false;; told = true) {
        if (auto lock = PushLock::tryAcquire(m_database, month, holder, &heldBy)) {
            qCInfo(lcReconcile).noquote()
                << (told ? QStringLiteral("push lock of %1 taken after waiting %2 ms")
                               .arg(month)
                               .arg(waited.elapsed())
                         : QStringLiteral("push lock of %1 taken").arg(month));
            co_return lock;
        }
        if (waited.elapsed() >= m_lockWait.count()) {
            qCWarning(lcReconcile).noquote()
                << "gave up waiting for the push lock of" << month << "held by" << heldBy;
            throw UserError(tr("%1 is being pushed by %2; try again when that has finished").arg(month, heldBy));
        }
        if (!told) {
            qCInfo(lcReconcile).noquote() << "push lock of" << month << "is held by" << heldBy
                                          << "- waiting up to" << m_lockWait.count() << "ms";
            emit waitingForLock(heldBy);
        }
        co_await sleepFor(std::chrono::milliseconds(500), cancel);
    }
}

QCoro::Task<QList<Pusher::Outcome>> MonthRun::push(QList<PushAction> actions, CancelToken cancel) {
    const QString month = monthKey(m_result.month);
    const std::unique_ptr<PushLock> lock = co_await lockMonth(cancel);
    const QList<LineRecord> before = m_result.records; // shared until changed: cheap
    m_result.stopReason.clear();
    // What an interrupted push left unknown is settled before anything else is written.
    emit progress(tr("Checking writes an interrupted push left unconfirmed"), 0, 0);
    // (A local, not a temporary with a brace list: GCC 12 destroys those inside co_await.)
    IntentResolver resolver(m_connections.connectwise(), *m_log, {month, m_identity.user, m_runId});
    const int settled = co_await resolver.resolve(cancel);
    m_result.settled += settled;
    qCInfo(lcReconcile).noquote() << QStringLiteral(
                                         "pushing %1 actions of %2 (%3 earlier intents settled first)")
                                         .arg(actions.size())
                                         .arg(month)
                                         .arg(settled);
    Pusher pusher(m_connections.connectwise(), *m_log, {month, m_identity.user, m_runId});
    const auto outcomes = co_await pusher.pushAll(actions, cancel, [this, &lock, &pusher](int done, int total) {
        emit progress(tr("Pushing corrections to ConnectWise"), done, total);
        if (!lock->isHeld())
            pusher.stop(tr("the connection to the database was lost and with it the push lock of %1").arg(lock->month()));
    });
    m_result.stopReason = pusher.stopReason();
    if (!m_result.stopReason.isEmpty())
        qCWarning(lcReconcile).noquote()
            << "the push of" << month << "stopped:" << LogRedact::text(m_result.stopReason);
    // What ConnectWise now holds replaces what was loaded; then judge the month again.
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        const Pusher::Outcome& o = outcomes[k];
        if (o.addition) {
            bool replaced = false;
            for (Addition& a : m_directory.additions)
                if (a.id == o.addition->id) {
                    a = *o.addition;
                    replaced = true;
                }
            if (!replaced)
                m_directory.additions.append(*o.addition);
        }
    }
    m_directory.index();
    try {
        relink();
    } catch (const UserError& e) {
        // The database went away during the push (the reason it stopped): what was sent is
        // in the outcomes and the log; the lines keep their verdict of before the push.
        if (m_result.stopReason.isEmpty())
            m_result.stopReason = e.message();
    }
    // Earlier pushes of this run stay on their records; this push's outcome replaces them.
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        std::optional<TransferOutcome> worst;
        for (TransferOutcome o : outcomes[k].outcomes)
            if (!worst || weight(o) > weight(*worst))
                worst = o;
        for (qsizetype i : actions[k].lineIndexes) {
            if (i < 0 || i >= m_result.records.size())
                continue;
            LineRecord& r = m_result.records[i];
            r.action = outcomes[k].action;
            r.actionDetail = outcomes[k].detail;
            if (worst)
                r.outcome = worst;
        }
        const bool pushed = outcomes[k].outcomes.contains(TransferOutcome::Pushed);
        m_result.pushed += pushed ? 1 : 0;
        m_result.failed += outcomes[k].action == LineAction::Failed ? 1 : 0;
        m_result.skipped += outcomes[k].action == LineAction::Skipped ? 1 : 0;
    }
    qCInfo(lcReconcile).noquote() << "push of" << month << "done:" << m_result.pushed << "pushed,"
                                  << m_result.failed << "failed," << m_result.skipped
                                  << "skipped (this run so far)";
    collectCalls();
    // The batch's tip goes outside the database (keychain) and into the exports. Failing to anchor
    // it is reported, not thrown: the writes happened and are logged either way.
    m_result.logTipProblem.clear();
    try {
        TipAnchor anchor(m_connections.secrets(), m_database); // a local: see the GCC 12 note above
        co_await anchor.record();
        m_result.logTip = LogVerifier(m_database).last();
    } catch (const UserError& e) {
        m_result.logTipProblem = e.message();
    }
    emit linesChanged(changedRows(before, m_result.records));
    co_return outcomes;
}

void MonthRun::finish() {
    finishRecord(m_result);
}

void MonthRun::finishRecord(const MonthResult& result) {
    if (!m_runId)
        return;
    QJsonObject counts{{QStringLiteral("lines"), int(result.records.size())},
                       {QStringLiteral("pushed"), result.pushed},
                       {QStringLiteral("failed"), result.failed},
                       {QStringLiteral("skipped"), result.skipped}};
    for (LineStatus s : allLineStatuses())
        counts[toString(s)] = result.count(s);
    // The month's deviation amount, for the chart of the months (RunHistory reads it back).
    counts[QLatin1String(RunHistory::DeviationKey)] = MonthDeviation::compute(result.records).total.toString();
    m_log->finishRun(m_runId, counts);
    qCInfo(lcReconcile).noquote() << "run" << m_runId << "of" << monthKey(result.month)
                                  << "finished:" << QJsonDocument(counts).toJson(QJsonDocument::Compact);
    m_runId = 0;
}

void MonthRun::collectCalls() {
    m_result.exactCalls = m_connections.exactHttp().calls().byEndpoint();
    m_result.connectwiseCalls = m_connections.connectwiseHttp().calls().byEndpoint();
}

std::vector<Transfer> MonthRun::transfers(const QString& month, std::optional<TransferOutcome> outcome) const {
    return m_log->list(month, outcome);
}

QString MonthRun::note(const QString& lineId) const {
    return m_notes->note(monthKey(m_result.month), lineId);
}

void MonthRun::setNote(const QString& lineId, const QString& text) {
    m_notes->setNote(monthKey(m_result.month), lineId, text);
    // The loaded month's records carry the note too (the grid and every export read them).
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < m_result.records.size(); ++i)
        if (m_result.records.at(i).line().lineId == lineId) {
            m_result.records[i].note = text.trimmed().isEmpty() ? QString() : text;
            rows.append(i);
        }
    if (!rows.isEmpty())
        emit linesChanged(rows);
}

} // namespace il
