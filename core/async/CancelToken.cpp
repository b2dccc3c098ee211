#include "async/CancelToken.h"

#include "errors/Cancelled.h"

namespace il {

void CancelToken::throwIfCancelled() const {
    if (isCancelled())
        throw Cancelled();
}

} // namespace il
