#pragma once

#include <stdexcept>

namespace il {

// The user or a scheduler cancelled the run; not a failure of either system.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace il
