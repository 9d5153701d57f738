#include "CreditRuleForm.h"

#include "common/FocusedDoubleSpinBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum EventColumn { Name, Points, Cap, Publicity, Penalty, RedLine, Article };
enum PublicityColumn { ClassName, MinMonths, MaxMonths };
const QStringList kTiers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};

int whole(const QJsonValue &value, int fallback = 0)
{
    return value.isDouble() ? value.toInt() : fallback;
}

QTableWidgetItem *textItem(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *tickItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

CreditRuleForm::CreditRuleForm(QWidget *parent)
    : QWidget(parent)
    , m_version(number(1, 1000000))
    , m_effective(new QDateEdit(this))
    , m_title(new QLineEdit(this))
    , m_basePoints(number(0, 1000))
    , m_events(new QTableWidget(0, 7, this))
    , m_publicity(new QTableWidget(0, 3, this))
    , m_forcedTier(new QComboBox(this))
    , m_redLineMonths(number(0, 120))
    , m_redLineList(new QPlainTextEdit(this))
    , m_sandboxMinScore(number(-1000, 1000))
    , m_penaltyFreeMonths(number(0, 240))
    , m_redLineFreeMonths(number(0, 240))
    , m_excludedIndustries(new QLineEdit(this))
{
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_events->setHorizontalHeaderLabels({tr("Event"), tr("Points"), tr("Yearly cap"), tr("Publicity class"), tr("Counts as a penalty"),
                                         tr("Red line"), tr("Article")});
    m_publicity->setHorizontalHeaderLabels({tr("Publicity class"), tr("Repair after (months)"), tr("Counts for (months)")});
    for (QTableWidget *table : {m_events, m_publicity}) {
        table->verticalHeader()->hide();
        table->setTabKeyNavigation(false);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    for (const QString &tier : kTiers)
        m_forcedTier->addItem(tier, tier);
    m_redLineList->setTabChangesFocus(true);
    m_redLineList->setPlaceholderText(tr("One red-line violation per line"));
    m_excludedIndustries->setPlaceholderText(tr("Industry codes, separated by commas, e.g. C13, C14"));

    auto *general = new QGroupBox(tr("Version"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Version:"), m_version);
    generalForm->addRow(tr("Effective from:"), m_effective);
    generalForm->addRow(tr("Title:"), m_title);
    generalForm->addRow(tr("Base points:"), m_basePoints);

    auto *events = new QGroupBox(tr("Points for each event"), this);
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(m_events);

    auto *publicity = new QGroupBox(tr("How long a negative event counts"), this);
    auto *publicityLayout = new QVBoxLayout(publicity);
    publicityLayout->addWidget(m_publicity);

    auto *tiers = new QGroupBox(tr("Tiers and sampling"), this);
    auto *tiersForm = new QFormLayout(tiers);
    for (const QString &tier : kTiers) {
        auto *row = new QHBoxLayout;
        if (tier != u"D") {
            m_tiers.append(number(-1000, 1000));
            row->addWidget(new QLabel(tr("from"), this));
            row->addWidget(m_tiers.last());
            row->addWidget(new QLabel(tr("points;"), this));
        } else {
            row->addWidget(new QLabel(tr("below C;"), this));
        }
        m_sampling.append(number(0, 100));
        row->addWidget(new QLabel(tr("sampled"), this));
        row->addWidget(m_sampling.last());
        row->addWidget(new QLabel(tr("%"), this));
        row->addStretch(1);
        tiersForm->addRow(tr("Tier %1:").arg(tier), row);
    }

    auto *redLine = new QGroupBox(tr("Red line"), this);
    auto *redLineForm = new QFormLayout(redLine);
    redLineForm->addRow(tr("Forced tier:"), m_forcedTier);
    redLineForm->addRow(tr("For (months):"), m_redLineMonths);
    redLineForm->addRow(tr("Red-line list:"), m_redLineList);

    auto *sandbox = new QGroupBox(tr("Sandbox (优信豁免)"), this);
    auto *sandboxForm = new QFormLayout(sandbox);
    sandboxForm->addRow(tr("Lowest score:"), m_sandboxMinScore);
    sandboxForm->addRow(tr("Months without a penalty:"), m_penaltyFreeMonths);
    sandboxForm->addRow(tr("Months after a red line:"), m_redLineFreeMonths);
    sandboxForm->addRow(tr("Excluded industries:"), m_excludedIndustries);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    for (QWidget *group : std::initializer_list<QWidget *>{general, events, publicity, tiers, redLine, sandbox})
        contentLayout->addWidget(group);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

FocusedDoubleSpinBox *CreditRuleForm::number(int min, int max)
{
    auto *box = new FocusedDoubleSpinBox(this);
    box->setDecimals(0);
    box->setRange(min, max);
    return box;
}

void CreditRuleForm::setRules(const QJsonObject &rules)
{
    m_source = rules;
    m_version->setValue(whole(rules.value(QStringLiteral("version")), 1));
    m_effective->setDate(QDate::fromString(rules.value(QStringLiteral("effectiveFrom")).toString(), Qt::ISODate));
    m_title->setText(rules.value(QStringLiteral("title")).toString());
    m_basePoints->setValue(whole(rules.value(QStringLiteral("basePoints")), 100));
    const QJsonObject publicity = rules.value(QStringLiteral("publicity")).toObject();
    fillEvents(rules.value(QStringLiteral("events")).toObject(), publicity);
    m_publicity->setRowCount(0);
    for (auto it = publicity.begin(); it != publicity.end(); ++it) {
        const int row = m_publicity->rowCount();
        const QJsonObject c = it.value().toObject();
        m_publicity->insertRow(row);
        auto *name = textItem(c.value(QStringLiteral("name")).toString());
        name->setData(Qt::UserRole, it.key());
        m_publicity->setItem(row, ClassName, name);
        for (const auto &[column, key] : {std::pair{MinMonths, "minMonths"}, {MaxMonths, "maxMonths"}}) {
            FocusedDoubleSpinBox *months = number(0, 120);
            months->setValue(whole(c.value(QLatin1String(key))));
            m_publicity->setCellWidget(row, column, months);
        }
    }
    m_publicity->resizeColumnsToContents();
    const QJsonObject tiers = rules.value(QStringLiteral("tiers")).toObject();
    const QJsonObject sampling = rules.value(QStringLiteral("sampling")).toObject();
    for (int i = 0; i < kTiers.size(); ++i) {
        if (i < m_tiers.size())
            m_tiers.at(i)->setValue(whole(tiers.value(kTiers.at(i))));
        m_sampling.at(i)->setValue(whole(sampling.value(kTiers.at(i))));
    }
    const QJsonObject redLine = rules.value(QStringLiteral("redLine")).toObject();
    m_forcedTier->setCurrentIndex(qMax(0, m_forcedTier->findData(redLine.value(QStringLiteral("forcedTier")).toString())));
    m_redLineMonths->setValue(whole(redLine.value(QStringLiteral("months")), 12));
    QStringList list;
    for (const QJsonValue &v : redLine.value(QStringLiteral("list")).toArray())
        list.append(v.toString());
    m_redLineList->setPlainText(list.join(QLatin1Char('\n')));
    const QJsonObject sandbox = rules.value(QStringLiteral("sandbox")).toObject();
    m_sandboxMinScore->setValue(whole(sandbox.value(QStringLiteral("minScore")), 105));
    m_penaltyFreeMonths->setValue(whole(sandbox.value(QStringLiteral("penaltyFreeMonths")), 24));
    m_redLineFreeMonths->setValue(whole(sandbox.value(QStringLiteral("redLineFreeMonths")), 36));
    QStringList industries;
    for (const QJsonValue &v : sandbox.value(QStringLiteral("excludedIndustries")).toArray())
        industries.append(v.toString());
    m_excludedIndustries->setText(industries.join(QStringLiteral(", ")));
    applyReadOnly();
}

void CreditRuleForm::fillEvents(const QJsonObject &events, const QJsonObject &publicity)
{
    // Rewards first, then deductions from the lightest, as the rules' articles run.
    QStringList kinds = events.keys();
    std::stable_sort(kinds.begin(), kinds.end(), [&events](const QString &a, const QString &b) {
        return whole(events.value(a).toObject().value(QStringLiteral("points"))) > whole(events.value(b).toObject().value(QStringLiteral("points")));
    });
    m_events->setRowCount(int(kinds.size()));
    for (int row = 0; row < kinds.size(); ++row) {
        const QJsonObject e = events.value(kinds.at(row)).toObject();
        auto *name = textItem(e.value(QStringLiteral("name")).toString());
        name->setData(Qt::UserRole, kinds.at(row));
        name->setToolTip(kinds.at(row));
        m_events->setItem(row, Name, name);
        FocusedDoubleSpinBox *points = number(-1000, 1000);
        points->setValue(whole(e.value(QStringLiteral("points"))));
        m_events->setCellWidget(row, Points, points);
        FocusedDoubleSpinBox *cap = number(0, 1000);
        cap->setSpecialValueText(tr("none"));
        cap->setValue(whole(e.value(QStringLiteral("yearlyCap"))));
        m_events->setCellWidget(row, Cap, cap);
        auto *classes = new QComboBox(m_events);
        classes->addItem(tr("—"), QString());
        for (auto it = publicity.begin(); it != publicity.end(); ++it)
            classes->addItem(it.value().toObject().value(QStringLiteral("name")).toString(), it.key());
        classes->setCurrentIndex(qMax(0, classes->findData(e.value(QStringLiteral("publicity")).toString())));
        m_events->setCellWidget(row, Publicity, classes);
        m_events->setItem(row, Penalty, tickItem(e.value(QStringLiteral("penalty")).toBool()));
        m_events->setItem(row, RedLine, tickItem(e.value(QStringLiteral("redLine")).toBool()));
        m_events->setItem(row, Article, textItem(e.value(QStringLiteral("article")).toString()));
    }
    m_events->resizeColumnsToContents();
    m_events->setMinimumHeight(m_events->horizontalHeader()->height() + 8 + m_events->verticalHeader()->length());
    m_publicity->setMinimumHeight(m_publicity->horizontalHeader()->height() + 8 + 3 * m_events->verticalHeader()->defaultSectionSize());
}

int CreditRuleForm::eventRow(const QString &kind) const
{
    for (int row = 0; row < m_events->rowCount(); ++row) {
        if (m_events->item(row, Name)->data(Qt::UserRole).toString() == kind)
            return row;
    }
    return -1;
}

QJsonObject CreditRuleForm::rules() const
{
    QJsonObject rules = m_source;
    rules.insert(QStringLiteral("version"), int(m_version->value()));
    rules.insert(QStringLiteral("effectiveFrom"), m_effective->date().toString(Qt::ISODate));
    rules.insert(QStringLiteral("title"), m_title->text().trimmed());
    rules.insert(QStringLiteral("basePoints"), int(m_basePoints->value()));
    QJsonObject events = rules.value(QStringLiteral("events")).toObject();
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const QString kind = m_events->item(row, Name)->data(Qt::UserRole).toString();
        QJsonObject e = events.value(kind).toObject();
        e.insert(QStringLiteral("name"), m_events->item(row, Name)->text().trimmed());
        e.insert(QStringLiteral("points"), int(qobject_cast<FocusedDoubleSpinBox *>(m_events->cellWidget(row, Points))->value()));
        // Settings left at their default are left out, as in the published file.
        auto optional = [&e](const char *key, const QJsonValue &value, bool given) {
            if (given)
                e.insert(QLatin1String(key), value);
            else
                e.remove(QLatin1String(key));
        };
        const int cap = int(qobject_cast<FocusedDoubleSpinBox *>(m_events->cellWidget(row, Cap))->value());
        optional("yearlyCap", cap, cap > 0);
        const QString publicityClass = qobject_cast<QComboBox *>(m_events->cellWidget(row, Publicity))->currentData().toString();
        optional("publicity", publicityClass, !publicityClass.isEmpty());
        optional("penalty", true, m_events->item(row, Penalty)->checkState() == Qt::Checked);
        optional("redLine", true, m_events->item(row, RedLine)->checkState() == Qt::Checked);
        const QString article = m_events->item(row, Article)->text().trimmed();
        optional("article", article, !article.isEmpty());
        events.insert(kind, e);
    }
    rules.insert(QStringLiteral("events"), events);
    QJsonObject publicity = rules.value(QStringLiteral("publicity")).toObject();
    for (int row = 0; row < m_publicity->rowCount(); ++row) {
        const QString key = m_publicity->item(row, ClassName)->data(Qt::UserRole).toString();
        QJsonObject c = publicity.value(key).toObject();
        c.insert(QStringLiteral("name"), m_publicity->item(row, ClassName)->text().trimmed());
        c.insert(QStringLiteral("minMonths"), int(qobject_cast<FocusedDoubleSpinBox *>(m_publicity->cellWidget(row, MinMonths))->value()));
        c.insert(QStringLiteral("maxMonths"), int(qobject_cast<FocusedDoubleSpinBox *>(m_publicity->cellWidget(row, MaxMonths))->value()));
        publicity.insert(key, c);
    }
    rules.insert(QStringLiteral("publicity"), publicity);
    QJsonObject tiers, sampling;
    for (int i = 0; i < kTiers.size(); ++i) {
        if (i < m_tiers.size())
            tiers.insert(kTiers.at(i), int(m_tiers.at(i)->value()));
        sampling.insert(kTiers.at(i), int(m_sampling.at(i)->value()));
    }
    rules.insert(QStringLiteral("tiers"), tiers);
    rules.insert(QStringLiteral("sampling"), sampling);
    QJsonObject redLine = rules.value(QStringLiteral("redLine")).toObject();
    redLine.insert(QStringLiteral("forcedTier"), m_forcedTier->currentData().toString());
    redLine.insert(QStringLiteral("months"), int(m_redLineMonths->value()));
    QJsonArray list;
    for (const QString &line : m_redLineList->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    }
    redLine.insert(QStringLiteral("list"), list);
    rules.insert(QStringLiteral("redLine"), redLine);
    QJsonObject sandbox = rules.value(QStringLiteral("sandbox")).toObject();
    sandbox.insert(QStringLiteral("minScore"), int(m_sandboxMinScore->value()));
    sandbox.insert(QStringLiteral("penaltyFreeMonths"), int(m_penaltyFreeMonths->value()));
    // Optional in the file (36 when absent): written only when given or changed.
    if (sandbox.contains(QStringLiteral("redLineFreeMonths")) || int(m_redLineFreeMonths->value()) != 36)
        sandbox.insert(QStringLiteral("redLineFreeMonths"), int(m_redLineFreeMonths->value()));
    QJsonArray industries;
    for (const QString &code : m_excludedIndustries->text().split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts))
        industries.append(code.toUpper());
    sandbox.insert(QStringLiteral("excludedIndustries"), industries);
    rules.insert(QStringLiteral("sandbox"), sandbox);
    return rules;
}

void CreditRuleForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

void CreditRuleForm::applyReadOnly()
{
    // Read-only, not disabled: a version on show stays as legible as one being written.
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        box->setReadOnly(m_readOnly);
        box->setButtonSymbols(m_readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    }
    for (QLineEdit *line : {m_title, m_excludedIndustries})
        line->setReadOnly(m_readOnly);
    m_redLineList->setReadOnly(m_readOnly);
    // Shown as they are, not greyed: a version on show is read, only not changed.
    for (QComboBox *box : findChildren<QComboBox *>()) {
        box->setAttribute(Qt::WA_TransparentForMouseEvents, m_readOnly);
        box->setFocusPolicy(m_readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }
    m_effective->setCalendarPopup(!m_readOnly);
    for (QTableWidget *table : {m_events, m_publicity}) {
        table->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                QTableWidgetItem *item = table->item(row, column);
                if (item && table == m_events && (column == Penalty || column == RedLine))
                    item->setFlags(m_readOnly ? item->flags() & ~Qt::ItemIsUserCheckable : item->flags() | Qt::ItemIsUserCheckable);
            }
        }
    }
}
