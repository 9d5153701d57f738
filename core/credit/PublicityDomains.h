#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The domains whose penalty information is shown longer than its kind says (work
// safety, fire safety, special equipment: at least a year), as data
// (resources/credit/publicity-domains.json). A penalty case's credit event gets the
// domain's publicity class, which sets how long it counts and when it may be repaired.
class PublicityDomains final
{
    Q_DECLARE_TR_FUNCTIONS(PublicityDomains)

public:
    struct Domain
    {
        QString name;
        QString publicityClass;
        QStringList departments;
        QStringList codes;
        QStringList words;
    };

    static PublicityDomains builtIn();
    // Throws Refusal naming the source and what is wrong.
    static PublicityDomains parse(const QByteArray &json, const QString &source);

    // The publicity class of a penalty of this department, item code and violation;
    // empty when no domain claims it (the event kind's own class applies).
    QString classify(const QString &department, const QString &itemCode, const QString &violation) const;
    QList<Domain> domains() const { return m_domains; }

private:
    QList<Domain> m_domains;
};
