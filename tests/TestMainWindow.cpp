#include "LanguageLoader.h"
#include "MainWindow.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsDiagnosisOfPaste();
    void switchesLanguageAtRunTime();
    void emptyPasteSaysWhatToDo();
    void everyControlHasAnAccessibleName();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::showsDiagnosisOfPaste()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPastedText(QStringLiteral("<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message>"
                                        "<RequestId>NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==</RequestId></Error>"));
    QVERIFY(window.summaryText().contains(QLatin1String("AccessDenied")));
    QVERIFY(window.resultText().contains(QLatin1String("referer")));
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    MainWindow window(&languages);
    window.setPastedText(QStringLiteral("RequestTimeTooSkewed"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Bucket Doctor"));
    const QString english = window.resultText();
    window.switchLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QVERIFY(window.resultText() != english);
    QVERIFY(window.resultText().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    window.switchLanguage(QStringLiteral("ko"));
    QCoreApplication::processEvents();
    QVERIFY(window.resultText().contains(QRegularExpression(QStringLiteral("[\\x{ac00}-\\x{d7af}]"))));
    window.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.resultText(), english);
}

void TestMainWindow::emptyPasteSaysWhatToDo()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    MainWindow window(&languages);
    window.setPastedText(QString());
    QVERIFY(!window.summaryText().isEmpty());
    QVERIFY(window.resultText().isEmpty());
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    MainWindow window(&languages);
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
