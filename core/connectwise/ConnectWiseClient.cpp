#include "connectwise/ConnectWiseClient.h"

#include "connectwise/ConditionsBuilder.h"
#include "connectwise/CwConnectionTester.h"
#include "connectwise/CwParser.h"
#include "connectwise/JsonWriter.h"
#include "log/LogCategories.h"
#include "errors/ApiError.h"
#include "settings/Settings.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace il {

namespace {
const QString kAdditions = QStringLiteral("finance/agreements/{id}/additions");
const QString kAddition = QStringLiteral("finance/agreements/{id}/additions/{id}");

QString additionsPath(int agreementId) {
    return QStringLiteral("finance/agreements/%1/additions").arg(agreementId);
}

// Each record parsed strictly: the first unreadable one fails the whole read (issue 7).
template <typename T, typename F> QList<T> mapped(const QList<QJsonObject>& records, F parse) {
    QList<T> out;
    out.reserve(records.size());
    for (const QJsonObject& r : records)
        out.append(parse(r));
    return out;
}

QString get(const QString& endpoint) {
    return QStringLiteral("GET ") + endpoint;
}
} // namespace

ConnectWiseClient::ConnectWiseClient(const Settings& settings, SecretStore& secrets, HttpClient& http)
    : m_session(settings.cwSite(), settings.cwCompany(), secrets, http) {
    m_session.setApiVersion(settings.cwApiVersion());
}

// ---- reads -------------------------------------------------------------------------------

QCoro::Task<QList<QJsonObject>> ConnectWiseClient::readInBatches(QString path, QString endpoint,
                                                                 QString field, QStringList literals,
                                                                 QString extra, CancelToken cancel) {
    QList<QJsonObject> records;
    if (literals.isEmpty())
        co_return records;
    co_await m_session.ensureReady(cancel); // the URL budget depends on the codebase
    const QStringList batches =
        ConditionsBuilder::inBatches(field, literals, m_session.conditionsBudget(path), extra);
    for (const QString& conditions : batches)
        records += co_await m_session.readAll(path, endpoint, conditions, cancel);
    qCDebug(lcConnectWise).noquote() << "read" << records.size() << "records of" << endpoint << "for"
                                     << literals.size() << field << "values in" << batches.size()
                                     << "requests";
    co_return records;
}

QCoro::Task<QList<Company>> ConnectWiseClient::companies(QString conditions, CancelToken cancel) {
    const QString path = QStringLiteral("company/companies");
    const QList<QJsonObject> records = co_await m_session.readAll(path, path, conditions, cancel);
    co_return mapped<Company>(records, [&](const QJsonObject& o) { return CwParser::company(o, get(path)); });
}

QCoro::Task<QList<Company>> ConnectWiseClient::activeCompanies(CancelToken cancel) {
    co_return co_await companies(
        ConditionsBuilder::equals(QStringLiteral("deletedFlag"), ConditionsBuilder::boolean(false)), cancel);
}

QCoro::Task<QList<Company>> ConnectWiseClient::companiesByIdentifier(QStringList identifiers,
                                                                     CancelToken cancel) {
    QStringList literals;
    for (const QString& id : identifiers)
        literals.append(ConditionsBuilder::string(id.trimmed()));
    const QString path = QStringLiteral("company/companies");
    const QList<QJsonObject> records =
        co_await readInBatches(path, path, QStringLiteral("identifier"), literals, {}, cancel);
    co_return mapped<Company>(records, [&](const QJsonObject& o) { return CwParser::company(o, get(path)); });
}

QCoro::Task<QList<Contact>> ConnectWiseClient::contactsOfCompany(int companyId, CancelToken cancel) {
    const QString path = QStringLiteral("company/contacts");
    const QString conditions =
        ConditionsBuilder::equals(QStringLiteral("company/id"), ConditionsBuilder::number(companyId));
    const QList<QJsonObject> records = co_await m_session.readAll(path, path, conditions, cancel);
    co_return mapped<Contact>(records, [&](const QJsonObject& o) { return CwParser::contact(o, get(path)); });
}

