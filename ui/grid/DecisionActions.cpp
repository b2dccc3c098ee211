#include "grid/DecisionActions.h"

#include "common/ErrorText.h"

#include "reconcile/MonthRun.h"

#include <QAction>
#include <QKeySequence>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace il::ui {
namespace {

QAction* make(QObject* parent, const QString& text, const QKeySequence& key, const QString& tip) {
    auto* a = new QAction(text, parent);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    return a;
}

} // namespace

DecisionActions::DecisionActions(QWidget* window, RunSource run, LineSource lines)
    : QObject(window)
    , m_window(window)
    , m_run(std::move(run))
    , m_lines(std::move(lines)) {
    accept = make(this, tr("&Accept…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                  tr("Approve the proposed correction of the selected lines (and their groups)"));
    dismiss = make(this, tr("&Dismiss…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                   tr("The deviation of the selected lines is known and stays: leave them out of the push"));
    undo = make(this, tr("&Undo decision"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                tr("Make the selected lines undecided again"));
    note = make(this, tr("&Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                tr("Write a note on the selected lines; it goes into every export"));
    for (QAction* a : {accept, dismiss, undo, note})
        window->addAction(a);
    m_ask = [this](const QString& title, const QString& label, const QString& text) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getMultiLineText(m_window, title, label, text, &ok);
        if (!ok)
            return std::nullopt;
        return answer;
    };
    connect(accept, &QAction::triggered, this, [this] { decide(LineDecision::Accepted); });
    connect(dismiss, &QAction::triggered, this, [this] { decide(LineDecision::Dismissed); });
    connect(undo, &QAction::triggered, this, [this] { decide(LineDecision::None); });
    connect(note, &QAction::triggered, this, &DecisionActions::editNote);
    updateEnabled(false);
}

void DecisionActions::install(QMainWindow* window) {
    auto* menu = new QMenu(tr("De&cide"), window);
    addTo(menu);
    // Before Help, which stays last as people expect.
    const QList<QAction*> menus = window->menuBar()->actions();
    if (!menus.isEmpty())
        window->menuBar()->insertMenu(menus.last(), menu);
    else
        window->menuBar()->addMenu(menu);
}

void DecisionActions::addTo(QMenu* menu) const {
    menu->addSeparator();
    menu->addAction(accept);
    menu->addAction(dismiss);
    menu->addAction(undo);
    menu->addAction(note);
}

void DecisionActions::updateEnabled(bool busy) {
    MonthRun* run = m_run();
    const bool can = !busy && run && run->isLoaded() && !m_lines().isEmpty();
    for (QAction* a : {accept, dismiss, undo, note})
        a->setEnabled(can);
}

void DecisionActions::decide(LineDecision decision) {
    MonthRun* run = m_run();
    const QList<qsizetype> lines = m_lines();
    if (!run || !run->isLoaded() || lines.isEmpty())
        return;
    QString text;
    if (decision != LineDecision::None) {
        const std::optional<QString> answer =
            m_ask(decision == LineDecision::Accepted ? tr("Accept") : tr("Dismiss"),
                  decision == LineDecision::Accepted
                      ? tr("Accept the correction of %n line(s). Note (optional):", nullptr, int(lines.size()))
                      : tr("Dismiss the deviation of %n line(s); it stays as it is. Note (optional):", nullptr,
                           int(lines.size())),
                  QString());
        if (!answer)
            return;
        text = *answer;
    }
    try {
        run->decide(lines, decision, text);
    } catch (const std::exception& e) {
        emit message(ErrorText::describe(e), true);
        return;
    }
    const int n = int(lines.size());
    emit message(decision == LineDecision::Accepted    ? tr("%n line(s) accepted.", nullptr, n)
                 : decision == LineDecision::Dismissed ? tr("%n line(s) dismissed.", nullptr, n)
                                                       : tr("Decision undone on %n line(s).", nullptr, n),
                 false);
}

void DecisionActions::editNote() {
    MonthRun* run = m_run();
    const QList<qsizetype> lines = m_lines();
    if (!run || !run->isLoaded() || lines.isEmpty())
        return;
    const QString current = run->result().records.value(lines.first()).note;
    const std::optional<QString> answer =
        m_ask(tr("Note"), tr("Note on %n line(s); it goes into every export. Empty removes it:", nullptr,
                             int(lines.size())),
              current);
    if (!answer)
        return;
    try {
        run->setNotes(lines, *answer);
    } catch (const std::exception& e) {
        emit message(ErrorText::describe(e), true);
        return;
    }
    emit message(answer->trimmed().isEmpty() ? tr("Note removed.") : tr("Note saved."), false);
}

} // namespace il::ui
