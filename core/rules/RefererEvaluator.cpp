#include "rules/RefererEvaluator.h"

#include "common/Wildcard.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using Decision = RefererVerdict::Decision;
using Reason = RefererVerdict::Reason;
using List = RefererVerdict::List;
using ParseError = RefererVerdict::ParseError;

QString RefererVerdict::reasonId(Reason reason)
{
    switch (reason) {
    case Reason::NotSupported:
        return QStringLiteral("not_supported");
    case Reason::NoConfiguration:
        return QStringLiteral("no_configuration");
    case Reason::MalformedConfiguration:
        return QStringLiteral("malformed_configuration");
    case Reason::Disabled:
        return QStringLiteral("disabled");
    case Reason::SignedRequestNotChecked:
        return QStringLiteral("signed_request_not_checked");
    case Reason::EmptyRefererAllowed:
        return QStringLiteral("empty_referer_allowed");
    case Reason::EmptyRefererAllowedNoWhitelist:
        return QStringLiteral("empty_referer_allowed_no_whitelist");
    case Reason::EmptyRefererDenied:
        return QStringLiteral("empty_referer_denied");
    case Reason::BlacklistHit:
        return QStringLiteral("blacklist_hit");
    case Reason::NotInBlacklist:
        return QStringLiteral("not_in_blacklist");
    case Reason::WhitelistHit:
        return QStringLiteral("whitelist_hit");
    case Reason::NotInWhitelist:
        return QStringLiteral("not_in_whitelist");
    case Reason::NoWhitelist:
        return QStringLiteral("no_whitelist");
    }
    return QString();
}

QString RefererVerdict::decisionId(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return QStringLiteral("allowed");
    case Decision::Denied:
        return QStringLiteral("denied");
    case Decision::NotApplicable:
        return QStringLiteral("not_applicable");
    case Decision::Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

namespace {

// A URL-ish string cut into the parts the COS rules talk about. Referers from non-browser clients
// may lack a scheme, and console entries usually do, so nothing here insists on a full URL.
struct UrlParts {
    QString scheme; // lower case, empty when absent
    QString host;   // lower case, without the port
    int port = -1;  // explicit port, −1 when absent
    QString rest;   // from the first '/', '?' or '#' on (path, query), case kept
};

UrlParts split(const QString &text)
{
    UrlParts parts;
    QString s = text.trimmed();
    const int schemeEnd = s.indexOf(QStringLiteral("://"));
    if (schemeEnd > 0) {
        parts.scheme = s.left(schemeEnd).toLower();
        s = s.mid(schemeEnd + 3);
    }
    int restStart = s.size();
    for (const QChar c : { QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#') }) {
        const int i = s.indexOf(c);
        if (i >= 0 && i < restStart)
            restStart = i;
    }
    QString authority = s.left(restStart);
    parts.rest = s.mid(restStart);
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        authority = authority.mid(at + 1);
    const int colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        bool ok = false;
        const int port = authority.mid(colon + 1).toInt(&ok);
        if (ok) {
            parts.port = port;
            authority = authority.left(colon);
        }
    }
    parts.host = authority.toLower();
    return parts;
}

int effectivePort(const UrlParts &parts)
{
    if (parts.port >= 0)
        return parts.port;
    if (parts.scheme == QLatin1String("http"))
        return 80;
    if (parts.scheme == QLatin1String("https"))
        return 443;
    return -1;
}

// COS host pattern: `*.example.com` covers any subdomain depth (§7.1) and example.com itself: the
// COS hotlink practice page lists example.com among what *.example.com restricts, and its case study
// keeps https://example.com/index.html working under that allowlist and stops https://b.com/… under a
// *.b.com blocklist (https://www.tencentcloud.com/document/product/436/32466). `prefix` keeps the
// documented prefix rule (`www.example.com` matches `www.example.com.cn`) when the entry has
// neither port nor path; otherwise the host must match whole.
bool cosHostMatches(const QString &pattern, const QString &host, bool prefix)
{
    const int options = Wildcard::StarNeedsOne | (prefix ? Wildcard::Prefix : 0);
    if (pattern.startsWith(QLatin1String("*.")) && Wildcard::match(pattern.mid(2), host, Qt::CaseSensitive, options))
        return true;
    return Wildcard::match(pattern, host, Qt::CaseSensitive, options);
}

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("false")) {
        *value = false;
        return true;
    }
    return false;
}

