#pragma once

#include "async/LoadProgress.h"

#include <optional>

// The command line's progress of a month's load, in its log: with --verbose or --debug (which
// already log the run's phases to standard error) each phase is logged once, when it is done,
// with its final counts ("progress: Exact Online: invoice lines 1,200 of 1,200"), and every wait
// for Exact Online's rate limit at once ("… — waiting 34 s for Exact Online's rate limit").
// Without a switch nothing is written; standard output is never touched.
class CliProgress {
public:
    void step(const il::LoadProgress& progress);
    // Logs the phase under way (a load that has no Done step, such as the invoice command's).
    void finish();

private:
    std::optional<il::LoadProgress> m_pending; // the phase under way, logged when it ends
};
