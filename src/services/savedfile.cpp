#include "savedfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace csp {

Status saveFileWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return success();
    return Error{ErrorKind::Failed,
                 QCoreApplication::translate("csp::SavedFile", "Cannot write %1: %2.")
                         .arg(path, file.errorString())};
}

bool saveFileWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    const Status saved = saveFileWhole(path, bytes);
    if (!saved && error)
        *error = saved.error().message;
    return bool(saved);
}

} // namespace csp
