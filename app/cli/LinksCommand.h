#pragma once

#include <QStringList>

struct CliContext;

// links import FILE.csv | links export FILE.csv
// (header customer_key,item_code,company_id,agreement_id,product_identifier; imported links are confirmed).
class LinksCommand {
public:
    static int run(CliContext& ctx, const QStringList& args);
};
