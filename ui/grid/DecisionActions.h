#pragma once

#include "domain/LineDecision.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace il {
class MonthRun;
}

namespace il::ui {

// Accept…, Dismiss…, Undo decision and Note… on the grid's selected lines (issue 10 points 4
// and 5), with their shortcuts, a Decide menu and the grid's right-click menu. What a decision
// means and where it is kept is MonthRun's (decide, setNotes); this class only asks for the note
// and reports. Kept apart from WindowActions and the window's context menu so each can grow on
// its own.
class DecisionActions : public QObject {
    Q_OBJECT
public:
    using RunSource = std::function<MonthRun*()>;
    using LineSource = std::function<QList<qsizetype>()>;
    // Asks for a note (title, label, current text); nullopt when the person cancels.
    using NoteAsker = std::function<std::optional<QString>(const QString&, const QString&, const QString&)>;

    // run: the loaded month (or null); lines: the grid's selected lines (record indexes).
    DecisionActions(QWidget* window, RunSource run, LineSource lines);

    // A Decide menu before the window's Help menu; the shortcuts work anywhere in the window.
    void install(QMainWindow* window);
    // The four actions at the end of a menu (the grid's right-click menu).
    void addTo(QMenu* menu) const;
    // Enabled when a month is loaded, lines are selected and nothing else runs.
    void updateEnabled(bool busy);
    // The dialog that asks for a note (a multi-line input by default; tests answer it).
    void setNoteAsker(NoteAsker asker) { m_ask = std::move(asker); }

    QAction* accept;
    QAction* dismiss;
    QAction* undo;
    QAction* note;

signals:
    // What was done ("2 lines dismissed."), or why it could not be (error = true).
    void message(const QString& text, bool error);

private:
    void decide(LineDecision decision);
    void editNote();

    QWidget* m_window;
    RunSource m_run;
    LineSource m_lines;
    NoteAsker m_ask;
};

} // namespace il::ui
