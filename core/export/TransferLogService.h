#pragma once

#include "domain/Transfer.h"
#include "settings/Clock.h"
#include "store/LogTip.h"
#include "table/CsvFormat.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <qcoro/qcorotask.h>

#include <optional>
#include <vector>

namespace il {

class Database;
class SecretStore;

// The transfer log as the front ends see it (the log window, `log export|verify|anchor`, later a
// mailed log): its rows with the notes on their invoice lines, notes on any line of any month,
// exports to a file or to bytes, and the check that nobody edited or cut the log. Front ends use
// this instead of the store's TransferLog, LineNotes, LogVerifier and TipAnchor, so how the log
// is kept and proven can change behind it. Opened over a Database; it holds no state of its own.
class TransferLogService {
public:
    enum class Format { Csv, Xlsx };

    // Rows and the notes of their lines.
    struct Listing {
        std::vector<Transfer> transfers;
        QHash<QString, QString> notes; // by noteKey(month, lineId)
        QString noteOf(const Transfer& transfer) const;
    };
    // A tip recorded outside the database (a --tip, an export, a mail) and where it came from,
    // for the message: "--tip 12:ab…", "the export x.csv (line 5)".
    struct Expected {
        LogTip tip;
        QString origin;
    };
    struct Verification {
        bool ok = true;
        qint64 firstBadId = 0; // the first row that is wrong or missing; 0 when ok
        QString reason;        // one sentence naming that row (and the tip's origin); empty when ok
        qint64 rowsChecked = 0;
        QStringList notes; // what else was checked and how it went, one sentence each
        LogTip tip;        // the log's last row (empty for an empty log)
    };

    // user: who writes notes. secrets: where this machine's tip anchor lives.
    TransferLogService(Database& db, SecretStore& secrets, QString user,
                       const Clock& clock = Clock::system());

    static QString noteKey(const QString& month, const QString& lineId) { return month + u'/' + lineId; }
    // Csv or Xlsx by the file name's extension (any case); nullopt for anything else.
    static std::optional<Format> formatOf(const QString& path);

    // Oldest first; every month when month is empty; only `outcome` rows when given. An intent
    // with its outcome row is left out (see TransferLog::list).
    Listing list(const QString& month = {}, std::optional<TransferOutcome> outcome = std::nullopt);
    // The note on one invoice line of a month (any month, loaded or not); empty when none.
    QString note(const QString& month, const QString& lineId);
    // An empty or blank text removes the note.
    void setNote(const QString& month, const QString& lineId, const QString& text);

    // The month's rows (every month when empty) with their notes; returns how many were written.
    // UserError when the file cannot be written or (without a format) has another extension.
    qsizetype exportTo(const QString& path, const QString& month = {});
    qsizetype exportTo(const QString& path, Format format, const QString& month = {});
    QByteArray exportBytes(Format format, const QString& month = {});
    // Given rows (what a window shows: filtered, sorted) with the notes of their lines.
    void exportRows(const std::vector<Transfer>& rows, const QString& path);
    QByteArray exportRowsBytes(const std::vector<Transfer>& rows, Format format);
    // The separator and decimal point of the CSV exports (comma unless set: `log export
    // --csv-format`, the setting export/csv_format, the desktop's language).
    void setCsvFormat(CsvFormat format) { m_csv = format; }
    CsvFormat csvFormat() const { return m_csv; }

    // The log's last row; empty when the log is empty.
    LogTip tip();
    // The tip an export carries (`log export` CSV or the reconcile report); UserError naming the
    // file when it has none.
    static Expected tipOfExport(const QString& path);
    // The hash chain and the database's record of its end, this machine's keychain anchor (when
    // there is one) and then every expected tip (`log verify`).
    QCoro::Task<Verification> verify(QList<Expected> expected = {});

    // This machine's anchor: where it lives (for messages), what it holds, and moving it to the
    // log's end after restoring a backup on purpose (`log anchor [--reset]`).
    QString anchorOrigin() const;
    QCoro::Task<std::optional<LogTip>> anchor();
    QCoro::Task<LogTip> resetAnchor();

private:
    QHash<QString, QString> notesOf(const std::vector<Transfer>& rows, const QString& month);
    QByteArray bytesOf(const std::vector<Transfer>& rows, const QHash<QString, QString>& notes,
                       Format format);
    void write(const std::vector<Transfer>& rows, const QHash<QString, QString>& notes, const QString& path,
               std::optional<Format> format);

    Database& m_db;
    SecretStore& m_secrets;
    QString m_user;
    const Clock& m_clock;
    CsvFormat m_csv;
};

} // namespace il
