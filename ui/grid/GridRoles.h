#pragma once

#include <Qt>

namespace il::ui {

// The item roles of the month grid (LineTableModel) that delegates, proxies and dialogs read.
// Every row is one invoice line; LineIndexRole says which one, whatever the proxies did.
enum GridRole {
    LineIndexRole = Qt::UserRole + 1, // qlonglong: index into MonthResult::lines
    StatusRole,                       // int: the line's il::LineStatus
    SortRole,                         // numeric sort key (Decimal raw() as qint64) or folded text
    OriginRole,                       // int: il::LinkOrigin of a link cell; -1 when not linked
    DeviationRole,                    // bool: this cell disagrees with the other side
    LinkValueRole,                    // link cells: company id, agreement id (int) or product identifier
    ActionRole,                       // int: il::LineAction done on the line this run
    PushLabelRole,                    // Action column: what its button does ("Push quantity"); empty: none
    SearchTextRole,                   // QStringList: customer name and key, item code, description
    AgreementWebRole,                 // QUrl: the line's agreement in ConnectWise's web pages; empty: none
    DecisionRole,                     // int: il::LineDecision of the line
    GroupRole,                        // QList<qlonglong>: the lines compared with this one as a group; empty: none
    NumberRole,                       // QString: a number cell's value as plain text ("-1234.5", the
                                      // grid's decimals, no grouping); invalid for text and empty cells
};

// The grid's columns, in order.
enum GridColumn {
    CustomerColumn,
    ItemColumn,
    DescriptionColumn,
    InvoiceQuantityColumn,
    InvoicePriceColumn, // unit cost or unit price, by compared_price_field
    CompanyColumn,
    AgreementColumn,
    ProductColumn,
    CwQuantityColumn,
    CwPriceColumn,
    DifferenceColumn,
    StatusColumn,
    ActionColumn, // the one-click push button, then the push's outcome
    GridColumnCount
};

} // namespace il::ui
