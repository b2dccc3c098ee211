// MonthRun's decisions and notes on lines (issue 10 points 4 and 5), kept apart from the load
// and push of MonthRun.cpp: what is decided is stored (line_decisions), logged (a decision row of
// the transfer log per line) and put on the records, and a later month takes a decision only
// where the same deviation repeats.
#include "reconcile/MonthRun.h"

#include "log/LogCategories.h"
#include "store/LineDecisions.h"
#include "store/LineNotes.h"
#include "store/TransferLog.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace il {
namespace {

QString monthKey(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }

DecidedLine decidedLine(const LineRecord& r) {
    const LinkedLine& l = r.linked;
    return {l.line.lineId,  l.line.customerKey,          l.line.itemCode,
            l.agreementId, l.productIdentifier, MonthRun::deviationOf(r)};
}

QString identityKey(const DecidedLine& l) {
    return QStringList{l.customerKey, l.itemCode, QString::number(l.agreementId), l.productIdentifier,
                       l.deviation}
        .join(QChar(0x1F));
}

// The group a line is compared in: the lines of one product on one agreement (Finding::groupSize).
QString groupKey(const LineRecord& r) {
    if (r.finding.groupSize <= 1 || !r.linked.agreementId)
        return {};
    return QString::number(r.linked.agreementId) + QChar(0x1F) + r.linked.productIdentifier.toCaseFolded();
}

Transfer decisionRow(const LineRecord& r, const StoredDecision& d, qint64 runId) {
    Transfer t;
    t.runId = runId;
    t.month = d.month;
    t.createdAt = d.decidedAt;
    t.lineId = d.line.lineId;
    t.agreementId = d.line.agreementId;
    t.additionId = r.finding.additionIds.value(0);
    t.field = TransferField::Decision;
    t.outcome = TransferOutcome::Recorded;
    // The message is for a reader of the log; detail holds the same facts for a program.
    t.message = d.decision == LineDecision::None
                    ? QStringLiteral("decision undone")
                    : QStringLiteral("%1: %2").arg(lineDecisionName(d.decision), d.line.deviation);
    t.user = d.decidedBy;
    t.note = d.note;
    const QJsonObject detail{
        {QStringLiteral("decision"), d.decision == LineDecision::None ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(lineDecisionName(d.decision))},
        {QStringLiteral("customerKey"), d.line.customerKey},
        {QStringLiteral("itemCode"), d.line.itemCode},
        {QStringLiteral("product"), d.line.productIdentifier},
        {QStringLiteral("deviation"), d.line.deviation}};
    t.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return t;
}

} // namespace

QString MonthRun::deviationOf(const LineRecord& record) {
    const Finding& f = record.finding;
    return QStringLiteral("%1 q=%2 p=%3")
        .arg(toString(f.status), f.quantityDifference.toString(), f.priceDifference.toString());
}

QList<qsizetype> MonthRun::withGroups(const QList<qsizetype>& rows) const {
    QSet<QString> groups;
    QSet<qsizetype> chosen;
    for (qsizetype i : rows) {
        if (i < 0 || i >= m_result.records.size())
            continue;
        chosen.insert(i);
        if (const QString g = groupKey(m_result.records.at(i)); !g.isEmpty())
            groups.insert(g);
    }
    if (!groups.isEmpty())
        for (qsizetype i = 0; i < m_result.records.size(); ++i)
            if (groups.contains(groupKey(m_result.records.at(i))))
                chosen.insert(i);
    QList<qsizetype> out(chosen.begin(), chosen.end());
    std::sort(out.begin(), out.end());
    return out;
}

void MonthRun::decide(const QList<qsizetype>& rows, LineDecision decision, const QString& note) {
    if (!isLoaded())
        return;
    const QList<qsizetype> lines = withGroups(rows);
    if (lines.isEmpty())
        return;
    const QString month = monthKey(m_result.month);
    std::vector<DecidedLine> decided;
    for (qsizetype i : lines)
        decided.push_back(decidedLine(m_result.records.at(i)));
    // The decision is stored before it is logged: a row in the log always names a decision the
    // database holds (a failed log write is reported and the decision can be made again).
    const std::vector<StoredDecision> stored = m_decisions->record(month, decided, decision, note.trimmed());
    std::vector<Transfer> log;
    for (qsizetype k = 0; k < lines.size(); ++k)
        log.push_back(decisionRow(m_result.records.at(lines[k]), stored[size_t(k)], m_runId));
    m_log->appendAll(std::move(log));
    for (qsizetype i : lines) {
        LineRecord& r = m_result.records[i];
        r.decision = decision;
        if (!note.trimmed().isEmpty()) {
            m_notes->setNote(month, r.line().lineId, note);
            r.note = note;
        }
    }
    qCInfo(lcReconcile).noquote() << QStringLiteral("%1 line(s) of %2 %3")
                                         .arg(lines.size())
                                         .arg(month, decision == LineDecision::None
                                                         ? QStringLiteral("undecided")
                                                         : lineDecisionName(decision));
    emit linesChanged(lines);
}

void MonthRun::setNotes(const QList<qsizetype>& rows, const QString& note) {
    if (!isLoaded())
        return;
    const QString month = monthKey(m_result.month);
    const QString text = note.trimmed().isEmpty() ? QString() : note;
    QList<qsizetype> changed;
    for (qsizetype i : rows) {
        if (i < 0 || i >= m_result.records.size())
            continue;
        const QString lineId = m_result.records.at(i).line().lineId;
        m_notes->setNote(month, lineId, text);
        // The decision keeps the note it carries into later months in step.
        m_decisions->setNote(month, lineId, text);
        m_result.records[i].note = text;
        changed.append(i);
    }
    std::sort(changed.begin(), changed.end());
    emit linesChanged(changed);
}

void MonthRun::applyDecisions() {
    const QString month = monthKey(m_result.month);
    QHash<QString, StoredDecision> own; // this month's, by line id
    for (StoredDecision& d : m_decisions->ofMonth(month))
        own.insert(d.line.lineId, std::move(d));
    QHash<QString, StoredDecision> earlier; // earlier months', by identity and deviation
    for (StoredDecision& d : m_decisions->latestBefore(month))
        earlier.insert(identityKey(d.line), std::move(d));
    QHash<QString, QString> notes;
    for (const LineNote& n : m_notes->notes(month))
        notes.insert(n.lineId, n.text);
    int carried = 0;
    for (LineRecord& r : m_result.records) {
        r.decision = LineDecision::None;
        r.note = notes.value(r.line().lineId);
        if (auto d = own.constFind(r.line().lineId); d != own.cend()) {
            r.decision = d->decision;
            if (r.note.isEmpty())
                r.note = d->note;
            continue;
        }
        // An earlier decision holds only where the same deviation repeats on the same line.
        if (auto d = earlier.constFind(identityKey(decidedLine(r))); d != earlier.cend()) {
            r.decision = d->decision;
            if (r.note.isEmpty())
                r.note = d->note;
            carried += d->decision != LineDecision::None;
        }
    }
    if (carried)
        qCInfo(lcReconcile).noquote() << carried << "decision(s) of earlier months carried into" << month;
}

} // namespace il
