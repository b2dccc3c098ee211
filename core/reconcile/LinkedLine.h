#pragma once

#include "domain/InvoiceLine.h"
#include "domain/Link.h"

#include <QString>

#include <algorithm>
#include <optional>

namespace il {

// An invoice line with its ConnectWise company, agreement and product, each part with its origin.
// unlinkedReason says what is missing and names the candidates when there were several.
struct LinkedLine {
    InvoiceLine line;
    int companyId = 0;
    LinkOrigin companyOrigin = LinkOrigin::Auto; // meaningful when companyId != 0
    int agreementId = 0;
    LinkOrigin agreementOrigin = LinkOrigin::Auto; // meaningful when agreementId != 0
    int productId = 0;
    QString productIdentifier;
    bool agreementInactive = false; // linked to an agreement that is not active in the month
    QString unlinkedReason;

    bool isLinked() const { return companyId != 0 && agreementId != 0 && !productIdentifier.isEmpty(); }
    // The weakest origin of the parts: a line is confirmed only when all of it is.
    std::optional<LinkOrigin> origin() const {
        if (!isLinked())
            return std::nullopt;
        return std::min(companyOrigin, agreementOrigin);
    }
    bool operator==(const LinkedLine&) const = default;
};

} // namespace il
