#pragma once

#include "grid/StatusFilterProxy.h"

#include <QMap>
#include <QObject>

class QAction;
class QMainWindow;
class QWidget;

namespace il::ui {

// The main window's commands with their shortcuts, and the menus and the toolbar that offer
// them. Only the wiring lives here; what the commands do is the window's.
class WindowActions : public QObject {
    Q_OBJECT
public:
    explicit WindowActions(QMainWindow* window);

    // Builds the menu bar and the toolbar; the month picker sits first in the toolbar.
    void install(QMainWindow* window, QWidget* monthPicker);
    // Enables the action when whyNot is empty; otherwise disables it and its tooltip says why,
    // so a disabled command never leaves the user guessing.
    static void setAvailable(QAction* action, const QString& whyNot);

    QAction* load;
    QAction* pushRow;
    QAction* pushSelected;
    QAction* pushAll;
    QAction* confirm;
    QAction* createAgreement;
    QAction* createProduct;
    QAction* exportReport;
    QAction* transferLog;
    QAction* charts;
    QAction* settings;
    QAction* find;
    QAction* quit;
    QAction* about;
    QMap<StatusFilterProxy::Filter, QAction*> filters; // View ▸ Show …, checkable, exclusive
};

} // namespace il::ui
