#!/usr/bin/env python3
"""Validates tests/fixtures/realworld/cases.json, the corpus of real 403 reports (see its README).

    python3 scripts/check-corpus.py [cases.json] [--counts]

Checks every record: the fields, a category from product.md, a valid provider, store and language,
a GitHub thread as source (no thread twice), a non-empty input, and no unredacted secret in the
input (access key ids, signatures, tokens, secrets). Exits 1 with one line per problem. --counts
prints the counts per provider, store, language and category as Markdown tables.
"""
import collections
import json
import re
import sys

CATEGORIES = {
    "permission_acl_policy", "anonymous_private", "key_invalid_or_disabled", "secret_wrong_signature",
    "signature_calc_bug", "clock_skew", "presign_expired", "sts_token_expired_or_missing", "cors", "referer",
    "wrong_endpoint_region", "archive_not_restored", "kms", "bucket_name_format", "account_or_bucket_disabled",
    "policy_condition_ip_vpc", "other",
}
PROVIDERS = {"cos", "oss", "s3"}
STORES = {"tencent", "alibaba", "aws", "minio", "r2", "b2", "ceph", "wasabi", "spaces", "gcs-interop", "other"}
LANGUAGES = {"en", "zh", "ko"}
FIELDS = ["id", "provider", "store", "source", "language", "input", "category", "detail", "confidence"]

# A placeholder is all X (or REDACTED, or the AWS documentation's EXAMPLE keys); anything else that
# looks like key material is a leak.
SECRETS = [
    ("AWS access key id", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("Alibaba AccessKey id", re.compile(r"\bLTAI[A-Za-z0-9]{12,24}\b")),
    ("Tencent SecretId", re.compile(r"\bAKID[A-Za-z0-9]{13,40}\b")),
    ("signature", re.compile(r"(?i)\b(?:x-amz-signature|x-oss-signature|q-signature|signature)\s*[=:]\s*([A-Za-z0-9%/+=]{16,})")),
    ("Authorization signature", re.compile(r"(?i)\bSignature=([0-9a-f]{32,})")),
    ("OSS V1 Authorization", re.compile(r"\bOSS [A-Za-z0-9]{12,}:([A-Za-z0-9/+=]{20,})")),
    ("security token", re.compile(r"(?i)(?:security-token|securitytoken|x-amz-security-token|session[_-]?token)\s*[=:]\s*\"?([A-Za-z0-9%/+=]{24,})")),
    ("secret key", re.compile(r"(?i)(?:secret[_-]?(?:access[_-]?)?key|accesskeysecret|secret_id|secretid)\s*[=:]\s*[\"']?([A-Za-z0-9/+]{20,})")),
]


def is_placeholder(value):
    v = value.upper()
    return "XXXX" in v or "REDACTED" in v or v.endswith("EXAMPLE") or "EXAMPLEKEY" in v or set(v) <= set("X0*.=")


def problems(records):
    seen_ids, seen_sources = set(), set()
    for r in records:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            yield f"{rid}: fields are {list(r.keys())}, expected {FIELDS}"
        if rid in seen_ids:
            yield f"{rid}: duplicate id"
        seen_ids.add(rid)
        if r.get("category") not in CATEGORIES:
            yield f"{rid}: unknown category {r.get('category')!r}"
        if r.get("provider") not in PROVIDERS:
            yield f"{rid}: unknown provider {r.get('provider')!r}"
        if r.get("store") not in STORES:
            yield f"{rid}: unknown store {r.get('store')!r}"
        if r.get("language") not in LANGUAGES:
            yield f"{rid}: unknown language {r.get('language')!r}"
        if r.get("confidence") not in ("high", "medium"):
            yield f"{rid}: confidence must be high or medium"
        src = r.get("source", "")
        # Rounds 1-5 are GitHub threads; round 6 took question-and-answer pages and blogs. A GitHub
        # source must still name one thread, not a repository or a search.
        if re.match(r"https?://(?:www\.)?github\.com/", src):
            if not re.fullmatch(r"https://github\.com/[^/\s]+/[^/\s]+/(?:issues|pull|discussions)/\d+", src):
                yield f"{rid}: source is not a GitHub thread URL: {src!r}"
        elif not re.fullmatch(r"https?://[^/\s]+\.[^/\s]+(?:/\S*)?", src):
            yield f"{rid}: source is not a web page URL: {src!r}"
        if src in seen_sources:
            yield f"{rid}: source already used: {src}"
        seen_sources.add(src)
        text = r.get("input", "")
        if not text.strip():
            yield f"{rid}: empty input"
        if not r.get("detail", "").strip():
            yield f"{rid}: empty detail"
        for name, pattern in SECRETS:
            for m in pattern.finditer(text):
                value = m.group(m.lastindex or 0)
                if not is_placeholder(value):
                    yield f"{rid}: unredacted {name}: {value[:12]}…"


def table(title, counter):
    lines = [f"| {title} | records |", "|---|---:|"]
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {key} | {n} |")
    return "\n".join(lines)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else "tests/fixtures/realworld/cases.json"
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    found = list(problems(records))
    for p in found:
        print(p)
    if "--counts" in sys.argv:
        C = collections.Counter
        print(f"{len(records)} records\n")
        for title, key in (("provider", "provider"), ("store", "store"), ("language", "language"),
                           ("category", "category"), ("confidence", "confidence")):
            print(table(title, C(r[key] for r in records)) + "\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
