#pragma once

#include "domain/Addition.h"
#include "domain/Agreement.h"
#include "domain/Link.h"
#include "async/CancelToken.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <qcoro/qcorotask.h>

#include <functional>
#include <vector>

namespace il {

class ConnectWiseClient;

// The ConnectWise reads of a month's load that do not need Exact's answer (issue 9 point 9).
// Exact is read one rate-limited call at a time; the companies the stored links point at are
// almost always the companies of the new month, so their agreements and those agreements'
// additions are read meanwhile. After Exact, the load asks through the read-through calls below:
// what was read early is answered from memory, only the rest is read, so no company or agreement
// is read twice, and the answers hold exactly what the late reads alone would have returned
// (what the month does not touch is left out).
// The catalog items are not read early: the month's products are its item codes, which only
// Exact's lines name; reading the remembered ones early costs a call more whenever a line's item
// has no link (there are such lines most months), to win one call's latency (docs/decisions.md).
class CwPrefetch {
public:
    // What the stored links predict the month touches. Automatic links count too: here they only
    // choose what is read early, they decide nothing about the month.
    struct Forecast {
        QList<int> companyIds;          // sorted, no 0
        QSet<int> rememberedAgreements; // of links a person suggested or confirmed, as the load uses
        static Forecast fromLinks(const std::vector<CustomerLink>& customers,
                                  const std::vector<LineLink>& lines);
    };

    CwPrefetch(ConnectWiseClient& cw, QDate month);

    // Reads the forecast's agreements, then their additions, chosen by the load's rule. Never
    // throws: what failed early is read again late, where a failure is reported as it always
    // was. Await it before the calls below.
    QCoro::Task<> read(Forecast forecast, CancelToken cancel);
    // Ends the early reads at once (Exact failed: the load will not need them).
    void stop() { m_stop.cancel(); }

    // The same answers as ConnectWiseClient's calls of these names.
    QCoro::Task<QList<Agreement>> agreementsOfCompanies(QList<int> companyIds, CancelToken cancel);
    // progress: done of total agreements, those read early counted at once.
    QCoro::Task<QMap<int, QList<Addition>>> additionsOfAgreements(QList<int> agreementIds, CancelToken cancel,
                                                                  std::function<void(int, int)> progress = {});

    // How much was read early, for the log and the tests.
    qsizetype companiesReadEarly() const { return m_companies.size(); }
    qsizetype agreementsWithAdditionsReadEarly() const { return m_additions.size(); }

private:
    ConnectWiseClient& m_cw;
    QDate m_month;
    CancelToken m_stop = CancelToken::create(); // the load's token, or stop()
    QSet<int> m_companies;
    QList<Agreement> m_agreements;
    QMap<int, QList<Addition>> m_additions;
};

} // namespace il
