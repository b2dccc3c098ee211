#include "export/ExportTip.h"

#include "table/CsvReader.h"
#include "errors/UserError.h"

namespace il {
namespace {

LogTip parsed(const QString& id, const QString& hash, const QString& path, int line) {
    const std::optional<LogTip> tip = LogTip::parse(id + QLatin1Char(':') + hash);
    if (!tip)
        throw UserError(
            QStringLiteral("%1, line %2: \"%3\" and \"%4\" are not a transfer log row id and hash")
                .arg(path)
                .arg(line)
                .arg(id, hash));
    return *tip;
}

} // namespace

LogVerifier::Expected ExportTip::read(const QString& path) {
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        throw UserError(
            QStringLiteral("--against reads a CSV export (log export or reconcile --export), not %1")
                .arg(path));
    const std::vector<CsvReader::Record> records = CsvReader::readFile(path);
    if (records.empty())
        throw UserError(QStringLiteral("%1 is empty: no transfer log tip to check").arg(path));
    const QStringList& header = records.front().fields;
    const auto field = [](const CsvReader::Record& r, qsizetype column) {
        return CsvReader::unneutralize(r.fields.value(column)).trimmed();
    };

    // The reconcile report: the run's tip, the same on every row.
    const qsizetype tipId = header.indexOf(QStringLiteral("transfer_log_tip_id"));
    const qsizetype tipHash = header.indexOf(QStringLiteral("transfer_log_tip_hash"));
    if (tipId >= 0 && tipHash >= 0) {
        for (size_t i = 1; i < records.size(); ++i)
            if (!field(records[i], tipId).isEmpty())
                return {parsed(field(records[i], tipId), field(records[i], tipHash), path, records[i].line),
                        QStringLiteral("the report %1").arg(path)};
        throw UserError(
            QStringLiteral("%1 has no transfer log tip: the log was empty when it was written").arg(path));
    }

    // The transfer-log export: its highest row (a filtered export need not be in id order).
    const qsizetype id = header.indexOf(QStringLiteral("id"));
    const qsizetype hash = header.indexOf(QStringLiteral("hash"));
    if (id < 0 || hash < 0)
        throw UserError(
            QStringLiteral("%1 is not a transfer log export or reconcile report: it has no id and hash "
                           "columns (exports written before this version have none)")
                .arg(path));
    std::optional<LogTip> best;
    int bestLine = 0;
    for (size_t i = 1; i < records.size(); ++i) {
        const LogTip tip = parsed(field(records[i], id), field(records[i], hash), path, records[i].line);
        if (!best || tip.id > best->id) {
            best = tip;
            bestLine = records[i].line;
        }
    }
    if (!best)
        throw UserError(QStringLiteral("%1 has no rows: no transfer log tip to check").arg(path));
    return {*best, QStringLiteral("the export %1 (line %2)").arg(path).arg(bestLine)};
}

} // namespace il
