#include "export/TransferLogService.h"

#include "errors/UserError.h"
#include "export/ExportTip.h"
#include "export/TransferExport.h"
#include "store/LineNotes.h"
#include "store/LogVerifier.h"
#include "store/TipAnchor.h"
#include "store/TransferLog.h"
#include "table/CsvWriter.h"
#include "table/TableFile.h"
#include "table/XlsxWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace il {
namespace {

const QString kSheet = QStringLiteral("Transfers");

// The one month all rows belong to, or empty when they span several (then every note is read:
// the table is small, and TransferExport matches each note to its month).
QString commonMonth(const std::vector<Transfer>& rows) {
    QString month;
    for (const Transfer& t : rows) {
        if (month.isEmpty())
            month = t.month;
        else if (month != t.month)
            return {};
    }
    return month;
}

std::vector<LineNote> asLineNotes(const QHash<QString, QString>& notes) {
    std::vector<LineNote> out;
    out.reserve(size_t(notes.size()));
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        out.push_back({it.key().left(slash), it.key().mid(slash + 1), it.value(), {}, {}});
    }
    return out;
}

} // namespace

TransferLogService::TransferLogService(Database& db, SecretStore& secrets, QString user, const Clock& clock)
    : m_db(db)
    , m_secrets(secrets)
    , m_user(std::move(user))
    , m_clock(clock) {}

QString TransferLogService::Listing::noteOf(const Transfer& transfer) const {
    return notes.value(noteKey(transfer.month, transfer.lineId));
}

std::optional<TransferLogService::Format> TransferLogService::formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QHash<QString, QString> TransferLogService::notesOf(const std::vector<Transfer>& rows, const QString& month) {
    QHash<QString, QString> notes;
    for (const LineNote& n : LineNotes(m_db, m_user, m_clock).notes(month))
        notes.insert(noteKey(n.month, n.lineId), n.text);
    // Only the lines listed: a note on a line without a write is not part of this listing.
    QHash<QString, QString> used;
    for (const Transfer& t : rows)
        if (const auto it = notes.constFind(noteKey(t.month, t.lineId)); it != notes.cend())
            used.insert(it.key(), it.value());
    return used;
}

TransferLogService::Listing TransferLogService::list(const QString& month,
                                                     std::optional<TransferOutcome> outcome) {
    Listing listing;
    listing.transfers = TransferLog(m_db, m_clock).list(month, outcome);
    listing.notes = notesOf(listing.transfers, month);
    return listing;
}

QString TransferLogService::note(const QString& month, const QString& lineId) {
    return LineNotes(m_db, m_user, m_clock).note(month, lineId);
}

void TransferLogService::setNote(const QString& month, const QString& lineId, const QString& text) {
    LineNotes(m_db, m_user, m_clock).setNote(month, lineId, text);
}

void TransferLogService::write(const std::vector<Transfer>& rows, const QHash<QString, QString>& notes,
                               const QString& path, std::optional<Format> format) {
    const Table table = TransferExport::table(rows, asLineNotes(notes));
    if (!format)
        TableFile::save(table, path, kSheet, m_csv); // refuses another extension, naming the file
    else if (*format == Format::Csv)
        CsvWriter::write(table, path, m_csv);
    else
        XlsxWriter::write(table, path, kSheet);
}

QByteArray TransferLogService::bytesOf(const std::vector<Transfer>& rows,
                                       const QHash<QString, QString>& notes, Format format) {
    const Table table = TransferExport::table(rows, asLineNotes(notes));
    if (format == Format::Csv)
        return CsvWriter::toBytes(table, m_csv);
    // libxlsxwriter writes files only: a private temporary one, read back whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("transfers.xlsx"));
    if (!dir.isValid())
        throw UserError(QStringLiteral("cannot export the transfer log as XLSX: no temporary folder (%1)")
                            .arg(dir.errorString()));
    XlsxWriter::write(table, path, kSheet);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(
            QStringLiteral("cannot read back the XLSX export %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

qsizetype TransferLogService::exportTo(const QString& path, const QString& month) {
    const Listing listing = list(month);
    write(listing.transfers, listing.notes, path, std::nullopt);
    return qsizetype(listing.transfers.size());
}

qsizetype TransferLogService::exportTo(const QString& path, Format format, const QString& month) {
    const Listing listing = list(month);
    write(listing.transfers, listing.notes, path, format);
    return qsizetype(listing.transfers.size());
}

QByteArray TransferLogService::exportBytes(Format format, const QString& month) {
    const Listing listing = list(month);
    return bytesOf(listing.transfers, listing.notes, format);
}

void TransferLogService::exportRows(const std::vector<Transfer>& rows, const QString& path) {
    write(rows, notesOf(rows, commonMonth(rows)), path, std::nullopt);
}

QByteArray TransferLogService::exportRowsBytes(const std::vector<Transfer>& rows, Format format) {
    return bytesOf(rows, notesOf(rows, commonMonth(rows)), format);
}

LogTip TransferLogService::tip() {
    return LogVerifier(m_db).last();
}

TransferLogService::Expected TransferLogService::tipOfExport(const QString& path) {
    const LogVerifier::Expected e = ExportTip::read(path);
    return {e.tip, e.origin};
}

QCoro::Task<TransferLogService::Verification> TransferLogService::verify(QList<Expected> expected) {
    QList<LogVerifier::Expected> more;
    for (const Expected& e : expected)
        more.append({e.tip, e.origin});
    TipAnchor tipAnchor(m_secrets, m_db, m_clock); // a local, not a temporary: see the GCC 12 notes
    const LogVerifier::Result r = co_await tipAnchor.verify(more);
    Verification v{r.ok, r.firstBadId, r.reason, r.rowsChecked, r.notes, tip()};
    co_return v;
}

QString TransferLogService::anchorOrigin() const {
    return TipAnchor(m_secrets, m_db, m_clock).origin();
}

QCoro::Task<std::optional<LogTip>> TransferLogService::anchor() {
    TipAnchor tipAnchor(m_secrets, m_db, m_clock);
    const std::optional<LogTip> held = co_await tipAnchor.load();
    co_return held;
}

QCoro::Task<LogTip> TransferLogService::resetAnchor() {
    TipAnchor tipAnchor(m_secrets, m_db, m_clock);
    const LogTip now = co_await tipAnchor.reset();
    co_return now;
}

} // namespace il
