#include "servers/ServerProcess.h"

#include <QEventLoop>
#include <QTimer>

namespace {

constexpr int GracePeriodMs = 5000;
const QByteArray AnnouncementPrefix = QByteArrayLiteral("listening ");

QUrl parseAnnouncement(const QByteArray &line)
{
    if (!line.startsWith(AnnouncementPrefix))
        return {};
    const QUrl url(QString::fromUtf8(line.mid(AnnouncementPrefix.size())), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

} // namespace

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServerProcess::readAnnouncement);
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &program, const QStringList &arguments, QString *error)
{
    auto fail = [this, error](const QString &reason) {
        stop();
        if (error) {
            *error = reason;
            const QString errText = QString::fromUtf8(m_stderr).trimmed();
            if (!errText.isEmpty())
                *error += QStringLiteral("; stderr: ") + errText;
        }
        return false;
    };

    if (m_process.state() != QProcess::NotRunning)
        return fail(QStringLiteral("already started"));
    m_url.clear();
    m_stderr.clear();

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &ServerProcess::listening, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    // FailedToStart comes without finished(); later errors (a crash) are followed by finished().
    connect(&m_process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });

    m_process.start(program, arguments);
    timeout.start(m_startTimeoutMs);
    // The announcement may already be buffered if the event loop ran between start() and here.
    readAnnouncement();
    if (!isListening())
        loop.exec();

    if (isListening())
        return true;
    const QString command = (QStringList { program } + arguments).join(QLatin1Char(' '));
    if (m_process.error() == QProcess::FailedToStart)
        return fail(QStringLiteral("%1: cannot run: %2").arg(command, m_process.errorString()));
    if (m_process.state() == QProcess::NotRunning) {
        return fail(
            QStringLiteral("%1: exited (%2 %3) before listening")
                .arg(command,
                    m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed, signal") : QStringLiteral("status"))
                .arg(m_process.exitCode()));
    }
    return fail(QStringLiteral("%1: no `listening <url>` line within %2 ms").arg(command).arg(m_startTimeoutMs));
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        // Servers that watch stdin (start.mjs) and those that handle SIGTERM both shut down cleanly;
        // a blocking wait is fine here, the process has nothing left to tell us.
        m_process.closeWriteChannel();
        m_process.terminate();
        if (!m_process.waitForFinished(GracePeriodMs)) {
            m_process.kill();
            m_process.waitForFinished(GracePeriodMs);
        }
    }
    m_stderr += m_process.readAllStandardError();
    m_url.clear();
}

QString ServerProcess::endpoint() const
{
    return m_url.isValid() ? m_url.toString(QUrl::StripTrailingSlash) : QString();
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

void ServerProcess::readAnnouncement()
{
    while (!isListening() && m_process.canReadLine()) {
        const QUrl url = parseAnnouncement(m_process.readLine().trimmed());
        if (url.isValid()) {
            m_url = url;
            Q_EMIT listening(m_url);
        }
    }
}
