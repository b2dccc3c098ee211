#include "CallReport.h"

#include "reconcile/Connections.h"

namespace {
void printSystem(const QString& name, const il::CallCounter& calls, QTextStream& out) {
    out << QStringLiteral("API calls to %1: %2\n").arg(name).arg(calls.total());
    for (auto it = calls.byEndpoint().cbegin(); it != calls.byEndpoint().cend(); ++it)
        out << QStringLiteral("  %1  %2\n").arg(it.value(), 4).arg(it.key());
}

QJsonObject byEndpoint(const il::CallCounter& calls) {
    QJsonObject o;
    for (auto it = calls.byEndpoint().cbegin(); it != calls.byEndpoint().cend(); ++it)
        o[it.key()] = it.value();
    return o;
}
} // namespace

void CallReport::print(il::Connections& connections, QTextStream& out) {
    printSystem(QStringLiteral("Exact Online"), connections.exactHttp().calls(), out);
    printSystem(QStringLiteral("ConnectWise"), connections.connectwiseHttp().calls(), out);
}

QJsonObject CallReport::json(il::Connections& connections, bool detailed) {
    QJsonObject o{{QStringLiteral("exact"), connections.exactHttp().calls().total()},
                  {QStringLiteral("connectwise"), connections.connectwiseHttp().calls().total()}};
    if (detailed)
        o[QStringLiteral("by_endpoint")] = QJsonObject{{QStringLiteral("exact"), byEndpoint(connections.exactHttp().calls())},
                                                        {QStringLiteral("connectwise"), byEndpoint(connections.connectwiseHttp().calls())}};
    return o;
}
