#pragma once

#include "DiagnosisEngine.h"

#include <QMainWindow>
#include <QTimer>

class LanguageLoader;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTextBrowser;

// The first desktop front end: paste on the left, ranked causes on the right, updated as the user
// types. The language can be switched from the menu at run time. The wizard comes later; this
// window already shows everything the engine decides.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageLoader *languages, QWidget *parent = nullptr);

    void setPastedText(const QString &text);
    QString resultText() const;   // the rendered diagnosis as plain text, for tests
    QString summaryText() const;

public Q_SLOTS:
    void diagnoseNow();
    void switchLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildMenus();

    LanguageLoader *m_languages;
    DiagnosisEngine m_engine;
    QTimer m_debounce;
    QPlainTextEdit *m_paste = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_pasteLabel = nullptr;
    QLabel *m_providerLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_result = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