QCoro::Task<QList<Agreement>> ConnectWiseClient::agreements(QString conditions, CancelToken cancel) {
    const QString path = QStringLiteral("finance/agreements");
    const QList<QJsonObject> records = co_await m_session.readAll(path, path, conditions, cancel);
    co_return mapped<Agreement>(records, [&](const QJsonObject& o) { return CwParser::agreement(o, get(path)); });
}

QCoro::Task<QList<Agreement>>
ConnectWiseClient::agreementsOfCompanies(QList<int> companyIds, QString extraConditions, CancelToken cancel) {
    QStringList literals;
    for (int id : companyIds)
        literals.append(ConditionsBuilder::number(id));
    const QString path = QStringLiteral("finance/agreements");
    const QList<QJsonObject> records =
        co_await readInBatches(path, path, QStringLiteral("company/id"), literals, extraConditions, cancel);
    co_return mapped<Agreement>(records, [&](const QJsonObject& o) { return CwParser::agreement(o, get(path)); });
}

QCoro::Task<QList<Addition>> ConnectWiseClient::additions(int agreementId, CancelToken cancel) {
    const QList<QJsonObject> records =
        co_await m_session.readAll(additionsPath(agreementId), kAdditions, {}, cancel);
    co_return mapped<Addition>(records, [agreementId](const QJsonObject& o) {
        return CwParser::addition(o, agreementId, get(kAdditions));
    });
}

QCoro::Task<QList<Addition>> ConnectWiseClient::additionsById(int agreementId, QList<int> additionIds,
                                                             CancelToken cancel) {
    QStringList literals;
    for (int id : additionIds)
        literals.append(ConditionsBuilder::number(qint64(id)));
    const QList<QJsonObject> records = co_await readInBatches(additionsPath(agreementId), kAdditions,
                                                              QStringLiteral("id"), literals, {}, cancel);
    co_return mapped<Addition>(records, [agreementId](const QJsonObject& o) {
        return CwParser::addition(o, agreementId, get(kAdditions));
    });
}

QCoro::Task<> ConnectWiseClient::additionsWorker(FanOut* state) {
    while (!state->error && state->next < state->ids.size()) {
        const int id = state->ids[state->next++];
        try {
            state->result.insert(id, co_await additions(id, state->cancel));
            if (state->progress)
                state->progress(int(state->result.size()), int(state->ids.size()));
        } catch (...) {
            if (!state->error)
                state->error = std::current_exception();
        }
    }
}

QCoro::Task<QMap<int, QList<Addition>>> ConnectWiseClient::additionsOfAgreements(QList<int> agreementIds,
                                                                                 CancelToken cancel,
                                                                                 Progress progress) {
    FanOut state;
    state.cancel = cancel;
    state.progress = progress;
    QSet<int> seen;
    for (int id : agreementIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            state.ids.append(id);
        }
    if (state.ids.isEmpty())
        co_return state.result;
    co_await m_session.ensureReady(cancel); // discover once, not once per worker
    // A small pool: each worker takes the next agreement until none is left, so at most
    // MaxInFlight requests run at once (HttpClient's per-host limit is the backstop).
    std::vector<QCoro::Task<>> workers;
    const qsizetype count = std::min<qsizetype>(MaxInFlight, state.ids.size());
    for (qsizetype i = 0; i < count; ++i)
        workers.push_back(additionsWorker(&state));
    for (auto& worker : workers)
        co_await std::move(worker);
    if (state.error)
        std::rethrow_exception(state.error);
    qCDebug(lcConnectWise) << "read the additions of" << state.result.size() << "agreements with" << count
                           << "workers";
    co_return state.result;
}

QCoro::Task<Addition> ConnectWiseClient::addition(int agreementId, int additionId, CancelToken cancel) {
    const QJsonObject o = co_await m_session.sendForObject(
        "GET", additionsPath(agreementId) + u'/' + QString::number(additionId), kAddition, {}, cancel);
    co_return CwParser::addition(o, agreementId, get(kAddition));
}

