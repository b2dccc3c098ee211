#pragma once

#include "sandbox/DemoModel.h"

namespace il::sandbox {

// The ConnectWise side of the story: agreements per company (one, two, ended, inactive, ending
// inside the month, and as many more as the options ask for), the additions every group's story
// needs, the provider's own services on every agreement, the planted extra additions and the
// look-alikes that must NOT be reported as extra (cancelled, future, on unlinked agreements).
class DemoAgreementBuilder {
public:
    static void build(DemoContext& ctx);
    // Agreements the story needs before any extra ones are added.
    static int naturalCount(const DemoContext& ctx);

private:
    static int addAgreement(DemoContext& ctx, int companyId, int index, const QString& status, QDate start,
                            QDate end);
    static int addAddition(DemoContext& ctx, int agreementId, const DemoAddition& a);
    static void addServices(DemoContext& ctx, int agreementId);
    static void plantExtras(DemoContext& ctx);
    static QString timestamp(DemoContext& ctx, QDate from, QDate to);
};

} // namespace il::sandbox
