#include "platform/ScreenshotTour.h"

#include "pages/ChecksPage.h"
#include "pages/ConnectionPage.h"
#include "pages/PastePage.h"
#include "text/LanguageLoader.h"
#include "wizard/DoctorWizard.h"
#include "wizard/WizardSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {
const char *const kPaste =
    "<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>AccessDenied</Code>\n"
    "  <Message>You are denied by bucket referer rule</Message>\n"
    "  <Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/cat.jpg</Resource>\n"
    "  <RequestId>NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==</RequestId>\n"
    "  <TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhmNmI5MWI1OTBjYzE2MjAxN2M1MzJiOTdkZjMxMDVlYTZjN2FiMmI0MmM5MzQ2ZWM2NjNkMmQ4MDgwNjhmZjA3YTBiNTcyYzY=</TraceId>\n"
    "</Error>";

CheckResult sample(const QString &id, CheckResult::Status status, const QString &reason, const QList<QPair<QString, QString>> &facts,
                   const QStringList &transcript = {})
{
    CheckResult r;
    r.id = id;
    r.status = status;
    r.reason = reason;
    r.facts = facts;
    r.transcript = transcript;
    r.durationMs = 120;
    return r;
}

void fillResults(WizardSession *session)
{
    using S = CheckResult::Status;
    const QString hs = QStringLiteral("httpStatus");
    session->clearResults();
    session->setResult(sample(QStringLiteral("endpoint"), S::Pass, QStringLiteral("reachable"),
                              {{QStringLiteral("region"), QStringLiteral("ap-guangzhou")}, {QStringLiteral("addressing"), QStringLiteral("virtual")}}));
    session->setResult(sample(QStringLiteral("time"), S::Pass, QStringLiteral("in_sync"),
                              {{QStringLiteral("skewMs"), QStringLiteral("420")}, {QStringLiteral("errorMs"), QStringLiteral("530")}}));
    session->setResult(sample(QStringLiteral("key"), S::Pass, QStringLiteral("accepted"), {{hs, QStringLiteral("206")}}));
    session->setResult(sample(QStringLiteral("referer"), S::Fail, QStringLiteral("referer_denied"),
                              {{hs, QStringLiteral("403")},
                               {QStringLiteral("code"), QStringLiteral("AccessDenied")},
                               {QStringLiteral("message"), QStringLiteral("You are denied by bucket referer rule")},
                               {QStringLiteral("withReferer"), QStringLiteral("referer_denied")},
                               {QStringLiteral("withoutReferer"), QStringLiteral("referer_denied")},
                               {QStringLiteral("ruleDecision"), QStringLiteral("denied")},
                               {QStringLiteral("ruleReason"), QStringLiteral("not_in_whitelist")}},
                              {QStringLiteral("> GET https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/cat.jpg"),
                               QStringLiteral("> Referer: https://www.example.com/gallery.html"), QStringLiteral("< 403 Forbidden"),
                               QStringLiteral("< x-cos-request-id: NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==")}));
    session->setResult(sample(QStringLiteral("object"), S::Pass, QStringLiteral("available"),
                              {{QStringLiteral("storageClass"), QStringLiteral("STANDARD")}}));
    session->rediagnose();
}
}

int ScreenshotTour::render(LanguageLoader &languages, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = directory;
        return -1;
    }
    int written = 0;
    static const char *const pageNames[] = {"paste", "connection", "checks", "summary", "export"};
    for (const QString &language : LanguageLoader::supported()) {
        languages.load(language);
        DoctorWizard wizard(&languages);
        wizard.resize(960, 720);
        wizard.show();
        wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QString::fromUtf8(kPaste));
        wizard.pastePage()->findChild<QLineEdit *>(QStringLiteral("pasteUrl"))
            ->setText(QStringLiteral("https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/cat.jpg"));
        // Without waiting for the typing pause: the preview must show what was recognised.
        wizard.session()->setPaste(QString::fromUtf8(kPaste),
                                   QStringLiteral("https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/cat.jpg"));
        for (int page = PastePageId; page <= ExportPageId; ++page) {
            if (page == ConnectionPageId) {
                wizard.connectionPage()->findChild<QLineEdit *>(QStringLiteral("accessKeyId"))->setText(QStringLiteral("AKIDEXAMPLE"));
                wizard.connectionPage()->findChild<QLineEdit *>(QStringLiteral("secretKey"))->setText(QStringLiteral("example-secret"));
                wizard.connectionPage()->findChild<QLineEdit *>(QStringLiteral("referer"))
                    ->setText(QStringLiteral("https://www.example.com/gallery.html"));
            }
            if (page == ChecksPageId)
                fillResults(wizard.session());
            if (page == ChecksPageId) {
                // The step list reads the results when the page opens; open it again with them.
                wizard.back();
                wizard.next();
            }
            QApplication::processEvents();
            const QString path = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png").arg(language).arg(page + 1).arg(QLatin1String(pageNames[page])));
            if (!wizard.grab().save(path)) {
                *error = path;
                return -1;
            }
            ++written;
            if (page != ExportPageId)
                wizard.next();
        }
        wizard.hide();
    }
    return written;
}
