#pragma once

#include "domain/Link.h"
#include "settings/Clock.h"

#include <QString>

#include <optional>
#include <vector>

namespace il {

class Database;

// Remembered links (DESIGN §3 Linking): customer key → company, and (customer key, item code) →
// company, agreement, product; each with its origin, who set it and when. A confirmed link is
// never overwritten by an auto or suggested one.
class LinkStore {
public:
    // `user` is stamped on every link this store writes; `clock` gives the UTC time.
    LinkStore(Database& db, QString user, const Clock& clock = Clock::system());

    // Inserts or replaces; returns false (and changes nothing) when a confirmed link is in the way
    // of a link that is not confirmed. setBy/setAt of the argument are ignored and stamped.
    bool upsert(const CustomerLink& link);
    bool upsert(const LineLink& link);

    std::optional<CustomerLink> customerLink(const QString& customerKey);
    std::optional<LineLink> lineLink(const QString& customerKey, const QString& itemCode);
    std::vector<CustomerLink> customerLinks(); // by customer key
    std::vector<LineLink> lineLinks();         // by customer key, item code

    // Returns whether a link was there.
    bool removeCustomerLink(const QString& customerKey);
    bool removeLineLink(const QString& customerKey, const QString& itemCode);

    // The CSV header both directions use, exactly.
    static QString csvHeader() {
        return QStringLiteral("customer_key,item_code,company_id,agreement_id,product_identifier");
    }
    // Imports every row as a confirmed link, all or nothing; a bad row is reported as a UserError
    // naming the file and its line number. Returns the number of links imported.
    int importCsv(const QString& path);
    // Customer links (empty item_code) first, then line links; returns the number of rows.
    int exportCsv(const QString& path);

private:
    QString now() const;

    Database& m_db;
    QString m_user;
    const Clock& m_clock;
};

} // namespace il
