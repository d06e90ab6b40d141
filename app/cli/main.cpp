#include "io/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bucketdoctor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BucketDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUCKETDOCTOR_VERSION));
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