QCoro::Task<QList<CatalogItem>> ConnectWiseClient::catalogItems(QString conditions, CancelToken cancel) {
    const QString path = QStringLiteral("procurement/catalog");
    const QList<QJsonObject> records = co_await m_session.readAll(path, path, conditions, cancel);
    co_return mapped<CatalogItem>(records,
                                  [&](const QJsonObject& o) { return CwParser::catalogItem(o, get(path)); });
}

QCoro::Task<QList<CatalogItem>> ConnectWiseClient::catalogItemsByIdentifier(QStringList identifiers,
                                                                            CancelToken cancel) {
    QStringList literals;
    for (const QString& id : identifiers)
        literals.append(ConditionsBuilder::string(id.trimmed()));
    const QString path = QStringLiteral("procurement/catalog");
    const QList<QJsonObject> records =
        co_await readInBatches(path, path, QStringLiteral("identifier"), literals, {}, cancel);
    co_return mapped<CatalogItem>(records,
                                  [&](const QJsonObject& o) { return CwParser::catalogItem(o, get(path)); });
}

QCoro::Task<QList<Reference>> ConnectWiseClient::references(QString path, CancelToken cancel) {
    const QList<QJsonObject> records = co_await m_session.readAll(path, path, {}, cancel);
    co_return mapped<Reference>(records, [&](const QJsonObject& o) { return CwParser::reference(o, get(path)); });
}

QCoro::Task<QList<Reference>> ConnectWiseClient::agreementTypes(CancelToken cancel) {
    co_return co_await references(QStringLiteral("finance/agreements/types"), cancel);
}

QCoro::Task<QList<Reference>> ConnectWiseClient::productTypes(CancelToken cancel) {
    co_return co_await references(QStringLiteral("procurement/types"), cancel);
}

QCoro::Task<QList<Reference>> ConnectWiseClient::subcategories(CancelToken cancel) {
    co_return co_await references(QStringLiteral("procurement/subcategories"), cancel);
}

QCoro::Task<QList<Reference>> ConnectWiseClient::billingCycles(CancelToken cancel) {
    co_return co_await references(QStringLiteral("finance/billingCycles"), cancel);
}

QCoro::Task<CwSystemInfo> ConnectWiseClient::systemInfo(CancelToken cancel) {
    const QString path = QStringLiteral("system/info");
    co_return CwParser::systemInfo(co_await m_session.sendForObject("GET", path, path, {}, cancel));
}

// ---- writes ------------------------------------------------------------------------------

QCoro::Task<Addition> ConnectWiseClient::patchAddition(int agreementId, int additionId, QList<JsonPatch> ops,
                                                       CancelToken cancel) {
    const QJsonObject o = co_await m_session.sendForObject(
        "PATCH", additionsPath(agreementId) + u'/' + QString::number(additionId), kAddition,
        JsonPatch::toJson(ops), cancel);
    co_return CwParser::addition(o, agreementId, QStringLiteral("PATCH ") + kAddition);
}

QByteArray ConnectWiseClient::additionBody(const NewAddition& a) {
    JsonWriter w;
    JsonWriter product;
    if (a.productId != 0)
        product.field(QStringLiteral("id"), JsonWriter::integer(a.productId));
    else
        product.field(QStringLiteral("identifier"), JsonWriter::string(a.productIdentifier));
    w.field(QStringLiteral("product"), product.object())
        .field(QStringLiteral("billCustomer"), JsonWriter::string(a.billCustomer))
        .field(QStringLiteral("quantity"), JsonWriter::number(a.quantity));
    if (a.unitPrice)
        w.field(QStringLiteral("unitPrice"), JsonWriter::number(*a.unitPrice));
    if (a.unitCost)
        w.field(QStringLiteral("unitCost"), JsonWriter::number(*a.unitCost));
    if (a.effectiveDate.isValid())
        w.field(QStringLiteral("effectiveDate"), JsonWriter::date(a.effectiveDate));
    if (!a.description.isEmpty())
        w.field(QStringLiteral("description"), JsonWriter::string(a.description));
    return w.object();
}

