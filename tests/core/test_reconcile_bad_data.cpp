// issue 7: nothing is pushed from a month that was not read completely and cleanly. The demo
// month through the real engine (MonthRun) and the real command line, with one bad value served
// by the sandbox: the load fails naming the system, endpoint, record and field, no transfer is
// logged and ConnectWise receives no PATCH or POST. Before, the line below was read with
// quantity 0 and `reconcile --apply all` PATCHed quantity 0 to its addition.
#include "CliFixture.h"
#include "ReconcileHarness.h"

#include "errors/ApiError.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "sandbox/exact/ExactFake.h"

namespace {

// A purchase line of the demo month whose quantity differs from its addition: a push target.
QString mismatchedLine(il::sandbox::SandboxData& data) {
    for (const auto& inv : data.exact.purchaseInvoices)
        for (const auto& l : inv.lines)
            if (data.planted.statusByLineId.value(l.id) == QLatin1String("quantity_mismatch"))
                return l.id;
    ADD_FAILURE() << "the demo has no quantity_mismatch line";
    return {};
}

int writesReceived(il::sandbox::ConnectWiseFake& cw) {
    int writes = 0;
    for (const auto& r : cw.requests())
        writes += r.method == "PATCH" || r.method == "POST" || r.method == "PUT" ? 1 : 0;
    return writes;
}

struct BadServed {
    const char* system; // "exact" or "connectwise"
    const char* field;
    const char* json;
    const char* message; // what the error must contain besides the record
};

std::ostream& operator<<(std::ostream& os, const BadServed& b) { return os << b.system << ' ' << b.field << '=' << b.json; }

class ReconcileBadDataTest : public ReconcileTest, public ::testing::WithParamInterface<BadServed> {
protected:
    // Serves the bad value; returns the text naming the record in the error.
    QString serve(const BadServed& b) {
        if (QLatin1String(b.system) == QLatin1String("exact")) {
            const QString line = mismatchedLine(sandbox().data());
            sandbox().exact().rawWire().setField(QStringLiteral("purchase/PurchaseInvoiceLines"), line,
                                                 QLatin1String(b.field), b.json);
            return QStringLiteral("line ") + line;
        }
        for (const il::Addition& a : sandbox().data().cw.additions)
            sandbox().connectwise().rawWire().setField(QStringLiteral("finance/agreements/{id}/additions"),
                                                       QString::number(a.id), QLatin1String(b.field), b.json);
        return QStringLiteral("addition ");
    }
};

TEST_P(ReconcileBadDataTest, TheLoadFailsAndNothingIsPushed) {
    const BadServed b = GetParam();
    const QString record = serve(b);
    std::unique_ptr<il::MonthRun> run;
    try {
        run = loadMonth();
        ADD_FAILURE() << "the month loaded: " << run->result().records.size() << " lines";
    } catch (const il::ApiError& e) {
        EXPECT_EQ(e.kind(), il::ApiError::Kind::Parse);
        EXPECT_TRUE(e.message().contains(QLatin1String(b.message))) << e.what();
        EXPECT_TRUE(e.message().contains(record)) << e.what();
        EXPECT_TRUE(e.message().contains(QLatin1String(b.field))) << e.what();
    }
    EXPECT_EQ(transferRows(), 0);
    EXPECT_EQ(writesReceived(sandbox().connectwise()), 0);
}

const BadServed kServed[] = {
    {"exact", "Quantity", "null", "Exact Online GET purchase/PurchaseInvoiceLines failed"},
    {"exact", "Quantity", "\"NaN\"", "Exact Online GET purchase/PurchaseInvoiceLines failed"},
    {"exact", "Quantity", "\"1,5\"", "Exact Online GET purchase/PurchaseInvoiceLines failed"},
    {"exact", "Quantity", "1e400", "Exact Online GET purchase/PurchaseInvoiceLines failed"},
    {"exact", "Quantity", "{\"v\":1}", "Exact Online GET purchase/PurchaseInvoiceLines failed"},
    {"connectwise", "quantity", "null", "ConnectWise GET finance/agreements/{id}/additions failed"},
    {"connectwise", "unitCost", "null", "ConnectWise GET finance/agreements/{id}/additions failed"},
    {"connectwise", "product", "{\"name\":\"?\"}", "ConnectWise GET finance/agreements/{id}/additions failed"},
};

INSTANTIATE_TEST_SUITE_P(DemoMonth, ReconcileBadDataTest, ::testing::ValuesIn(kServed));

// The whole command, as the review ran it: `reconcile --apply all` exits 2 with the reason on
// stderr, and nothing reaches ConnectWise.
class CliBadDataTest : public CliTest {};

TEST_F(CliBadDataTest, ReconcileApplyAllStopsOnAnUnreadableQuantityAndWritesNothing) {
    storeSecrets(true);
    const QString line = mismatchedLine(sandbox().data());
    sandbox().exact().rawWire().setField(QStringLiteral("purchase/PurchaseInvoiceLines"), line,
                                         QStringLiteral("Quantity"), "\"NaN\"");
    const QString month = sandbox().data().demoMonth.toString(QStringLiteral("yyyy-MM"));
    const CliResult r = cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month, QStringLiteral("--apply"),
                             QStringLiteral("all")});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Exact Online GET purchase/PurchaseInvoiceLines failed"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line %1").arg(line))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("has an unreadable Quantity (\"NaN\")"))) << r.err.toStdString();
    EXPECT_EQ(writesReceived(sandbox().connectwise()), 0);

    // The same for a null quantity on ConnectWise's side.
    sandbox().exact().rawWire().clear();
    for (const il::Addition& a : sandbox().data().cw.additions)
        sandbox().connectwise().rawWire().setField(QStringLiteral("finance/agreements/{id}/additions"),
                                                   QString::number(a.id), QStringLiteral("quantity"), "null");
    const CliResult cw = cli({QStringLiteral("reconcile"), QStringLiteral("--month"), month, QStringLiteral("--apply"),
                              QStringLiteral("all")});
    EXPECT_EQ(cw.exitCode, 2) << cw.out.toStdString();
    EXPECT_TRUE(cw.err.contains(QStringLiteral("has an unreadable quantity (null)"))) << cw.err.toStdString();
    EXPECT_EQ(writesReceived(sandbox().connectwise()), 0);
}

} // namespace
