#pragma once

#include <QFileDevice>
#include <QString>

namespace il {

// The files InvoiceLink keeps for its user (the config, the database and its -wal/-shm, lock
// files, exports) hold invoice lines, customer names and the transfer log: other accounts on
// the machine must not read them. Files are created 0600 and folders 0700 (issue 7 point 6).
class PrivateFiles {
public:
    static constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates `folder` and its missing parents; each one made here gets 0700, existing ones are
    // left as they are. False when the folder does not exist afterwards.
    static bool makeFolder(const QString& folder);
    // Creates `path` empty with 0600 unless it exists, so that whatever writes it next (QSettings,
    // libxlsxwriter) keeps that mode. False when it neither exists nor can be created.
    static bool createFile(const QString& path);
    // Gives an existing file 0600.
    static bool restrict(const QString& path);
};

} // namespace il