RefererParseResult failure(ParseError error, const QString &detail)
{
    RefererParseResult r;
    r.error = error;
    r.detail = detail;
    return r;
}

// Reads the <Child> texts of a list element such as <DomainList><Domain>…</Domain></DomainList>.
// Empty entries are kept so that indexes match the document.
QStringList readList(QXmlStreamReader &xml, const QString &child)
{
    QStringList items;
    while (xml.readNextStartElement()) {
        if (xml.name() == child)
            items.append(xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed());
        else
            xml.skipCurrentElement();
    }
    return items;
}

RefererVerdict verdict(Decision decision, Reason reason, List list = List::None, int index = -1,
                       const QString &pattern = QString())
{
    RefererVerdict v;
    v.decision = decision;
    v.reason = reason;
    v.list = list;
    v.index = index;
    v.pattern = pattern;
    return v;
}

RefererVerdict evaluateCos(const RefererConfig &config, const RefererRequest &request)
{
    if (!config.cosEnabled)
        return verdict(Decision::Allowed, Reason::Disabled);
    // §7.1: signed requests are not checked, whether signed by header or by URL.
    if (request.auth != RefererRequest::Auth::Anonymous)
        return verdict(Decision::Allowed, Reason::SignedRequestNotChecked);

    const bool white = config.cosType == RefererConfig::ListType::WhiteList;
    const List list = white ? List::Whitelist : List::Blacklist;
    RefererVerdict v;
    if (request.referer.trimmed().isEmpty()) {
        if (white || RefererEvaluator::kCosEmptyRuleAppliesToBlackList) {
            v = verdict(config.cosAllowEmpty ? Decision::Allowed : Decision::Denied,
                        config.cosAllowEmpty ? Reason::EmptyRefererAllowed : Reason::EmptyRefererDenied);
        } else {
            v = verdict(Decision::Allowed, Reason::NotInBlacklist);
        }
        v.detail = QStringLiteral("EmptyReferConfiguration=%1")
                       .arg(config.cosAllowEmpty ? QStringLiteral("Allow") : QStringLiteral("Deny"));
        return v;
    }
    for (int i = 0; i < config.cosDomains.size(); ++i) {
        if (RefererEvaluator::cosEntryMatches(config.cosDomains.at(i), request.referer)) {
            v = verdict(white ? Decision::Allowed : Decision::Denied, white ? Reason::WhitelistHit : Reason::BlacklistHit,
                        list, i, config.cosDomains.at(i));
            v.comparedReferer = request.referer;
            return v;
        }
    }
    v = verdict(white ? Decision::Denied : Decision::Allowed, white ? Reason::NotInWhitelist : Reason::NotInBlacklist);
    v.comparedReferer = request.referer;
    v.detail = request.referer;
    return v;
}

RefererVerdict evaluateOss(const RefererConfig &config, const RefererRequest &request)
{
    // §7.2: only anonymous and signed-URL requests are checked.
    if (request.auth == RefererRequest::Auth::AuthorizationHeader)
        return verdict(Decision::Allowed, Reason::SignedRequestNotChecked);

    RefererVerdict v;
    // Step 1 of the hotlink doc's order: the empty-Referer rule, before either list.
    if (request.referer.trimmed().isEmpty()) {
        if (config.ossAllowEmpty)
            v = verdict(Decision::Allowed, Reason::EmptyRefererAllowed);
        else if (config.ossWhitelist.isEmpty())
            v = verdict(Decision::Allowed, Reason::EmptyRefererAllowedNoWhitelist);
        else
            v = verdict(Decision::Denied, Reason::EmptyRefererDenied);
        v.detail = QStringLiteral("AllowEmptyReferer=%1")
                       .arg(config.ossAllowEmpty ? QStringLiteral("true") : QStringLiteral("false"));
        return v;
    }

    const QString compared = RefererEvaluator::ossComparedReferer(request.referer, config.ossTruncateQueryString,
                                                                  config.ossTruncatePath);
    // Step 2: the blacklist denies at once.
    for (int i = 0; i < config.ossBlacklist.size(); ++i) {
        if (RefererEvaluator::ossEntryMatches(config.ossBlacklist.at(i), compared)) {
            v = verdict(Decision::Denied, Reason::BlacklistHit, List::Blacklist, i, config.ossBlacklist.at(i));
            v.comparedReferer = compared;
            return v;
        }
    }
    // Step 3: the whitelist. An empty one restricts nothing (sending it empty clears the rule).
    if (config.ossWhitelist.isEmpty()) {
        v = verdict(Decision::Allowed, Reason::NoWhitelist);
        v.comparedReferer = compared;
        return v;
    }
    for (int i = 0; i < config.ossWhitelist.size(); ++i) {
        if (RefererEvaluator::ossEntryMatches(config.ossWhitelist.at(i), compared)) {
            v = verdict(Decision::Allowed, Reason::WhitelistHit, List::Whitelist, i, config.ossWhitelist.at(i));
            v.comparedReferer = compared;
            return v;
        }
    }
    v = verdict(Decision::Denied, Reason::NotInWhitelist);
    v.comparedReferer = compared;
    v.detail = compared;
    return v;
}

