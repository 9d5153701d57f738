#include "TownshipChoice.h"

#include "ErrorDialog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "registry/EnterpriseStore.h"

#include <QComboBox>
#include <QSignalBlocker>

void TownshipChoice::fill(QComboBox *box, Database *database, const QString &allLabel)
{
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allLabel, qint64(0));
    if (!database)
        return;
    ErrorDialog::attempt(box, [&] {
        for (const auto &[id, name] : EnterpriseStore(database->connection()).townships())
            box->addItem(name, id);
    });
}
