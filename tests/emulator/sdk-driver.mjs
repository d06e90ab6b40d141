#!/usr/bin/env node
// Drives the providers' official Node.js SDKs against bucketdoctor-emulator (README.md).
//
// For each scenario the emulator executable is started on a free port behind a small recording
// TCP relay. Every SDK call goes through the relay, so the exact bytes the SDK sent are known.
// Accepted cases: the SDK call (or a fetch of its presigned URL) must succeed. Rejected cases:
// a recorded request is re-sent straight to the emulator with one thing changed after signing
// (a signed header, the path, a signed query parameter), or the SDK is given a wrong secret or an
// unknown key id; the emulator must answer 403 with the expected <Code>.
//
// Environment: BUCKETDOCTOR_EMULATOR  path to the bucketdoctor-emulator executable (required)
// Output: one line per case, then `N passed, M failed`. Exit status 1 on any failure, 2 when the
// harness cannot run.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

// Resolves from tests/node_modules, the parent of this directory (tests/package.json pins them).
const require = createRequire(import.meta.url);
const COS = require('cos-nodejs-sdk-v5');
const OSS = require('ali-oss');

const EMULATOR = process.env.BUCKETDOCTOR_EMULATOR;
const SCENARIOS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenarios');
if (!EMULATOR) {
  console.error('BUCKETDOCTOR_EMULATOR is not set');
  process.exit(2);
}

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

// ------------------------------------------------------------------------------------------------
// The emulator process and the recording relay.

function startEmulator(scenario) {
  return new Promise((resolve, reject) => {
    const child = spawn(EMULATOR, ['--scenario', path.join(SCENARIOS, scenario)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${scenario}: no "listening" line`)), 10000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${scenario}: emulator exited with ${code}`)));
  });
}

function stopEmulator(emulator) {
  return new Promise((resolve) => {
    emulator.child.removeAllListeners('exit');
    emulator.child.on('exit', () => resolve());
    emulator.child.stdin.end(); // the emulator exits when stdin closes
  });
}

// A relay that records what the client sent, per connection, in arrival order.
function startRelay(targetPort) {
  const relay = { sent: [], port: 0, server: null };
  relay.server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    client.on('data', (d) => {
      relay.sent.push(Buffer.from(d));
      upstream.write(d);
    });
    upstream.on('data', (d) => client.write(d));
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) => relay.server.listen(0, '127.0.0.1', () => {
    relay.port = relay.server.address().port;
    resolve(relay);
  }));
}

// Splits recorded bytes into requests (Content-Length bodies only, which is what the SDKs send here).
function parseRequests(buffer) {
  const requests = [];
  let offset = 0;
  while (offset < buffer.length) {
    const end = buffer.indexOf('\r\n\r\n', offset);
    if (end < 0) break;
    const head = buffer.subarray(offset, end).toString('latin1').split('\r\n');
    const [method, target, version] = head[0].split(' ');
    const headers = head.slice(1).map((line) => {
      const i = line.indexOf(':');
      return [line.slice(0, i), line.slice(i + 1).trim()];
    });
    const lengthHeader = headers.find(([n]) => n.toLowerCase() === 'content-length');
    const length = lengthHeader ? Number(lengthHeader[1]) : 0;
    const body = buffer.subarray(end + 4, end + 4 + length);
    requests.push({ method, target, version, headers, body });
    offset = end + 4 + length;
  }
  return requests;
}

