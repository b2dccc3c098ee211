#pragma once

#include "exact/ExactAccess.h"
#include "exact/ODataReader.h"
#include "async/CancelToken.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace il {

// Finds out, one cheap call per resource, what the app and the user may read: a probe filtered
// on a key no record has (so it reads nothing and passes mandatory-filter rules) tells a missing
// scope from a granted one, and users/UserHasRights tells whether the user has the right (Exact
// answers empty lists, not errors, without it; api/exact-online.md §5). Errors become states,
// so one missing scope does not hide what else is readable; each resource is asked once.
class ExactAccessCheck {
public:
    explicit ExactAccessCheck(ODataReader& reader)
        : m_reader(reader) {}

    // system/Divisions (the division's own row; its Description lands in *divisionName) and every
    // resource in `resources`, in that order.
    QCoro::Task<QList<ExactAccess>> run(int division, QStringList resources, QString* divisionName,
                                        CancelToken cancel = {});
    // users/UserHasRights for GET on the resource.
    static QCoro::Task<bool> userHasRight(ODataReader& reader, int division, QString resource,
                                          CancelToken cancel = {});
    static QString describe(const ExactAccess& access);

private:
    QCoro::Task<ExactAccess> probe(QString resource, QString filter, QString select, QString* divisionName,
                                   CancelToken cancel);

    ODataReader& m_reader;
};

} // namespace il
