#pragma once

#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace il {

// Why one line of the month has its status, in words a finance person reads without hovering
// (issue 10 points 2 and 3): the Exact Online line, the ConnectWise addition(s) it was compared
// with, the rule that decided with its tolerance, what a push would change (or why it cannot),
// and for a line whose addition lapsed or whose agreement is not active, what a person can do.
// Built in core so the desktop's details pane and the command line say the same; a front end
// only lays the sections out. Every text is translated (context il::LineExplanation).
class LineExplanation {
    Q_DECLARE_TR_FUNCTIONS(il::LineExplanation)
public:
    struct Row {
        QString label;
        QString value;
        QUrl link; // when set, value is the text of a link to it (the agreement in ConnectWise)
    };
    enum class SectionKind { Verdict, Invoice, Group, ConnectWise, Push, Remedy };
    struct Section {
        SectionKind kind = SectionKind::Verdict;
        QString title;
        QList<Row> rows;
    };

    struct Input {
        const MonthResult* result = nullptr;
        const CwDirectory* directory = nullptr;
        qsizetype line = -1;
        const PushAction* push = nullptr; // the planned push that fixes the line, or null
        QUrl agreementAddress;            // the line's agreement in ConnectWise's web pages
    };

    static LineExplanation build(const Input& input);

    QString headline; // the status in words, e.g. "Quantity differs"
    QString summary;  // one sentence: why
    QList<Section> sections;

    const Section* section(SectionKind kind) const;
    // Plain text, one "label: value" a line under each section title (the command line's form).
    QString toText() const;

    // The status in words ("OK", "Quantity differs", …).
    static QString statusText(LineStatus status);
    // "Σ 133 = 136 − 3 (2 lines)" for a group; empty for a line on its own.
    static QString groupSum(const Finding& finding);
    // A date in the user's locale with a four-digit year ("31-08-2026" in Dutch).
    static QString dateText(const QDate& date);
};

} // namespace il
