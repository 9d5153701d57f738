#include "ImportReport.h"

#include <QFileInfo>
#include <QSet>

QString ImportReport::Issue::toString() const
{
    QString place = QFileInfo(position.file).fileName();
    if (!position.sheet.isEmpty())
        place += tr(", sheet %1").arg(position.sheet);
    place += tr(", row %1").arg(position.row);
    if (position.column >= 0)
        place += tr(", column %1").arg(SourcePosition::columnName(position.column));
    return tr("%1 (%2 “%3”): %4").arg(place, field, value, reason);
}

qint64 ImportReport::rejectedRows() const
{
    QSet<int> distinct;
    for (const Issue &issue : rejected)
        distinct.insert(issue.position.row);
    return distinct.size();
}

void ImportReport::noteUnresolved(const QString &kind, const QString &field, const QString &value, const QString &suggestion)
{
    for (Unresolved &u : unresolved) {
        if (u.kind == kind && u.value == value) {
            ++u.rows;
            return;
        }
    }
    unresolved.append({kind, field, value, 1, suggestion});
}

QString ImportReport::summary() const
{
    QString counts = tr("%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected")
                         .arg(rows).arg(inserted).arg(updated).arg(unchanged).arg(rejectedRows());
    if (!rejected.isEmpty())
        counts += tr(" (%1 problems)").arg(rejected.size());
    if (dryRun)
        return tr("Dry run of %1 — %2. Nothing was written.").arg(QFileInfo(file).fileName(), counts);
    if (applied)
        return tr("Imported %1 — %2.").arg(QFileInfo(file).fileName(), counts);
    return tr("Nothing was imported from %1 because rows were rejected — %2.").arg(QFileInfo(file).fileName(), counts);
}
