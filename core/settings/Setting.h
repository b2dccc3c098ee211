#pragma once

namespace il {

// Every key of the settings contract (README "Settings"), by name in code so that a typo is a
// compile error instead of a silently unread key. The INI names (exact/base_url, …) and their
// defaults live in SettingsRegistry; extend both together, never rename an INI name.
enum class Setting {
    ExactBaseUrl,
    ExactDivision,
    ExactClientId,
    ExactRedirectUri,
    ExactSource,
    ExactCustomerKey,
    ExactCustomerPattern,
    ExactItemKey,
    ExactItemPattern,
    CwSite,
    CwCompany,
    CwTimeoutSeconds,
    CwApiVersion,
    CwComparePriceTo,
    DatabaseUrl,
    TolerancePrice,
    ToleranceQuantity,
    ExportCsvFormat,
};

} // namespace il
