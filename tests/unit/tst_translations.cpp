#include "core/instancerules.h"
#include "core/translations.h"

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
    void englishPluralsForEveryOtherLanguage_data();
    void englishPluralsForEveryOtherLanguage();
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

void TestTranslations::englishPluralsForEveryOtherLanguage_data()
{
    QTest::addColumn<QString>("language"); // LANGUAGE for installTranslations()
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English, one") << QStringLiteral("en") << 1 << "enable 1 offering item";
    QTest::newRow("English, many") << QStringLiteral("en_GB") << 13 << "enable 13 offering items";
    QTest::newRow("French falls back to English")
            << QStringLiteral("fr") << 2 << "enable 2 offering items";
    QTest::newRow("German has its own")
            << QStringLiteral("de") << 1 << "1 Angebotselement aktivieren";
}

void TestTranslations::englishPluralsForEveryOtherLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    const QList<QTranslator *> before = QCoreApplication::instance()->findChildren<QTranslator *>();
    qputenv("LANGUAGE", language.toLatin1());
    QLocale::setDefault(QLocale(language));
    installTranslations(*QCoreApplication::instance());
    QCOMPARE(QCoreApplication::translate("csp::ProviderService", "enable %n offering item(s)",
                                         nullptr, count),
             expected);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        if (!before.contains(translator)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
