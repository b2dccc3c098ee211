#pragma once

#include "sandbox/SandboxHttp.h"

#include <QString>

#include <optional>

namespace il::sandbox {

// Which API model versions the fake serves, read from Accept as ConnectWise reads it
// (connectwise.md §1.3, docs/decisions.md "ConnectWise version"): the version parameter of the
// first media range when that is application/vnd.connectwise.com+json; none means the latest.
// Served are the releases from 2019.1 (since then the API version is the PSA release) up to
// the tenant's own release, taken from its codebase ("v2025_1/" → 2025.1). Anything else is
// refused with ConnectWise's 400 "does not support the API version".
class CwVersionGate {
public:
    // "2025.1" for "v2025_1/"; empty for a codebase without a release (v4_6_release/).
    static QString current(const QString& codebase);
    // The version asked for; empty when Accept names none.
    static QString requested(const QByteArray& accept);
    // The refusal of `request`, or nullopt when its version is served.
    static std::optional<SandboxResponse> check(const SandboxRequest& request, const QString& codebase);

private:
    // {year, release}, or nullopt when `version` is no YYYY.N.
    static std::optional<std::pair<int, int>> parse(const QString& version);
};

} // namespace il::sandbox
