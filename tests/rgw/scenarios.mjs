#!/usr/bin/env node
// Sets up the 403 scenarios on a Ceph RADOS Gateway started by start-rgw.sh, runs the request each
// scenario is about, and prints one JSON object describing them on stdout.
//
// Usage: node scenarios.mjs http://127.0.0.1:PORT
//
// Setup goes through the official AWS SDK for JavaScript v3 (@aws-sdk/client-s3, path-style,
// region us-east-1) with the fixed keys of start-rgw.sh. The checked request of a scenario is sent
// once through the SDK when it is a signed SDK call (GetObject), or presigned with
// @aws-sdk/s3-request-presigner, and then run with the real `curl -v` (signed SDK calls are replayed
// with the exact headers the SDK signed), which gives the transcript in `answers.curl` and the raw
// body in `answers.body`. Every step is an upsert, so running the script again against the same
// server gives the same result.
//
// Output: { "endpoint", "scenarios": { NAME: {
//     "bucket", "object",
//     "accessKeyId", "secretKey",   // the key the checked request uses (null: anonymous); may be wrong on purpose
//     "request": { "method", "url", "auth", ... },   // how the checked request was made
//     "expect": { "status", "code", ... },           // what RGW is known to answer (code null: no error)
//     "observed": { "status", "code", "message", "headers", "sdk" },   // what it answered this time
//     "answers": { "body", "curl" } } } }          // the raw body and the `curl -v` transcript
// Signatures and key ids are replaced by "[redacted]" in answers.curl and request.url.
// Exit status 0 when every observed answer matches its expect, 1 when one does not (the JSON is
// printed all the same, the differences go to stderr), 2 when the setup fails.

import { execFile } from 'node:child_process';
import process from 'node:process';
import { promisify } from 'node:util';

