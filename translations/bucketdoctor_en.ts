<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckStepWidget</name>
    <message>
        <source>Details: requests and responses</source>
        <translation>Details: requests and responses</translation>
    </message>
    <message>
        <source>Show the requests and responses of %1</source>
        <translation>Show the requests and responses of %1</translation>
    </message>
    <message>
        <source>Requests and responses of %1, secrets removed</source>
        <translation>Requests and responses of %1, secrets removed</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>not run yet</translation>
    </message>
    <message>
        <source>Will send:</source>
        <translation>Will send:</translation>
    </message>
    <message>
        <source>%1 %2, needs %3</source>
        <translation>%1 %2, needs %3</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>Status of %1: %2</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Run &amp;again</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>The same requests with curl (signatures and tokens left out: put in your own, or attach as they are):</source>
        <translation>The same requests with curl (signatures and tokens left out: put in your own, or attach as they are):</translation>
    </message>
    <message>
        <source>curl commands of %1, secrets left out</source>
        <translation>curl commands of %1, secrets left out</translation>
    </message>
    <message>
        <source>Copy the curl commands</source>
        <translation>Copy the curl commands</translation>
    </message>
    <message>
        <source>running, %1 of %2…</source>
        <translation>running, %1 of %2…</translation>
    </message>
    <message>
        <source>The guide asks: %1</source>
        <translation>The guide asks: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Endpoint and region</source>
        <translation>Endpoint and region</translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>Time sync</translation>
    </message>
    <message>
        <source>Key state</source>
        <translation>Key state</translation>
    </message>
    <message>
        <source>Anonymous access</source>
        <translation>Anonymous access</translation>
    </message>
    <message>
        <source>Bucket ACL</source>
        <translation>Bucket ACL</translation>
    </message>
    <message>
        <source>Bucket policy</source>
        <translation>Bucket policy</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Referer (hotlink protection)</source>
        <translation>Referer (hotlink protection)</translation>
    </message>
    <message>
        <source>Object state</source>
        <translation>Object state</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Write probe</source>
        <translation>Write probe</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>The host name did not resolve: check the endpoint for typos, and the DNS or proxy settings.</source>
        <translation>The host name did not resolve: check the endpoint for typos, and the DNS or proxy settings.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection on that host and port.</source>
        <translation>Nothing accepted the connection on that host and port.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The TLS handshake was refused: the server&apos;s certificate is not trusted for this host. The details list why.</source>
        <translation>The TLS handshake was refused: the server&apos;s certificate is not trusted for this host. The details list why.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere. The redirect was not followed, so no credentials left for another host.</source>
        <translation>The server sent the request elsewhere. The redirect was not followed, so no credentials left for another host.</translation>
    </message>
    <message>
        <source>The answer stopped before its end.</source>
        <translation>The answer stopped before its end.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>The server closed the connection without answering.</translation>
    </message>
    <message>
        <source>The server answered with an internal error (5xx); try again later.</source>
        <translation>The server answered with an internal error (5xx); try again later.</translation>
    </message>
    <message>
        <source>The request could not be signed with the given key.</source>
        <translation>The request could not be signed with the given key.</translation>
    </message>
    <message>
        <source>The answer carried no Date header to compare the clock with.</source>
        <translation>The answer carried no Date header to compare the clock with.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>The answer could not be read.</translation>
    </message>
    <message>
        <source>The request failed because of a network error.</source>
        <translation>The request failed because of a network error.</translation>
    </message>
    <message>
        <source>Not selected for this run.</source>
        <translation>Not selected for this run.</translation>
    </message>
    <message>
        <source>Writes to the bucket only when you allow the write probe.</source>
        <translation>Writes to the bucket only when you allow the write probe.</translation>
    </message>
    <message>
        <source>This provider has no referer rules of its own; a referer condition would be in the bucket policy.</source>
        <translation>This provider has no referer rules of its own; a referer condition would be in the bucket policy.</translation>
    </message>
    <message>
        <source>The run was cancelled before this check started.</source>
        <translation>The run was cancelled before this check started.</translation>
    </message>
    <message>
        <source>The store does not implement this request, so there is nothing to read.</source>
        <translation>The store does not implement this request, so there is nothing to read.</translation>
    </message>
    <message>
        <source>Needs the endpoint.</source>
        <translation>Needs the endpoint.</translation>
    </message>
    <message>
        <source>Needs the bucket name.</source>
        <translation>Needs the bucket name.</translation>
    </message>
    <message>
        <source>Needs the object key.</source>
        <translation>Needs the object key.</translation>
    </message>
    <message>
        <source>Needs the page&apos;s origin (the browser context).</source>
        <translation>Needs the page&apos;s origin (the browser context).</translation>
    </message>
    <message>
        <source>Needs the Referer the page sends.</source>
        <translation>Needs the Referer the page sends.</translation>
    </message>
    <message>
        <source>Needs an access key ID (SecretId / AccessKeyId).</source>
        <translation>Needs an access key ID (SecretId / AccessKeyId).</translation>
    </message>
    <message>
        <source>Needs the secret key.</source>
        <translation>Needs the secret key.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>No network access is available.</translation>
    </message>
    <message>
        <source>Could not run (%1).</source>
        <translation>Could not run (%1).</translation>
    </message>
    <message>
        <source>The bucket answers at this endpoint.</source>
        <translation>The bucket answers at this endpoint.</translation>
    </message>
    <message>
        <source>The bucket answers at this endpoint, in region %1.</source>
        <translation>The bucket answers at this endpoint, in region %1.</translation>
    </message>
    <message>
        <source>The bucket must be addressed at another endpoint: %1.</source>
        <translation>The bucket must be addressed at another endpoint: %1.</translation>
    </message>
    <message>
        <source>The bucket lives in region %1, not in the region given.</source>
        <translation>The bucket lives in region %1, not in the region given.</translation>
    </message>
    <message>
        <source>No bucket of this name exists at this endpoint: check the name (for COS with its -APPID) and the region.</source>
        <translation>No bucket of this name exists at this endpoint: check the name (for COS with its -APPID) and the region.</translation>
    </message>
    <message>
        <source>Path-style addresses do not work on the default COS domain for buckets created since 2024-01-01; use the virtual-hosted form.</source>
        <translation>Path-style addresses do not work on the default COS domain for buckets created since 2024-01-01; use the virtual-hosted form.</translation>
    </message>
    <message>
        <source>The endpoint redirects to %1; the redirect was not followed.</source>
        <translation>The endpoint redirects to %1; the redirect was not followed.</translation>
    </message>
    <message>
        <source>The local clock agrees with the server&apos;s (off by %1 s).</source>
        <translation>The local clock agrees with the server&apos;s (off by %1 s).</translation>
    </message>
    <message>
        <source>The local clock is %1 s off the server&apos;s: not yet refused, but drifting.</source>
        <translation>The local clock is %1 s off the server&apos;s: not yet refused, but drifting.</translation>
    </message>
    <message>
        <source>The local clock is %1 s off the server&apos;s, more than the 15 minutes the provider accepts: signed requests are refused.</source>
        <translation>The local clock is %1 s off the server&apos;s, more than the 15 minutes the provider accepts: signed requests are refused.</translation>
    </message>
    <message>
        <source>The provider accepts the key pair and its signature.</source>
        <translation>The provider accepts the key pair and its signature.</translation>
    </message>
    <message>
        <source>The provider accepts the key pair, but refused the request for lack of permission (%1).</source>
        <translation>The provider accepts the key pair, but refused the request for lack of permission (%1).</translation>
    </message>
    <message>
        <source>The provider does not know this access key ID: it is mistyped, deleted, or from another account.</source>
        <translation>The provider does not know this access key ID: it is mistyped, deleted, or from another account.</translation>
    </message>
    <message>
        <source>This access key is disabled.</source>
        <translation>This access key is disabled.</translation>
    </message>
    <message>
        <source>The signature was refused although it was computed correctly: the secret key does not belong to this access key ID.</source>
        <translation>The signature was refused although it was computed correctly: the secret key does not belong to this access key ID.</translation>
    </message>
    <message>
        <source>These are temporary credentials and the security token is missing.</source>
        <translation>These are temporary credentials and the security token is missing.</translation>
    </message>
    <message>
        <source>The security token was refused: it has expired or belongs to another key.</source>
        <translation>The security token was refused: it has expired or belongs to another key.</translation>
    </message>
    <message>
        <source>The request was refused for its time: the clock difference is too large or the signature expired.</source>
        <translation>The request was refused for its time: the clock difference is too large or the signature expired.</translation>
    </message>
    <message>
        <source>The signature names the wrong region for this bucket.</source>
        <translation>The signature names the wrong region for this bucket.</translation>
    </message>
    <message>
        <source>Anyone can read this without signing.</source>
        <translation>Anyone can read this without signing.</translation>
    </message>
    <message>
        <source>An unsigned request is refused: the resource is private, so requests must be signed.</source>
        <translation>An unsigned request is refused: the resource is private, so requests must be signed.</translation>
    </message>
    <message>
        <source>An unsigned request is refused for another reason (%1).</source>
        <translation>An unsigned request is refused for another reason (%1).</translation>
    </message>
    <message>
        <source>An unsigned request gets 404: the object or bucket does not exist here.</source>
        <translation>An unsigned request gets 404: the object or bucket does not exist here.</translation>
    </message>
    <message>
        <source>The bucket ACL is private: only granted accounts may read.</source>
        <translation>The bucket ACL is private: only granted accounts may read.</translation>
    </message>
    <message>
        <source>The bucket ACL lets anyone read.</source>
        <translation>The bucket ACL lets anyone read.</translation>
    </message>
    <message>
        <source>The bucket ACL lets anyone write: anyone may upload or overwrite objects.</source>
        <translation>The bucket ACL lets anyone write: anyone may upload or overwrite objects.</translation>
    </message>
    <message>
        <source>This key may not read the setting (%1). An administrator&apos;s key can.</source>
        <translation>This key may not read the setting (%1). An administrator&apos;s key can.</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>The bucket has no bucket policy.</translation>
    </message>
    <message>
        <source>The bucket policy (%1 statements) denies nothing here.</source>
        <translation>The bucket policy (%1 statements) denies nothing here.</translation>
    </message>
    <message>
        <source>The bucket policy lets anyone read, whatever the ACL says.</source>
        <translation>The bucket policy lets anyone read, whatever the ACL says.</translation>
    </message>
    <message>
        <source>Statement %1 of the bucket policy denies this request for %2; a deny wins over any allow.</source>
        <translation>Statement %1 of the bucket policy denies this request for %2; a deny wins over any allow.</translation>
    </message>
    <message>
        <source>The bucket policy depends on the caller&apos;s network (%1): requests from another IP address or VPC are treated differently.</source>
        <translation>The bucket policy depends on the caller&apos;s network (%1): requests from another IP address or VPC are treated differently.</translation>
    </message>
    <message>
        <source>The bucket policy has a condition this tool cannot evaluate; read it in the details.</source>
        <translation>The bucket policy has a condition this tool cannot evaluate; read it in the details.</translation>
    </message>
    <message>
        <source>The preflight is allowed for this origin, method and headers.</source>
        <translation>The preflight is allowed for this origin, method and headers.</translation>
    </message>
    <message>
        <source>The preflight is refused: no CORS rule allows this origin, method and headers.</source>
        <translation>The preflight is refused: no CORS rule allows this origin, method and headers.</translation>
    </message>
    <message>
        <source>The answer does not allow this origin, so the browser blocks the response.</source>
        <translation>The answer does not allow this origin, so the browser blocks the response.</translation>
    </message>
    <message>
        <source>The answer does not allow this method.</source>
        <translation>The answer does not allow this method.</translation>
    </message>
    <message>
        <source>The answer does not allow the request header %1.</source>
        <translation>The answer does not allow the request header %1.</translation>
    </message>
    <message>
        <source>The preflight passed, but the bucket&apos;s rules refuse it: something in front of the bucket (a CDN or proxy) answered.</source>
        <translation>The preflight passed, but the bucket&apos;s rules refuse it: something in front of the bucket (a CDN or proxy) answered.</translation>
    </message>
    <message>
        <source>The referer rules let this page through.</source>
        <translation>The referer rules let this page through.</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules refuse requests from this page.</source>
        <translation>The bucket&apos;s referer rules refuse requests from this page.</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules would refuse this page (%1).</source>
        <translation>The bucket&apos;s referer rules would refuse this page (%1).</translation>
    </message>
    <message>
        <source>The object exists (storage class %1).</source>
        <translation>The object exists (storage class %1).</translation>
    </message>
    <message>
        <source>The object is archived (%1) and a restored copy is readable.</source>
        <translation>The object is archived (%1) and a restored copy is readable.</translation>
    </message>
    <message>
        <source>The object is in the archive class %1 and not restored: restore it before reading.</source>
        <translation>The object is in the archive class %1 and not restored: restore it before reading.</translation>
    </message>
    <message>
        <source>The object is being restored from %1; it can be read when the restore ends.</source>
        <translation>The object is being restored from %1; it can be read when the restore ends.</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>The object does not exist.</translation>
    </message>
    <message>
        <source>The object answered 403. Without list permission a missing object also answers 403, not 404.</source>
        <translation>The object answered 403. Without list permission a missing object also answers 403, not 404.</translation>
    </message>
    <message>
        <source>KMS encryption is in use: the caller also needs permission to use the KMS key.</source>
        <translation>KMS encryption is in use: the caller also needs permission to use the KMS key.</translation>
    </message>
    <message>
        <source>Server-side encryption with provider-managed keys; it needs no extra permission.</source>
        <translation>Server-side encryption with provider-managed keys; it needs no extra permission.</translation>
    </message>
    <message>
        <source>No server-side encryption is set.</source>
        <translation>No server-side encryption is set.</translation>
    </message>
    <message>
        <source>A test object was written and deleted: this key may write here.</source>
        <translation>A test object was written and deleted: this key may write here.</translation>
    </message>
    <message>
        <source>Writing a test object was refused (%1).</source>
        <translation>Writing a test object was refused (%1).</translation>
    </message>
    <message>
        <source>A test object was written but could not be deleted: remove %1 by hand.</source>
        <translation>A test object was written but could not be deleted: remove %1 by hand.</translation>
    </message>
    <message>
        <source>The server answered with the error %1.</source>
        <translation>The server answered with the error %1.</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Endpoint named by the server</source>
        <translation>Endpoint named by the server</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Addressing</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Certificate subject</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Certificate issuer</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <source>Certificate not issued for</source>
        <translation>Certificate not issued for</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Self-signed certificate</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>Redirect target</translation>
    </message>
    <message>
        <source>Clock offset (ms, server minus local)</source>
        <translation>Clock offset (ms, server minus local)</translation>
    </message>
    <message>
        <source>Measurement error (± ms)</source>
        <translation>Measurement error (± ms)</translation>
    </message>
    <message>
        <source>Server Date</source>
        <translation>Server Date</translation>
    </message>
    <message>
        <source>Signed at the server&apos;s time (offset ms)</source>
        <translation>Signed at the server&apos;s time (offset ms)</translation>
    </message>
    <message>
        <source>Canned ACL</source>
        <translation>Canned ACL</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Anyone may read</source>
        <translation>Anyone may read</translation>
    </message>
    <message>
        <source>Anyone may write</source>
        <translation>Anyone may write</translation>
    </message>
    <message>
        <source>Policy statements</source>
        <translation>Policy statements</translation>
    </message>
    <message>
        <source>Denied principal</source>
        <translation>Denied principal</translation>
    </message>
    <message>
        <source>Statement Sid</source>
        <translation>Statement Sid</translation>
    </message>
    <message>
        <source>Statement number (from 0)</source>
        <translation>Statement number (from 0)</translation>
    </message>
    <message>
        <source>Network condition key</source>
        <translation>Network condition key</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin</source>
        <translation>Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods</source>
        <translation>Access-Control-Allow-Methods</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers</source>
        <translation>Access-Control-Allow-Headers</translation>
    </message>
    <message>
        <source>Header not allowed</source>
        <translation>Header not allowed</translation>
    </message>
    <message>
        <source>Rules read</source>
        <translation>Rules read</translation>
    </message>
    <message>
        <source>The rules decide</source>
        <translation>The rules decide</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Deciding rule (from 0)</source>
        <translation>Deciding rule (from 0)</translation>
    </message>
    <message>
        <source>Closest rule (from 0)</source>
        <translation>Closest rule (from 0)</translation>
    </message>
    <message>
        <source>Rule detail</source>
        <translation>Rule detail</translation>
    </message>
    <message>
        <source>Rules and live answer disagree</source>
        <translation>Rules and live answer disagree</translation>
    </message>
    <message>
        <source>Deciding entry</source>
        <translation>Deciding entry</translation>
    </message>
    <message>
        <source>Referer as compared</source>
        <translation>Referer as compared</translation>
    </message>
    <message>
        <source>With the Referer</source>
        <translation>With the Referer</translation>
    </message>
    <message>
        <source>Without a Referer</source>
        <translation>Without a Referer</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Storage class</translation>
    </message>
    <message>
        <source>Restore state</source>
        <translation>Restore state</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>Server-side encryption</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS key</translation>
    </message>
    <message>
        <source>Bucket default encryption</source>
        <translation>Bucket default encryption</translation>
    </message>
    <message>
        <source>Bucket KMS key</source>
        <translation>Bucket KMS key</translation>
    </message>
    <message>
        <source>Object encryption</source>
        <translation>Object encryption</translation>
    </message>
    <message>
        <source>Object KMS key</source>
        <translation>Object KMS key</translation>
    </message>
    <message>
        <source>Test object</source>
        <translation>Test object</translation>
    </message>
    <message>
        <source>PUT status</source>
        <translation>PUT status</translation>
    </message>
    <message>
        <source>DELETE status</source>
        <translation>DELETE status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Live check &quot;%1&quot;: %2</source>
        <translation>Live check &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Took %1 ms (the checks&apos; own times add up to %2 ms; the longest chain of dependent checks, %3 ms).</source>
        <translation>Took %1 ms (the checks&apos; own times add up to %2 ms; the longest chain of dependent checks, %3 ms).</translation>
    </message>
    <message>
        <source>Bucket Doctor live check report</source>
        <translation>Bucket Doctor live check report</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live checks</translation>
    </message>
    <message>
        <source>Requests sent and the permission each needs</source>
        <translation>Requests sent and the permission each needs</translation>
    </message>
    <message>
        <source>Requests and responses (secrets removed)</source>
        <translation>Requests and responses (secrets removed)</translation>
    </message>
    <message>
        <source>The signed request was refused because the bucket lives behind another endpoint.</source>
        <translation>The signed request was refused because the bucket lives behind another endpoint.</translation>
    </message>
    <message>
        <source>No check failed: the bucket answers these requests. Compare them with the request that failed (its key, headers, time and network); the causes below are ranked from what the checks found.</source>
        <translation>No check failed: the bucket answers these requests. Compare them with the request that failed (its key, headers, time and network); the causes below are ranked from what the checks found.</translation>
    </message>
    <message>
        <source>The symptom does not point here, so this check is not suggested. You can still run it.</source>
        <translation>The symptom does not point here, so this check is not suggested. You can still run it.</translation>
    </message>
    <message>
        <source>The checks could not reach the bucket: there may be no network, or the endpoint is wrong. The diagnosis of the paste stands without them.</source>
        <translation>The checks could not reach the bucket: there may be no network, or the endpoint is wrong. The diagnosis of the paste stands without them.</translation>
    </message>
    <message>
        <source>none (unsigned)</source>
        <translation>none (unsigned)</translation>
    </message>
    <message>
        <source>none (a browser never signs a preflight)</source>
        <translation>none (a browser never signs a preflight)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Bucket Doctor version</source>
        <translation>Bucket Doctor version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Clock offset</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>%1 ms (server minus this computer)</source>
        <translation>%1 ms (server minus this computer)</translation>
    </message>
    <message>
        <source>not measured (the time check did not run)</source>
        <translation>not measured (the time check did not run)</translation>
    </message>
    <message>
        <source>the system&apos;s settings</source>
        <translation>the system&apos;s settings</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>none (direct connection)</translation>
    </message>
    <message>
        <source>OSS V4 signatures name the bucket&apos;s region: give the region (for example cn-hangzhou), or sign with version 1.</source>
        <translation>OSS V4 signatures name the bucket&apos;s region: give the region (for example cn-hangzhou), or sign with version 1.</translation>
    </message>
    <message>
        <source>Condition that decides</source>
        <translation>Condition that decides</translation>
    </message>
    <message>
        <source>The provider knows this key, but its user, account or bucket is suspended or disabled (%1): the account owner or the provider must lift it.</source>
        <translation>The provider knows this key, but its user, account or bucket is suspended or disabled (%1): the account owner or the provider must lift it.</translation>
    </message>
    <message>
        <source>No live check gave an answer (each was skipped, ended in error or did not run), so nothing here was confirmed against the bucket itself.</source>
        <translation>No live check gave an answer (each was skipped, ended in error or did not run), so nothing here was confirmed against the bucket itself.</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Checked: %1.</translation>
    </message>
    <message>
        <source>Not checked (skipped, error or not run): %1.</source>
        <translation>Not checked (skipped, error or not run): %1.</translation>
    </message>
    <message>
        <source>For the provider&apos;s support</source>
        <translation>For the provider&apos;s support</translation>
    </message>
    <message>
        <source>from the pasted error</source>
        <translation>from the pasted error</translation>
    </message>
    <message>
        <source>from the live check &quot;%1&quot;</source>
        <translation>from the live check &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Appendix: requests and responses</source>
        <translation>Appendix: requests and responses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not permitted to read</source>
        <translation>not permitted to read</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>denied (403)</source>
        <translation>denied (403)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>denied by the Referer rule</source>
        <translation>denied by the Referer rule</translation>
    </message>
    <message>
        <source>path-style</source>
        <translation>path-style</translation>
    </message>
    <message>
        <source>virtual-hosted</source>
        <translation>virtual-hosted</translation>
    </message>
    <message>
        <source>anonymous (unsigned)</source>
        <translation>anonymous (unsigned)</translation>
    </message>
    <message>
        <source>the Referer is on the blacklist</source>
        <translation>the Referer is on the blacklist</translation>
    </message>
    <message>
        <source>the Referer is not on the blacklist</source>
        <translation>the Referer is not on the blacklist</translation>
    </message>
    <message>
        <source>the Referer is on the whitelist</source>
        <translation>the Referer is on the whitelist</translation>
    </message>
    <message>
        <source>the Referer is not on the whitelist</source>
        <translation>the Referer is not on the whitelist</translation>
    </message>
    <message>
        <source>no whitelist</source>
        <translation>no whitelist</translation>
    </message>
    <message>
        <source>an empty Referer is allowed</source>
        <translation>an empty Referer is allowed</translation>
    </message>
    <message>
        <source>an empty Referer is allowed (no whitelist)</source>
        <translation>an empty Referer is allowed (no whitelist)</translation>
    </message>
    <message>
        <source>an empty Referer is denied</source>
        <translation>an empty Referer is denied</translation>
    </message>
    <message>
        <source>no rules configured</source>
        <translation>no rules configured</translation>
    </message>
    <message>
        <source>the rules cannot be applied</source>
        <translation>the rules cannot be applied</translation>
    </message>
    <message>
        <source>the rules are malformed</source>
        <translation>the rules are malformed</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>not supported</translation>
    </message>
    <message>
        <source>a signed request is not checked</source>
        <translation>a signed request is not checked</translation>
    </message>
    <message>
        <source>a rule matches</source>
        <translation>a rule matches</translation>
    </message>
    <message>
        <source>no rule allows the origin</source>
        <translation>no rule allows the origin</translation>
    </message>
    <message>
        <source>no rule allows the method</source>
        <translation>no rule allows the method</translation>
    </message>
    <message>
        <source>no rule allows a requested header</source>
        <translation>no rule allows a requested header</translation>
    </message>
    <message>
        <source>no origin given</source>
        <translation>no origin given</translation>
    </message>
    <message>
        <source>no request method given</source>
        <translation>no request method given</translation>
    </message>
    <message>
        <source>unsupported method</source>
        <translation>unsupported method</translation>
    </message>
    <message>
        <source>The host name %1 did not resolve: check the endpoint for typos, and the DNS or proxy settings. A store without a DNS name for each bucket needs path-style addressing.</source>
        <translation>The host name %1 did not resolve: check the endpoint for typos, and the DNS or proxy settings. A store without a DNS name for each bucket needs path-style addressing.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules refuse requests without a Referer.</source>
        <translation>The bucket&apos;s referer rules refuse requests without a Referer.</translation>
    </message>
    <message>
        <source>A request without a Referer gets through the referer rules. Type the page&apos;s address as the Referer to test the page itself.</source>
        <translation>A request without a Referer gets through the referer rules. Type the page&apos;s address as the Referer to test the page itself.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Read from</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Ask the bucket</source>
        <translation>Ask the bucket</translation>
    </message>
    <message>
        <source>Each check says what it will send before it runs. Everything is read-only unless you allow the write probe.</source>
        <translation>Each check says what it will send before it runs. Everything is read-only unless you allow the write probe.</translation>
    </message>
    <message>
        <source>Run the &amp;suggested checks</source>
        <translation>Run the &amp;suggested checks</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Allow the &amp;write probe (uploads a small test object, then deletes it)</source>
        <translation>Allow the &amp;write probe (uploads a small test object, then deletes it)</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>No check has run yet.</translation>
    </message>
    <message>
        <source>Checks that failed: %1. The summary ranks the causes with this evidence.</source>
        <translation>Checks that failed: %1. The summary ranks the causes with this evidence.</translation>
    </message>
    <message>
        <source>The steps follow the provider&apos;s guide for this error, in its order: each shows the guide&apos;s question, the check that answers it, and the answer. Questions no check can answer are yours to answer.</source>
        <translation>The steps follow the provider&apos;s guide for this error, in its order: each shows the guide&apos;s question, the check that answers it, and the answer. Questions no check can answer are yours to answer.</translation>
    </message>
    <message>
        <source>The suggested checks come first, those the likeliest causes name. The others can still be run.</source>
        <translation>The suggested checks come first, those the likeliest causes name. The others can still be run.</translation>
    </message>
    <message>
        <source>Step %1 of %2: the guide ends here. %3 Bucket Doctor gathers what support asks for (the request IDs, the checks and their answers) in the report.</source>
        <translation>Step %1 of %2: the guide ends here. %3 Bucket Doctor gathers what support asks for (the request IDs, the checks and their answers) in the report.</translation>
    </message>
    <message>
        <source>Starting the checks…</source>
        <translation>Starting the checks…</translation>
    </message>
    <message>
        <source>Running check %1 of %2: %3.</source>
        <translation>Running check %1 of %2: %3.</translation>
    </message>
    <message>
        <source>The “%1” check confirmed the cause, so the walk stops here. The summary has the answer; you can keep checking.</source>
        <translation>The “%1” check confirmed the cause, so the walk stops here. The summary has the answer; you can keep checking.</translation>
    </message>
    <message>
        <source>Run a&amp;ll checks</source>
        <translation>Run a&amp;ll checks</translation>
    </message>
    <message>
        <source>&amp;Keep checking</source>
        <translation>&amp;Keep checking</translation>
    </message>
    <message>
        <source>Prepare the &amp;ticket details</source>
        <translation>Prepare the &amp;ticket details</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Finds out why object storage answers 403 Forbidden.</source>
        <translation>Finds out why object storage answers 403 Forbidden.</translation>
    </message>
    <message>
        <source>The command: diagnose, inspect-url, sign or check.</source>
        <translation>The command: diagnose, inspect-url, sign or check.</translation>
    </message>
    <message>
        <source>The file with the pasted error, or - for standard input.</source>
        <translation>The file with the pasted error, or - for standard input.</translation>
    </message>
    <message>
        <source>The provider: auto, cos, oss or s3.</source>
        <translation>The provider: auto, cos, oss or s3.</translation>
    </message>
    <message>
        <source>The output format: text, json or markdown.</source>
        <translation>The output format: text, json or markdown.</translation>
    </message>
    <message>
        <source>The language of the output: en, zh_CN or ko.</source>
        <translation>The language of the output: en, zh_CN or ko.</translation>
    </message>
    <message>
        <source>The OSS signature version: 1 or 4 (default 1).</source>
        <translation>The OSS signature version: 1 or 4 (default 1).</translation>
    </message>
    <message>
        <source>The HTTP method of the request.</source>
        <translation>The HTTP method of the request.</translation>
    </message>
    <message>
        <source>The full URL of the request.</source>
        <translation>The full URL of the request.</translation>
    </message>
    <message>
        <source>A request header to sign; repeat for more.</source>
        <translation>A request header to sign; repeat for more.</translation>
    </message>
    <message>
        <source>The access key id (SecretId, AccessKeyId).</source>
        <translation>The access key id (SecretId, AccessKeyId).</translation>
    </message>
    <message>
        <source>The region for the signature scope (OSS V4, S3).</source>
        <translation>The region for the signature scope (OSS V4, S3).</translation>
    </message>
    <message>
        <source>The request time in Unix seconds (default: now).</source>
        <translation>The request time in Unix seconds (default: now).</translation>
    </message>
    <message>
        <source>How many seconds the signature stays valid (default 900).</source>
        <translation>How many seconds the signature stays valid (default 900).</translation>
    </message>
    <message>
        <source>Sign the URL itself instead of an Authorization header.</source>
        <translation>Sign the URL itself instead of an Authorization header.</translation>
    </message>
    <message>
        <source>The output format: text or json.</source>
        <translation>The output format: text or json.</translation>
    </message>
    <message>
        <source>Read the secret key from this file instead of BUCKETDOCTOR_SECRET_KEY.</source>
        <translation>Read the secret key from this file instead of BUCKETDOCTOR_SECRET_KEY.</translation>
    </message>
    <message>
        <source>Read the security token from this file instead of BUCKETDOCTOR_SECURITY_TOKEN.</source>
        <translation>Read the security token from this file instead of BUCKETDOCTOR_SECURITY_TOKEN.</translation>
    </message>
    <message>
        <source>The SigV4 service name (default s3).</source>
        <translation>The SigV4 service name (default s3).</translation>
    </message>
    <message>
        <source>OSS V4: more headers to sign, separated by semicolons.</source>
        <translation>OSS V4: more headers to sign, separated by semicolons.</translation>
    </message>
    <message>
        <source>The presigned URL to inspect, in quotes.</source>
        <translation>The presigned URL to inspect, in quotes.</translation>
    </message>
    <message>
        <source>The time to judge the URL against, in Unix seconds (default: now).</source>
        <translation>The time to judge the URL against, in Unix seconds (default: now).</translation>
    </message>
    <message>
        <source>The HTTP method the URL will be used with, for the Content-Type checks.</source>
        <translation>The HTTP method the URL will be used with, for the Content-Type checks.</translation>
    </message>
    <message>
        <source>The storage provider: cos, oss or s3.</source>
        <translation>The storage provider: cos, oss or s3.</translation>
    </message>
    <message>
        <source>The service endpoint, e.g. https://cos.ap-guangzhou.myqcloud.com or https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>The service endpoint, e.g. https://cos.ap-guangzhou.myqcloud.com or https://oss-cn-hangzhou.aliyuncs.com.</translation>
    </message>
    <message>
        <source>The bucket name (for COS with its -APPID).</source>
        <translation>The bucket name (for COS with its -APPID).</translation>
    </message>
    <message>
        <source>The object key that failed, for the object, referer and key checks.</source>
        <translation>The object key that failed, for the object, referer and key checks.</translation>
    </message>
    <message>
        <source>Address the bucket in the path instead of the host name.</source>
        <translation>Address the bucket in the path instead of the host name.</translation>
    </message>
    <message>
        <source>The page&apos;s origin, for the CORS check, e.g. https://app.example.com.</source>
        <translation>The page&apos;s origin, for the CORS check, e.g. https://app.example.com.</translation>
    </message>
    <message>
        <source>The method the page uses, for the CORS preflight (default GET).</source>
        <translation>The method the page uses, for the CORS preflight (default GET).</translation>
    </message>
    <message>
        <source>The request headers the page sends, comma-separated, for the CORS preflight.</source>
        <translation>The request headers the page sends, comma-separated, for the CORS preflight.</translation>
    </message>
    <message>
        <source>The Referer the page sends, for the referer check.</source>
        <translation>The Referer the page sends, for the referer check.</translation>
    </message>
    <message>
        <source>Run only these checks, comma-separated: endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption, write.</source>
        <translation>Run only these checks, comma-separated: endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption, write.</translation>
    </message>
    <message>
        <source>Give up on a request after this many milliseconds.</source>
        <translation>Give up on a request after this many milliseconds.</translation>
    </message>
    <message>
        <source>Also write the report to this file; .md, .html or .json.</source>
        <translation>Also write the report to this file; .md, .html or .json.</translation>
    </message>
    <message>
        <source>Allow the write probe: upload a small test object and delete it again.</source>
        <translation>Allow the write probe: upload a small test object and delete it again.</translation>
    </message>
    <message>
        <source>Use this proxy instead of the system&apos;s (http://host:port, socks5://host:port), or none.</source>
        <translation>Use this proxy instead of the system&apos;s (http://host:port, socks5://host:port), or none.</translation>
    </message>
    <message>
        <source>Add the error as pasted (a file, or - for standard input): it joins the checks in one ranking and one report.</source>
        <translation>Add the error as pasted (a file, or - for standard input): it joins the checks in one ranking and one report.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Proxy: %1 (your setting).</source>
        <translation>Proxy: %1 (your setting).</translation>
    </message>
    <message>
        <source>Proxy: none; the system settings send this endpoint directly.</source>
        <translation>Proxy: none; the system settings send this endpoint directly.</translation>
    </message>
    <message>
        <source>Proxy: %1:%2, from the system settings.</source>
        <translation>Proxy: %1:%2, from the system settings.</translation>
    </message>
    <message>
        <source>Where is the bucket, and who is calling?</source>
        <translation>Where is the bucket, and who is calling?</translation>
    </message>
    <message>
        <source>Everything here is optional. Without credentials, the checks that need none still run. Nothing is saved.</source>
        <translation>Everything here is optional. Without credentials, the checks that need none still run. Nothing is saved.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <source>&amp;Object key:</source>
        <translation>&amp;Object key:</translation>
    </message>
    <message>
        <source>Access &amp;key ID (SecretId / AccessKeyId):</source>
        <translation>Access &amp;key ID (SecretId / AccessKeyId):</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Secret key:</translation>
    </message>
    <message>
        <source>Security &amp;token (temporary keys only):</source>
        <translation>Security &amp;token (temporary keys only):</translation>
    </message>
    <message>
        <source>Admin access key ID:</source>
        <translation>Admin access key ID:</translation>
    </message>
    <message>
        <source>Admin secret key:</source>
        <translation>Admin secret key:</translation>
    </message>
    <message>
        <source>Page or&amp;igin:</source>
        <translation>Page or&amp;igin:</translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation>Request &amp;method:</translation>
    </message>
    <message>
        <source>Request &amp;headers (comma-separated):</source>
        <translation>Request &amp;headers (comma-separated):</translation>
    </message>
    <message>
        <source>Re&amp;ferer:</source>
        <translation>Re&amp;ferer:</translation>
    </message>
    <message>
        <source>Pro&amp;xy override:</source>
        <translation>Pro&amp;xy override:</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Path-style address (bucket in the path, not in the host name)</source>
        <translation>Path-style address (bucket in the path, not in the host name)</translation>
    </message>
    <message>
        <source>The identity that failed</source>
        <translation>The identity that failed</translation>
    </message>
    <message>
        <source>An identity that may read the bucket&apos;s settings (optional)</source>
        <translation>An identity that may read the bucket&apos;s settings (optional)</translation>
    </message>
    <message>
        <source>Browser context (for CORS and referer checks)</source>
        <translation>Browser context (for CORS and referer checks)</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>https://www.example.com/page.html</source>
        <translation>https://www.example.com/page.html</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128 or none</source>
        <translation>http://proxy.example.com:3128 or none</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Remember these &amp;credentials in the system keychain</source>
        <translation>Remember these &amp;credentials in the system keychain</translation>
    </message>
    <message>
        <source>This proxy cannot be used: give http://host:port, socks5://host:port or none.</source>
        <translation>This proxy cannot be used: give http://host:port, socks5://host:port or none.</translation>
    </message>
    <message>
        <source>An IP address or localhost cannot carry the bucket in its host name, so the checks use path-style addressing.</source>
        <translation>An IP address or localhost cannot carry the bucket in its host name, so the checks use path-style addressing.</translation>
    </message>
</context>
<context>
    <name>CosTree</name>
    <message>
        <source>Message “Access Denied.”</source>
        <translation>Message “Access Denied.”</translation>
    </message>
    <message>
        <source>Is the account that signs the request listed in the bucket ACL?</source>
        <translation>Is the account that signs the request listed in the bucket ACL?</translation>
    </message>
    <message>
        <source>Does that ACL entry give the permission the request needs (read for downloads, write for uploads and deletes)?</source>
        <translation>Does that ACL entry give the permission the request needs (read for downloads, write for uploads and deletes)?</translation>
    </message>
    <message>
        <source>Is there a permission policy for the account that signs the request?</source>
        <translation>Is there a permission policy for the account that signs the request?</translation>
    </message>
    <message>
        <source>Is the same sub-account both allowed and denied this action by different policies?</source>
        <translation>Is the same sub-account both allowed and denied this action by different policies?</translation>
    </message>
    <message>
        <source>Does that policy allow this action on this resource path?</source>
        <translation>Does that policy allow this action on this resource path?</translation>
    </message>
    <message>
        <source>Does q-ak hold a SecretId of the account that owns the bucket (case-sensitive)?</source>
        <translation>Does q-ak hold a SecretId of the account that owns the bucket (case-sensitive)?</translation>
    </message>
    <message>
        <source>If this is cross-account access, has the bucket owner granted it?</source>
        <translation>If this is cross-account access, has the bucket owner granted it?</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to an object that is not public?</source>
        <translation>Was the request sent without a signature to an object that is not public?</translation>
    </message>
    <message>
        <source>Has the sub-account that signs the request been granted access to this bucket?</source>
        <translation>Has the sub-account that signs the request been granted access to this bucket?</translation>
    </message>
    <message>
        <source>Does the policy given when the temporary key was issued cover this action and resource?</source>
        <translation>Does the policy given when the temporary key was issued cover this action and resource?</translation>
    </message>
    <message>
        <source>Do the policy conditions on source IP or VPC match where the request came from?</source>
        <translation>Do the policy conditions on source IP or VPC match where the request came from?</translation>
    </message>
    <message>
        <source>Is the temporary key still valid, with its security token sent?</source>
        <translation>Is the temporary key still valid, with its security token sent?</translation>
    </message>
    <message>
        <source>Does the bucket name end with its -APPID suffix?</source>
        <translation>Does the bucket name end with its -APPID suffix?</translation>
    </message>
    <message>
        <source>Message “AccessForbidden” (CORS request refused)</source>
        <translation>Message “AccessForbidden” (CORS request refused)</translation>
    </message>
    <message>
        <source>Does the bucket have a CORS rule for this cross-origin request?</source>
        <translation>Does the bucket have a CORS rule for this cross-origin request?</translation>
    </message>
    <message>
        <source>Does a curl request with the page&apos;s Origin header get Access-Control-Allow-Origin back?</source>
        <translation>Does a curl request with the page&apos;s Origin header get Access-Control-Allow-Origin back?</translation>
    </message>
    <message>
        <source>Does that rule allow the preflight&apos;s method and every header it asks for?</source>
        <translation>Does that rule allow the preflight&apos;s method and every header it asks for?</translation>
    </message>
    <message>
        <source>Message “You are denied by bucket referer rule”</source>
        <translation>Message “You are denied by bucket referer rule”</translation>
    </message>
    <message>
        <source>Is hotlink protection enabled on the bucket?</source>
        <translation>Is hotlink protection enabled on the bucket?</translation>
    </message>
    <message>
        <source>Does a curl request with the page&apos;s Referer header get the object?</source>
        <translation>Does a curl request with the page&apos;s Referer header get the object?</translation>
    </message>
    <message>
        <source>Was the Referer empty while the hotlink settings deny empty Referer?</source>
        <translation>Was the Referer empty while the hotlink settings deny empty Referer?</translation>
    </message>
    <message>
        <source>Is the list a black list with an entry that matches the page&apos;s domain?</source>
        <translation>Is the list a black list with an entry that matches the page&apos;s domain?</translation>
    </message>
    <message>
        <source>Referer denied while empty Referer is set to Deny</source>
        <translation>Referer denied while empty Referer is set to Deny</translation>
    </message>
    <message>
        <source>Does the request carry no Referer (direct open, app or video player) while empty Referer is denied?</source>
        <translation>Does the request carry no Referer (direct open, app or video player) while empty Referer is denied?</translation>
    </message>
    <message>
        <source>Referer denied by a hotlink black list</source>
        <translation>Referer denied by a hotlink black list</translation>
    </message>
    <message>
        <source>Does an entry of the black list match the Referer by prefix?</source>
        <translation>Does an entry of the black list match the Referer by prefix?</translation>
    </message>
    <message>
        <source>Message “InvalidAccessKeyId”</source>
        <translation>Message “InvalidAccessKeyId”</translation>
    </message>
    <message>
        <source>Does q-ak in the Authorization equal the SecretId of the key, with the same case?</source>
        <translation>Does q-ak in the Authorization equal the SecretId of the key, with the same case?</translation>
    </message>
    <message>
        <source>Is the API key enabled in CAM console &gt; Manage API Key?</source>
        <translation>Is the API key enabled in CAM console &gt; Manage API Key?</translation>
    </message>
    <message>
        <source>Is it a temporary SecretId sent without its security token, or after it expired?</source>
        <translation>Is it a temporary SecretId sent without its security token, or after it expired?</translation>
    </message>
    <message>
        <source>Message “InvalidObjectState”</source>
        <translation>Message “InvalidObjectState”</translation>
    </message>
    <message>
        <source>Is the object stored as ARCHIVE or DEEP ARCHIVE without a finished restore?</source>
        <translation>Is the object stored as ARCHIVE or DEEP ARCHIVE without a finished restore?</translation>
    </message>
    <message>
        <source>Message “RequestTimeTooSkewed”</source>
        <translation>Message “RequestTimeTooSkewed”</translation>
    </message>
    <message>
        <source>Is the client&apos;s current time correct (date -R on Linux, the date and time settings on Windows)?</source>
        <translation>Is the client&apos;s current time correct (date -R on Linux, the date and time settings on Windows)?</translation>
    </message>
    <message>
        <source>Does the client time differ from the server time by more than 15 minutes?</source>
        <translation>Does the client time differ from the server time by more than 15 minutes?</translation>
    </message>
    <message>
        <source>Message “Request has expired”</source>
        <translation>Message “Request has expired”</translation>
    </message>
    <message>
        <source>Was the request sent after the end time in q-sign-time?</source>
        <translation>Was the request sent after the end time in q-sign-time?</translation>
    </message>
    <message>
        <source>Does the local system clock agree with the real time of its time zone?</source>
        <translation>Does the local system clock agree with the real time of its time zone?</translation>
    </message>
    <message>
        <source>Message “SignatureDoesNotMatch”</source>
        <translation>Message “SignatureDoesNotMatch”</translation>
    </message>
    <message>
        <source>Does your signature equal the one the COS signature tool computes for the same request?</source>
        <translation>Does your signature equal the one the COS signature tool computes for the same request?</translation>
    </message>
    <message>
        <source>Are the SecretId and SecretKey from the same key pair, without spaces or line breaks?</source>
        <translation>Are the SecretId and SecretKey from the same key pair, without spaces or line breaks?</translation>
    </message>
    <message>
        <source>Were all headers in q-header-list sent with the values that were signed?</source>
        <translation>Were all headers in q-header-list sent with the values that were signed?</translation>
    </message>
    <message>
        <source>Temporary key token expired or invalid</source>
        <translation>Temporary key token expired or invalid</translation>
    </message>
    <message>
        <source>Is the temporary key still within its validity period?</source>
        <translation>Is the temporary key still within its validity period?</translation>
    </message>
    <message>
        <source>Is the security token sent, and from the same STS response as the SecretId and SecretKey?</source>
        <translation>Is the security token sent, and from the same STS response as the SecretId and SecretKey?</translation>
    </message>
    <message>
        <source>Code “DownloadForbidden” (APK or IPA on the default domain)</source>
        <translation>Code “DownloadForbidden” (APK or IPA on the default domain)</translation>
    </message>
    <message>
        <source>Is an .apk or .ipa file requested through the default COS domain?</source>
        <translation>Is an .apk or .ipa file requested through the default COS domain?</translation>
    </message>
    <message>
        <source>Code “NoSuchBucket” (bucket not found at this address)</source>
        <translation>Code “NoSuchBucket” (bucket not found at this address)</translation>
    </message>
    <message>
        <source>Does the endpoint&apos;s region match the bucket&apos;s region, with a virtual-hosted address?</source>
        <translation>Does the endpoint&apos;s region match the bucket&apos;s region, with a virtual-hosted address?</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognised code or message</source>
        <translation>HTTP 403 without a recognised code or message</translation>
    </message>
    <message>
        <source>Is it a cross-origin browser request that CORS refused?</source>
        <translation>Is it a cross-origin browser request that CORS refused?</translation>
    </message>
    <message>
        <source>Does hotlink protection refuse the Referer?</source>
        <translation>Does hotlink protection refuse the Referer?</translation>
    </message>
    <message>
        <source>Was the request unsigned while the object is not public?</source>
        <translation>Was the request unsigned while the object is not public?</translation>
    </message>
    <message>
        <source>Is the SecretId correct and its API key enabled?</source>
        <translation>Is the SecretId correct and its API key enabled?</translation>
    </message>
    <message>
        <source>Is the client clock within 15 minutes of the server time?</source>
        <translation>Is the client clock within 15 minutes of the server time?</translation>
    </message>
    <message>
        <source>Was the request sent before the end time in q-sign-time?</source>
        <translation>Was the request sent before the end time in q-sign-time?</translation>
    </message>
    <message>
        <source>Is the signature computed with the right SecretKey?</source>
        <translation>Is the signature computed with the right SecretKey?</translation>
    </message>
    <message>
        <source>Has the sub-account been granted access to this bucket?</source>
        <translation>Has the sub-account been granted access to this bucket?</translation>
    </message>
    <message>
        <source>Do the bucket ACL and policies grant the account that signs?</source>
        <translation>Do the bucket ACL and policies grant the account that signs?</translation>
    </message>
    <message>
        <source>Does the temporary key&apos;s policy cover this action and resource?</source>
        <translation>Does the temporary key&apos;s policy cover this action and resource?</translation>
    </message>
    <message>
        <source>Is the object in ARCHIVE or DEEP ARCHIVE storage without a restore?</source>
        <translation>Is the object in ARCHIVE or DEEP ARCHIVE storage without a restore?</translation>
    </message>
    <message>
        <source>An unsigned request reached a bucket or object that is not public.</source>
        <translation>An unsigned request reached a bucket or object that is not public.</translation>
    </message>
    <message>
        <source>COS treats a request without a signature as anonymous. Unless the object is public-read, or a policy lets everyone read it, COS answers Access Denied.</source>
        <translation>COS treats a request without a signature as anonymous. Unless the object is public-read, or a policy lets everyone read it, COS answers Access Denied.</translation>
    </message>
    <message>
        <source>Sign the request with a key that may read the object, or hand out a presigned URL instead of the plain object URL.</source>
        <translation>Sign the request with a key that may read the object, or hand out a presigned URL instead of the plain object URL.</translation>
    </message>
    <message>
        <source>If the object must be public, set public-read in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List), or on the object&apos;s own ACL.</source>
        <translation>If the object must be public, set public-read in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List), or on the object&apos;s own ACL.</translation>
    </message>
    <message>
        <source>Or, under Permission Policy Settings, add a policy that lets Everyone read the path: such a policy takes effect even when the bucket ACL is Private Read/Write.</source>
        <translation>Or, under Permission Policy Settings, add a policy that lets Everyone read the path: such a policy takes effect even when the bucket ACL is Private Read/Write.</translation>
    </message>
    <message>
        <source>The bucket ACL does not give this account the permission it needs.</source>
        <translation>The bucket ACL does not give this account the permission it needs.</translation>
    </message>
    <message>
        <source>The account that signs the request is missing from the bucket ACL, or is listed with less than the request needs, such as read only for an upload.</source>
        <translation>The account that signs the request is missing from the bucket ACL, or is listed with less than the request needs, such as read only for an upload.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List).</source>
        <translation>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List).</translation>
    </message>
    <message>
        <source>If the account that signs is not listed, click Add User and grant it the permission the request needs.</source>
        <translation>If the account that signs is not listed, click Add User and grant it the permission the request needs.</translation>
    </message>
    <message>
        <source>If it is listed, click Edit and check the permission: downloads need read, uploads and deletes need write.</source>
        <translation>If it is listed, click Edit and check the permission: downloads need read, uploads and deletes need write.</translation>
    </message>
    <message>
        <source>No permission policy allows this account this action on this resource.</source>
        <translation>No permission policy allows this account this action on this resource.</translation>
    </message>
    <message>
        <source>Under Permission Policy Settings no statement allows the account that signs to perform this action on this path, or the statement names other actions or paths.</source>
        <translation>Under Permission Policy Settings no statement allows the account that signs to perform this action on this path, or the statement names other actions or paths.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</source>
        <translation>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</translation>
    </message>
    <message>
        <source>If no policy covers the account that signs the request, click Add Policy and allow the actions the request uses.</source>
        <translation>If no policy covers the account that signs the request, click Add Policy and allow the actions the request uses.</translation>
    </message>
    <message>
        <source>If a policy exists, click Edit and compare its actions and resource paths with the request.</source>
        <translation>If a policy exists, click Edit and compare its actions and resource paths with the request.</translation>
    </message>
    <message>
        <source>A policy for a specified user takes priority over one for Everyone, so check the user&apos;s own statements first.</source>
        <translation>A policy for a specified user takes priority over one for Everyone, so check the user&apos;s own statements first.</translation>
    </message>
    <message>
        <source>A Deny statement for this account overrides its Allow.</source>
        <translation>A Deny statement for this account overrides its Allow.</translation>
    </message>
    <message>
        <source>When different policies allow and deny the same action for the same sub-account, COS denies the request.</source>
        <translation>When different policies allow and deny the same action for the same sub-account, COS denies the request.</translation>
    </message>
    <message>
        <source>Look for Deny statements in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings and in the CAM policies of the sub-account.</source>
        <translation>Look for Deny statements in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings and in the CAM policies of the sub-account.</translation>
    </message>
    <message>
        <source>Remove or narrow the Deny that covers this action and path, or accept the denial as intended.</source>
        <translation>Remove or narrow the Deny that covers this action and path, or accept the denial as intended.</translation>
    </message>
    <message>
        <source>Retry the request after the change has been saved.</source>
        <translation>Retry the request after the change has been saved.</translation>
    </message>
    <message>
        <source>The key belongs to another account, and cross-account access is not granted.</source>
        <translation>The key belongs to another account, and cross-account access is not granted.</translation>
    </message>
    <message>
        <source>The SecretId in q-ak decides which account signs. A key of another account, or of its sub-account, gets no access to the bucket until the bucket owner grants it.</source>
        <translation>The SecretId in q-ak decides which account signs. A key of another account, or of its sub-account, gets no access to the bucket until the bucket owner grants it.</translation>
    </message>
    <message>
        <source>Compare the SecretId in q-ak (case-sensitive) with the keys of the bucket owner&apos;s account in CAM console &gt; Manage API Key.</source>
        <translation>Compare the SecretId in q-ak (case-sensitive) with the keys of the bucket owner&apos;s account in CAM console &gt; Manage API Key.</translation>
    </message>
    <message>
        <source>If the request should use the owner&apos;s key, switch to that key.</source>
        <translation>If the request should use the owner&apos;s key, switch to that key.</translation>
    </message>
    <message>
        <source>If access from another account is intended, have the bucket owner grant that account in the bucket policy, then let that account grant its sub-account in CAM.</source>
        <translation>If access from another account is intended, have the bucket owner grant that account in the bucket policy, then let that account grant its sub-account in CAM.</translation>
    </message>
    <message>
        <source>The sub-account has no permission for this bucket or action.</source>
        <translation>The sub-account has no permission for this bucket or action.</translation>
    </message>
    <message>
        <source>A sub-account starts without COS permissions. The root account must grant them in CAM, or in the bucket ACL or permission policy.</source>
        <translation>A sub-account starts without COS permissions. The root account must grant them in CAM, or in the bucket ACL or permission policy.</translation>
    </message>
    <message>
        <source>In the CAM console, check the policies of the sub-account and its user groups, and add one that allows the needed COS actions on this bucket.</source>
        <translation>In the CAM console, check the policies of the sub-account and its user groups, and add one that allows the needed COS actions on this bucket.</translation>
    </message>
    <message>
        <source>Or grant the sub-account in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List) or Permission Policy Settings.</source>
        <translation>Or grant the sub-account in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List) or Permission Policy Settings.</translation>
    </message>
    <message>
        <source>Make sure no Deny statement for the same sub-account cancels the grant.</source>
        <translation>Make sure no Deny statement for the same sub-account cancels the grant.</translation>
    </message>
    <message>
        <source>The temporary key&apos;s policy does not cover this action or resource.</source>
        <translation>The temporary key&apos;s policy does not cover this action or resource.</translation>
    </message>
    <message>
        <source>A temporary key can only do what the policy passed when it was issued allows. Other actions, buckets or paths are denied, even if the account behind it may use them.</source>
        <translation>A temporary key can only do what the policy passed when it was issued allows. Other actions, buckets or paths are denied, even if the account behind it may use them.</translation>
    </message>
    <message>
        <source>Check the policy your server passes when it requests the temporary key: the actions (such as name/cos:PutObject) and the resource paths (qcs::cos:region:uid/APPID:bucket-APPID/prefix*).</source>
        <translation>Check the policy your server passes when it requests the temporary key: the actions (such as name/cos:PutObject) and the resource paths (qcs::cos:region:uid/APPID:bucket-APPID/prefix*).</translation>
    </message>
    <message>
        <source>Add the missing action or path, issue a new temporary key and retry.</source>
        <translation>Add the missing action or path, issue a new temporary key and retry.</translation>
    </message>
    <message>
        <source>A policy condition on source IP or VPC does not match this request.</source>
        <translation>A policy condition on source IP or VPC does not match this request.</translation>
    </message>
    <message>
        <source>A bucket policy can limit a statement with qcs:ip or qcs:vpc. A request from another address or network falls outside the Allow, or inside a Deny.</source>
        <translation>A bucket policy can limit a statement with qcs:ip or qcs:vpc. A request from another address or network falls outside the Allow, or inside a Deny.</translation>
    </message>
    <message>
        <source>Read the conditions in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</source>
        <translation>Read the conditions in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</translation>
    </message>
    <message>
        <source>Compare them with the client&apos;s public IP address or VPC.</source>
        <translation>Compare them with the client&apos;s public IP address or VPC.</translation>
    </message>
    <message>
        <source>Add the address or VPC to the condition, or send the request from an allowed network.</source>
        <translation>Add the address or VPC to the condition, or send the request from an allowed network.</translation>
    </message>
    <message>
        <source>No CORS rule on the bucket allows this origin and method.</source>
        <translation>No CORS rule on the bucket allows this origin and method.</translation>
    </message>
    <message>
        <source>COS refuses a cross-origin request with AccessForbidden when the bucket has no CORS rule, or when no rule lists the page&apos;s origin and method.</source>
        <translation>COS refuses a cross-origin request with AccessForbidden when the bucket has no CORS rule, or when no rule lists the page&apos;s origin and method.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing).</source>
        <translation>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing).</translation>
    </message>
    <message>
        <source>Add a rule whose Allowed Origin is the page&apos;s origin with scheme and port, such as https://app.example.com, and the methods the page uses.</source>
        <translation>Add a rule whose Allowed Origin is the page&apos;s origin with scheme and port, such as https://app.example.com, and the methods the page uses.</translation>
    </message>
    <message>
        <source>Test with curl -v and an Origin header set to that origin: a matching rule returns Access-Control-Allow-Origin.</source>
        <translation>Test with curl -v and an Origin header set to that origin: a matching rule returns Access-Control-Allow-Origin.</translation>
    </message>
    <message>
        <source>The browser console hides the response body; read it in the Network tab to see the code COS returned.</source>
        <translation>The browser console hides the response body; read it in the Network tab to see the code COS returned.</translation>
    </message>
    <message>
        <source>The CORS preflight was refused: the method or a requested header is not allowed.</source>
        <translation>The CORS preflight was refused: the method or a requested header is not allowed.</translation>
    </message>
    <message>
        <source>Before uploads and requests with custom headers the browser sends an OPTIONS preflight. COS refuses it unless one rule allows the origin, the method in Access-Control-Request-Method and every header in Access-Control-Request-Headers.</source>
        <translation>Before uploads and requests with custom headers the browser sends an OPTIONS preflight. COS refuses it unless one rule allows the origin, the method in Access-Control-Request-Method and every header in Access-Control-Request-Headers.</translation>
    </message>
    <message>
        <source>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing), edit the rule for the page&apos;s origin.</source>
        <translation>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing), edit the rule for the page&apos;s origin.</translation>
    </message>
    <message>
        <source>Add the method the page uses, such as PUT, POST or DELETE, to the allowed methods.</source>
        <translation>Add the method the page uses, such as PUT, POST or DELETE, to the allowed methods.</translation>
    </message>
    <message>
        <source>Add every requested header to the allowed headers, such as content-type, x-cos-security-token and x-cos-meta-*, or allow *.</source>
        <translation>Add every requested header to the allowed headers, such as content-type, x-cos-security-token and x-cos-meta-*, or allow *.</translation>
    </message>
    <message>
        <source>Send the OPTIONS request again with curl, using the same Origin, Access-Control-Request-Method and Access-Control-Request-Headers.</source>
        <translation>Send the OPTIONS request again with curl, using the same Origin, Access-Control-Request-Method and Access-Control-Request-Headers.</translation>
    </message>
    <message>
        <source>The Referer is not on the bucket&apos;s hotlink white list.</source>
        <translation>The Referer is not on the bucket&apos;s hotlink white list.</translation>
    </message>
    <message>
        <source>With a white list, COS serves an unsigned request only when its Referer matches a listed entry by prefix. An entry without a scheme covers http and https; an entry with a port covers only that port.</source>
        <translation>With a white list, COS serves an unsigned request only when its Referer matches a listed entry by prefix. An entry without a scheme covers http and https; an entry with a port covers only that port.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</source>
        <translation>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</translation>
    </message>
    <message>
        <source>Compare the Referer the page sends with the listed entries, including subdomains (*.example.com) and ports.</source>
        <translation>Compare the Referer the page sends with the listed entries, including subdomains (*.example.com) and ports.</translation>
    </message>
    <message>
        <source>Add the missing domain and save.</source>
        <translation>Add the missing domain and save.</translation>
    </message>
    <message>
        <source>Test with curl -v and a Referer header set to that value.</source>
        <translation>Test with curl -v and a Referer header set to that value.</translation>
    </message>
    <message>
        <source>Servers can sign their requests instead: COS checks hotlink rules only for unsigned requests.</source>
        <translation>Servers can sign their requests instead: COS checks hotlink rules only for unsigned requests.</translation>
    </message>
    <message>
        <source>The request had no Referer, and the hotlink settings deny an empty Referer.</source>
        <translation>The request had no Referer, and the hotlink settings deny an empty Referer.</translation>
    </message>
    <message>
        <source>A link opened in the address bar, and many apps and video players, send no Referer. COS denies such requests unless empty Referer is set to Allow; the default is Deny.</source>
        <translation>A link opened in the address bar, and many apps and video players, send no Referer. COS denies such requests unless empty Referer is set to Allow; the default is Deny.</translation>
    </message>
    <message>
        <source>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection, allow empty Referer if direct opening must work.</source>
        <translation>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection, allow empty Referer if direct opening must work.</translation>
    </message>
    <message>
        <source>Otherwise load the file from a page on a listed domain, or give such clients a presigned URL, which hotlink rules do not check.</source>
        <translation>Otherwise load the file from a page on a listed domain, or give such clients a presigned URL, which hotlink rules do not check.</translation>
    </message>
    <message>
        <source>The Referer matches an entry on the hotlink black list.</source>
        <translation>The Referer matches an entry on the hotlink black list.</translation>
    </message>
    <message>
        <source>With a black list, COS denies unsigned requests whose Referer matches an entry by prefix, so www.example.com also catches www.example.com.cn.</source>
        <translation>With a black list, COS denies unsigned requests whose Referer matches an entry by prefix, so www.example.com also catches www.example.com.cn.</translation>
    </message>
    <message>
        <source>Check the black list in COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</source>
        <translation>Check the black list in COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</translation>
    </message>
    <message>
        <source>Remove or narrow the entry that matches the page&apos;s domain, then save.</source>
        <translation>Remove or narrow the entry that matches the page&apos;s domain, then save.</translation>
    </message>
    <message>
        <source>The SecretId in q-ak is wrong, or its API key is disabled or deleted.</source>
        <translation>The SecretId in q-ak is wrong, or its API key is disabled or deleted.</translation>
    </message>
    <message>
        <source>COS found no enabled API key for the q-ak value. It is case-sensitive, so a typo, a stray space or quote, or a disabled key all give InvalidAccessKeyId.</source>
        <translation>COS found no enabled API key for the q-ak value. It is case-sensitive, so a typo, a stray space or quote, or a disabled key all give InvalidAccessKeyId.</translation>
    </message>
    <message>
        <source>Compare q-ak in the Authorization header or URL with the SecretId shown in CAM console &gt; Manage API Key.</source>
        <translation>Compare q-ak in the Authorization header or URL with the SecretId shown in CAM console &gt; Manage API Key.</translation>
    </message>
    <message>
        <source>Remove spaces, quotes and line breaks that came in with a config file or environment variable.</source>
        <translation>Remove spaces, quotes and line breaks that came in with a config file or environment variable.</translation>
    </message>
    <message>
        <source>If the key is disabled, enable it; if it was deleted, create a new key and update the client.</source>
        <translation>If the key is disabled, enable it; if it was deleted, create a new key and update the client.</translation>
    </message>
    <message>
        <source>The temporary key has expired, or its security token is missing or does not match.</source>
        <translation>The temporary key has expired, or its security token is missing or does not match.</translation>
    </message>
    <message>
        <source>A temporary SecretId works only with its token, sent as x-cos-security-token, and only until the key expires: 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account.</source>
        <translation>A temporary SecretId works only with its token, sent as x-cos-security-token, and only until the key expires: 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account.</translation>
    </message>
    <message>
        <source>Send the token from the same STS response as the x-cos-security-token header, or as a URL parameter of that name in presigned URLs.</source>
        <translation>Send the token from the same STS response as the x-cos-security-token header, or as a URL parameter of that name in presigned URLs.</translation>
    </message>
    <message>
        <source>Check the key&apos;s expiry time and fetch a new temporary key before it ends.</source>
        <translation>Check the key&apos;s expiry time and fetch a new temporary key before it ends.</translation>
    </message>
    <message>
        <source>Do not mix the SecretId, SecretKey and token of different STS responses.</source>
        <translation>Do not mix the SecretId, SecretKey and token of different STS responses.</translation>
    </message>
    <message>
        <source>Give presigned URLs a validity that ends before the temporary key does.</source>
        <translation>Give presigned URLs a validity that ends before the temporary key does.</translation>
    </message>
    <message>
        <source>The client clock is off by more than COS allows.</source>
        <translation>The client clock is off by more than COS allows.</translation>
    </message>
    <message>
        <source>COS compares the signature time with its own clock. A clock off by more than 15 minutes gets RequestTimeTooSkewed, and a wrong clock can also make a fresh signature look expired.</source>
        <translation>COS compares the signature time with its own clock. A clock off by more than 15 minutes gets RequestTimeTooSkewed, and a wrong clock can also make a fresh signature look expired.</translation>
    </message>
    <message>
        <source>Read the client time: run date -R on Linux, or open Control Panel &gt; Clock, Language, and Region &gt; Set the time and date on Windows.</source>
        <translation>Read the client time: run date -R on Linux, or open Control Panel &gt; Clock, Language, and Region &gt; Set the time and date on Windows.</translation>
    </message>
    <message>
        <source>Compare it with the Date header of any COS response.</source>
        <translation>Compare it with the Date header of any COS response.</translation>
    </message>
    <message>
        <source>Turn on automatic time sync (NTP) and retry; the JS SDK can also correct the offset with CorrectClockSkew.</source>
        <translation>Turn on automatic time sync (NTP) and retry; the JS SDK can also correct the offset with CorrectClockSkew.</translation>
    </message>
    <message>
        <source>The signature or presigned URL was used after its validity ended.</source>
        <translation>The signature or presigned URL was used after its validity ended.</translation>
    </message>
    <message>
        <source>A COS signature is valid only between the two times in q-sign-time. A request sent after the end time gets Request has expired.</source>
        <translation>A COS signature is valid only between the two times in q-sign-time. A request sent after the end time gets Request has expired.</translation>
    </message>
    <message>
        <source>Read q-sign-time in the Authorization header or URL: the second number is the end time in Unix seconds.</source>
        <translation>Read q-sign-time in the Authorization header or URL: the second number is the end time in Unix seconds.</translation>
    </message>
    <message>
        <source>Sign again just before sending, or give presigned URLs a longer validity.</source>
        <translation>Sign again just before sending, or give presigned URLs a longer validity.</translation>
    </message>
    <message>
        <source>Do not reuse signed headers or URLs after their end time.</source>
        <translation>Do not reuse signed headers or URLs after their end time.</translation>
    </message>
    <message>
        <source>The SecretKey does not belong to the SecretId, or has extra characters.</source>
        <translation>The SecretKey does not belong to the SecretId, or has extra characters.</translation>
    </message>
    <message>
        <source>COS recomputes the signature with the SecretKey of the key named in q-ak. Another SecretKey, a typo or surrounding whitespace gives SignatureDoesNotMatch.</source>
        <translation>COS recomputes the signature with the SecretKey of the key named in q-ak. Another SecretKey, a typo or surrounding whitespace gives SignatureDoesNotMatch.</translation>
    </message>
    <message>
        <source>Copy the SecretKey again from CAM console &gt; Manage API Key, from the same row as the SecretId you use.</source>
        <translation>Copy the SecretKey again from CAM console &gt; Manage API Key, from the same row as the SecretId you use.</translation>
    </message>
    <message>
        <source>Trim spaces and line breaks from values read from files or environment variables.</source>
        <translation>Trim spaces and line breaks from values read from files or environment variables.</translation>
    </message>
    <message>
        <source>Check with the COS signature tool: with the right key pair and request it produces your q-signature.</source>
        <translation>Check with the COS signature tool: with the right key pair and request it produces your q-signature.</translation>
    </message>
    <message>
        <source>The client builds the string to sign differently from COS.</source>
        <translation>The client builds the string to sign differently from COS.</translation>
    </message>
    <message>
        <source>COS signs the lower-case method, the raw unencoded path, sorted lower-case encoded parameters and headers, and q-sign-time. Any difference, often around special characters in the object key, changes the signature.</source>
        <translation>COS signs the lower-case method, the raw unencoded path, sorted lower-case encoded parameters and headers, and q-sign-time. Any difference, often around special characters in the object key, changes the signature.</translation>
    </message>
    <message>
        <source>Run the same request through the COS signature tool and compare HttpString and StringToSign with yours line by line.</source>
        <translation>Run the same request through the COS signature tool and compare HttpString and StringToSign with yours line by line.</translation>
    </message>
    <message>
        <source>Keep the path unencoded in HttpString, lower-case the encoded parameter and header names, and URL-encode values by RFC 3986, so that a space never becomes a plus sign.</source>
        <translation>Keep the path unencoded in HttpString, lower-case the encoded parameter and header names, and URL-encode values by RFC 3986, so that a space never becomes a plus sign.</translation>
    </message>
    <message>
        <source>Prefer an official SDK, which already signs this way.</source>
        <translation>Prefer an official SDK, which already signs this way.</translation>
    </message>
    <message>
        <source>A signed header was changed after signing.</source>
        <translation>A signed header was changed after signing.</translation>
    </message>
    <message>
        <source>COS checks every header named in q-header-list. If a proxy, CDN, custom domain or browser changes Host, Content-Type or another signed header, the signature no longer matches.</source>
        <translation>COS checks every header named in q-header-list. If a proxy, CDN, custom domain or browser changes Host, Content-Type or another signed header, the signature no longer matches.</translation>
    </message>
    <message>
        <source>Compare q-header-list with the headers actually sent, for example with curl -v.</source>
        <translation>Compare q-header-list with the headers actually sent, for example with curl -v.</translation>
    </message>
    <message>
        <source>Sign the Host the request really reaches: a custom domain or CDN host differs from the default bucket host.</source>
        <translation>Sign the Host the request really reaches: a custom domain or CDN host differs from the default bucket host.</translation>
    </message>
    <message>
        <source>Set Content-Type before signing so that no other value is added later.</source>
        <translation>Set Content-Type before signing so that no other value is added later.</translation>
    </message>
    <message>
        <source>Sign only headers that reach COS unchanged.</source>
        <translation>Sign only headers that reach COS unchanged.</translation>
    </message>
    <message>
        <source>The object is in ARCHIVE or DEEP ARCHIVE storage and has not been restored.</source>
        <translation>The object is in ARCHIVE or DEEP ARCHIVE storage and has not been restored.</translation>
    </message>
    <message>
        <source>Objects in the archive storage classes cannot be read directly. A restore first makes a temporary readable copy.</source>
        <translation>Objects in the archive storage classes cannot be read directly. A restore first makes a temporary readable copy.</translation>
    </message>
    <message>
        <source>Send a HEAD request and read x-cos-storage-class.</source>
        <translation>Send a HEAD request and read x-cos-storage-class.</translation>
    </message>
    <message>
        <source>Restore the object with POST Object restore, or in the console, and wait until x-cos-restore shows ongoing-request=false.</source>
        <translation>Restore the object with POST Object restore, or in the console, and wait until x-cos-restore shows ongoing-request=false.</translation>
    </message>
    <message>
        <source>Read the object while the restored copy lasts; restore it again after the copy expires.</source>
        <translation>Read the object while the restored copy lasts; restore it again after the copy expires.</translation>
    </message>
    <message>
        <source>The request went to the wrong region or host form for this bucket.</source>
        <translation>The request went to the wrong region or host form for this bucket.</translation>
    </message>
    <message>
        <source>A bucket lives in one region and is reached at BucketName-APPID.cos.region.myqcloud.com; another region&apos;s endpoint does not find it. Buckets created after 2024-01-01 also refuse path-style addresses.</source>
        <translation>A bucket lives in one region and is reached at BucketName-APPID.cos.region.myqcloud.com; another region&apos;s endpoint does not find it. Buckets created after 2024-01-01 also refuse path-style addresses.</translation>
    </message>
    <message>
        <source>Look up the bucket&apos;s region in COS console &gt; Bucket List, or read x-cos-bucket-region from a HEAD Bucket request.</source>
        <translation>Look up the bucket&apos;s region in COS console &gt; Bucket List, or read x-cos-bucket-region from a HEAD Bucket request.</translation>
    </message>
    <message>
        <source>Set that region in the client, or use the host BucketName-APPID.cos.region.myqcloud.com.</source>
        <translation>Set that region in the client, or use the host BucketName-APPID.cos.region.myqcloud.com.</translation>
    </message>
    <message>
        <source>Use the bucket in the host name, not cos.region.myqcloud.com/bucket.</source>
        <translation>Use the bucket in the host name, not cos.region.myqcloud.com/bucket.</translation>
    </message>
    <message>
        <source>The bucket name lacks its -APPID suffix.</source>
        <translation>The bucket name lacks its -APPID suffix.</translation>
    </message>
    <message>
        <source>A COS bucket name has the form BucketName-APPID, such as examplebucket-1250000000. Without the APPID it does not name your bucket.</source>
        <translation>A COS bucket name has the form BucketName-APPID, such as examplebucket-1250000000. Without the APPID it does not name your bucket.</translation>
    </message>
    <message>
        <source>Copy the full bucket name from COS console &gt; Bucket List.</source>
        <translation>Copy the full bucket name from COS console &gt; Bucket List.</translation>
    </message>
    <message>
        <source>Use that full name in the SDK settings and in the host name.</source>
        <translation>Use that full name in the SDK settings and in the host name.</translation>
    </message>
    <message>
        <source>APK and IPA files cannot be downloaded from the default COS domain.</source>
        <translation>APK and IPA files cannot be downloaded from the default COS domain.</translation>
    </message>
    <message>
        <source>For buckets created after 2024-01-01, COS refuses to serve .apk and .ipa files through the default domain and returns DownloadForbidden.</source>
        <translation>For buckets created after 2024-01-01, COS refuses to serve .apk and .ipa files through the default domain and returns DownloadForbidden.</translation>
    </message>
    <message>
        <source>Bind a custom domain to the bucket.</source>
        <translation>Bind a custom domain to the bucket.</translation>
    </message>
    <message>
        <source>Publish the download links on that domain instead of the default bucket host.</source>
        <translation>Publish the download links on that domain instead of the default bucket host.</translation>
    </message>
    <message>
        <source>Code “PathStyleDomainForbidden” (path-style address refused)</source>
        <translation>Code “PathStyleDomainForbidden” (path-style address refused)</translation>
    </message>
    <message>
        <source>Does the request name the bucket in the path (cos.region.myqcloud.com/bucket) instead of in the host name?</source>
        <translation>Does the request name the bucket in the path (cos.region.myqcloud.com/bucket) instead of in the host name?</translation>
    </message>
    <message>
        <source>Message “Missing required header for this request: Appid”</source>
        <translation>Message “Missing required header for this request: Appid”</translation>
    </message>
    <message>
        <source>Message “You do not have permission to get URL … from this server” (legacy JSON API host)</source>
        <translation>Message “You do not have permission to get URL … from this server” (legacy JSON API host)</translation>
    </message>
    <message>
        <source>Does the client call the legacy JSON API (region.file.myqcloud.com/files/v2/…) with a region code it does not accept?</source>
        <translation>Does the client call the legacy JSON API (region.file.myqcloud.com/files/v2/…) with a region code it does not accept?</translation>
    </message>
    <message>
        <source>The client calls the legacy COS JSON API, which this host or region does not serve.</source>
        <translation>The client calls the legacy COS JSON API, which this host or region does not serve.</translation>
    </message>
    <message>
        <source>Old SDKs and plugins send requests to region.file.myqcloud.com/files/v2/APPID/bucket with the legacy short region codes (sh, gz, bj); the host refuses a path it does not serve with a permission message.</source>
        <translation>Old SDKs and plugins send requests to region.file.myqcloud.com/files/v2/APPID/bucket with the legacy short region codes (sh, gz, bj); the host refuses a path it does not serve with a permission message.</translation>
    </message>
    <message>
        <source>Move the client to a COS XML API SDK, which uses BucketName-APPID.cos.region.myqcloud.com.</source>
        <translation>Move the client to a COS XML API SDK, which uses BucketName-APPID.cos.region.myqcloud.com.</translation>
    </message>
    <message>
        <source>If the legacy client must stay, give it the short region code it expects for the bucket&apos;s region.</source>
        <translation>If the legacy client must stay, give it the short region code it expects for the bucket&apos;s region.</translation>
    </message>
    <message>
        <source>If the ACL and the policies grant the account and it is not a cross-account access, contact Tencent Cloud support.</source>
        <translation>If the ACL and the policies grant the account and it is not a cross-account access, contact Tencent Cloud support.</translation>
    </message>
    <message>
        <source>If hotlink protection is not enabled on the bucket, contact Tencent Cloud support.</source>
        <translation>If hotlink protection is not enabled on the bucket, contact Tencent Cloud support.</translation>
    </message>
    <message>
        <source>If q-ak is right and the API key is enabled, contact Tencent Cloud support.</source>
        <translation>If q-ak is right and the API key is enabled, contact Tencent Cloud support.</translation>
    </message>
    <message>
        <source>If the object is not in ARCHIVE or DEEP ARCHIVE storage, contact Tencent Cloud support.</source>
        <translation>If the object is not in ARCHIVE or DEEP ARCHIVE storage, contact Tencent Cloud support.</translation>
    </message>
    <message>
        <source>If the client time is within 15 minutes of the server time, contact Tencent Cloud support.</source>
        <translation>If the client time is within 15 minutes of the server time, contact Tencent Cloud support.</translation>
    </message>
    <message>
        <source>If the request still fails after you set the signature&apos;s validity again and synchronised the clock, contact Tencent Cloud support.</source>
        <translation>If the request still fails after you set the signature&apos;s validity again and synchronised the clock, contact Tencent Cloud support.</translation>
    </message>
    <message>
        <source>If your signature equals the one the COS signature tool computes, contact Tencent Cloud support.</source>
        <translation>If your signature equals the one the COS signature tool computes, contact Tencent Cloud support.</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <source>Bucket Doctor</source>
        <translation>Bucket Doctor</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Discard this diagnosis and the results of its checks?</source>
        <translation>Discard this diagnosis and the results of its checks?</translation>
    </message>
    <message>
        <source>Ne&amp;w diagnosis</source>
        <translation>Ne&amp;w diagnosis</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>New diagnosis</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The report is on the clipboard, as Markdown.</source>
        <translation>The report is on the clipboard, as Markdown.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>Report (*.%1)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>This is what leaves the app, secrets removed. Save it or copy it for a support ticket.</source>
        <translation>This is what leaves the app, secrets removed. Save it or copy it for a support ticket.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>What was removed</translation>
    </message>
    <message>
        <source>Save &amp;Markdown…</source>
        <translation>Save &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>Save &amp;HTML…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Save &amp;JSON…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
