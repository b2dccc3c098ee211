#pragma once

#include <QString>

namespace il::ui {

// Where a save dialog starts: the folder the user last saved an export to, else the documents
// folder (never the program's working directory). Kept in the app's own preferences.
class SaveFolder {
public:
    // The full start path for a file of this name.
    static QString startPath(const QString& fileName);
    static QString folder();
    // After a save dialog returned `path`: its folder is where the next one starts.
    static void remember(const QString& path);
};

} // namespace il::ui
