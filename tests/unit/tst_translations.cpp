#include "core/instancerules.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace csp;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void shippedLanguagesLoad_data();
    void shippedLanguagesLoad();
};

void TestTranslations::shippedLanguagesLoad_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("fieldLabel");
    QTest::addColumn<QString>("required");
    QTest::newRow("de") << QLocale(QLocale::German) << "Systemname"
                        << "Systemname ist erforderlich.";
    QTest::newRow("el") << QLocale(QLocale::Greek) << "Όνομα συστήματος"
                        << "Το πεδίο Όνομα συστήματος είναι υποχρεωτικό.";
}

void TestTranslations::shippedLanguagesLoad()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, fieldLabel);
    QFETCH(QString, required);
    QTranslator translator;
    QVERIFY(translator.load(locale, QStringLiteral("acronis_csp"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(InstanceRules::fieldLabel(InstanceField::SystemName), fieldLabel);
    QCOMPARE(InstanceRules::checkSystemName(QString()).error, required);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(InstanceRules::fieldLabel(InstanceField::SystemName), QStringLiteral("System Name"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