function serialise(request) {
  const headers = request.headers.filter(([n]) => n.toLowerCase() !== 'connection');
  headers.push(['Connection', 'close']);
  const head = [`${request.method} ${request.target} ${request.version}`, ...headers.map(([n, v]) => `${n}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), request.body]);
}

// Sends one raw request straight to the emulator; resolves with status, headers and body.
function sendRaw(port, bytes) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number(head[0].split(' ')[1]);
      const body = raw.subarray(end + 4).toString('utf8');
      const ec = (head.find((h) => /^x-oss-ec:/i.test(h)) || '').replace(/^x-oss-ec:\s*/i, '');
      const code = (/<Code>([^<]*)<\/Code>/.exec(body) || [])[1] || EC_CODES[ec] || '';
      resolve({ status, body, code, headers: head.slice(1) });
    });
    socket.on('error', reject);
    socket.setTimeout(10000, () => socket.destroy(new Error('timeout')));
    socket.write(bytes);
  });
}

// HEAD errors carry no body; OSS still sends the EC (providers.md §3.2).
const EC_CODES = { '0002-00000040': 'SignatureDoesNotMatch' };

function header(request, name) {
  const h = request.headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
  return h ? h[1] : undefined;
}

function setHeader(request, name, value) {
  const copy = { ...request, headers: request.headers.map(([n, v]) => [n, n.toLowerCase() === name.toLowerCase() ? value : v]) };
  return copy;
}

// ------------------------------------------------------------------------------------------------
// Cases.

async function expectOk(name, fn) {
  try {
    const detail = await fn();
    record(name, true, detail || '');
  } catch (e) {
    record(name, false, `${e.code || ''} ${e.message || e}`.trim());
  }
}

async function fetchOk(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

// Re-sends the last recorded request of `relay` with `change` applied and checks the answer.
async function expectRejected(name, relay, emulatorPort, change, expectedCode, expectedStatus = 403) {
  const requests = parseRequests(Buffer.concat(relay.sent));
  const original = requests[requests.length - 1];
  if (!original) {
    record(name, false, 'nothing recorded');
    return;
  }
  // The unchanged request must still be accepted, or the rejection below proves nothing.
  const replay = await sendRaw(emulatorPort, serialise(original));
  const tampered = change(original);
  const answer = await sendRaw(emulatorPort, serialise(tampered));
  const ok = replay.status < 300 && answer.status === expectedStatus && answer.code === expectedCode;
  record(name, ok, `replay ${replay.status}, tampered ${answer.status} ${answer.code}`);
}

async function expectSdkError(name, fn, expectedCode) {
  try {
    await fn();
    record(name, false, 'accepted');
  } catch (e) {
    const code = e.code || (e.error && e.error.Code) || e.name;
    const status = e.status || e.statusCode;
    record(name, code === expectedCode && status === 403, `${status} ${code}`);
  }
}

function plusOneSecondRfc1123(value) {
  return new Date(Date.parse(value) + 1000).toUTCString();
}

function plusOneSecondIso(value) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) + 1000);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const COS_BUCKET = 'examplebucket-1250000000';
const COS_REGION = 'ap-guangzhou';
const COS_OWNER = { id: 'AKIDEXAMPLEOWNER', secret: 'example-owner-secret-not-real' };
const COS_TEMP = { id: 'AKIDEXAMPLETEMP', secret: 'example-temp-secret-not-real', token: 'example-cos-token-not-real' };

function cosClient(port, key, extra = {}) {
  return new COS({
    SecretId: key.id,
    SecretKey: key.secret,
    SecurityToken: key.token || '',
    Domain: `127.0.0.1:${port}`,
    Protocol: 'http:',
    CorrectClockSkew: false,
    ...extra,
  });
}

function cosCall(cos, method, params) {
  return new Promise((resolve, reject) => {
    cos[method]({ Bucket: COS_BUCKET, Region: COS_REGION, ...params }, (err, data) => (err ? reject(Object.assign(new Error(err.message || err.code), err.error ? { ...err, code: err.code || err.error.Code } : err)) : resolve(data)));
  });
}

async function runCos() {
  const emulator = await startEmulator('cos-healthy.json');
  const relay = await startRelay(emulator.port);
  try {
    const cos = cosClient(relay.port, COS_OWNER);
    const p = emulator.port;
    await expectOk('cos headObject', async () => {
      const d = await cosCall(cos, 'headObject', { Key: 'photos/cat.jpg' });
      return `ETag ${d.ETag}`;
    });
    await expectOk('cos getObject', async () => {
      const d = await cosCall(cos, 'getObject', { Key: 'photos/cat.jpg' });
      if (String(d.Body) !== 'not really a jpeg') throw new Error(`body ${d.Body}`);
    });
    await expectRejected('cos getObject, signed Host changed after signing', relay, p,
      (r) => setHeader(r, 'Host', `localhost:${p}`), 'SignatureDoesNotMatch');
    await expectRejected('cos getObject, path changed after signing', relay, p,
      (r) => ({ ...r, target: r.target.replace('cat.jpg', 'cat.JPG') }), 'SignatureDoesNotMatch');
    await expectOk('cos getBucketAcl', async () => {
      const d = await cosCall(cos, 'getBucketAcl', {});
      if (d.ACL !== 'private') throw new Error(`ACL ${d.ACL}`);
    });
    await expectRejected('cos getBucketAcl, sub-resource changed after signing', relay, p,
      (r) => ({ ...r, target: r.target.replace('?acl', '?cors') }), 'SignatureDoesNotMatch');
    await expectOk('cos getBucketCors', async () => {
      const d = await cosCall(cos, 'getBucketCors', {});
      if (!d.CORSRules || d.CORSRules.length !== 1) throw new Error(JSON.stringify(d));
    });
    await expectOk('cos putObject', async () => {
      await cosCall(cos, 'putObject', { Key: 'probe/sdk.txt', Body: Buffer.from('written by the SDK') });
    });
    await expectRejected('cos putObject, signed Content-Length header changed', relay, p,
      (r) => setHeader({ ...r, body: Buffer.concat([r.body, Buffer.from('!')]) }, 'Content-Length', String(r.body.length + 1)),
      'SignatureDoesNotMatch');
    await expectOk('cos deleteObject', async () => {
      await cosCall(cos, 'deleteObject', { Key: 'probe/sdk.txt' });
    });
    await expectOk('cos getObjectUrl presigned + fetch', async () => {
      const url = cos.getObjectUrl({ Bucket: COS_BUCKET, Region: COS_REGION, Key: 'photos/cat.jpg', Sign: true, Expires: 600 });
      await fetchOk(url);
    });
    await expectRejected('cos presigned URL, key time extended', relay, p, (r) => ({
      ...r,
      target: r.target.replace(/q-sign-time=(\d+)(%3B|;)(\d+)/, (_, a, s, b) => `q-sign-time=${a}${s}${Number(b) + 3600}`)
        .replace(/q-key-time=(\d+)(%3B|;)(\d+)/, (_, a, s, b) => `q-key-time=${a}${s}${Number(b) + 3600}`),
    }), 'SignatureDoesNotMatch');

    const temp = cosClient(relay.port, COS_TEMP);
    await expectOk('cos temporary key headObject', () => cosCall(temp, 'headObject', { Key: 'photos/cat.jpg' }).then(() => ''));
    await expectOk('cos temporary key getObject', () => cosCall(temp, 'getObject', { Key: 'photos/cat.jpg' }).then(() => ''));
    await expectRejected('cos temporary key, token removed', relay, p,
      (r) => ({ ...r, headers: r.headers.filter(([n]) => n.toLowerCase() !== 'x-cos-security-token') }), 'InvalidToken');
    await expectOk('cos temporary key presigned URL + fetch', async () => {
      const url = temp.getObjectUrl({ Bucket: COS_BUCKET, Region: COS_REGION, Key: 'photos/cat.jpg', Sign: true, Expires: 600 });
      if (!url.includes('x-cos-security-token=')) throw new Error(`no token in ${url}`);
      await fetchOk(url);
    });

    await expectSdkError('cos wrong secret', () => cosCall(cosClient(relay.port, { id: COS_OWNER.id, secret: 'wrong-secret' }), 'getObject', { Key: 'photos/cat.jpg' }), 'SignatureDoesNotMatch');
    await expectSdkError('cos unknown key', () => cosCall(cosClient(relay.port, { id: 'AKIDEXAMPLENOBODY', secret: 'x' }), 'getObject', { Key: 'photos/cat.jpg' }), 'InvalidAccessKeyId');
  } finally {
    relay.server.close();
    await stopEmulator(emulator);
  }
}

const OSS_OWNER = { id: 'LTAIEXAMPLEOWNER', secret: 'example-owner-secret-not-real' };
const OSS_STS = { id: 'STS.EXAMPLETEMPKEY', secret: 'example-sts-secret-not-real', token: 'example-oss-token-not-real' };

function ossClient(port, key, { v4 = false, cname = true, host = '127.0.0.1' } = {}) {
  return new OSS({
    region: 'oss-cn-hangzhou',
    bucket: 'examplebucket',
    accessKeyId: key.id,
    accessKeySecret: key.secret,
    stsToken: key.token,
    endpoint: `http://${host}:${port}`,
    cname,
    secure: false,
    authorizationV4: v4,
    retryMax: 0,
    timeout: 10000,
  });
}

