#pragma once

#include <QString>
#include <QUrl>

namespace il {

// Where a person opens a ConnectWise record in the browser (not the API): ConnectWise PSA's
// record router,
//   https://{web host}/{codebase}services/system_io/router/openrecord.rails
//       ?recordType=AgreementFV&recid={agreement id}&companyName={company}
// Form verified against public integrations that deep-link agreements this way (e.g. a Go
// helper building "…/v4_6_release/services/system_io/router/openrecord.rails?recordType=
// AgreementFV&recid=%d&companyName=…", and a PHP dashboard doing the same with rawurlencode),
// found with the search tool (corpus code, "recordType=AgreementFV"); ServiceFV and
// ProjectHeaderFV open tickets and projects the same way.
// The web host is the site setting without the API's "api-" prefix (shared/api/connectwise.md
// §1.1: users know the login host na.myconnectwise.net, the API lives on api-na.…); on-premise
// hosts are the same for both. The codebase is the discovered one ("v2025_8/"); before
// discovery "v4_6_release/", which cloud hosts redirect to the current release.
class CwWebAddress {
public:
    CwWebAddress() = default;
    // site: the connectwise/site setting (with or without https://); company: the login company.
    CwWebAddress(const QString& site, const QString& codebase, const QString& company);

    bool isValid() const { return !m_host.isEmpty(); }
    // Empty when the site is not set or agreementId is 0.
    QUrl agreement(int agreementId) const;

private:
    QString m_scheme;
    QString m_host; // with the port when one was written
    QString m_codebase;
    QString m_company;
};

} // namespace il
