#include "grid/SummaryTiles.h"

#include "grid/DeviationAmounts.h"
#include "grid/LineText.h"
#include "grid/SummaryTile.h"

#include "reconcile/MonthResult.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>

namespace il::ui {

using Filter = StatusFilterProxy::Filter;

SummaryTiles::SummaryTiles(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    const struct {
        Filter filter;
        QString caption;
        GridColours::Kind kind;
        QString tip;
    } tiles[] = {
        {Filter::All, tr("&Lines"), GridColours::Kind::Neutral, tr("All invoice lines of the month")},
        {Filter::Ok, tr("&OK"), GridColours::Kind::Good, tr("Lines that agree with ConnectWise")},
        {Filter::Deviations, tr("&Deviations"), GridColours::Kind::Warning,
         tr("Lines whose quantity or price differs, whose addition is missing or whose agreement is not "
            "active")},
        {Filter::Unlinked, tr("&Unlinked"), GridColours::Kind::Neutral,
         tr("Lines without a ConnectWise company, agreement or product")},
        {Filter::MoneyDeviations, tr("Deviation &amount"), GridColours::Kind::Bad, QString()},
        // issue 10: what people decided; clicking shows those lines.
        {Filter::Dismissed, tr("Dis&missed"), GridColours::Kind::Neutral,
         tr("Lines whose deviation is known and stays: left out of the push")},
        {Filter::Accepted, tr("Acce&pted"), GridColours::Kind::Good,
         tr("Lines whose proposed correction is approved")},
    };
    for (const auto& t : tiles) {
        auto* tile = new SummaryTile(t.caption, t.kind, this);
        tile->setToolTip(t.tip);
        tile->setObjectName(QStringLiteral("tile%1").arg(int(t.filter)));
        m_group->addButton(tile, int(t.filter));
        m_tiles.insert(t.filter, tile);
        layout->addWidget(tile);
    }
    m_group->setExclusive(true);
    m_tiles.value(Filter::All)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { emit filterChosen(Filter(id)); });
}

void SummaryTiles::setResult(const MonthResult& result, const DeviationAmounts& amounts) {
    const QLocale locale;
    const int lines = int(result.records.size());
    const int ok = result.count(LineStatus::Ok);
    const int unlinked = result.count(LineStatus::Unlinked);
    m_tiles.value(Filter::All)->setValue(locale.toString(lines));
    m_tiles.value(Filter::Ok)->setValue(locale.toString(ok));
    m_tiles.value(Filter::Deviations)->setValue(locale.toString(lines - ok - unlinked));
    m_tiles.value(Filter::Unlinked)->setValue(locale.toString(unlinked));
    m_tiles.value(Filter::MoneyDeviations)->setValue(LineText::amount(amounts.total));
    m_tiles.value(Filter::Dismissed)->setValue(locale.toString(result.count(LineDecision::Dismissed)));
    m_tiles.value(Filter::Accepted)->setValue(locale.toString(result.count(LineDecision::Accepted)));
    m_tiles.value(Filter::MoneyDeviations)
        ->setToolTip(
            tr("The sum, over the products whose quantity or price differs or whose addition is missing "
               "(%1), of |invoice amount − ConnectWise quantity × %2|. Click to show those lines.")
                .arg(amounts.groups)
                .arg(LineText::priceName(result.comparedPriceField).toLower()));
}

void SummaryTiles::clear() {
    for (SummaryTile* tile : std::as_const(m_tiles))
        tile->setValue(QStringLiteral("–"));
    setFilter(Filter::All);
}

void SummaryTiles::setFilter(Filter filter) {
    if (SummaryTile* tile = m_tiles.value(filter))
        tile->setChecked(true);
}

Filter SummaryTiles::filter() const {
    return Filter(std::max(0, m_group->checkedId()));
}

} // namespace il::ui
