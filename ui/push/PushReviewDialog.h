#pragma once

#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace il::ui {

class PushReviewModel;

// "Push selected…": every change the chosen lines need, before → after, with the totals, and one
// button that pushes them. Corrections that cannot be pushed are listed with their reason and
// left out. A new addition whose catalog item has no price asks for one; the button stays off
// until every such price is typed. The caller pushes pushable() when the dialog is accepted.
class PushReviewDialog : public QDialog {
    Q_OBJECT
public:
    PushReviewDialog(const QList<PushAction>& actions, const MonthResult& result,
                     const CwDirectory& directory, QWidget* parent = nullptr);

    QList<PushAction> pushable() const;
    PushReviewModel* model() const { return m_model; }
    QPushButton* pushButton() const { return m_push; }
    QString totalsText() const;

private:
    void updatePush();

    PushReviewModel* m_model;
    QTableView* m_view;
    QLabel* m_totals;
    QPushButton* m_push;
};

} // namespace il::ui
