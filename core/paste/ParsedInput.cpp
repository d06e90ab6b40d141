#include "paste/ParsedInput.h"

namespace {
QString findHeader(const HeaderList &headers, const QString &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}
}

QString ParsedInput::requestHeader(const QString &name) const
{
    return findHeader(requestHeaders, name);
}

QString ParsedInput::responseHeader(const QString &name) const
{
    return findHeader(responseHeaders, name);
}

QString ParsedInput::extraField(const QString &name) const
{
    for (const auto &field : extraFields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}
