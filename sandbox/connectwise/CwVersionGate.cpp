#include "sandbox/connectwise/CwVersionGate.h"

#include "sandbox/connectwise/CwErrors.h"

#include <QRegularExpression>

namespace il::sandbox {

QString CwVersionGate::current(const QString& codebase) {
    static const QRegularExpression release(QStringLiteral("^v(\\d{4})_(\\d{1,2})/?$"));
    const QRegularExpressionMatch m = release.match(codebase);
    return m.hasMatch() ? m.captured(1) + u'.' + QString::number(m.captured(2).toInt()) : QString();
}

QString CwVersionGate::requested(const QByteArray& accept) {
    // Only the first media range counts: a version behind application/json is not read
    // (connectwise-rest PR #19).
    const QList<QByteArray> params = accept.split(',').value(0).split(';');
    if (params.value(0).trimmed().toLower() != "application/vnd.connectwise.com+json")
        return {};
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray p = params[i].trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq > 0 && p.left(eq).trimmed().toLower() == "version") {
            QByteArray v = p.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            // "version=" with nothing after it is a version nobody serves, not "the latest".
            return v.isEmpty() ? QStringLiteral("(empty)") : QString::fromLatin1(v);
        }
    }
    return {};
}

std::optional<std::pair<int, int>> CwVersionGate::parse(const QString& version) {
    static const QRegularExpression form(QStringLiteral("^(\\d{4})\\.(\\d{1,2})$"));
    const QRegularExpressionMatch m = form.match(version);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
}

std::optional<SandboxResponse> CwVersionGate::check(const SandboxRequest& request, const QString& codebase) {
    const QString asked = requested(request.header("accept"));
    if (asked.isEmpty())
        return std::nullopt; // no version: ConnectWise serves its latest model
    const auto v = parse(asked);
    const auto newest = parse(current(codebase));
    const bool served = v && *v >= std::make_pair(2019, 1) && v->second >= 1 && (!newest || *v <= *newest);
    if (served)
        return std::nullopt;
    const QString uri = request.url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    return CwErrors::unsupportedVersion(uri, asked);
}

} // namespace il::sandbox