async function runOssForm(label, scenario, key, options) {
  const emulator = await startEmulator(scenario);
  const relay = await startRelay(emulator.port);
  const p = emulator.port;
  const dateHeader = options.v4 ? plusOneSecondIso : plusOneSecondRfc1123;
  try {
    const oss = ossClient(relay.port, key, options);
    await expectOk(`${label} head`, async () => {
      const d = await oss.head('photos/cat.jpg');
      return `status ${d.status}`;
    });
    await expectOk(`${label} get`, async () => {
      const d = await oss.get('photos/cat.jpg');
      if (String(d.content) !== 'not really a jpeg') throw new Error(`content ${d.content}`);
    });
    await expectRejected(`${label} get, signed x-oss-date changed after signing`, relay, p,
      (r) => setHeader(r, 'x-oss-date', dateHeader(header(r, 'x-oss-date'))), 'SignatureDoesNotMatch');
    await expectRejected(`${label} get, path changed after signing`, relay, p,
      (r) => ({ ...r, target: r.target.replace('cat.jpg', 'cat.JPG') }), 'SignatureDoesNotMatch');
    await expectOk(`${label} getBucketACL`, async () => {
      const d = await oss.getBucketACL('examplebucket');
      if (d.acl !== 'private') throw new Error(`acl ${d.acl}`);
    });
    await expectRejected(`${label} getBucketACL, sub-resource changed after signing`, relay, p,
      (r) => ({ ...r, target: r.target.replace('?acl', '?cors') }), 'SignatureDoesNotMatch');
    await expectOk(`${label} getBucketCORS`, async () => {
      const d = await oss.getBucketCORS('examplebucket');
      if (!d.rules || d.rules.length !== 1) throw new Error(JSON.stringify(d.rules));
    });
    await expectOk(`${label} put`, async () => {
      await oss.put('probe/sdk.txt', Buffer.from('written by the SDK'));
    });
    await expectRejected(`${label} put, signed Content-Type changed`, relay, p,
      (r) => setHeader(r, 'Content-Type', 'application/x-tampered'), 'SignatureDoesNotMatch');
    await expectOk(`${label} delete`, async () => {
      await oss.delete('probe/sdk.txt');
    });
    await expectOk(`${label} presigned URL + fetch`, async () => {
      let url;
      if (options.v4) {
        url = await oss.signatureUrlV4('GET', 600, { headers: {} }, 'photos/cat.jpg');
      } else {
        // ali-oss refuses V1 URLs for an IP endpoint. V1 does not sign the host, so sign for a
        // host name and send the URL to the relay's address.
        const named = ossClient(relay.port, key, { ...options, host: 'localhost' });
        url = named.signatureUrl('photos/cat.jpg', { expires: 600 }).replace(/^http:\/\/[^/]+/, `http://127.0.0.1:${relay.port}`);
      }
      await fetchOk(url);
      return url.replace(/Signature=[^&]+|x-oss-signature=[^&]+/, (m) => `${m.split('=')[0]}=…`);
    });
    await expectRejected(`${label} presigned URL, signed query parameter added`, relay, p,
      (r) => ({ ...r, target: `${r.target}&response-content-type=text%2Fhtml` }), 'SignatureDoesNotMatch');
    if (!key.token) {
      await expectSdkError(`${label} wrong secret`, () => ossClient(relay.port, { id: key.id, secret: 'wrong-secret' }, options).get('photos/cat.jpg'), 'SignatureDoesNotMatch');
      await expectSdkError(`${label} unknown key`, () => ossClient(relay.port, { id: 'LTAIEXAMPLENOBODY', secret: 'x' }, options).get('photos/cat.jpg'), 'InvalidAccessKeyId');
    } else {
      await expectSdkError(`${label} wrong token`, () => ossClient(relay.port, { ...key, token: 'forged-token' }, options).get('photos/cat.jpg'), 'InvalidSecurityToken');
    }
  } finally {
    relay.server.close();
    await stopEmulator(emulator);
  }
}

async function main() {
  await runCos();
  await runOssForm('oss V1 cname', 'oss-healthy.json', OSS_OWNER, { v4: false, cname: true });
  await runOssForm('oss V1 path-style', 'oss-healthy.json', OSS_OWNER, { v4: false, cname: false });
  await runOssForm('oss V4 cname', 'oss-healthy.json', OSS_OWNER, { v4: true, cname: true });
  await runOssForm('oss V4 path-style', 'oss-healthy.json', OSS_OWNER, { v4: true, cname: false });
  await runOssForm('oss V1 STS', 'oss-token.json', OSS_STS, { v4: false, cname: true });
  await runOssForm('oss V4 STS', 'oss-token.json', OSS_STS, { v4: true, cname: true });
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
