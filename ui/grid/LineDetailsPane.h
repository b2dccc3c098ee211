#pragma once

#include "reconcile/LineExplanation.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace il::ui {

// The details of the grid's current row (issue 10 point 2): why the line has its status, the
// Exact Online line, the ConnectWise addition(s) it was compared with, what a push would change,
// and for a lapsed addition or an inactive agreement a link to the agreement in ConnectWise. The
// words come from core (LineExplanation); this only lays them out. Tab reaches it from the grid;
// in it Tab moves between its links and Enter opens one.
class LineDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit LineDetailsPane(QWidget* parent = nullptr);

    void showExplanation(const LineExplanation& explanation);
    void clear(const QString& hint = {});

    // The laid-out text (HTML), for the tests.
    QString html() const;
    QTextBrowser* browser() const { return m_browser; }

    static QString toHtml(const LineExplanation& explanation);

private:
    QLabel* m_title;
    QTextBrowser* m_browser;
};

} // namespace il::ui
