#include "exact/ExactAccessCheck.h"

#include "exact/ExactScope.h"
#include "exact/ExactScopeError.h"
#include "exact/ODataJson.h"
#include "errors/ApiError.h"

#include <QJsonArray>

namespace il {

namespace {
// A key no record holds: the probe reads no data, only whether the resource may be read.
const QString kNoRecord = QStringLiteral("00000000-0000-0000-0000-000000000000");
} // namespace

QCoro::Task<bool> ExactAccessCheck::userHasRight(ODataReader& reader, int division, QString resource,
                                                 CancelToken cancel) {
    ODataReader::Query query;
    query.append({QStringLiteral("endpoint"), QStringLiteral("'%1'").arg(resource)});
    query.append({QStringLiteral("action"), QStringLiteral("'GET'")});
    const QJsonObject d = co_await reader.getD(QStringLiteral("%1/users/UserHasRights").arg(division), query,
                                               QStringLiteral("users/UserHasRights"), cancel);
    QJsonValue v = d.value(u"UserHasRights");
    if (v.isUndefined())
        v = d.value(u"results").toArray().first().toObject().value(u"UserHasRights");
    co_return v.toBool();
}

QCoro::Task<ExactAccess> ExactAccessCheck::probe(QString resource, QString filter, QString select,
                                                 QString* divisionName, CancelToken cancel) {
    ExactAccess a;
    a.resource = resource;
    try {
        const QStringList fields = select.split(u',');
        const QList<QJsonObject> rows = co_await m_reader.list(resource, fields, filter, cancel);
        if (divisionName && !rows.isEmpty())
            *divisionName = ODataJson::text(rows.first().value(u"Description"));
    } catch (const ExactScopeError& e) {
        a.state = ExactAccess::State::MissingScope;
        a.scope = e.scope();
        a.detail = ExactScope::purpose(resource);
    } catch (const ApiError& e) {
        a.state = ExactAccess::State::Failed;
        a.detail = e.message();
    }
    co_return a;
}

QCoro::Task<QList<ExactAccess>> ExactAccessCheck::run(int division, QStringList resources, QString* divisionName,
                                                      CancelToken cancel) {
    // Arguments of awaited calls are locals: GCC 12 mishandles temporaries around co_await.
    QList<ExactAccess> out;
    const QString divisions = QStringLiteral("system/Divisions");
    const QString ownDivision = QStringLiteral("Code eq %1").arg(division);
    const QString divisionFields = QStringLiteral("Code,Description");
    ExactAccess listed = co_await probe(divisions, ownDivision, divisionFields, divisionName, cancel);
    out << listed;
    for (const QString& resource : resources) {
        const QString key = ExactScope::keyOf(resource);
        const QString filter =
            key.isEmpty() ? QString() : QStringLiteral("%1 eq guid'%2'").arg(key, kNoRecord);
        const QString select = key.isEmpty() ? QStringLiteral("ID") : key;
        ExactAccess a = co_await probe(resource, filter, select, nullptr, cancel);
        if (a.state == ExactAccess::State::Readable) {
            try {
                if (!co_await userHasRight(m_reader, division, resource, cancel))
                    a.state = ExactAccess::State::NoRight;
            } catch (const std::exception& e) {
                a.state = ExactAccess::State::Failed;
                a.detail = QString::fromUtf8(e.what());
            }
        }
        out << a;
    }
    co_return out;
}

QString ExactAccessCheck::describe(const ExactAccess& a) {
    switch (a.state) {
    case ExactAccess::State::Readable:
        return QStringLiteral("readable");
    case ExactAccess::State::MissingScope:
        return QStringLiteral("missing scope %1 (needed to %2)").arg(a.scope, a.detail);
    case ExactAccess::State::NoRight:
        return QStringLiteral("no right (users/UserHasRights says no; Exact would answer empty lists)");
    case ExactAccess::State::Failed:
        return QStringLiteral("not checked: %1").arg(a.detail);
    }
    return {};
}

} // namespace il
