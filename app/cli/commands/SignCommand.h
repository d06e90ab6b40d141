#pragma once

#include <QStringList>

// `bucketdoctor-cli sign --provider cos|oss|s3 [--signature-version 1|4] --method M --url URL
//   [--header "Name: value"]... --access-key-id ID [--region R] [--time UNIX] [--expires SECONDS]
//   [--presign] [--format text|json]`. The secret comes from BUCKETDOCTOR_SECRET_KEY, a file, or a
// prompt without echo; never from the command line, where other users could read it.
namespace SignCommand {
int run(const QStringList &arguments);
}