RefererParseResult parseCos(QXmlStreamReader &xml)
{
    RefererParseResult r;
    bool sawStatus = false;
    bool sawType = false;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("DomainList")) {
            r.config.cosDomains += readList(xml, QStringLiteral("Domain"));
            continue;
        }
        if (name != QLatin1String("Status") && name != QLatin1String("RefererType")
            && name != QLatin1String("EmptyReferConfiguration")) {
            xml.skipCurrentElement(); // unknown elements: newer API versions may add some
            continue;
        }
        const QString element = name.toString();
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (element == QLatin1String("Status")) {
            sawStatus = true;
            if (value.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0)
                r.config.cosEnabled = true;
            else if (value.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0)
                r.config.cosEnabled = false;
            else
                return failure(ParseError::InvalidValue, QStringLiteral("Status=%1").arg(value));
        } else if (element == QLatin1String("RefererType")) {
            sawType = true;
            if (value.compare(QLatin1String("White-List"), Qt::CaseInsensitive) == 0)
                r.config.cosType = RefererConfig::ListType::WhiteList;
            else if (value.compare(QLatin1String("Black-List"), Qt::CaseInsensitive) == 0)
                r.config.cosType = RefererConfig::ListType::BlackList;
            else
                return failure(ParseError::InvalidValue, QStringLiteral("RefererType=%1").arg(value));
        } else {
            if (value.compare(QLatin1String("Allow"), Qt::CaseInsensitive) == 0)
                r.config.cosAllowEmpty = true;
            else if (value.compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0 || value.isEmpty())
                r.config.cosAllowEmpty = false;
            else
                return failure(ParseError::InvalidValue, QStringLiteral("EmptyReferConfiguration=%1").arg(value));
        }
    }
    if (xml.hasError())
        return r; // reported by the caller with position
    if (!sawStatus)
        return failure(ParseError::MissingElement, QStringLiteral("Status"));
    // RefererType only matters when the rule is on; a disabled rule may come without it.
    if (!sawType && r.config.cosEnabled)
        return failure(ParseError::MissingElement, QStringLiteral("RefererType"));
    return r;
}

RefererParseResult parseOss(QXmlStreamReader &xml)
{
    RefererParseResult r;
    r.config.ossTruncateQueryString = RefererEvaluator::kOssAllowTruncateQueryStringDefault;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("RefererList")) {
            r.config.ossWhitelist += readList(xml, QStringLiteral("Referer"));
            continue;
        }
        if (name == QLatin1String("RefererBlacklist")) {
            r.config.ossBlacklist += readList(xml, QStringLiteral("Referer"));
            continue;
        }
        bool *target = nullptr;
        if (name == QLatin1String("AllowEmptyReferer"))
            target = &r.config.ossAllowEmpty;
        else if (name == QLatin1String("AllowTruncateQueryString"))
            target = &r.config.ossTruncateQueryString;
        else if (name == QLatin1String("TruncatePath"))
            target = &r.config.ossTruncatePath;
        if (!target) {
            xml.skipCurrentElement();
            continue;
        }
        const QString element = name.toString();
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
        if (!parseBool(value, target))
            return failure(ParseError::InvalidValue, QStringLiteral("%1=%2").arg(element, value.trimmed()));
    }
    return r;
}

} // namespace

