#pragma once

#include "sandbox/SandboxHttp.h"

#include <QJsonObject>
#include <QList>

namespace il::sandbox {

// A ConnectWise list or /count request over a set of serialized records (connectwise.md §3,
// §4): `conditions`, `orderBy`, `fields`, `page`/`pageSize` (default 25, at most 1000) with an
// RFC 5988 Link header whose URLs keep every original query parameter, and forward-only paging
// (`pagination-type: forward-only` + `pageId`).
class CwListQuery {
public:
    static constexpr int DefaultPageSize = 25;
    static constexpr int MaxPageSize = 1000;

    static SandboxResponse answer(const SandboxRequest& request, QList<QJsonObject> records, bool countOnly);

    // request's URL with the query parameter `name` set to `value`, everything else as sent.
    static QString urlWith(const SandboxRequest& request, const QString& name, const QString& value);

private:
    static bool sort(QList<QJsonObject>& records, const QString& orderBy, QString* error);
    static QJsonObject project(const QJsonObject& record, const QStringList& fields);
};

} // namespace il::sandbox
