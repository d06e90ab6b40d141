#include "MainWindow.h"

#include "DiagnosisFormatter.h"
#include "InputDecoder.h"
#include "LanguageLoader.h"
#include "UserText.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

MainWindow::MainWindow(LanguageLoader *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *top = new QHBoxLayout;
    m_providerLabel = new QLabel(central);
    m_provider = new QComboBox(central);
    for (int i = 0; i < 4; ++i)
        m_provider->addItem(QString());
    m_providerLabel->setBuddy(m_provider);
    top->addWidget(m_providerLabel);
    top->addWidget(m_provider);
    top->addStretch();
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_pasteLabel = new QLabel(left);
    m_paste = new QPlainTextEdit(left);
    m_paste->setTabChangesFocus(true);
    m_pasteLabel->setBuddy(m_paste);
    leftLayout->addWidget(m_pasteLabel);
    leftLayout->addWidget(m_paste);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result = new QTextBrowser(right);
    m_result->setOpenLinks(false);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_result);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Diagnose shortly after typing stops, not on every key: a large paste takes a moment.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &MainWindow::diagnoseNow);
    connect(m_paste, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_provider, &QComboBox::currentIndexChanged, this, &MainWindow::diagnoseNow);

    buildMenus();
    retranslate();
    resize(1100, 700);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageLoader::supported()) {
        // Each language is named in itself, so a user can find theirs whatever is shown now.
        QAction *action = m_languageMenu->addAction(LanguageLoader::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(m_languages && m_languages->current() == language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
}

void MainWindow::switchLanguage(const QString &language)
{
    if (!m_languages || !m_languages->load(language))
        return;
    QSettings().setValue(QStringLiteral("language"), m_languages->current());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->current());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Bucket Doctor"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_providerLabel->setText(tr("&Provider:"));
    m_provider->setItemText(0, tr("Detect from the text"));
    m_provider->setItemText(1, UserText::providerName(Provider::Cos));
    m_provider->setItemText(2, UserText::providerName(Provider::Oss));
    m_provider->setItemText(3, UserText::providerName(Provider::S3));
    m_provider->setAccessibleName(tr("Provider"));
    m_pasteLabel->setText(tr("Paste the &error, the response or the URL that failed:"));
    m_paste->setAccessibleName(tr("Pasted error"));
    m_paste->setPlaceholderText(tr("For example an XML error body, an SDK exception, a browser console line or a presigned URL."));
    m_result->setAccessibleName(tr("Likely causes"));
    m_summary->setAccessibleName(tr("What was recognised"));
    diagnoseNow();
}

void MainWindow::setPastedText(const QString &text)
{
    m_paste->setPlainText(text);
    diagnoseNow();
}

QString MainWindow::resultText() const
{
    return m_result->toPlainText();
}

QString MainWindow::summaryText() const
{
    return m_summary->text();
}

void MainWindow::diagnoseNow()
{
    m_debounce.stop();
    const QString text = m_paste->toPlainText();
    if (InputDecoder::isBlank(text)) {
        m_summary->setText(tr("Paste something to start."));
        m_result->clear();
        return;
    }
    if (!m_engine.isValid()) {
        m_summary->setText(UserText::treeLoadFailed(m_engine.loadError()));
        m_result->clear();
        return;
    }
    static const Provider providers[] = {Provider::Unknown, Provider::Cos, Provider::Oss, Provider::S3};
    DiagnoseOptions options;
    options.provider = providers[std::clamp(m_provider->currentIndex(), 0, 3)];
    const Diagnosis diagnosis = m_engine.diagnose(text, options);
    const QString summary = DiagnosisFormatter::recognisedSummary(diagnosis.input);
    m_summary->setText(summary.isEmpty() ? UserText::labelNothingRecognised()
                                         : tr("%1: %2").arg(UserText::labelRecognised(), summary));
    m_result->setMarkdown(DiagnosisFormatter::markdown(diagnosis));
}
