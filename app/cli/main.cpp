#include "io/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // One run reads one paste: JIT-compiling each pattern (Qt 6 does it at a pattern's first use)
    // costs more than the interpreter spends matching it, so the CLI leaves PCRE2's JIT off
    // (callgrind, diagnose of one paste: 92.6 M instructions with the JIT, 35.5 M without).
    // Qt reads this switch once, before the first pattern is compiled; a value the user set wins.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bucketdoctor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BucketDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUCKETDOCTOR_VERSION));
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
