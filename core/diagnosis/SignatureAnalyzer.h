#pragma once

#include "common/StringDiff.h"
#include "paste/ParsedInput.h"

#include <QStringList>

// What a server's StringToSign (or CanonicalRequest) says when it is set beside the string the
// request should have been signed with. OSS and S3 return their string in SignatureDoesNotMatch
// bodies; when the paste also holds the request (an HTTP dump, curl -v, a presigned URL), the
// analyzer rebuilds the string from it with our signers, finds the first differing byte and names
// the kind of difference. With the user's secret it can also tell a wrong key pair from a bug.
//
// Usage: const SignatureFinding f = SignatureAnalyzer::analyze(input, secretOrEmpty);
struct SignatureFinding {
    bool present = false;  // the paste holds a server string to work with
    QString scheme;        // oss-v1, oss-v4, sigv4, cos
    QString compared;      // stringToSign or canonicalRequest
    QString theirs;        // the server's string
    QString ours;          // the client's string from its log, or rebuilt from the request; may be empty
    bool fromClientLog = false;
    StringDiff diff;       // ours against theirs
    QStringList causes;    // ids, see SignatureAnalyzer::causeCategory()
    QString detail;        // what the cause is about: a header name, two regions, …
};

namespace SignatureAnalyzer {
SignatureFinding analyze(const ParsedInput &input, const QString &secret = {});
// The contract category a cause id belongs to (signature_calc_bug, secret_wrong_signature, …), or
// empty for findings that point at no category on their own.
QString causeCategory(const QString &causeId);
}
