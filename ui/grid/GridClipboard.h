#pragma once

#include <QLocale>
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QMimeData;

namespace il::ui {

// The month grid's selection as tab-separated text, the way Excel and LibreOffice paste it: one
// line per selected row (in the view's order), the selected columns in their order, optionally a
// header row. Cells that are numbers (GridRole NumberRole) are written in `locale` with its decimal
// point and without thousands separators or a plus sign, so Excel reads them as numbers; other
// cells are the grid's text. A cell holding a tab, a line break or a quote is quoted as Excel
// quotes it ("…" with quotes doubled). A selection that is not whole rows (single cells) gives
// the rectangle of the rows and columns it touches, with the unselected cells left empty.
class GridClipboard {
public:
    static QString tsv(const QAbstractItemModel& model, const QModelIndexList& selected, bool headers,
                       const QLocale& locale = QLocale());
    // The text as text/plain, for QClipboard::setMimeData.
    static QMimeData* mimeData(const QString& tsv);

    static QString field(const QString& text);
    // A number's plain text ("-1234.5") as the locale writes it without grouping ("-1234,5").
    static QString number(const QString& plain, const QLocale& locale);
};

} // namespace il::ui
