#include "sandbox/DemoCast.h"

#include "sandbox/DemoNames.h"

#include <QUuid>

namespace il::sandbox {

namespace {

struct LookAlike {
    const char* exactName; // also the bracketed text on the invoice lines
    const char* exactCode;
    const char* cwName;
    const char* cwIdentifier;
};

// Equal only after folding accents and case, dropping legal forms and collapsing punctuation.
const LookAlike LookAlikes[] = {
    {"Café Noir B.V.", "20017", "Cafe Noir", "CAFENOIR"},
    {"Müller Bau GmbH", "20023", "Muller Bau", "MULLERBAU"},
    {"De Vries-Janssen N.V.", "20031", "de Vries Janssen", "DEVRIESJANS"},
    {"SMITH & SONS LTD.", "20044", "Smith & Sons", "SMITHSONS"},
};

QString padCode(const QString& code) {
    return QStringLiteral("%1").arg(code, 18);
}

// Derived from the account, not drawn from the random stream, so adding projects left every
// other planted value (and so every planted status) as it was.
QString projectGuid(const QString& accountId) {
    static const QUuid ns(QStringLiteral("6f1c2b7e-3d4a-4e5f-9a8b-7c6d5e4f3a2b"));
    return QUuid::createUuidV5(ns, accountId).toString(QUuid::WithoutBraces);
}

} // namespace

void DemoCast::addCompany(DemoContext& ctx, int id, const QString& identifier, const QString& name,
                          bool deleted) {
    Company company;
    company.id = id;
    company.identifier = identifier;
    company.name = name;
    company.status = deleted ? QStringLiteral("Inactive") : QStringLiteral("Active");
    company.deleted = deleted;
    ctx.data.cw.companies.append(company);
}

void DemoCast::build(DemoContext& ctx, int customerCount) {
    DemoNames names(ctx.rng);
    for (const LookAlike& l : LookAlikes) {
        names.reserve(QString::fromUtf8(l.exactName), QString::fromLatin1(l.cwIdentifier));
        names.reserve(QString::fromUtf8(l.cwName), QString());
    }
    names.reserve(QStringLiteral("Jansen ICT"), QStringLiteral("JANSENICT"));
    names.reserve(QStringLiteral("Cloud Distributie Nederland B.V."), QStringLiteral("CLOUDDISTRI"));
    names.reserve(QString(), QStringLiteral("JANSENICTBV"));

    QList<CustomerKind> kinds = {CustomerKind::InactiveEnded, CustomerKind::InactiveStatus,
                                 CustomerKind::Ambiguous};
    for (int i = 0; i < 4; ++i)
        kinds.append(CustomerKind::NameOnly);
    for (int i = 0; i < 3; ++i)
        kinds.append(CustomerKind::DeletedDuplicate);
    for (int i = 0; i < std::max(2, customerCount / 10); ++i)
        kinds.append(CustomerKind::TwoAgreements);
    while (kinds.size() < customerCount)
        kinds.append(CustomerKind::Normal);
    ctx.rng.shuffle(kinds);
    for (int i = 0; i < 3; ++i)
        kinds.append(CustomerKind::CwOnly);

    int nextCompanyId = 250;
    int lookAlike = 0;
    for (CustomerKind kind : kinds) {
        DemoCustomer c;
        c.kind = kind;
        if (kind == CustomerKind::NameOnly) {
            const LookAlike& l = LookAlikes[lookAlike++];
            c.exactName = QString::fromUtf8(l.exactName);
            c.exactCode = QString::fromLatin1(l.exactCode);
            c.cwName = QString::fromUtf8(l.cwName);
            c.cwIdentifier = QString::fromLatin1(l.cwIdentifier);
        } else if (kind == CustomerKind::Ambiguous) {
            c.exactName = c.cwName = QStringLiteral("Jansen ICT");
            c.exactCode = QStringLiteral("30001"); // matches neither identifier
            c.cwIdentifier = QStringLiteral("JANSENICT");
        } else {
            c.exactName = c.cwName = names.companyName();
            c.cwIdentifier = names.identifierFor(c.cwName);
            c.exactCode = c.cwIdentifier;
        }
        c.cwCompanyId = nextCompanyId++;
        addCompany(ctx, c.cwCompanyId, c.cwIdentifier, c.cwName, false);
        if (kind == CustomerKind::Ambiguous) {
            c.twinCompanyId = nextCompanyId++;
            addCompany(ctx, c.twinCompanyId, QStringLiteral("JANSENICTBV"), QStringLiteral("Jansen ICT B.V."),
                       false);
        } else if (kind == CustomerKind::DeletedDuplicate) {
            // An old duplicate someone deleted: same name, so a linker that forgets deletedFlag
            // finds two candidates and links nothing.
            addCompany(ctx, nextCompanyId++, names.identifierFor(c.cwName + QStringLiteral(" OLD")), c.cwName,
                       true);
        }
        if (kind != CustomerKind::CwOnly) {
            c.exactAccountId = ctx.newGuid();
            ctx.data.exact.accounts.append({c.exactAccountId, padCode(c.exactCode), c.exactName});
            // The project's code is the CW identifier, so customer_key=project links as costcenter.
            c.exactProjectId = projectGuid(c.exactAccountId);
            ctx.data.exact.projects.append({c.exactProjectId, c.cwIdentifier, c.exactName});
        }
        ctx.customers.append(c);
    }
    ctx.supplierAccountId = ctx.newGuid();
    ctx.data.exact.accounts.append({ctx.supplierAccountId, padCode(QStringLiteral("400001")),
                                    QStringLiteral("Cloud Distributie Nederland B.V.")});

    int contactId = 101;
    for (const Company& company : ctx.data.cw.companies) {
        const int count = ctx.rng.between(1, 2);
        for (int i = 0; i < count; ++i)
            ctx.data.cw.contacts.append({contactId++, names.firstName(), names.lastName(), company.id});
    }
}

} // namespace il::sandbox
