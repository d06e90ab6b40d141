#!/usr/bin/env node
// Cross-checks `bucketdoctor-cli sign` against the providers' own Node.js SDKs (issue 4, item 3).
//
// A seeded generator builds requests per provider and form (object keys with spaces, `+`, `%`,
// `~`, `*`, CJK and emoji; many query parameters with and without values; mixed-case headers;
// random times; security tokens sometimes). Each request is signed by the SDK in-process and by the
// CLI (one process per request), and the results are compared byte for byte.
//
// Where an SDK departs from the provider's documented algorithm, or needs the caller to do part of
// the work, the adaptation lives in a function named `quirk…` below, with the SDK file it comes
// from. Quirks adapt the input (or, for URLs, normalise a documented encoding difference); no case
// is ever skipped, and every adaptation is counted in the report.
//
// Environment:
//   BUCKETDOCTOR_CLI              path to bucketdoctor-cli (required)
//   BUCKETDOCTOR_CROSSCHECK_SEED  PRNG seed (default 20240607)
//   BUCKETDOCTOR_CROSSCHECK_COUNT requests per form (default 300)
//   BUCKETDOCTOR_CROSSCHECK_JOBS  CLI processes run at once (default: available CPUs)
//   BUCKETDOCTOR_CROSSCHECK_ONLY  run one form (`oss-v4-url`) or one case (`oss-v4-url#17`)
//
// Output: the seed, per-form counts, quirk counts, the first mismatches with both sides and a
// command that reproduces each, then one last line `N passed, M failed`. Exit status 1 on any
// mismatch, 2 when the harness itself cannot run.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import process from 'node:process';

const require = createRequire(import.meta.url);
const COS = require('cos-nodejs-sdk-v5');
const OSS = require('ali-oss');
const ossSign = require('ali-oss/lib/common/signUtils.js');
const { SignatureV4 } = require('@smithy/signature-v4');
const { Hash } = require('@smithy/hash-node');
// How the AWS SDK's Node.js runtime config builds the signer's hash: `Hash.bind(null, 'sha256')`.
const Sha256 = Hash.bind(null, 'sha256');

const CLI = process.env.BUCKETDOCTOR_CLI;
const SEED = process.env.BUCKETDOCTOR_CROSSCHECK_SEED || '20240607';
const COUNT = Number(process.env.BUCKETDOCTOR_CROSSCHECK_COUNT || 300);
const JOBS = Number(process.env.BUCKETDOCTOR_CROSSCHECK_JOBS || (os.availableParallelism ? os.availableParallelism() : os.cpus().length));
const ONLY = process.env.BUCKETDOCTOR_CROSSCHECK_ONLY || '';
const SHOW_MISMATCHES = 5;

// ------------------------------------------------------------------------------------------------
// Deterministic randomness: one independent stream per case, so `form#index` reproduces alone.

