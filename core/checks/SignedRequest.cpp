#include "checks/SignedRequest.h"

#include "common/Provider.h"
#include "signing/CosSigner.h"
#include "signing/OssV1Signer.h"
#include "signing/OssV4Signer.h"
#include "signing/SignRequest.h"
#include "signing/SigV4Signer.h"

bool SignedRequest::sign(const CheckContext &context, ProbeRequest *request, const QDateTime &at, QString *error)
{
    const int defaultPort = request->url.scheme() == QLatin1String("https") ? 443 : 80;
    if (request->url.port() == defaultPort)
        request->url.setPort(-1);
    HeaderList headers;
    for (const auto &[name, value] : std::as_const(request->headers))
        headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
    SignRequest r;
    if (!SignRequest::fromUrl(QString::fromLatin1(request->method), request->url.toString(QUrl::FullyEncoded), headers, &r,
                              error))
        return false;
    r.accessKeyId = context.accessKeyId;
    r.secretKey = context.secretKey;
    r.securityToken = context.securityToken;
    r.region = context.region;
    r.time = at.toUTC();
    r.expires = 900;
    SignResult signedResult;
    switch (Providers::fromId(context.provider)) {
    case Provider::Cos:
        signedResult = CosSigner::sign(r);
        break;
    case Provider::Oss:
        if (context.ossSignatureVersion == 1) {
            signedResult = OssV1Signer::sign(r);
            break;
        }
        if (r.region.startsWith(QLatin1String("oss-")))
            r.region = r.region.mid(4); // the V4 scope names the plain region id (providers.md §2.2.3)
        if (r.region.isEmpty() && r.hostRegion().isEmpty()) {
            *error = QStringLiteral("oss_v4_needs_region");
            return false;
        }
        signedResult = OssV4Signer::sign(r);
        break;
    case Provider::S3:
        if (r.region.isEmpty() && r.hostRegion().isEmpty())
            r.region = QStringLiteral("us-east-1"); // the convention of S3-compatible stores (providers.md §9.3)
        signedResult = SigV4Signer::sign(r);
        break;
    case Provider::Unknown:
        *error = QStringLiteral("unknown provider");
        return false;
    }
    if (!signedResult.ok) {
        *error = signedResult.error;
        return false;
    }
    request->headers.clear();
    for (const auto &[name, value] : std::as_const(signedResult.headers)) {
        // QNetworkAccessManager writes Host itself, from the same URL the signer read it from.
        if (name.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0)
            continue;
        request->headers.append({name.toLatin1(), value.toUtf8()});
    }
    return true;
}
