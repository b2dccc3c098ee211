#include "grid/LineDetailsPane.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace il::ui {

LineDetailsPane::LineDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Details"), this))
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("lineDetails"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_browser);
    m_browser->setObjectName(QStringLiteral("lineDetailsText"));
    m_browser->setOpenExternalLinks(true); // the agreement opens in the browser
    m_browser->setOpenLinks(true);
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_browser->setAccessibleName(tr("Details of the current line"));
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    clear();
}

QString LineDetailsPane::toHtml(const LineExplanation& e) {
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(e.headline.toHtmlEscaped());
    if (!e.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(e.summary.toHtmlEscaped());
    for (const LineExplanation::Section& s : e.sections) {
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><table cellspacing='0' cellpadding='2'>")
                    .arg(s.title.toHtmlEscaped());
        for (const LineExplanation::Row& r : s.rows) {
            QString value = r.value.toHtmlEscaped();
            if (!r.link.isEmpty())
                value = QStringLiteral("<a href='%1'>%2</a>")
                            .arg(QString::fromUtf8(r.link.toEncoded()).toHtmlEscaped(), value);
            if (r.label.isEmpty())
                html += QStringLiteral("<tr><td colspan='2'>%1</td></tr>").arg(value);
            else
                html += QStringLiteral("<tr><td valign='top' style='padding-right:8px'><i>%1</i></td>"
                                       "<td>%2</td></tr>")
                            .arg(r.label.toHtmlEscaped(), value);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void LineDetailsPane::showExplanation(const LineExplanation& explanation) {
    if (explanation.headline.isEmpty()) {
        clear();
        return;
    }
    m_browser->setHtml(toHtml(explanation));
}

void LineDetailsPane::clear(const QString& hint) {
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                           .arg((hint.isEmpty() ? tr("Choose a line to see why it has its status.") : hint)
                                    .toHtmlEscaped()));
}

QString LineDetailsPane::html() const {
    return m_browser->toHtml();
}

} // namespace il::ui
