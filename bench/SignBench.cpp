// Signatures per second for each provider and form. Prints a table; asserts nothing.
// Run: build/bench/bucketdoctor-sign-bench [milliseconds per row]
#include "signing/CosSigner.h"
#include "signing/OssV1Signer.h"
#include "signing/OssV4Signer.h"
#include "signing/SigV4Signer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>

namespace {
SignRequest request(bool presign)
{
    SignRequest r;
    QString error;
    SignRequest::fromUrl(QStringLiteral("PUT"),
                         QStringLiteral("https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/2026/a%20b%2B%E6%B5%8B.jpg"
                                        "?versionId=MTg0NDUx&response-content-type=image%2Fjpeg"),
                         {{QStringLiteral("Content-Type"), QStringLiteral("image/jpeg")},
                          {QStringLiteral("x-cos-meta-author"), QStringLiteral("alice")},
                          {QStringLiteral("x-oss-meta-author"), QStringLiteral("alice")},
                          {QStringLiteral("x-amz-meta-author"), QStringLiteral("alice")},
                          {QStringLiteral("Range"), QStringLiteral("bytes=0-9")}},
                         &r, &error);
    r.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    r.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    r.region = QStringLiteral("cn-hangzhou");
    r.time = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    r.expires = 3600;
    r.presign = presign;
    return r;
}

double perSecond(const std::function<SignResult(const SignRequest &)> &sign, const SignRequest &r, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    qint64 checksum = 0;
    while (timer.elapsed() < milliseconds) {
        for (int i = 0; i < 100; ++i)
            checksum += sign(r).signature.size();
        count += 100;
    }
    return checksum > 0 ? static_cast<double>(count) * 1000.0 / static_cast<double>(timer.elapsed()) : 0;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int ms = argc > 1 ? std::max(50, atoi(argv[1])) : 500;
    struct Row {
        const char *name;
        std::function<SignResult(const SignRequest &)> sign;
        bool presign;
    };
    const QList<Row> rows{
        {"COS q-sign, header", CosSigner::sign, false},
        {"COS q-sign, presigned URL", CosSigner::sign, true},
        {"OSS V1, header", OssV1Signer::sign, false},
        {"OSS V1, URL", OssV1Signer::sign, true},
        {"OSS V4, header", [](const SignRequest &r) { return OssV4Signer::sign(r); }, false},
        {"OSS V4, query", [](const SignRequest &r) { return OssV4Signer::sign(r); }, true},
        {"S3 SigV4, header", SigV4Signer::sign, false},
        {"S3 SigV4, presigned URL", SigV4Signer::sign, true},
    };
    std::printf("Bucket Doctor signing benchmark (%d ms per row, one core)\n", ms);
    std::printf("%-30s %14s\n", "provider and form", "signatures/s");
    for (const Row &row : rows)
        std::printf("%-30s %14.0f\n", row.name, perSecond(row.sign, request(row.presign), ms));
    return 0;
}
