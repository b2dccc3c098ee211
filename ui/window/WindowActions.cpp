#include "window/WindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace il::ui {
namespace {

QAction* make(QObject* parent, const QString& text, const QKeySequence& key, const QString& tip,
              const char* name) {
    auto* a = new QAction(text, parent);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    const QString keyText = key.toString(QKeySequence::NativeText);
    a->setToolTip(keyText.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keyText));
    a->setProperty("baseToolTip", a->toolTip());
    a->setStatusTip(tip);
    return a;
}

} // namespace

void WindowActions::setAvailable(QAction* action, const QString& whyNot) {
    action->setEnabled(whyNot.isEmpty());
    const QString base = action->property("baseToolTip").toString();
    action->setToolTip(whyNot.isEmpty() ? base : tr("%1\nNot available: %2").arg(base, whyNot));
}

WindowActions::WindowActions(QMainWindow* window)
    : QObject(window) {
    load =
        make(window, tr("&Load invoice"), QKeySequence(Qt::CTRL | Qt::Key_L),
             tr("Read the chosen month's invoice from Exact Online and compare it with ConnectWise"), "load");
    pushRow = make(window, tr("Push this &row"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                   tr("Send the current row's correction to ConnectWise"), "pushRow");
    pushSelected = make(window, tr("&Push selected…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                        tr("Review and push the corrections of the selected rows"), "pushSelected");
    pushAll = make(window, tr("Push &all deviations…"), {},
                   tr("Review and push every correction of the month"), "pushAll");
    confirm = make(window, tr("&Confirm all suggestions"), {},
                   tr("Keep every automatic link as confirmed, also for next month"), "confirm");
    createAgreement =
        make(window, tr("Create a&greement…"), {},
             tr("Create a ConnectWise agreement for the current row's company"), "createAgreement");
    createProduct = make(window, tr("Create pro&duct…"), {},
                         tr("Create a ConnectWise product for the current row's item"), "createProduct");
    exportReport = make(window, tr("&Export report…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        tr("Save the month's comparison as an Excel or CSV file"), "exportReport");
    transferLog = make(window, tr("&Transfer log"), QKeySequence(Qt::CTRL | Qt::Key_T),
                       tr("Every push to ConnectWise, with its outcome"), "transferLog");
    charts = make(window, tr("C&harts…"), {},
                  tr("Deviation amount per month, and the customers with the largest in this month"), "charts");
    settings = make(window, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                    tr("Connect Exact Online and ConnectWise, the database and the tolerances"), "settings");
    find =
        make(window, tr("&Find"), QKeySequence::Find, tr("Search customers, items and descriptions"), "find");
    quit = make(window, tr("&Quit"), QKeySequence::Quit, tr("Close InvoiceLink"), "quit");
    about = make(window, tr("&About InvoiceLink"), {}, tr("Version and licence"), "about");

    auto* group = new QActionGroup(this);
    const struct {
        StatusFilterProxy::Filter filter;
        QString text;
    } views[] = {{StatusFilterProxy::Filter::All, tr("Show all lines")},
                 {StatusFilterProxy::Filter::Ok, tr("Show OK lines")},
                 {StatusFilterProxy::Filter::Deviations, tr("Show deviations")},
                 {StatusFilterProxy::Filter::Unlinked, tr("Show unlinked lines")},
                 {StatusFilterProxy::Filter::MoneyDeviations, tr("Show lines whose amount differs")}};
    int n = 1;
    for (const auto& v : views) {
        QAction* a = make(window, v.text, QKeySequence(Qt::CTRL | (Qt::Key_0 + n++)), v.text, "filter");
        a->setCheckable(true);
        group->addAction(a);
        filters.insert(v.filter, a);
    }
    filters.value(StatusFilterProxy::Filter::All)->setChecked(true);
}

void WindowActions::install(QMainWindow* window, QWidget* monthPicker) {
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu* invoice = window->menuBar()->addMenu(tr("&Invoice"));
    invoice->addAction(load);
    invoice->addAction(exportReport);
    invoice->addSeparator();
    invoice->addAction(transferLog);
    QMenu* lines = window->menuBar()->addMenu(tr("Li&nes"));
    lines->addAction(pushRow);
    lines->addAction(pushSelected);
    lines->addAction(pushAll);
    lines->addSeparator();
    lines->addAction(confirm);
    lines->addAction(createAgreement);
    lines->addAction(createProduct);
    QMenu* view = window->menuBar()->addMenu(tr("&View"));
    view->addAction(find);
    view->addAction(charts);
    view->addSeparator();
    for (QAction* a : std::as_const(filters))
        view->addAction(a);
    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    auto* bar = window->addToolBar(tr("Month"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* pickerBox = new QWidget(bar);
    auto* pickerLayout = new QHBoxLayout(pickerBox);
    pickerLayout->setContentsMargins(4, 0, 4, 0);
    auto* label = new QLabel(tr("&Month:"), pickerBox);
    label->setBuddy(monthPicker);
    pickerLayout->addWidget(label);
    pickerLayout->addWidget(monthPicker);
    bar->addWidget(pickerBox);
    bar->addAction(load);
    // Reachable with Tab right after the month, like a form's button.
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(load))) {
        button->setFocusPolicy(Qt::TabFocus);
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    bar->addSeparator();
    bar->addAction(pushSelected);
    bar->addAction(confirm);
    bar->addAction(createAgreement);
    bar->addAction(createProduct);
    bar->addSeparator();
    bar->addAction(exportReport);
    bar->addAction(transferLog);
    bar->addAction(settings);
}

} // namespace il::ui