import {
    CreateBucketCommand,
    GetObjectCommand,
    PutBucketCorsCommand,
    PutBucketPolicyCommand,
    PutObjectAclCommand,
    PutObjectCommand,
    PutPublicAccessBlockCommand,
    S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const run = promisify(execFile);

// The users start-rgw.sh creates (tests/rgw/README.md).
const KEYS = {
    owner: { accessKeyId: 'BDOWNERKEY0000000000', secretAccessKey: 'bdownersecret000000000000000000000000000' },
    other: { accessKeyId: 'BDOTHERKEY0000000000', secretAccessKey: 'bdothersecret000000000000000000000000000' },
    suspended: { accessKeyId: 'BDSUSPENDEDKEY000000', secretAccessKey: 'bdsuspendedsecret00000000000000000000000' },
};
const WRONG_SECRET = 'bdwrongsecret000000000000000000000000000';
const UNKNOWN_KEY = { accessKeyId: 'BDUNKNOWNKEY00000000', secretAccessKey: 'bdunknownsecret0000000000000000000000000' };
const REGION = 'us-east-1';
const CORS_ORIGIN = 'https://app.example.com';
const OTHER_ORIGIN = 'https://other.example.net';
const CLOCK_OFFSET_S = 20 * 60;
const PRESIGN_VALID_S = 3600;
const EXPIRED_SIGNED_AGO_S = 2 * 3600;
const EXPIRED_EXPIRES_IN_S = 60;
const REDACTED = '[redacted]';

const BUCKETS = {
    healthy: 'bd-healthy',
    policyDenyOwner: 'bd-policy-deny-owner',
    policyAnonymous: 'bd-policy-anonymous',
    acl: 'bd-acl-other-only',
    cross: 'bd-cross-account',
    pab: 'bd-public-access-block',
    publicAcl: 'bd-public-acl',
    cors: 'bd-cors',
};

function fail(message) {
    process.stderr.write(`rgw/scenarios.mjs: ${message}\n`);
    process.exit(2);
}

function parseEndpoint(argv) {
    if (argv.length !== 3)
        fail('usage: node scenarios.mjs http://127.0.0.1:PORT');
    let url;
    try {
        url = new URL(argv[2]);
    } catch {
        fail(`not a URL: ${argv[2]}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        fail(`not an http(s) URL: ${argv[2]}`);
    return url.origin;
}

const endpoint = parseEndpoint(process.argv);

// --- SDK clients ------------------------------------------------------------------------------

// Remembers the last request a client sent, as signed, for the curl replay.
function captureSignedRequest(record) {
    return next => async args => {
        const request = args.request;
        record.request = {
            method: request.method,
            protocol: request.protocol,
            hostname: request.hostname,
            port: request.port,
            path: request.path,
            query: { ...request.query },
            headers: { ...request.headers },
        };
        return next(args);
    };
}

function makeClient(credentials, { clockOffsetS = 0, record } = {}) {
    const client = new S3Client({
        endpoint,
        region: REGION,
        forcePathStyle: true,
        credentials,
        maxAttempts: 1,
        systemClockOffset: clockOffsetS * 1000,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
    });
    if (record) {
        // The deserialize step runs inside signing, so this sees the request exactly as sent.
        client.middlewareStack.add(captureSignedRequest(record), {
            step: 'deserialize',
            name: 'bdCaptureSignedRequest',
            priority: 'low',
        });
    }
    return client;
}

const owner = makeClient(KEYS.owner);

async function createBucket(bucket) {
    try {
        await owner.send(new CreateBucketCommand({ Bucket: bucket }));
    } catch (error) {
        if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists')
            throw error;
    }
}

function putText(bucket, key, extra = {}) {
    return owner.send(new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: `Hello from ${bucket}/${key}\n`,
        ContentType: 'text/plain',
        ...extra,
    }));
}

function putPolicy(bucket, statements) {
    return owner.send(new PutBucketPolicyCommand({
        Bucket: bucket,
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    }));
}

// --- setup ------------------------------------------------------------------------------------

async function setUp() {
    await Promise.all(Object.values(BUCKETS).map(createBucket));
    await Promise.all([
        putText(BUCKETS.healthy, 'hello.txt'),

        putText(BUCKETS.policyDenyOwner, 'hello.txt').then(() => putPolicy(BUCKETS.policyDenyOwner, [{
            Sid: 'DenyOwnerRead',
            Effect: 'Deny',
            Principal: { AWS: ['arn:aws:iam:::user/owner'] },
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::${BUCKETS.policyDenyOwner}/*`,
        }])),

        Promise.all([
            putText(BUCKETS.policyAnonymous, 'public/hello.txt'),
            putText(BUCKETS.policyAnonymous, 'denied/hello.txt'),
        ]).then(() => putPolicy(BUCKETS.policyAnonymous, [
            {
                Sid: 'PublicPrefix',
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: `arn:aws:s3:::${BUCKETS.policyAnonymous}/public/*`,
            },
            {
                Sid: 'DenyEveryoneDenied',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: `arn:aws:s3:::${BUCKETS.policyAnonymous}/denied/*`,
            },
        ])),

        // PutObject resets the ACL to private; the grant list is then replaced by one for `other`.
        putText(BUCKETS.acl, 'other-only.txt').then(() => owner.send(new PutObjectAclCommand({
            Bucket: BUCKETS.acl,
            Key: 'other-only.txt',
            AccessControlPolicy: {
                Owner: { ID: 'owner' },
                Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'other' }, Permission: 'READ' }],
            },
        }))),

        putText(BUCKETS.cross, 'hello.txt').then(() => putPolicy(BUCKETS.cross, [{
            Sid: 'OtherMayRead',
            Effect: 'Allow',
            Principal: { AWS: ['arn:aws:iam:::user/other'] },
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::${BUCKETS.cross}/*`,
        }])),

        // Only IgnorePublicAcls: BlockPublicAcls would refuse the public-read PutObject of a rerun.
        putText(BUCKETS.pab, 'public.txt', { ACL: 'public-read' }).then(() => owner.send(new PutPublicAccessBlockCommand({
            Bucket: BUCKETS.pab,
            PublicAccessBlockConfiguration: {
                BlockPublicAcls: false,
                IgnorePublicAcls: true,
                BlockPublicPolicy: false,
                RestrictPublicBuckets: false,
            },
        }))),

        putText(BUCKETS.publicAcl, 'public.txt', { ACL: 'public-read' }),

        putText(BUCKETS.cors, 'hello.txt').then(() => owner.send(new PutBucketCorsCommand({
            Bucket: BUCKETS.cors,
            CORSConfiguration: {
                CORSRules: [{
                    AllowedOrigins: [CORS_ORIGIN],
                    AllowedMethods: ['GET', 'PUT'],
                    AllowedHeaders: ['*'],
                    MaxAgeSeconds: 600,
                }],
            },
        }))),
    ]);
}

// --- curl -------------------------------------------------------------------------------------

// RFC 3986 encoding, as the SDK puts query parameters on the wire.
function encodeQueryPart(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function requestUrl(request) {
    const query = Object.entries(request.query)
        .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map(v =>
            v === null || v === undefined ? encodeQueryPart(name) : `${encodeQueryPart(name)}=${encodeQueryPart(v)}`))
        .join('&');
    const port = request.port ? `:${request.port}` : '';
    return `${request.protocol}//${request.hostname}${port}${request.path}${query ? `?${query}` : ''}`;
}

function redact(text) {
    return text
        .replace(/(Credential=)[^/,\s]+\//g, `$1${REDACTED}/`)
        .replace(/(X-Amz-Credential=)[^&%/\s]+(%2F|\/)/gi, `$1${REDACTED}$2`)
        .replace(/(Signature=)[0-9a-fA-F]+/g, `$1${REDACTED}`);
}

// Runs `curl -v` and returns the status, the headers, the body and a transcript in curl's own
// layout: its `*`, `>` and `<` lines with the body after the response headers.
async function curl(url, { method = 'GET', headers = {} } = {}) {
    const args = ['-sS', '-v', '--path-as-is', '--globoff', '--max-time', '10'];
    if (method !== 'GET')
        args.push('-X', method);
    // Headers the SDK did not send are left out: no Accept, and its own User-Agent.
    const names = Object.keys(headers).map(name => name.toLowerCase());
    if (!names.includes('accept'))
        args.push('-H', 'Accept:');
    if (!names.includes('user-agent'))
        args.push('-H', 'User-Agent:');
    for (const [name, value] of Object.entries(headers))
        args.push('-H', value === '' ? `${name};` : `${name}: ${value}`);
    args.push(url);

    let stdout;
    let stderr;
    try {
        ({ stdout, stderr } = await run('curl', args, { encoding: 'utf8', maxBuffer: 16 << 20 }));
    } catch (error) {
        throw new Error(`curl ${url}: ${error.stderr || error.message}`);
    }
    const lines = stderr.split('\n').map(line => line.trimEnd()).filter(line => line !== '');
    // Progress markers of some curl builds (`{ [226 bytes data]`) carry nothing.
    const verbose = lines.filter(line => !/^[{}] \[/.test(line));
    const endOfHeaders = verbose.findLastIndex(line => line === '<');
    const statusLine = verbose.find(line => /^< HTTP\/\S+ \d{3}/.test(line));
    if (!statusLine || endOfHeaders < 0)
        throw new Error(`curl ${url}: no HTTP response in\n${stderr}`);
    const status = Number(statusLine.match(/^< HTTP\/\S+ (\d{3})/)[1]);
    const responseHeaders = {};
    for (const line of verbose.slice(verbose.indexOf(statusLine) + 1, endOfHeaders)) {
        const match = line.match(/^< ([^:]+):\s?(.*)$/);
        if (match)
            responseHeaders[match[1].toLowerCase()] = match[2];
    }
    const before = verbose.slice(0, endOfHeaders + 1);
    const after = verbose.slice(endOfHeaders + 1);
    const bodyBlock = stdout === '' ? [] : [stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout];
    const transcript = redact([...before, ...bodyBlock, ...after].join('\n') + '\n');
    return { status, headers: responseHeaders, body: stdout, transcript };
}

// --- checks -----------------------------------------------------------------------------------

function errorFields(body) {
    const code = body.match(/<Error>[\s\S]*?<Code>([^<]*)<\/Code>/);
    const message = body.match(/<Message>([^<]*)<\/Message>|<Message\s*\/>/);
    return {
        code: code ? code[1] : null,
        message: message ? (message[1] ?? '') : null,
    };
}

function objectUrl(bucket, key) {
    return `${endpoint}/${bucket}/${key.split('/').map(encodeQueryPart).join('/')}`;
}

function observedFrom(response, sdk) {
    const { code, message } = errorFields(response.body);
    const headers = Object.fromEntries(Object.entries(response.headers)
        .filter(([name]) => name.startsWith('access-control-') || name === 'date' || name === 'x-amz-request-id'
            || name === 'content-type' || name === 'vary'));
    const observed = { status: response.status, code, message, headers };
    if (sdk)
        observed.sdk = sdk;
    return observed;
}

function signedHeadersOf(headers) {
    const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization');
    const match = authorization?.[1].match(/SignedHeaders=([^,\s]+)/);
    return match ? match[1].split(';') : [];
}

// A signed GetObject through the SDK, replayed with curl using exactly the signed headers.
async function sdkGet({ bucket, key, credentials, clockOffsetS = 0 }) {
    const record = {};
    const client = makeClient(credentials, { clockOffsetS, record });
    let sdk;
    try {
        const output = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        await output.Body.transformToString();
        sdk = { status: output.$metadata.httpStatusCode, error: null };
    } catch (error) {
        sdk = {
            status: error.$metadata?.httpStatusCode ?? null,
            error: error.name,
            message: error.message,
        };
    }
    if (!record.request)
        throw new Error(`GetObject ${bucket}/${key}: no request was sent (${sdk.error}: ${sdk.message})`);
    const url = requestUrl(record.request);
    const response = await curl(url, { method: record.request.method, headers: record.request.headers });
    return {
        request: {
            method: 'GET',
            url: objectUrl(bucket, key),
            auth: 'sigv4-header',
            signedHeaders: signedHeadersOf(record.request.headers),
            ...(clockOffsetS ? { clockOffsetSeconds: clockOffsetS, amzDate: record.request.headers['x-amz-date'] } : {}),
        },
        response,
        sdk,
    };
}

async function presignedGet({ bucket, key, credentials, expiresIn, signingDate }) {
    const client = makeClient(credentials);
    const options = { expiresIn };
    if (signingDate)
        options.signingDate = signingDate;
    const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), options);
    const response = await curl(url);
    const query = new URL(url).searchParams;
    return {
        request: {
            method: 'GET',
            url: redact(url),
            auth: 'sigv4-presigned',
            amzDate: query.get('X-Amz-Date'),
            expiresIn: Number(query.get('X-Amz-Expires')),
        },
        response,
    };
}

async function anonymousGet({ bucket, key }) {
    const url = objectUrl(bucket, key);
    return { request: { method: 'GET', url, auth: 'anonymous' }, response: await curl(url) };
}

async function preflight({ bucket, key, origin, method }) {
    const url = objectUrl(bucket, key);
    const headers = { Origin: origin, 'Access-Control-Request-Method': method };
    return {
        request: { method: 'OPTIONS', url, auth: 'anonymous', origin, accessControlRequestMethod: method },
        response: await curl(url, { method: 'OPTIONS', headers }),
    };
}

// Each scenario: which request to run, and what RGW (Ceph 16.2) answers to it.
const SCENARIOS = {
    'healthy': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: KEYS.owner,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 200, code: null },
    },
    'wrong-secret': {
        bucket: BUCKETS.healthy, object: 'hello.txt',
        keys: { accessKeyId: KEYS.owner.accessKeyId, secretAccessKey: WRONG_SECRET },
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 403, code: 'SignatureDoesNotMatch', messageEmpty: true },
    },
    'unknown-key': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: UNKNOWN_KEY,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 403, code: 'InvalidAccessKeyId', messageEmpty: true },
    },
    'suspended-user': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: KEYS.suspended,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 403, code: 'UserSuspended', messageEmpty: true },
    },
    'policy-deny-owner': {
        bucket: BUCKETS.policyDenyOwner, object: 'hello.txt', keys: KEYS.owner,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'policy-deny-anonymous': {
        bucket: BUCKETS.policyAnonymous, object: 'denied/hello.txt', keys: null,
        check: s => anonymousGet(s),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'policy-allow-anonymous': {
        bucket: BUCKETS.policyAnonymous, object: 'public/hello.txt', keys: null,
        check: s => anonymousGet(s),
        expect: { status: 200, code: null },
    },
    'object-acl-other-only': {
        bucket: BUCKETS.acl, object: 'other-only.txt', keys: KEYS.owner,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'object-acl-other-reads': {
        bucket: BUCKETS.acl, object: 'other-only.txt', keys: KEYS.other,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 200, code: null },
    },
    'cross-account-grant': {
        bucket: BUCKETS.cross, object: 'hello.txt', keys: KEYS.other,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 200, code: null },
    },
    'cross-account-no-grant': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: KEYS.other,
        check: s => sdkGet({ ...s, credentials: s.keys }),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'public-acl-ignored': {
        bucket: BUCKETS.pab, object: 'public.txt', keys: null,
        check: s => anonymousGet(s),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'public-acl-readable': {
        bucket: BUCKETS.publicAcl, object: 'public.txt', keys: null,
        check: s => anonymousGet(s),
        expect: { status: 200, code: null },
    },
    'cors-allowed': {
        bucket: BUCKETS.cors, object: 'hello.txt', keys: null,
        check: s => preflight({ ...s, origin: CORS_ORIGIN, method: 'GET' }),
        expect: { status: 200, code: null, headers: { 'access-control-allow-origin': CORS_ORIGIN } },
    },
    'cors-refused': {
        bucket: BUCKETS.cors, object: 'hello.txt', keys: null,
        check: s => preflight({ ...s, origin: OTHER_ORIGIN, method: 'GET' }),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'cors-not-configured': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: null,
        check: s => preflight({ ...s, origin: CORS_ORIGIN, method: 'GET' }),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'clock-skew': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: KEYS.owner,
        check: s => sdkGet({ ...s, credentials: s.keys, clockOffsetS: CLOCK_OFFSET_S }),
        expect: { status: 403, code: 'RequestTimeTooSkewed', messageEmpty: true },
    },
    'presigned-valid': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: KEYS.owner,
        check: s => presignedGet({ ...s, credentials: s.keys, expiresIn: PRESIGN_VALID_S }),
        expect: { status: 200, code: null },
    },
    'presigned-expired': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: KEYS.owner,
        check: s => presignedGet({
            ...s,
            credentials: s.keys,
            expiresIn: EXPIRED_EXPIRES_IN_S,
            signingDate: new Date(Date.now() - EXPIRED_SIGNED_AGO_S * 1000),
        }),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
    'anonymous-private': {
        bucket: BUCKETS.healthy, object: 'hello.txt', keys: null,
        check: s => anonymousGet(s),
        expect: { status: 403, code: 'AccessDenied', messageEmpty: true },
    },
};

function mismatches(name, expect, observed) {
    const found = [];
    if (observed.status !== expect.status)
        found.push(`status ${observed.status}, expected ${expect.status}`);
    if (observed.code !== expect.code)
        found.push(`code ${observed.code}, expected ${expect.code}`);
    if (expect.messageEmpty !== undefined && (observed.message === '') !== expect.messageEmpty)
        found.push(`message ${JSON.stringify(observed.message)}, expected ${expect.messageEmpty ? 'empty' : 'text'}`);
    for (const [header, value] of Object.entries(expect.headers ?? {})) {
        if (observed.headers[header] !== value)
            found.push(`${header} ${JSON.stringify(observed.headers[header])}, expected ${JSON.stringify(value)}`);
    }
    return found.map(text => `${name}: ${text}`);
}

async function main() {
    try {
        await setUp();
    } catch (error) {
        fail(`setup failed: ${error.name}: ${error.message} (HTTP ${error.$metadata?.httpStatusCode ?? '?'})`);
    }

    const entries = await Promise.all(Object.entries(SCENARIOS).map(async ([name, scenario]) => {
        let result;
        try {
            result = await scenario.check({ bucket: scenario.bucket, key: scenario.object, keys: scenario.keys });
        } catch (error) {
            fail(`${name}: ${error.message}`);
        }
        const observed = observedFrom(result.response, result.sdk);
        return [name, {
            bucket: scenario.bucket,
            object: scenario.object,
            accessKeyId: scenario.keys?.accessKeyId ?? null,
            secretKey: scenario.keys?.secretAccessKey ?? null,
            request: result.request,
            expect: scenario.expect,
            observed,
            answers: { body: result.response.body, curl: result.response.transcript },
        }];
    }));

    const scenarios = Object.fromEntries(entries);
    process.stdout.write(`${JSON.stringify({ endpoint, scenarios }, null, 2)}\n`);
    const problems = entries.flatMap(([name, s]) => mismatches(name, s.expect, s.observed));
    if (problems.length) {
        process.stderr.write(`rgw/scenarios.mjs: answers that differ from expect:\n  ${problems.join('\n  ')}\n`);
        process.exitCode = 1;
    }
}

main();
