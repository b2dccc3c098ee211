#include "settings/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace il {

bool PrivateFiles::makeFolder(const QString& folder) {
    QString existing = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing; // outermost first
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            return false;
        missing.prepend(QFileInfo(existing).fileName());
        existing = parent;
    }
    QDir dir(existing);
    for (const QString& name : missing) {
        // QDir::mkdir with permissions creates the folder with that mode, with no moment in
        // which another account could enter it (Qt ≥ 6.3).
        if (!dir.mkdir(name, FolderMode) && !dir.exists(name))
            return false;
        if (!dir.cd(name))
            return false;
    }
    return QFileInfo(folder).isDir();
}

bool PrivateFiles::createFile(const QString& path) {
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // NewOnly with permissions: created with mode 0600 from the first moment (Qt ≥ 6.3).
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode))
        return true;
    return QFileInfo::exists(path); // another process made it meanwhile
}

bool PrivateFiles::restrict(const QString& path) {
    return QFile::setPermissions(path, FileMode);
}

} // namespace il