function hashSeed(text) {
  // xmur3
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

function makeRng(text) {
  let a = hashSeed(text);
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: p => next() < p,
    pick: list => list[Math.floor(next() * list.length)],
    shuffle: list => {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return rng;
}

// ------------------------------------------------------------------------------------------------
// Text generators.

const KEY_ATOMS = [
  'photo', 'a', 'data', '2024', 'log', 'README', 'Backup', 'v1.2', 'x', 'IMG_0001.jpg', 'report.pdf',
  ' ', '  ', '+', '%', '%20', '%2F', '~', '*', '测试', '文件', '数据', '한국어', 'ファイル', '😀', '🚀', '👍🏽',
  '!', "'", '(', ')', '&', '=', '?', '#', ',', ';', ':', '@', '$', '[', ']', '-', '_', '.', 'é', 'ß',
  '^', '`', '{', '}', '|', '"', '<', '>', '\\',
];
const VALUE_ATOMS = [
  'value', 'abc', 'A', '1', '0', '42', 'image/jpeg', 'attachment; filename="a b.txt"', 'GET', 'bytes=0-9',
  ' ', '+', '%', '%2B', '~', '*', '/', '=', '&', '?', '#', ':', ',', ';', '!', "'", '(', ')', '测试', '值',
  '😀', 'é', '@', '$', 'Ünïcödé',
];
const QUERY_NAMES = [
  'prefix', 'max-keys', 'marker', 'delimiter', 'list-type', 'continuation-token', 'encoding-type',
  'versionId', 'uploadId', 'partNumber', 'acl', 'tagging', 'uploads', 'delete', 'cors', 'referer',
  'response-content-type', 'response-content-disposition', 'response-cache-control', 'response-expires',
  'x-oss-process', 'x-oss-traffic-limit', 'policy', 'lifecycle', 'restore', 'versions', 'location',
  'start-after', 'fetch-owner', 'ci-process', 'imageMogr2/thumbnail/!50p', 'Foo', 'BAR', 'camelCase',
  'a b', 'a+b', '键', 'emoji😀', 'a*b', 'a~b', 'a%b', 'a/b', 'x', 'Z', '_private', 'UploadId',
];
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(rng, alphabet, lo, hi) {
  let out = '';
  const n = rng.int(lo, hi);
  for (let i = 0; i < n; i++) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}

function randomText(rng, atoms, lo, hi) {
  let out = '';
  const n = rng.int(lo, hi);
  for (let i = 0; i < n; i++) out += rng.pick(atoms);
  return out;
}

function randomKey(rng) {
  if (rng.chance(0.08)) return ''; // bucket-level request
  const segments = [];
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    if (i > 0 && rng.chance(0.03)) segments.push(rng.pick(['.', '..']));
    else segments.push(randomText(rng, KEY_ATOMS, 1, 5));
  }
  let key = segments.join('/');
  if (rng.chance(0.08)) key += '/'; // a "folder" marker object
  return key.replace(/^\/+/, 'x/');
}

function randomCase(rng, name) {
  switch (rng.int(0, 3)) {
    case 0: return name.toLowerCase();
    case 1: return name.replace(/(^|-)([a-z])/g, (m, d, c) => d + c.toUpperCase());
    case 2: return name.toUpperCase();
    default: return [...name].map(c => (rng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
  }
}

// A CLI bug this check found (issue 4 item 3): SignCommand's header parsing and the signers trimmed
// header values with QString::trimmed(), which also strips Unicode spaces such as U+00A0 and U+3000
// (the full-width space of a Chinese IME). RFC 9110 OWS and SigV4 "trimall" are SP/HTAB only, and so
// are @smithy/signature-v4 and cos-nodejs-sdk-v5 (which trims nothing); ali-oss trims with
// String.prototype.trim, like the CLI's OSS signers. The CLI now trims only SP/HTAB for COS and
// SigV4 (SignUtil::trimHttp); such values are drawn by default (BUCKETDOCTOR_CROSSCHECK_UNICODE_EDGE_SPACE=0 turns them off).
const UNICODE_EDGE_SPACE = process.env.BUCKETDOCTOR_CROSSCHECK_UNICODE_EDGE_SPACE !== '0';

function randomHeaderValue(rng) {
  let v = randomText(rng, ['text', 'A', 'b', '1', ' ', '  ', '\t', '=', '/', ';', ',', '"', '测试', 'é', 'x-y', '+', '%', '*', '~', '\u00a0', '\u3000'], 0, 6);
  v = v.trim(); // the wire value: no leading or trailing whitespace of any kind
  const edge = rng.chance(0.2) ? rng.pick(['\u00a0', '\u3000']) : '';
  if (UNICODE_EDGE_SPACE && v !== '') v = rng.chance(0.5) ? v + edge : edge + v;
  return v;
}

function rfc1123(seconds) {
  return new Date(seconds * 1000).toUTCString();
}

function isoBasic(seconds) {
  return new Date(seconds * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function randomTime(rng) {
  return rng.int(946684800, 2145916799); // 2000-01-01 .. 2037-12-31
}

function randomMd5(rng) {
  return Buffer.from(Array.from({ length: 16 }, () => rng.int(0, 255))).toString('base64');
}

function randomHex(rng, n) {
  return randomChars(rng, '0123456789abcdef', n, n);
}

// ------------------------------------------------------------------------------------------------
// Encoding.

function hex(byte, lower) {
  const h = byte.toString(16).toUpperCase().padStart(2, '0');
  return lower ? h.toLowerCase() : h;
}

// RFC 3986 strict: everything but A-Z a-z 0-9 - . _ ~ is percent-encoded, upper-case hex.
function encodeStrict(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, c => `%${hex(c.charCodeAt(0))}`);
}

function encodeKeepSlash(text) {
  return encodeStrict(text).replace(/%2F/g, '/');
}

// How the test writes a path or query part in the URL given to the CLI: a valid but irregular
// spelling (lower-case hex, needless escapes, raw sub-delims, raw UTF-8), because the CLI signs what
// the server decodes, not the bytes the user happened to paste.
function encodeForCli(rng, text, { inPath }) {
  const lowerHex = rng.chance(0.3);
  const safeRaw = inPath ? "!$&'()*+,;=:@" : "!$'()*,;:@/?";
  let out = '';
  for (const ch of text) {
    if (inPath && ch === '/') {
      out += '/';
      continue;
    }
    const escape = () => {
      for (const b of Buffer.from(ch, 'utf8')) out += `%${hex(b, lowerHex)}`;
    };
    if (/^[A-Za-z0-9\-._~]$/.test(ch)) {
      if (rng.chance(0.04)) escape();
      else out += ch;
    } else if (safeRaw.includes(ch)) {
      if (rng.chance(0.5)) out += ch;
      else escape();
    } else if (ch.codePointAt(0) > 0x7f && rng.chance(0.2)) {
      out += ch;
    } else {
      escape();
    }
  }
  return out;
}

function decodeComponent(text) {
  return decodeURIComponent(text);
}

// Splits a URL's query into decoded [key, value] pairs; a bare `k` reads as `k=`.
function queryPairs(query) {
  if (!query) return [];
  return query
    .split('&')
    .filter(Boolean)
    .map(part => {
      const eq = part.indexOf('=');
      return eq < 0 ? [decodeComponent(part), ''] : [decodeComponent(part.slice(0, eq)), decodeComponent(part.slice(eq + 1))];
    });
}

function splitUrl(url) {
  const m = /^([a-z]+):\/\/([^/?#]+)([^?#]*)(?:\?([^#]*))?/i.exec(url);
  if (!m) throw new Error(`cannot split URL ${url}`);
  return { scheme: m[1].toLowerCase(), host: m[2], path: m[3] || '/', query: m[4] || '' };
}

function sortedPairs(pairs) {
  return pairs
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('\n');
}

// ------------------------------------------------------------------------------------------------
// Query and header generation shared by the providers.

function randomQuery(rng, { maxParams, uniqueBy, allowDuplicates = false, reserved = () => false }) {
  const items = [];
  const seen = new Set();
  const n = rng.int(0, maxParams);
  for (let i = 0; i < n; i++) {
    let key = rng.chance(0.7) ? rng.pick(QUERY_NAMES) : randomText(rng, KEY_ATOMS, 1, 3);
    if (rng.chance(0.15)) key = randomCase(rng, key);
    if (reserved(key)) continue;
    const id = uniqueBy(key);
    if (seen.has(id) && !(allowDuplicates && rng.chance(0.5))) continue;
    seen.add(id);
    const r = rng.next();
    if (r < 0.2) items.push({ key, value: '', hasValue: false });
    else if (r < 0.3) items.push({ key, value: '', hasValue: true });
    else items.push({ key, value: randomText(rng, VALUE_ATOMS, 1, 5), hasValue: true });
  }
  return items;
}

function cliQueryString(rng, items) {
  return items
    .map(it => encodeForCli(rng, it.key, { inPath: false }) + (it.hasValue ? '=' + encodeForCli(rng, it.value, { inPath: false }) : ''))
    .join('&');
}

// Header spec: {name (as written), value (as it goes on the wire, trimmed)}.
function cliHeaderArgs(rng, headers) {
  const args = [];
  for (const h of headers) {
    const before = rng.pick(['', ' ', ' ', '  ']);
    const after = rng.pick(['', '', ' ', '\t']);
    args.push('--header', `${h.name}:${before}${h.value}${after}`);
  }
  return args;
}

function addHeader(list, rng, name, value) {
  if (list.some(h => h.name.toLowerCase() === name.toLowerCase())) return;
  list.push({ name: randomCase(rng, name), value });
}

function headerObject(headers) {
  const out = {};
  for (const h of headers) out[h.name] = h.value;
  return out;
}

// Keeps the largest subset of `items` (already in the documented order) whose order the SDK's own
// comparator agrees with. Used by the sort-order quirks below.
function keepOrderAgreeing(items, sdkLess) {
  const n = items.length;
  if (n < 2) return items;
  const best = new Array(n).fill(1);
  const prev = new Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (sdkLess(items[j], items[i]) && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (best[i] > best[end]) end = i;
  const keep = [];
  for (let i = end; i >= 0; i = prev[i]) keep.push(items[i]);
  return keep.reverse();
}

// ------------------------------------------------------------------------------------------------
// Quirks. Each one names an SDK behaviour, cites where it lives, and says how the input is adapted.

const quirkCounts = new Map();
function noteQuirk(name) {
  quirkCounts.set(name, (quirkCounts.get(name) || 0) + 1);
}

// cos-nodejs-sdk-v5 sdk/util.js `obj2str`: HttpParameters and HttpHeaders are ordered by the raw,
// lower-cased key (`getObjectKeys(obj)`), while q-url-param-list / q-header-list are ordered by the
// URL-encoded, lower-cased key (`getObjectKeys(obj, true)`). COS doc 7778 (providers.md §2.1 step 3)
// sorts the encoded keys. The two orders differ when a key holds a character that gets encoded
// (`%xx` sorts before any unreserved character, the raw character may not), and then the SDK
// signs a string whose order does not follow its own list. Adaptation: keep the largest set of
// parameters on which both orders agree.
function quirkCosJsSortsHttpParametersByRawKey(items) {
  const spec = items.slice().sort((a, b) => (encodeStrict(a.key).toLowerCase() < encodeStrict(b.key).toLowerCase() ? -1 : 1));
  const kept = keepOrderAgreeing(spec, (a, b) => a.key.toLowerCase() < b.key.toLowerCase());
  if (kept.length !== items.length) {
    noteQuirk('quirkCosJsSortsHttpParametersByRawKey');
    return items.filter(it => kept.includes(it));
  }
  return items;
}

// cos-nodejs-sdk-v5 sdk/util.js `getSignHeaderObj` tests `key.indexOf('x-cos-') > -1` (and the same
// for `x-ci-`), so it signs a header with `x-cos-` anywhere in its name (`X-Proxy-X-Cos-Trace`).
// providers.md §2.1 step 4 signs the allow-list plus names that start with `x-cos-`/`x-ci-`, and so
// does the CLI. Adaptation: do not hand such headers to the JS SDK.
function quirkCosJsMatchesXCosAnywhereInName(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const inside = (lower.includes('x-cos-') && !lower.startsWith('x-cos-')) || (lower.includes('x-ci-') && !lower.startsWith('x-ci-'));
    if (inside) noteQuirk('quirkCosJsMatchesXCosAnywhereInName');
    else out[name] = value;
  }
  return out;
}

// cos-nodejs-sdk-v5 sdk/base.js `submitRequest`: `opt.headers[token] = params.AuthData.SecurityToken`
// runs after `util.getAuth`, so the JS SDK sends x-cos-security-token unsigned. cos-python-sdk-v5
// (qcloud_cos/cos_auth.py) adds it before signing, so it lands in q-header-list, and so does our
// CLI. Adaptation: hand the token header to `COS.getAuthorization` as the Python SDK would.
function quirkCosJsAddsTokenAfterSigning(headers, token) {
  noteQuirk('quirkCosJsAddsTokenAfterSigning');
  return { ...headers, 'x-cos-security-token': token };
}

// ali-oss lib/common/signUtils.js `buildCanonicalString`: the Date slot is `expires ||
// headers['x-oss-date']`; the `Date` header is never read, because lib/common/utils/createRequest.js
// always sends x-oss-date. providers.md §2.2.1 (and oss2/auth.py) sign `Date` when x-oss-date is
// absent; the CLI adds `Date: <RFC 1123 of --time>` when neither is given. Adaptation: without
// x-oss-date, pass the Date value (given, or RFC 1123 of the time) as the SDK's slot argument.
function quirkAliOssV1DateSlotReadsOnlyXOssDate(headers, time) {
  const date = Object.entries(headers).find(([k]) => k.toLowerCase() === 'date');
  noteQuirk('quirkAliOssV1DateSlotReadsOnlyXOssDate');
  return date ? date[1] : rfc1123(time);
}

// ali-oss has no sub-resource list: `client.authorization(method, resource, subres, headers)` and
// `signatureUrl(name, {subResource})` sign exactly the parameters the caller passes (each API in
// lib/object.js passes its own). oss2/auth.py `_subresource_key_set` (providers.md §2.2.1) decides
// which query parameters are sub-resources, and so does the CLI. Adaptation: pass the SDK only the
// parameters in that list; the others must still appear, unsigned, in the CLI's URL.
const OSS_SUBRESOURCES = new Set(
  ('response-content-type, response-content-language, response-cache-control, logging, response-content-encoding, acl, ' +
    'uploadId, uploads, partNumber, group, link, delete, website, location, objectInfo, objectMeta, response-expires, ' +
    'response-content-disposition, cors, lifecycle, restore, qos, referer, stat, bucketInfo, append, position, ' +
    'security-token, live, comp, status, vod, startTime, endTime, x-oss-process, symlink, callback, callback-var, ' +
    'tagging, encryption, versions, versioning, versionId, policy, requestPayment, x-oss-traffic-limit, qosInfo, ' +
    'asyncFetch, x-oss-request-payer, sequential, inventory, inventoryId, continuation-token, worm, wormId, wormExtend, ' +
    'replication, replicationLocation, replicationProgress, transferAcceleration, cname, metaQuery, x-oss-ac-source-ip, ' +
    'x-oss-ac-subnet-mask, x-oss-ac-vpc-id, x-oss-ac-forward-allow, resourceGroup, style, styleName, ' +
    'x-oss-async-process, regionList, x-oss-write-get-object-response, bucketArchiveDirectRead, httpsConfig, ' +
    'redundancyTransition, x-oss-target-redundancy-type, x-oss-redundancy-transition-taskid, accessPoint, ' +
    'accessPointPolicy, publicAccessBlock, x-oss-access-point-name, requesterQosInfo, qosRequester, ' +
    'resourcePoolInfo, resourcePool, resourcePoolBuckets')
    .split(',')
    .map(s => s.trim()),
);
function quirkAliOssCallerChoosesSubresources(items) {
  const sub = {};
  let dropped = false;
  for (const it of items) {
    if (OSS_SUBRESOURCES.has(it.key)) sub[it.key] = it.hasValue ? it.value : null;
    else dropped = true;
  }
  if (dropped) noteQuirk('quirkAliOssCallerChoosesSubresources');
  return sub;
}

// ali-oss lib/common/utils/getReqUrl.js builds the URL path with `utility.encodeURIComponent(name)`
// (then `%2F` back to `/` and `+` to `%2B`), which leaves `!'()*` unescaped; the CLI writes the
// RFC 3986 form with those escaped. Same bytes for the server. Adaptation (comparison only):
// escape `!'()*` in the SDK's path before comparing it with the CLI's.
function quirkAliOssUrlPathLeavesSubDelims(path) {
  if (/[!'()*]/.test(path)) noteQuirk('quirkAliOssUrlPathLeavesSubDelims');
  return path.replace(/[!'()*]/g, c => `%${hex(c.charCodeAt(0))}`);
}

// ali-oss lib/common/object/signatureUrl.js throws "Invalid object name" for a key that starts with
// `?` unless its third argument, `strictObjectNameValidation`, is false. OSS allows such keys.
// Adaptation: pass false for those keys.
function quirkAliOssRejectsKeyStartingWithQuestionMark(key) {
  if (!/^\?/.test(key)) return true;
  noteQuirk('quirkAliOssRejectsKeyStartingWithQuestionMark');
  return false;
}

// ali-oss lib/common/signUtils.js `getCanonicalRequest` sorts the V4 canonical query with
// `qs.stringify(queries, {sort: (a, b) => a.localeCompare(b)})`: a locale collation of the raw keys.
// providers.md §2.2.3 and the Go SDK v2 (signer_test.go) sort the encoded keys by byte, so the two
// differ for mixed case (`B` < `a` by byte), for `_` against `-`, and for keys with encoded
// characters. In the URL form the SDK's own x-oss-* parameters (`fixedKeys`) take part in the same
// sort. Adaptation: drop the parameters whose order against a fixed key differs, then keep the
// largest set of the rest on which both orders agree.
function quirkAliOssV4SortsQueryWithLocaleCompare(items, fixedKeys = []) {
  const specLess = (a, b) => encodeStrict(a) < encodeStrict(b);
  const sdkLess = (a, b) => a.localeCompare(b) < 0;
  const agreesWithFixed = it => fixedKeys.every(f => specLess(it.key, f) === sdkLess(it.key, f));
  const spec = items.filter(agreesWithFixed).sort((a, b) => (specLess(a.key, b.key) ? -1 : 1));
  const kept = keepOrderAgreeing(spec, (a, b) => sdkLess(a.key, b.key));
  if (kept.length !== items.length) {
    noteQuirk('quirkAliOssV4SortsQueryWithLocaleCompare');
    return items.filter(it => kept.includes(it));
  }
  return items;
}

// ali-oss lib/common/signUtils.js `getCanonicalRequest` uses qs with `strictNullHandling`: `null`
// gives `k`, an empty string gives `k=`. providers.md §2.2.3 (vector `+param2=` → `%2Bparam2`)
// writes a parameter with an empty value as bare `k`. Adaptation: pass empty values as null, as
// lib/common/utils/createRequest.js does for sub-resources (`v[1] === '' ? null : v[1]`).
function quirkAliOssV4EmptyValueNeedsNull(items) {
  const queries = {};
  for (const it of items) {
    if (it.value === '') {
      if (it.hasValue) noteQuirk('quirkAliOssV4EmptyValueNeedsNull');
      queries[it.key] = null;
    } else {
      queries[it.key] = it.value;
    }
  }
  return queries;
}

// ali-oss: `authorizationV4` signs the headers it is given; lib/common/utils/createRequest.js adds
// x-oss-date (ISO 8601 basic), x-oss-content-sha256: UNSIGNED-PAYLOAD and x-oss-security-token
// before calling it. Adaptation: add them here the same way (the CLI adds the same three).
function quirkAliOssCreateRequestAddsV4Headers(headers, time, token) {
  noteQuirk('quirkAliOssCreateRequestAddsV4Headers');
  const out = { ...headers, 'x-oss-date': isoBasic(time) };
  if (!Object.keys(out).some(k => k.toLowerCase() === 'x-oss-content-sha256')) out['x-oss-content-sha256'] = 'UNSIGNED-PAYLOAD';
  if (token) out['x-oss-security-token'] = token;
  return out;
}

// @smithy/signature-v4 `prepareRequest` deletes `authorization`, `x-amz-date` and `date`
// (GENERATED_HEADERS) before signing, so a `Date` header is never signed; the CLI signs it, as the
// S3 doc example "PUT /test$file.text" does (providers.md §2.3). Adaptation: S3 requests carry no
// Date header.
function quirkSmithyDropsDateHeader(headers) {
  const kept = headers.filter(h => h.name.toLowerCase() !== 'date');
  if (kept.length !== headers.length) noteQuirk('quirkSmithyDropsDateHeader');
  return kept;
}

// @smithy/signature-v4 ALWAYS_UNSIGNABLE_HEADERS holds `cache-control` besides the hop-by-hop list
// the CLI shares, and UNSIGNABLE_PATTERNS skip `proxy-*` and `sec-*`. SigV4 lets the client choose
// what to sign; the CLI signs those three. Adaptation: name them in `signableHeaders`, the signer's
// documented override, so both sign the same header set.
function quirkSmithyNeverSignsCacheControlProxySec(headers) {
  const names = headers.map(h => h.name.toLowerCase()).filter(n => n === 'cache-control' || /^proxy-/.test(n) || /^sec-/.test(n));
  if (names.length) noteQuirk('quirkSmithyNeverSignsCacheControlProxySec');
  return new Set(names);
}

// @smithy/signature-v4 `getPayloadHash`: without an x-amz-content-sha256 header it hashes the body,
// and an absent body gives the empty-string hash e3b0…; the S3 client middleware sets the header,
// and the CLI uses UNSIGNED-PAYLOAD. Adaptation (header form): send UNSIGNED-PAYLOAD explicitly.
function quirkSmithyHashesMissingBody(headers) {
  if (headers.some(h => h.name.toLowerCase() === 'x-amz-content-sha256')) return headers;
  noteQuirk('quirkSmithyHashesMissingBody');
  return [...headers, { name: 'x-amz-content-sha256', value: 'UNSIGNED-PAYLOAD' }];
}

// @smithy/signature-v4 `presign` hoists every x-amz-* header into the query (`moveHeadersToQuery`)
// and takes the payload hash from an x-amz-content-sha256 header (else e3b0…). The S3 presigner
// (@aws-sdk/s3-request-presigner presigner.ts) sets that header to UNSIGNED-PAYLOAD and lets it
// hoist. The CLI keeps given headers as signed headers and uses UNSIGNED-PAYLOAD without a query
// parameter, as the S3 query-auth docs describe. Adaptation: mark the given x-amz-* headers
// unhoistable, and pass x-amz-content-sha256: UNSIGNED-PAYLOAD as unhoistable and unsignable so it
// only sets the payload hash.
function quirkSmithyPresignHoistsAmzHeaders(headerObj) {
  const unhoistable = new Set(Object.keys(headerObj).map(k => k.toLowerCase()).filter(k => k.startsWith('x-amz-')));
  if (unhoistable.size) noteQuirk('quirkSmithyPresignHoistsAmzHeaders');
  unhoistable.add('x-amz-content-sha256');
  return {
    headers: { ...headerObj, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    unhoistable,
    unsignable: new Set(['x-amz-content-sha256']),
  };
}

// Node's legacy url.format / querystring.stringify (used by ali-oss for its URLs) writes `k=` for
// an empty value and leaves `!'()*` unescaped in values; the CLI writes a parameter without value as
// bare `k` and escapes RFC 3986 strictly. Both decode to the same pairs, so URL queries are compared
// as decoded pairs (queryPairs), which is where this is handled.

// ------------------------------------------------------------------------------------------------
// Frozen clock for SDK calls that read the time themselves (ali-oss signatureUrl, signatureUrlV4).

function withFrozenClock(seconds, fn) {
  const RealDate = globalThis.Date;
  const fixed = seconds * 1000;
  class FrozenDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FrozenDate;
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

// ------------------------------------------------------------------------------------------------
// Providers: each `make*` returns {cli: {args, secret, token}, sdk: async () => {...}, compare(sdk, cli)},
// where compare lists [what, sdkValue, cliValue, cliIntermediate?, sdkIntermediate?] to match exactly.

function credentials(rng, { stsPrefix = '', tokenChance = 0.3 } = {}) {
  const accessKeyId = (rng.chance(0.2) && stsPrefix ? stsPrefix : '') + randomChars(rng, ALNUM, 8, 24);
  const secret = randomChars(rng, ALNUM + '+/', 16, 40);
  const token = rng.chance(tokenChance) ? randomChars(rng, TOKEN_CHARS, 16, 120) : '';
  return { accessKeyId, secret, token };
}

function baseCliArgs(provider, method, url, accessKeyId, time, expires, extra = []) {
  return ['sign', '--provider', provider, '--method', method, '--url', url, '--access-key-id', accessKeyId, '--time', String(time), '--expires', String(expires), '--format', 'json', ...extra];
}

function cliMethod(rng, method) {
  return rng.chance(0.2) ? rng.pick([method.toLowerCase(), method[0] + method.slice(1).toLowerCase()]) : method;
}

// ---- COS, header form ----------------------------------------------------------------------------

const COS_REGIONS = ['ap-guangzhou', 'ap-beijing', 'ap-shanghai', 'ap-hongkong', 'na-toronto', 'eu-frankfurt'];

function makeCosHeader(rng) {
  const method = rng.pick(['GET', 'PUT', 'POST', 'HEAD', 'DELETE', 'OPTIONS']);
  const scheme = rng.pick(['https', 'https', 'http']);
  const region = rng.pick(COS_REGIONS);
  const bucket = `${randomChars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 3, 12)}-${rng.int(1250000000, 1259999999)}`;
  let host = rng.chance(0.85) ? `${bucket}.cos.${region}.${rng.pick(['myqcloud.com', 'tencentcos.cn'])}` : `static${rng.int(1, 9)}.example.com`;
  let urlHost = host;
  if (rng.chance(0.1)) urlHost = randomCase(rng, host); // the CLI lower-cases the host
  if (rng.chance(0.1)) urlHost += scheme === 'https' ? ':443' : ':80'; // default port: not in Host
  else if (rng.chance(0.05)) {
    host += ':8443';
    urlHost += ':8443';
  }
  const key = randomKey(rng);
  const items = quirkCosJsSortsHttpParametersByRawKey(
    randomQuery(rng, { maxParams: 10, uniqueBy: k => encodeStrict(k).toLowerCase() }),
  );
  const headers = [];
  const pool = [
    ['Content-Type', () => rng.pick(['image/jpeg', 'text/plain; charset=utf-8', 'application/octet-stream', 'application/x-www-form-urlencoded'])],
    ['Content-MD5', () => randomMd5(rng)],
    ['Content-Length', () => String(rng.int(0, 1e9))],
    ['Content-Disposition', () => rng.pick(['attachment; filename="a b.txt"', 'inline', 'attachment; filename*=UTF-8\'\'%E6%B5%8B.txt'])],
    ['Content-Encoding', () => rng.pick(['gzip', 'br'])],
    ['Cache-Control', () => rng.pick(['no-cache', 'max-age=3600, public'])],
    ['Range', () => `bytes=${rng.int(0, 99)}-${rng.int(100, 9999)}`],
    ['If-Match', () => `"${randomHex(rng, 32)}"`],
    ['If-None-Match', () => '*'],
    ['If-Modified-Since', () => rfc1123(randomTime(rng))],
    ['Origin', () => rng.pick(['https://www.example.com', 'http://localhost:8080'])],
    ['Expires', () => rfc1123(randomTime(rng))],
    ['Expect', () => '100-continue'],
    ['Pic-Operations', () => '{"is_pic_info":1,"rules":[{"fileid":"a b.jpg","rule":"imageMogr2/format/png"}]}'],
    ['x-cos-acl', () => rng.pick(['private', 'public-read'])],
    ['x-cos-storage-class', () => rng.pick(['STANDARD', 'STANDARD_IA', 'ARCHIVE'])],
    ['x-cos-meta-author', () => randomHeaderValue(rng)],
    ['x-cos-meta-note', () => randomHeaderValue(rng)],
    ['x-cos-content-sha1', () => randomHex(rng, 40)],
    ['x-cos-server-side-encryption', () => 'AES256'],
    ['x-cos-traffic-limit', () => String(rng.int(819200, 838860800))],
    ['x-ci-security-token', () => randomChars(rng, TOKEN_CHARS, 8, 30)],
    ['User-Agent', () => 'cos-nodejs-sdk-v5/3.0.0'],
    ['Accept', () => '*/*'],
    ['Accept-Encoding', () => 'gzip, deflate'],
    ['Date', () => rfc1123(randomTime(rng))],
    ['X-Forwarded-For', () => '203.0.113.7'],
    ['Referer', () => 'https://www.example.com/page?a=1'],
    ['X-Proxy-X-Cos-Trace', () => randomChars(rng, ALNUM, 8, 16)],
  ];
  for (const [name, value] of rng.shuffle(pool).slice(0, rng.int(0, 9))) addHeader(headers, rng, name, value());
  if (rng.chance(0.15)) addHeader(headers, rng, 'Host', host);
  const time = randomTime(rng);
  const expires = rng.int(1, 100000);
  const cred = credentials(rng, { tokenChance: 0.3 });
  const pathForCli = encodeForCli(rng, key, { inPath: true });
  const query = cliQueryString(rng, items);
  const url = `${scheme}://${urlHost}/${pathForCli}${query ? '?' + query : ''}`;
  const args = baseCliArgs('cos', cliMethod(rng, method), url, cred.accessKeyId, time, expires, cliHeaderArgs(rng, headers));

  return {
    cli: { args, secret: cred.secret, token: cred.token },
    sdk: async () => {
      let sdkHeaders = quirkCosJsMatchesXCosAnywhereInName(headerObject(headers));
      if (!headers.some(h => h.name.toLowerCase() === 'host')) sdkHeaders.Host = host.toLowerCase();
      if (cred.token) sdkHeaders = quirkCosJsAddsTokenAfterSigning(sdkHeaders, cred.token);
      const query = {};
      for (const it of items) query[it.key] = it.hasValue ? it.value : null;
      const authorization = COS.getAuthorization({
        SecretId: cred.accessKeyId,
        SecretKey: cred.secret,
        Method: method,
        Pathname: '/' + key,
        Query: query,
        Headers: sdkHeaders,
        KeyTime: `${time};${time + expires}`,
      });
      return { authorization };
    },
    compare: (sdk, cli) => [['authorization', sdk.authorization, cli.authorization, cli.httpString]],
  };
}

// ---- OSS, shared -------------------------------------------------------------------------------

const OSS_REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'ap-southeast-1', 'us-west-1', 'eu-central-1'];

function ossTarget(rng) {
  const scheme = rng.pick(['https', 'https', 'http']);
  const region = rng.pick(OSS_REGIONS);
  const bucket = randomChars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 3, 20);
  const endpoint = `oss-${region}${rng.chance(0.2) ? '-internal' : ''}.aliyuncs.com`;
  const host = `${bucket}.${endpoint}`;
  let urlHost = host;
  if (rng.chance(0.1)) urlHost = randomCase(rng, host);
  if (rng.chance(0.1)) urlHost += scheme === 'https' ? ':443' : ':80';
  return { scheme, region, bucket, endpoint, host, urlHost };
}

// ali-oss lib/common/client/initOptions.js prints a console.warn for every STS client built without
// `refreshSTSToken`; a refresher would make signatureUrlV4 fetch a token, so the warning is muted.
function ossClient(target, cred) {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return newOssClient(target, cred);
  } finally {
    console.warn = warn;
  }
}

function newOssClient(target, cred) {
  return new OSS({
    region: `oss-${target.region}`,
    endpoint: `${target.scheme}://${target.endpoint}`,
    secure: target.scheme === 'https',
    accessKeyId: cred.accessKeyId,
    accessKeySecret: cred.secret,
    bucket: target.bucket,
    ...(cred.token ? { stsToken: cred.token } : {}),
  });
}

function ossV1Headers(rng, { urlForm }) {
  const headers = [];
  const pool = [
    ['Content-Type', () => rng.pick(['text/html', 'image/png', 'application/octet-stream', 'text/plain;  charset=utf-8'])],
    ['Content-MD5', () => randomMd5(rng)],
    ['x-oss-meta-author', () => randomHeaderValue(rng)],
    ['x-oss-meta-magic', () => randomHeaderValue(rng)],
    ['x-oss-acl', () => rng.pick(['private', 'public-read', 'default'])],
    ['x-oss-storage-class', () => rng.pick(['Standard', 'IA', 'Archive'])],
    ['x-oss-server-side-encryption', () => 'AES256'],
    ['x-oss-object-acl', () => 'private'],
    ['x-oss-forbid-overwrite', () => rng.pick(['true', 'false'])],
    ['User-Agent', () => 'aliyun-sdk-js/6.23.0'],
    ['Range', () => `bytes=0-${rng.int(1, 9999)}`],
    ['Cache-Control', () => 'no-cache'],
    ['Content-Length', () => String(rng.int(0, 99999))],
    ['X-Custom-Trace', () => randomHeaderValue(rng)],
  ];
  if (!urlForm) {
    pool.push(['Date', () => rfc1123(randomTime(rng))]);
    pool.push(['x-oss-date', () => rfc1123(randomTime(rng))]);
  }
  for (const [name, value] of rng.shuffle(pool).slice(0, rng.int(0, 7))) addHeader(headers, rng, name, value());
  return headers;
}

// ---- OSS V1, header form -----------------------------------------------------------------------
// The SDK side calls `client.authorization`, the function lib/common/utils/createRequest.js signs
// with, on the headers the case gives. createRequest itself would also add a Content-Type guessed
// from the key's extension (`mime.getType`); the CLI signs only the headers it is given, so both
// sides get the same explicit headers.

function makeOssV1Header(rng) {
  const method = rng.pick(['GET', 'PUT', 'POST', 'HEAD', 'DELETE']);
  const target = ossTarget(rng);
  const key = randomKey(rng);
  const items = randomQuery(rng, { maxParams: 8, uniqueBy: k => k });
  const headers = ossV1Headers(rng, { urlForm: false });
  const time = randomTime(rng);
  const cred = credentials(rng, { stsPrefix: 'STS.', tokenChance: 0.3 });
  const query = cliQueryString(rng, items);
  const url = `${target.scheme}://${target.urlHost}/${encodeForCli(rng, key, { inPath: true })}${query ? '?' + query : ''}`;
  const version = rng.chance(0.5) ? ['--signature-version', '1'] : [];
  const args = baseCliArgs('oss', cliMethod(rng, method), url, cred.accessKeyId, time, rng.int(1, 9999), [...version, ...cliHeaderArgs(rng, headers)]);

  return {
    cli: { args, secret: cred.secret, token: cred.token },
    sdk: async () => {
      const client = ossClient(target, cred);
      const sdkHeaders = headerObject(headers);
      // lib/common/utils/createRequest.js adds x-oss-security-token for STS clients before signing.
      if (cred.token) sdkHeaders['x-oss-security-token'] = cred.token;
      const subres = quirkAliOssCallerChoosesSubresources(items);
      const resource = client._getResource({ bucket: target.bucket, object: key });
      const hasOssDate = headers.some(h => h.name.toLowerCase() === 'x-oss-date');
      let authorization;
      let stringToSign;
      let addedDate = null;
      if (hasOssDate) {
        authorization = client.authorization(method, resource, subres, sdkHeaders);
        stringToSign = ossSign.buildCanonicalString(method, resource, { headers: sdkHeaders, parameters: subres });
      } else {
        const slot = quirkAliOssV1DateSlotReadsOnlyXOssDate(sdkHeaders, time);
        if (!headers.some(h => h.name.toLowerCase() === 'date')) addedDate = slot;
        stringToSign = ossSign.buildCanonicalString(method, resource, { headers: sdkHeaders, parameters: subres }, slot);
        authorization = ossSign.authorization(cred.accessKeyId, cred.secret, stringToSign);
      }
      return { authorization, stringToSign, addedDate };
    },
    compare: (sdk, cli) => {
      const out = [['authorization', sdk.authorization, cli.authorization, cli.stringToSign, sdk.stringToSign]];
      if (sdk.addedDate !== null) {
        const date = (cli.headers || []).find(h => /^date:/i.test(h));
        out.push(['added Date header', `Date: ${sdk.addedDate}`, date]);
      }
      return out;
    },
  };
}

// ---- OSS V1, URL form --------------------------------------------------------------------------

function makeOssV1Url(rng) {
  const method = rng.pick(['GET', 'GET', 'PUT', 'HEAD', 'DELETE']);
  const target = ossTarget(rng);
  const key = randomKey(rng);
  const items = randomQuery(rng, {
    maxParams: 8,
    uniqueBy: k => k,
    reserved: k => ['OSSAccessKeyId', 'Expires', 'Signature', 'security-token'].includes(k),
  });
  const headers = ossV1Headers(rng, { urlForm: true });
  const time = randomTime(rng);
  const expires = rng.int(1, 1000000);
  const cred = credentials(rng, { stsPrefix: 'STS.', tokenChance: 0.3 });
  const query = cliQueryString(rng, items);
  const url = `${target.scheme}://${target.urlHost}/${encodeForCli(rng, key, { inPath: true })}${query ? '?' + query : ''}`;
  const args = baseCliArgs('oss', cliMethod(rng, method), url, cred.accessKeyId, time, expires, ['--signature-version', '1', '--presign', ...cliHeaderArgs(rng, headers)]);

  return {
    cli: { args, secret: cred.secret, token: cred.token },
    sdk: async () => {
      const client = ossClient(target, cred);
      const subResource = quirkAliOssCallerChoosesSubresources(items);
      for (const k of Object.keys(subResource)) if (subResource[k] === null) subResource[k] = '';
      const options = { method, expires, subResource };
      // signatureUrl reads x-oss-* headers and Content-Type / Content-MD5 from its options.
      for (const h of headers) {
        const lower = h.name.toLowerCase();
        if (lower.startsWith('x-oss-')) options[lower] = h.value;
        else if (lower === 'content-type' || lower === 'content-md5') options[h.name] = h.value;
      }
      const strict = quirkAliOssRejectsKeyStartingWithQuestionMark(key);
      const url = withFrozenClock(time, () => client.signatureUrl(key, options, strict));
      return { url };
    },
    compare: (sdk, cli) => compareUrls(sdk.url, cli, {
      signatureParam: 'Signature',
      sdkPath: quirkAliOssUrlPathLeavesSubDelims,
      cliOnly: pairs => {
        // Query parameters that are not sub-resources stay in the CLI's URL and are not signed;
        // signatureUrl has no way to carry them (quirkAliOssCallerChoosesSubresources).
        const extra = items.filter(it => !OSS_SUBRESOURCES.has(it.key)).map(it => [it.key, it.value]);
        return { pairs: removePairs(pairs, extra), extra };
      },
    }),
  };
}

// ---- OSS V4 ------------------------------------------------------------------------------------

function ossV4Headers(rng, { urlForm }) {
  const headers = [];
  const pool = [
    ['Content-Type', () => rng.pick(['text/plain', 'application/octet-stream', 'image/jpeg; q=0.9'])],
    ['Content-MD5', () => randomMd5(rng)],
    ['x-oss-meta-author', () => randomHeaderValue(rng)],
    ['x-oss-head1', () => 'value'],
    ['x-oss-acl', () => 'private'],
    ['x-oss-storage-class', () => rng.pick(['Standard', 'IA'])],
    ['Range', () => `bytes=0-${rng.int(1, 9999)}`],
    ['Cache-Control', () => rng.pick(['no-cache', 'max-age=60'])],
    ['abc', () => 'value'],
    ['ZAbc', () => 'value'],
    ['X-Custom-Trace', () => randomHeaderValue(rng)],
    ['User-Agent', () => 'aliyun-sdk-js/6.23.0'],
    ['Host', () => null], // filled with the request host
  ];
  // Header form only: for a presigned URL the CLI always hashes as UNSIGNED-PAYLOAD, while
  // signatureUrlV4 would take an x-oss-content-sha256 header's value (reported with the run).
  if (!urlForm) pool.push(['x-oss-content-sha256', () => rng.pick(['UNSIGNED-PAYLOAD', randomHex(rng, 64)])]);
  for (const [name, value] of rng.shuffle(pool).slice(0, rng.int(0, 8))) addHeader(headers, rng, name, value());
  return headers;
}

function pickAdditional(rng, headers) {
  // AdditionalHeaders name headers outside the default signed set (content-type, content-md5,
  // x-oss-*) that the request carries. Outside that domain the two differ and nothing documents who
  // is right: ali-oss `fixAdditionalHeaders` drops default-signed names and `getCanonicalRequest`
  // throws for a missing one, while the CLI's --additional-headers lists both (reported with the run).
  // The generator stays inside the domain.
  const candidates = headers.map(h => h.name).filter(n => {
    const l = n.toLowerCase();
    return l !== 'content-type' && l !== 'content-md5' && !l.startsWith('x-oss-');
  });
  if (!candidates.length || rng.chance(0.4)) return [];
  return rng.shuffle(candidates).slice(0, rng.int(1, candidates.length)).map(n => randomCase(rng, n));
}

function ossV4Common(rng, { urlForm }) {
  const method = rng.pick(['GET', 'PUT', 'POST', 'HEAD', 'DELETE']);
  const target = ossTarget(rng);
  const key = randomKey(rng);
  const reserved = k => k.toLowerCase().startsWith('x-oss-') && k !== 'x-oss-process' && k !== 'x-oss-traffic-limit';
  // The x-oss-* parameters lib/common/object/signatureUrlV4.js adds to the query it signs.
  const fixedKeys = urlForm
    ? ['x-oss-additional-headers', 'x-oss-credential', 'x-oss-date', 'x-oss-expires', 'x-oss-security-token', 'x-oss-signature-version']
    : [];
  const items = quirkAliOssV4SortsQueryWithLocaleCompare(randomQuery(rng, { maxParams: 10, uniqueBy: k => k, reserved }), fixedKeys);
  const headers = ossV4Headers(rng, { urlForm });
  for (const h of headers) if (h.value === null) h.value = target.host;
  const additional = pickAdditional(rng, headers);
  const time = randomTime(rng);
  const cred = credentials(rng, { stsPrefix: 'STS.', tokenChance: 0.3 });
  const query = cliQueryString(rng, items);
  const url = `${target.scheme}://${target.urlHost}/${encodeForCli(rng, key, { inPath: true })}${query ? '?' + query : ''}`;
  const regionArg = rng.chance(0.5) ? ['--region', target.region] : [];
  const additionalArg = additional.length ? ['--additional-headers', additional.join(';')] : [];
  return { method, target, key, items, headers, additional, time, cred, url, extra: ['--signature-version', '4', ...regionArg, ...additionalArg] };
}

function makeOssV4Header(rng) {
  const c = ossV4Common(rng, { urlForm: false });
  const args = baseCliArgs('oss', cliMethod(rng, c.method), c.url, c.cred.accessKeyId, c.time, rng.int(1, 9999), [...c.extra, ...cliHeaderArgs(rng, c.headers)]);
  return {
    cli: { args, secret: c.cred.secret, token: c.cred.token },
    sdk: async () => {
      const client = ossClient(c.target, c.cred);
      const headers = quirkAliOssCreateRequestAddsV4Headers(headerObject(c.headers), c.time, c.cred.token);
      const queries = quirkAliOssV4EmptyValueNeedsNull(c.items);
      const object = c.key === '' ? undefined : c.key;
      const authorization = client.authorizationV4(c.method, { headers, queries }, c.target.bucket, object, c.additional);
      const canonicalRequest = ossSign.getCanonicalRequest(c.method, { headers, queries }, c.target.bucket, object, ossSign.fixAdditionalHeaders(c.additional));
      return { authorization, canonicalRequest };
    },
    compare: (sdk, cli) => [['authorization', sdk.authorization, cli.authorization, cli.canonicalRequest, sdk.canonicalRequest]],
  };
}

function makeOssV4Url(rng) {
  const c = ossV4Common(rng, { urlForm: true });
  const expires = rng.int(1, 604800);
  const args = baseCliArgs('oss', cliMethod(rng, c.method), c.url, c.cred.accessKeyId, c.time, expires, [...c.extra, '--presign', ...cliHeaderArgs(rng, c.headers)]);
  return {
    cli: { args, secret: c.cred.secret, token: c.cred.token },
    sdk: async () => {
      const client = ossClient(c.target, c.cred);
      const headers = headerObject(c.headers);
      const queries = quirkAliOssV4EmptyValueNeedsNull(c.items);
      const object = c.key === '' ? undefined : c.key;
      const pending = withFrozenClock(c.time, () => client.signatureUrlV4(c.method, expires, { headers, queries }, object, c.additional));
      const url = await pending;
      return { url };
    },
    compare: (sdk, cli) => compareUrls(sdk.url, cli, { signatureParam: 'x-oss-signature', sdkPath: quirkAliOssUrlPathLeavesSubDelims }),
  };
}

// ---- S3 (SigV4) --------------------------------------------------------------------------------

const S3_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-northeast-1', 'ap-southeast-2', 'sa-east-1'];

function s3Target(rng) {
  const region = rng.pick(S3_REGIONS);
  const bucket = randomChars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 3, 12) + (rng.chance(0.1) ? '.example' : '');
  const form = rng.int(0, 6);
  let scheme = 'https';
  let hostname;
  let port;
  let pathPrefix = '';
  let hostRegion; // what the host says; undefined: us-east-1 by default
  switch (form) {
    case 0: hostname = `${bucket}.s3.${region}.amazonaws.com`; hostRegion = region; break;
    case 1: hostname = `${bucket}.s3.amazonaws.com`; hostRegion = 'us-east-1'; break;
    case 2: hostname = `s3.${region}.amazonaws.com`; pathPrefix = `/${bucket}`; hostRegion = region; break;
    case 3: hostname = `${bucket}.s3-${region}.amazonaws.com`; hostRegion = region; break;
    case 4: hostname = `${bucket}.s3.dualstack.${region}.amazonaws.com`; hostRegion = region; break;
    case 5: scheme = 'http'; hostname = '127.0.0.1'; port = 9000; pathPrefix = `/${bucket}`; hostRegion = 'us-east-1'; break;
    default: scheme = 'http'; hostname = 'localhost'; port = 9000; pathPrefix = `/${bucket}`; hostRegion = 'us-east-1'; break;
  }
  const explicitRegion = rng.chance(0.4) ? rng.pick(S3_REGIONS) : null;
  const host = port ? `${hostname}:${port}` : hostname;
  let urlHost = host;
  if (!port && rng.chance(0.1)) urlHost += scheme === 'https' ? ':443' : ':80';
  return { scheme, hostname, port, host, urlHost, pathPrefix, region: explicitRegion || hostRegion, explicitRegion };
}

function s3Headers(rng, { presign }) {
  const headers = [];
  const pool = [
    ['Content-Type', () => rng.pick(['text/plain', 'application/octet-stream', 'image/jpeg'])],
    ['Content-MD5', () => randomMd5(rng)],
    ['Range', () => `bytes=${rng.int(0, 9)}-${rng.int(10, 9999)}`],
    ['Cache-Control', () => rng.pick(['no-cache', 'max-age=60'])],
    ['Date', () => rfc1123(randomTime(rng))],
    ['If-None-Match', () => '*'],
    ['x-amz-meta-author', () => randomHeaderValue(rng)],
    ['x-amz-meta-note', () => randomHeaderValue(rng)],
    ['x-amz-acl', () => rng.pick(['private', 'public-read'])],
    ['x-amz-storage-class', () => rng.pick(['STANDARD', 'REDUCED_REDUNDANCY', 'GLACIER_IR'])],
    ['x-amz-server-side-encryption', () => 'AES256'],
    ['User-Agent', () => 'aws-sdk-js/3.0'],
    ['Expect', () => '100-continue'],
    ['Referer', () => 'https://example.com/'],
    ['X-Amzn-Trace-Id', () => 'Root=1-5759e988-bd862e3fe1be46a994272793'],
    ['Proxy-Authorization', () => 'Basic dXNlcjpwYXNz'],
    ['Sec-Fetch-Mode', () => 'cors'],
    ['My-Header1', () => rng.pick(['value1', 'a   b   c', 'x\ty', 'p \t q'])],
    ['Host', () => null],
  ];
  // Header form only: a presigned URL's payload hash is UNSIGNED-PAYLOAD in the CLI, while smithy
  // would take an x-amz-content-sha256 header's value (reported with the run).
  if (!presign) {
    pool.push(['x-amz-content-sha256', () => rng.pick(['UNSIGNED-PAYLOAD', randomHex(rng, 64), 'STREAMING-UNSIGNED-PAYLOAD-TRAILER'])]);
    pool.push(['X-Amz-Date', () => isoBasic(randomTime(rng))]); // stale: both signers replace it
  }
  for (const [name, value] of rng.shuffle(pool).slice(0, rng.int(0, 9))) addHeader(headers, rng, name, value());
  // A repeated header: the CLI joins the values with commas in order, as SigV4 specifies.
  if (rng.chance(0.1)) {
    const name = rng.pick(['x-amz-meta-dup', 'My-Header2']);
    headers.push({ name, value: 'first' }, { name: randomCase(rng, name), value: 'second value' });
  }
  return headers;
}

function s3Common(rng, { presign }) {
  const method = rng.pick(['GET', 'PUT', 'POST', 'HEAD', 'DELETE']);
  const target = s3Target(rng);
  const key = randomKey(rng);
  const reserved = k => k.toLowerCase().startsWith('x-amz-');
  const items = randomQuery(rng, { maxParams: 10, uniqueBy: k => k, allowDuplicates: true, reserved });
  let headers = s3Headers(rng, { presign });
  for (const h of headers) if (h.value === null) h.value = target.host;
  headers = quirkSmithyDropsDateHeader(headers);
  const time = randomTime(rng);
  const cred = credentials(rng, { tokenChance: 0.3 });
  const query = cliQueryString(rng, items);
  const pathForCli = target.pathPrefix + (target.pathPrefix && key === '' && rng.chance(0.5) ? '' : '/') + encodeForCli(rng, key, { inPath: true });
  const url = `${target.scheme}://${target.urlHost}${pathForCli}${query ? '?' + query : ''}`;
  const regionArg = target.explicitRegion ? ['--region', target.explicitRegion] : [];
  // What the S3 client serializes: each key segment with extendedEncodeURIComponent, `/` kept.
  let sdkPath = target.pathPrefix + '/' + encodeKeepSlash(key);
  if (target.pathPrefix && key === '' && !pathForCli.endsWith('/')) sdkPath = target.pathPrefix;
  return { method, target, key, items, headers, time, cred, url, regionArg, sdkPath };
}

function smithyRequest(c, headerObj) {
  const query = {};
  for (const it of c.items) {
    const v = it.value; // a parameter without value is serialized as `k=` (smithy drops null)
    if (Object.prototype.hasOwnProperty.call(query, it.key)) query[it.key] = [].concat(query[it.key], v);
    else query[it.key] = v;
  }
  return {
    method: c.method,
    protocol: `${c.target.scheme}:`,
    hostname: c.target.hostname,
    port: c.target.port,
    path: c.sdkPath,
    query,
    headers: headerObj,
  };
}

function smithyHeaderObject(c, headers) {
  // RFC 9110 §5.3: repeated fields combine into one, values joined by commas, in order.
  const out = {};
  const nameOf = {};
  for (const h of headers) {
    const lower = h.name.toLowerCase();
    if (nameOf[lower] !== undefined) out[nameOf[lower]] += ',' + h.value;
    else {
      nameOf[lower] = h.name;
      out[h.name] = h.value;
    }
  }
  // The S3 client's host-header middleware sets Host; the signer itself does not.
  if (nameOf.host === undefined) out.host = c.target.host;
  return out;
}

function smithySigner(c) {
  return new SignatureV4({
    credentials: { accessKeyId: c.cred.accessKeyId, secretAccessKey: c.cred.secret, ...(c.cred.token ? { sessionToken: c.cred.token } : {}) },
    region: c.target.region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false, // S3: the path is encoded once by the serializer, never normalised
  });
}

function makeS3Header(rng) {
  const c = s3Common(rng, { presign: false });
  const args = baseCliArgs('s3', cliMethod(rng, c.method), c.url, c.cred.accessKeyId, c.time, rng.int(1, 9999), [...c.regionArg, ...cliHeaderArgs(rng, c.headers)]);
  return {
    cli: { args, secret: c.cred.secret, token: c.cred.token },
    sdk: async () => {
      const headers = quirkSmithyHashesMissingBody(c.headers);
      const signableHeaders = quirkSmithyNeverSignsCacheControlProxySec(headers);
      const signed = await smithySigner(c).sign(smithyRequest(c, smithyHeaderObject(c, headers)), {
        signingDate: new Date(c.time * 1000),
        signableHeaders,
      });
      return { authorization: signed.headers.authorization, headers: signed.headers };
    },
    compare: (sdk, cli) => {
      const merged = {};
      for (const line of cli.headers || []) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).replace(/^ /, '');
        merged[name] = merged[name] === undefined ? value : `${merged[name]},${value}`;
      }
      const expected = {};
      for (const [k, v] of Object.entries(sdk.headers)) expected[k.toLowerCase()] = v;
      const show = o => Object.keys(o).sort().map(k => `${k}: ${o[k]}`).join('\n');
      return [
        ['authorization', sdk.authorization, cli.authorization, cli.canonicalRequest],
        ['request headers', show(expected), show(merged)],
      ];
    },
  };
}

function makeS3Presign(rng) {
  const c = s3Common(rng, { presign: true });
  const expires = rng.int(1, 604800);
  const args = baseCliArgs('s3', cliMethod(rng, c.method), c.url, c.cred.accessKeyId, c.time, expires, [...c.regionArg, '--presign', ...cliHeaderArgs(rng, c.headers)]);
  return {
    cli: { args, secret: c.cred.secret, token: c.cred.token },
    sdk: async () => {
      const adapted = quirkSmithyPresignHoistsAmzHeaders(smithyHeaderObject(c, c.headers));
      const signableHeaders = quirkSmithyNeverSignsCacheControlProxySec(c.headers);
      const signed = await smithySigner(c).presign(smithyRequest(c, adapted.headers), {
        signingDate: new Date(c.time * 1000),
        expiresIn: expires,
        unhoistableHeaders: adapted.unhoistable,
        unsignableHeaders: adapted.unsignable,
        signableHeaders,
      });
      const parts = [];
      for (const [k, v] of Object.entries(signed.query)) {
        for (const one of [].concat(v)) parts.push(`${encodeStrict(k)}=${encodeStrict(one)}`);
      }
      const port = signed.port ? `:${signed.port}` : '';
      return { url: `${signed.protocol}//${signed.hostname}${port}${signed.path}?${parts.join('&')}` };
    },
    compare: (sdk, cli) => compareUrls(sdk.url, cli, { signatureParam: 'X-Amz-Signature' }),
  };
}

// ------------------------------------------------------------------------------------------------
// URL comparison: host, path bytes (after the named path quirk), decoded query pairs, signature.

function removePairs(pairs, extra) {
  const left = pairs.slice();
  const missing = [];
  for (const [k, v] of extra) {
    const i = left.findIndex(([a, b]) => a === k && b === v);
    if (i < 0) missing.push(`${k}=${v}`);
    else left.splice(i, 1);
  }
  return missing.length ? [...left, ['<missing unsigned parameters>', missing.join('&')]] : left;
}

function compareUrls(sdkUrl, cli, { signatureParam, sdkPath = p => p, cliOnly = null }) {
  const s = splitUrl(sdkUrl);
  const c = splitUrl(cli.url || '');
  let cliPairs = queryPairs(c.query);
  if (cliOnly) cliPairs = cliOnly(cliPairs).pairs;
  const sdkPairs = queryPairs(s.query);
  const sig = pairs => (pairs.find(([k]) => k === signatureParam) || [])[1];
  return [
    ['signature', sig(sdkPairs), cli.signature, cli.stringToSign],
    ['URL origin', `${s.scheme}://${s.host.toLowerCase().replace(/:(443|80)$/, '')}`, `${c.scheme}://${c.host}`],
    ['URL path', sdkPath(s.path), c.path],
    ['URL query (decoded, sorted)', sortedPairs(sdkPairs), sortedPairs(cliPairs), cli.canonicalRequest || cli.stringToSign],
  ];
}

// ------------------------------------------------------------------------------------------------
// Running.

const FORMS = [
  ['cos-header', makeCosHeader],
  ['oss-v1-header', makeOssV1Header],
  ['oss-v1-url', makeOssV1Url],
  ['oss-v4-header', makeOssV4Header],
  ['oss-v4-url', makeOssV4Url],
  ['s3-header', makeS3Header],
  ['s3-presign', makeS3Presign],
];

function runCli(spec) {
  return new Promise(resolve => {
    const env = { ...process.env, BUCKETDOCTOR_SECRET_KEY: spec.secret, LC_ALL: 'C.UTF-8' };
    delete env.BUCKETDOCTOR_SECURITY_TOKEN;
    if (spec.token) env.BUCKETDOCTOR_SECURITY_TOKEN = spec.token;
    const child = spawn(CLI, spec.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', d => out.push(d));
    child.stderr.on('data', d => err.push(d));
    child.on('error', e => resolve({ error: String(e) }));
    child.on('close', code => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) return resolve({ error: `exit ${code}: ${stderr.trim()}` });
      try {
        resolve({ json: JSON.parse(stdout) });
      } catch (e) {
        resolve({ error: `not JSON (${e.message}): ${stdout.slice(0, 200)}` });
      }
    });
  });
}

function shellQuote(text) {
  return /^[A-Za-z0-9_\-.,/:=@%+]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function reproCommand(spec) {
  const env = [`BUCKETDOCTOR_SECRET_KEY=${shellQuote(spec.secret)}`];
  if (spec.token) env.push(`BUCKETDOCTOR_SECURITY_TOKEN=${shellQuote(spec.token)}`);
  return [...env, shellQuote(CLI), ...spec.args.map(shellQuote)].join(' ');
}

async function pool(tasks, jobs) {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, jobs) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      await tasks[i]();
    }
  });
  await Promise.all(workers);
}

async function main() {
  if (!CLI) {
    console.error('Set BUCKETDOCTOR_CLI to the bucketdoctor-cli binary.');
    process.exit(2);
  }
  const started = Date.now();
  const [onlyForm, onlyIndex] = ONLY.split('#');
  console.log(`seed ${SEED} (override with BUCKETDOCTOR_CROSSCHECK_SEED), ${COUNT} requests per form, ${JOBS} CLI processes at once`);

  const cases = [];
  for (const [form, make] of FORMS) {
    if (onlyForm && onlyForm !== form) continue;
    for (let i = 0; i < COUNT; i++) {
      if (onlyIndex !== undefined && Number(onlyIndex) !== i) continue;
      const rng = makeRng(`${SEED}/${form}/${i}`);
      cases.push({ form, index: i, ...make(rng) });
    }
  }

  const perForm = new Map(FORMS.map(([f]) => [f, { passed: 0, failed: 0 }]));
  const failures = [];
  await pool(
    cases.map(c => async () => {
      let problems = [];
      let sdk;
      try {
        sdk = await c.sdk();
      } catch (e) {
        problems.push({ what: 'SDK threw', sdk: String(e && e.stack ? e.stack : e), cli: '' });
      }
      const cli = await runCli(c.cli);
      if (cli.error) problems.push({ what: 'CLI failed', sdk: '', cli: cli.error });
      if (!problems.length) {
        for (const [what, sdkValue, cliValue, cliDetail, sdkDetail] of c.compare(sdk, cli.json)) {
          if (sdkValue !== cliValue) problems.push({ what, sdk: sdkValue, cli: cliValue, cliDetail, sdkDetail });
        }
      }
      const tally = perForm.get(c.form);
      if (problems.length) {
        tally.failed++;
        failures.push({ c, problems });
      } else {
        tally.passed++;
      }
    }),
    JOBS,
  );

  failures.sort((a, b) => (a.c.form === b.c.form ? a.c.index - b.c.index : FORMS.findIndex(f => f[0] === a.c.form) - FORMS.findIndex(f => f[0] === b.c.form)));
  for (const { c, problems } of failures.slice(0, SHOW_MISMATCHES)) {
    console.log(`\nMISMATCH ${c.form}#${c.index} (BUCKETDOCTOR_CROSSCHECK_ONLY=${c.form}#${c.index})`);
    for (const p of problems) {
      console.log(`  ${p.what}`);
      console.log(`    SDK: ${JSON.stringify(p.sdk)}`);
      console.log(`    CLI: ${JSON.stringify(p.cli)}`);
      if (p.sdkDetail !== undefined) console.log(`    SDK intermediate: ${JSON.stringify(p.sdkDetail)}`);
      if (p.cliDetail !== undefined) console.log(`    CLI intermediate: ${JSON.stringify(p.cliDetail)}`);
    }
    console.log(`  repro: ${reproCommand(c.cli)}`);
  }
  if (failures.length > SHOW_MISMATCHES) console.log(`\n… and ${failures.length - SHOW_MISMATCHES} more mismatching requests`);

  console.log('\nper form:');
  for (const [form, t] of perForm) if (t.passed + t.failed) console.log(`  ${form.padEnd(14)} ${t.passed} passed, ${t.failed} failed`);
  console.log('SDK quirks adapted (cases):');
  for (const [name, n] of [...quirkCounts].sort()) console.log(`  ${name}: ${n}`);
  console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);

  let passed = 0;
  let failed = 0;
  for (const t of perForm.values()) {
    passed += t.passed;
    failed += t.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch(e => {
  console.error(e && e.stack ? e.stack : e);
  console.log('0 passed, 1 failed');
  process.exit(2);
});
