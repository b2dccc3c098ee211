// issue 10 points 4 and 7: the transfer log's export shows a decision row readably (its decision
// in its own column, the note in note) and a create row with every value it wrote (quantity,
// unit cost, unit price), in columns added after the existing ones.
#include "export/TransferExport.h"

#include <gtest/gtest.h>

using il::Decimal;
using il::Transfer;
using il::TransferExport;

namespace {

Transfer row(il::TransferField field, const char* detail) {
    Transfer t;
    t.id = 7;
    t.month = QStringLiteral("2024-04");
    t.createdAt = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
    t.lineId = QStringLiteral("line-1");
    t.agreementId = 500;
    t.additionId = 901;
    t.field = field;
    t.detail = QLatin1String(detail);
    t.user = QStringLiteral("ann");
    return t;
}

QString text(const il::Table& table, size_t row, const QString& column) {
    const auto at = table.header.indexOf(column);
    EXPECT_GE(at, 0) << column.toStdString();
    return at < 0 ? QString() : il::cellText(table.rows.at(row).at(size_t(at)));
}

} // namespace

TEST(ExportTransferColumns, DecisionRowsAndCreatesAreReadableWithoutTheApp) {
    const QStringList columns = TransferExport::columns();
    EXPECT_EQ(columns.indexOf(QStringLiteral("object_id")), 19) << "earlier columns keep their place";
    EXPECT_EQ(columns.mid(20), (QStringList{QStringLiteral("decision"), QStringLiteral("quantity"),
                                            QStringLiteral("unit_cost"), QStringLiteral("unit_price")}));

    Transfer dismissed = row(il::TransferField::Decision, R"({"decision":"dismissed","customerKey":"ACME"})");
    dismissed.outcome = il::TransferOutcome::Recorded;
    dismissed.note = QStringLiteral("two licences are free");
    Transfer undone = row(il::TransferField::Decision, R"({"decision":null})");
    undone.outcome = il::TransferOutcome::Recorded;
    Transfer created = row(il::TransferField::Create, R"({"product":"M365","unitCost":"3.1","unitPrice":"4.5"})");
    created.newValue = Decimal::fromString(u"12");
    Transfer quantity = row(il::TransferField::Quantity, "");
    quantity.oldValue = Decimal::fromString(u"3");
    quantity.newValue = Decimal::fromString(u"4");

    const il::Table table = TransferExport::table({dismissed, undone, created, quantity});
    EXPECT_EQ(text(table, 0, QStringLiteral("field")), QStringLiteral("decision"));
    EXPECT_EQ(text(table, 0, QStringLiteral("outcome")), QStringLiteral("recorded"));
    EXPECT_EQ(text(table, 0, QStringLiteral("decision")), QStringLiteral("dismissed"));
    EXPECT_EQ(text(table, 0, QStringLiteral("note")), QStringLiteral("two licences are free"));
    EXPECT_EQ(text(table, 0, QStringLiteral("user")), QStringLiteral("ann"));
    EXPECT_EQ(text(table, 1, QStringLiteral("decision")), QStringLiteral("undone"));
    EXPECT_EQ(text(table, 2, QStringLiteral("decision")), QString());
    EXPECT_EQ(text(table, 2, QStringLiteral("quantity")), QStringLiteral("12"));
    EXPECT_EQ(text(table, 2, QStringLiteral("unit_cost")), QStringLiteral("3.1"));
    EXPECT_EQ(text(table, 2, QStringLiteral("unit_price")), QStringLiteral("4.5"));
    EXPECT_EQ(text(table, 3, QStringLiteral("quantity")), QString()) << "a field row's value is in new_value";
    EXPECT_TRUE(std::holds_alternative<Decimal>(table.rows.at(2).at(21))) << "numbers stay numbers in XLSX";
}
