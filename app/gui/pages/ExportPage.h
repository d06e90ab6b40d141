#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;
class WizardSession;

// Step 5: the report as it will leave the app, with the list of what was redacted from it, saved
// as Markdown, HTML, JSON or PDF, or copied to the clipboard. Nothing is written unless asked.
class ExportPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Format { Markdown, Html, Json, Pdf };

    explicit ExportPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    // Writes the report without asking for a path (the buttons ask first). Returns false with a
    // sentence in *error.
    bool saveTo(const QString &path, Format format, QString *error) const;
    void copyToClipboard() const;
    QString previewText() const;
    QString redactionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void askAndSave(Format format);

    WizardSession *m_session;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_redactions = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_markdown = nullptr;
    QPushButton *m_html = nullptr;
    QPushButton *m_json = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_copy = nullptr;
};
