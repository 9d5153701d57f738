#include "InputSnapshot.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

InputSnapshot::InputSnapshot(const QWidget *editor)
{
    // Children come in creation order, so two snapshots of one editor line up.
    for (const QWidget *w : editor->findChildren<QWidget *>()) {
        if (const auto *line = qobject_cast<const QLineEdit *>(w)) {
            if (line->echoMode() == QLineEdit::Normal && !line->isReadOnly())
                m_values.append(line->text().trimmed());
        } else if (const auto *text = qobject_cast<const QPlainTextEdit *>(w)) {
            if (!text->isReadOnly())
                m_values.append(text->toPlainText().trimmed());
        } else if (const auto *box = qobject_cast<const QComboBox *>(w)) {
            m_values.append(QString::number(box->currentIndex()));
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->isCheckable())
                m_values.append(button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (const auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int r = 0; r < list->count(); ++r)
                m_values.append(QString::number(list->item(r)->checkState()));
        } else if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    const QTableWidgetItem *item = table->item(r, c);
                    m_values.append(item ? item->text() + QString::number(item->checkState()) : QString());
                }
            }
        }
    }
}
