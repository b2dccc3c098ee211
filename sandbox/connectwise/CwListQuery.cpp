#include "sandbox/connectwise/CwListQuery.h"

#include "sandbox/connectwise/CwConditionEvaluator.h"
#include "sandbox/connectwise/CwConditionParser.h"
#include "sandbox/connectwise/CwErrors.h"

#include <QJsonArray>

#include <algorithm>

namespace il::sandbox {

namespace {
// Orders JSON values the way SQL Server sorts a column: nulls first, numbers by value,
// strings case-insensitively.
int compareValues(const QJsonValue& a, const QJsonValue& b) {
    const bool an = a.isNull() || a.isUndefined(), bn = b.isNull() || b.isUndefined();
    if (an || bn)
        return an == bn ? 0 : (an ? -1 : 1);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

std::optional<int> intParam(const SandboxRequest& request, const QString& name) {
    if (!request.hasQuery(name))
        return std::nullopt;
    bool ok = false;
    const int v = request.queryValue(name).trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::optional<int>(-1);
}
} // namespace

QString CwListQuery::urlWith(const SandboxRequest& request, const QString& name, const QString& value) {
    QUrl url = request.url;
    // Work on the raw query so every other parameter stays exactly as the client encoded it.
    QStringList items = url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts);
    bool replaced = false;
    for (QString& item : items)
        if (item.section(u'=', 0, 0).compare(name, Qt::CaseInsensitive) == 0) {
            item = name + u'=' + value;
            replaced = true;
        }
    if (!replaced)
        items.append(name + u'=' + value);
    url.setQuery(items.join(u'&'), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

SandboxResponse CwListQuery::answer(const SandboxRequest& request, QList<QJsonObject> records,
                                    bool countOnly) {
    try {
        if (const auto cond = CwConditionParser::parse(request.queryValue(QStringLiteral("conditions")))) {
            QList<QJsonObject> kept;
            for (const QJsonObject& r : records)
                if (CwConditionEvaluator::matches(*cond, r))
                    kept.append(r);
            records = kept;
        }
    } catch (const CwConditionError& e) {
        return CwErrors::error(400, QStringLiteral("InvalidObject"), e.message());
    }
    if (countOnly)
        return SandboxResponse::json(200,
                                     QJsonDocument(QJsonObject{{QStringLiteral("count"), records.size()}}));

    auto pageSize = intParam(request, QStringLiteral("pageSize")).value_or(DefaultPageSize);
    auto page = intParam(request, QStringLiteral("page")).value_or(1);
    if (pageSize < 0 || page < 0)
        return CwErrors::error(400, QStringLiteral("InvalidObject"),
                               QStringLiteral("page and pageSize must be whole numbers."));
    if (pageSize == 0)
        pageSize = DefaultPageSize;
    pageSize = std::min(pageSize, MaxPageSize);
    page = std::max(page, 1);

    std::stable_sort(records.begin(), records.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("id")).toInt() < b.value(QStringLiteral("id")).toInt();
    });
    const bool forwardOnly =
        request.header("pagination-type").compare("forward-only", Qt::CaseInsensitive) == 0;
    QList<QJsonObject> slice;
    QStringList links;
    const auto link = [&](const QString& name, const QString& value, const char* rel) {
        links.append(
            QStringLiteral("<%1>; rel=\"%2\"").arg(urlWith(request, name, value), QLatin1String(rel)));
    };
    if (forwardOnly) {
        // Keyset paging on id; orderBy is not allowed (DG "Forward-only").
        const int after = std::max(0, intParam(request, QStringLiteral("pageId")).value_or(0));
        int i = 0;
        while (i < records.size() && records[i].value(QStringLiteral("id")).toInt() <= after)
            ++i;
        slice = records.mid(i, pageSize);
        if (i + pageSize < records.size())
            link(QStringLiteral("pageId"), QString::number(slice.last().value(QStringLiteral("id")).toInt()),
                 "next");
    } else {
        QString error;
        if (!sort(records, request.queryValue(QStringLiteral("orderBy")), &error))
            return CwErrors::error(400, QStringLiteral("InvalidObject"), error);
        const int total = int(records.size());
        const int lastPage = std::max(1, (total + pageSize - 1) / pageSize);
        slice = records.mid(qsizetype(page - 1) * pageSize, pageSize);
        link(QStringLiteral("page"), QStringLiteral("1"), "first");
        if (page > 1)
            link(QStringLiteral("page"), QString::number(std::min(page - 1, lastPage)), "prev");
        if (page < lastPage)
            link(QStringLiteral("page"), QString::number(page + 1), "next");
        link(QStringLiteral("page"), QString::number(lastPage), "last");
    }

    const QStringList fields = request.queryValue(QStringLiteral("fields")).split(u',', Qt::SkipEmptyParts);
    QJsonArray out;
    for (const QJsonObject& r : slice)
        out.append(fields.isEmpty() ? r : project(r, fields));
    SandboxResponse response = SandboxResponse::json(200, QJsonDocument(out));
    if (!links.isEmpty())
        response.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
    return response;
}

bool CwListQuery::sort(QList<QJsonObject>& records, const QString& orderBy, QString* error) {
    struct Key {
        QString path;
        bool descending = false;
    };
    QList<Key> keys;
    for (const QString& part : orderBy.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(u' ');
        Key key{words.value(0)};
        if (words.size() > 2 || (words.size() == 2 && words[1].compare(u"asc", Qt::CaseInsensitive) != 0 &&
                                 words[1].compare(u"desc", Qt::CaseInsensitive) != 0)) {
            *error = QStringLiteral("orderBy \"%1\" is invalid: use \"field asc\" or \"field desc\".")
                         .arg(part.trimmed());
            return false;
        }
        key.descending = words.size() == 2 && words[1].compare(u"desc", Qt::CaseInsensitive) == 0;
        keys.append(key);
    }
    if (keys.isEmpty())
        return true;
    std::stable_sort(records.begin(), records.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        for (const Key& k : keys) {
            const int c = compareValues(CwConditionEvaluator::valueAt(a, k.path),
                                        CwConditionEvaluator::valueAt(b, k.path));
            if (c != 0)
                return k.descending ? c > 0 : c < 0;
        }
        return false;
    });
    return true;
}

QJsonObject CwListQuery::project(const QJsonObject& record, const QStringList& fields) {
    QJsonObject out;
    for (const QString& raw : fields) {
        const QStringList parts = raw.trimmed().split(u'/');
        const QJsonValue v = CwConditionEvaluator::valueAt(record, raw.trimmed());
        if (v.isUndefined())
            continue;
        if (parts.size() == 1) {
            out.insert(parts[0], v);
        } else {
            // "status/id" keeps {status: {id}}; two levels are all ConnectWise's references use.
            QJsonObject inner = out.value(parts[0]).toObject();
            inner.insert(parts[1], v);
            out.insert(parts[0], inner);
        }
    }
    return out;
}

} // namespace il::sandbox
