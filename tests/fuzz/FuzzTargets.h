#pragma once

#include "OracleCheck.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace fuzz {

// One reader the fuzzer drives: its seed corpus of valid records (as the APIs send them), the
// field paths worth aiming at, and the oracle that runs the reader on a mutated record.
struct FuzzTarget {
    const char* name;
    QList<QByteArray> seeds;
    QStringList fields;
    std::function<Verdict(const QJsonObject&)> check;
};

// The Exact Online readers (lines, headers, lookups, the OData page) and the ConnectWise ones
// (additions, agreements, companies, catalog items).
QList<FuzzTarget> recordTargets();

} // namespace fuzz
