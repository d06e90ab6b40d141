#include "CliText.h"

QString CliText::description()
{
    return tr("Finds out why object storage answers 403 Forbidden.");
}

QString CliText::commandArgument()
{
    return tr("The command: diagnose, inspect-url, sign or check.");
}

QString CliText::fileArgument()
{
    return tr("The file with the pasted error, or - for standard input.");
}

QString CliText::providerOption()
{
    return tr("The provider: auto, cos, oss or s3.");
}

QString CliText::formatOption()
{
    return tr("The output format: text, json or markdown.");
}

QString CliText::langOption()
{
    return tr("The language of the output: en, zh_CN or ko.");
}
