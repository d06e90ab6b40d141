#!/usr/bin/env node
// Runs s3rver (tests/node_modules, pinned in tests/package.json) as a local S3 for the tests.
//
// Usage: node start.mjs [--config] BUCKETS.json
//
// The config names the buckets to create, each with an optional CORS configuration (the XML body
// of PutBucketCors) and optional objects to store before the server accepts connections:
//   { "buckets": [ { "name": "b", "cors": "<CORSConfiguration>…</CORSConfiguration>",
//                    "objects": [ { "key": "k", "body": "text", "contentType": "text/plain" } ] } ] }
//
// Listens on 127.0.0.1 on a free port, stores data in a fresh temporary directory, and prints one
// line `listening http://127.0.0.1:PORT` on stdout once the buckets and objects are in place;
// nothing else is ever written to stdout. Runs until stdin closes (the parent went away) or a
// SIGTERM/SIGINT arrives, then removes the directory. Exit status 2 when it cannot start.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { Readable } from 'node:stream';

const require = createRequire(import.meta.url);
const S3rver = require('s3rver');
// The store API takes S3Object instances; s3rver's package has no exports map, so the model is
// reachable by path. Storing through the API keeps the start independent of whether s3rver lets an
// unsigned PUT through.
const S3Object = require('s3rver/lib/models/object');

function parseArguments(argv) {
    const args = argv.slice(2);
    if (args.length === 2 && args[0] === '--config')
        return args[1];
    if (args.length === 1 && !args[0].startsWith('--'))
        return args[0];
    throw new Error('usage: start.mjs [--config] BUCKETS.json');
}

function readConfig(file) {
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(config.buckets))
        throw new Error(`${file}: "buckets" must be an array`);
    for (const bucket of config.buckets) {
        if (typeof bucket.name !== 'string' || !bucket.name)
            throw new Error(`${file}: every bucket needs a "name"`);
        for (const object of bucket.objects ?? []) {
            if (typeof object.key !== 'string' || typeof object.body !== 'string')
                throw new Error(`${file}: objects of "${bucket.name}" need a string "key" and "body"`);
        }
    }
    return config;
}

async function putObjects(server, buckets) {
    for (const bucket of buckets) {
        for (const object of bucket.objects ?? []) {
            const body = Buffer.from(object.body, 'utf8');
            await server.store.putObject(new S3Object(bucket.name, object.key, Readable.from([body]), {
                'content-type': object.contentType ?? 'text/plain',
                'content-length': String(body.length),
            }));
        }
    }
}

let directory;
let server;
let stopping = false;

function removeDirectory() {
    if (directory)
        fs.rmSync(directory, { recursive: true, force: true });
    directory = undefined;
}

function stop(status) {
    if (stopping)
        return;
    stopping = true;
    const finish = () => {
        removeDirectory();
        process.exit(status);
    };
    if (!server?.httpServer) {
        finish();
        return;
    }
    // close() alone waits for idle keep-alive connections, which a QNetworkAccessManager holds open.
    server.httpServer.closeAllConnections();
    server.close().then(finish, finish);
}

async function main() {
    const config = readConfig(parseArguments(process.argv));
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'bucketdoctor-s3rver-'));
    server = new S3rver({
        address: '127.0.0.1',
        port: 0,
        silent: true,
        directory,
        configureBuckets: config.buckets.map(bucket => ({
            name: bucket.name,
            configs: bucket.cors ? [bucket.cors] : [],
        })),
    });
    // run() creates the buckets and then listens; the objects go in before anyone is told the port.
    const address = await server.run();
    await putObjects(server, config.buckets);
    process.stdout.write(`listening http://127.0.0.1:${address.port}\n`);
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.on('close', () => stop(0));
process.stdin.resume();
// A last resort for the directory; exit handlers must be synchronous, which rmSync is.
process.on('exit', removeDirectory);

main().catch(error => {
    process.stderr.write(`s3rver/start.mjs: ${error.message}\n`);
    stop(2);
});
