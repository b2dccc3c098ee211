#include "table/XlsxWriter.h"

#include "errors/UserError.h"
#include "settings/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace il {
namespace {

constexpr int kMaxCellChars = 32767; // Excel's limit; libxlsxwriter refuses longer strings

// XML 1.0 cannot carry most control characters; Excel would call the file corrupt.
QByteArray cellUtf8(QString text) {
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    if (text.size() > kMaxCellChars)
        text.truncate(kMaxCellChars);
    return text.toUtf8();
}

lxw_datetime excelTime(const QDate& date, const QTime& time = QTime(0, 0)) {
    return {date.year(), date.month(), date.day(), time.hour(), time.minute(),
            time.second() + time.msec() / 1000.0};
}

} // namespace

double XlsxWriter::columnWidth(int longestText) {
    return std::clamp(longestText + 2, 8, 60);
}

void XlsxWriter::write(const Table& table, const QString& path, const QString& sheetName) {
    // libxlsxwriter writes the whole file at close; write beside the target and rename, so a
    // failure leaves any previous export intact.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        throw UserError(QStringLiteral("cannot write %1: the folder %2 does not exist").arg(path, folder));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // Exports hold customers and amounts: the user's alone. libxlsxwriter opens the file with
    // fopen("wb"), which keeps the mode of the empty file made here.
    if (!PrivateFiles::createFile(partial))
        throw UserError(QStringLiteral("cannot write %1: cannot create %2").arg(path, partial));
    lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
    if (!book)
        throw UserError(QStringLiteral("cannot write %1: out of memory").arg(path));
    const QByteArray name = cellUtf8(sheetName.left(31));
    lxw_worksheet* sheet = workbook_add_worksheet(
        book,
        workbook_validate_sheet_name(book, name.constData()) == LXW_NO_ERROR ? name.constData() : nullptr);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    // Typed cells: Excel filters, sorts and sums these as numbers and dates, not as text.
    lxw_format* wholeNumber = workbook_add_format(book);
    format_set_num_format(wholeNumber, "0");
    lxw_format* dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* momentFormat = workbook_add_format(book);
    format_set_num_format(momentFormat, "yyyy-mm-dd hh:mm:ss");
    lxw_format* monthFormat = workbook_add_format(book);
    format_set_num_format(monthFormat, "yyyy-mm");

    const int columns = static_cast<int>(table.header.size());
    std::vector<int> longest(columns, 0);
    for (int c = 0; c < columns; ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), cellUtf8(table.header[c]).constData(),
                               bold);
        longest[c] = static_cast<int>(table.header[c].size()) + 1; // bold and the filter button need room
    }
    lxw_row_t r = 1;
    for (const auto& row : table.rows) {
        for (int c = 0; c < static_cast<int>(row.size()); ++c) {
            const Cell& cell = row[c];
            const auto col = static_cast<lxw_col_t>(c);
            const QString text = cellText(cell);
            if (std::holds_alternative<Decimal>(cell)) {
                // Excel stores every number as a double; the exact text is the best input for it.
                worksheet_write_number(sheet, r, col, text.toDouble(), nullptr);
            } else if (const auto* n = std::get_if<qint64>(&cell)) {
                worksheet_write_number(sheet, r, col, double(*n), wholeNumber);
            } else if (const auto* date = std::get_if<QDate>(&cell)) {
                lxw_datetime when = excelTime(*date);
                if (date->isValid())
                    worksheet_write_datetime(sheet, r, col, &when, dateFormat);
            } else if (const auto* moment = std::get_if<QDateTime>(&cell)) {
                const QDateTime utc = moment->toUTC();
                lxw_datetime when = excelTime(utc.date(), utc.time());
                if (moment->isValid())
                    worksheet_write_datetime(sheet, r, col, &when, momentFormat);
            } else if (const auto* month = std::get_if<MonthCell>(&cell)) {
                lxw_datetime when = excelTime(month->firstDay);
                if (month->firstDay.isValid())
                    worksheet_write_datetime(sheet, r, col, &when, monthFormat);
            } else if (!text.isEmpty()) {
                worksheet_write_string(sheet, r, col, cellUtf8(text).constData(), nullptr);
            }
            if (c < columns) {
                int widest = 0;
                for (const QStringView lineText : QStringView(text).split(u'\n'))
                    widest = std::max(widest, static_cast<int>(lineText.size()));
                longest[c] = std::max(longest[c], widest);
            }
        }
        ++r;
    }
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             columnWidth(longest[c]), nullptr);
    if (columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, r - 1, static_cast<lxw_col_t>(columns - 1));
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        throw UserError(
            QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    PrivateFiles::restrict(partial);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw UserError(QStringLiteral("cannot write %1: the file cannot be replaced").arg(path));
    }
}

} // namespace il
