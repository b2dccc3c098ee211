#include "InvoiceCommand.h"

#include "CallReport.h"
#include "CliContext.h"
#include "CliProgress.h"
#include "MonthArgument.h"
#include "TextTable.h"

#include "errors/UserError.h"
#include "engine/Workspace.h"
#include "async/RunSync.h"
#include "engine/ConfigCheck.h"
#include "errors/UserError.h"
#include "async/RunSync.h"
#include "exact/ExactConnection.h"
#include "reconcile/Connections.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

InvoiceCommand::Options InvoiceCommand::parse(const QStringList& args, const QString& command) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("month"), QStringLiteral("Month YYYY-MM"), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output")});
    p.addOption({QStringLiteral("verbose"), QStringLiteral("Also list the API calls made")});
    if (!p.parse(QStringList{command} + args))
        throw il::UserError(p.errorText());
    if (!p.positionalArguments().isEmpty())
        throw il::UserError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    Options o;
    if (p.isSet(QStringLiteral("month")))
        o.month = MonthArgument::parse(p.value(QStringLiteral("month")));
    o.json = p.isSet(QStringLiteral("json"));
    o.verbose = p.isSet(QStringLiteral("verbose"));
    return o;
}

int InvoiceCommand::run(CliContext& ctx, const QStringList& args) {
    const Options o = parse(args, QStringLiteral("invoice"));
    if (!o.month.isValid())
        throw il::UserError(QStringLiteral("usage: invoice --month YYYY-MM [--json] [--verbose]"));
    ctx.workspace->checkSettings();
    return execute(*ctx.workspace, o, ctx.out);
}

int InvoiceCommand::execute(il::Workspace& workspace, const Options& o, QTextStream& out) {
    il::Connections& connections = workspace.connections();
    const QString source = workspace.settings().exactSource();
    CliProgress progress;
    const il::ExactConnection::ProgressSink log = [&progress](const il::LoadProgress& p) { progress.step(p); };
    const QList<il::InvoiceLine> lines = il::runSync(connections.exact().loadMonth(o.month, {}, log));
    progress.finish();
    const QString month = o.month.toString(QStringLiteral("yyyy-MM"));

    if (o.json) {
        QJsonArray array;
        for (const il::InvoiceLine& l : lines)
            array.append(QJsonObject{{QStringLiteral("line_id"), l.lineId},
                                     {QStringLiteral("invoice_id"), l.invoiceId},
                                     {QStringLiteral("invoice_number"), l.invoiceNumber},
                                     {QStringLiteral("invoice_date"), l.invoiceDate.toString(Qt::ISODate)},
                                     {QStringLiteral("line_number"), l.lineNumber},
                                     {QStringLiteral("customer_key"), l.customerKey},
                                     {QStringLiteral("customer_name"), l.customerName},
                                     {QStringLiteral("item_code"), l.itemCode},
                                     {QStringLiteral("description"), l.description},
                                     {QStringLiteral("quantity"), l.quantity.toJson()},
                                     {QStringLiteral("unit_price"), l.unitPrice.toJson()},
                                     {QStringLiteral("amount"), l.amount.toJson()}});
        QJsonObject report{{QStringLiteral("month"), month},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("lines"), array},
                           {QStringLiteral("api_calls"), CallReport::json(connections, o.verbose)}};
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return 0;
    }

    QSet<QString> invoices;
    il::Decimal total;
    TextTable table({QStringLiteral("INVOICE"), QStringLiteral("DATE"), QStringLiteral("CUSTOMER"), QStringLiteral("ITEM"),
                     QStringLiteral("QTY"), QStringLiteral("UNIT PRICE"), QStringLiteral("AMOUNT"),
                     QStringLiteral("DESCRIPTION")},
                    {false, false, false, false, true, true, true, false});
    table.setMaxWidth(2, 24);
    table.setMaxWidth(7, 48);
    for (const il::InvoiceLine& l : lines) {
        invoices.insert(l.invoiceId);
        total += l.amount;
        table.addRow({l.invoiceNumber, l.invoiceDate.toString(Qt::ISODate), l.customerKey, l.itemCode,
                      l.quantity.toString(), l.unitPrice.toString(), l.amount.toString(2), l.description});
    }
    // "on 4 purchase invoice(s)", or for source=entries "on 4 purchase entries".
    const QString documents = source == QLatin1String("entries") ? QStringLiteral("purchase entries")
                                                                 : source + QStringLiteral(" invoice(s)");
    out << QStringLiteral("%1 invoice lines of %2 on %3 %4, total %5 excl. VAT\n\n")
               .arg(lines.size())
               .arg(month)
               .arg(invoices.size())
               .arg(documents, total.toString(2));
    table.print(out);
    if (o.verbose) {
        out << '\n';
        CallReport::print(connections, out);
    }
    return 0;
}