</context>
<context>
    <name>GuideQuestionWidget</name>
    <message>
        <source>Step %1 of %2: your answer</source>
        <translation>Step %1 of %2: your answer</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Yes, to: %1</source>
        <translation>Yes, to: %1</translation>
    </message>
    <message>
        <source>No, to: %1</source>
        <translation>No, to: %1</translation>
    </message>
    <message>
        <source>Don&apos;t know, to: %1</source>
        <translation>Don&apos;t know, to: %1</translation>
    </message>
</context>
<context>
    <name>OssTree</name>
    <message>
        <source>AccessDenied: “The bucket you are attempting to access must be addressed using the specified endpoint”</source>
        <translation>AccessDenied: “The bucket you are attempting to access must be addressed using the specified endpoint”</translation>
    </message>
    <message>
        <source>Does the endpoint the client uses match the Endpoint element of the error body?</source>
        <translation>Does the endpoint the client uses match the Endpoint element of the error body?</translation>
    </message>
    <message>
        <source>With V4 signatures, does the region in the signature match the bucket&apos;s region?</source>
        <translation>With V4 signatures, does the region in the signature match the bucket&apos;s region?</translation>
    </message>
    <message>
        <source>AccessDenied: “This request is forbidden by kms”</source>
        <translation>AccessDenied: “This request is forbidden by kms”</translation>
    </message>
    <message>
        <source>May the requester use the CMK that encrypts the object or the bucket?</source>
        <translation>May the requester use the CMK that encrypts the object or the bucket?</translation>
    </message>
    <message>
        <source>Is KMS activated for the account?</source>
        <translation>Is KMS activated for the account?</translation>
    </message>
    <message>
        <source>AccessDenied: “AccessDenied”</source>
        <translation>AccessDenied: “AccessDenied”</translation>
    </message>
    <message>
        <source>Are the AccessKey ID and secret those of the account or RAM user meant to access this bucket?</source>
        <translation>Are the AccessKey ID and secret those of the account or RAM user meant to access this bucket?</translation>
    </message>
    <message>
        <source>Does the RAM user have permission for this operation on the bucket or object?</source>
        <translation>Does the RAM user have permission for this operation on the bucket or object?</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to a resource that is not public?</source>
        <translation>Was the request sent without a signature to a resource that is not public?</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the request, or leave it out?</source>
        <translation>Does a bucket policy deny the request, or leave it out?</translation>
    </message>
    <message>
        <source>Does the ACL of the bucket or object refuse this access?</source>
        <translation>Does the ACL of the bucket or object refuse this access?</translation>
    </message>
    <message>
        <source>With STS credentials, does the Policy of the AssumeRole call allow the action too?</source>
        <translation>With STS credentials, does the Policy of the AssumeRole call allow the action too?</translation>
    </message>
    <message>
        <source>Do the source IP or VPC conditions of the policies match the request?</source>
        <translation>Do the source IP or VPC conditions of the policies match the request?</translation>
    </message>
    <message>
        <source>Is a new account reaching a mainland China bucket through its default public domain?</source>
        <translation>Is a new account reaching a mainland China bucket through its default public domain?</translation>
    </message>
    <message>
        <source>AccessDenied: “You have no right to access this object”</source>
        <translation>AccessDenied: “You have no right to access this object”</translation>
    </message>
    <message>
        <source>Does a RAM policy of the user allow this operation on the object?</source>
        <translation>Does a RAM policy of the user allow this operation on the object?</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the operation, or leave the user out?</source>
        <translation>Does a bucket policy deny the operation, or leave the user out?</translation>
    </message>
    <message>
        <source>With STS credentials, does the Policy of the AssumeRole call allow it too?</source>
        <translation>With STS credentials, does the Policy of the AssumeRole call allow it too?</translation>
    </message>
    <message>
        <source>AccessDenied: “Anonymous user has no right to access this bucket” or “Anonymous access is forbidden for this operation”</source>
        <translation>AccessDenied: “Anonymous user has no right to access this bucket” or “Anonymous access is forbidden for this operation”</translation>
    </message>
    <message>
        <source>Was the request sent without a signature?</source>
        <translation>Was the request sent without a signature?</translation>
    </message>
    <message>
        <source>Does a bucket policy grant this operation to anonymous users?</source>
        <translation>Does a bucket policy grant this operation to anonymous users?</translation>
    </message>
    <message>
        <source>AccessDenied: “Anonymous user has no right to access this object”</source>
        <translation>AccessDenied: “Anonymous user has no right to access this object”</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to an object that is not public?</source>
        <translation>Was the request sent without a signature to an object that is not public?</translation>
    </message>
    <message>
        <source>Does a bucket policy or a public-read ACL give anonymous users this object?</source>
        <translation>Does a bucket policy or a public-read ACL give anonymous users this object?</translation>
    </message>
    <message>
        <source>AccessDenied: “You are denied by bucket referer policy”</source>
        <translation>AccessDenied: “You are denied by bucket referer policy”</translation>
    </message>
    <message>
        <source>Is the request anonymous or a signed URL? Requests signed in the Authorization header skip the Referer check.</source>
        <translation>Is the request anonymous or a signed URL? Requests signed in the Authorization header skip the Referer check.</translation>
    </message>
    <message>
        <source>Does the Referer match an entry of the whitelist?</source>
        <translation>Does the Referer match an entry of the whitelist?</translation>
    </message>
    <message>
        <source>Does the Referer match an entry of the blacklist?</source>
        <translation>Does the Referer match an entry of the blacklist?</translation>
    </message>
    <message>
        <source>Was the Referer empty while empty Referers are not allowed?</source>
        <translation>Was the Referer empty while empty Referers are not allowed?</translation>
    </message>
    <message>
        <source>EC 0003-00000502: Referer in the blacklist</source>
        <translation>EC 0003-00000502: Referer in the blacklist</translation>
    </message>
    <message>
        <source>Which entry of the blacklist matches the request&apos;s Referer?</source>
        <translation>Which entry of the blacklist matches the request&apos;s Referer?</translation>
    </message>
    <message>
        <source>Empty Referer not allowed by the hotlink settings</source>
        <translation>Empty Referer not allowed by the hotlink settings</translation>
    </message>
    <message>
        <source>Does the request carry no Referer while empty Referers are not allowed and the whitelist is not empty?</source>
        <translation>Does the request carry no Referer while empty Referers are not allowed and the whitelist is not empty?</translation>
    </message>
    <message>
        <source>AccessDenied: “Invalid according to Policy: Policy expired”</source>
        <translation>AccessDenied: “Invalid according to Policy: Policy expired”</translation>
    </message>
    <message>
        <source>Has the expiration in the PostObject policy passed?</source>
        <translation>Has the expiration in the PostObject policy passed?</translation>
    </message>
    <message>
        <source>Is the clock of the server that writes the policy correct?</source>
        <translation>Is the clock of the server that writes the policy correct?</translation>
    </message>
    <message>
        <source>AccessDenied: “Policy Condition failed” on $Content-Type</source>
        <translation>AccessDenied: “Policy Condition failed” on $Content-Type</translation>
    </message>
    <message>
        <source>Does the Content-Type of the upload equal the one the policy requires?</source>
        <translation>Does the Content-Type of the upload equal the one the policy requires?</translation>
    </message>
    <message>
        <source>AccessDenied: “Invalid according to Policy: Policy Condition failed”</source>
        <translation>AccessDenied: “Invalid according to Policy: Policy Condition failed”</translation>
    </message>
    <message>
        <source>Does every form field meet the policy&apos;s conditions, such as the bucket, the key prefix and the size range?</source>
        <translation>Does every form field meet the policy&apos;s conditions, such as the bucket, the key prefix and the size range?</translation>
    </message>
    <message>
        <source>Does the Content-Type of the upload meet a Content-Type condition?</source>
        <translation>Does the Content-Type of the upload meet a Content-Type condition?</translation>
    </message>
    <message>
        <source>AccessDenied: “Target object does not reside in the same data center as source object”</source>
        <translation>AccessDenied: “Target object does not reside in the same data center as source object”</translation>
    </message>
    <message>
        <source>Are the source bucket and the destination bucket in the same region?</source>
        <translation>Are the source bucket and the destination bucket in the same region?</translation>
    </message>
    <message>
        <source>AccessDenied: “Query string authentication requires the Signature, Expires and OSSAccessKeyId parameters” or “Invalid date (should be seconds since epoch)”</source>
        <translation>AccessDenied: “Query string authentication requires the Signature, Expires and OSSAccessKeyId parameters” or “Invalid date (should be seconds since epoch)”</translation>
    </message>
    <message>
        <source>Does the URL carry OSSAccessKeyId, Expires and Signature?</source>
        <translation>Does the URL carry OSSAccessKeyId, Expires and Signature?</translation>
    </message>
    <message>
        <source>Is Expires an absolute Unix time in seconds?</source>
        <translation>Is Expires an absolute Unix time in seconds?</translation>
    </message>
    <message>
        <source>AccessDenied: “Request has expired” (EC 0002-00000069)</source>
        <translation>AccessDenied: “Request has expired” (EC 0002-00000069)</translation>
    </message>
    <message>
        <source>Is the current time past the URL&apos;s Expires (V1), or past x-oss-date plus x-oss-expires (V4)?</source>
        <translation>Is the current time past the URL&apos;s Expires (V1), or past x-oss-date plus x-oss-expires (V4)?</translation>
    </message>
    <message>
        <source>Are the clocks of the signing machine and of the client correct?</source>
        <translation>Are the clocks of the signing machine and of the client correct?</translation>
    </message>
    <message>
        <source>With STS credentials, did the token expire before the URL?</source>
        <translation>With STS credentials, did the token expire before the URL?</translation>
    </message>
    <message>
        <source>AccessDenied: “You do not have read (write, read acl, write acl) permission on this object”</source>
        <translation>AccessDenied: “You do not have read (write, read acl, write acl) permission on this object”</translation>
    </message>
    <message>
        <source>Has the object owner granted you this operation on the object?</source>
        <translation>Has the object owner granted you this operation on the object?</translation>
    </message>
    <message>
        <source>Does a RAM policy or bucket policy allow the operation?</source>
        <translation>Does a RAM policy or bucket policy allow the operation?</translation>
    </message>
    <message>
        <source>AccessDenied: “You have no right to access this object because of bucket acl”</source>
        <translation>AccessDenied: “You have no right to access this object because of bucket acl”</translation>
    </message>
    <message>
        <source>Does the bucket ACL let this requester perform the operation?</source>
        <translation>Does the bucket ACL let this requester perform the operation?</translation>
    </message>
    <message>
        <source>Does a RAM policy or bucket policy grant the operation instead?</source>
        <translation>Does a RAM policy or bucket policy grant the operation instead?</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by bucket policy”</source>
        <translation>AccessDenied: “Access denied by bucket policy”</translation>
    </message>
    <message>
        <source>Does a bucket policy statement deny this request, or does none allow it?</source>
        <translation>Does a bucket policy statement deny this request, or does none allow it?</translation>
    </message>
    <message>
        <source>Does a condition on acs:SourceIp or acs:SourceVpc exclude where the request came from?</source>
        <translation>Does a condition on acs:SourceIp or acs:SourceVpc exclude where the request came from?</translation>
    </message>
    <message>
        <source>Does a condition on acs:Referer exclude the request&apos;s Referer?</source>
        <translation>Does a condition on acs:Referer exclude the request&apos;s Referer?</translation>
    </message>
    <message>
        <source>Is the requester the bucket owner, caught by a Principal * statement that has a condition?</source>
        <translation>Is the requester the bucket owner, caught by a Principal * statement that has a condition?</translation>
    </message>
    <message>
        <source>Bucket policy with Principal *</source>
        <translation>Bucket policy with Principal *</translation>
    </message>
    <message>
        <source>Is the requester the bucket owner, denied by a Principal * statement that has a condition?</source>
        <translation>Is the requester the bucket owner, denied by a Principal * statement that has a condition?</translation>
    </message>
    <message>
        <source>Does that statement deny this action for this request?</source>
        <translation>Does that statement deny this action for this request?</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by VPC endpoint policy”</source>
        <translation>AccessDenied: “Access denied by VPC endpoint policy”</translation>
    </message>
    <message>
        <source>Does the policy for the VPC, or its endpoint, allow this bucket and action?</source>
        <translation>Does the policy for the VPC, or its endpoint, allow this bucket and action?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on acs:SourceVpc or acs:SourceIp exclude the request?</source>
        <translation>Does a bucket policy condition on acs:SourceVpc or acs:SourceIp exclude the request?</translation>
    </message>
    <message>
        <source>AccessDenied: “Hierarchical namespace is disabled”</source>
        <translation>AccessDenied: “Hierarchical namespace is disabled”</translation>
    </message>
    <message>
        <source>Was the bucket created with hierarchical namespace enabled?</source>
        <translation>Was the bucket created with hierarchical namespace enabled?</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by authorizer&apos;s policy”</source>
        <translation>AccessDenied: “Access denied by authorizer&apos;s policy”</translation>
    </message>
    <message>
        <source>Does the RAM policy of the role allow this action on this resource?</source>
        <translation>Does the RAM policy of the role allow this action on this resource?</translation>
    </message>
    <message>
        <source>Does the Policy parameter of the AssumeRole call allow it as well?</source>
        <translation>Does the Policy parameter of the AssumeRole call allow it as well?</translation>
    </message>
    <message>
        <source>If the key is a RAM user&apos;s own key, do the user&apos;s policies allow the action?</source>
        <translation>If the key is a RAM user&apos;s own key, do the user&apos;s policies allow the action?</translation>
    </message>
    <message>
        <source>AccessDenied: “The bucket you visit is not belong to you”</source>
        <translation>AccessDenied: “The bucket you visit is not belong to you”</translation>
    </message>
    <message>
        <source>Does the RAM user have oss:GetBucketInfo on the bucket, as tools such as ossbrowser need?</source>
        <translation>Does the RAM user have oss:GetBucketInfo on the bucket, as tools such as ossbrowser need?</translation>
    </message>
    <message>
        <source>Is the bucket owned by the account whose AccessKey is used?</source>
        <translation>Is the bucket owned by the account whose AccessKey is used?</translation>
    </message>
    <message>
        <source>AccessDenied: “You are forbidden to list buckets”</source>
        <translation>AccessDenied: “You are forbidden to list buckets”</translation>
    </message>
    <message>
        <source>Does the requester have oss:ListBuckets on all resources?</source>
        <translation>Does the requester have oss:ListBuckets on all resources?</translation>
    </message>
    <message>
        <source>AccessForbidden: “CORSResponse: This CORS request is not allowed”</source>
        <translation>AccessForbidden: “CORSResponse: This CORS request is not allowed”</translation>
    </message>
    <message>
        <source>Does the bucket have any CORS rule?</source>
        <translation>Does the bucket have any CORS rule?</translation>
    </message>
    <message>
        <source>Does a rule list the page&apos;s Origin, with scheme and port?</source>
        <translation>Does a rule list the page&apos;s Origin, with scheme and port?</translation>
    </message>
    <message>
        <source>Does that rule allow the request&apos;s method and every header the preflight asks for?</source>
        <translation>Does that rule allow the request&apos;s method and every header the preflight asks for?</translation>
    </message>
    <message>
        <source>Browser: method or header not allowed by the CORS preflight response</source>
        <translation>Browser: method or header not allowed by the CORS preflight response</translation>
    </message>
    <message>
        <source>Does the CORS rule allow the method and every header the preflight asks for?</source>
        <translation>Does the CORS rule allow the method and every header the preflight asks for?</translation>
    </message>
    <message>
        <source>Browser console: request blocked by CORS policy</source>
        <translation>Browser console: request blocked by CORS policy</translation>
    </message>
    <message>
        <source>Does a CORS rule of the bucket list the page&apos;s Origin?</source>
        <translation>Does a CORS rule of the bucket list the page&apos;s Origin?</translation>
    </message>
    <message>
        <source>Does that rule allow the method and the headers of the preflight?</source>
        <translation>Does that rule allow the method and the headers of the preflight?</translation>
    </message>
    <message>
        <source>PermanentRedirect: “The bucket you are attempting to access must be addressed using the specified endpoint”</source>
        <translation>PermanentRedirect: “The bucket you are attempting to access must be addressed using the specified endpoint”</translation>
    </message>
    <message>
        <source>Is the SDK&apos;s endpoint the one of the bucket&apos;s region, not a default such as oss-cn-hangzhou.aliyuncs.com?</source>
        <translation>Is the SDK&apos;s endpoint the one of the bucket&apos;s region, not a default such as oss-cn-hangzhou.aliyuncs.com?</translation>
    </message>
    <message>
        <source>SecondLevelDomainForbidden: “must be addressed using OSS third level domain” or “Please use virtual hosted style to access”</source>
        <translation>SecondLevelDomainForbidden: “must be addressed using OSS third level domain” or “Please use virtual hosted style to access”</translation>
    </message>
    <message>
        <source>Is the bucket name the first label of the host name (bucket.endpoint)?</source>
        <translation>Is the bucket name the first label of the host name (bucket.endpoint)?</translation>
    </message>
    <message>
        <source>NonStandardHostForbidden: “Your host is invalid. Please use Open Storage Service standard host”</source>
        <translation>NonStandardHostForbidden: “Your host is invalid. Please use Open Storage Service standard host”</translation>
    </message>
    <message>
        <source>Is the Host a standard OSS domain, or a custom domain mapped to the bucket?</source>
        <translation>Is the Host a standard OSS domain, or a custom domain mapped to the bucket?</translation>
    </message>
    <message>
        <source>Is a new account using the default public domain of a mainland China bucket?</source>
        <translation>Is a new account using the default public domain of a mainland China bucket?</translation>
    </message>
    <message>
        <source>KmsUbsmsInvalidBid: “Your account partner does not have KMS Service”</source>
        <translation>KmsUbsmsInvalidBid: “Your account partner does not have KMS Service”</translation>
    </message>
    <message>
        <source>KmsInDebt, KmsInDebtOverdue or InDebt: “Current user is indebted”</source>
        <translation>KmsInDebt, KmsInDebtOverdue or InDebt: “Current user is indebted”</translation>
    </message>
    <message>
        <source>Does the account have overdue payments?</source>
        <translation>Does the account have overdue payments?</translation>
    </message>
    <message>
        <source>WORMConfigurationLocked: “The WORM Configuration is locked”</source>
        <translation>WORMConfigurationLocked: “The WORM Configuration is locked”</translation>
    </message>
    <message>
        <source>Is the request trying to delete or shorten a locked retention policy?</source>
        <translation>Is the request trying to delete or shorten a locked retention policy?</translation>
    </message>
    <message>
        <source>BucketNotBelongTo: “The bucket you access does not belong to you”</source>
        <translation>BucketNotBelongTo: “The bucket you access does not belong to you”</translation>
    </message>
    <message>
        <source>Is the requester the account that owns the bucket?</source>
        <translation>Is the requester the account that owns the bucket?</translation>
    </message>
    <message>
        <source>Does the RAM user have oss:GetBucketInfo on the bucket?</source>
        <translation>Does the RAM user have oss:GetBucketInfo on the bucket?</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id you provided is disabled”</source>
        <translation>InvalidAccessKeyId: “The OSS Access Key Id you provided is disabled”</translation>
    </message>
    <message>
        <source>Is the AccessKey ID enabled in AccessKey management?</source>
        <translation>Is the AccessKey ID enabled in AccessKey management?</translation>
    </message>
    <message>
        <source>EC 0002-00000222: AccessKey ID in the V4 credential is invalid</source>
        <translation>EC 0002-00000222: AccessKey ID in the V4 credential is invalid</translation>
    </message>
    <message>
        <source>Does the AccessKey ID inside x-oss-credential (or the Credential of the Authorization header) exist?</source>
        <translation>Does the AccessKey ID inside x-oss-credential (or the Credential of the Authorization header) exist?</translation>
    </message>
    <message>
        <source>Is the credential written as AccessKeyId/date/region/oss/aliyun_v4_request?</source>
        <translation>Is the credential written as AccessKeyId/date/region/oss/aliyun_v4_request?</translation>
    </message>
    <message>
        <source>Is it a temporary STS. ID used without its token, or after it expired?</source>
        <translation>Is it a temporary STS. ID used without its token, or after it expired?</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id you provided does not exist in our records”</source>
        <translation>InvalidAccessKeyId: “The OSS Access Key Id you provided does not exist in our records”</translation>
    </message>
    <message>
        <source>Does the AccessKey ID exist in AccessKey management, spelled exactly as in the request?</source>
        <translation>Does the AccessKey ID exist in AccessKey management, spelled exactly as in the request?</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id contains non-acceptable characters” (EC 0002-00000064)</source>
        <translation>InvalidAccessKeyId: “The OSS Access Key Id contains non-acceptable characters” (EC 0002-00000064)</translation>
    </message>
    <message>
        <source>Does the AccessKey ID hold only letters, digits and . _ =?</source>
        <translation>Does the AccessKey ID hold only letters, digits and . _ =?</translation>
    </message>
    <message>
        <source>SignatureDoesNotMatch: “The request signature we calculated does not match the signature you provided” (EC 0002-00000040)</source>
        <translation>SignatureDoesNotMatch: “The request signature we calculated does not match the signature you provided” (EC 0002-00000040)</translation>
    </message>
    <message>
        <source>Do the AccessKey ID and secret work when you log on to ossbrowser with them?</source>
        <translation>Do the AccessKey ID and secret work when you log on to ossbrowser with them?</translation>
    </message>
    <message>
        <source>Does the client implement the OSS signature algorithm (V1 or V4) correctly?</source>
        <translation>Does the client implement the OSS signature algorithm (V1 or V4) correctly?</translation>
    </message>
    <message>
        <source>Does the StringToSign of the error body equal the string the client signed?</source>
        <translation>Does the StringToSign of the error body equal the string the client signed?</translation>
    </message>
    <message>
        <source>Does the object key contain spaces, plus signs, percent signs or non-ASCII characters?</source>
        <translation>Does the object key contain spaces, plus signs, percent signs or non-ASCII characters?</translation>
    </message>
    <message>
        <source>Hand-written signing code</source>
        <translation>Hand-written signing code</translation>
    </message>
    <message>
        <source>Does the hand-written code follow the OSS signature algorithm step by step?</source>
        <translation>Does the hand-written code follow the OSS signature algorithm step by step?</translation>
    </message>
    <message>
        <source>Does the string it signs match the request that is sent, header for header?</source>
        <translation>Does the string it signs match the request that is sent, header for header?</translation>
    </message>
    <message>
        <source>InvalidArgument: “Invalid signing region in Authorization header” (EC 0002-00000226)</source>
        <translation>InvalidArgument: “Invalid signing region in Authorization header” (EC 0002-00000226)</translation>
    </message>
    <message>
        <source>Is the region in the V4 credential scope the bucket&apos;s region ID, such as cn-hangzhou?</source>
        <translation>Is the region in the V4 credential scope the bucket&apos;s region ID, such as cn-hangzhou?</translation>
    </message>
    <message>
        <source>TransferAccelerationDisabled: “Transfer acceleration is disabled”</source>
        <translation>TransferAccelerationDisabled: “Transfer acceleration is disabled”</translation>
    </message>
    <message>
        <source>Is transfer acceleration enabled for the bucket that the acceleration endpoint is used for?</source>
        <translation>Is transfer acceleration enabled for the bucket that the acceleration endpoint is used for?</translation>
    </message>
    <message>
        <source>InvalidSecurityToken: “The security token you provided is invalid”</source>
        <translation>InvalidSecurityToken: “The security token you provided is invalid”</translation>
    </message>
    <message>
        <source>Is the security token sent whole and unchanged, as STS returned it?</source>
        <translation>Is the security token sent whole and unchanged, as STS returned it?</translation>
    </message>
    <message>
        <source>Is the token still within its validity?</source>
        <translation>Is the token still within its validity?</translation>
    </message>
    <message>
        <source>Do the AccessKey ID and the token come from the same STS response?</source>
        <translation>Do the AccessKey ID and the token come from the same STS response?</translation>
    </message>
    <message>
        <source>AccessKeyIdAndSecurityTokenNotMatch: “The OSS access key id and security token you provided does not match”</source>
        <translation>AccessKeyIdAndSecurityTokenNotMatch: “The OSS access key id and security token you provided does not match”</translation>
    </message>
    <message>
        <source>Do the AccessKey ID, secret and token come from the same STS response?</source>
        <translation>Do the AccessKey ID, secret and token come from the same STS response?</translation>
    </message>
    <message>
        <source>Were the credentials refreshed only partly after they expired?</source>
        <translation>Were the credentials refreshed only partly after they expired?</translation>
    </message>
    <message>
        <source>SecurityTokenExpired: “The security token you provided has expired”</source>
        <translation>SecurityTokenExpired: “The security token you provided has expired”</translation>
    </message>
    <message>
        <source>Is the current time past the Expiration of the STS credentials?</source>
        <translation>Is the current time past the Expiration of the STS credentials?</translation>
    </message>
    <message>
        <source>AbnormalBucketOwnerStatus: “The status of the bucket owner is abnormal”</source>
        <translation>AbnormalBucketOwnerStatus: “The status of the bucket owner is abnormal”</translation>
    </message>
    <message>
        <source>Is the bucket owner&apos;s account closed, restricted or suspended?</source>
        <translation>Is the bucket owner&apos;s account closed, restricted or suspended?</translation>
    </message>
    <message>
        <source>Does the owner&apos;s account have overdue payments?</source>
        <translation>Does the owner&apos;s account have overdue payments?</translation>
    </message>
    <message>
        <source>SecurityTokenNotSupported: “This interface does not support security token” or “Security token is not supported in this region”</source>
        <translation>SecurityTokenNotSupported: “This interface does not support security token” or “Security token is not supported in this region”</translation>
    </message>
    <message>
        <source>Do this operation and this region accept STS tokens?</source>
        <translation>Do this operation and this region accept STS tokens?</translation>
    </message>
    <message>
        <source>RequestTimeTooSkewed: “The difference between the request time and the current time is too large” (EC 0002-00000504)</source>
        <translation>RequestTimeTooSkewed: “The difference between the request time and the current time is too large” (EC 0002-00000504)</translation>
    </message>
    <message>
        <source>Is the device&apos;s clock correct, within 15 minutes of the server?</source>
        <translation>Is the device&apos;s clock correct, within 15 minutes of the server?</translation>
    </message>
    <message>
        <source>Is the time zone set right, so that the Date header is real GMT?</source>
        <translation>Is the time zone set right, so that the Date header is real GMT?</translation>
    </message>
    <message>
        <source>EC 0002-00000235: V4 signed URL used before its x-oss-date</source>
        <translation>EC 0002-00000235: V4 signed URL used before its x-oss-date</translation>
    </message>
    <message>
        <source>Does x-oss-date in the URL lie more than 15 minutes in the future?</source>
        <translation>Does x-oss-date in the URL lie more than 15 minutes in the future?</translation>
    </message>
    <message>
        <source>ImageDamage: “The image file may be damaged”</source>
        <translation>ImageDamage: “The image file may be damaged”</translation>
    </message>
    <message>
        <source>Does the original image open correctly?</source>
        <translation>Does the original image open correctly?</translation>
    </message>
    <message>
        <source>UserDisable</source>
        <translation>UserDisable</translation>
    </message>
    <message>
        <source>Is the account disabled for overdue payments or security reasons?</source>
        <translation>Is the account disabled for overdue payments or security reasons?</translation>
    </message>
    <message>
        <source>Is OSS activated for the account?</source>
        <translation>Is OSS activated for the account?</translation>
    </message>
    <message>
        <source>BucketDisable</source>
        <translation>BucketDisable</translation>
    </message>
    <message>
        <source>Has the bucket been disabled for security reasons?</source>
        <translation>Has the bucket been disabled for security reasons?</translation>
    </message>
    <message>
        <source>CnameDenied: “The cname belongs to another user”</source>
        <translation>CnameDenied: “The cname belongs to another user”</translation>
    </message>
    <message>
        <source>Is the domain name already mapped to another bucket?</source>
        <translation>Is the domain name already mapped to another bucket?</translation>
    </message>
    <message>
        <source>Default public domain of a mainland China bucket</source>
        <translation>Default public domain of a mainland China bucket</translation>
    </message>
    <message>
        <source>Is a new account reaching a mainland China bucket through its default public domain instead of a custom domain?</source>
        <translation>Is a new account reaching a mainland China bucket through its default public domain instead of a custom domain?</translation>
    </message>
    <message>
        <source>Is the default endpoint that of the bucket&apos;s region?</source>
        <translation>Is the default endpoint that of the bucket&apos;s region?</translation>
    </message>
    <message>
        <source>InvalidObjectState: “The operation is not valid for the object&apos;s state”</source>
        <translation>InvalidObjectState: “The operation is not valid for the object&apos;s state”</translation>
    </message>
    <message>
        <source>Is the object in an archive class without a finished restore (no x-oss-restore header)?</source>
        <translation>Is the object in an archive class without a finished restore (no x-oss-restore header)?</translation>
    </message>
    <message>
        <source>Did a restore start but not finish, or did the restored copy expire?</source>
        <translation>Did a restore start but not finish, or did the restored copy expire?</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognised error code</source>
        <translation>HTTP 403 without a recognised error code</translation>
    </message>
    <message>
        <source>Is it a browser request refused by CORS?</source>
        <translation>Is it a browser request refused by CORS?</translation>
    </message>
    <message>
        <source>Does hotlink protection refuse the request&apos;s Referer?</source>
        <translation>Does hotlink protection refuse the request&apos;s Referer?</translation>
    </message>
    <message>
        <source>Is the AccessKey ID valid and enabled?</source>
        <translation>Is the AccessKey ID valid and enabled?</translation>
    </message>
    <message>
        <source>Is the AccessKey secret the right one?</source>
        <translation>Is the AccessKey secret the right one?</translation>
    </message>
    <message>
        <source>Does the RAM user have permission for this operation?</source>
        <translation>Does the RAM user have permission for this operation?</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the request?</source>
        <translation>Does a bucket policy deny the request?</translation>
    </message>
    <message>
        <source>With STS credentials, is the token valid and does the AssumeRole policy allow the action?</source>
        <translation>With STS credentials, is the token valid and does the AssumeRole policy allow the action?</translation>
    </message>
    <message>
        <source>Does the endpoint belong to the bucket&apos;s region?</source>
        <translation>Does the endpoint belong to the bucket&apos;s region?</translation>
    </message>
    <message>
        <source>Is the object archived and not restored?</source>
        <translation>Is the object archived and not restored?</translation>
    </message>
    <message>
        <source>The RAM user or role that signs the request has no permission for this action.</source>
        <translation>The RAM user or role that signs the request has no permission for this action.</translation>
    </message>
    <message>
        <source>OSS denies a RAM user or role any action that no RAM policy, bucket policy or ACL allows. A new RAM user has no OSS permissions at all.</source>
        <translation>OSS denies a RAM user or role any action that no RAM policy, bucket policy or ACL allows. A new RAM user has no OSS permissions at all.</translation>
    </message>
    <message>
        <source>Find the identity that signed the request: the AccessKey ID in the Authorization header, or OSSAccessKeyId in a signed URL.</source>
        <translation>Find the identity that signed the request: the AccessKey ID in the Authorization header, or OSSAccessKeyId in a signed URL.</translation>
    </message>
    <message>
        <source>Open RAM console &gt; Identities &gt; Users, select that user and check on its Permissions tab for a policy that allows the action (for example oss:GetObject or oss:PutObject) on acs:oss:*:*:(bucket)/*.</source>
        <translation>Open RAM console &gt; Identities &gt; Users, select that user and check on its Permissions tab for a policy that allows the action (for example oss:GetObject or oss:PutObject) on acs:oss:*:*:(bucket)/*.</translation>
    </message>
    <message>
        <source>Attach a policy that covers the action and the resource, such as a custom policy or AliyunOSSReadOnlyAccess for reads.</source>
        <translation>Attach a policy that covers the action and the resource, such as a custom policy or AliyunOSSReadOnlyAccess for reads.</translation>
    </message>
    <message>
        <source>Or grant the user access in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>Or grant the user access in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</translation>
    </message>
    <message>
        <source>The AccessKey pair belongs to an account or user that this bucket does not let in.</source>
        <translation>The AccessKey pair belongs to an account or user that this bucket does not let in.</translation>
    </message>
    <message>
        <source>The key pair is valid, so the signature passes, but its owner has no access here: a key of another Alibaba Cloud account, or of another RAM user than intended. Access from another account needs a bucket policy that names it.</source>
        <translation>The key pair is valid, so the signature passes, but its owner has no access here: a key of another Alibaba Cloud account, or of another RAM user than intended. Access from another account needs a bucket policy that names it.</translation>
    </message>
    <message>
        <source>Find which AccessKey ID the client really uses: configuration files, environment variables, the SDK&apos;s credentials provider.</source>
        <translation>Find which AccessKey ID the client really uses: configuration files, environment variables, the SDK&apos;s credentials provider.</translation>
    </message>
    <message>
        <source>On the AccessKey management page, confirm that this AccessKey ID belongs to the account or RAM user you expect.</source>
        <translation>On the AccessKey management page, confirm that this AccessKey ID belongs to the account or RAM user you expect.</translation>
    </message>
    <message>
        <source>Use a key of the bucket owner&apos;s account or of one of its RAM users with the permission, or ask the owner to name your account in the bucket policy.</source>
        <translation>Use a key of the bucket owner&apos;s account or of one of its RAM users with the permission, or ask the owner to name your account in the bucket policy.</translation>
    </message>
    <message>
        <source>A bucket policy statement denies this request, or no statement allows it.</source>
        <translation>A bucket policy statement denies this request, or no statement allows it.</translation>
    </message>
    <message>
        <source>OSS evaluates policies deny first: a Deny statement that matches the principal, action and resource blocks the request even when a RAM policy allows it.</source>
        <translation>OSS evaluates policies deny first: a Deny statement that matches the principal, action and resource blocks the request even when a RAM policy allows it.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy and list the statements that cover this action and resource.</source>
        <translation>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy and list the statements that cover this action and resource.</translation>
    </message>
    <message>
        <source>Look for a Deny statement that matches the requester, and for an Allow that names the wrong principal, action or resource path.</source>
        <translation>Look for a Deny statement that matches the requester, and for an Allow that names the wrong principal, action or resource path.</translation>
    </message>
    <message>
        <source>Correct the statement. All conditions of one statement must hold for it to apply.</source>
        <translation>Correct the statement. All conditions of one statement must hold for it to apply.</translation>
    </message>
    <message>
        <source>A Deny statement for Principal * with a condition also applies to the bucket owner.</source>
        <translation>A Deny statement for Principal * with a condition also applies to the bucket owner.</translation>
    </message>
    <message>
        <source>In an OSS bucket policy, Principal * without a condition covers everyone except the bucket owner; with a condition it also covers the owner and anonymous users, so such a Deny can lock out the owner&apos;s own account.</source>
        <translation>In an OSS bucket policy, Principal * without a condition covers everyone except the bucket owner; with a condition it also covers the owner and anonymous users, so such a Deny can lock out the owner&apos;s own account.</translation>
    </message>
    <message>
        <source>Look in the bucket policy for Deny statements with Principal * and a Condition, such as a source IP, VPC, TLS or Referer condition.</source>
        <translation>Look in the bucket policy for Deny statements with Principal * and a Condition, such as a source IP, VPC, TLS or Referer condition.</translation>
    </message>
    <message>
        <source>Check whether the owner&apos;s request falls inside that condition, for example it comes from an address outside the allowed range.</source>
        <translation>Check whether the owner&apos;s request falls inside that condition, for example it comes from an address outside the allowed range.</translation>
    </message>
    <message>
        <source>Narrow the condition or the statement in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy, from a network the policy still allows.</source>
        <translation>Narrow the condition or the statement in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy, from a network the policy still allows.</translation>
    </message>
    <message>
        <source>You lack the object permission this operation needs: read, write, read ACL or write ACL.</source>
        <translation>You lack the object permission this operation needs: read, write, read ACL or write ACL.</translation>
    </message>
    <message>
        <source>Reading an object, writing it, reading its ACL (GetObjectACL) and changing its ACL (PutObjectACL) are separate permissions, which the object owner grants.</source>
        <translation>Reading an object, writing it, reading its ACL (GetObjectACL) and changing its ACL (PutObjectACL) are separate permissions, which the object owner grants.</translation>
    </message>
    <message>
        <source>Note which of the four operations failed.</source>
        <translation>Note which of the four operations failed.</translation>
    </message>
    <message>
        <source>Ask the object owner (the bucket owner&apos;s account) to grant it, with a RAM policy or bucket policy action such as oss:GetObject, oss:PutObject, oss:GetObjectAcl or oss:PutObjectAcl.</source>
        <translation>Ask the object owner (the bucket owner&apos;s account) to grant it, with a RAM policy or bucket policy action such as oss:GetObject, oss:PutObject, oss:GetObjectAcl or oss:PutObjectAcl.</translation>
    </message>
    <message>
        <source>Check the object&apos;s own ACL as well: an object ACL of private wins over a public bucket ACL.</source>
        <translation>Check the object&apos;s own ACL as well: an object ACL of private wins over a public bucket ACL.</translation>
    </message>
    <message>
        <source>The bucket ACL does not allow this access, and no policy grants it.</source>
        <translation>The bucket ACL does not allow this access, and no policy grants it.</translation>
    </message>
    <message>
        <source>The bucket is private, or public-read while the request writes, and no RAM policy or bucket policy gives the requester the object operation.</source>
        <translation>The bucket is private, or public-read while the request writes, and no RAM policy or bucket policy gives the requester the object operation.</translation>
    </message>
    <message>
        <source>Check the bucket ACL in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; ACL.</source>
        <translation>Check the bucket ACL in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; ACL.</translation>
    </message>
    <message>
        <source>Grant the requester the object operations it needs, such as oss:GetObject, oss:PutObject or oss:AppendObject, with a RAM policy or a bucket policy.</source>
        <translation>Grant the requester the object operations it needs, such as oss:GetObject, oss:PutObject or oss:AppendObject, with a RAM policy or a bucket policy.</translation>
    </message>
    <message>
        <source>Set the bucket ACL to public-read only if everyone may read every object in it.</source>
        <translation>Set the bucket ACL to public-read only if everyone may read every object in it.</translation>
    </message>
    <message>
        <source>The policy passed with AssumeRole leaves the temporary credentials without this permission.</source>
        <translation>The policy passed with AssumeRole leaves the temporary credentials without this permission.</translation>
    </message>
    <message>
        <source>STS credentials may do only what both the role&apos;s RAM policy and the Policy parameter of the AssumeRole call allow; an action allowed by just one of them is denied.</source>
        <translation>STS credentials may do only what both the role&apos;s RAM policy and the Policy parameter of the AssumeRole call allow; an action allowed by just one of them is denied.</translation>
    </message>
    <message>
        <source>Compare the RAM policy attached to the role with the Policy parameter your server sends to AssumeRole.</source>
        <translation>Compare the RAM policy attached to the role with the Policy parameter your server sends to AssumeRole.</translation>
    </message>
    <message>
        <source>Make sure both allow this action on this resource: a role with AliyunOSSFullAccess and a Policy with only oss:PutObject can upload but not download; a role with only oss:PutObject and a Policy with only oss:GetObject can do nothing.</source>
        <translation>Make sure both allow this action on this resource: a role with AliyunOSSFullAccess and a Policy with only oss:PutObject can upload but not download; a role with only oss:PutObject and a Policy with only oss:GetObject can do nothing.</translation>
    </message>
    <message>
        <source>Request new credentials after changing either policy.</source>
        <translation>Request new credentials after changing either policy.</translation>
    </message>
    <message>
        <source>The operation is reserved for the bucket owner, and the requester is not the owner.</source>
        <translation>The operation is reserved for the bucket owner, and the requester is not the owner.</translation>
    </message>
    <message>
        <source>Some bucket operations may be performed only by the Alibaba Cloud account that owns the bucket; OSS refuses them for any other account.</source>
        <translation>Some bucket operations may be performed only by the Alibaba Cloud account that owns the bucket; OSS refuses them for any other account.</translation>
    </message>
    <message>
        <source>Compare the account that owns the bucket with the account the AccessKey belongs to.</source>
        <translation>Compare the account that owns the bucket with the account the AccessKey belongs to.</translation>
    </message>
    <message>
        <source>Run the operation with the owner&apos;s account, or with a RAM user of that account that has the permission.</source>
        <translation>Run the operation with the owner&apos;s account, or with a RAM user of that account that has the permission.</translation>
    </message>
    <message>
        <source>If the bucket name belongs to someone else&apos;s bucket, use your own bucket or another name.</source>
        <translation>If the bucket name belongs to someone else&apos;s bucket, use your own bucket or another name.</translation>
    </message>
    <message>
        <source>The RAM user may not read the bucket&apos;s information (oss:GetBucketInfo), so the tool treats the bucket as someone else&apos;s.</source>
        <translation>The RAM user may not read the bucket&apos;s information (oss:GetBucketInfo), so the tool treats the bucket as someone else&apos;s.</translation>
    </message>
    <message>
        <source>Tools such as ossbrowser call GetBucketInfo before opening a bucket; without oss:GetBucketInfo a RAM user is told the bucket does not belong to it, even when it may read the objects.</source>
        <translation>Tools such as ossbrowser call GetBucketInfo before opening a bucket; without oss:GetBucketInfo a RAM user is told the bucket does not belong to it, even when it may read the objects.</translation>
    </message>
    <message>
        <source>In RAM console &gt; Identities &gt; Users, add oss:GetBucketInfo on acs:oss:*:*:(bucket) to the user&apos;s policy, and oss:ListObjects if it should browse the bucket.</source>
        <translation>In RAM console &gt; Identities &gt; Users, add oss:GetBucketInfo on acs:oss:*:*:(bucket) to the user&apos;s policy, and oss:ListObjects if it should browse the bucket.</translation>
    </message>
    <message>
        <source>Or log on to ossbrowser with a preset OSS path for the bucket, which does not need the bucket to be listed.</source>
        <translation>Or log on to ossbrowser with a preset OSS path for the bucket, which does not need the bucket to be listed.</translation>
    </message>
    <message>
        <source>The requester may not list the account&apos;s buckets (oss:ListBuckets).</source>
        <translation>The requester may not list the account&apos;s buckets (oss:ListBuckets).</translation>
    </message>
    <message>
        <source>ListBuckets (GetService) is an account-level action; a RAM user needs oss:ListBuckets on all resources, which policies scoped to one bucket leave out.</source>
        <translation>ListBuckets (GetService) is an account-level action; a RAM user needs oss:ListBuckets on all resources, which policies scoped to one bucket leave out.</translation>
    </message>
    <message>
        <source>If listing is needed, allow oss:ListBuckets on acs:oss:*:*:* in the RAM user&apos;s policy.</source>
        <translation>If listing is needed, allow oss:ListBuckets on acs:oss:*:*:* in the RAM user&apos;s policy.</translation>
    </message>
    <message>
        <source>Otherwise configure the client to open the bucket directly by name and endpoint instead of listing buckets first.</source>
        <translation>Otherwise configure the client to open the bucket directly by name and endpoint instead of listing buckets first.</translation>
    </message>
    <message>
        <source>An unsigned request reached an object that is not public.</source>
        <translation>An unsigned request reached an object that is not public.</translation>
    </message>
    <message>
        <source>A request without a signature is anonymous. OSS serves it only when the object or bucket ACL is public-read or a bucket policy grants anonymous users access.</source>
        <translation>A request without a signature is anonymous. OSS serves it only when the object or bucket ACL is public-read or a bucket policy grants anonymous users access.</translation>
    </message>
    <message>
        <source>Sign the request with an AccessKey that may read the object, or hand out a signed URL instead of the plain URL.</source>
        <translation>Sign the request with an AccessKey that may read the object, or hand out a signed URL instead of the plain URL.</translation>
    </message>
    <message>
        <source>If the object must be public, grant anonymous read on that path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>If the object must be public, grant anonymous read on that path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</translation>
    </message>
    <message>
        <source>Or set the object ACL, or the bucket ACL, to public-read, provided Block Public Access is off.</source>
        <translation>Or set the object ACL, or the bucket ACL, to public-read, provided Block Public Access is off.</translation>
    </message>
    <message>
        <source>An unsigned request asked for a bucket operation that anonymous users are not granted.</source>
        <translation>An unsigned request asked for a bucket operation that anonymous users are not granted.</translation>
    </message>
    <message>
        <source>Listing a bucket, uploading and most other operations need a signature, unless a bucket policy grants that action to anonymous users.</source>
        <translation>Listing a bucket, uploading and most other operations need a signature, unless a bucket policy grants that action to anonymous users.</translation>
    </message>
    <message>
        <source>Sign the request with an SDK or ossutil, or use a signed URL for a single operation.</source>
        <translation>Sign the request with an SDK or ossutil, or use a signed URL for a single operation.</translation>
    </message>
    <message>
        <source>If anonymous users really must perform it, grant only that action and path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>If anonymous users really must perform it, grant only that action and path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</translation>
    </message>
    <message>
        <source>The AccessKey ID is disabled.</source>
        <translation>The AccessKey ID is disabled.</translation>
    </message>
    <message>
        <source>The AccessKey pair exists but was disabled, so OSS rejects every request signed with it.</source>
        <translation>The AccessKey pair exists but was disabled, so OSS rejects every request signed with it.</translation>
    </message>
    <message>
        <source>Open AccessKey management (for a RAM user: RAM console &gt; Identities &gt; Users &gt; (user) &gt; AccessKey) and check the state of the AccessKey ID.</source>
        <translation>Open AccessKey management (for a RAM user: RAM console &gt; Identities &gt; Users &gt; (user) &gt; AccessKey) and check the state of the AccessKey ID.</translation>
    </message>
    <message>
        <source>Enable it, or create a new pair and update the client.</source>
        <translation>Enable it, or create a new pair and update the client.</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist: mistyped, deleted or from another service.</source>
        <translation>The AccessKey ID does not exist: mistyped, deleted or from another service.</translation>
    </message>
    <message>
        <source>OSS has no AccessKey with this ID. It may have been deleted, copied incompletely or taken from another product.</source>
        <translation>OSS has no AccessKey with this ID. It may have been deleted, copied incompletely or taken from another product.</translation>
    </message>
    <message>
        <source>Compare the AccessKey ID in the request with the one in AccessKey management, character by character.</source>
        <translation>Compare the AccessKey ID in the request with the one in AccessKey management, character by character.</translation>
    </message>
    <message>
        <source>If it was deleted, create a new AccessKey pair and update the client.</source>
        <translation>If it was deleted, create a new AccessKey pair and update the client.</translation>
    </message>
    <message>
        <source>An ID that starts with STS. is temporary: send it with its security token and before it expires.</source>
        <translation>An ID that starts with STS. is temporary: send it with its security token and before it expires.</translation>
    </message>
    <message>
        <source>The AccessKey ID contains characters OSS does not accept, such as a space, a quote or a line break.</source>
        <translation>The AccessKey ID contains characters OSS does not accept, such as a space, a quote or a line break.</translation>
    </message>
    <message>
        <source>An AccessKey ID may hold only letters, digits and the characters . _ =; stray characters usually come from copying the key or reading it from a file or an environment variable.</source>
        <translation>An AccessKey ID may hold only letters, digits and the characters . _ =; stray characters usually come from copying the key or reading it from a file or an environment variable.</translation>
    </message>
    <message>
        <source>Print the AccessKey ID between visible delimiters and remove spaces, quotes, line breaks and invisible characters.</source>
        <translation>Print the AccessKey ID between visible delimiters and remove spaces, quotes, line breaks and invisible characters.</translation>
    </message>
    <message>
        <source>Trim values read from files and environment variables before passing them to the SDK.</source>
        <translation>Trim values read from files and environment variables before passing them to the SDK.</translation>
    </message>
    <message>
        <source>Check the AccessKey secret for the same problem.</source>
        <translation>Check the AccessKey secret for the same problem.</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID.</source>
        <translation>The AccessKey secret does not match the AccessKey ID.</translation>
    </message>
    <message>
        <source>OSS signed the request again with the secret it holds for this AccessKey ID and got another result. A mistyped secret, a secret with white space or one from another pair causes this.</source>
        <translation>OSS signed the request again with the secret it holds for this AccessKey ID and got another result. A mistyped secret, a secret with white space or one from another pair causes this.</translation>
    </message>
    <message>
        <source>Log on to ossbrowser with the same AccessKey ID and secret: if that fails too, the pair is wrong.</source>
        <translation>Log on to ossbrowser with the same AccessKey ID and secret: if that fails too, the pair is wrong.</translation>
    </message>
    <message>
        <source>Copy the secret again from where it was saved; it is shown only when the pair is created, so create a new pair if it is lost.</source>
        <translation>Copy the secret again from where it was saved; it is shown only when the pair is created, so create a new pair if it is lost.</translation>
    </message>
    <message>
        <source>Remove spaces and line breaks around the secret, and make sure the ID and the secret come from the same pair.</source>
        <translation>Remove spaces and line breaks around the secret, and make sure the ID and the secret come from the same pair.</translation>
    </message>
    <message>
        <source>The client computes the OSS signature incorrectly.</source>
        <translation>The client computes the OSS signature incorrectly.</translation>
    </message>
    <message>
        <source>Hand-written signing code often misses a detail: the Date line (Expires in URLs), the sorted x-oss- headers, the sub-resources in the resource, or the base64 and URL encoding of the signature.</source>
        <translation>Hand-written signing code often misses a detail: the Date line (Expires in URLs), the sorted x-oss- headers, the sub-resources in the resource, or the base64 and URL encoding of the signature.</translation>
    </message>
    <message>
        <source>Check the code against the OSS algorithm: V1 signs the method, Content-MD5, Content-Type, Date (Expires in URLs), the x-oss- headers and the resource with HMAC-SHA1; V4 signs a canonical request under an OSS4-HMAC-SHA256 scope.</source>
        <translation>Check the code against the OSS algorithm: V1 signs the method, Content-MD5, Content-Type, Date (Expires in URLs), the x-oss- headers and the resource with HMAC-SHA1; V4 signs a canonical request under an OSS4-HMAC-SHA256 scope.</translation>
    </message>
    <message>
        <source>In signed URLs, URL-encode the base64 signature.</source>
        <translation>In signed URLs, URL-encode the base64 signature.</translation>
    </message>
    <message>
        <source>Prefer an official OSS SDK, which signs requests for you.</source>
        <translation>Prefer an official OSS SDK, which signs requests for you.</translation>
    </message>
    <message>
        <source>The server&apos;s string to sign differs from the client&apos;s: a header or value changed after signing.</source>
        <translation>The server&apos;s string to sign differs from the client&apos;s: a header or value changed after signing.</translation>
    </message>
    <message>
        <source>The error body holds the server&apos;s StringToSign. When it differs from what the client signed, the request was signed with other values or changed on the way: a Content-Type or Content-MD5 added by a browser, proxy or SDK, an x-oss- header altered, or a sub-resource missing.</source>
        <translation>The error body holds the server&apos;s StringToSign. When it differs from what the client signed, the request was signed with other values or changed on the way: a Content-Type or Content-MD5 added by a browser, proxy or SDK, an x-oss- header altered, or a sub-resource missing.</translation>
    </message>
    <message>
        <source>Print the string the client signed and compare it byte by byte with StringToSign (or StringToSignBytes) in the error body.</source>
        <translation>Print the string the client signed and compare it byte by byte with StringToSign (or StringToSignBytes) in the error body.</translation>
    </message>
    <message>
        <source>Send exactly the Content-Type, Content-MD5 and x-oss- headers that were signed; for browser uploads with a signed URL, use the same Content-Type when signing and when uploading.</source>
        <translation>Send exactly the Content-Type, Content-MD5 and x-oss- headers that were signed; for browser uploads with a signed URL, use the same Content-Type when signing and when uploading.</translation>
    </message>
    <message>
        <source>Make sure no proxy or CDN rewrites the Host, the path or the headers.</source>
        <translation>Make sure no proxy or CDN rewrites the Host, the path or the headers.</translation>
    </message>
    <message>
        <source>An object key with special characters is encoded differently when signing and when sending.</source>
        <translation>An object key with special characters is encoded differently when signing and when sending.</translation>
    </message>
    <message>
        <source>Spaces, plus signs, percent signs and non-ASCII characters are easily encoded twice or not at all. V1 signs the key unencoded and V4 signs it URI-encoded, so any mismatch breaks the signature.</source>
        <translation>Spaces, plus signs, percent signs and non-ASCII characters are easily encoded twice or not at all. V1 signs the key unencoded and V4 signs it URI-encoded, so any mismatch breaks the signature.</translation>
    </message>
    <message>
        <source>Repeat the request on an object with a plain ASCII name: if that works, the key encoding is at fault.</source>
        <translation>Repeat the request on an object with a plain ASCII name: if that works, the key encoding is at fault.</translation>
    </message>
    <message>
        <source>Sign the unencoded key (V1) or the once-encoded path (V4), and send the path encoded exactly once.</source>
        <translation>Sign the unencoded key (V1) or the once-encoded path (V4), and send the path encoded exactly once.</translation>
    </message>
    <message>
        <source>Do not turn + into a space, and keep / unencoded in the path.</source>
        <translation>Do not turn + into a space, and keep / unencoded in the path.</translation>
    </message>
    <message>
        <source>The PostObject form breaks a condition of its policy.</source>
        <translation>The PostObject form breaks a condition of its policy.</translation>
    </message>
    <message>
        <source>The policy form field lists conditions the upload must meet, such as the bucket, a key prefix or a size range; a form that breaks one is refused.</source>
        <translation>The policy form field lists conditions the upload must meet, such as the bucket, a key prefix or a size range; a form that breaks one is refused.</translation>
    </message>
    <message>
        <source>Decode the policy field (base64) and read its conditions.</source>
        <translation>Decode the policy field (base64) and read its conditions.</translation>
    </message>
    <message>
        <source>Compare each with the form: the bucket, the key (starts-with), content-length-range and any other field the policy names.</source>
        <translation>Compare each with the form: the bucket, the key (starts-with), content-length-range and any other field the policy names.</translation>
    </message>
    <message>
        <source>Change the form, or issue a new policy that matches it.</source>
        <translation>Change the form, or issue a new policy that matches it.</translation>
    </message>
    <message>
        <source>The upload&apos;s Content-Type differs from the one the PostObject policy requires.</source>
        <translation>The upload&apos;s Content-Type differs from the one the PostObject policy requires.</translation>
    </message>
    <message>
        <source>A condition such as eq $Content-Type image/png admits only that Content-Type; a form that sends another type, or none, is refused.</source>
        <translation>A condition such as eq $Content-Type image/png admits only that Content-Type; a form that sends another type, or none, is refused.</translation>
    </message>
    <message>
        <source>Send the Content-Type form field with exactly the value the policy requires.</source>
        <translation>Send the Content-Type form field with exactly the value the policy requires.</translation>
    </message>
    <message>
        <source>Or issue the policy with the type of the file being uploaded, or with starts-with (for example image/) for a family of types.</source>
        <translation>Or issue the policy with the type of the file being uploaded, or with starts-with (for example image/) for a family of types.</translation>
    </message>
    <message>
        <source>The signed URL lacks a required parameter, or its Expires is not in Unix seconds.</source>
        <translation>The signed URL lacks a required parameter, or its Expires is not in Unix seconds.</translation>
    </message>
    <message>
        <source>A V1 signed URL needs OSSAccessKeyId, Expires and Signature, and Expires must be an absolute time in seconds since 1970-01-01 UTC. Truncated URLs, lost &amp; separators, and millisecond or relative values break it.</source>
        <translation>A V1 signed URL needs OSSAccessKeyId, Expires and Signature, and Expires must be an absolute time in seconds since 1970-01-01 UTC. Truncated URLs, lost &amp; separators, and millisecond or relative values break it.</translation>
    </message>
    <message>
        <source>Check that the URL still carries OSSAccessKeyId, Expires and Signature, with the signature URL-encoded.</source>
        <translation>Check that the URL still carries OSSAccessKeyId, Expires and Signature, with the signature URL-encoded.</translation>
    </message>
    <message>
        <source>Make Expires an absolute Unix time in seconds (10 digits), not milliseconds and not a duration.</source>
        <translation>Make Expires an absolute Unix time in seconds (10 digits), not milliseconds and not a duration.</translation>
    </message>
    <message>
        <source>Generate the URL with an SDK&apos;s URL signing function instead of by hand.</source>
        <translation>Generate the URL with an SDK&apos;s URL signing function instead of by hand.</translation>
    </message>
    <message>
        <source>The client&apos;s clock or time zone is more than 15 minutes off.</source>
        <translation>The client&apos;s clock or time zone is more than 15 minutes off.</translation>
    </message>
    <message>
        <source>OSS refuses a request whose Date or x-oss-date is more than 15 minutes from the server time. OSS keeps GMT, so a clock showing local time labelled as GMT is as wrong as a clock that drifted.</source>
        <translation>OSS refuses a request whose Date or x-oss-date is more than 15 minutes from the server time. OSS keeps GMT, so a clock showing local time labelled as GMT is as wrong as a clock that drifted.</translation>
    </message>
    <message>
        <source>Compare RequestTime and ServerTime in the error body, or the local clock with the Date header of any OSS response.</source>
        <translation>Compare RequestTime and ServerTime in the error body, or the local clock with the Date header of any OSS response.</translation>
    </message>
    <message>
        <source>On Linux run date -R and check that the offset (for example +0800) fits your time zone; on Windows check Control Panel &gt; Clock, Language, and Region &gt; Set Date and Time.</source>
        <translation>On Linux run date -R and check that the offset (for example +0800) fits your time zone; on Windows check Control Panel &gt; Clock, Language, and Region &gt; Set Date and Time.</translation>
    </message>
    <message>
        <source>Turn on time synchronisation (NTP), and write the Date header in GMT.</source>
        <translation>Turn on time synchronisation (NTP), and write the Date header in GMT.</translation>
    </message>
    <message>
        <source>A V4 signed URL was used more than 15 minutes before its x-oss-date.</source>
        <translation>A V4 signed URL was used more than 15 minutes before its x-oss-date.</translation>
    </message>
    <message>
        <source>A V4 URL is valid from x-oss-date for x-oss-expires seconds. When the signing machine&apos;s clock runs ahead, the URL starts in the future and OSS refuses it.</source>
        <translation>A V4 URL is valid from x-oss-date for x-oss-expires seconds. When the signing machine&apos;s clock runs ahead, the URL starts in the future and OSS refuses it.</translation>
    </message>
    <message>
        <source>Compare x-oss-date in the URL with the current GMT time.</source>
        <translation>Compare x-oss-date in the URL with the current GMT time.</translation>
    </message>
    <message>
        <source>Correct the clock of the machine that signs the URLs (NTP), then sign the URL again.</source>
        <translation>Correct the clock of the machine that signs the URLs (NTP), then sign the URL again.</translation>
    </message>
    <message>
        <source>The signed URL or request has passed its expiry time.</source>
        <translation>The signed URL or request has passed its expiry time.</translation>
    </message>
    <message>
        <source>A V1 signed URL is valid until its Expires time, a V4 URL until x-oss-date plus x-oss-expires; after that OSS answers that the request has expired.</source>
        <translation>A V1 signed URL is valid until its Expires time, a V4 URL until x-oss-date plus x-oss-expires; after that OSS answers that the request has expired.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s Expires, or x-oss-date and x-oss-expires, against the current time.</source>
        <translation>Check the URL&apos;s Expires, or x-oss-date and x-oss-expires, against the current time.</translation>
    </message>
    <message>
        <source>Generate a new URL whose validity covers the time it will be used; with STS credentials the URL also stops working when the token expires.</source>
        <translation>Generate a new URL whose validity covers the time it will be used; with STS credentials the URL also stops working when the token expires.</translation>
    </message>
    <message>
        <source>If the URL should still be valid, check the clock of the machine that signed it.</source>
        <translation>If the URL should still be valid, check the clock of the machine that signed it.</translation>
    </message>
    <message>
        <source>The expiration time of the PostObject policy has passed.</source>
        <translation>The expiration time of the PostObject policy has passed.</translation>
    </message>
    <message>
        <source>The policy form field carries an expiration in ISO 8601 UTC; after it, OSS refuses uploads made with that policy.</source>
        <translation>The policy form field carries an expiration in ISO 8601 UTC; after it, OSS refuses uploads made with that policy.</translation>
    </message>
    <message>
        <source>Decode the policy field and read its expiration.</source>
        <translation>Decode the policy field and read its expiration.</translation>
    </message>
    <message>
        <source>Issue a new policy, with a later expiration, each time the upload form is served.</source>
        <translation>Issue a new policy, with a later expiration, each time the upload form is served.</translation>
    </message>
    <message>
        <source>Check the clock of the server that writes the policy.</source>
        <translation>Check the clock of the server that writes the policy.</translation>
    </message>
    <message>
        <source>The STS temporary credentials have expired.</source>
        <translation>The STS temporary credentials have expired.</translation>
    </message>
    <message>
        <source>A temporary AccessKey ID, secret and security token stop working at the Expiration time STS returned with them.</source>
        <translation>A temporary AccessKey ID, secret and security token stop working at the Expiration time STS returned with them.</translation>
    </message>
    <message>
        <source>Check the Expiration that came with the credentials.</source>
        <translation>Check the Expiration that came with the credentials.</translation>
    </message>
    <message>
        <source>Request new credentials from STS (AssumeRole) before they expire, and refresh them in the client.</source>
        <translation>Request new credentials from STS (AssumeRole) before they expire, and refresh them in the client.</translation>
    </message>
    <message>
        <source>Keep signed URLs shorter than the remaining lifetime of the credentials.</source>
        <translation>Keep signed URLs shorter than the remaining lifetime of the credentials.</translation>
    </message>
    <message>
        <source>The security token is malformed, truncated or not an OSS STS token.</source>
        <translation>The security token is malformed, truncated or not an OSS STS token.</translation>
    </message>
    <message>
        <source>OSS could not validate the security token, for example because it was cut short, URL-encoded twice or copied from another service.</source>
        <translation>OSS could not validate the security token, for example because it was cut short, URL-encoded twice or copied from another service.</translation>
    </message>
    <message>
        <source>Send the SecurityToken exactly as STS returned it, in the x-oss-security-token header or the security-token parameter of a signed URL.</source>
        <translation>Send the SecurityToken exactly as STS returned it, in the x-oss-security-token header or the security-token parameter of a signed URL.</translation>
    </message>
    <message>
        <source>Check that configuration files and environment variables hold the whole token.</source>
        <translation>Check that configuration files and environment variables hold the whole token.</translation>
    </message>
    <message>
        <source>Request new credentials if in doubt.</source>
        <translation>Request new credentials if in doubt.</translation>
    </message>
    <message>
        <source>The AccessKey ID and the security token come from different STS responses.</source>
        <translation>The AccessKey ID and the security token come from different STS responses.</translation>
    </message>
    <message>
        <source>Each STS response returns an AccessKey ID, a secret and a token that belong together; mixing parts of two responses, or a permanent key with a token, fails.</source>
        <translation>Each STS response returns an AccessKey ID, a secret and a token that belong together; mixing parts of two responses, or a permanent key with a token, fails.</translation>
    </message>
    <message>
        <source>Take AccessKeyId, AccessKeySecret and SecurityToken from the same AssumeRole response.</source>
        <translation>Take AccessKeyId, AccessKeySecret and SecurityToken from the same AssumeRole response.</translation>
    </message>
    <message>
        <source>When refreshing credentials, replace all three at once.</source>
        <translation>When refreshing credentials, replace all three at once.</translation>
    </message>
    <message>
        <source>Do not send a security token together with a permanent AccessKey.</source>
        <translation>Do not send a security token together with a permanent AccessKey.</translation>
    </message>
    <message>
        <source>No CORS rule of the bucket allows the page&apos;s origin.</source>
        <translation>No CORS rule of the bucket allows the page&apos;s origin.</translation>
    </message>
    <message>
        <source>Either the bucket has no CORS rules, or none lists this origin (scheme, host and any non-default port). OSS then refuses the preflight, or answers the actual request without CORS headers.</source>
        <translation>Either the bucket has no CORS rules, or none lists this origin (scheme, host and any non-default port). OSS then refuses the preflight, or answers the actual request without CORS headers.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</source>
        <translation>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</translation>
    </message>
    <message>
        <source>Add or edit a rule whose allowed origins include the page&apos;s origin exactly, for example https://app.example.com; one * wildcard is allowed.</source>
        <translation>Add or edit a rule whose allowed origins include the page&apos;s origin exactly, for example https://app.example.com; one * wildcard is allowed.</translation>
    </message>
    <message>
        <source>Rules are tried in order and the first match wins; clear the browser cache after a change.</source>
        <translation>Rules are tried in order and the first match wins; clear the browser cache after a change.</translation>
    </message>
    <message>
        <source>The CORS rule does not allow the request&apos;s method or one of its headers.</source>
        <translation>The CORS rule does not allow the request&apos;s method or one of its headers.</translation>
    </message>
    <message>
        <source>A preflight names a method (Access-Control-Request-Method) and headers (Access-Control-Request-Headers); the matching rule must allow the method and every one of the headers.</source>
        <translation>A preflight names a method (Access-Control-Request-Method) and headers (Access-Control-Request-Headers); the matching rule must allow the method and every one of the headers.</translation>
    </message>
    <message>
        <source>Read the method and headers the preflight asks for in the browser&apos;s network panel.</source>
        <translation>Read the method and headers the preflight asks for in the browser&apos;s network panel.</translation>
    </message>
    <message>
        <source>Allow that method (PUT or POST for uploads) and those headers, or * for headers, in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</source>
        <translation>Allow that method (PUT or POST for uploads) and those headers, or * for headers, in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</translation>
    </message>
    <message>
        <source>Expose headers such as ETag and x-oss-request-id if the page reads them.</source>
        <translation>Expose headers such as ETag and x-oss-request-id if the page reads them.</translation>
    </message>
    <message>
        <source>The request&apos;s Referer is not in the bucket&apos;s Referer whitelist.</source>
        <translation>The request&apos;s Referer is not in the bucket&apos;s Referer whitelist.</translation>
    </message>
    <message>
        <source>With a whitelist set, OSS serves anonymous and signed-URL requests only when the Referer matches an entry. Requests signed in the Authorization header are not checked.</source>
        <translation>With a whitelist set, OSS serves anonymous and signed-URL requests only when the Referer matches an entry. Requests signed in the Authorization header are not checked.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection.</source>
        <translation>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection.</translation>
    </message>
    <message>
        <source>Add the site that sends the request, with its scheme, for example https://www.example.com; * and ? wildcards are allowed.</source>
        <translation>Add the site that sends the request, with its scheme, for example https://www.example.com; * and ? wildcards are allowed.</translation>
    </message>
    <message>
        <source>Test with curl -e (which sets the Referer) against the object URL.</source>
        <translation>Test with curl -e (which sets the Referer) against the object URL.</translation>
    </message>
    <message>
        <source>The request&apos;s Referer matches an entry of the bucket&apos;s Referer blacklist.</source>
        <translation>The request&apos;s Referer matches an entry of the bucket&apos;s Referer blacklist.</translation>
    </message>
    <message>
        <source>A blacklist match denies the request at once, before the whitelist is consulted; OSS reports it with EC 0003-00000502.</source>
        <translation>A blacklist match denies the request at once, before the whitelist is consulted; OSS reports it with EC 0003-00000502.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection and read the blacklist.</source>
        <translation>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection and read the blacklist.</translation>
    </message>
    <message>
        <source>Remove or narrow the entry that matches the site, minding wildcards such as *.example.com.</source>
        <translation>Remove or narrow the entry that matches the site, minding wildcards such as *.example.com.</translation>
    </message>
    <message>
        <source>The request has no Referer, and the bucket does not allow an empty Referer.</source>
        <translation>The request has no Referer, and the bucket does not allow an empty Referer.</translation>
    </message>
    <message>
        <source>With empty Referers disallowed and a whitelist set, requests without a Referer (a URL opened directly, apps, players, strict privacy settings) are denied.</source>
        <translation>With empty Referers disallowed and a whitelist set, requests without a Referer (a URL opened directly, apps, players, strict privacy settings) are denied.</translation>
    </message>
    <message>
        <source>In OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection, allow empty Referers if such clients must work.</source>
        <translation>In OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection, allow empty Referers if such clients must work.</translation>
    </message>
    <message>
        <source>Or have the client send a Referer from the whitelist, or sign its requests in the Authorization header.</source>
        <translation>Or have the client send a Referer from the whitelist, or sign its requests in the Authorization header.</translation>
    </message>
    <message>
        <source>A bucket policy condition on acs:Referer rejects the request&apos;s Referer.</source>
        <translation>A bucket policy condition on acs:Referer rejects the request&apos;s Referer.</translation>
    </message>
    <message>
        <source>Apart from hotlink protection, a bucket policy can allow or deny by Referer; a request whose Referer falls outside the condition gets Access denied by bucket policy.</source>
        <translation>Apart from hotlink protection, a bucket policy can allow or deny by Referer; a request whose Referer falls outside the condition gets Access denied by bucket policy.</translation>
    </message>
    <message>
        <source>Find the statements with acs:Referer in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>Find the statements with acs:Referer in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</translation>
    </message>
    <message>
        <source>Add the site to the condition, or make the client send a Referer that matches it.</source>
        <translation>Add the site to the condition, or make the client send a Referer that matches it.</translation>
    </message>
    <message>
        <source>The request went to the endpoint of another region than the bucket&apos;s.</source>
        <translation>The request went to the endpoint of another region than the bucket&apos;s.</translation>
    </message>
    <message>
        <source>A bucket lives in one region and must be addressed through that region&apos;s endpoint; SDKs often keep a default such as oss-cn-hangzhou.aliyuncs.com. The error body names the right endpoint.</source>
        <translation>A bucket lives in one region and must be addressed through that region&apos;s endpoint; SDKs often keep a default such as oss-cn-hangzhou.aliyuncs.com. The error body names the right endpoint.</translation>
    </message>
    <message>
        <source>Read the Endpoint element of the error body, or the bucket&apos;s region on its overview page in the OSS console.</source>
        <translation>Read the Endpoint element of the error body, or the bucket&apos;s region on its overview page in the OSS console.</translation>
    </message>
    <message>
        <source>Configure the client with that endpoint, for example oss-cn-qingdao.aliyuncs.com for China (Qingdao).</source>
        <translation>Configure the client with that endpoint, for example oss-cn-qingdao.aliyuncs.com for China (Qingdao).</translation>
    </message>
    <message>
        <source>For buckets in several regions, create one client per region.</source>
        <translation>For buckets in several regions, create one client per region.</translation>
    </message>
    <message>
        <source>The bucket is addressed by path instead of by its own third-level domain.</source>
        <translation>The bucket is addressed by path instead of by its own third-level domain.</translation>
    </message>
    <message>
        <source>Apart from listing buckets, OSS requests must use the virtual-hosted form BucketName.Endpoint, such as https://examplebucket.oss-cn-hangzhou.aliyuncs.com/destfolder/example.txt.</source>
        <translation>Apart from listing buckets, OSS requests must use the virtual-hosted form BucketName.Endpoint, such as https://examplebucket.oss-cn-hangzhou.aliyuncs.com/destfolder/example.txt.</translation>
    </message>
    <message>
        <source>Build URLs as https://(bucket).(endpoint)/(object), not https://(endpoint)/(bucket)/(object).</source>
        <translation>Build URLs as https://(bucket).(endpoint)/(object), not https://(endpoint)/(bucket)/(object).</translation>
    </message>
    <message>
        <source>In S3-compatible clients, turn path-style addressing off (virtual-hosted style on).</source>
        <translation>In S3-compatible clients, turn path-style addressing off (virtual-hosted style on).</translation>
    </message>
    <message>
        <source>The request&apos;s Host is not a standard OSS domain.</source>
        <translation>The request&apos;s Host is not a standard OSS domain.</translation>
    </message>
    <message>
        <source>OSS accepts the bucket&apos;s domains under its region endpoints (public, internal or acceleration) and custom domains mapped to the bucket; any other host is refused.</source>
        <translation>OSS accepts the bucket&apos;s domains under its region endpoints (public, internal or acceleration) and custom domains mapped to the bucket; any other host is refused.</translation>
    </message>
    <message>
        <source>Check the Host header for a typo, an IP address or a domain that is not mapped to the bucket.</source>
        <translation>Check the Host header for a typo, an IP address or a domain that is not mapped to the bucket.</translation>
    </message>
    <message>
        <source>Use the bucket&apos;s standard domain, or map the custom domain to the bucket first.</source>
        <translation>Use the bucket&apos;s standard domain, or map the custom domain to the bucket first.</translation>
    </message>
    <message>
        <source>The transfer acceleration endpoint is used, but acceleration is off for the bucket.</source>
        <translation>The transfer acceleration endpoint is used, but acceleration is off for the bucket.</translation>
    </message>
    <message>
        <source>oss-accelerate.aliyuncs.com and oss-accelerate-overseas.aliyuncs.com serve only buckets with transfer acceleration enabled.</source>
        <translation>oss-accelerate.aliyuncs.com and oss-accelerate-overseas.aliyuncs.com serve only buckets with transfer acceleration enabled.</translation>
    </message>
    <message>
        <source>Enable transfer acceleration in the bucket&apos;s settings in the OSS console if you need it.</source>
        <translation>Enable transfer acceleration in the bucket&apos;s settings in the OSS console if you need it.</translation>
    </message>
    <message>
        <source>Otherwise send the requests to the bucket&apos;s regional endpoint.</source>
        <translation>Otherwise send the requests to the bucket&apos;s regional endpoint.</translation>
    </message>
    <message>
        <source>The custom domain is already mapped to a bucket of another user.</source>
        <translation>The custom domain is already mapped to a bucket of another user.</translation>
    </message>
    <message>
        <source>A domain name can be mapped to only one bucket; OSS refuses it for this bucket while another bucket holds it.</source>
        <translation>A domain name can be mapped to only one bucket; OSS refuses it for this bucket while another bucket holds it.</translation>
    </message>
    <message>
        <source>Use another domain name.</source>
        <translation>Use another domain name.</translation>
    </message>
    <message>
        <source>Or verify that you own the domain and map it to this bucket by force, which removes it from the other bucket.</source>
        <translation>Or verify that you own the domain and map it to this bucket by force, which removes it from the other bucket.</translation>
    </message>
    <message>
        <source>The bucket is reached through its default public domain, which is restricted for this account.</source>
        <translation>The bucket is reached through its default public domain, which is restricted for this account.</translation>
    </message>
    <message>
        <source>Since 2025-03-20, new OSS users must use a custom domain name for data operations on buckets in mainland China regions; the default public endpoints are restricted for them.</source>
        <translation>Since 2025-03-20, new OSS users must use a custom domain name for data operations on buckets in mainland China regions; the default public endpoints are restricted for them.</translation>
    </message>
    <message>
        <source>Map a custom domain name to the bucket and send uploads and downloads to it.</source>
        <translation>Map a custom domain name to the bucket and send uploads and downloads to it.</translation>
    </message>
    <message>
        <source>The restriction concerns data operations such as uploads and downloads; check which of your requests still use the default domain.</source>
        <translation>The restriction concerns data operations such as uploads and downloads; check which of your requests still use the default domain.</translation>
    </message>
    <message>
        <source>The region in the V4 signature scope does not match the bucket&apos;s region.</source>
        <translation>The region in the V4 signature scope does not match the bucket&apos;s region.</translation>
    </message>
    <message>
        <source>An OSS V4 signature names a region ID, such as cn-hangzhou without the oss- prefix, in its credential scope; a wrong or mistyped region is rejected.</source>
        <translation>An OSS V4 signature names a region ID, such as cn-hangzhou without the oss- prefix, in its credential scope; a wrong or mistyped region is rejected.</translation>
    </message>
    <message>
        <source>Set the SDK&apos;s region to the bucket&apos;s region ID, for example cn-hangzhou, not oss-cn-hangzhou.</source>
        <translation>Set the SDK&apos;s region to the bucket&apos;s region ID, for example cn-hangzhou, not oss-cn-hangzhou.</translation>
    </message>
    <message>
        <source>Make sure the endpoint and the region name the same region.</source>
        <translation>Make sure the endpoint and the region name the same region.</translation>
    </message>
    <message>
        <source>The copy source and the destination bucket are in different regions.</source>
        <translation>The copy source and the destination bucket are in different regions.</translation>
    </message>
    <message>
        <source>CopyObject works only between buckets of the same region; OSS refuses a source object in another data center.</source>
        <translation>CopyObject works only between buckets of the same region; OSS refuses a source object in another data center.</translation>
    </message>
    <message>
        <source>Compare the regions of the source and the destination buckets.</source>
        <translation>Compare the regions of the source and the destination buckets.</translation>
    </message>
    <message>
        <source>Copy within one region, or download the object and upload it to the other region, or set up cross-region replication.</source>
        <translation>Copy within one region, or download the object and upload it to the other region, or set up cross-region replication.</translation>
    </message>
    <message>
        <source>The object is in an archive storage class and is not restored, or its restore is unfinished or has expired.</source>
        <translation>The object is in an archive storage class and is not restored, or its restore is unfinished or has expired.</translation>
    </message>
    <message>
        <source>Archive, Cold Archive and Deep Cold Archive objects must be restored with RestoreObject before they can be read, and the restored copy lasts only a limited time.</source>
        <translation>Archive, Cold Archive and Deep Cold Archive objects must be restored with RestoreObject before they can be read, and the restored copy lasts only a limited time.</translation>
    </message>
    <message>
        <source>Send a HEAD request for the object and read x-oss-storage-class and x-oss-restore.</source>
        <translation>Send a HEAD request for the object and read x-oss-storage-class and x-oss-restore.</translation>
    </message>
    <message>
        <source>If x-oss-restore is missing, call RestoreObject; if it shows a restore in progress, wait until it finishes.</source>
        <translation>If x-oss-restore is missing, call RestoreObject; if it shows a restore in progress, wait until it finishes.</translation>
    </message>
    <message>
        <source>Read the object while the restored copy lasts, or change its storage class if it is read often.</source>
        <translation>Read the object while the restored copy lasts, or change its storage class if it is read often.</translation>
    </message>
    <message>
        <source>The requester may not use the KMS key that encrypts the object or the bucket.</source>
        <translation>The requester may not use the KMS key that encrypts the object or the bucket.</translation>
    </message>
    <message>
        <source>With SSE-KMS, OSS uses a customer master key (CMK) on the requester&apos;s behalf; without KMS permissions on that CMK the request is refused.</source>
        <translation>With SSE-KMS, OSS uses a customer master key (CMK) on the requester&apos;s behalf; without KMS permissions on that CMK the request is refused.</translation>
    </message>
    <message>
        <source>Find the CMK ID in the x-oss-server-side-encryption-key-id header or in the bucket&apos;s encryption settings.</source>
        <translation>Find the CMK ID in the x-oss-server-side-encryption-key-id header or in the bucket&apos;s encryption settings.</translation>
    </message>
    <message>
        <source>Grant the RAM user or role the KMS actions on that key, such as kms:Decrypt for reads and kms:GenerateDataKey for writes.</source>
        <translation>Grant the RAM user or role the KMS actions on that key, such as kms:Decrypt for reads and kms:GenerateDataKey for writes.</translation>
    </message>
    <message>
        <source>Check that the key is enabled and in the bucket&apos;s region.</source>
        <translation>Check that the key is enabled and in the bucket&apos;s region.</translation>
    </message>
    <message>
        <source>Key Management Service is not activated for the account.</source>
        <translation>Key Management Service is not activated for the account.</translation>
    </message>
    <message>
        <source>SSE-KMS encryption needs KMS; without it OSS can neither encrypt nor decrypt with a KMS key.</source>
        <translation>SSE-KMS encryption needs KMS; without it OSS can neither encrypt nor decrypt with a KMS key.</translation>
    </message>
    <message>
        <source>Activate KMS (or buy a KMS instance) before using SSE-KMS.</source>
        <translation>Activate KMS (or buy a KMS instance) before using SSE-KMS.</translation>
    </message>
    <message>
        <source>Or use SSE-OSS (AES256) encryption for this bucket or request.</source>
        <translation>Or use SSE-OSS (AES256) encryption for this bucket or request.</translation>
    </message>
    <message>
        <source>The Alibaba Cloud account has overdue payments, so OSS or KMS access is suspended.</source>
        <translation>The Alibaba Cloud account has overdue payments, so OSS or KMS access is suspended.</translation>
    </message>
    <message>
        <source>When an account is in arrears, Alibaba Cloud denies access to paid services such as OSS and KMS until the balance is settled.</source>
        <translation>When an account is in arrears, Alibaba Cloud denies access to paid services such as OSS and KMS until the balance is settled.</translation>
    </message>
    <message>
        <source>Check the account balance and overdue bills in the billing console.</source>
        <translation>Check the account balance and overdue bills in the billing console.</translation>
    </message>
    <message>
        <source>Top up or pay the overdue amount, then retry.</source>
        <translation>Top up or pay the overdue amount, then retry.</translation>
    </message>
    <message>
        <source>The account is disabled, or OSS is not activated for it.</source>
        <translation>The account is disabled, or OSS is not activated for it.</translation>
    </message>
    <message>
        <source>OSS refuses every request of an account disabled for overdue payments or for security reasons, and of an account that has not activated OSS.</source>
        <translation>OSS refuses every request of an account disabled for overdue payments or for security reasons, and of an account that has not activated OSS.</translation>
    </message>
    <message>
        <source>Check the account for overdue payments and settle them.</source>
        <translation>Check the account for overdue payments and settle them.</translation>
    </message>
    <message>
        <source>Make sure OSS is activated for the account.</source>
        <translation>Make sure OSS is activated for the account.</translation>
    </message>
    <message>
        <source>If neither applies, contact Alibaba Cloud technical support for a security check.</source>
        <translation>If neither applies, contact Alibaba Cloud technical support for a security check.</translation>
    </message>
    <message>
        <source>The bucket has been disabled.</source>
        <translation>The bucket has been disabled.</translation>
    </message>
    <message>
        <source>Alibaba Cloud can disable a bucket for security reasons; every request to it is refused until the restriction is lifted.</source>
        <translation>Alibaba Cloud can disable a bucket for security reasons; every request to it is refused until the restriction is lifted.</translation>
    </message>
    <message>
        <source>Check the owner account for overdue payments and security notices.</source>
        <translation>Check the owner account for overdue payments and security notices.</translation>
    </message>
    <message>
        <source>Contact Alibaba Cloud technical support for a security check.</source>
        <translation>Contact Alibaba Cloud technical support for a security check.</translation>
    </message>
    <message>
        <source>The bucket owner&apos;s account is closed, restricted or suspended.</source>
        <translation>The bucket owner&apos;s account is closed, restricted or suspended.</translation>
    </message>
    <message>
        <source>OSS stops serving buckets whose owning account was closed, restricted for security reasons or suspended for overdue payments.</source>
        <translation>OSS stops serving buckets whose owning account was closed, restricted for security reasons or suspended for overdue payments.</translation>
    </message>
    <message>
        <source>Ask the bucket owner to check the state of their Alibaba Cloud account.</source>
        <translation>Ask the bucket owner to check the state of their Alibaba Cloud account.</translation>
    </message>
    <message>
        <source>Settle overdue payments or resolve the restriction, then retry.</source>
        <translation>Settle overdue payments or resolve the restriction, then retry.</translation>
    </message>
    <message>
        <source>A policy condition on source IP or VPC does not match where the request came from.</source>
        <translation>A policy condition on source IP or VPC does not match where the request came from.</translation>
    </message>
    <message>
        <source>Bucket policies and RAM policies can allow or deny by acs:SourceIp and acs:SourceVpc; a request from another address, through a NAT gateway or from another VPC falls outside the condition.</source>
        <translation>Bucket policies and RAM policies can allow or deny by acs:SourceIp and acs:SourceVpc; a request from another address, through a NAT gateway or from another VPC falls outside the condition.</translation>
    </message>
    <message>
        <source>Find the conditions on acs:SourceIp or acs:SourceVpc in the bucket policy and in the requester&apos;s RAM policies.</source>
        <translation>Find the conditions on acs:SourceIp or acs:SourceVpc in the bucket policy and in the requester&apos;s RAM policies.</translation>
    </message>
    <message>
        <source>Find the source address as OSS sees it: the public IP after NAT or proxy, or the VPC ID on internal endpoints.</source>
        <translation>Find the source address as OSS sees it: the public IP after NAT or proxy, or the VPC ID on internal endpoints.</translation>
    </message>
    <message>
        <source>Add it to the condition or send the request from an allowed network; new policies with acs:SourceIp must also set acs:SourceVpc.</source>
        <translation>Add it to the condition or send the request from an allowed network; new policies with acs:SourceIp must also set acs:SourceVpc.</translation>
    </message>
    <message>
        <source>The policy for the VPC the request came from does not allow this bucket or action.</source>
        <translation>The policy for the VPC the request came from does not allow this bucket or action.</translation>
    </message>
    <message>
        <source>A policy can restrict what may be reached from a VPC; requests from that VPC to a bucket or action it does not cover are refused.</source>
        <translation>A policy can restrict what may be reached from a VPC; requests from that VPC to a bucket or action it does not cover are refused.</translation>
    </message>
    <message>
        <source>Find the VPC, and the VPC endpoint if any, through which the client reaches OSS.</source>
        <translation>Find the VPC, and the VPC endpoint if any, through which the client reaches OSS.</translation>
    </message>
    <message>
        <source>Check the bucket policy configured for that VPC, and the endpoint&apos;s policy, and allow this bucket and action.</source>
        <translation>Check the bucket policy configured for that VPC, and the endpoint&apos;s policy, and allow this bucket and action.</translation>
    </message>
    <message>
        <source>The operation needs hierarchical namespace, which is not enabled on the bucket.</source>
        <translation>The operation needs hierarchical namespace, which is not enabled on the bucket.</translation>
    </message>
    <message>
        <source>Directory operations such as renaming a directory need hierarchical namespace, which can be turned on only when the bucket is created.</source>
        <translation>Directory operations such as renaming a directory need hierarchical namespace, which can be turned on only when the bucket is created.</translation>
    </message>
    <message>
        <source>Check whether the bucket was created with hierarchical namespace.</source>
        <translation>Check whether the bucket was created with hierarchical namespace.</translation>
    </message>
    <message>
        <source>If not, create a bucket with it enabled in a region that supports it and move the data, or rename by copying and deleting objects.</source>
        <translation>If not, create a bucket with it enabled in a region that supports it and move the data, or rename by copying and deleting objects.</translation>
    </message>
    <message>
        <source>The retention policy (WORM) is locked and cannot be deleted.</source>
        <translation>The retention policy (WORM) is locked and cannot be deleted.</translation>
    </message>
    <message>
        <source>Once a retention policy is locked, OSS forbids deleting it or shortening its period; it can only be extended.</source>
        <translation>Once a retention policy is locked, OSS forbids deleting it or shortening its period; it can only be extended.</translation>
    </message>
    <message>
        <source>Leave the locked policy in place, and extend its period if needed.</source>
        <translation>Leave the locked policy in place, and extend its period if needed.</translation>
    </message>
    <message>
        <source>Plan deletions for after the protection period ends.</source>
        <translation>Plan deletions for after the protection period ends.</translation>
    </message>
    <message>
        <source>The image file is damaged, so image processing cannot read it.</source>
        <translation>The image file is damaged, so image processing cannot read it.</translation>
    </message>
    <message>
        <source>Image processing refuses an image whose data is missing or corrupt.</source>
        <translation>Image processing refuses an image whose data is missing or corrupt.</translation>
    </message>
    <message>
        <source>Download the original object and open it locally to check it.</source>
        <translation>Download the original object and open it locally to check it.</translation>
    </message>
    <message>
        <source>Upload an intact copy and retry.</source>
        <translation>Upload an intact copy and retry.</translation>
    </message>
    <message>
        <source>This operation, or this region, does not accept STS temporary credentials.</source>
        <translation>This operation, or this region, does not accept STS temporary credentials.</translation>
    </message>
    <message>
        <source>Some OSS operations, and some regions, do not accept a security token; requests there need another form of access.</source>
        <translation>Some OSS operations, and some regions, do not accept a security token; requests there need another form of access.</translation>
    </message>
    <message>
        <source>Check whether the operation and the region support STS tokens.</source>
        <translation>Check whether the operation and the region support STS tokens.</translation>
    </message>
    <message>
        <source>Grant access another way, for example a RAM user&apos;s AccessKey with a RAM policy, or a bucket policy.</source>
        <translation>Grant access another way, for example a RAM user&apos;s AccessKey with a RAM policy, or a bucket policy.</translation>
    </message>
    <message>
        <source>EC 0002-00000080: V1 signatures are no longer accepted</source>
        <translation>EC 0002-00000080: V1 signatures are no longer accepted</translation>
    </message>
    <message>
        <source>Does the client still sign with OSS V1 (Authorization: OSS AccessKeyId:Signature, or Signature/OSSAccessKeyId in the URL)?</source>
        <translation>Does the client still sign with OSS V1 (Authorization: OSS AccessKeyId:Signature, or Signature/OSSAccessKeyId in the URL)?</translation>
    </message>
    <message>
        <source>Code “InvalidBucketName”, message “The specified bucket is not valid”</source>
        <translation>Code “InvalidBucketName”, message “The specified bucket is not valid”</translation>
    </message>
    <message>
        <source>Is the bucket name empty, duplicated into the endpoint, or outside 3 to 63 lower-case letters, digits and hyphens?</source>
        <translation>Is the bucket name empty, duplicated into the endpoint, or outside 3 to 63 lower-case letters, digits and hyphens?</translation>
    </message>
    <message>
        <source>The request is signed with OSS V1, which this account or bucket no longer accepts.</source>
        <translation>The request is signed with OSS V1, which this account or bucket no longer accepts.</translation>
    </message>
    <message>
        <source>OSS stopped offering V1 signatures to new accounts from 2025-03-01 and to new buckets from 2025-09-01; such requests are refused even with the right keys.</source>
        <translation>OSS stopped offering V1 signatures to new accounts from 2025-03-01 and to new buckets from 2025-09-01; such requests are refused even with the right keys.</translation>
    </message>
    <message>
        <source>Upgrade the SDK or tool to a version that signs with V4 (OSS4-HMAC-SHA256) and set the region it needs.</source>
        <translation>Upgrade the SDK or tool to a version that signs with V4 (OSS4-HMAC-SHA256) and set the region it needs.</translation>
    </message>
    <message>
        <source>For hand-written signing, build the V4 Authorization header or the x-oss-signature URL form instead of the V1 one.</source>
        <translation>For hand-written signing, build the V4 Authorization header or the x-oss-signature URL form instead of the V1 one.</translation>
    </message>
    <message>
        <source>The bucket name the client sends is not a valid OSS bucket name.</source>
        <translation>The bucket name the client sends is not a valid OSS bucket name.</translation>
    </message>
    <message>
        <source>A bucket name left empty by the configuration, or written into the endpoint as well as the bucket setting (bucket.bucket.oss-region.aliyuncs.com), reaches OSS as an invalid name.</source>
        <translation>A bucket name left empty by the configuration, or written into the endpoint as well as the bucket setting (bucket.bucket.oss-region.aliyuncs.com), reaches OSS as an invalid name.</translation>
    </message>
    <message>
        <source>Print the bucket name the client really uses; make sure the configuration passes it and it is 3 to 63 lower-case letters, digits and hyphens.</source>
        <translation>Print the bucket name the client really uses; make sure the configuration passes it and it is 3 to 63 lower-case letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>Set the endpoint to the region endpoint (oss-cn-hangzhou.aliyuncs.com) without the bucket name in it.</source>
        <translation>Set the endpoint to the region endpoint (oss-cn-hangzhou.aliyuncs.com) without the bucket name in it.</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <source>What went wrong?</source>
        <translation>What went wrong?</translation>
    </message>
    <message>
        <source>Paste the error as you have it: an XML body, an SDK exception, a browser console line or a log. Add the URL that failed if you have it.</source>
        <translation>Paste the error as you have it: an XML body, an SDK exception, a browser console line or a log. Add the URL that failed if you have it.</translation>
    </message>
    <message>
        <source>&amp;Error text:</source>
        <translation>&amp;Error text:</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>Error text</translation>
    </message>
    <message>
        <source>&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;…</source>
        <translation>&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;…</translation>
    </message>
    <message>
        <source>Failed &amp;URL (optional):</source>
        <translation>Failed &amp;URL (optional):</translation>
    </message>
    <message>
        <source>Failed URL</source>
        <translation>Failed URL</translation>
    </message>
    <message>
        <source>https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg</source>
        <translation>https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg</translation>
    </message>
    <message>
        <source>Recognised so far:</source>
        <translation>Recognised so far:</translation>
    </message>
    <message>
        <source>Recognised so far</source>
        <translation>Recognised so far</translation>
    </message>
    <message>
        <source>Nothing yet. The preview fills in as you paste.</source>
        <translation>Nothing yet. The preview fills in as you paste.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Presigned URL valid until %1 (UTC)</source>
        <translation>Presigned URL valid until %1 (UTC)</translation>
    </message>
    <message>
        <source>Likeliest causes so far:</source>
        <translation>Likeliest causes so far:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>No secrets were found in the report, so nothing was removed.</source>
        <translation>No secrets were found in the report, so nothing was removed.</translation>
    </message>
    <message>
        <source>Removed before export: %1.</source>
        <translation>Removed before export: %1.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the credentials were not stored. Enter them each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>No keychain is available on this computer, so the credentials were not stored. Enter them each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the credentials were not stored or read. Unlock the keychain and try again.</source>
        <translation>The keychain refused access, so the credentials were not stored or read. Unlock the keychain and try again.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it or check that its service is running, then try again.</source>
        <translation>The keychain did not answer within %1 seconds. Unlock it or check that its service is running, then try again.</translation>
    </message>
    <message>
        <source>No credentials are stored in the keychain for %1.</source>
        <translation>No credentials are stored in the keychain for %1.</translation>
    </message>
    <message>
        <source>The credentials stored in the keychain for %1 could not be read. Save them again.</source>
        <translation>The credentials stored in the keychain for %1 could not be read. Save them again.</translation>
    </message>
    <message>
        <source>Choose a profile name before storing credentials.</source>
        <translation>Choose a profile name before storing credentials.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security token(s)</source>
        <translation>
            <numerusform>%n security token</numerusform>
            <numerusform>%n security tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s)</source>
        <translation>
            <numerusform>%n secret key</numerusform>
            <numerusform>%n secret keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authorization value(s)</source>
        <translation>
            <numerusform>%n authorization value</numerusform>
            <numerusform>%n authorization values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other secret value(s)</source>
        <translation>
            <numerusform>%n other secret value</numerusform>
            <numerusform>%n other secret values</numerusform>
        </translation>
    </message>
    <message>
        <source>Bucket Doctor could not use the keychain (%1). Enter the credentials each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Bucket Doctor could not use the keychain (%1). Enter the credentials each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</translation>
    </message>
</context>
<context>
    <name>S3Tree</name>
    <message>
        <source>Code “AccessDenied”, message “Access Denied”</source>
        <translation>Code “AccessDenied”, message “Access Denied”</translation>
    </message>
    <message>
        <source>Was the request sent unsigned, with no Authorization header and no X-Amz-Signature, to a bucket or object that is not public?</source>
        <translation>Was the request sent unsigned, with no Authorization header and no X-Amz-Signature, to a bucket or object that is not public?</translation>
    </message>
    <message>
        <source>Does an identity-based policy of the calling user or role allow this action on this bucket or key?</source>
        <translation>Does an identity-based policy of the calling user or role allow this action on this bucket or key?</translation>
    </message>
    <message>
        <source>Is the caller in a different account from the bucket owner, so that both its identity policy and the bucket policy must allow the request?</source>
        <translation>Is the caller in a different account from the bucket owner, so that both its identity policy and the bucket policy must allow the request?</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this principal, action or resource?</source>
        <translation>Does a Deny statement in the bucket policy match this principal, action or resource?</translation>
    </message>
    <message>
        <source>Does a policy condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce exclude the network the request came from?</source>
        <translation>Does a policy condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce exclude the network the request came from?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:Referer exclude the page that sent the request?</source>
        <translation>Does a bucket policy condition on aws:Referer exclude the page that sent the request?</translation>
    </message>
    <message>
        <source>Is Block Public Access on while the request relies on, or sets, a public ACL or public bucket policy?</source>
        <translation>Is Block Public Access on while the request relies on, or sets, a public ACL or public bucket policy?</translation>
    </message>
    <message>
        <source>Are ACLs disabled by Object Ownership, or is the object owned by another account, so that an ACL grant has no effect?</source>
        <translation>Are ACLs disabled by Object Ownership, or is the object owned by another account, so that an ACL grant has no effect?</translation>
    </message>
    <message>
        <source>Does the key exist (without s3:ListBucket a missing key answers 403, not 404)?</source>
        <translation>Does the key exist (without s3:ListBucket a missing key answers 403, not 404)?</translation>
    </message>
    <message>
        <source>Is the object encrypted with SSE-KMS, and may the caller use that KMS key?</source>
        <translation>Is the object encrypted with SSE-KMS, and may the caller use that KMS key?</translation>
    </message>
    <message>
        <source>Were the temporary credentials issued with a session policy that leaves this action out?</source>
        <translation>Were the temporary credentials issued with a session policy that leaves this action out?</translation>
    </message>
    <message>
        <source>Does a service control policy of the organization deny this action for the account?</source>
        <translation>Does a service control policy of the organization deny this action for the account?</translation>
    </message>
    <message>
        <source>Does a permissions boundary on the user or role leave this action out?</source>
        <translation>Does a permissions boundary on the user or role leave this action out?</translation>
    </message>
    <message>
        <source>Access denied for a KMS action (kms:Decrypt, kms:GenerateDataKey)</source>
        <translation>Access denied for a KMS action (kms:Decrypt, kms:GenerateDataKey)</translation>
    </message>
    <message>
        <source>Do the key policy and the caller&apos;s identity policy allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on this key?</source>
        <translation>Do the key policy and the caller&apos;s identity policy allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on this key?</translation>
    </message>
    <message>
        <source>Is the key enabled, not pending deletion, and in the bucket&apos;s Region?</source>
        <translation>Is the key enabled, not pending deletion, and in the bucket&apos;s Region?</translation>
    </message>
    <message>
        <source>Message “The ciphertext refers to a customer master key that does not exist …” or a KMS exception</source>
        <translation>Message “The ciphertext refers to a customer master key that does not exist …” or a KMS exception</translation>
    </message>
    <message>
        <source>Does the KMS key still exist, enabled and not pending deletion, in the bucket&apos;s Region?</source>
        <translation>Does the KMS key still exist, enabled and not pending deletion, in the bucket&apos;s Region?</translation>
    </message>
    <message>
        <source>If it exists, does its key policy allow the caller?</source>
        <translation>If it exists, does its key policy allow the caller?</translation>
    </message>
    <message>
        <source>Message “… because no identity-based policy allows the … action”</source>
        <translation>Message “… because no identity-based policy allows the … action”</translation>
    </message>
    <message>
        <source>Is the principal named in the message the one you expected (check with aws sts get-caller-identity)?</source>
        <translation>Is the principal named in the message the one you expected (check with aws sts get-caller-identity)?</translation>
    </message>
    <message>
        <source>Does any policy of that user, its groups or that role allow the action named in the message on the resource named in the message?</source>
        <translation>Does any policy of that user, its groups or that role allow the action named in the message on the resource named in the message?</translation>
    </message>
    <message>
        <source>Is the action a KMS action such as kms:Decrypt or kms:GenerateDataKey, so that the caller needs rights on the KMS key?</source>
        <translation>Is the action a KMS action such as kms:Decrypt or kms:GenerateDataKey, so that the caller needs rights on the KMS key?</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in an identity-based policy”</source>
        <translation>Message “… with an explicit deny in an identity-based policy”</translation>
    </message>
    <message>
        <source>Does a policy of the user, one of its groups or the role hold a Deny that matches the action and resource in the message?</source>
        <translation>Does a policy of the user, one of its groups or the role hold a Deny that matches the action and resource in the message?</translation>
    </message>
    <message>
        <source>Does that Deny depend on a source IP, VPC or VPC endpoint condition that the request does not meet?</source>
        <translation>Does that Deny depend on a source IP, VPC or VPC endpoint condition that the request does not meet?</translation>
    </message>
    <message>
        <source>Message “… because no resource-based policy allows the … action”</source>
        <translation>Message “… because no resource-based policy allows the … action”</translation>
    </message>
    <message>
        <source>Is the caller in another account of the organization, so that the bucket policy must name it?</source>
        <translation>Is the caller in another account of the organization, so that the bucket policy must name it?</translation>
    </message>
    <message>
        <source>Is the resource a KMS key, so that its key policy must allow the caller?</source>
        <translation>Is the resource a KMS key, so that its key policy must allow the caller?</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in a resource-based policy”</source>
        <translation>Message “… with an explicit deny in a resource-based policy”</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match the principal, action and resource in the message?</source>
        <translation>Does a Deny statement in the bucket policy match the principal, action and resource in the message?</translation>
    </message>
    <message>
        <source>Does that Deny use a condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce that the request does not meet?</source>
        <translation>Does that Deny use a condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce that the request does not meet?</translation>
    </message>
    <message>
        <source>Does that Deny use a condition on aws:Referer that the request&apos;s Referer does not meet?</source>
        <translation>Does that Deny use a condition on aws:Referer that the request&apos;s Referer does not meet?</translation>
    </message>
    <message>
        <source>Is the resource a KMS key whose key policy denies the caller?</source>
        <translation>Is the resource a KMS key whose key policy denies the caller?</translation>
    </message>
    <message>
        <source>Message “… because no service control policy allows the … action”</source>
        <translation>Message “… because no service control policy allows the … action”</translation>
    </message>
    <message>
        <source>Do the service control policies that apply to the account allow this action?</source>
        <translation>Do the service control policies that apply to the account allow this action?</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in a service control policy”</source>
        <translation>Message “… with an explicit deny in a service control policy”</translation>
    </message>
    <message>
        <source>Does the Deny depend on a condition the request can meet, such as an allowed Region or an encryption header?</source>
        <translation>Does the Deny depend on a condition the request can meet, such as an allowed Region or an encryption header?</translation>
    </message>
    <message>
        <source>Message “… because no permissions boundary allows …” or “… explicit deny in a permissions boundary”</source>
        <translation>Message “… because no permissions boundary allows …” or “… explicit deny in a permissions boundary”</translation>
    </message>
    <message>
        <source>Does the permissions boundary of the user or role allow this action without denying it?</source>
        <translation>Does the permissions boundary of the user or role allow this action without denying it?</translation>
    </message>
    <message>
        <source>Message “… because no session policy allows …” or “… explicit deny in a session policy”</source>
        <translation>Message “… because no session policy allows …” or “… explicit deny in a session policy”</translation>
    </message>
    <message>
        <source>Does the session policy passed when the temporary credentials were issued allow this action?</source>
        <translation>Does the session policy passed when the temporary credentials were issued allow this action?</translation>
    </message>
    <message>
        <source>Message “… because no VPC endpoint policy allows …” or “… explicit deny in a VPC endpoint policy”</source>
        <translation>Message “… because no VPC endpoint policy allows …” or “… explicit deny in a VPC endpoint policy”</translation>
    </message>
    <message>
        <source>Does the policy of the VPC endpoint the request went through allow this bucket and action?</source>
        <translation>Does the policy of the VPC endpoint the request went through allow this bucket and action?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:SourceVpce or aws:SourceVpc also apply?</source>
        <translation>Does a bucket policy condition on aws:SourceVpce or aws:SourceVpc also apply?</translation>
    </message>
    <message>
        <source>Is ServerTime later than Expires (X-Amz-Date plus X-Amz-Expires)?</source>
        <translation>Is ServerTime later than Expires (X-Amz-Date plus X-Amz-Expires)?</translation>
    </message>
    <message>
        <source>Was the URL signed on a machine whose clock was far behind, so that it expired early?</source>
        <translation>Was the URL signed on a machine whose clock was far behind, so that it expired early?</translation>
    </message>
    <message>
        <source>Was the URL signed with temporary credentials that have since expired?</source>
        <translation>Was the URL signed with temporary credentials that have since expired?</translation>
    </message>
    <message>
        <source>Code “SignatureDoesNotMatch”</source>
        <translation>Code “SignatureDoesNotMatch”</translation>
    </message>
    <message>
        <source>Is the secret access key exactly the one paired with this access key id, without whitespace?</source>
        <translation>Is the secret access key exactly the one paired with this access key id, without whitespace?</translation>
    </message>
    <message>
        <source>Does the object key or a query value contain spaces, +, %, non-ASCII or other characters that were encoded differently from the signed form?</source>
        <translation>Does the object key or a query value contain spaces, +, %, non-ASCII or other characters that were encoded differently from the signed form?</translation>
    </message>
    <message>
        <source>Did a browser, proxy or CDN add or change a signed header such as Host, Content-Type or an x-amz- header after signing?</source>
        <translation>Did a browser, proxy or CDN add or change a signed header such as Host, Content-Type or an x-amz- header after signing?</translation>
    </message>
    <message>
        <source>For a presigned PUT, does the Content-Type sent match the one that was signed?</source>
        <translation>For a presigned PUT, does the Content-Type sent match the one that was signed?</translation>
    </message>
    <message>
        <source>For an S3-compatible store, does the client sign for the endpoint, addressing style and Region the store expects?</source>
        <translation>For an S3-compatible store, does the client sign for the endpoint, addressing style and Region the store expects?</translation>
    </message>
    <message>
        <source>Code “InvalidAccessKeyId”</source>
        <translation>Code “InvalidAccessKeyId”</translation>
    </message>
    <message>
        <source>Does the access key id exist with status Active, free of spaces or quotes?</source>
        <translation>Does the access key id exist with status Active, free of spaces or quotes?</translation>
    </message>
    <message>
        <source>Is it a temporary key id (starting with ASIA) sent without its session token?</source>
        <translation>Is it a temporary key id (starting with ASIA) sent without its session token?</translation>
    </message>
    <message>
        <source>Were keys of an S3-compatible store sent to AWS because the client has no custom endpoint?</source>
        <translation>Were keys of an S3-compatible store sent to AWS because the client has no custom endpoint?</translation>
    </message>
    <message>
        <source>Code “RequestTimeTooSkewed”</source>
        <translation>Code “RequestTimeTooSkewed”</translation>
    </message>
    <message>
        <source>Are RequestTime and ServerTime more than 15 minutes apart?</source>
        <translation>Are RequestTime and ServerTime more than 15 minutes apart?</translation>
    </message>
    <message>
        <source>Code “ExpiredToken”, message “The provided token has expired”</source>
        <translation>Code “ExpiredToken”, message “The provided token has expired”</translation>
    </message>
    <message>
        <source>Have the temporary credentials passed their Expiration time?</source>
        <translation>Have the temporary credentials passed their Expiration time?</translation>
    </message>
    <message>
        <source>Was a presigned URL signed with these temporary credentials and used after the session ended?</source>
        <translation>Was a presigned URL signed with these temporary credentials and used after the session ended?</translation>
    </message>
    <message>
        <source>Code “InvalidToken”, message “The provided token is malformed or otherwise invalid”</source>
        <translation>Code “InvalidToken”, message “The provided token is malformed or otherwise invalid”</translation>
    </message>
    <message>
        <source>Does the session token belong to the same temporary credential set as the access key id, and is it complete?</source>
        <translation>Does the session token belong to the same temporary credential set as the access key id, and is it complete?</translation>
    </message>
    <message>
        <source>Code “PermanentRedirect” (HTTP 301) with an Endpoint</source>
        <translation>Code “PermanentRedirect” (HTTP 301) with an Endpoint</translation>
    </message>
    <message>
        <source>Does the endpoint in the body, or x-amz-bucket-region, differ from the endpoint and Region the client used?</source>
        <translation>Does the endpoint in the body, or x-amz-bucket-region, differ from the endpoint and Region the client used?</translation>
    </message>
    <message>
        <source>Code “AuthorizationHeaderMalformed”: wrong Region or credential</source>
        <translation>Code “AuthorizationHeaderMalformed”: wrong Region or credential</translation>
    </message>
    <message>
        <source>Does the Region in the credential scope differ from the Region in the body?</source>
        <translation>Does the Region in the credential scope differ from the Region in the body?</translation>
    </message>
    <message>
        <source>Is this an S3-compatible store that expects the Region us-east-1 (or auto for R2)?</source>
        <translation>Is this an S3-compatible store that expects the Region us-east-1 (or auto for R2)?</translation>
    </message>
    <message>
        <source>Is the Credential part complete, with a non-empty access key id?</source>
        <translation>Is the Credential part complete, with a non-empty access key id?</translation>
    </message>
    <message>
        <source>Message “CORSResponse: CORS is not enabled for this bucket”</source>
        <translation>Message “CORSResponse: CORS is not enabled for this bucket”</translation>
    </message>
    <message>
        <source>Does the bucket have any CORS configuration?</source>
        <translation>Does the bucket have any CORS configuration?</translation>
    </message>
    <message>
        <source>Message “CORSResponse: This CORS request is not allowed”</source>
        <translation>Message “CORSResponse: This CORS request is not allowed”</translation>
    </message>
    <message>
        <source>Does a CORS rule list the page&apos;s origin exactly, with scheme and port?</source>
        <translation>Does a CORS rule list the page&apos;s origin exactly, with scheme and port?</translation>
    </message>
    <message>
        <source>Does that rule allow the method in Access-Control-Request-Method?</source>
        <translation>Does that rule allow the method in Access-Control-Request-Method?</translation>
    </message>
    <message>
        <source>Does it allow every header in Access-Control-Request-Headers?</source>
        <translation>Does it allow every header in Access-Control-Request-Headers?</translation>
    </message>
    <message>
        <source>Browser console: a method or header is not allowed by the CORS preflight response</source>
        <translation>Browser console: a method or header is not allowed by the CORS preflight response</translation>
    </message>
    <message>
        <source>Does the matching rule&apos;s AllowedHeaders cover every header the page sends, such as content-type or x-amz-*?</source>
        <translation>Does the matching rule&apos;s AllowedHeaders cover every header the page sends, such as content-type or x-amz-*?</translation>
    </message>
    <message>
        <source>Does the matching rule&apos;s AllowedMethods include the page&apos;s method?</source>
        <translation>Does the matching rule&apos;s AllowedMethods include the page&apos;s method?</translation>
    </message>
    <message>
        <source>Browser console: request blocked by CORS policy</source>
        <translation>Browser console: request blocked by CORS policy</translation>
    </message>
    <message>
        <source>Does the bucket have a CORS configuration at all?</source>
        <translation>Does the bucket have a CORS configuration at all?</translation>
    </message>
    <message>
        <source>Does a rule match the page&apos;s origin, method and request headers?</source>
        <translation>Does a rule match the page&apos;s origin, method and request headers?</translation>
    </message>
    <message>
        <source>Did the actual request fail for another reason (an expired URL, a changed Content-Type), so that the error response lacked CORS headers?</source>
        <translation>Did the actual request fail for another reason (an expired URL, a changed Content-Type), so that the error response lacked CORS headers?</translation>
    </message>
    <message>
        <source>Was the presigned URL already expired when the page used it?</source>
        <translation>Was the presigned URL already expired when the page used it?</translation>
    </message>
    <message>
        <source>Code “InvalidObjectState”: the object is archived</source>
        <translation>Code “InvalidObjectState”: the object is archived</translation>
    </message>
    <message>
        <source>Is the object in GLACIER or DEEP_ARCHIVE, with no finished restore?</source>
        <translation>Is the object in GLACIER or DEEP_ARCHIVE, with no finished restore?</translation>
    </message>
    <message>
        <source>Is it an Intelligent-Tiering object in the Archive Access or Deep Archive Access tier?</source>
        <translation>Is it an Intelligent-Tiering object in the Archive Access or Deep Archive Access tier?</translation>
    </message>
    <message>
        <source>Code “AllAccessDisabled”: all access has been disabled</source>
        <translation>Code “AllAccessDisabled”: all access has been disabled</translation>
    </message>
    <message>
        <source>Has AWS disabled the account, the bucket or the object, for example for billing or an abuse report?</source>
        <translation>Has AWS disabled the account, the bucket or the object, for example for billing or an abuse report?</translation>
    </message>
    <message>
        <source>Code “InvalidBucketName”</source>
        <translation>Code “InvalidBucketName”</translation>
    </message>
    <message>
        <source>Is the bucket name 3 to 63 lowercase letters, digits, dots or hyphens, with no scheme, path or s3:// prefix?</source>
        <translation>Is the bucket name 3 to 63 lowercase letters, digits, dots or hyphens, with no scheme, path or s3:// prefix?</translation>
    </message>
    <message>
        <source>Code “AccessControlListNotSupported”: the bucket does not allow ACLs</source>
        <translation>Code “AccessControlListNotSupported”: the bucket does not allow ACLs</translation>
    </message>
    <message>
        <source>Is Object Ownership set to Bucket owner enforced while the client sends an ACL?</source>
        <translation>Is Object Ownership set to Bucket owner enforced while the client sends an ACL?</translation>
    </message>
    <message>
        <source>Does the caller&apos;s identity policy allow s3:GetObject (HeadObject) or s3:ListBucket (HeadBucket) here?</source>
        <translation>Does the caller&apos;s identity policy allow s3:GetObject (HeadObject) or s3:ListBucket (HeadBucket) here?</translation>
    </message>
    <message>
        <source>Does a signed GET of the same key show a clock or signature error that the bodiless HEAD hides?</source>
        <translation>Does a signed GET of the same key show a clock or signature error that the bodiless HEAD hides?</translation>
    </message>
    <message>
        <source>Is the secret access key right (a bad signature also gives a bare 403 on HEAD)?</source>
        <translation>Is the secret access key right (a bad signature also gives a bare 403 on HEAD)?</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this caller?</source>
        <translation>Does a Deny statement in the bucket policy match this caller?</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognisable error code</source>
        <translation>HTTP 403 without a recognisable error code</translation>
    </message>
    <message>
        <source>Does the request use the bucket&apos;s own Region and endpoint (compare x-amz-bucket-region)?</source>
        <translation>Does the request use the bucket&apos;s own Region and endpoint (compare x-amz-bucket-region)?</translation>
    </message>
    <message>
        <source>Is the local clock within 15 minutes of the Date header of S3&apos;s response?</source>
        <translation>Is the local clock within 15 minutes of the Date header of S3&apos;s response?</translation>
    </message>
    <message>
        <source>For a presigned URL, is the current time still before X-Amz-Date plus X-Amz-Expires?</source>
        <translation>For a presigned URL, is the current time still before X-Amz-Date plus X-Amz-Expires?</translation>
    </message>
    <message>
        <source>Are the access key id, secret and session token accepted by a simple signed request?</source>
        <translation>Are the access key id, secret and session token accepted by a simple signed request?</translation>
    </message>
    <message>
        <source>Was the request sent unsigned to a private bucket or object?</source>
        <translation>Was the request sent unsigned to a private bucket or object?</translation>
    </message>
    <message>
        <source>Is Block Public Access on while you rely on a public ACL or public policy?</source>
        <translation>Is Block Public Access on while you rely on a public ACL or public policy?</translation>
    </message>
    <message>
        <source>Does an identity-based policy of the caller allow this action on this bucket or key?</source>
        <translation>Does an identity-based policy of the caller allow this action on this bucket or key?</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this request?</source>
        <translation>Does a Deny statement in the bucket policy match this request?</translation>
    </message>
    <message>
        <source>Does the browser&apos;s CORS preflight match a CORS rule of the bucket?</source>
        <translation>Does the browser&apos;s CORS preflight match a CORS rule of the bucket?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:Referer refuse the page&apos;s Referer?</source>
        <translation>Does a bucket policy condition on aws:Referer refuse the page&apos;s Referer?</translation>
    </message>
    <message>
        <source>Is the object encrypted with a KMS key that the caller may not use?</source>
        <translation>Is the object encrypted with a KMS key that the caller may not use?</translation>
    </message>
    <message>
        <source>No identity-based policy of the calling user or role allows this action.</source>
        <translation>No identity-based policy of the calling user or role allows this action.</translation>
    </message>
    <message>
        <source>IAM denies by default: unless a policy attached to the user, its groups or the role allows the action on this bucket or key, the request is refused. In the same account an allow in the bucket policy would also do.</source>
        <translation>IAM denies by default: unless a policy attached to the user, its groups or the role allows the action on this bucket or key, the request is refused. In the same account an allow in the bucket policy would also do.</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity with the same credentials to confirm which user or role really sends the request.</source>
        <translation>Run aws sts get-caller-identity with the same credentials to confirm which user or role really sends the request.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions, or IAM console &gt; Roles &gt; (role) &gt; Permissions, and find a statement that allows the action named in the error.</source>
        <translation>Open IAM console &gt; Users &gt; (user) &gt; Permissions, or IAM console &gt; Roles &gt; (role) &gt; Permissions, and find a statement that allows the action named in the error.</translation>
    </message>
    <message>
        <source>Check that its Resource covers the request: arn:aws:s3:::bucket for bucket actions such as s3:ListBucket, arn:aws:s3:::bucket/* for object actions such as s3:GetObject and s3:PutObject.</source>
        <translation>Check that its Resource covers the request: arn:aws:s3:::bucket for bucket actions such as s3:ListBucket, arn:aws:s3:::bucket/* for object actions such as s3:GetObject and s3:PutObject.</translation>
    </message>
    <message>
        <source>Add the missing Allow, or grant it in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, and retry.</source>
        <translation>Add the missing Allow, or grant it in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, and retry.</translation>
    </message>
    <message>
        <source>Use the IAM Policy Simulator to confirm the decision before retrying from the application.</source>
        <translation>Use the IAM Policy Simulator to confirm the decision before retrying from the application.</translation>
    </message>
    <message>
        <source>An identity-based policy of the caller explicitly denies this action.</source>
        <translation>An identity-based policy of the caller explicitly denies this action.</translation>
    </message>
    <message>
        <source>An explicit Deny wins over every Allow. It may sit in a policy of the user, of one of its groups or of the role, and often carries a condition such as a source IP, MFA or encryption requirement.</source>
        <translation>An explicit Deny wins over every Allow. It may sit in a policy of the user, of one of its groups or of the role, and often carries a condition such as a source IP, MFA or encryption requirement.</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity to confirm the principal named in the error.</source>
        <translation>Run aws sts get-caller-identity to confirm the principal named in the error.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions (and the user&apos;s groups), or IAM console &gt; Roles &gt; (role) &gt; Permissions, and search every policy for a Deny that matches the action and resource.</source>
        <translation>Open IAM console &gt; Users &gt; (user) &gt; Permissions (and the user&apos;s groups), or IAM console &gt; Roles &gt; (role) &gt; Permissions, and search every policy for a Deny that matches the action and resource.</translation>
    </message>
    <message>
        <source>Read the Deny&apos;s Condition: if it requires something you can supply (a network, MFA, an encryption header), send the request that way.</source>
        <translation>Read the Deny&apos;s Condition: if it requires something you can supply (a network, MFA, an encryption header), send the request that way.</translation>
    </message>
    <message>
        <source>Otherwise narrow or remove the Deny statement, then retry.</source>
        <translation>Otherwise narrow or remove the Deny statement, then retry.</translation>
    </message>
    <message>
        <source>The bucket policy does not grant this principal, and it must.</source>
        <translation>The bucket policy does not grant this principal, and it must.</translation>
    </message>
    <message>
        <source>When the caller belongs to another account, even in the same AWS Organization, its own identity policy is not enough: the bucket owner must also allow it in the bucket policy.</source>
        <translation>When the caller belongs to another account, even in the same AWS Organization, its own identity policy is not enough: the bucket owner must also allow it in the bucket policy.</translation>
    </message>
    <message>
        <source>Note the principal ARN and the action named in the error.</source>
        <translation>Note the principal ARN and the action named in the error.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy in the bucket owner&apos;s account.</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy in the bucket owner&apos;s account.</translation>
    </message>
    <message>
        <source>Add an Allow statement whose Principal is that ARN (or its account) and whose Action and Resource cover the request.</source>
        <translation>Add an Allow statement whose Principal is that ARN (or its account) and whose Action and Resource cover the request.</translation>
    </message>
    <message>
        <source>Keep the caller&apos;s own identity policy allowing the same action, then retry.</source>
        <translation>Keep the caller&apos;s own identity policy allowing the same action, then retry.</translation>
    </message>
    <message>
        <source>A Deny statement in the bucket policy matches this request.</source>
        <translation>A Deny statement in the bucket policy matches this request.</translation>
    </message>
    <message>
        <source>An explicit Deny in the bucket policy blocks the request whatever the identity policies allow. Deny statements often use conditions (source IP, VPC endpoint, TLS, encryption headers, Referer) that the request does not meet.</source>
        <translation>An explicit Deny in the bucket policy blocks the request whatever the identity policies allow. Deny statements often use conditions (source IP, VPC endpoint, TLS, encryption headers, Referer) that the request does not meet.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy.</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy.</translation>
    </message>
    <message>
        <source>Find each statement with Effect Deny whose Principal, Action and Resource match the request, and read its Condition.</source>
        <translation>Find each statement with Effect Deny whose Principal, Action and Resource match the request, and read its Condition.</translation>
    </message>
    <message>
        <source>Send the request so that it meets the condition, or narrow the Deny statement.</source>
        <translation>Send the request so that it meets the condition, or narrow the Deny statement.</translation>
    </message>
    <message>
        <source>If the policy denies everyone, only the account root user may be able to edit it: sign in as root to fix it.</source>
        <translation>If the policy denies everyone, only the account root user may be able to edit it: sign in as root to fix it.</translation>
    </message>
    <message>
        <source>Cross-account access lacks an allow on one of the two sides.</source>
        <translation>Cross-account access lacks an allow on one of the two sides.</translation>
    </message>
    <message>
        <source>For a caller from another account, both its identity policy and the bucket policy (or an ACL grant) must allow the request. S3 then answers with a bare Access Denied, without naming the policy.</source>
        <translation>For a caller from another account, both its identity policy and the bucket policy (or an ACL grant) must allow the request. S3 then answers with a bare Access Denied, without naming the policy.</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity to see the caller&apos;s account, and compare it with the bucket owner&apos;s account.</source>
        <translation>Run aws sts get-caller-identity to see the caller&apos;s account, and compare it with the bucket owner&apos;s account.</translation>
    </message>
    <message>
        <source>In the caller&apos;s account, open IAM console &gt; Roles &gt; (role) &gt; Permissions and allow the action on the bucket ARN.</source>
        <translation>In the caller&apos;s account, open IAM console &gt; Roles &gt; (role) &gt; Permissions and allow the action on the bucket ARN.</translation>
    </message>
    <message>
        <source>In the bucket owner&apos;s account, open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and allow the caller&apos;s ARN or account.</source>
        <translation>In the bucket owner&apos;s account, open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and allow the caller&apos;s ARN or account.</translation>
    </message>
    <message>
        <source>If the objects are encrypted with a KMS key, the key policy must also allow the caller.</source>
        <translation>If the objects are encrypted with a KMS key, the key policy must also allow the caller.</translation>
    </message>
    <message>
        <source>Retry once both sides allow.</source>
        <translation>Retry once both sides allow.</translation>
    </message>
    <message>
        <source>No service control policy of the organization allows this action.</source>
        <translation>No service control policy of the organization allows this action.</translation>
    </message>
    <message>
        <source>Service control policies set the maximum an account may do. When they work as an allow list that leaves out this S3 action, no IAM or bucket policy can grant it.</source>
        <translation>Service control policies set the maximum an account may do. When they work as an allow list that leaves out this S3 action, no IAM or bucket policy can grant it.</translation>
    </message>
    <message>
        <source>Note the action named in the error.</source>
        <translation>Note the action named in the error.</translation>
    </message>
    <message>
        <source>Ask the administrator of the AWS Organizations management account to review AWS Organizations console &gt; Policies &gt; Service control policies for the account and its organizational units.</source>
        <translation>Ask the administrator of the AWS Organizations management account to review AWS Organizations console &gt; Policies &gt; Service control policies for the account and its organizational units.</translation>
    </message>
    <message>
        <source>Add the action to an SCP that applies to the account, then retry.</source>
        <translation>Add the action to an SCP that applies to the account, then retry.</translation>
    </message>
    <message>
        <source>A service control policy of the organization explicitly denies this action.</source>
        <translation>A service control policy of the organization explicitly denies this action.</translation>
    </message>
    <message>
        <source>A Deny in an SCP applies to every principal of the account, including administrators. Such denies often restrict Regions or require encryption or tags.</source>
        <translation>A Deny in an SCP applies to every principal of the account, including administrators. Such denies often restrict Regions or require encryption or tags.</translation>
    </message>
    <message>
        <source>Ask the organization administrator which SCP in AWS Organizations console &gt; Policies &gt; Service control policies denies the action.</source>
        <translation>Ask the organization administrator which SCP in AWS Organizations console &gt; Policies &gt; Service control policies denies the action.</translation>
    </message>
    <message>
        <source>If the Deny has a condition you can meet (an allowed Region, an encryption header, a tag), send the request that way.</source>
        <translation>If the Deny has a condition you can meet (an allowed Region, an encryption header, a tag), send the request that way.</translation>
    </message>
    <message>
        <source>Otherwise request an exception in the SCP, then retry.</source>
        <translation>Otherwise request an exception in the SCP, then retry.</translation>
    </message>
    <message>
        <source>The permissions boundary of the user or role does not allow this action.</source>
        <translation>The permissions boundary of the user or role does not allow this action.</translation>
    </message>
    <message>
        <source>A permissions boundary caps what the identity policies can grant: the action must be allowed by both, and a Deny in the boundary blocks it.</source>
        <translation>A permissions boundary caps what the identity policies can grant: the action must be allowed by both, and a Deny in the boundary blocks it.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions (or Roles &gt; (role) &gt; Permissions) and look at Permissions boundary.</source>
        <translation>Open IAM console &gt; Users &gt; (user) &gt; Permissions (or Roles &gt; (role) &gt; Permissions) and look at Permissions boundary.</translation>
    </message>
    <message>
        <source>Allow the action and resource in the boundary policy, or remove a Deny there, with the help of whoever manages boundaries.</source>
        <translation>Allow the action and resource in the boundary policy, or remove a Deny there, with the help of whoever manages boundaries.</translation>
    </message>
    <message>
        <source>Retry once the boundary and the identity policy both allow the action.</source>
        <translation>Retry once the boundary and the identity policy both allow the action.</translation>
    </message>
    <message>
        <source>The session policy of the temporary credentials leaves this action out.</source>
        <translation>The session policy of the temporary credentials leaves this action out.</translation>
    </message>
    <message>
        <source>A session policy passed to AssumeRole or GetFederationToken narrows the role&apos;s permissions: the effective rights are what both allow.</source>
        <translation>A session policy passed to AssumeRole or GetFederationToken narrows the role&apos;s permissions: the effective rights are what both allow.</translation>
    </message>
    <message>
        <source>Find the code or service that issues the temporary credentials (AssumeRole, GetFederationToken, an identity broker).</source>
        <translation>Find the code or service that issues the temporary credentials (AssumeRole, GetFederationToken, an identity broker).</translation>
    </message>
    <message>
        <source>Add the action and resource to the Policy or PolicyArns it passes, or drop the session policy.</source>
        <translation>Add the action and resource to the Policy or PolicyArns it passes, or drop the session policy.</translation>
    </message>
    <message>
        <source>Request new credentials and retry: existing ones keep their old session policy.</source>
        <translation>Request new credentials and retry: existing ones keep their old session policy.</translation>
    </message>
    <message>
        <source>Block Public Access refuses a public ACL or a public bucket policy.</source>
        <translation>Block Public Access refuses a public ACL or a public bucket policy.</translation>
    </message>
    <message>
        <source>With Block Public Access on, S3 rejects requests that set a public ACL or a public policy, and ignores existing public grants, so public reads fail too.</source>
        <translation>With Block Public Access on, S3 rejects requests that set a public ACL or a public policy, and ignores existing public grants, so public reads fail too.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Block public access (bucket settings), and check the account-level setting too.</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Block public access (bucket settings), and check the account-level setting too.</translation>
    </message>
    <message>
        <source>Prefer not to make the data public: serve it through presigned URLs or a CDN with origin access instead.</source>
        <translation>Prefer not to make the data public: serve it through presigned URLs or a CDN with origin access instead.</translation>
    </message>
    <message>
        <source>If public access is truly intended, turn off only the setting that blocks it, then set the ACL or policy again.</source>
        <translation>If public access is truly intended, turn off only the setting that blocks it, then set the ACL or policy again.</translation>
    </message>
    <message>
        <source>ACLs are disabled or do not apply because of Object Ownership.</source>
        <translation>ACLs are disabled or do not apply because of Object Ownership.</translation>
    </message>
    <message>
        <source>With Object Ownership set to Bucket owner enforced, ACLs are disabled: requests that set a non-default ACL fail and ACL grants give no access. With ACLs enabled, an object uploaded by another account belongs to that account, so the bucket owner may not read it.</source>
        <translation>With Object Ownership set to Bucket owner enforced, ACLs are disabled: requests that set a non-default ACL fail and ACL grants give no access. With ACLs enabled, an object uploaded by another account belongs to that account, so the bucket owner may not read it.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Object Ownership.</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Object Ownership.</translation>
    </message>
    <message>
        <source>With Bucket owner enforced, remove the x-amz-acl header or ACL option from the client and grant access with policies instead.</source>
        <translation>With Bucket owner enforced, remove the x-amz-acl header or ACL option from the client and grant access with policies instead.</translation>
    </message>
    <message>
        <source>If you rely on ACL grants, express them as bucket policy statements.</source>
        <translation>If you rely on ACL grants, express them as bucket policy statements.</translation>
    </message>
    <message>
        <source>For objects written by another account, switch to Bucket owner enforced, which makes the bucket owner own every object, or have the writers send bucket-owner-full-control.</source>
        <translation>For objects written by another account, switch to Bucket owner enforced, which makes the bucket owner own every object, or have the writers send bucket-owner-full-control.</translation>
    </message>
    <message>
        <source>The object does not exist, and without s3:ListBucket S3 answers 403 instead of 404.</source>
        <translation>The object does not exist, and without s3:ListBucket S3 answers 403 instead of 404.</translation>
    </message>
    <message>
        <source>S3 hides whether a key exists from callers who may not list the bucket. A wrong key, a missing prefix or a case difference then shows up as 403 Forbidden.</source>
        <translation>S3 hides whether a key exists from callers who may not list the bucket. A wrong key, a missing prefix or a case difference then shows up as 403 Forbidden.</translation>
    </message>
    <message>
        <source>List the key with credentials that may list the bucket, for example aws s3 ls s3://bucket/prefix/, and compare the exact key, including case and leading slashes.</source>
        <translation>List the key with credentials that may list the bucket, for example aws s3 ls s3://bucket/prefix/, and compare the exact key, including case and leading slashes.</translation>
    </message>
    <message>
        <source>Fix the key in the client if it differs.</source>
        <translation>Fix the key in the client if it differs.</translation>
    </message>
    <message>
        <source>To get a clear 404 next time, allow s3:ListBucket on arn:aws:s3:::bucket for the caller.</source>
        <translation>To get a clear 404 next time, allow s3:ListBucket on arn:aws:s3:::bucket for the caller.</translation>
    </message>
    <message>
        <source>An unsigned request reached a private bucket or object.</source>
        <translation>An unsigned request reached a private bucket or object.</translation>
    </message>
    <message>
        <source>Without an Authorization header or X-Amz-Signature the request is anonymous. S3 buckets and objects are private unless a bucket policy allows everyone and Block Public Access permits it.</source>
        <translation>Without an Authorization header or X-Amz-Signature the request is anonymous. S3 buckets and objects are private unless a bucket policy allows everyone and Block Public Access permits it.</translation>
    </message>
    <message>
        <source>Check whether the request carries an Authorization header or X-Amz-Signature; a plain link opened in a browser carries neither.</source>
        <translation>Check whether the request carries an Authorization header or X-Amz-Signature; a plain link opened in a browser carries neither.</translation>
    </message>
    <message>
        <source>If the data should stay private, sign the request with an SDK or hand out a presigned URL.</source>
        <translation>If the data should stay private, sign the request with an SDK or hand out a presigned URL.</translation>
    </message>
    <message>
        <source>If it should be public, allow s3:GetObject for everyone in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, after checking Block public access on the same page.</source>
        <translation>If it should be public, allow s3:GetObject for everyone in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, after checking Block public access on the same page.</translation>
    </message>
    <message>
        <source>The access key id does not exist, was deleted or is mistyped.</source>
        <translation>The access key id does not exist, was deleted or is mistyped.</translation>
    </message>
    <message>
        <source>S3 does not know the access key id in the request. It may have been deleted or deactivated, belong to another partition or store, or contain a typo or stray whitespace.</source>
        <translation>S3 does not know the access key id in the request. It may have been deleted or deactivated, belong to another partition or store, or contain a typo or stray whitespace.</translation>
    </message>
    <message>
        <source>Print the access key id the client really uses (environment variables, profile, credentials file) and look for spaces, quotes or line breaks.</source>
        <translation>Print the access key id the client really uses (environment variables, profile, credentials file) and look for spaces, quotes or line breaks.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Security credentials &gt; Access keys and check that the key exists and its status is Active.</source>
        <translation>Open IAM console &gt; Users &gt; (user) &gt; Security credentials &gt; Access keys and check that the key exists and its status is Active.</translation>
    </message>
    <message>
        <source>Create a new access key if it was deleted, and update the client configuration.</source>
        <translation>Create a new access key if it was deleted, and update the client configuration.</translation>
    </message>
    <message>
        <source>For an S3-compatible store, use that store&apos;s keys and endpoint, not AWS ones.</source>
        <translation>For an S3-compatible store, use that store&apos;s keys and endpoint, not AWS ones.</translation>
    </message>
    <message>
        <source>The secret access key does not match the access key id.</source>
        <translation>The secret access key does not match the access key id.</translation>
    </message>
    <message>
        <source>S3 found the access key id but the signature, computed with the secret it holds, differs. A secret from another key pair, a typo or whitespace around the secret gives exactly this.</source>
        <translation>S3 found the access key id but the signature, computed with the secret it holds, differs. A secret from another key pair, a typo or whitespace around the secret gives exactly this.</translation>
    </message>
    <message>
        <source>Check that the secret access key belongs to the same key pair as the access key id, with no leading or trailing whitespace.</source>
        <translation>Check that the secret access key belongs to the same key pair as the access key id, with no leading or trailing whitespace.</translation>
    </message>
    <message>
        <source>Look for an older secret left in an environment variable, profile or credentials file that takes precedence.</source>
        <translation>Look for an older secret left in an environment variable, profile or credentials file that takes precedence.</translation>
    </message>
    <message>
        <source>If in doubt, create a new access key in IAM console &gt; Users &gt; (user) &gt; Security credentials, or in the S3-compatible store&apos;s admin console, and configure both halves together.</source>
        <translation>If in doubt, create a new access key in IAM console &gt; Users &gt; (user) &gt; Security credentials, or in the S3-compatible store&apos;s admin console, and configure both halves together.</translation>
    </message>
    <message>
        <source>The object key or a query value was encoded differently from what was signed.</source>
        <translation>The object key or a query value was encoded differently from what was signed.</translation>
    </message>
    <message>
        <source>SigV4 signs the path and every query parameter URI-encoded exactly once. Spaces, +, %, * and non-ASCII characters are often encoded twice, not at all, or with + for a space.</source>
        <translation>SigV4 signs the path and every query parameter URI-encoded exactly once. Spaces, +, %, * and non-ASCII characters are often encoded twice, not at all, or with + for a space.</translation>
    </message>
    <message>
        <source>Compare the CanonicalRequest in the error body with the one your client built; the first difference is usually in the path or the query line.</source>
        <translation>Compare the CanonicalRequest in the error body with the one your client built; the first difference is usually in the path or the query line.</translation>
    </message>
    <message>
        <source>Encode each path segment once with RFC 3986 rules (space as %20, + as %2B), keep the slashes, and do not encode an already encoded key again.</source>
        <translation>Encode each path segment once with RFC 3986 rules (space as %20, + as %2B), keep the slashes, and do not encode an already encoded key again.</translation>
    </message>
    <message>
        <source>Prefer the SDK&apos;s own methods over hand-built URLs, and retry with a key without special characters to confirm.</source>
        <translation>Prefer the SDK&apos;s own methods over hand-built URLs, and retry with a key without special characters to confirm.</translation>
    </message>
    <message>
        <source>The request sent differs from the request that was signed.</source>
        <translation>The request sent differs from the request that was signed.</translation>
    </message>
    <message>
        <source>The keys are right but a signed part changed after signing: a browser or proxy set another Content-Type, Host or x-amz- header, or the client signed one host or path form and sent another.</source>
        <translation>The keys are right but a signed part changed after signing: a browser or proxy set another Content-Type, Host or x-amz- header, or the client signed one host or path form and sent another.</translation>
    </message>
    <message>
        <source>Compare the StringToSign and CanonicalRequest in the error body with the ones your client computed, line by line.</source>
        <translation>Compare the StringToSign and CanonicalRequest in the error body with the ones your client computed, line by line.</translation>
    </message>
    <message>
        <source>For a presigned PUT, send exactly the Content-Type (and other signed headers) that were used when signing, or leave them out of the signature.</source>
        <translation>For a presigned PUT, send exactly the Content-Type (and other signed headers) that were used when signing, or leave them out of the signature.</translation>
    </message>
    <message>
        <source>Check proxies, gateways and CDNs that rewrite Host or add headers; sign the host the server will see.</source>
        <translation>Check proxies, gateways and CDNs that rewrite Host or add headers; sign the host the server will see.</translation>
    </message>
    <message>
        <source>Make sure the addressing style (virtual-hosted or path-style) and the endpoint used for signing match the URL actually sent.</source>
        <translation>Make sure the addressing style (virtual-hosted or path-style) and the endpoint used for signing match the URL actually sent.</translation>
    </message>
    <message>
        <source>The client clock differs from S3 time by more than 15 minutes.</source>
        <translation>The client clock differs from S3 time by more than 15 minutes.</translation>
    </message>
    <message>
        <source>S3 refuses signed requests whose time (x-amz-date or Date) is more than 15 minutes from its own. The error body shows RequestTime, ServerTime and MaxAllowedSkewMilliseconds 900000.</source>
        <translation>S3 refuses signed requests whose time (x-amz-date or Date) is more than 15 minutes from its own. The error body shows RequestTime, ServerTime and MaxAllowedSkewMilliseconds 900000.</translation>
    </message>
    <message>
        <source>Compare RequestTime and ServerTime in the error body, or the local UTC time with the Date header of any S3 response.</source>
        <translation>Compare RequestTime and ServerTime in the error body, or the local UTC time with the Date header of any S3 response.</translation>
    </message>
    <message>
        <source>Turn on automatic time synchronisation (NTP) on the machine or container host, and check its time zone setting.</source>
        <translation>Turn on automatic time synchronisation (NTP) on the machine or container host, and check its time zone setting.</translation>
    </message>
    <message>
        <source>Retry; an SDK option that corrects clock skew is only a stopgap.</source>
        <translation>Retry; an SDK option that corrects clock skew is only a stopgap.</translation>
    </message>
    <message>
        <source>The presigned URL or signature has passed its expiry.</source>
        <translation>The presigned URL or signature has passed its expiry.</translation>
    </message>
    <message>
        <source>A presigned URL is valid for X-Amz-Expires seconds after X-Amz-Date, at most 7 days. After that S3 answers Request has expired, with the Expires and ServerTime of the check.</source>
        <translation>A presigned URL is valid for X-Amz-Expires seconds after X-Amz-Date, at most 7 days. After that S3 answers Request has expired, with the Expires and ServerTime of the check.</translation>
    </message>
    <message>
        <source>Compare Expires with ServerTime in the error body, or X-Amz-Date plus X-Amz-Expires in the URL with the current UTC time.</source>
        <translation>Compare Expires with ServerTime in the error body, or X-Amz-Date plus X-Amz-Expires in the URL with the current UTC time.</translation>
    </message>
    <message>
        <source>Generate a new presigned URL just before it is needed, with an expiry long enough for the download or upload.</source>
        <translation>Generate a new presigned URL just before it is needed, with an expiry long enough for the download or upload.</translation>
    </message>
    <message>
        <source>URLs signed with temporary credentials stop working when the session ends, whatever X-Amz-Expires says: sign long-lived URLs with long-term credentials.</source>
        <translation>URLs signed with temporary credentials stop working when the session ends, whatever X-Amz-Expires says: sign long-lived URLs with long-term credentials.</translation>
    </message>
    <message>
        <source>The session token of the temporary credentials has expired.</source>
        <translation>The session token of the temporary credentials has expired.</translation>
    </message>
    <message>
        <source>Temporary credentials from STS, an instance or container role, or SSO stop working at their expiry time, and S3 answers ExpiredToken (HTTP 400).</source>
        <translation>Temporary credentials from STS, an instance or container role, or SSO stop working at their expiry time, and S3 answers ExpiredToken (HTTP 400).</translation>
    </message>
    <message>
        <source>Request fresh temporary credentials (AssumeRole, aws sso login, or let the SDK refresh them) and retry.</source>
        <translation>Request fresh temporary credentials (AssumeRole, aws sso login, or let the SDK refresh them) and retry.</translation>
    </message>
    <message>
        <source>Do not cache credentials longer than their Expiration; let the SDK&apos;s credential provider refresh them.</source>
        <translation>Do not cache credentials longer than their Expiration; let the SDK&apos;s credential provider refresh them.</translation>
    </message>
    <message>
        <source>If sessions are too short, raise the role&apos;s maximum session duration or ask for a longer DurationSeconds.</source>
        <translation>If sessions are too short, raise the role&apos;s maximum session duration or ask for a longer DurationSeconds.</translation>
    </message>
    <message>
        <source>The session token is missing, malformed or does not belong to the access key id.</source>
        <translation>The session token is missing, malformed or does not belong to the access key id.</translation>
    </message>
    <message>
        <source>Temporary access key ids (starting with ASIA) work only with their own session token in X-Amz-Security-Token. A missing, truncated or mismatched token makes S3 reject the key or the token.</source>
        <translation>Temporary access key ids (starting with ASIA) work only with their own session token in X-Amz-Security-Token. A missing, truncated or mismatched token makes S3 reject the key or the token.</translation>
    </message>
    <message>
        <source>Check that the access key id, secret and session token all come from the same temporary credential set.</source>
        <translation>Check that the access key id, secret and session token all come from the same temporary credential set.</translation>
    </message>
    <message>
        <source>Send the token in X-Amz-Security-Token (header or presigned URL) and make sure it is signed; check it was not truncated or wrapped.</source>
        <translation>Send the token in X-Amz-Security-Token (header or presigned URL) and make sure it is signed; check it was not truncated or wrapped.</translation>
    </message>
    <message>
        <source>Request new credentials if in doubt, and retry.</source>
        <translation>Request new credentials if in doubt, and retry.</translation>
    </message>
    <message>
        <source>The bucket has no CORS configuration.</source>
        <translation>The bucket has no CORS configuration.</translation>
    </message>
    <message>
        <source>Without a CORS configuration S3 refuses every cross-origin preflight, and the browser blocks the page&apos;s request.</source>
        <translation>Without a CORS configuration S3 refuses every cross-origin preflight, and the browser blocks the page&apos;s request.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</translation>
    </message>
    <message>
        <source>Add a rule with the page&apos;s exact origin (scheme, host and port), the methods it uses and the request headers it sends (for example x-amz-*, content-type).</source>
        <translation>Add a rule with the page&apos;s exact origin (scheme, host and port), the methods it uses and the request headers it sends (for example x-amz-*, content-type).</translation>
    </message>
    <message>
        <source>Add ETag and other headers the page must read to ExposeHeaders, then reload the page without cache.</source>
        <translation>Add ETag and other headers the page must read to ExposeHeaders, then reload the page without cache.</translation>
    </message>
    <message>
        <source>No CORS rule matches the origin, method or request headers.</source>
        <translation>No CORS rule matches the origin, method or request headers.</translation>
    </message>
    <message>
        <source>S3 uses the first rule that matches the Origin, the requested method and every requested header. If none matches, the preflight fails.</source>
        <translation>S3 uses the first rule that matches the Origin, the requested method and every requested header. If none matches, the preflight fails.</translation>
    </message>
    <message>
        <source>Read the rules in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</source>
        <translation>Read the rules in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</translation>
    </message>
    <message>
        <source>Compare the page&apos;s Origin exactly, including scheme and port, with AllowedOrigins.</source>
        <translation>Compare the page&apos;s Origin exactly, including scheme and port, with AllowedOrigins.</translation>
    </message>
    <message>
        <source>Check that AllowedMethods holds the method in Access-Control-Request-Method, and that AllowedHeaders covers every header in Access-Control-Request-Headers.</source>
        <translation>Check that AllowedMethods holds the method in Access-Control-Request-Method, and that AllowedHeaders covers every header in Access-Control-Request-Headers.</translation>
    </message>
    <message>
        <source>Remember that the first matching rule wins; fix or reorder the rules and reload without cache.</source>
        <translation>Remember that the first matching rule wins; fix or reorder the rules and reload without cache.</translation>
    </message>
    <message>
        <source>A bucket policy condition on aws:Referer refuses this Referer.</source>
        <translation>A bucket policy condition on aws:Referer refuses this Referer.</translation>
    </message>
    <message>
        <source>S3 has no hotlink feature of its own: hotlink protection is a bucket policy statement with an aws:Referer condition. A request whose Referer is missing or not in the list gets a plain Access Denied.</source>
        <translation>S3 has no hotlink feature of its own: hotlink protection is a bucket policy statement with an aws:Referer condition. A request whose Referer is missing or not in the list gets a plain Access Denied.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and find the statement with aws:Referer.</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and find the statement with aws:Referer.</translation>
    </message>
    <message>
        <source>Compare the request&apos;s Referer header with the patterns; a link opened directly, or a page with a strict Referrer-Policy, sends none.</source>
        <translation>Compare the request&apos;s Referer header with the patterns; a link opened directly, or a page with a strict Referrer-Policy, sends none.</translation>
    </message>
    <message>
        <source>Add the missing site pattern, and remember that Referer is easy to forge: use presigned URLs for data that must stay private.</source>
        <translation>Add the missing site pattern, and remember that Referer is easy to forge: use presigned URLs for data that must stay private.</translation>
    </message>
    <message>
        <source>The request went to the wrong Region or endpoint for this bucket.</source>
        <translation>The request went to the wrong Region or endpoint for this bucket.</translation>
    </message>
    <message>
        <source>Each bucket lives in one Region. A request to another regional endpoint, or signed with another Region in the credential scope, is redirected or refused; the body names the right endpoint or Region.</source>
        <translation>Each bucket lives in one Region. A request to another regional endpoint, or signed with another Region in the credential scope, is redirected or refused; the body names the right endpoint or Region.</translation>
    </message>
    <message>
        <source>Read Endpoint or Region in the error body, or the x-amz-bucket-region response header.</source>
        <translation>Read Endpoint or Region in the error body, or the x-amz-bucket-region response header.</translation>
    </message>
    <message>
        <source>Set that Region in the client (for example AWS_REGION or the region option of the SDK) and use its endpoint, such as bucket.s3.region.amazonaws.com.</source>
        <translation>Set that Region in the client (for example AWS_REGION or the region option of the SDK) and use its endpoint, such as bucket.s3.region.amazonaws.com.</translation>
    </message>
    <message>
        <source>Retry; avoid the legacy global endpoint s3.amazonaws.com for buckets outside us-east-1.</source>
        <translation>Retry; avoid the legacy global endpoint s3.amazonaws.com for buckets outside us-east-1.</translation>
    </message>
    <message>
        <source>The client is not set up for the S3-compatible store&apos;s endpoint, addressing style or Region.</source>
        <translation>The client is not set up for the S3-compatible store&apos;s endpoint, addressing style or Region.</translation>
    </message>
    <message>
        <source>MinIO, Cloudflare R2 and Ceph need a custom endpoint, often path-style addressing, and usually the Region us-east-1 in the signature (R2 also accepts auto). Without them the request goes to AWS or is signed for the wrong host or Region.</source>
        <translation>MinIO, Cloudflare R2 and Ceph need a custom endpoint, often path-style addressing, and usually the Region us-east-1 in the signature (R2 also accepts auto). Without them the request goes to AWS or is signed for the wrong host or Region.</translation>
    </message>
    <message>
        <source>Set the store&apos;s endpoint URL explicitly in the client; without it the SDK sends the request to AWS.</source>
        <translation>Set the store&apos;s endpoint URL explicitly in the client; without it the SDK sends the request to AWS.</translation>
    </message>
    <message>
        <source>Turn on path-style addressing (for example force_path_style or addressing_style path) unless the store is set up for virtual-hosted buckets.</source>
        <translation>Turn on path-style addressing (for example force_path_style or addressing_style path) unless the store is set up for virtual-hosted buckets.</translation>
    </message>
    <message>
        <source>Use the Region the store expects, usually us-east-1, and make sure any proxy in front keeps the Host header unchanged.</source>
        <translation>Use the Region the store expects, usually us-east-1, and make sure any proxy in front keeps the Host header unchanged.</translation>
    </message>
    <message>
        <source>The object is in an archive storage class or tier and has not been restored.</source>
        <translation>The object is in an archive storage class or tier and has not been restored.</translation>
    </message>
    <message>
        <source>Objects in S3 Glacier Flexible Retrieval (GLACIER) and Glacier Deep Archive, and Intelligent-Tiering objects moved to the Archive Access or Deep Archive Access tiers, cannot be read until they are restored.</source>
        <translation>Objects in S3 Glacier Flexible Retrieval (GLACIER) and Glacier Deep Archive, and Intelligent-Tiering objects moved to the Archive Access or Deep Archive Access tiers, cannot be read until they are restored.</translation>
    </message>
    <message>
        <source>Run aws s3api head-object on the key and read StorageClass, ArchiveStatus and Restore.</source>
        <translation>Run aws s3api head-object on the key and read StorageClass, ArchiveStatus and Restore.</translation>
    </message>
    <message>
        <source>For GLACIER or DEEP_ARCHIVE, start a restore (aws s3api restore-object with Days and a retrieval tier, or S3 console &gt; Buckets &gt; (bucket) &gt; (object) &gt; Actions &gt; Initiate restore).</source>
        <translation>For GLACIER or DEEP_ARCHIVE, start a restore (aws s3api restore-object with Days and a retrieval tier, or S3 console &gt; Buckets &gt; (bucket) &gt; (object) &gt; Actions &gt; Initiate restore).</translation>
    </message>
    <message>
        <source>For Intelligent-Tiering archive tiers, start a restore without Days; the object moves back to the Frequent Access tier.</source>
        <translation>For Intelligent-Tiering archive tiers, start a restore without Days; the object moves back to the Frequent Access tier.</translation>
    </message>
    <message>
        <source>Wait until Restore shows ongoing-request=false, then read the object again.</source>
        <translation>Wait until Restore shows ongoing-request=false, then read the object again.</translation>
    </message>
    <message>
        <source>The caller may not use the KMS key that encrypts the object.</source>
        <translation>The caller may not use the KMS key that encrypts the object.</translation>
    </message>
    <message>
        <source>For SSE-KMS objects S3 calls KMS on the caller&apos;s behalf: reads need kms:Decrypt, writes need kms:GenerateDataKey, and the key policy (and for other accounts the caller&apos;s identity policy) must allow them.</source>
        <translation>For SSE-KMS objects S3 calls KMS on the caller&apos;s behalf: reads need kms:Decrypt, writes need kms:GenerateDataKey, and the key policy (and for other accounts the caller&apos;s identity policy) must allow them.</translation>
    </message>
    <message>
        <source>Find the key in the error, or in the x-amz-server-side-encryption-aws-kms-key-id header of aws s3api head-object.</source>
        <translation>Find the key in the error, or in the x-amz-server-side-encryption-aws-kms-key-id header of aws s3api head-object.</translation>
    </message>
    <message>
        <source>Open KMS console &gt; Customer managed keys &gt; (key) &gt; Key policy and allow the caller kms:Decrypt (and kms:GenerateDataKey for uploads).</source>
        <translation>Open KMS console &gt; Customer managed keys &gt; (key) &gt; Key policy and allow the caller kms:Decrypt (and kms:GenerateDataKey for uploads).</translation>
    </message>
    <message>
        <source>Allow the same actions on the key ARN in the caller&apos;s identity policy, then retry.</source>
        <translation>Allow the same actions on the key ARN in the caller&apos;s identity policy, then retry.</translation>
    </message>
    <message>
        <source>An AWS managed key (aws/s3) cannot be shared with other accounts: use a customer managed key for cross-account access.</source>
        <translation>An AWS managed key (aws/s3) cannot be shared with other accounts: use a customer managed key for cross-account access.</translation>
    </message>
    <message>
        <source>The KMS key does not exist, is disabled or pending deletion, or lives in another Region.</source>
        <translation>The KMS key does not exist, is disabled or pending deletion, or lives in another Region.</translation>
    </message>
    <message>
        <source>S3 cannot decrypt or encrypt with a KMS key that was deleted, disabled, scheduled for deletion or that is not in the bucket&apos;s Region.</source>
        <translation>S3 cannot decrypt or encrypt with a KMS key that was deleted, disabled, scheduled for deletion or that is not in the bucket&apos;s Region.</translation>
    </message>
    <message>
        <source>Find the key id or ARN in the error or in the object&apos;s encryption headers.</source>
        <translation>Find the key id or ARN in the error or in the object&apos;s encryption headers.</translation>
    </message>
    <message>
        <source>Open KMS console &gt; Customer managed keys in the bucket&apos;s Region and check the key&apos;s status.</source>
        <translation>Open KMS console &gt; Customer managed keys in the bucket&apos;s Region and check the key&apos;s status.</translation>
    </message>
    <message>
        <source>Enable the key or cancel its deletion; if it is gone, the objects encrypted with it cannot be read.</source>
        <translation>Enable the key or cancel its deletion; if it is gone, the objects encrypted with it cannot be read.</translation>
    </message>
    <message>
        <source>For uploads, set the bucket&apos;s default encryption to an existing key in the same Region.</source>
        <translation>For uploads, set the bucket&apos;s default encryption to an existing key in the same Region.</translation>
    </message>
    <message>
        <source>The bucket name is not a valid S3 bucket name.</source>
        <translation>The bucket name is not a valid S3 bucket name.</translation>
    </message>
    <message>
        <source>S3 bucket names are 3 to 63 characters of lowercase letters, digits, dots and hyphens, and start and end with a letter or digit. A URL, an s3:// prefix or a path in the bucket field also fails.</source>
        <translation>S3 bucket names are 3 to 63 characters of lowercase letters, digits, dots and hyphens, and start and end with a letter or digit. A URL, an s3:// prefix or a path in the bucket field also fails.</translation>
    </message>
    <message>
        <source>Print the bucket name the client sends and remove any scheme, s3:// prefix, slash, path or whitespace.</source>
        <translation>Print the bucket name the client sends and remove any scheme, s3:// prefix, slash, path or whitespace.</translation>
    </message>
    <message>
        <source>Check the exact name in S3 console &gt; Buckets; names are lowercase.</source>
        <translation>Check the exact name in S3 console &gt; Buckets; names are lowercase.</translation>
    </message>
    <message>
        <source>Put the prefix into the object key, not into the bucket name, and retry.</source>
        <translation>Put the prefix into the object key, not into the bucket name, and retry.</translation>
    </message>
    <message>
        <source>AWS has disabled access to the object, bucket or account.</source>
        <translation>AWS has disabled access to the object, bucket or account.</translation>
    </message>
    <message>
        <source>S3 answers AllAccessDisabled when access was turned off on AWS&apos;s side, for example for an account problem, suspension or abuse report; no policy change by the user fixes it.</source>
        <translation>S3 answers AllAccessDisabled when access was turned off on AWS&apos;s side, for example for an account problem, suspension or abuse report; no policy change by the user fixes it.</translation>
    </message>
    <message>
        <source>Sign in to the AWS console and check for notices and unpaid bills in Billing and Cost Management.</source>
        <translation>Sign in to the AWS console and check for notices and unpaid bills in Billing and Cost Management.</translation>
    </message>
    <message>
        <source>Contact AWS Support with the x-amz-request-id and x-amz-id-2 values of the failing request.</source>
        <translation>Contact AWS Support with the x-amz-request-id and x-amz-id-2 values of the failing request.</translation>
    </message>
    <message>
        <source>A policy condition on source IP, VPC or VPC endpoint excludes this request.</source>
        <translation>A policy condition on source IP, VPC or VPC endpoint excludes this request.</translation>
    </message>
    <message>
        <source>Policies can require aws:SourceIp, aws:SourceVpc or aws:SourceVpce. Requests through a VPC endpoint carry no public source IP, and requests from outside the VPC carry no endpoint id, so one of the two conditions fails.</source>
        <translation>Policies can require aws:SourceIp, aws:SourceVpc or aws:SourceVpce. Requests through a VPC endpoint carry no public source IP, and requests from outside the VPC carry no endpoint id, so one of the two conditions fails.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and the caller&apos;s IAM policies, and find conditions on aws:SourceIp, aws:SourceVpc or aws:SourceVpce.</source>
        <translation>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and the caller&apos;s IAM policies, and find conditions on aws:SourceIp, aws:SourceVpc or aws:SourceVpce.</translation>
    </message>
    <message>
        <source>Find out how the request really reaches S3: public internet (which public IP, after NAT), or a VPC endpoint (which vpce id).</source>
        <translation>Find out how the request really reaches S3: public internet (which public IP, after NAT), or a VPC endpoint (which vpce id).</translation>
    </message>
    <message>
        <source>Send the request from the allowed network, or add the real IP range or endpoint id to the condition, then retry.</source>
        <translation>Send the request from the allowed network, or add the real IP range or endpoint id to the condition, then retry.</translation>
    </message>
    <message>
        <source>The policy of the VPC endpoint the request went through does not allow it.</source>
        <translation>The policy of the VPC endpoint the request went through does not allow it.</translation>
    </message>
    <message>
        <source>Requests from a VPC through an S3 gateway or interface endpoint are also checked against the endpoint policy, which may allow only some buckets or actions or contain a Deny.</source>
        <translation>Requests from a VPC through an S3 gateway or interface endpoint are also checked against the endpoint policy, which may allow only some buckets or actions or contain a Deny.</translation>
    </message>
    <message>
        <source>Find the endpoint in VPC console &gt; Endpoints (the route table of the subnet points S3 traffic at it).</source>
        <translation>Find the endpoint in VPC console &gt; Endpoints (the route table of the subnet points S3 traffic at it).</translation>
    </message>
    <message>
        <source>Open its Policy tab and allow the bucket ARN and the action, or remove the matching Deny.</source>
        <translation>Open its Policy tab and allow the bucket ARN and the action, or remove the matching Deny.</translation>
    </message>
    <message>
        <source>Retry from the same subnet.</source>
        <translation>Retry from the same subnet.</translation>
    </message>
    <message>
        <source>Is the bucket a Requester Pays bucket, read without x-amz-request-payer: requester (--request-payer requester)?</source>
        <translation>Is the bucket a Requester Pays bucket, read without x-amz-request-payer: requester (--request-payer requester)?</translation>
    </message>
    <message>
        <source>Code “UserSuspended” or “BucketSuspended”, or “Your account is disabled” (S3-compatible stores)</source>
        <translation>Code “UserSuspended” or “BucketSuspended”, or “Your account is disabled” (S3-compatible stores)</translation>
    </message>
    <message>
        <source>Has the store&apos;s administrator suspended or disabled the user, or suspended the bucket?</source>
        <translation>Has the store&apos;s administrator suspended or disabled the user, or suspended the bucket?</translation>
    </message>
    <message>
        <source>Code “QuotaExceeded” (S3-compatible stores)</source>
        <translation>Code “QuotaExceeded” (S3-compatible stores)</translation>
    </message>
    <message>
        <source>Has the user&apos;s or the bucket&apos;s quota (size or object count) been reached?</source>
        <translation>Has the user&apos;s or the bucket&apos;s quota (size or object count) been reached?</translation>
    </message>
    <message>
        <source>Code “download_cap_exceeded” (Backblaze B2)</source>
        <translation>Code “download_cap_exceeded” (Backblaze B2)</translation>
    </message>
    <message>
        <source>Has the account reached a download or transaction cap that its owner set?</source>
        <translation>Has the account reached a download or transaction cap that its owner set?</translation>
    </message>
    <message>
        <source>The store has suspended or disabled the user or the bucket.</source>
        <translation>The store has suspended or disabled the user or the bucket.</translation>
    </message>
    <message>
        <source>Ceph RGW answers UserSuspended for a suspended user and BucketSuspended for a suspended bucket; MinIO refuses a disabled user (also a root user left behind by changed credentials) with “Your account is disabled”.</source>
        <translation>Ceph RGW answers UserSuspended for a suspended user and BucketSuspended for a suspended bucket; MinIO refuses a disabled user (also a root user left behind by changed credentials) with “Your account is disabled”.</translation>
    </message>
    <message>
        <source>Ask the store&apos;s administrator for the user&apos;s state: radosgw-admin user info --uid USER on Ceph, mc admin user info ALIAS USER on MinIO.</source>
        <translation>Ask the store&apos;s administrator for the user&apos;s state: radosgw-admin user info --uid USER on Ceph, mc admin user info ALIAS USER on MinIO.</translation>
    </message>
    <message>
        <source>Enable the user again (radosgw-admin user enable, mc admin user enable) or use a user that is enabled.</source>
        <translation>Enable the user again (radosgw-admin user enable, mc admin user enable) or use a user that is enabled.</translation>
    </message>
    <message>
        <source>A quota of the user or the bucket is used up.</source>
        <translation>A quota of the user or the bucket is used up.</translation>
    </message>
    <message>
        <source>Ceph RGW, versitygw and others refuse writes with 403 QuotaExceeded when the user&apos;s or bucket&apos;s quota on size or object count is reached; RGW&apos;s body carries the Code only.</source>
        <translation>Ceph RGW, versitygw and others refuse writes with 403 QuotaExceeded when the user&apos;s or bucket&apos;s quota on size or object count is reached; RGW&apos;s body carries the Code only.</translation>
    </message>
    <message>
        <source>Read the quota and the usage: radosgw-admin user info --uid USER and radosgw-admin user stats --uid USER on Ceph.</source>
        <translation>Read the quota and the usage: radosgw-admin user info --uid USER and radosgw-admin user stats --uid USER on Ceph.</translation>
    </message>
    <message>
        <source>Delete data or ask the administrator to raise the quota (radosgw-admin quota set).</source>
        <translation>Delete data or ask the administrator to raise the quota (radosgw-admin quota set).</translation>
    </message>
    <message>
        <source>The account reached a download or transaction cap, so the store refuses until it is raised.</source>
        <translation>The account reached a download or transaction cap, so the store refuses until it is raised.</translation>
    </message>
    <message>
        <source>Backblaze B2 answers 403 download_cap_exceeded when the daily download bandwidth or Class B transaction cap set in Caps &amp; Alerts is reached.</source>
        <translation>Backblaze B2 answers 403 download_cap_exceeded when the daily download bandwidth or Class B transaction cap set in Caps &amp; Alerts is reached.</translation>
    </message>
    <message>
        <source>Open the B2 web console &gt; Caps &amp; Alerts and raise or remove the cap that was reached.</source>
        <translation>Open the B2 web console &gt; Caps &amp; Alerts and raise or remove the cap that was reached.</translation>
    </message>
    <message>
        <source>Retry after the cap resets, or serve the files through a CDN so fewer downloads reach the store.</source>
        <translation>Retry after the cap resets, or serve the files through a CDN so fewer downloads reach the store.</translation>
    </message>
    <message>
        <source>The bucket is a Requester Pays bucket and the request does not agree to pay.</source>
        <translation>The bucket is a Requester Pays bucket and the request does not agree to pay.</translation>
    </message>
    <message>
        <source>A Requester Pays bucket refuses every request that does not carry x-amz-request-payer: requester (the CLI&apos;s --request-payer requester); the refusal is a plain AccessDenied or a HEAD 403.</source>
        <translation>A Requester Pays bucket refuses every request that does not carry x-amz-request-payer: requester (the CLI&apos;s --request-payer requester); the refusal is a plain AccessDenied or a HEAD 403.</translation>
    </message>
    <message>
        <source>Add --request-payer requester to the AWS CLI command, or RequestPayer=&apos;requester&apos; to the SDK call, for every request including listings and HEAD.</source>
        <translation>Add --request-payer requester to the AWS CLI command, or RequestPayer=&apos;requester&apos; to the SDK call, for every request including listings and HEAD.</translation>
    </message>
    <message>
        <source>Make sure the credentials belong to an account that may be billed for the requests.</source>
        <translation>Make sure the credentials belong to an account that may be billed for the requests.</translation>
    </message>
    <message>
        <source>Message “Signature validation failed” (Backblaze B2)</source>
        <translation>Message “Signature validation failed” (Backblaze B2)</translation>
    </message>
    <message>
        <source>Is the key an application key created for the bucket, not Backblaze B2&apos;s master application key, which the S3-compatible API does not accept?</source>
        <translation>Is the key an application key created for the bucket, not Backblaze B2&apos;s master application key, which the S3-compatible API does not accept?</translation>
    </message>
    <message>
        <source>Message “Request has expired”</source>
        <translation>Message “Request has expired”</translation>
    </message>
    <message>
        <source>403 Forbidden without an error body, as a HEAD request gets it</source>
        <translation>403 Forbidden without an error body, as a HEAD request gets it</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>The likely causes</source>
        <translation>The likely causes</translation>
    </message>
    <message>
        <source>Ranked from the paste and the checks, best first, each with its evidence and the steps to fix it.</source>
        <translation>Ranked from the paste and the checks, best first, each with its evidence and the steps to fix it.</translation>
    </message>
    <message>
        <source>Ranked causes</source>
        <translation>Ranked causes</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>Tencent Cloud COS</source>
        <translation>Tencent Cloud COS</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS</source>
        <translation>Alibaba Cloud OSS</translation>
    </message>
    <message>
        <source>AWS S3 or an S3-compatible store</source>
        <translation>AWS S3 or an S3-compatible store</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>unknown provider</translation>
    </message>
    <message>
        <source>Temporary credentials are involved (%1).</source>
        <translation>Temporary credentials are involved (%1).</translation>
    </message>
    <message>
        <source>The request came from a web page (%1).</source>
        <translation>The request came from a web page (%1).</translation>
    </message>
    <message>
        <source>A CORS preflight request is involved (%1).</source>
        <translation>A CORS preflight request is involved (%1).</translation>
    </message>
    <message>
        <source>The browser reports that it blocked the response for CORS reasons.</source>
        <translation>The browser reports that it blocked the response for CORS reasons.</translation>
    </message>
    <message>
        <source>A Referer or hotlink protection is involved (%1).</source>
        <translation>A Referer or hotlink protection is involved (%1).</translation>
    </message>
    <message>
        <source>The request used a presigned URL (%1).</source>
        <translation>The request used a presigned URL (%1).</translation>
    </message>
    <message>
        <source>The signature&apos;s validity had already ended: %1.</source>
        <translation>The signature&apos;s validity had already ended: %1.</translation>
    </message>
    <message>
        <source>Request time and server time are more than 15 minutes apart (%1).</source>
        <translation>Request time and server time are more than 15 minutes apart (%1).</translation>
    </message>
    <message>
        <source>Request time and server time are within 15 minutes (%1).</source>
        <translation>Request time and server time are within 15 minutes (%1).</translation>
    </message>
    <message>
        <source>The server returned the string it signed (%1), so the signed strings can be compared.</source>
        <translation>The server returned the string it signed (%1), so the signed strings can be compared.</translation>
    </message>
    <message>
        <source>The object key has characters that are often encoded wrongly: %1</source>
        <translation>The object key has characters that are often encoded wrongly: %1</translation>
    </message>
    <message>
        <source>The request was signed (%1).</source>
        <translation>The request was signed (%1).</translation>
    </message>
    <message>
        <source>An archive storage class or a restore is mentioned (%1).</source>
        <translation>An archive storage class or a restore is mentioned (%1).</translation>
    </message>
    <message>
        <source>KMS encryption is mentioned (%1).</source>
        <translation>KMS encryption is mentioned (%1).</translation>
    </message>
    <message>
        <source>A policy is mentioned (%1).</source>
        <translation>A policy is mentioned (%1).</translation>
    </message>
    <message>
        <source>An explicit deny is mentioned (%1).</source>
        <translation>An explicit deny is mentioned (%1).</translation>
    </message>
    <message>
        <source>The server names another endpoint or redirects (%1).</source>
        <translation>The server names another endpoint or redirects (%1).</translation>
    </message>
    <message>
        <source>Two different regions appear (%1).</source>
        <translation>Two different regions appear (%1).</translation>
    </message>
    <message>
        <source>The COS bucket name has no -APPID suffix (%1).</source>
        <translation>The COS bucket name has no -APPID suffix (%1).</translation>
    </message>
    <message>
        <source>The request writes data (%1).</source>
        <translation>The request writes data (%1).</translation>
    </message>
    <message>
        <source>The request carries a Content-Type header (%1).</source>
        <translation>The request carries a Content-Type header (%1).</translation>
    </message>
    <message>
        <source>The text comes from an SDK (%1).</source>
        <translation>The text comes from an SDK (%1).</translation>
    </message>
    <message>
        <source>The access key id has characters that are not allowed (%1).</source>
        <translation>The access key id has characters that are not allowed (%1).</translation>
    </message>
    <message>
        <source>The request went to a custom domain, not the provider&apos;s own (%1).</source>
        <translation>The request went to a custom domain, not the provider&apos;s own (%1).</translation>
    </message>
    <message>
        <source>Other evidence: %1</source>
        <translation>Other evidence: %1</translation>
    </message>
    <message>
        <source>Speaks against it: %1</source>
        <translation>Speaks against it: %1</translation>
    </message>
    <message>
        <source>The error matches %1 (source: %2).</source>
        <translation>The error matches %1 (source: %2).</translation>
    </message>
    <message>
        <source>No error code or message was recognised; this is a common cause of 403 errors on %1.</source>
        <translation>No error code or message was recognised; this is a common cause of 403 errors on %1.</translation>
    </message>
    <message>
        <source>No direct evidence; ranked by how often this cause occurs.</source>
        <translation>No direct evidence; ranked by how often this cause occurs.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8; unreadable bytes were replaced.</source>
        <translation>The input is not valid UTF-8; unreadable bytes were replaced.</translation>
    </message>
    <message>
        <source>The input contains binary data; only its text parts were read.</source>
        <translation>The input contains binary data; only its text parts were read.</translation>
    </message>
    <message>
        <source>The XML error body ends early; the fields before the cut were used.</source>
        <translation>The XML error body ends early; the fields before the cut were used.</translation>
    </message>
    <message>
        <source>The XML error body is not well formed; the fields before the fault were used.</source>
        <translation>The XML error body is not well formed; the fields before the fault were used.</translation>
    </message>
    <message>
        <source>The XML contains a document type declaration, which is not read for safety.</source>
        <translation>The XML contains a document type declaration, which is not read for safety.</translation>
    </message>
    <message>
        <source>The input is not UTF-8; it was read as GB18030 (Simplified Chinese).</source>
        <translation>The input is not UTF-8; it was read as GB18030 (Simplified Chinese).</translation>
    </message>
    <message>
        <source>The input is empty; the ranking below is only by how common each cause is.</source>
        <translation>The input is empty; the ranking below is only by how common each cause is.</translation>
    </message>
    <message>
        <source>Input note: %1</source>
        <translation>Input note: %1</translation>
    </message>
    <message>
        <source>The provider could not be told from the text; the %1 guide fitted best.</source>
        <translation>The provider could not be told from the text; the %1 guide fitted best.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The input is empty: paste an error message, a response or a URL.</source>
        <translation>The input is empty: paste an error message, a response or a URL.</translation>
    </message>
    <message>
        <source>The input is %1 bytes, more than the %2 bytes that are read.</source>
        <translation>The input is %1 bytes, more than the %2 bytes that are read.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use auto, cos, oss or s3.</source>
        <translation>Unknown provider &quot;%1&quot;: use auto, cos, oss or s3.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Unknown output format &quot;%1&quot;: use text, json or markdown.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh_CN or ko.</source>
        <translation>Unknown language &quot;%1&quot;: use en, zh_CN or ko.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use diagnose, inspect-url, sign or check.</source>
        <translation>Unknown command &quot;%1&quot;: use diagnose, inspect-url, sign or check.</translation>
    </message>
    <message>
        <source>The built-in decision trees could not be loaded: %1</source>
        <translation>The built-in decision trees could not be loaded: %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Nothing specific was recognised in the input.</source>
        <translation>Nothing specific was recognised in the input.</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Likely causes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>%1% likely</source>
        <translation>%1% likely</translation>
    </message>
    <message>
        <source>About the input</source>
        <translation>About the input</translation>
    </message>
    <message>
        <source>Bucket Doctor diagnosis</source>
        <translation>Bucket Doctor diagnosis</translation>
    </message>
    <message>
        <source>The input is very large; only the lines around errors were examined.</source>
        <translation>The input is very large; only the lines around errors were examined.</translation>
    </message>
    <message>
        <source>The HTTP method differs (%1): a URL signed for one method was used with another.</source>
        <translation>The HTTP method differs (%1): a URL signed for one method was used with another.</translation>
    </message>
    <message>
        <source>The Content-MD5 differs (%1): sign the same Content-MD5 header that is sent.</source>
        <translation>The Content-MD5 differs (%1): sign the same Content-MD5 header that is sent.</translation>
    </message>
    <message>
        <source>The Content-Type differs (%1): a browser, an SDK or a proxy sent another Content-Type than the one signed.</source>
        <translation>The Content-Type differs (%1): a browser, an SDK or a proxy sent another Content-Type than the one signed.</translation>
    </message>
    <message>
        <source>The date or time differs (%1): sign the same Date, x-oss-date or x-amz-date that is sent.</source>
        <translation>The date or time differs (%1): sign the same Date, x-oss-date or x-amz-date that is sent.</translation>
    </message>
    <message>
        <source>The sub-resources differ (%1): a parameter such as acl, uploadId or versionId was left out of the signature or added.</source>
        <translation>The sub-resources differ (%1): a parameter such as acl, uploadId or versionId was left out of the signature or added.</translation>
    </message>
    <message>
        <source>The path differs by the bucket name (%1): the request was signed for path-style but sent virtual-hosted, or the reverse.</source>
        <translation>The path differs by the bucket name (%1): the request was signed for path-style but sent virtual-hosted, or the reverse.</translation>
    </message>
    <message>
        <source>The path is encoded differently (%1): a space, + or another special character was encoded twice, not at all, or the wrong way.</source>
        <translation>The path is encoded differently (%1): a space, + or another special character was encoded twice, not at all, or the wrong way.</translation>
    </message>
    <message>
        <source>The path differs (%1): the object key signed is not the one requested.</source>
        <translation>The path differs (%1): the object key signed is not the one requested.</translation>
    </message>
    <message>
        <source>The query is encoded differently (%1): a space must be %20 and a + must be %2B.</source>
        <translation>The query is encoded differently (%1): a space must be %20 and a + must be %2B.</translation>
    </message>
    <message>
        <source>The query parameters differ (%1).</source>
        <translation>The query parameters differ (%1).</translation>
    </message>
    <message>
        <source>The header %1 differs: it was added or changed after signing, by a browser, a proxy or the SDK itself.</source>
        <translation>The header %1 differs: it was added or changed after signing, by a browser, a proxy or the SDK itself.</translation>
    </message>
    <message>
        <source>Line %1 of the signed strings differs.</source>
        <translation>Line %1 of the signed strings differs.</translation>
    </message>
    <message>
        <source>The region in the signature scope differs (%1): sign with the bucket&apos;s region.</source>
        <translation>The region in the signature scope differs (%1): sign with the bucket&apos;s region.</translation>
    </message>
    <message>
        <source>The canonical requests differ; only their hashes are visible. Compare the CanonicalRequest of the client and the server.</source>
        <translation>The canonical requests differ; only their hashes are visible. Compare the CanonicalRequest of the client and the server.</translation>
    </message>
    <message>
        <source>The client signed exactly the string the server computed, so the secret key is wrong: mistyped, with extra white space, or from another key pair.</source>
        <translation>The client signed exactly the string the server computed, so the secret key is wrong: mistyped, with extra white space, or from another key pair.</translation>
    </message>
    <message>
        <source>The request in the paste gives exactly the server&apos;s string: it arrived unchanged, so the client signed another string or used another secret.</source>
        <translation>The request in the paste gives exactly the server&apos;s string: it arrived unchanged, so the client signed another string or used another secret.</translation>
    </message>
    <message>
        <source>Signed with the given secret, the server&apos;s string gives the signature the client sent: the server holds another secret for this key id.</source>
        <translation>Signed with the given secret, the server&apos;s string gives the signature the client sent: the server holds another secret for this key id.</translation>
    </message>
    <message>
        <source>The secret key starts or ends with white space.</source>
        <translation>The secret key starts or ends with white space.</translation>
    </message>
    <message>
        <source>Signature finding: %1</source>
        <translation>Signature finding: %1</translation>
    </message>
    <message>
        <source>The server returned the string it signed, but the request is not in the paste: add the curl -v output, the HTTP dump or the presigned URL to compare the two.</source>
        <translation>The server returned the string it signed, but the request is not in the paste: add the curl -v output, the HTTP dump or the presigned URL to compare the two.</translation>
    </message>
    <message>
        <source>COS does not return the string it signed: compare the HttpString of your SDK&apos;s debug log with the one from bucketdoctor-cli sign for the same request.</source>
        <translation>COS does not return the string it signed: compare the HttpString of your SDK&apos;s debug log with the one from bucketdoctor-cli sign for the same request.</translation>
    </message>
    <message>
        <source>Signature comparison</source>
        <translation>Signature comparison</translation>
    </message>
    <message>
        <source>Server&apos;s %1</source>
        <translation>Server&apos;s %1</translation>
    </message>
    <message>
        <source>Client&apos;s string, from its log</source>
        <translation>Client&apos;s string, from its log</translation>
    </message>
    <message>
        <source>Rebuilt from the request in the paste</source>
        <translation>Rebuilt from the request in the paste</translation>
    </message>
    <message>
        <source>First difference at byte %1, line %2</source>
        <translation>First difference at byte %1, line %2</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>The option %1 is required.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use cos, oss or s3.</source>
        <translation>Unknown provider &quot;%1&quot;: use cos, oss or s3.</translation>
    </message>
    <message>
        <source>Unknown signature version &quot;%1&quot;: use 1 or 4.</source>
        <translation>Unknown signature version &quot;%1&quot;: use 1 or 4.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text or json.</source>
        <translation>Unknown output format &quot;%1&quot;: use text or json.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL with a host.</source>
        <translation>&quot;%1&quot; is not an http or https URL with a host.</translation>
    </message>
    <message>
        <source>The option %1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>The option %1 needs a positive whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No secret key: set BUCKETDOCTOR_SECRET_KEY, use --secret-key-file, or run in a terminal to be asked.</source>
        <translation>No secret key: set BUCKETDOCTOR_SECRET_KEY, use --secret-key-file, or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>Secret key (not shown): </source>
        <translation>Secret key (not shown): </translation>
    </message>
    <message>
        <source>The region cannot be told from the host: give it with --region.</source>
        <translation>The region cannot be told from the host: give it with --region.</translation>
    </message>
    <message>
        <source>The access key id %1 is a temporary one, but the URL carries no %2 parameter: the server refuses temporary credentials without their security token. Sign the URL again with the token.</source>
        <translation>The access key id %1 is a temporary one, but the URL carries no %2 parameter: the server refuses temporary credentials without their security token. Sign the URL again with the token.</translation>
    </message>
    <message>
        <source>The URL is signed with a COS temporary key and stays valid for %1. Temporary keys last 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account: if the key expires first, the URL stops working before its own end. Request the key for at least as long as the URL, or sign a shorter URL.</source>
        <translation>The URL is signed with a COS temporary key and stays valid for %1. Temporary keys last 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account: if the key expires first, the URL stops working before its own end. Request the key for at least as long as the URL, or sign a shorter URL.</translation>
    </message>
    <message>
        <source>The URL is signed with STS temporary credentials and stays valid for %1. STS credentials commonly last 1 hour by default: if they expire first, the URL stops working before its own end. Request the credentials for at least as long as the URL, or sign a shorter URL.</source>
        <translation>The URL is signed with STS temporary credentials and stays valid for %1. STS credentials commonly last 1 hour by default: if they expire first, the URL stops working before its own end. Request the credentials for at least as long as the URL, or sign a shorter URL.</translation>
    </message>
    <message>
        <source>OSS signs the Content-Type of the request even though the URL does not show it: this %1 request must send exactly the Content-Type the URL was signed with, or none if it was signed without one. A browser sets Content-Type from the file, and any other value gives 403 SignatureDoesNotMatch. The same holds for Content-MD5.</source>
        <translation>OSS signs the Content-Type of the request even though the URL does not show it: this %1 request must send exactly the Content-Type the URL was signed with, or none if it was signed without one. A browser sets Content-Type from the file, and any other value gives 403 SignatureDoesNotMatch. The same holds for Content-MD5.</translation>
    </message>
    <message>
        <source>If this URL is used for an upload (PUT or POST), the request must send exactly the Content-Type the URL was signed with, or none if it was signed without one: OSS signs Content-Type even though the URL does not show it.</source>
        <translation>If this URL is used for an upload (PUT or POST), the request must send exactly the Content-Type the URL was signed with, or none if it was signed without one: OSS signs Content-Type even though the URL does not show it.</translation>
    </message>
    <message>
        <source>The URL signs the Content-Type header: the request must send exactly the signed value, or the server answers 403 SignatureDoesNotMatch. A browser sets Content-Type from the file it uploads, so sign with that same type.</source>
        <translation>The URL signs the Content-Type header: the request must send exactly the signed value, or the server answers 403 SignatureDoesNotMatch. A browser sets Content-Type from the file it uploads, so sign with that same type.</translation>
    </message>
    <message>
        <source>This %1 URL does not sign Content-Type (signed headers: %2): the Content-Type a browser sends cannot break the signature, but the object is stored with it. To fix the type, sign Content-Type and send the same value.</source>
        <translation>This %1 URL does not sign Content-Type (signed headers: %2): the Content-Type a browser sends cannot break the signature, but the object is stored with it. To fix the type, sign Content-Type and send the same value.</translation>
    </message>
    <message>
        <source>The URL names the signature algorithm %1, but %2 expects %3: the server cannot verify this signature.</source>
        <translation>The URL names the signature algorithm %1, but %2 expects %3: the server cannot verify this signature.</translation>
    </message>
    <message>
        <source>q-sign-time (%1) and q-key-time (%2) differ. The COS SDKs write the same window in both; a different one means the URL was built or edited by hand, and it may be refused outside either window.</source>
        <translation>q-sign-time (%1) and q-key-time (%2) differ. The COS SDKs write the same window in both; a different one means the URL was built or edited by hand, and it may be refused outside either window.</translation>
    </message>
    <message>
        <source>Expires is %1, a time in milliseconds, but it must be in Unix seconds: the server may refuse the URL or treat it as valid for thousands of years. The intended end is probably %2; sign with Expires in seconds.</source>
        <translation>Expires is %1, a time in milliseconds, but it must be in Unix seconds: the server may refuse the URL or treat it as valid for thousands of years. The intended end is probably %2; sign with Expires in seconds.</translation>
    </message>
    <message>
        <source>%1 is %2 seconds, more than the maximum of 604800 seconds (7 days): the server refuses such a URL. Sign it for 7 days or less.</source>
        <translation>%1 is %2 seconds, more than the maximum of 604800 seconds (7 days): the server refuses such a URL. Sign it for 7 days or less.</translation>
    </message>
    <message>
        <source>The validity of the URL cannot be read (%1 is missing or not a valid value), so it is unknown whether the URL has expired.</source>
        <translation>The validity of the URL cannot be read (%1 is missing or not a valid value), so it is unknown whether the URL has expired.</translation>
    </message>
    <message>
        <source>The signature scope names the region %1, an OSS region id with the oss- prefix: V4 scopes take the plain region id (%2), so the server refuses the signature.</source>
        <translation>The signature scope names the region %1, an OSS region id with the oss- prefix: V4 scopes take the plain region id (%2), so the server refuses the signature.</translation>
    </message>
    <message>
        <source>The signature scope names the region %1, but the host %2 is in region %3: the server refuses a signature for another region. Sign with the bucket&apos;s region, or send the URL to the endpoint of region %1.</source>
        <translation>The signature scope names the region %1, but the host %2 is in region %3: the server refuses a signature for another region. Sign with the bucket&apos;s region, or send the URL to the endpoint of region %1.</translation>
    </message>
    <message>
        <source>The URL carries a security token but goes to %1, which is not a %2 domain (a CDN, a proxy or a custom domain): the token travels to that host and can stay in its logs and caches. Keep such URLs short-lived and make sure you control that host.</source>
        <translation>The URL carries a security token but goes to %1, which is not a %2 domain (a CDN, a proxy or a custom domain): the token travels to that host and can stay in its logs and caches. Keep such URLs short-lived and make sure you control that host.</translation>
    </message>
    <message>
        <source>URL finding: %1</source>
        <translation>URL finding: %1</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>valid, %1 left</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expired %1 ago</translation>
    </message>
    <message>
        <source>not yet valid: the signing time is %1 ahead</source>
        <translation>not yet valid: the signing time is %1 ahead</translation>
    </message>
    <message>
        <source>unknown: the validity cannot be read</source>
        <translation>unknown: the validity cannot be read</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signature form</source>
        <translation>Signature form</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Access key id</translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation>Temporary credentials</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expires at</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>Checked against</source>
        <translation>Checked against</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Object key</source>
        <translation>Object key</translation>
    </message>
    <message>
        <source>Region of the host</source>
        <translation>Region of the host</translation>
    </message>
    <message>
        <source>Signature scope</source>
        <translation>Signature scope</translation>
    </message>
    <message>
        <source>Signed headers</source>
        <translation>Signed headers</translation>
    </message>
    <message>
        <source>Also signed, though not listed</source>
        <translation>Also signed, though not listed</translation>
    </message>
    <message>
        <source>Signed query parameters</source>
        <translation>Signed query parameters</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>Security token</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not in the URL</source>
        <translation>not in the URL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The argument is not an http or https URL: give the whole presigned URL, in quotes.</source>
        <translation>The argument is not an http or https URL: give the whole presigned URL, in quotes.</translation>
    </message>
    <message>
        <source>The URL to %1 is not a presigned URL: its query has none of the COS, OSS or S3 signature parameters. If the shell cut it at an &amp; sign, put the URL in quotes.</source>
        <translation>The URL to %1 is not a presigned URL: its query has none of the COS, OSS or S3 signature parameters. If the shell cut it at an &amp; sign, put the URL in quotes.</translation>
    </message>
    <message>
        <source>Give the presigned URL to inspect, in quotes.</source>
        <translation>Give the presigned URL to inspect, in quotes.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: inspect-url takes one URL; put it in quotes.</source>
        <translation>Unexpected argument &quot;%1&quot;: inspect-url takes one URL; put it in quotes.</translation>
    </message>
    <message>
        <source>Unknown HTTP method &quot;%1&quot;: use GET, HEAD, PUT, POST or DELETE.</source>
        <translation>Unknown HTTP method &quot;%1&quot;: use GET, HEAD, PUT, POST or DELETE.</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;: use a comma-separated list of %2.</source>
        <translation>Unknown check &quot;%1&quot;: use a comma-separated list of %2.</translation>
    </message>
    <message>
        <source>PDF reports are written by the desktop app; the command line writes .md, .html and .json.</source>
        <translation>PDF reports are written by the desktop app; the command line writes .md, .html and .json.</translation>
    </message>
    <message>
        <source>Cannot tell the report format of &quot;%1&quot;: name the file .md, .html or .json.</source>
        <translation>Cannot tell the report format of &quot;%1&quot;: name the file .md, .html or .json.</translation>
    </message>
    <message>
        <source>Unusable proxy &quot;%1&quot;: give http://host:port, socks5://host:port or none.</source>
        <translation>Unusable proxy &quot;%1&quot;: give http://host:port, socks5://host:port or none.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The presigned URL expired at %1; the server answered at %2, after that.</source>
        <translation>The presigned URL expired at %1; the server answered at %2, after that.</translation>
    </message>
    <message>
        <source>The presigned URL was signed for %1, later than the server&apos;s time %2: the signing clock is ahead.</source>
        <translation>The presigned URL was signed for %1, later than the server&apos;s time %2: the signing clock is ahead.</translation>
    </message>
    <message>
        <source>The presigned URL had expired (at %1) by the server&apos;s time of the failure.</source>
        <translation>The presigned URL had expired (at %1) by the server&apos;s time of the failure.</translation>
    </message>
    <message>
        <source>The server reports that the request expired before its own time (%1).</source>
        <translation>The server reports that the request expired before its own time (%1).</translation>
    </message>
    <message>
        <source>The server refused the request time as too far from its own (%1 apart, the limit is 15 minutes).</source>
        <translation>The server refused the request time as too far from its own (%1 apart, the limit is 15 minutes).</translation>
    </message>
    <message>
        <source>The evidence is thin: nothing in the paste or the checks sets one cause clearly ahead.</source>
        <translation>The evidence is thin: nothing in the paste or the checks sets one cause clearly ahead.</translation>
    </message>
    <message>
        <source>The checks ruled out every cause the guide names for this error.</source>
        <translation>The checks ruled out every cause the guide names for this error.</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmed: %1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Most likely: %1</translation>
    </message>
    <message>
        <source>Not settled: the checks ruled out the causes the guide names; the request that failed differs from the checked ones.</source>
        <translation>Not settled: the checks ruled out the causes the guide names; the request that failed differs from the checked ones.</translation>
    </message>
    <message>
        <source>Not settled yet; the leading cause: %1</source>
        <translation>Not settled yet; the leading cause: %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Most likely</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <source>The question that would settle it: %1</source>
        <translation>The question that would settle it: %1</translation>
    </message>
    <message>
        <source>The question that would settle it: %1 (the live check &quot;%2&quot; answers it)</source>
        <translation>The question that would settle it: %1 (the live check &quot;%2&quot; answers it)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>ruled out</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Tencent Cloud COS guide &quot;403 error for COS access&quot;</source>
        <translation>Tencent Cloud COS guide &quot;403 error for COS access&quot;</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS guide &quot;HTTP status code 403&quot;</source>
        <translation>Alibaba Cloud OSS guide &quot;HTTP status code 403&quot;</translation>
    </message>
    <message>
        <source>Tencent Cloud COS documentation</source>
        <translation>Tencent Cloud COS documentation</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS documentation</source>
        <translation>Alibaba Cloud OSS documentation</translation>
    </message>
    <message>
        <source>Amazon S3 documentation</source>
        <translation>Amazon S3 documentation</translation>
    </message>
    <message>
        <source>the provider&apos;s documentation</source>
        <translation>the provider&apos;s documentation</translation>
    </message>
    <message>
        <source>the message &quot;%1&quot;</source>
        <translation>the message &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, step %2</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>%1, section %2, step %3</source>
        <translation>%1, section %2, step %3</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation: en, zh_CN or ko</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requester Pays is named (%1).</source>
        <translation>Requester Pays is named (%1).</translation>
    </message>
    <message>
        <source>In real reports, the code %1 speaks for a cause of this kind.</source>
        <translation>In real reports, the code %1 speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>In real reports, the EC %1 speaks for a cause of this kind.</source>
        <translation>In real reports, the EC %1 speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>The text mentions “%1”; in real reports that speaks for a cause of this kind.</source>
        <translation>The text mentions “%1”; in real reports that speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>In real reports, this speaks for a cause of this kind: %1</source>
        <translation>In real reports, this speaks for a cause of this kind: %1</translation>
    </message>
    <message>
        <source>In real reports, this error speaks for a cause of this kind.</source>
        <translation>In real reports, this error speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>In real reports, HTTP status %1 speaks for a cause of this kind.</source>
        <translation>In real reports, HTTP status %1 speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>The paste shows no error code; in real reports that speaks for a cause of this kind.</source>
        <translation>The paste shows no error code; in real reports that speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>The error body has a Code (%1) but an empty Message, as Ceph RGW and some S3-compatible stores answer; in real reports that speaks for a cause of this kind.</source>
        <translation>The error body has a Code (%1) but an empty Message, as Ceph RGW and some S3-compatible stores answer; in real reports that speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>the measured answers of Ceph RADOS Gateway</source>
        <translation>the measured answers of Ceph RADOS Gateway</translation>
    </message>
    <message>
        <source>a public report of the same error</source>
        <translation>a public report of the same error</translation>
    </message>
    <message>
        <source>In real reports, what this paste shows speaks for a cause of this kind.</source>
        <translation>In real reports, what this paste shows speaks for a cause of this kind.</translation>
    </message>
    <message>
        <source>%1 (assumed: the text does not name a provider)</source>
        <translation>%1 (assumed: the text does not name a provider)</translation>
    </message>
    <message>
        <source>You answered yes to the guide&apos;s question: %1</source>
        <translation>You answered yes to the guide&apos;s question: %1</translation>
    </message>
    <message>
        <source>You answered no to the guide&apos;s question: %1</source>
        <translation>You answered no to the guide&apos;s question: %1</translation>
    </message>
    <message>
        <source>Confirmed by the “%1” check</source>
        <translation>Confirmed by the “%1” check</translation>
    </message>
    <message>
        <source>Confirmed by the pasted error</source>
        <translation>Confirmed by the pasted error</translation>
    </message>
    <message>
        <source>permissions (ACL or policy)</source>
        <translation>permissions (ACL or policy)</translation>
    </message>
    <message>
        <source>anonymous access to a private object</source>
        <translation>anonymous access to a private object</translation>
    </message>
    <message>
        <source>access key unknown or disabled</source>
        <translation>access key unknown or disabled</translation>
    </message>
    <message>
        <source>wrong secret key</source>
        <translation>wrong secret key</translation>
    </message>
    <message>
        <source>signature calculated wrongly</source>
        <translation>signature calculated wrongly</translation>
    </message>
    <message>
        <source>clock difference</source>
        <translation>clock difference</translation>
    </message>
    <message>
        <source>signed URL expired</source>
        <translation>signed URL expired</translation>
    </message>
    <message>
        <source>temporary credentials expired or token missing</source>
        <translation>temporary credentials expired or token missing</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Referer (hotlink protection)</source>
        <translation>Referer (hotlink protection)</translation>
    </message>
    <message>
        <source>wrong endpoint or region</source>
        <translation>wrong endpoint or region</translation>
    </message>
    <message>
        <source>archived object not restored</source>
        <translation>archived object not restored</translation>
    </message>
    <message>
        <source>encryption key (KMS)</source>
        <translation>encryption key (KMS)</translation>
    </message>
    <message>
        <source>bucket name format</source>
        <translation>bucket name format</translation>
    </message>
    <message>
        <source>account or bucket disabled</source>
        <translation>account or bucket disabled</translation>
    </message>
    <message>
        <source>policy condition (IP or VPC)</source>
        <translation>policy condition (IP or VPC)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>The paste shows this machine&apos;s clock in sync with a time server (%1). The server still found the request&apos;s time too far from its own: the request may have been signed long before it was sent (a long upload, retries or a queue), not by a wrong clock.</source>
        <translation>The paste shows this machine&apos;s clock in sync with a time server (%1). The server still found the request&apos;s time too far from its own: the request may have been signed long before it was sent (a long upload, retries or a queue), not by a wrong clock.</translation>
    </message>
    <message>
        <source>The text says that a clock or the time is off (%1).</source>
        <translation>The text says that a clock or the time is off (%1).</translation>
    </message>
    <message>
        <source>The error&apos;s code matches %1, but the paste does not show that message, so this rests on the code alone (source: %2).</source>
        <translation>The error&apos;s code matches %1, but the paste does not show that message, so this rests on the code alone (source: %2).</translation>
    </message>
    <message>
        <source>The request head in the paste has no Authorization header, and its URL no signature.</source>
        <translation>The request head in the paste has no Authorization header, and its URL no signature.</translation>
    </message>
    <message>
        <source>The text speaks of unsigned or public access (%1).</source>
        <translation>The text speaks of unsigned or public access (%1).</translation>
    </message>
    <message>
        <source>The text speaks of temporary credentials (%1).</source>
        <translation>The text speaks of temporary credentials (%1).</translation>
    </message>
    <message>
        <source>The text speaks of a browser or a web page (%1).</source>
        <translation>The text speaks of a browser or a web page (%1).</translation>
    </message>
    <message>
        <source>The text speaks of a CORS preflight (%1).</source>
        <translation>The text speaks of a CORS preflight (%1).</translation>
    </message>
    <message>
        <source>The text speaks of the Referer or hotlink protection (%1).</source>
        <translation>The text speaks of the Referer or hotlink protection (%1).</translation>
    </message>
    <message>
        <source>The text speaks of writing data (%1).</source>
        <translation>The text speaks of writing data (%1).</translation>
    </message>
    <message>
        <source>The text speaks of a sub-account, user or role (%1).</source>
        <translation>The text speaks of a sub-account, user or role (%1).</translation>
    </message>
    <message>
        <source>The text speaks of access across accounts (%1).</source>
        <translation>The text speaks of access across accounts (%1).</translation>
    </message>
    <message>
        <source>The text speaks of a POST form policy (%1).</source>
        <translation>The text speaks of a POST form policy (%1).</translation>
    </message>
    <message>
        <source>The text speaks of a CDN (%1).</source>
        <translation>The text speaks of a CDN (%1).</translation>
    </message>
    <message>
        <source>The client is set up to send unsigned requests (%1).</source>
        <translation>The client is set up to send unsigned requests (%1).</translation>
    </message>
    <message>
        <source>The URL&apos;s validity ended at %1, which has passed by this computer&apos;s clock; the paste does not show when the URL was used.</source>
        <translation>The URL&apos;s validity ended at %1, which has passed by this computer&apos;s clock; the paste does not show when the URL was used.</translation>
    </message>
    <message>
        <source>The error&apos;s message matches %1, but the paste does not show its code, so this rests on the message alone (source: %2).</source>
        <translation>The error&apos;s message matches %1, but the paste does not show its code, so this rests on the message alone (source: %2).</translation>
    </message>
    <message>
        <source>%1 (assumed: the text points to more than one provider)</source>
        <translation>%1 (assumed: the text points to more than one provider)</translation>
    </message>
    <message>
        <source>The text points to %1 alike; of these, the %2 guide fitted best.</source>
        <translation>The text points to %1 alike; of these, the %2 guide fitted best.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>The text speaks of an ACL or of private or public access (%1).</source>
        <translation>The text speaks of an ACL or of private or public access (%1).</translation>
    </message>
    <message>
        <source>The text speaks of a source IP or a VPC (%1).</source>
        <translation>The text speaks of a source IP or a VPC (%1).</translation>
    </message>
</context>
</TS>
