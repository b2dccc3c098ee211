#include "grid/LinkDelegate.h"

#include "window/AppContext.h"
#include "common/ErrorText.h"
#include "grid/GridRoles.h"
#include "create/SearchPicker.h"

#include "engine/CwLookups.h"
#include "errors/Cancelled.h"
#include "reconcile/MonthRun.h"

#include <QSet>

#include <algorithm>

namespace il::ui {
namespace {

QList<SearchPicker::Choice> companyChoices(const QList<Company>& companies) {
    QList<const Company*> sorted;
    for (const Company& c : companies)
        if (!c.deleted)
            sorted.append(&c);
    std::sort(sorted.begin(), sorted.end(), [](const Company* a, const Company* b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QList<SearchPicker::Choice> choices;
    for (const Company* c : sorted)
        choices.append({QStringLiteral("%1 (%2)").arg(c->name, c->identifier), c->id});
    return choices;
}

QString dateText(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("…");
}

QCoro::Task<> fillAgreements(QPointer<SearchPicker> picker, QPointer<CwLookups> lookups, int companyId) {
    try {
        const QList<Agreement> agreements = co_await lookups->agreementsOf(companyId);
        if (!picker)
            co_return;
        QList<SearchPicker::Choice> choices;
        for (const Agreement& a : agreements)
            choices.append(
                {LinkDelegate::tr("%1 — %2 (%3, %4 to %5)")
                     .arg(a.name, a.typeName, a.status, dateText(a.startDate), dateText(a.endDate)),
                 a.id});
        if (choices.isEmpty())
            picker->setUnavailable(LinkDelegate::tr("This company has no agreements"));
        else
            picker->setChoices(choices);
    } catch (const std::exception& e) {
        if (picker)
            picker->setUnavailable(ErrorText::describe(e));
    }
}

// onAgreement: the products the line's agreement already holds (folded identifiers); they are
// offered first, as the likely pick once an agreement was chosen for a line without a product.
QCoro::Task<> fillProducts(QPointer<SearchPicker> picker, QPointer<CwLookups> lookups, QSet<QString> onAgreement) {
    try {
        QList<CatalogItem> items = co_await lookups->catalog();
        if (!picker)
            co_return;
        std::sort(items.begin(), items.end(), [&onAgreement](const CatalogItem& a, const CatalogItem& b) {
            const bool aOn = onAgreement.contains(CwDirectory::foldKey(a.identifier));
            const bool bOn = onAgreement.contains(CwDirectory::foldKey(b.identifier));
            if (aOn != bOn)
                return aOn;
            return a.identifier.compare(b.identifier, Qt::CaseInsensitive) < 0;
        });
        QList<SearchPicker::Choice> choices;
        for (const CatalogItem& c : items) {
            QString text = c.inactive ? LinkDelegate::tr("%1 — %2 (inactive)").arg(c.identifier, c.description)
                                      : LinkDelegate::tr("%1 — %2").arg(c.identifier, c.description);
            if (onAgreement.contains(CwDirectory::foldKey(c.identifier)))
                text = LinkDelegate::tr("%1 (on the chosen agreement)").arg(text);
            choices.append({text, c.identifier});
        }
        picker->setChoices(choices);
    } catch (const std::exception& e) {
        if (picker)
            picker->setUnavailable(ErrorText::describe(e));
    }
}

QCoro::Task<> linkLine(QPointer<LinkDelegate> delegate, QPointer<MonthRun> run, qsizetype line, int companyId,
                       int agreementId, QString product) {
    QString error;
    try {
        co_await run->setLink(line, companyId, agreementId, product);
    } catch (const Cancelled&) {
        error = LinkDelegate::tr("Cancelled.");
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (delegate)
        emit delegate->linkFinished(line, error);
}

} // namespace

LinkDelegate::LinkDelegate(AppContext& ctx, Part part, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_ctx(ctx)
    , m_part(part) {}

QWidget* LinkDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex& index) const {
    MonthRun* run = m_ctx.run();
    const qsizetype line = index.data(LineIndexRole).toLongLong();
    if (!run || line < 0 || line >= run->result().records.size())
        return nullptr;
    auto* picker = new SearchPicker(parent);
    picker->setFrame(false);
    const LinkedLine& l = run->result().records[line].linked;
    switch (m_part) {
    case Part::Company:
        picker->setChoices(companyChoices(run->companies()));
        break;
    case Part::Agreement:
        if (!l.companyId) {
            picker->setUnavailable(tr("Link a company first"));
            break;
        }
        picker->setLoading();
        fillAgreements(picker, m_ctx.lookups(), l.companyId);
        break;
    case Part::Product: {
        QSet<QString> onAgreement;
        if (l.agreementId)
            for (const Addition* a : run->directory().additionsOf(l.agreementId))
                onAgreement.insert(CwDirectory::foldKey(a->productIdentifier));
        picker->setLoading();
        fillProducts(picker, m_ctx.lookups(), onAgreement);
        break;
    }
    }
    return picker;
}

void LinkDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* picker = qobject_cast<SearchPicker*>(editor);
    MonthRun* run = m_ctx.run();
    const qsizetype line = index.data(LineIndexRole).toLongLong();
    if (!picker || !run || line < 0 || line >= run->result().records.size())
        return;
    const LinkedLine& l = run->result().records[line].linked;
    switch (m_part) {
    case Part::Company:
        picker->selectValue(l.companyId ? QVariant(l.companyId) : QVariant());
        break;
    case Part::Agreement:
        picker->selectValue(l.agreementId ? QVariant(l.agreementId) : QVariant());
        break;
    case Part::Product:
        picker->selectValue(l.productIdentifier.isEmpty() ? QVariant() : QVariant(l.productIdentifier));
        break;
    }
}

void LinkDelegate::setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const {
    auto* picker = qobject_cast<SearchPicker*>(editor);
    MonthRun* run = m_ctx.run();
    const qsizetype line = index.data(LineIndexRole).toLongLong();
    if (!picker || !picker->isLoaded() || !run || line < 0 || line >= run->result().records.size())
        return;
    const QVariant value = picker->currentValue();
    if (!value.isValid())
        return; // text that names no choice: nothing to link
    const LinkedLine& l = run->result().records[line].linked;
    int company = l.companyId;
    int agreement = l.agreementId;
    QString product = l.productIdentifier;
    switch (m_part) {
    case Part::Company:
        if (value.toInt() == l.companyId)
            return;
        // Another company: its agreement and product follow the linker's rule again.
        company = value.toInt();
        agreement = 0;
        product.clear();
        break;
    case Part::Agreement:
        if (value.toInt() == l.agreementId)
            return;
        agreement = value.toInt();
        break;
    case Part::Product:
        if (value.toString().compare(l.productIdentifier, Qt::CaseInsensitive) == 0)
            return;
        product = value.toString();
        break;
    }
    auto* self = const_cast<LinkDelegate*>(this);
    if (!company) {
        emit self->linkFinished(line, tr("Link a company first."));
        return;
    }
    emit self->linkStarted(line);
    linkLine(self, run, line, company, agreement, product);
}

void LinkDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex&) const {
    // The picker needs more room than a narrow cell gives it.
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
}

void LinkDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    if (m_paint)
        m_paint->paint(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

QSize LinkDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    return m_paint ? m_paint->sizeHint(option, index) : QStyledItemDelegate::sizeHint(option, index);
}

} // namespace il::ui