QByteArray ConnectWiseClient::agreementBody(const NewAgreement& a) {
    JsonWriter w;
    w.field(QStringLiteral("name"), JsonWriter::string(a.name));
    // An unset reference is left out, so ConnectWise names it as a missing required field.
    if (a.typeId != 0)
        w.field(QStringLiteral("type"), JsonWriter::reference(a.typeId));
    if (a.companyId != 0)
        w.field(QStringLiteral("company"), JsonWriter::reference(a.companyId));
    if (a.contactId != 0)
        w.field(QStringLiteral("contact"), JsonWriter::reference(a.contactId));
    if (a.startDate.isValid())
        w.field(QStringLiteral("startDate"), JsonWriter::date(a.startDate));
    if (a.endDate.isValid())
        w.field(QStringLiteral("endDate"), JsonWriter::date(a.endDate));
    else
        w.field(QStringLiteral("noEndingDateFlag"), JsonWriter::flag(true));
    if (a.billingCycleId != 0)
        w.field(QStringLiteral("billingCycle"), JsonWriter::reference(a.billingCycleId));
    return w.object();
}

QByteArray ConnectWiseClient::catalogItemBody(const NewCatalogItem& c) {
    JsonWriter w;
    w.field(QStringLiteral("identifier"), JsonWriter::string(c.identifier))
        .field(QStringLiteral("description"), JsonWriter::string(c.description))
        .field(QStringLiteral("customerDescription"), JsonWriter::string(c.customerDescription));
    if (c.subcategoryId != 0)
        w.field(QStringLiteral("subcategory"), JsonWriter::reference(c.subcategoryId));
    if (c.typeId != 0)
        w.field(QStringLiteral("type"), JsonWriter::reference(c.typeId));
    w.field(QStringLiteral("productClass"), JsonWriter::string(c.productClass));
    if (c.price)
        w.field(QStringLiteral("price"), JsonWriter::number(*c.price));
    if (c.cost)
        w.field(QStringLiteral("cost"), JsonWriter::number(*c.cost));
    return w.object();
}

QCoro::Task<Addition> ConnectWiseClient::createAddition(int agreementId, NewAddition addition,
                                                        CancelToken cancel) {
    const QJsonObject o = co_await m_session.sendForObject("POST", additionsPath(agreementId), kAdditions,
                                                           additionBody(addition), cancel);
    co_return CwParser::addition(o, agreementId, QStringLiteral("POST ") + kAdditions);
}

QCoro::Task<Agreement> ConnectWiseClient::createAgreement(NewAgreement agreement, CancelToken cancel) {
    const QString path = QStringLiteral("finance/agreements");
    const QJsonObject o = co_await m_session.sendForObject("POST", path, path, agreementBody(agreement), cancel);
    co_return CwParser::agreement(o, QStringLiteral("POST ") + path);
}

QCoro::Task<CatalogItem> ConnectWiseClient::createCatalogItem(NewCatalogItem item, CancelToken cancel) {
    const QString path = QStringLiteral("procurement/catalog");
    const QJsonObject o = co_await m_session.sendForObject("POST", path, path, catalogItemBody(item), cancel);
    co_return CwParser::catalogItem(o, QStringLiteral("POST ") + path);
}

// ---- connection --------------------------------------------------------------------------

QCoro::Task<ConnectWiseStatus> ConnectWiseClient::status(CancelToken cancel) {
    co_return co_await CwConnectionTester(m_session).status(cancel);
}

QCoro::Task<ConnectionCheck> ConnectWiseClient::testConnection(CancelToken cancel) {
    co_return co_await CwConnectionTester(m_session).check(cancel);
}

} // namespace il
