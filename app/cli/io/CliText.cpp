#include "io/CliText.h"

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

QString CliText::signatureVersionOption()
{
    return tr("The OSS signature version: 1 or 4 (default 1).");
}

QString CliText::methodOption()
{
    return tr("The HTTP method of the request.");
}

QString CliText::urlOption()
{
    return tr("The full URL of the request.");
}

QString CliText::headerOption()
{
    return tr("A request header to sign; repeat for more.");
}

QString CliText::accessKeyIdOption()
{
    return tr("The access key id (SecretId, AccessKeyId).");
}

QString CliText::regionOption()
{
    return tr("The region for the signature scope (OSS V4, S3).");
}

QString CliText::timeOption()
{
    return tr("The request time in Unix seconds (default: now).");
}

QString CliText::expiresOption()
{
    return tr("How many seconds the signature stays valid (default 900).");
}

QString CliText::presignOption()
{
    return tr("Sign the URL itself instead of an Authorization header.");
}

QString CliText::signFormatOption()
{
    return tr("The output format: text or json.");
}

QString CliText::secretKeyFileOption()
{
    return tr("Read the secret key from this file instead of BUCKETDOCTOR_SECRET_KEY.");
}

QString CliText::securityTokenFileOption()
{
    return tr("Read the security token from this file instead of BUCKETDOCTOR_SECURITY_TOKEN.");
}

QString CliText::serviceOption()
{
    return tr("The SigV4 service name (default s3).");
}

QString CliText::additionalHeadersOption()
{
    return tr("OSS V4: more headers to sign, separated by semicolons.");
}

QString CliText::urlArgument()
{
    return tr("The presigned URL to inspect, in quotes.");
}

QString CliText::nowOption()
{
    return tr("The time to judge the URL against, in Unix seconds (default: now).");
}

QString CliText::inspectMethodOption()
{
    return tr("The HTTP method the URL will be used with, for the Content-Type checks.");
}

QString CliText::checkProviderOption()
{
    return tr("The storage provider: cos, oss or s3.");
}

QString CliText::endpointOption()
{
    return tr("The service endpoint, e.g. https://cos.ap-guangzhou.myqcloud.com or https://oss-cn-hangzhou.aliyuncs.com.");
}

QString CliText::bucketOption()
{
    return tr("The bucket name (for COS with its -APPID).");
}

QString CliText::objectOption()
{
    return tr("The object key that failed, for the object, referer and key checks.");
}

QString CliText::pathStyleOption()
{
    return tr("Address the bucket in the path instead of the host name.");
}

QString CliText::originOption()
{
    return tr("The page's origin, for the CORS check, e.g. https://app.example.com.");
}

QString CliText::requestMethodOption()
{
    return tr("The method the page uses, for the CORS preflight (default GET).");
}

QString CliText::requestHeadersOption()
{
    return tr("The request headers the page sends, comma-separated, for the CORS preflight.");
}

QString CliText::refererOption()
{
    return tr("The Referer the page sends, for the referer check.");
}

QString CliText::onlyOption()
{
    return tr("Run only these checks, comma-separated: endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption, write.");
}

QString CliText::timeoutOption()
{
    return tr("Give up on a request after this many milliseconds.");
}

QString CliText::outputOption()
{
    return tr("Also write the report to this file; .md, .html or .json.");
}

QString CliText::writeProbeOption()
{
    return tr("Allow the write probe: upload a small test object and delete it again.");
}

QString CliText::proxyOption()
{
    return tr("Use this proxy instead of the system's (http://host:port, socks5://host:port), or none.");
}

QString CliText::pasteOption()
{
    return tr("Add the error as pasted (a file, or - for standard input): it joins the checks in one ranking and one report.");
}
