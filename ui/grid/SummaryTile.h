#pragma once

#include "grid/GridColours.h"

#include <QAbstractButton>

namespace il::ui {

// One summary tile above the grid: a big figure and a caption, checkable, so clicking it filters
// the grid. The caption may carry a mnemonic ("&Deviations" → Alt+D).
class SummaryTile : public QAbstractButton {
    Q_OBJECT
public:
    SummaryTile(const QString& caption, GridColours::Kind kind, QWidget* parent = nullptr);

    void setValue(const QString& value);
    QString value() const { return m_value; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QString m_value;
    GridColours::Kind m_kind;
    bool m_hovered = false;
};

} // namespace il::ui
