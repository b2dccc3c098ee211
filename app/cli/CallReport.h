#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace il {
class Connections;
}

// The API calls a command made, per system and endpoint (--verbose, and api_calls in JSON).
class CallReport {
public:
    static void print(il::Connections& connections, QTextStream& out);
    // {"exact": n, "connectwise": n} plus, when detailed, {"by_endpoint": {...}}.
    static QJsonObject json(il::Connections& connections, bool detailed);
};
