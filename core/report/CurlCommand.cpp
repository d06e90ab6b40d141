#include "report/CurlCommand.h"

#include "security/Redactor.h"

QString CurlCommand::quoted(const QString &argument)
{
    QString inner = argument;
    inner.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + inner + u'\'';
}

QStringList CurlCommand::fromTranscript(const QStringList &transcript)
{
    QStringList commands;
    QStringList current;
    auto flush = [&] {
        if (!current.isEmpty())
            commands << current.join(QStringLiteral(" \\\n  "));
        current.clear();
    };
    for (const QString &line : transcript) {
        if (!line.startsWith(QLatin1String("> ")))
            continue;
        const QString rest = line.mid(2);
        const qsizetype colon = rest.indexOf(QLatin1String(": "));
        const qsizetype space = rest.indexOf(u' ');
        // A request line is "METHOD url": no ": " before the first space.
        const bool requestLine = space > 0 && (colon < 0 || colon > space) && rest.left(space).toUpper() == rest.left(space);
        if (requestLine) {
            flush();
            const QString method = rest.left(space);
            const QString url = Redactor::url(rest.mid(space + 1).trimmed());
            // -sS -D - shows the answer's head like the check's transcript; --head for HEAD, since
            // "-X HEAD" would wait for a body that never comes.
            current << QStringLiteral("curl -sS -o /dev/null -D -");
            if (method == QLatin1String("HEAD"))
                current << QStringLiteral("--head");
            else if (method != QLatin1String("GET"))
                current << QStringLiteral("-X ") + method;
            current << quoted(url);
            continue;
        }
        if (current.isEmpty() || colon <= 0)
            continue;
        const QString name = rest.left(colon);
        const QString value = rest.mid(colon + 2);
        current << QStringLiteral("-H ") + quoted(name + QStringLiteral(": ") + Redactor::headerValue(name, value));
    }
    flush();
    return commands;
}
