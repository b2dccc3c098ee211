#include "common/SaveFolder.h"

#include "common/Translation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace il::ui {
namespace {

constexpr const char* FolderKey = "ui/lastSaveFolder";

QSettings prefs() {
    return QSettings(QString::fromLatin1(GuiOrganization), QString::fromLatin1(GuiApplication));
}

} // namespace

QString SaveFolder::folder() {
    const QString picked = prefs().value(QString::fromLatin1(FolderKey)).toString();
    if (!picked.isEmpty() && QFileInfo(picked).isDir())
        return picked;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString SaveFolder::startPath(const QString& fileName) {
    return QDir(folder()).filePath(fileName);
}

void SaveFolder::remember(const QString& path) {
    if (path.isEmpty())
        return;
    prefs().setValue(QString::fromLatin1(FolderKey), QFileInfo(path).absolutePath());
}

} // namespace il::ui
