#include "io/SecretReader.h"

#include <QFile>
#include <QtGlobal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
// Only the line break goes: spaces are kept, because a secret with a stray space is one of the
// mistakes this tool exists to find.
QString withoutLineBreak(QString line)
{
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

QString promptHidden(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[4096];
    const char *line = std::fgets(buffer, sizeof buffer, stdin);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return line ? withoutLineBreak(QString::fromUtf8(line)) : QString();
#else
    Q_UNUSED(prompt)
    return {};
#endif
}
}

SecretReader::Secret SecretReader::read(const char *environmentVariable, const QString &file, const QString &prompt,
                                        bool allowPrompt)
{
    Secret secret;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            secret.outcome = Outcome::Unreadable;
            secret.error = f.errorString();
            return secret;
        }
        secret.value = withoutLineBreak(QString::fromUtf8(f.readLine(64 * 1024)));
        secret.outcome = secret.value.isEmpty() ? Outcome::Missing : Outcome::Found;
        return secret;
    }
    const QByteArray env = qgetenv(environmentVariable);
    if (!env.isEmpty()) {
        secret.value = QString::fromUtf8(env);
        secret.outcome = Outcome::Found;
        return secret;
    }
    if (allowPrompt) {
        secret.value = promptHidden(prompt);
        if (!secret.value.isEmpty())
            secret.outcome = Outcome::Found;
    }
    return secret;
}
