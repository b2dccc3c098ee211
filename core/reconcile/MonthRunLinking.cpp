// MonthRun's linking by hand and what the engine adds to its directory (setLink,
// confirmSuggestions, addAgreement, addCatalogItem), kept apart from the load and push of
// MonthRun.cpp so that each file holds one responsibility.
#include "reconcile/MonthRun.h"

#include "exact/InvoiceSource.h"
#include "log/LogCategories.h"
#include "log/LogRedact.h"
#include "errors/UserError.h"
#include "async/CancellableSleep.h"
#include "reconcile/Connections.h"
#include "reconcile/CwPrefetch.h"
#include "reconcile/IntentResolver.h"
#include "reconcile/Linker.h"
#include "reconcile/MonthActivity.h"
#include "reconcile/PushPlanner.h"
#include "reconcile/Validator.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/LineNotes.h"
#include "store/LinkStore.h"
#include "store/PushLock.h"
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

QCoro::Task<> MonthRun::setLink(qsizetype lineIndex, int companyId, int agreementId, QString productIdentifier,
                                CancelToken cancel) {
    if (lineIndex < 0 || lineIndex >= m_result.records.size() || companyId == 0)
        co_return;
    const InvoiceLine line = m_result.records[lineIndex].line();
    // A company this month's load did not read: fetch its agreements and their additions now.
    bool known = false;
    for (const Agreement& a : m_directory.agreements)
        known |= a.companyId == companyId;
    if (!known) {
        emit progress(tr("Loading agreements of the company"), 0, 0);
        // (Brace lists as co_await arguments break GCC 12: use locals.)
        const QList<int> company{companyId};
        const QList<Agreement> agreements =
            co_await m_connections.connectwise().agreementsOfCompanies(company, QString(), cancel);
        QList<int> ids;
        for (const Agreement& a : agreements)
            ids << a.id;
        m_directory.agreements.append(agreements);
        if (!ids.isEmpty()) {
            const QMap<int, QList<Addition>> additions = co_await m_connections.connectwise().additionsOfAgreements(ids, cancel);
            for (const QList<Addition>& list : additions)
                m_directory.additions.append(list);
        }
    }
    if (!productIdentifier.isEmpty() && !m_directory.catalogItem(productIdentifier)) {
        const QStringList wanted{productIdentifier};
        const QList<CatalogItem> items = co_await m_connections.connectwise().catalogItemsByIdentifier(wanted, cancel);
        m_directory.catalog.append(items);
    }
    m_directory.index();
    m_links->upsert(CustomerLink{line.customerKey, companyId, LinkOrigin::Confirmed, {}, {}});
    if (agreementId || !productIdentifier.isEmpty())
        m_links->upsert(LineLink{line.customerKey, line.itemCode, companyId, agreementId, productIdentifier,
                                 LinkOrigin::Confirmed, {}, {}});
    else
        m_links->removeLineLink(line.customerKey, line.itemCode);
    const QList<LineRecord> before = m_result.records;
    relink();
    emit linesChanged(changedRows(before, m_result.records));
}

namespace {

// A suggestion worth keeping: linked, not yet confirmed, and to an agreement active in the
// month. A confirmed link to an ended agreement would carry that agreement into every next
// month, where the linker would otherwise find the one that replaced it.
bool confirmable(const LinkedLine& l, const Finding& f) {
    return l.isLinked() && l.origin() != LinkOrigin::Confirmed && !l.agreementInactive &&
           f.status != LineStatus::AgreementInactive;
}

} // namespace

int MonthRun::suggestionsToConfirm() const {
    int count = 0;
    for (const LineRecord& r : m_result.records)
        count += confirmable(r.linked, r.finding) ? 1 : 0;
    return count;
}

int MonthRun::confirmSuggestions() {
    auto tx = m_database.begin(QStringLiteral("confirm the suggested links"));
    int changed = 0;
    QSet<QString> customers;
    for (const LineRecord& r : std::as_const(m_result.records)) {
        const LinkedLine& l = r.linked;
        if (!confirmable(l, r.finding))
            continue;
        ++changed;
        if (!customers.contains(l.line.customerKey)) {
            customers.insert(l.line.customerKey);
            m_links->upsert(CustomerLink{l.line.customerKey, l.companyId, LinkOrigin::Confirmed, {}, {}});
        }
        m_links->upsert(LineLink{l.line.customerKey, l.line.itemCode, l.companyId, l.agreementId, l.productIdentifier,
                                 LinkOrigin::Confirmed, {}, {}});
    }
    tx.commit();
    const QList<LineRecord> before = m_result.records;
    relink();
    emit linesChanged(changedRows(before, m_result.records));
    return changed;
}

void MonthRun::addAgreement(const Agreement& agreement) {
    m_directory.agreements.append(agreement);
    m_directory.index();
}

void MonthRun::addCatalogItem(const CatalogItem& item) {
    m_directory.catalog.append(item);
    m_directory.index();
}

} // namespace il
