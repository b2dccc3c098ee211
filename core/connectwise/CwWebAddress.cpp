#include "connectwise/CwWebAddress.h"

namespace il {

CwWebAddress::CwWebAddress(const QString& site, const QString& codebase, const QString& company)
    : m_company(company.trimmed()) {
    QString s = site.trimmed();
    if (s.isEmpty())
        return;
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return;
    m_scheme = url.scheme();
    QString host = url.host();
    // The API host of a cloud pod is the login host with "api-" in front: the browser wants the
    // login host.
    if (host.startsWith(QLatin1String("api-"), Qt::CaseInsensitive))
        host.remove(0, 4);
    m_host = url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
    QString c = codebase.trimmed();
    while (c.startsWith(u'/'))
        c.remove(0, 1);
    if (c.isEmpty())
        c = QStringLiteral("v4_6_release/");
    if (!c.endsWith(u'/'))
        c += u'/';
    m_codebase = c;
}

QUrl CwWebAddress::agreement(int agreementId) const {
    if (!isValid() || agreementId <= 0)
        return {};
    QUrl url;
    url.setScheme(m_scheme);
    url.setAuthority(m_host);
    url.setPath(u'/' + m_codebase + QStringLiteral("services/system_io/router/openrecord.rails"));
    // Encoded by hand: QUrlQuery leaves "+" as it is, which the server would read as a space.
    QString query = QStringLiteral("recordType=AgreementFV&recid=") + QString::number(agreementId);
    if (!m_company.isEmpty())
        query += QStringLiteral("&companyName=") + QString::fromLatin1(QUrl::toPercentEncoding(m_company));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace il
