#include "grid/GridClipboard.h"

#include "grid/GridRoles.h"

#include <QAbstractItemModel>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace il::ui {

QString GridClipboard::field(const QString& text) {
    const bool needs = text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r') ||
                       text.contains(u'"');
    if (!needs)
        return text;
    QString out = text;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString GridClipboard::number(const QString& plain, const QLocale& locale) {
    QString out = plain.startsWith(u'+') ? plain.mid(1) : plain;
    // Only the decimal point changes: a thousands separator would make Excel read 1.234 as 1234
    // in one language and as 1.234 in another.
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        out.replace(u'.', point);
    const QString minus = locale.negativeSign();
    if (out.startsWith(u'-') && minus != QLatin1String("-"))
        out.replace(0, 1, minus);
    return out;
}

QString GridClipboard::tsv(const QAbstractItemModel& model, const QModelIndexList& selected, bool headers,
                           const QLocale& locale) {
    QList<int> rows, columns;
    QSet<quint64> chosen;
    for (const QModelIndex& index : selected) {
        if (!index.isValid() || index.model() != &model)
            continue;
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(index.column()))
            columns.append(index.column());
        chosen.insert(quint64(index.row()) << 32 | quint32(index.column()));
    }
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());

    QString out;
    auto endLine = [&out] {
        out.chop(1); // the last tab
        out += u'\n';
    };
    if (headers) {
        for (int c : columns)
            out += field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + u'\t';
        endLine();
    }
    for (int r : rows) {
        for (int c : columns) {
            if (chosen.contains(quint64(r) << 32 | quint32(c))) {
                const QModelIndex index = model.index(r, c);
                const QVariant n = index.data(NumberRole);
                out += n.isValid() ? number(n.toString(), locale) : field(index.data(Qt::DisplayRole).toString());
            }
            out += u'\t';
        }
        endLine();
    }
    return out;
}

QMimeData* GridClipboard::mimeData(const QString& tsv) {
    auto* data = new QMimeData;
    data->setText(tsv);
    return data;
}

} // namespace il::ui
