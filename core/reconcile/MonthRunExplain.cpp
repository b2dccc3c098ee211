// MonthRun's explanations of a line: the words come from LineExplanation, the agreement's web
// address from CwWebAddress (connectwise/, which front ends may not include).
#include "reconcile/MonthRun.h"

#include "connectwise/ConnectWiseClient.h"
#include "connectwise/CwWebAddress.h"
#include "reconcile/Connections.h"
#include "settings/Settings.h"

namespace il {

QUrl MonthRun::agreementWebAddress(int agreementId) const {
    // The codebase is known once ConnectWise was read; before, CwWebAddress uses the one every
    // host redirects from.
    const CwWebAddress web(m_settings.cwSite(), m_connections.connectwise().codebase(), m_settings.cwCompany());
    return web.agreement(agreementId);
}

LineExplanation MonthRun::explain(qsizetype lineIndex, std::optional<const PushAction*> planned) const {
    if (lineIndex < 0 || lineIndex >= m_result.records.size())
        return {};
    QList<PushAction> actions;
    if (!planned)
        actions = plan({PushKind::Quantity, PushKind::Price, PushKind::Create}, {lineIndex});
    LineExplanation::Input in;
    in.result = &m_result;
    in.directory = &m_directory;
    in.line = lineIndex;
    in.push = planned ? *planned : actions.isEmpty() ? nullptr : &actions.first();
    in.agreementAddress = agreementWebAddress(m_result.records[lineIndex].linked.agreementId);
    return LineExplanation::build(in);
}

} // namespace il
