#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace il::ui {

class AppContext;

// Edits a link cell of the month grid (company, agreement or product) with a searchable picker
// filled from ConnectWise through MonthRun, and links the line on commit (MonthRun::setLink,
// awaited, never blocking). The grid redraws the changed rows from MonthRun::linesChanged; the model
// is not written. The row's line comes from GridRole LineIndexRole.
class LinkDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Part { Company, Agreement, Product };

    LinkDelegate(AppContext& ctx, Part part, QObject* parent = nullptr);

    Part part() const { return m_part; }
    // Painting and size hints go to this delegate when set (the grid's colours and origin
    // marks stay on link cells); editing stays here.
    void setPaintDelegate(QAbstractItemDelegate* delegate) { m_paint = delegate; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

signals:
    // A link was sent to MonthRun for that line.
    void linkStarted(qsizetype lineIndex);
    // The link is in place and the month re-validated (error empty), or why it is not.
    void linkFinished(qsizetype lineIndex, const QString& error);

private:
    AppContext& m_ctx;
    Part m_part;
    QPointer<QAbstractItemDelegate> m_paint;
};

} // namespace il::ui
