#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// A local server a test starts as a child process: s3rver through tests/s3rver/start.mjs, or
// bucketdoctor-emulator. The server announces itself with one stdout line `listening <url>` once it
// accepts connections (on a free port it chose, so tests can run side by side); start() returns
// when that line arrives, the process ends, or the timeout passes.
//
// Usage:
//   ServerProcess server;
//   QString error;
//   QVERIFY2(server.start(QStringLiteral(BUCKETDOCTOR_NODE), {script, config}, &error), qPrintable(error));
//   const QString base = server.endpoint(); // http://127.0.0.1:PORT
//
// Destruction (or stop()) closes the server's stdin, sends SIGTERM and kills it if it is still
// running after a grace period, so a failed test leaves no server behind.
class ServerProcess : public QObject
{
    Q_OBJECT

public:
    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    // Returns false with *error set (the server's stderr included) when the process cannot be run,
    // exits, or prints no `listening` line within startTimeoutMs(); the process is stopped then.
    bool start(const QString &program, const QStringList &arguments, QString *error = nullptr);
    void stop();

    bool isListening() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString endpoint() const; // the announced URL without a trailing '/', empty before start()
    QByteArray standardError(); // everything the server wrote to stderr so far

    int startTimeoutMs() const { return m_startTimeoutMs; }
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }

Q_SIGNALS:
    void listening(const QUrl &url);

private:
    void readAnnouncement();

    QProcess m_process;
    QUrl m_url;
    QByteArray m_stderr;
    int m_startTimeoutMs = 20000;
};
