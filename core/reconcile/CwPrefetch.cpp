#include "reconcile/CwPrefetch.h"

#include "connectwise/ConnectWiseClient.h"
#include "log/LogCategories.h"
#include "log/LogRedact.h"
#include "reconcile/MonthActivity.h"

#include <algorithm>
#include <exception>

namespace il {
namespace {

// Early and late answers are joined in id order: the order ConnectWise answers one request in,
// and the order every lookup of the directory sees per company or agreement.
template <typename T> void sortById(QList<T>& list) {
    std::stable_sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

} // namespace

CwPrefetch::Forecast CwPrefetch::Forecast::fromLinks(const std::vector<CustomerLink>& customers,
                                                     const std::vector<LineLink>& lines) {
    QSet<int> companies;
    Forecast f;
    for (const CustomerLink& l : customers)
        companies.insert(l.companyId);
    for (const LineLink& l : lines) {
        companies.insert(l.companyId);
        if (l.origin != LinkOrigin::Auto && l.agreementId)
            f.rememberedAgreements.insert(l.agreementId);
    }
    companies.remove(0);
    f.companyIds = QList<int>(companies.begin(), companies.end());
    std::sort(f.companyIds.begin(), f.companyIds.end());
    return f;
}

CwPrefetch::CwPrefetch(ConnectWiseClient& cw, QDate month)
    : m_cw(cw)
    , m_month(month) {}

QCoro::Task<> CwPrefetch::read(Forecast forecast, CancelToken cancel) {
    if (cancel.flag())
        QObject::connect(cancel.flag(), &CancelFlag::cancelled, m_stop.flag(),
                         [flag = m_stop.flag()] { flag->cancel(); });
    if (cancel.isCancelled())
        m_stop.cancel();
    const QList<int> companyIds = forecast.companyIds;
    if (companyIds.isEmpty())
        co_return;
    qCInfo(lcReconcile) << "reading the agreements of" << companyIds.size()
                        << "remembered companies while Exact is read";
    try {
        const QList<Agreement> agreements =
            co_await m_cw.agreementsOfCompanies(companyIds, QString(), m_stop);
        m_agreements = agreements;
        m_companies = QSet<int>(companyIds.begin(), companyIds.end());
        // The load's rule (MonthRun::loadAgreements): active agreements, remembered ones, and the
        // ended ones of a company without an active agreement.
        QSet<int> companiesWithActive;
        for (const Agreement& a : agreements)
            if (MonthActivity::agreementActive(a, m_month))
                companiesWithActive.insert(a.companyId);
        QList<int> ids;
        for (const Agreement& a : agreements)
            if (MonthActivity::agreementActive(a, m_month) || !companiesWithActive.contains(a.companyId) ||
                forecast.rememberedAgreements.contains(a.id))
                ids.append(a.id);
        m_additions = co_await m_cw.additionsOfAgreements(ids, m_stop);
    } catch (const std::exception& e) {
        // The late reads read whatever is missing and report a failure as before.
        qCInfo(lcReconcile) << "the early read of agreements stopped; they are read after Exact:"
                            << LogRedact::text(QString::fromUtf8(e.what()));
    }
}

QCoro::Task<QList<Agreement>> CwPrefetch::agreementsOfCompanies(QList<int> companyIds, CancelToken cancel) {
    QList<int> missing;
    QSet<int> known;
    for (int id : companyIds)
        if (m_companies.contains(id))
            known.insert(id);
        else
            missing.append(id);
    QList<Agreement> out;
    if (!missing.isEmpty())
        out = co_await m_cw.agreementsOfCompanies(missing, QString(), cancel);
    if (known.isEmpty())
        co_return out; // nothing early: ConnectWise's answer as it is
    for (const Agreement& a : m_agreements)
        if (known.contains(a.companyId))
            out.append(a);
    sortById(out);
    co_return out;
}

QCoro::Task<QMap<int, QList<Addition>>> CwPrefetch::additionsOfAgreements(QList<int> agreementIds,
                                                                          CancelToken cancel,
                                                                          std::function<void(int, int)> progress) {
    QList<int> missing;
    QMap<int, QList<Addition>> out;
    for (int id : agreementIds)
        if (auto early = m_additions.constFind(id); early != m_additions.cend())
            out.insert(id, *early);
        else
            missing.append(id);
    const int early = int(out.size());
    const int total = early + int(missing.size());
    if (progress)
        progress(early, total);
    if (!missing.isEmpty()) {
        ConnectWiseClient::Progress late = {};
        if (progress)
            late = [progress, early, total](int done, int) { progress(early + done, total); };
        const QMap<int, QList<Addition>> read = co_await m_cw.additionsOfAgreements(missing, cancel, late);
        out.insert(read);
    }
    co_return out;
}

} // namespace il