namespace RefererEvaluator {

bool cosEntryMatches(const QString &entry, const QString &referer)
{
    const UrlParts e = split(entry);
    const UrlParts r = split(referer);
    if (e.host.isEmpty())
        return false;
    // An entry without a scheme matches http and https; with one, only that scheme (§7.1).
    if (!e.scheme.isEmpty() && e.scheme != r.scheme)
        return false;
    const bool hasPort = e.port >= 0;
    const bool hasPath = !e.rest.isEmpty();
    if (hasPort && e.port != effectivePort(r))
        return false;
    // Prefix match on the whole string means: with neither port nor path in the entry, the host
    // itself may be longer (`www.example.com.cn`); otherwise the host is complete and the prefix
    // rule moves on to the path (`www.qq.com/example` matches `www.qq.com/example/a.jpg`).
    if (!cosHostMatches(e.host, r.host, !hasPort && !hasPath))
        return false;
    return !hasPath || r.rest.startsWith(e.rest);
}

bool ossEntryMatches(const QString &entry, const QString &comparedReferer)
{
    const QString pattern = entry.trimmed();
    if (pattern.isEmpty())
        return false;
    // Case-insensitive: host names are, and the docs show no case-sensitive example (our inference).
    return Wildcard::match(pattern, comparedReferer, Qt::CaseInsensitive,
                           Wildcard::QuestionMark | (kOssPrefixMatch ? Wildcard::Prefix : 0));
}

QString ossComparedReferer(const QString &referer, bool truncateQueryString, bool truncatePath)
{
    QString s = referer.trimmed();
    if (truncatePath) {
        // "Truncate everything from the path onward": keep scheme://authority.
        const int schemeEnd = s.indexOf(QStringLiteral("://"));
        const int from = schemeEnd >= 0 ? schemeEnd + 3 : 0;
        int cut = s.size();
        for (const QChar c : { QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#') }) {
            const int i = s.indexOf(c, from);
            if (i >= 0 && i < cut)
                cut = i;
        }
        return s.left(cut);
    }
    if (truncateQueryString) {
        const int q = s.indexOf(QLatin1Char('?'));
        if (q >= 0)
            s.truncate(q);
    }
    return s;
}

RefererParseResult parse(Provider provider, const QString &text)
{
    if (provider != Provider::Cos && provider != Provider::Oss)
        return failure(ParseError::UnsupportedProvider, Providers::id(provider));
    QXmlStreamReader xml(text.trimmed());
    if (!xml.readNextStartElement()) {
        return failure(ParseError::MalformedXml, xml.hasError() ? xml.errorString() : QStringLiteral("no root element"));
    }
    if (xml.name() != QLatin1String("RefererConfiguration"))
        return failure(ParseError::WrongRootElement, xml.name().toString());
    RefererParseResult r = provider == Provider::Cos ? parseCos(xml) : parseOss(xml);
    if (r.ok()) {
        // Read to the end so that trailing garbage or an unclosed tag is not silently accepted.
        while (!xml.atEnd() && !xml.hasError())
            xml.readNext();
    }
    if (xml.hasError()) {
        return failure(ParseError::MalformedXml, QStringLiteral("%1 (line %2, column %3)")
                                                     .arg(xml.errorString())
                                                     .arg(xml.lineNumber())
                                                     .arg(xml.columnNumber()));
    }
    return r;
}

RefererVerdict evaluate(Provider provider, const RefererConfig &config, const RefererRequest &request)
{
    switch (provider) {
    case Provider::Cos:
        return evaluateCos(config, request);
    case Provider::Oss:
        return evaluateOss(config, request);
    case Provider::S3:
    case Provider::Unknown:
        break;
    }
    RefererVerdict v = verdict(Decision::NotApplicable, Reason::NotSupported);
    v.detail = Providers::id(provider);
    return v;
}

RefererVerdict evaluate(Provider provider, const QString &xml, const RefererRequest &request)
{
    if (provider != Provider::Cos && provider != Provider::Oss)
        return evaluate(provider, RefererConfig(), request);
    if (xml.trimmed().isEmpty())
        return verdict(Decision::Allowed, Reason::NoConfiguration);
    const RefererParseResult parsed = parse(provider, xml);
    if (!parsed.ok()) {
        RefererVerdict v = verdict(Decision::Invalid, Reason::MalformedConfiguration);
        v.error = parsed.error;
        v.detail = parsed.detail;
        return v;
    }
    return evaluate(provider, parsed.config, request);
}

} // namespace RefererEvaluator
