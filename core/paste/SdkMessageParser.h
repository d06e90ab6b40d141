#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Reads the fields that SDKs and tools print in their exception texts: the AWS, COS and OSS SDKs
// for Java, Python, Go, PHP, .NET and JavaScript, the AWS CLI, s3cmd, rclone and mc. Works on the
// patterns those texts share ("Error Code: X", "ErrorCode=X", "'code': 'X'", "An error occurred (X)"),
// so a format it has never seen still gives up its fields when it uses any of them.
struct SdkMessage {
    QStringList formats; // sdk-java, sdk-python, sdk-go, sdk-php, sdk-dotnet, sdk-js
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString hostId;
    QString traceId;
    QString ec;
    QString resource;
    QString operation;
    QString method;       // from "GET https://…: 403" style lines
    QString url;
    QString accessKeyId;
    QString stringToSign; // with the logged \n turned into line breaks
};

namespace SdkMessageParser {
SdkMessage parse(const QString &text);
}
