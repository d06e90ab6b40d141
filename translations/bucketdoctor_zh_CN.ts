<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckStepWidget</name>
    <message>
        <source>Details: requests and responses</source>
        <translation>详细信息：请求与响应</translation>
    </message>
    <message>
        <source>Show the requests and responses of %1</source>
        <translation>显示“%1”的请求与响应</translation>
    </message>
    <message>
        <source>Requests and responses of %1, secrets removed</source>
        <translation>“%1”的请求与响应（已移除密钥等敏感信息）</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理步骤：</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Will send:</source>
        <translation>将发送：</translation>
    </message>
    <message>
        <source>%1 %2, needs %3</source>
        <translation>%1 %2，所需权限：%3</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>“%1”的状态：%2</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>重新运行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行“%1”</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>The same requests with curl (signatures and tokens left out: put in your own, or attach as they are):</source>
        <translation>用 curl 发送相同的请求（签名和令牌已省略：请填入您自己的，或原样附上）：</translation>
    </message>
    <message>
        <source>curl commands of %1, secrets left out</source>
        <translation>%1 的 curl 命令，已省略密钥</translation>
    </message>
    <message>
        <source>Copy the curl commands</source>
        <translation>复制 curl 命令</translation>
    </message>
    <message>
        <source>running, %1 of %2…</source>
        <translation>正在运行，第 %1 项，共 %2 项…</translation>
    </message>
    <message>
        <source>The guide asks: %1</source>
        <translation>指南的问题：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Endpoint and region</source>
        <translation>Endpoint 与地域</translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>时间同步</translation>
    </message>
    <message>
        <source>Key state</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>Anonymous access</source>
        <translation>匿名访问</translation>
    </message>
    <message>
        <source>Bucket ACL</source>
        <translation>存储桶访问权限（ACL）</translation>
    </message>
    <message>
        <source>Bucket policy</source>
        <translation>存储桶策略</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>跨域访问 (CORS)</translation>
    </message>
    <message>
        <source>Referer (hotlink protection)</source>
        <translation>Referer（防盗链）</translation>
    </message>
    <message>
        <source>Object state</source>
        <translation>对象状态</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Write probe</source>
        <translation>写入测试</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The host name did not resolve: check the endpoint for typos, and the DNS or proxy settings.</source>
        <translation>无法解析主机名：请检查 Endpoint 是否有拼写错误，以及 DNS 或代理设置。</translation>
    </message>
    <message>
        <source>Nothing accepted the connection on that host and port.</source>
        <translation>该主机和端口上没有服务接受连接。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务端未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The TLS handshake was refused: the server&apos;s certificate is not trusted for this host. The details list why.</source>
        <translation>TLS 握手失败：对于此主机，服务端证书不受信任。详细信息中列出了原因。</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere. The redirect was not followed, so no credentials left for another host.</source>
        <translation>服务端将请求重定向到了其他地址。由于未跟随重定向，凭证没有发送到其他主机。</translation>
    </message>
    <message>
        <source>The answer stopped before its end.</source>
        <translation>响应在结束前中断。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>服务端未响应即关闭了连接。</translation>
    </message>
    <message>
        <source>The server answered with an internal error (5xx); try again later.</source>
        <translation>服务端返回内部错误（5xx），请稍后重试。</translation>
    </message>
    <message>
        <source>The request could not be signed with the given key.</source>
        <translation>无法使用所提供的密钥对请求签名。</translation>
    </message>
    <message>
        <source>The answer carried no Date header to compare the clock with.</source>
        <translation>响应中没有可用于对比时间的 Date 头部。</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>无法读取响应。</translation>
    </message>
    <message>
        <source>The request failed because of a network error.</source>
        <translation>请求因网络错误而失败。</translation>
    </message>
    <message>
        <source>Not selected for this run.</source>
        <translation>本次运行未选择此项检查。</translation>
    </message>
    <message>
        <source>Writes to the bucket only when you allow the write probe.</source>
        <translation>仅在您允许写入测试时才会向存储桶写入数据。</translation>
    </message>
    <message>
        <source>This provider has no referer rules of its own; a referer condition would be in the bucket policy.</source>
        <translation>该服务商没有独立的 Referer 规则；Referer 条件（如有）位于存储桶策略中。</translation>
    </message>
    <message>
        <source>The run was cancelled before this check started.</source>
        <translation>此项检查开始前，运行已被取消。</translation>
    </message>
    <message>
        <source>The store does not implement this request, so there is nothing to read.</source>
        <translation>该存储服务未实现此请求，因此没有可读取的内容。</translation>
    </message>
    <message>
        <source>Needs the endpoint.</source>
        <translation>需要提供 Endpoint。</translation>
    </message>
    <message>
        <source>Needs the bucket name.</source>
        <translation>需要提供存储桶名称。</translation>
    </message>
    <message>
        <source>Needs the object key.</source>
        <translation>需要提供对象键。</translation>
    </message>
    <message>
        <source>Needs the page&apos;s origin (the browser context).</source>
        <translation>需要提供页面的来源（浏览器上下文）。</translation>
    </message>
    <message>
        <source>Needs the Referer the page sends.</source>
        <translation>需要提供页面发送的 Referer。</translation>
    </message>
    <message>
        <source>Needs an access key ID (SecretId / AccessKeyId).</source>
        <translation>需要提供访问密钥 ID（SecretId / AccessKeyId）。</translation>
    </message>
    <message>
        <source>Needs the secret key.</source>
        <translation>需要提供密钥。</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>当前无法访问网络。</translation>
    </message>
    <message>
        <source>Could not run (%1).</source>
        <translation>无法运行（%1）。</translation>
    </message>
    <message>
        <source>The bucket answers at this endpoint.</source>
        <translation>存储桶在此 Endpoint 上有响应。</translation>
    </message>
    <message>
        <source>The bucket answers at this endpoint, in region %1.</source>
        <translation>存储桶在此 Endpoint 上有响应，所在地域为 %1。</translation>
    </message>
    <message>
        <source>The bucket must be addressed at another endpoint: %1.</source>
        <translation>必须通过其他 Endpoint 访问该存储桶：%1。</translation>
    </message>
    <message>
        <source>The bucket lives in region %1, not in the region given.</source>
        <translation>存储桶位于地域 %1，而不是所指定的地域。</translation>
    </message>
    <message>
        <source>No bucket of this name exists at this endpoint: check the name (for COS with its -APPID) and the region.</source>
        <translation>此 Endpoint 下不存在该名称的存储桶：请检查存储桶名称（COS 需包含 -APPID）和地域。</translation>
    </message>
    <message>
        <source>Path-style addresses do not work on the default COS domain for buckets created since 2024-01-01; use the virtual-hosted form.</source>
        <translation>2024-01-01 起创建的存储桶不支持在 COS 默认域名上使用路径（path-style）形式的地址；请使用虚拟托管（virtual-hosted）形式。</translation>
    </message>
    <message>
        <source>The endpoint redirects to %1; the redirect was not followed.</source>
        <translation>该 Endpoint 重定向到 %1；未跟随该重定向。</translation>
    </message>
    <message>
        <source>The local clock agrees with the server&apos;s (off by %1 s).</source>
        <translation>本地时间与服务端时间一致（偏差 %1 s）。</translation>
    </message>
    <message>
        <source>The local clock is %1 s off the server&apos;s: not yet refused, but drifting.</source>
        <translation>本地时间与服务端时间相差 %1 s：请求尚未被拒绝，但时间偏差正在增大。</translation>
    </message>
    <message>
        <source>The local clock is %1 s off the server&apos;s, more than the 15 minutes the provider accepts: signed requests are refused.</source>
        <translation>本地时间与服务端时间相差 %1 s，超过了服务商允许的 15 分钟：签名请求会被拒绝。</translation>
    </message>
    <message>
        <source>The provider accepts the key pair and its signature.</source>
        <translation>服务商接受该密钥对及其签名。</translation>
    </message>
    <message>
        <source>The provider accepts the key pair, but refused the request for lack of permission (%1).</source>
        <translation>服务商接受该密钥对，但因权限不足拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>The provider does not know this access key ID: it is mistyped, deleted, or from another account.</source>
        <translation>服务商无法识别此访问密钥 ID：可能输入有误、已被删除或属于其他账号。</translation>
    </message>
    <message>
        <source>This access key is disabled.</source>
        <translation>此访问密钥已被禁用。</translation>
    </message>
    <message>
        <source>The signature was refused although it was computed correctly: the secret key does not belong to this access key ID.</source>
        <translation>签名计算正确却被拒绝：该密钥与此访问密钥 ID 不匹配。</translation>
    </message>
    <message>
        <source>These are temporary credentials and the security token is missing.</source>
        <translation>这是临时凭证，但缺少安全令牌。</translation>
    </message>
    <message>
        <source>The security token was refused: it has expired or belongs to another key.</source>
        <translation>安全令牌被拒绝：令牌已过期或属于其他密钥。</translation>
    </message>
    <message>
        <source>The request was refused for its time: the clock difference is too large or the signature expired.</source>
        <translation>请求因时间问题被拒绝：时间偏差过大或签名已过期。</translation>
    </message>
    <message>
        <source>The signature names the wrong region for this bucket.</source>
        <translation>签名中指定的地域与该存储桶不符。</translation>
    </message>
    <message>
        <source>Anyone can read this without signing.</source>
        <translation>所有用户无需签名即可读取。</translation>
    </message>
    <message>
        <source>An unsigned request is refused: the resource is private, so requests must be signed.</source>
        <translation>未签名的请求被拒绝：该资源为私有，请求必须签名。</translation>
    </message>
    <message>
        <source>An unsigned request is refused for another reason (%1).</source>
        <translation>未签名的请求因其他原因被拒绝（%1）。</translation>
    </message>
    <message>
        <source>An unsigned request gets 404: the object or bucket does not exist here.</source>
        <translation>未签名的请求返回 404：此处不存在该对象或存储桶。</translation>
    </message>
    <message>
        <source>The bucket ACL is private: only granted accounts may read.</source>
        <translation>存储桶 ACL 为私有读写：仅已获授权的账号可以读取。</translation>
    </message>
    <message>
        <source>The bucket ACL lets anyone read.</source>
        <translation>存储桶 ACL 允许所有用户读取。</translation>
    </message>
    <message>
        <source>The bucket ACL lets anyone write: anyone may upload or overwrite objects.</source>
        <translation>存储桶 ACL 允许所有用户写入：任何人都可以上传或覆盖对象。</translation>
    </message>
    <message>
        <source>This key may not read the setting (%1). An administrator&apos;s key can.</source>
        <translation>此密钥无权读取该配置（%1），管理员的密钥可以读取。</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>该存储桶未设置存储桶策略。</translation>
    </message>
    <message>
        <source>The bucket policy (%1 statements) denies nothing here.</source>
        <translation>存储桶策略（共 %1 条语句）未拒绝此处的请求。</translation>
    </message>
    <message>
        <source>The bucket policy lets anyone read, whatever the ACL says.</source>
        <translation>无论 ACL 如何设置，存储桶策略都允许所有用户读取。</translation>
    </message>
    <message>
        <source>Statement %1 of the bucket policy denies this request for %2; a deny wins over any allow.</source>
        <translation>存储桶策略的语句 %1 对 %2 拒绝此请求；拒绝（Deny）优先于任何允许（Allow）。</translation>
    </message>
    <message>
        <source>The bucket policy depends on the caller&apos;s network (%1): requests from another IP address or VPC are treated differently.</source>
        <translation>存储桶策略取决于调用方的网络（%1）：来自其他 IP 地址或 VPC 的请求会被区别对待。</translation>
    </message>
    <message>
        <source>The bucket policy has a condition this tool cannot evaluate; read it in the details.</source>
        <translation>存储桶策略中有本工具无法判断的条件，请在详细信息中查看。</translation>
    </message>
    <message>
        <source>The preflight is allowed for this origin, method and headers.</source>
        <translation>此来源、方法和头部的预检请求已被允许。</translation>
    </message>
    <message>
        <source>The preflight is refused: no CORS rule allows this origin, method and headers.</source>
        <translation>预检请求被拒绝：没有 CORS 规则允许此来源、方法和头部。</translation>
    </message>
    <message>
        <source>The answer does not allow this origin, so the browser blocks the response.</source>
        <translation>响应未允许此来源，因此浏览器会拦截该响应。</translation>
    </message>
    <message>
        <source>The answer does not allow this method.</source>
        <translation>响应未允许此方法。</translation>
    </message>
    <message>
        <source>The answer does not allow the request header %1.</source>
        <translation>响应未允许请求头部 %1。</translation>
    </message>
    <message>
        <source>The preflight passed, but the bucket&apos;s rules refuse it: something in front of the bucket (a CDN or proxy) answered.</source>
        <translation>预检请求已通过，但存储桶的规则会拒绝它：响应来自存储桶前端的 CDN 或代理。</translation>
    </message>
    <message>
        <source>The referer rules let this page through.</source>
        <translation>Referer 规则允许此页面访问。</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules refuse requests from this page.</source>
        <translation>存储桶的 Referer 规则拒绝来自此页面的请求。</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules would refuse this page (%1).</source>
        <translation>按存储桶的 Referer 规则，此页面会被拒绝（%1）。</translation>
    </message>
    <message>
        <source>The object exists (storage class %1).</source>
        <translation>对象存在（存储类型 %1）。</translation>
    </message>
    <message>
        <source>The object is archived (%1) and a restored copy is readable.</source>
        <translation>对象已归档（%1），已恢复的副本可以读取。</translation>
    </message>
    <message>
        <source>The object is in the archive class %1 and not restored: restore it before reading.</source>
        <translation>对象属于归档存储类型 %1 且未恢复：请先恢复再读取。</translation>
    </message>
    <message>
        <source>The object is being restored from %1; it can be read when the restore ends.</source>
        <translation>对象正在从 %1 恢复，恢复完成后即可读取。</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>对象不存在。</translation>
    </message>
    <message>
        <source>The object answered 403. Without list permission a missing object also answers 403, not 404.</source>
        <translation>对象返回 403。如果没有列举（List）权限，不存在的对象也会返回 403，而不是 404。</translation>
    </message>
    <message>
        <source>KMS encryption is in use: the caller also needs permission to use the KMS key.</source>
        <translation>使用了 KMS 加密：调用方还需要具有使用该 KMS 密钥的权限。</translation>
    </message>
    <message>
        <source>Server-side encryption with provider-managed keys; it needs no extra permission.</source>
        <translation>使用服务商托管密钥的服务端加密，无需额外权限。</translation>
    </message>
    <message>
        <source>No server-side encryption is set.</source>
        <translation>未设置服务端加密。</translation>
    </message>
    <message>
        <source>A test object was written and deleted: this key may write here.</source>
        <translation>已写入并删除测试对象：此密钥可以在此写入。</translation>
    </message>
    <message>
        <source>Writing a test object was refused (%1).</source>
        <translation>写入测试对象被拒绝（%1）。</translation>
    </message>
    <message>
        <source>A test object was written but could not be deleted: remove %1 by hand.</source>
        <translation>测试对象已写入但无法删除：请手动删除 %1。</translation>
    </message>
    <message>
        <source>The server answered with the error %1.</source>
        <translation>服务端返回错误 %1。</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>错误信息</translation>
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
        <translation>地域</translation>
    </message>
    <message>
        <source>Endpoint named by the server</source>
        <translation>服务端指定的 Endpoint</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>寻址方式</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>证书主题</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>证书颁发者</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Certificate not issued for</source>
        <translation>证书未颁发给</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>重定向目标</translation>
    </message>
    <message>
        <source>Clock offset (ms, server minus local)</source>
        <translation>时间偏差（ms，服务端时间减本地时间）</translation>
    </message>
    <message>
        <source>Measurement error (± ms)</source>
        <translation>测量误差（± ms）</translation>
    </message>
    <message>
        <source>Server Date</source>
        <translation>服务端 Date</translation>
    </message>
    <message>
        <source>Signed at the server&apos;s time (offset ms)</source>
        <translation>按服务端时间签名（偏移 ms）</translation>
    </message>
    <message>
        <source>Canned ACL</source>
        <translation>预设 ACL</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Anyone may read</source>
        <translation>所有用户可读</translation>
    </message>
    <message>
        <source>Anyone may write</source>
        <translation>所有用户可写</translation>
    </message>
    <message>
        <source>Policy statements</source>
        <translation>策略语句</translation>
    </message>
    <message>
        <source>Denied principal</source>
        <translation>被拒绝的主体</translation>
    </message>
    <message>
        <source>Statement Sid</source>
        <translation>语句 Sid</translation>
    </message>
    <message>
        <source>Statement number (from 0)</source>
        <translation>语句序号（从 0 开始）</translation>
    </message>
    <message>
        <source>Network condition key</source>
        <translation>网络条件键</translation>
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
        <translation>未允许的头部</translation>
    </message>
    <message>
        <source>Rules read</source>
        <translation>已读取的规则</translation>
    </message>
    <message>
        <source>The rules decide</source>
        <translation>规则判定</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deciding rule (from 0)</source>
        <translation>判定规则（从 0 开始）</translation>
    </message>
    <message>
        <source>Closest rule (from 0)</source>
        <translation>最接近的规则（从 0 开始）</translation>
    </message>
    <message>
        <source>Rule detail</source>
        <translation>规则详情</translation>
    </message>
    <message>
        <source>Rules and live answer disagree</source>
        <translation>规则与实际响应不一致</translation>
    </message>
    <message>
        <source>Deciding entry</source>
        <translation>判定条目</translation>
    </message>
    <message>
        <source>Referer as compared</source>
        <translation>用于比较的 Referer</translation>
    </message>
    <message>
        <source>With the Referer</source>
        <translation>带 Referer</translation>
    </message>
    <message>
        <source>Without a Referer</source>
        <translation>不带 Referer</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>Restore state</source>
        <translation>恢复状态</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>服务端加密</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS 密钥</translation>
    </message>
    <message>
        <source>Bucket default encryption</source>
        <translation>存储桶默认加密</translation>
    </message>
    <message>
        <source>Bucket KMS key</source>
        <translation>存储桶 KMS 密钥</translation>
    </message>
    <message>
        <source>Object encryption</source>
        <translation>对象加密</translation>
    </message>
    <message>
        <source>Object KMS key</source>
        <translation>对象 KMS 密钥</translation>
    </message>
    <message>
        <source>Test object</source>
        <translation>测试对象</translation>
    </message>
    <message>
        <source>PUT status</source>
        <translation>PUT 状态码</translation>
    </message>
    <message>
        <source>DELETE status</source>
        <translation>DELETE 状态码</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Live check &quot;%1&quot;: %2</source>
        <translation>实时检查“%1”：%2</translation>
    </message>
    <message>
        <source>Took %1 ms (the checks&apos; own times add up to %2 ms; the longest chain of dependent checks, %3 ms).</source>
        <translation>耗时 %1 ms（各项检查自身耗时合计 %2 ms；最长的依赖检查链耗时 %3 ms）。</translation>
    </message>
    <message>
        <source>Bucket Doctor live check report</source>
        <translation>Bucket Doctor 实时检查报告</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>实时检查</translation>
    </message>
    <message>
        <source>Requests sent and the permission each needs</source>
        <translation>已发送的请求及各自所需的权限</translation>
    </message>
    <message>
        <source>Requests and responses (secrets removed)</source>
        <translation>请求与响应（已移除密钥等敏感信息）</translation>
    </message>
    <message>
        <source>The signed request was refused because the bucket lives behind another endpoint.</source>
        <translation>签名请求被拒绝：该存储桶需要通过其他 Endpoint 访问。</translation>
    </message>
    <message>
        <source>No check failed: the bucket answers these requests. Compare them with the request that failed (its key, headers, time and network); the causes below are ranked from what the checks found.</source>
        <translation>没有失败的检查：存储桶对这些请求均有响应。请将它们与失败的请求进行对比（密钥、头部、时间和网络）；以下原因已根据检查结果排序。</translation>
    </message>
    <message>
        <source>The symptom does not point here, so this check is not suggested. You can still run it.</source>
        <translation>故障现象与此项无关，因此未推荐此项检查。您仍可运行它。</translation>
    </message>
    <message>
        <source>The checks could not reach the bucket: there may be no network, or the endpoint is wrong. The diagnosis of the paste stands without them.</source>
        <translation>检查无法连接到存储桶：可能没有网络，或 Endpoint 有误。根据粘贴内容得出的诊断结果不受影响。</translation>
    </message>
    <message>
        <source>none (unsigned)</source>
        <translation>无（不签名）</translation>
    </message>
    <message>
        <source>none (a browser never signs a preflight)</source>
        <translation>无（浏览器从不对预检请求签名）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Bucket Doctor version</source>
        <translation>Bucket Doctor 版本</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>时间偏差</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>%1 ms (server minus this computer)</source>
        <translation>%1 ms（服务端时间减本机时间）</translation>
    </message>
    <message>
        <source>not measured (the time check did not run)</source>
        <translation>未测量（时间同步检查未运行）</translation>
    </message>
    <message>
        <source>the system&apos;s settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>无（直接连接）</translation>
    </message>
    <message>
        <source>OSS V4 signatures name the bucket&apos;s region: give the region (for example cn-hangzhou), or sign with version 1.</source>
        <translation>OSS V4 签名中含有存储空间所在的地域：请填写地域（例如 cn-hangzhou），或改用 V1 签名。</translation>
    </message>
    <message>
        <source>Condition that decides</source>
        <translation>起决定作用的条件</translation>
    </message>
    <message>
        <source>The provider knows this key, but its user, account or bucket is suspended or disabled (%1): the account owner or the provider must lift it.</source>
        <translation>服务商认得此密钥，但其用户、账号或存储桶已被暂停或禁用（%1）：需由账号所有者或服务商解除。</translation>
    </message>
    <message>
        <source>No live check gave an answer (each was skipped, ended in error or did not run), so nothing here was confirmed against the bucket itself.</source>
        <translation>没有任何在线检查给出结果（均已跳过、出错或未运行），因此这里没有任何结论经过存储桶本身的确认。</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>已检查：%1。</translation>
    </message>
    <message>
        <source>Not checked (skipped, error or not run): %1.</source>
        <translation>未检查（已跳过、出错或未运行）：%1。</translation>
    </message>
    <message>
        <source>For the provider&apos;s support</source>
        <translation>供云服务商技术支持使用</translation>
    </message>
    <message>
        <source>from the pasted error</source>
        <translation>来自粘贴的错误</translation>
    </message>
    <message>
        <source>from the live check &quot;%1&quot;</source>
        <translation>来自在线检查“%1”</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint（访问域名）</translation>
    </message>
    <message>
        <source>Appendix: requests and responses</source>
        <translation>附录：请求与响应</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not permitted to read</source>
        <translation>无权读取</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>denied (403)</source>
        <translation>拒绝（403）</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>denied by the Referer rule</source>
        <translation>被 Referer 规则拒绝</translation>
    </message>
    <message>
        <source>path-style</source>
        <translation>路径形式（path-style）</translation>
    </message>
    <message>
        <source>virtual-hosted</source>
        <translation>虚拟主机形式（virtual-hosted）</translation>
    </message>
    <message>
        <source>anonymous (unsigned)</source>
        <translation>匿名（未签名）</translation>
    </message>
    <message>
        <source>the Referer is on the blacklist</source>
        <translation>Referer 在黑名单中</translation>
    </message>
    <message>
        <source>the Referer is not on the blacklist</source>
        <translation>Referer 不在黑名单中</translation>
    </message>
    <message>
        <source>the Referer is on the whitelist</source>
        <translation>Referer 在白名单中</translation>
    </message>
    <message>
        <source>the Referer is not on the whitelist</source>
        <translation>Referer 不在白名单中</translation>
    </message>
    <message>
        <source>no whitelist</source>
        <translation>没有白名单</translation>
    </message>
    <message>
        <source>an empty Referer is allowed</source>
        <translation>允许空 Referer</translation>
    </message>
    <message>
        <source>an empty Referer is allowed (no whitelist)</source>
        <translation>允许空 Referer（没有白名单）</translation>
    </message>
    <message>
        <source>an empty Referer is denied</source>
        <translation>拒绝空 Referer</translation>
    </message>
    <message>
        <source>no rules configured</source>
        <translation>未配置规则</translation>
    </message>
    <message>
        <source>the rules cannot be applied</source>
        <translation>规则无法应用</translation>
    </message>
    <message>
        <source>the rules are malformed</source>
        <translation>规则格式错误</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>a signed request is not checked</source>
        <translation>签名请求不受检查</translation>
    </message>
    <message>
        <source>a rule matches</source>
        <translation>有规则匹配</translation>
    </message>
    <message>
        <source>no rule allows the origin</source>
        <translation>没有规则允许该来源（Origin）</translation>
    </message>
    <message>
        <source>no rule allows the method</source>
        <translation>没有规则允许该方法</translation>
    </message>
    <message>
        <source>no rule allows a requested header</source>
        <translation>没有规则允许所请求的某个头部</translation>
    </message>
    <message>
        <source>no origin given</source>
        <translation>未提供来源（Origin）</translation>
    </message>
    <message>
        <source>no request method given</source>
        <translation>未提供请求方法</translation>
    </message>
    <message>
        <source>unsupported method</source>
        <translation>不支持的方法</translation>
    </message>
    <message>
        <source>The host name %1 did not resolve: check the endpoint for typos, and the DNS or proxy settings. A store without a DNS name for each bucket needs path-style addressing.</source>
        <translation>主机名 %1 无法解析：请检查端点是否有拼写错误，以及 DNS 或代理设置。没有为每个存储桶提供 DNS 名称的存储需要使用路径样式（path-style）寻址。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules refuse requests without a Referer.</source>
        <translation>存储桶的防盗链规则拒绝不带 Referer 的请求。</translation>
    </message>
    <message>
        <source>A request without a Referer gets through the referer rules. Type the page&apos;s address as the Referer to test the page itself.</source>
        <translation>不带 Referer 的请求可以通过防盗链规则。请将页面地址填为 Referer，以检查该页面本身。</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Ask the bucket</source>
        <translation>向存储桶发起检查</translation>
    </message>
    <message>
        <source>Each check says what it will send before it runs. Everything is read-only unless you allow the write probe.</source>
        <translation>每项检查在运行前都会说明将发送的请求。除非您允许写入测试，否则所有操作均为只读。</translation>
    </message>
    <message>
        <source>Run the &amp;suggested checks</source>
        <translation>运行推荐的检查(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Allow the &amp;write probe (uploads a small test object, then deletes it)</source>
        <translation>允许写入测试（上传一个小的测试对象，然后将其删除）(&amp;W)</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>尚未运行任何检查。</translation>
    </message>
    <message>
        <source>Checks that failed: %1. The summary ranks the causes with this evidence.</source>
        <translation>失败的检查：%1 项。总结页将结合这些依据对原因进行排序。</translation>
    </message>
    <message>
        <source>The steps follow the provider&apos;s guide for this error, in its order: each shows the guide&apos;s question, the check that answers it, and the answer. Questions no check can answer are yours to answer.</source>
        <translation>以下步骤按服务商针对此错误的指南顺序排列：每一步显示指南的问题、回答该问题的检查及其结果。没有检查能回答的问题由您来回答。</translation>
    </message>
    <message>
        <source>The suggested checks come first, those the likeliest causes name. The others can still be run.</source>
        <translation>建议的检查排在前面，即最可能的原因所对应的检查。其他检查仍可运行。</translation>
    </message>
    <message>
        <source>Step %1 of %2: the guide ends here. %3 Bucket Doctor gathers what support asks for (the request IDs, the checks and their answers) in the report.</source>
        <translation>第 %1 步（共 %2 步）：指南到此结束。%3 Bucket Doctor 会把技术支持需要的信息（请求 ID、各项检查及其结果）整理到报告中。</translation>
    </message>
    <message>
        <source>Starting the checks…</source>
        <translation>正在开始检查…</translation>
    </message>
    <message>
        <source>Running check %1 of %2: %3.</source>
        <translation>正在运行第 %1 项检查（共 %2 项）：%3。</translation>
    </message>
    <message>
        <source>The “%1” check confirmed the cause, so the walk stops here. The summary has the answer; you can keep checking.</source>
        <translation>“%1”检查确认了原因，排查到此为止。摘要页给出了答案；您也可以继续检查。</translation>
    </message>
    <message>
        <source>Run a&amp;ll checks</source>
        <translation>运行全部检查(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep checking</source>
        <translation>继续检查(&amp;K)</translation>
    </message>
    <message>
        <source>Prepare the &amp;ticket details</source>
        <translation>准备工单信息(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Finds out why object storage answers 403 Forbidden.</source>
        <translation>查明对象存储返回 403 Forbidden 的原因。</translation>
    </message>
    <message>
        <source>The command: diagnose, inspect-url, sign or check.</source>
        <translation>命令：diagnose、inspect-url、sign 或 check。</translation>
    </message>
    <message>
        <source>The file with the pasted error, or - for standard input.</source>
        <translation>包含所粘贴错误信息的文件；使用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>The provider: auto, cos, oss or s3.</source>
        <translation>服务商：auto、cos、oss 或 s3。</translation>
    </message>
    <message>
        <source>The output format: text, json or markdown.</source>
        <translation>输出格式：text、json 或 markdown。</translation>
    </message>
    <message>
        <source>The language of the output: en, zh_CN or ko.</source>
        <translation>输出语言：en、zh_CN 或 ko。</translation>
    </message>
    <message>
        <source>The OSS signature version: 1 or 4 (default 1).</source>
        <translation>OSS 签名版本：1 或 4（默认为 1）。</translation>
    </message>
    <message>
        <source>The HTTP method of the request.</source>
        <translation>请求的 HTTP 方法。</translation>
    </message>
    <message>
        <source>The full URL of the request.</source>
        <translation>请求的完整 URL。</translation>
    </message>
    <message>
        <source>A request header to sign; repeat for more.</source>
        <translation>要签名的请求头部；如需多个，请重复此选项。</translation>
    </message>
    <message>
        <source>The access key id (SecretId, AccessKeyId).</source>
        <translation>访问密钥 ID（SecretId、AccessKeyId）。</translation>
    </message>
    <message>
        <source>The region for the signature scope (OSS V4, S3).</source>
        <translation>签名范围中的地域（OSS V4、S3）。</translation>
    </message>
    <message>
        <source>The request time in Unix seconds (default: now).</source>
        <translation>请求时间，以 Unix 秒表示（默认：当前时间）。</translation>
    </message>
    <message>
        <source>How many seconds the signature stays valid (default 900).</source>
        <translation>签名的有效时长，单位为秒（默认为 900）。</translation>
    </message>
    <message>
        <source>Sign the URL itself instead of an Authorization header.</source>
        <translation>对 URL 本身签名，而不是生成 Authorization 头部。</translation>
    </message>
    <message>
        <source>The output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>Read the secret key from this file instead of BUCKETDOCTOR_SECRET_KEY.</source>
        <translation>从此文件读取密钥，而不是从 BUCKETDOCTOR_SECRET_KEY 读取。</translation>
    </message>
    <message>
        <source>Read the security token from this file instead of BUCKETDOCTOR_SECURITY_TOKEN.</source>
        <translation>从此文件读取安全令牌，而不是从 BUCKETDOCTOR_SECURITY_TOKEN 读取。</translation>
    </message>
    <message>
        <source>The SigV4 service name (default s3).</source>
        <translation>SigV4 服务名称（默认为 s3）。</translation>
    </message>
    <message>
        <source>OSS V4: more headers to sign, separated by semicolons.</source>
        <translation>OSS V4：其他要签名的头部，以分号分隔。</translation>
    </message>
    <message>
        <source>The presigned URL to inspect, in quotes.</source>
        <translation>要检查的预签名 URL，请用引号括起来。</translation>
    </message>
    <message>
        <source>The time to judge the URL against, in Unix seconds (default: now).</source>
        <translation>判断 URL 有效性所依据的时间，以 Unix 秒表示（默认：当前时间）。</translation>
    </message>
    <message>
        <source>The HTTP method the URL will be used with, for the Content-Type checks.</source>
        <translation>使用该 URL 时的 HTTP 方法，用于 Content-Type 检查。</translation>
    </message>
    <message>
        <source>The storage provider: cos, oss or s3.</source>
        <translation>存储服务商：cos、oss 或 s3。</translation>
    </message>
    <message>
        <source>The service endpoint, e.g. https://cos.ap-guangzhou.myqcloud.com or https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>服务 Endpoint，例如 https://cos.ap-guangzhou.myqcloud.com 或 https://oss-cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <source>The bucket name (for COS with its -APPID).</source>
        <translation>存储桶名称（COS 需包含 -APPID）。</translation>
    </message>
    <message>
        <source>The object key that failed, for the object, referer and key checks.</source>
        <translation>访问失败的对象键，用于 object、referer 和 key 检查。</translation>
    </message>
    <message>
        <source>Address the bucket in the path instead of the host name.</source>
        <translation>在路径中而不是主机名中指定存储桶。</translation>
    </message>
    <message>
        <source>The page&apos;s origin, for the CORS check, e.g. https://app.example.com.</source>
        <translation>页面的来源（Origin），用于 CORS 检查，例如 https://app.example.com。</translation>
    </message>
    <message>
        <source>The method the page uses, for the CORS preflight (default GET).</source>
        <translation>页面使用的方法，用于 CORS 预检（默认为 GET）。</translation>
    </message>
    <message>
        <source>The request headers the page sends, comma-separated, for the CORS preflight.</source>
        <translation>页面发送的请求头部，以逗号分隔，用于 CORS 预检。</translation>
    </message>
    <message>
        <source>The Referer the page sends, for the referer check.</source>
        <translation>页面发送的 Referer，用于 referer 检查。</translation>
    </message>
    <message>
        <source>Run only these checks, comma-separated: endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption, write.</source>
        <translation>仅运行这些检查，以逗号分隔：endpoint、time、key、anonymous、acl、policy、cors、referer、object、encryption、write。</translation>
    </message>
    <message>
        <source>Give up on a request after this many milliseconds.</source>
        <translation>单个请求的超时时间（毫秒），超时后放弃该请求。</translation>
    </message>
    <message>
        <source>Also write the report to this file; .md, .html or .json.</source>
        <translation>同时将报告写入此文件；格式为 .md、.html 或 .json。</translation>
    </message>
    <message>
        <source>Allow the write probe: upload a small test object and delete it again.</source>
        <translation>允许写入测试：上传一个小的测试对象，然后将其删除。</translation>
    </message>
    <message>
        <source>Use this proxy instead of the system&apos;s (http://host:port, socks5://host:port), or none.</source>
        <translation>使用此代理而非系统代理（http://host:port、socks5://host:port），或指定 none 不使用代理。</translation>
    </message>
    <message>
        <source>Add the error as pasted (a file, or - for standard input): it joins the checks in one ranking and one report.</source>
        <translation>加入粘贴的错误（文件，或用 - 表示标准输入）：它与检查一起进入同一排序和同一报告。</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Proxy: %1 (your setting).</source>
        <translation>代理：%1（您的设置）。</translation>
    </message>
    <message>
        <source>Proxy: none; the system settings send this endpoint directly.</source>
        <translation>代理：无；按系统设置，直接连接此 Endpoint。</translation>
    </message>
    <message>
        <source>Proxy: %1:%2, from the system settings.</source>
        <translation>代理：%1:%2，来自系统设置。</translation>
    </message>
    <message>
        <source>Where is the bucket, and who is calling?</source>
        <translation>存储桶在哪里，由谁调用？</translation>
    </message>
    <message>
        <source>Everything here is optional. Without credentials, the checks that need none still run. Nothing is saved.</source>
        <translation>此处所有内容均为选填。未提供凭证时，无需凭证的检查仍会运行。不会保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Endpoint(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>存储桶(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Object key:</source>
        <translation>对象键(&amp;O)：</translation>
    </message>
    <message>
        <source>Access &amp;key ID (SecretId / AccessKeyId):</source>
        <translation>访问密钥 ID（SecretId / AccessKeyId）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;token (temporary keys only):</source>
        <translation>安全令牌（仅限临时密钥）(&amp;T)：</translation>
    </message>
    <message>
        <source>Admin access key ID:</source>
        <translation>管理员访问密钥 ID：</translation>
    </message>
    <message>
        <source>Admin secret key:</source>
        <translation>管理员密钥：</translation>
    </message>
    <message>
        <source>Page or&amp;igin:</source>
        <translation>页面来源（Origin）(&amp;I)：</translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation>请求方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Request &amp;headers (comma-separated):</source>
        <translation>请求头部（以逗号分隔）(&amp;H)：</translation>
    </message>
    <message>
        <source>Re&amp;ferer:</source>
        <translation>Referer(&amp;F)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy override:</source>
        <translation>自定义代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <source>Path-style address (bucket in the path, not in the host name)</source>
        <translation>路径形式（path-style）地址（存储桶位于路径中，而非主机名中）</translation>
    </message>
    <message>
        <source>The identity that failed</source>
        <translation>访问失败的身份</translation>
    </message>
    <message>
        <source>An identity that may read the bucket&apos;s settings (optional)</source>
        <translation>可读取存储桶配置的身份（选填）</translation>
    </message>
    <message>
        <source>Browser context (for CORS and referer checks)</source>
        <translation>浏览器上下文（用于 CORS 和 Referer 检查）</translation>
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
        <translation>http://proxy.example.com:3128 或 none</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Remember these &amp;credentials in the system keychain</source>
        <translation>将这些凭证保存到系统钥匙串(&amp;C)</translation>
    </message>
    <message>
        <source>This proxy cannot be used: give http://host:port, socks5://host:port or none.</source>
        <translation>无法使用此代理：请填写 http://host:port、socks5://host:port 或 none。</translation>
    </message>
    <message>
        <source>An IP address or localhost cannot carry the bucket in its host name, so the checks use path-style addressing.</source>
        <translation>IP 地址或 localhost 无法在主机名中带上存储桶名，因此检查使用路径样式（path-style）寻址。</translation>
    </message>
</context>
<context>
    <name>CosTree</name>
    <message>
        <source>Message “Access Denied.”</source>
        <translation>Message 为 “Access Denied.”</translation>
    </message>
    <message>
        <source>Is the account that signs the request listed in the bucket ACL?</source>
        <translation>存储桶访问权限中是否配置了签名请求的账号？</translation>
    </message>
    <message>
        <source>Does that ACL entry give the permission the request needs (read for downloads, write for uploads and deletes)?</source>
        <translation>该访问权限条目是否授予了请求所需的权限（下载需要读权限，上传和删除需要写权限）？</translation>
    </message>
    <message>
        <source>Is there a permission policy for the account that signs the request?</source>
        <translation>是否为签名请求的账号配置了 Policy 授权策略？</translation>
    </message>
    <message>
        <source>Is the same sub-account both allowed and denied this action by different policies?</source>
        <translation>同一子账号是否在不同策略中对此操作同时被允许和禁止？</translation>
    </message>
    <message>
        <source>Does that policy allow this action on this resource path?</source>
        <translation>该策略是否允许对此资源路径执行此操作？</translation>
    </message>
    <message>
        <source>Does q-ak hold a SecretId of the account that owns the bucket (case-sensitive)?</source>
        <translation>q-ak 是否为存储桶所属账号的 SecretId（区分大小写）？</translation>
    </message>
    <message>
        <source>If this is cross-account access, has the bucket owner granted it?</source>
        <translation>如为跨账号访问，存储桶所有者是否已进行授权？</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to an object that is not public?</source>
        <translation>是否在未签名的情况下访问了非公开的对象？</translation>
    </message>
    <message>
        <source>Has the sub-account that signs the request been granted access to this bucket?</source>
        <translation>签名请求的子账号是否已获授权访问此存储桶？</translation>
    </message>
    <message>
        <source>Does the policy given when the temporary key was issued cover this action and resource?</source>
        <translation>申请临时密钥时指定的策略是否涵盖此操作和资源？</translation>
    </message>
    <message>
        <source>Do the policy conditions on source IP or VPC match where the request came from?</source>
        <translation>策略中关于来源 IP 或 VPC 的条件是否与请求来源相符？</translation>
    </message>
    <message>
        <source>Is the temporary key still valid, with its security token sent?</source>
        <translation>临时密钥是否仍在有效期内，且已发送其安全令牌？</translation>
    </message>
    <message>
        <source>Does the bucket name end with its -APPID suffix?</source>
        <translation>存储桶名称是否以 -APPID 后缀结尾？</translation>
    </message>
    <message>
        <source>Message “AccessForbidden” (CORS request refused)</source>
        <translation>Message 为 “AccessForbidden”（跨域请求被拒绝）</translation>
    </message>
    <message>
        <source>Does the bucket have a CORS rule for this cross-origin request?</source>
        <translation>存储桶是否为此跨域请求配置了 CORS 规则？</translation>
    </message>
    <message>
        <source>Does a curl request with the page&apos;s Origin header get Access-Control-Allow-Origin back?</source>
        <translation>使用 curl 发送带有页面 Origin 头部的请求时，是否返回 Access-Control-Allow-Origin？</translation>
    </message>
    <message>
        <source>Does that rule allow the preflight&apos;s method and every header it asks for?</source>
        <translation>该规则是否允许预检请求的方法及其请求的每个头部？</translation>
    </message>
    <message>
        <source>Message “You are denied by bucket referer rule”</source>
        <translation>Message 为 “You are denied by bucket referer rule”</translation>
    </message>
    <message>
        <source>Is hotlink protection enabled on the bucket?</source>
        <translation>存储桶是否已开启防盗链？</translation>
    </message>
    <message>
        <source>Does a curl request with the page&apos;s Referer header get the object?</source>
        <translation>使用 curl 发送带有页面 Referer 头部的请求时，能否获取到对象？</translation>
    </message>
    <message>
        <source>Was the Referer empty while the hotlink settings deny empty Referer?</source>
        <translation>是否 Referer 为空，而防盗链设置拒绝空 Referer？</translation>
    </message>
    <message>
        <source>Is the list a black list with an entry that matches the page&apos;s domain?</source>
        <translation>名单是否为黑名单，且其中有条目与页面域名匹配？</translation>
    </message>
    <message>
        <source>Referer denied while empty Referer is set to Deny</source>
        <translation>Referer 被拒绝：空 Referer 设置为“拒绝”</translation>
    </message>
    <message>
        <source>Does the request carry no Referer (direct open, app or video player) while empty Referer is denied?</source>
        <translation>请求是否未携带 Referer（直接打开、App 或视频播放器），而空 Referer 被设为拒绝？</translation>
    </message>
    <message>
        <source>Referer denied by a hotlink black list</source>
        <translation>Referer 被防盗链黑名单拒绝</translation>
    </message>
    <message>
        <source>Does an entry of the black list match the Referer by prefix?</source>
        <translation>黑名单中是否有条目按前缀匹配该 Referer？</translation>
    </message>
    <message>
        <source>Message “InvalidAccessKeyId”</source>
        <translation>Message 为 “InvalidAccessKeyId”</translation>
    </message>
    <message>
        <source>Does q-ak in the Authorization equal the SecretId of the key, with the same case?</source>
        <translation>Authorization 中的 q-ak 是否与密钥的 SecretId 一致（大小写相同）？</translation>
    </message>
    <message>
        <source>Is the API key enabled in CAM console &gt; Manage API Key?</source>
        <translation>在访问管理控制台 &gt; API密钥管理页面中，该 API 密钥是否已启用？</translation>
    </message>
    <message>
        <source>Is it a temporary SecretId sent without its security token, or after it expired?</source>
        <translation>是否为临时 SecretId，但未发送其安全令牌，或在过期后才使用？</translation>
    </message>
    <message>
        <source>Message “InvalidObjectState”</source>
        <translation>Message 为 “InvalidObjectState”</translation>
    </message>
    <message>
        <source>Is the object stored as ARCHIVE or DEEP ARCHIVE without a finished restore?</source>
        <translation>对象是否为归档存储或深度归档存储类型，且尚未完成恢复？</translation>
    </message>
    <message>
        <source>Message “RequestTimeTooSkewed”</source>
        <translation>Message 为 “RequestTimeTooSkewed”</translation>
    </message>
    <message>
        <source>Is the client&apos;s current time correct (date -R on Linux, the date and time settings on Windows)?</source>
        <translation>客户端当前时间是否正确（Linux 下执行 date -R，Windows 下查看日期和时间设置）？</translation>
    </message>
    <message>
        <source>Does the client time differ from the server time by more than 15 minutes?</source>
        <translation>客户端时间与服务器时间的偏差是否超过15分钟？</translation>
    </message>
    <message>
        <source>Message “Request has expired”</source>
        <translation>Message 为 “Request has expired”</translation>
    </message>
    <message>
        <source>Was the request sent after the end time in q-sign-time?</source>
        <translation>请求是否在 q-sign-time 的结束时间之后发出？</translation>
    </message>
    <message>
        <source>Does the local system clock agree with the real time of its time zone?</source>
        <translation>本地系统时间是否与所在时区的时间一致？</translation>
    </message>
    <message>
        <source>Message “SignatureDoesNotMatch”</source>
        <translation>Message 为 “SignatureDoesNotMatch”</translation>
    </message>
    <message>
        <source>Does your signature equal the one the COS signature tool computes for the same request?</source>
        <translation>您计算的签名是否与 COS 签名工具对同一请求计算的签名一致？</translation>
    </message>
    <message>
        <source>Are the SecretId and SecretKey from the same key pair, without spaces or line breaks?</source>
        <translation>SecretId 和 SecretKey 是否属于同一密钥对，且不含空格或换行符？</translation>
    </message>
    <message>
        <source>Were all headers in q-header-list sent with the values that were signed?</source>
        <translation>q-header-list 中的所有头部是否均按签名时的值发送？</translation>
    </message>
    <message>
        <source>Temporary key token expired or invalid</source>
        <translation>临时密钥的令牌已过期或无效</translation>
    </message>
    <message>
        <source>Is the temporary key still within its validity period?</source>
        <translation>临时密钥是否仍在有效期内？</translation>
    </message>
    <message>
        <source>Is the security token sent, and from the same STS response as the SecretId and SecretKey?</source>
        <translation>是否发送了安全令牌，且它与 SecretId、SecretKey 来自同一个 STS 响应？</translation>
    </message>
    <message>
        <source>Code “DownloadForbidden” (APK or IPA on the default domain)</source>
        <translation>Code 为 “DownloadForbidden”（通过默认域名下载 APK 或 IPA）</translation>
    </message>
    <message>
        <source>Is an .apk or .ipa file requested through the default COS domain?</source>
        <translation>是否通过 COS 默认域名请求 .apk 或 .ipa 文件？</translation>
    </message>
    <message>
        <source>Code “NoSuchBucket” (bucket not found at this address)</source>
        <translation>Code 为 “NoSuchBucket”（在此地址找不到存储桶）</translation>
    </message>
    <message>
        <source>Does the endpoint&apos;s region match the bucket&apos;s region, with a virtual-hosted address?</source>
        <translation>访问域名的地域是否与存储桶所在地域一致，且使用了虚拟主机（virtual-hosted）形式的地址？</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognised code or message</source>
        <translation>无法识别错误码或错误信息的 HTTP 403</translation>
    </message>
    <message>
        <source>Is it a cross-origin browser request that CORS refused?</source>
        <translation>是否为被 CORS 拒绝的浏览器跨域请求？</translation>
    </message>
    <message>
        <source>Does hotlink protection refuse the Referer?</source>
        <translation>防盗链是否拒绝了该 Referer？</translation>
    </message>
    <message>
        <source>Was the request unsigned while the object is not public?</source>
        <translation>请求是否未签名，而对象并非公开？</translation>
    </message>
    <message>
        <source>Is the SecretId correct and its API key enabled?</source>
        <translation>SecretId 是否正确，且其 API 密钥已启用？</translation>
    </message>
    <message>
        <source>Is the client clock within 15 minutes of the server time?</source>
        <translation>客户端时间与服务器时间的偏差是否在15分钟以内？</translation>
    </message>
    <message>
        <source>Was the request sent before the end time in q-sign-time?</source>
        <translation>请求是否在 q-sign-time 的结束时间之前发出？</translation>
    </message>
    <message>
        <source>Is the signature computed with the right SecretKey?</source>
        <translation>签名是否使用正确的 SecretKey 计算？</translation>
    </message>
    <message>
        <source>Has the sub-account been granted access to this bucket?</source>
        <translation>子账号是否已获授权访问此存储桶？</translation>
    </message>
    <message>
        <source>Do the bucket ACL and policies grant the account that signs?</source>
        <translation>存储桶访问权限和策略是否已向签名账号授权？</translation>
    </message>
    <message>
        <source>Does the temporary key&apos;s policy cover this action and resource?</source>
        <translation>临时密钥的策略是否涵盖此操作和资源？</translation>
    </message>
    <message>
        <source>Is the object in ARCHIVE or DEEP ARCHIVE storage without a restore?</source>
        <translation>对象是否为归档存储或深度归档存储类型，且尚未恢复？</translation>
    </message>
    <message>
        <source>An unsigned request reached a bucket or object that is not public.</source>
        <translation>未签名的请求访问了非公开的存储桶或对象。</translation>
    </message>
    <message>
        <source>COS treats a request without a signature as anonymous. Unless the object is public-read, or a policy lets everyone read it, COS answers Access Denied.</source>
        <translation>COS 将不带签名的请求视为匿名请求。除非对象为公有读，或有策略允许所有用户读取，否则 COS 返回 Access Denied。</translation>
    </message>
    <message>
        <source>Sign the request with a key that may read the object, or hand out a presigned URL instead of the plain object URL.</source>
        <translation>使用有权读取该对象的密钥为请求签名，或提供预签名 URL 来代替普通的对象 URL。</translation>
    </message>
    <message>
        <source>If the object must be public, set public-read in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List), or on the object&apos;s own ACL.</source>
        <translation>如需公开对象，请在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 权限管理 &gt; 存储桶访问权限中将其设为公有读私有写，或在对象自身的 ACL 中进行设置。</translation>
    </message>
    <message>
        <source>Or, under Permission Policy Settings, add a policy that lets Everyone read the path: such a policy takes effect even when the bucket ACL is Private Read/Write.</source>
        <translation>或者在 Policy权限设置中添加允许所有用户读取该路径的策略：即使存储桶访问权限为私有读写，该策略也会生效。</translation>
    </message>
    <message>
        <source>The bucket ACL does not give this account the permission it needs.</source>
        <translation>存储桶访问权限未授予该账号所需的权限。</translation>
    </message>
    <message>
        <source>The account that signs the request is missing from the bucket ACL, or is listed with less than the request needs, such as read only for an upload.</source>
        <translation>签名请求的账号未列在存储桶访问权限中，或其权限低于请求所需，例如上传时只有读权限。</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List).</source>
        <translation>打开对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 权限管理 &gt; 存储桶访问权限。</translation>
    </message>
    <message>
        <source>If the account that signs is not listed, click Add User and grant it the permission the request needs.</source>
        <translation>如果签名账号未列出，请单击【添加用户】，为其授予请求所需的权限。</translation>
    </message>
    <message>
        <source>If it is listed, click Edit and check the permission: downloads need read, uploads and deletes need write.</source>
        <translation>如果已列出，请单击【编辑】并检查权限：下载需要读权限，上传和删除需要写权限。</translation>
    </message>
    <message>
        <source>No permission policy allows this account this action on this resource.</source>
        <translation>没有 Policy 授权策略允许该账号对此资源执行此操作。</translation>
    </message>
    <message>
        <source>Under Permission Policy Settings no statement allows the account that signs to perform this action on this path, or the statement names other actions or paths.</source>
        <translation>Policy权限设置中没有任何语句允许签名账号对此路径执行此操作，或者相关语句指定的是其他操作或路径。</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</source>
        <translation>打开对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 权限管理 &gt; Policy权限设置。</translation>
    </message>
    <message>
        <source>If no policy covers the account that signs the request, click Add Policy and allow the actions the request uses.</source>
        <translation>如果没有策略涵盖签名请求的账号，请单击【添加策略】，允许请求所用的操作。</translation>
    </message>
    <message>
        <source>If a policy exists, click Edit and compare its actions and resource paths with the request.</source>
        <translation>如果已有策略，请单击【编辑】，将其操作和资源路径与请求进行对比。</translation>
    </message>
    <message>
        <source>A policy for a specified user takes priority over one for Everyone, so check the user&apos;s own statements first.</source>
        <translation>“指定用户”策略的优先级高于“所有用户”策略，因此请先检查该用户自身的语句。</translation>
    </message>
    <message>
        <source>A Deny statement for this account overrides its Allow.</source>
        <translation>针对该账号的禁止（Deny）语句优先于其允许（Allow）语句。</translation>
    </message>
    <message>
        <source>When different policies allow and deny the same action for the same sub-account, COS denies the request.</source>
        <translation>如果不同策略对同一子账号的同一操作既允许又禁止，COS 会拒绝该请求。</translation>
    </message>
    <message>
        <source>Look for Deny statements in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings and in the CAM policies of the sub-account.</source>
        <translation>在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 权限管理 &gt; Policy权限设置中，以及该子账号的 CAM 策略中查找 Deny 语句。</translation>
    </message>
    <message>
        <source>Remove or narrow the Deny that covers this action and path, or accept the denial as intended.</source>
        <translation>删除涵盖此操作和路径的 Deny 语句或缩小其范围；如果该拒绝符合预期，则保持不变。</translation>
    </message>
    <message>
        <source>Retry the request after the change has been saved.</source>
        <translation>保存更改后重试请求。</translation>
    </message>
    <message>
        <source>The key belongs to another account, and cross-account access is not granted.</source>
        <translation>密钥属于其他账号，且未进行跨账号授权。</translation>
    </message>
    <message>
        <source>The SecretId in q-ak decides which account signs. A key of another account, or of its sub-account, gets no access to the bucket until the bucket owner grants it.</source>
        <translation>q-ak 中的 SecretId 决定由哪个账号签名。其他账号或其子账号的密钥，在存储桶所有者授权之前无法访问该存储桶。</translation>
    </message>
    <message>
        <source>Compare the SecretId in q-ak (case-sensitive) with the keys of the bucket owner&apos;s account in CAM console &gt; Manage API Key.</source>
        <translation>将 q-ak 中的 SecretId（区分大小写）与访问管理控制台 &gt; API密钥管理页面中存储桶所属账号的密钥进行对比。</translation>
    </message>
    <message>
        <source>If the request should use the owner&apos;s key, switch to that key.</source>
        <translation>如果请求应使用存储桶所有者的密钥，请改用该密钥。</translation>
    </message>
    <message>
        <source>If access from another account is intended, have the bucket owner grant that account in the bucket policy, then let that account grant its sub-account in CAM.</source>
        <translation>如果确需跨账号访问，请由存储桶所有者在存储桶策略中向该账号授权，再由该账号在 CAM 中向其子账号授权。</translation>
    </message>
    <message>
        <source>The sub-account has no permission for this bucket or action.</source>
        <translation>子账号没有此存储桶或此操作的权限。</translation>
    </message>
    <message>
        <source>A sub-account starts without COS permissions. The root account must grant them in CAM, or in the bucket ACL or permission policy.</source>
        <translation>子账号默认没有 COS 权限，需由主账号在 CAM 中，或在存储桶访问权限或 Policy 授权策略中授予。</translation>
    </message>
    <message>
        <source>In the CAM console, check the policies of the sub-account and its user groups, and add one that allows the needed COS actions on this bucket.</source>
        <translation>在访问管理控制台中检查该子账号及其所属用户组的策略，并添加允许对此存储桶执行所需 COS 操作的策略。</translation>
    </message>
    <message>
        <source>Or grant the sub-account in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List) or Permission Policy Settings.</source>
        <translation>或者在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 权限管理 &gt; 存储桶访问权限或 Policy权限设置中为该子账号授权。</translation>
    </message>
    <message>
        <source>Make sure no Deny statement for the same sub-account cancels the grant.</source>
        <translation>确保没有针对同一子账号的 Deny 语句抵消该授权。</translation>
    </message>
    <message>
        <source>The temporary key&apos;s policy does not cover this action or resource.</source>
        <translation>临时密钥的策略未涵盖此操作或资源。</translation>
    </message>
    <message>
        <source>A temporary key can only do what the policy passed when it was issued allows. Other actions, buckets or paths are denied, even if the account behind it may use them.</source>
        <translation>临时密钥只能执行申请时所传策略允许的操作。其他操作、存储桶或路径都会被拒绝，即使其背后的账号有权使用。</translation>
    </message>
    <message>
        <source>Check the policy your server passes when it requests the temporary key: the actions (such as name/cos:PutObject) and the resource paths (qcs::cos:region:uid/APPID:bucket-APPID/prefix*).</source>
        <translation>检查服务端申请临时密钥时传入的策略：操作（如 name/cos:PutObject）和资源路径（qcs::cos:region:uid/APPID:bucket-APPID/prefix*）。</translation>
    </message>
    <message>
        <source>Add the missing action or path, issue a new temporary key and retry.</source>
        <translation>补充缺少的操作或路径，重新申请临时密钥后重试。</translation>
    </message>
    <message>
        <source>A policy condition on source IP or VPC does not match this request.</source>
        <translation>策略中关于来源 IP 或 VPC 的条件与此请求不匹配。</translation>
    </message>
    <message>
        <source>A bucket policy can limit a statement with qcs:ip or qcs:vpc. A request from another address or network falls outside the Allow, or inside a Deny.</source>
        <translation>存储桶策略可以通过 qcs:ip 或 qcs:vpc 限制语句。来自其他地址或网络的请求不在 Allow 的范围内，或落入 Deny 的范围。</translation>
    </message>
    <message>
        <source>Read the conditions in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</source>
        <translation>在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 权限管理 &gt; Policy权限设置中查看这些条件。</translation>
    </message>
    <message>
        <source>Compare them with the client&apos;s public IP address or VPC.</source>
        <translation>将其与客户端的公网 IP 地址或 VPC 进行对比。</translation>
    </message>
    <message>
        <source>Add the address or VPC to the condition, or send the request from an allowed network.</source>
        <translation>将该地址或 VPC 添加到条件中，或从允许的网络发送请求。</translation>
    </message>
    <message>
        <source>No CORS rule on the bucket allows this origin and method.</source>
        <translation>存储桶上没有允许此来源和方法的 CORS 规则。</translation>
    </message>
    <message>
        <source>COS refuses a cross-origin request with AccessForbidden when the bucket has no CORS rule, or when no rule lists the page&apos;s origin and method.</source>
        <translation>如果存储桶没有 CORS 规则，或没有规则列出页面的来源和方法，COS 会以 AccessForbidden 拒绝跨域请求。</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing).</source>
        <translation>打开对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 安全管理 &gt; 跨域访问CORS设置。</translation>
    </message>
    <message>
        <source>Add a rule whose Allowed Origin is the page&apos;s origin with scheme and port, such as https://app.example.com, and the methods the page uses.</source>
        <translation>添加一条规则，将来源 Origin 设为页面的来源（包括协议和端口，如 https://app.example.com），并允许页面使用的方法。</translation>
    </message>
    <message>
        <source>Test with curl -v and an Origin header set to that origin: a matching rule returns Access-Control-Allow-Origin.</source>
        <translation>使用 curl -v 并将 Origin 头部设为该来源进行测试：如果规则匹配，会返回 Access-Control-Allow-Origin。</translation>
    </message>
    <message>
        <source>The browser console hides the response body; read it in the Network tab to see the code COS returned.</source>
        <translation>浏览器控制台不显示响应体；请在 Network（网络）选项卡中查看，以了解 COS 返回的错误码。</translation>
    </message>
    <message>
        <source>The CORS preflight was refused: the method or a requested header is not allowed.</source>
        <translation>CORS 预检请求被拒绝：方法或所请求的头部不被允许。</translation>
    </message>
    <message>
        <source>Before uploads and requests with custom headers the browser sends an OPTIONS preflight. COS refuses it unless one rule allows the origin, the method in Access-Control-Request-Method and every header in Access-Control-Request-Headers.</source>
        <translation>在上传以及发送带自定义头部的请求之前，浏览器会先发送 OPTIONS 预检请求。除非有一条规则同时允许该来源、Access-Control-Request-Method 中的方法以及 Access-Control-Request-Headers 中的每个头部，否则 COS 会拒绝该预检请求。</translation>
    </message>
    <message>
        <source>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing), edit the rule for the page&apos;s origin.</source>
        <translation>在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 安全管理 &gt; 跨域访问CORS设置中，编辑页面来源对应的规则。</translation>
    </message>
    <message>
        <source>Add the method the page uses, such as PUT, POST or DELETE, to the allowed methods.</source>
        <translation>将页面使用的方法（如 PUT、POST 或 DELETE）添加到允许的方法（Allow-Methods）中。</translation>
    </message>
    <message>
        <source>Add every requested header to the allowed headers, such as content-type, x-cos-security-token and x-cos-meta-*, or allow *.</source>
        <translation>将所请求的每个头部（如 content-type、x-cos-security-token 和 x-cos-meta-*）添加到允许的头部（Allow-Headers）中，或允许 *。</translation>
    </message>
    <message>
        <source>Send the OPTIONS request again with curl, using the same Origin, Access-Control-Request-Method and Access-Control-Request-Headers.</source>
        <translation>使用相同的 Origin、Access-Control-Request-Method 和 Access-Control-Request-Headers，通过 curl 再次发送 OPTIONS 请求。</translation>
    </message>
    <message>
        <source>The Referer is not on the bucket&apos;s hotlink white list.</source>
        <translation>Referer 不在存储桶的防盗链白名单中。</translation>
    </message>
    <message>
        <source>With a white list, COS serves an unsigned request only when its Referer matches a listed entry by prefix. An entry without a scheme covers http and https; an entry with a port covers only that port.</source>
        <translation>使用白名单时，只有当未签名请求的 Referer 按前缀匹配名单中的某个条目时，COS 才会响应该请求。不带协议的条目同时涵盖 http 和 https；带端口的条目仅涵盖该端口。</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</source>
        <translation>打开对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 安全管理 &gt; 防盗链设置。</translation>
    </message>
    <message>
        <source>Compare the Referer the page sends with the listed entries, including subdomains (*.example.com) and ports.</source>
        <translation>将页面发送的 Referer 与名单中的条目进行对比，包括子域名（*.example.com）和端口。</translation>
    </message>
    <message>
        <source>Add the missing domain and save.</source>
        <translation>添加缺少的域名并保存。</translation>
    </message>
    <message>
        <source>Test with curl -v and a Referer header set to that value.</source>
        <translation>使用 curl -v 并将 Referer 头部设为该值进行测试。</translation>
    </message>
    <message>
        <source>Servers can sign their requests instead: COS checks hotlink rules only for unsigned requests.</source>
        <translation>服务端也可以改为对请求签名：COS 只对未签名的请求检查防盗链规则。</translation>
    </message>
    <message>
        <source>The request had no Referer, and the hotlink settings deny an empty Referer.</source>
        <translation>请求未携带 Referer，而防盗链设置拒绝空 Referer。</translation>
    </message>
    <message>
        <source>A link opened in the address bar, and many apps and video players, send no Referer. COS denies such requests unless empty Referer is set to Allow; the default is Deny.</source>
        <translation>在地址栏中直接打开的链接，以及许多 App 和视频播放器，都不会发送 Referer。除非将空 Referer 设为“允许”，否则 COS 会拒绝此类请求；默认为“拒绝”。</translation>
    </message>
    <message>
        <source>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection, allow empty Referer if direct opening must work.</source>
        <translation>如需支持直接打开，请在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 安全管理 &gt; 防盗链设置中允许空 Referer。</translation>
    </message>
    <message>
        <source>Otherwise load the file from a page on a listed domain, or give such clients a presigned URL, which hotlink rules do not check.</source>
        <translation>否则，请从名单内域名下的页面加载该文件，或为此类客户端提供预签名 URL（防盗链规则不检查预签名 URL）。</translation>
    </message>
    <message>
        <source>The Referer matches an entry on the hotlink black list.</source>
        <translation>Referer 与防盗链黑名单中的条目匹配。</translation>
    </message>
    <message>
        <source>With a black list, COS denies unsigned requests whose Referer matches an entry by prefix, so www.example.com also catches www.example.com.cn.</source>
        <translation>使用黑名单时，COS 会拒绝 Referer 按前缀匹配某个条目的未签名请求，因此 www.example.com 也会匹配 www.example.com.cn。</translation>
    </message>
    <message>
        <source>Check the black list in COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</source>
        <translation>在对象存储控制台 &gt; 存储桶列表 &gt; （存储桶） &gt; 安全管理 &gt; 防盗链设置中检查黑名单。</translation>
    </message>
    <message>
        <source>Remove or narrow the entry that matches the page&apos;s domain, then save.</source>
        <translation>删除与页面域名匹配的条目或缩小其范围，然后保存。</translation>
    </message>
    <message>
        <source>The SecretId in q-ak is wrong, or its API key is disabled or deleted.</source>
        <translation>q-ak 中的 SecretId 有误，或其 API 密钥已被禁用或删除。</translation>
    </message>
    <message>
        <source>COS found no enabled API key for the q-ak value. It is case-sensitive, so a typo, a stray space or quote, or a disabled key all give InvalidAccessKeyId.</source>
        <translation>COS 找不到与 q-ak 值对应的已启用 API 密钥。该值区分大小写，因此拼写错误、多余的空格或引号，或密钥已禁用，都会导致 InvalidAccessKeyId。</translation>
    </message>
    <message>
        <source>Compare q-ak in the Authorization header or URL with the SecretId shown in CAM console &gt; Manage API Key.</source>
        <translation>将 Authorization 头部或 URL 中的 q-ak 与访问管理控制台 &gt; API密钥管理页面中显示的 SecretId 进行对比。</translation>
    </message>
    <message>
        <source>Remove spaces, quotes and line breaks that came in with a config file or environment variable.</source>
        <translation>删除从配置文件或环境变量中带入的空格、引号和换行符。</translation>
    </message>
    <message>
        <source>If the key is disabled, enable it; if it was deleted, create a new key and update the client.</source>
        <translation>如果密钥已禁用，请启用；如果已删除，请新建密钥并更新客户端。</translation>
    </message>
    <message>
        <source>The temporary key has expired, or its security token is missing or does not match.</source>
        <translation>临时密钥已过期，或其安全令牌缺失或不匹配。</translation>
    </message>
    <message>
        <source>A temporary SecretId works only with its token, sent as x-cos-security-token, and only until the key expires: 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account.</source>
        <translation>临时 SecretId 只有与其令牌（通过 x-cos-security-token 发送）一起使用才有效，且仅在密钥过期前有效：默认30分钟，主账号最长2小时，子账号最长36小时。</translation>
    </message>
    <message>
        <source>Send the token from the same STS response as the x-cos-security-token header, or as a URL parameter of that name in presigned URLs.</source>
        <translation>将同一 STS 响应中的令牌作为 x-cos-security-token 头部发送；对于预签名 URL，则作为同名 URL 参数发送。</translation>
    </message>
    <message>
        <source>Check the key&apos;s expiry time and fetch a new temporary key before it ends.</source>
        <translation>检查密钥的过期时间，并在过期前获取新的临时密钥。</translation>
    </message>
    <message>
        <source>Do not mix the SecretId, SecretKey and token of different STS responses.</source>
        <translation>不要混用来自不同 STS 响应的 SecretId、SecretKey 和令牌。</translation>
    </message>
    <message>
        <source>Give presigned URLs a validity that ends before the temporary key does.</source>
        <translation>预签名 URL 的有效期应在临时密钥过期之前结束。</translation>
    </message>
    <message>
        <source>The client clock is off by more than COS allows.</source>
        <translation>客户端时钟的偏差超出了 COS 允许的范围。</translation>
    </message>
    <message>
        <source>COS compares the signature time with its own clock. A clock off by more than 15 minutes gets RequestTimeTooSkewed, and a wrong clock can also make a fresh signature look expired.</source>
        <translation>COS 会将签名时间与自身时钟进行比较。时间偏差超过15分钟会收到 RequestTimeTooSkewed；时钟错误还可能使刚生成的签名被视为已过期。</translation>
    </message>
    <message>
        <source>Read the client time: run date -R on Linux, or open Control Panel &gt; Clock, Language, and Region &gt; Set the time and date on Windows.</source>
        <translation>查看客户端时间：在 Linux 上执行 date -R；在 Windows 上打开控制面板 &gt; 时钟、语言和区域 &gt; 设置日期和时间。</translation>
    </message>
    <message>
        <source>Compare it with the Date header of any COS response.</source>
        <translation>将其与任一 COS 响应的 Date 头部进行对比。</translation>
    </message>
    <message>
        <source>Turn on automatic time sync (NTP) and retry; the JS SDK can also correct the offset with CorrectClockSkew.</source>
        <translation>开启自动时间同步（NTP）后重试；JS SDK 也可以通过 CorrectClockSkew 校正时间偏差。</translation>
    </message>
    <message>
        <source>The signature or presigned URL was used after its validity ended.</source>
        <translation>签名或预签名 URL 在有效期结束后才被使用。</translation>
    </message>
    <message>
        <source>A COS signature is valid only between the two times in q-sign-time. A request sent after the end time gets Request has expired.</source>
        <translation>COS 签名仅在 q-sign-time 中的两个时间之间有效。在结束时间之后发送的请求会收到 Request has expired。</translation>
    </message>
    <message>
        <source>Read q-sign-time in the Authorization header or URL: the second number is the end time in Unix seconds.</source>
        <translation>查看 Authorization 头部或 URL 中的 q-sign-time：第二个数字是结束时间（Unix 时间戳，单位为秒）。</translation>
    </message>
    <message>
        <source>Sign again just before sending, or give presigned URLs a longer validity.</source>
        <translation>在即将发送前重新签名，或为预签名 URL 设置更长的有效期。</translation>
    </message>
    <message>
        <source>Do not reuse signed headers or URLs after their end time.</source>
        <translation>不要在结束时间之后继续使用已签名的头部或 URL。</translation>
    </message>
    <message>
        <source>The SecretKey does not belong to the SecretId, or has extra characters.</source>
        <translation>SecretKey 与 SecretId 不属于同一密钥，或含有多余字符。</translation>
    </message>
    <message>
        <source>COS recomputes the signature with the SecretKey of the key named in q-ak. Another SecretKey, a typo or surrounding whitespace gives SignatureDoesNotMatch.</source>
        <translation>COS 会使用 q-ak 所指密钥的 SecretKey 重新计算签名。使用其他 SecretKey、存在拼写错误或首尾空白，都会导致 SignatureDoesNotMatch。</translation>
    </message>
    <message>
        <source>Copy the SecretKey again from CAM console &gt; Manage API Key, from the same row as the SecretId you use.</source>
        <translation>在访问管理控制台 &gt; API密钥管理页面中，从所用 SecretId 的同一行重新复制 SecretKey。</translation>
    </message>
    <message>
        <source>Trim spaces and line breaks from values read from files or environment variables.</source>
        <translation>去除从文件或环境变量中读取的值里的空格和换行符。</translation>
    </message>
    <message>
        <source>Check with the COS signature tool: with the right key pair and request it produces your q-signature.</source>
        <translation>使用 COS 签名工具进行检查：使用正确的密钥对和请求时，它生成的签名应与您的 q-signature 一致。</translation>
    </message>
    <message>
        <source>The client builds the string to sign differently from COS.</source>
        <translation>客户端构造待签名字符串的方式与 COS 不同。</translation>
    </message>
    <message>
        <source>COS signs the lower-case method, the raw unencoded path, sorted lower-case encoded parameters and headers, and q-sign-time. Any difference, often around special characters in the object key, changes the signature.</source>
        <translation>COS 签名的内容包括：小写的方法、未编码的原始路径、经编码并排序的小写参数和头部，以及 q-sign-time。任何差异（常见于对象键中的特殊字符）都会改变签名。</translation>
    </message>
    <message>
        <source>Run the same request through the COS signature tool and compare HttpString and StringToSign with yours line by line.</source>
        <translation>用 COS 签名工具处理同一请求，将 HttpString 和 StringToSign 与您的结果逐行对比。</translation>
    </message>
    <message>
        <source>Keep the path unencoded in HttpString, lower-case the encoded parameter and header names, and URL-encode values by RFC 3986, so that a space never becomes a plus sign.</source>
        <translation>HttpString 中的路径保持不编码，将编码后的参数名和头部名转为小写，并按 RFC 3986 对值进行 URL 编码，确保空格不会变成加号。</translation>
    </message>
    <message>
        <source>Prefer an official SDK, which already signs this way.</source>
        <translation>建议优先使用官方 SDK，它已按此方式签名。</translation>
    </message>
    <message>
        <source>A signed header was changed after signing.</source>
        <translation>已签名的头部在签名后被修改。</translation>
    </message>
    <message>
        <source>COS checks every header named in q-header-list. If a proxy, CDN, custom domain or browser changes Host, Content-Type or another signed header, the signature no longer matches.</source>
        <translation>COS 会校验 q-header-list 中列出的每个头部。如果代理、CDN、自定义域名或浏览器修改了 Host、Content-Type 或其他已签名的头部，签名就不再匹配。</translation>
    </message>
    <message>
        <source>Compare q-header-list with the headers actually sent, for example with curl -v.</source>
        <translation>将 q-header-list 与实际发送的头部进行对比，例如使用 curl -v。</translation>
    </message>
    <message>
        <source>Sign the Host the request really reaches: a custom domain or CDN host differs from the default bucket host.</source>
        <translation>对请求实际到达的 Host 进行签名：自定义域名或 CDN 域名与存储桶默认域名不同。</translation>
    </message>
    <message>
        <source>Set Content-Type before signing so that no other value is added later.</source>
        <translation>在签名前设置 Content-Type，以免之后被添加其他值。</translation>
    </message>
    <message>
        <source>Sign only headers that reach COS unchanged.</source>
        <translation>仅对能原样到达 COS 的头部签名。</translation>
    </message>
    <message>
        <source>The object is in ARCHIVE or DEEP ARCHIVE storage and has not been restored.</source>
        <translation>对象为归档存储或深度归档存储类型，且尚未恢复。</translation>
    </message>
    <message>
        <source>Objects in the archive storage classes cannot be read directly. A restore first makes a temporary readable copy.</source>
        <translation>归档类存储类型中的对象无法直接读取，需先恢复，生成一个可读取的临时副本。</translation>
    </message>
    <message>
        <source>Send a HEAD request and read x-cos-storage-class.</source>
        <translation>发送 HEAD 请求，查看 x-cos-storage-class。</translation>
    </message>
    <message>
        <source>Restore the object with POST Object restore, or in the console, and wait until x-cos-restore shows ongoing-request=false.</source>
        <translation>通过 POST Object restore 或在控制台中恢复对象，并等待 x-cos-restore 显示 ongoing-request=false。</translation>
    </message>
    <message>
        <source>Read the object while the restored copy lasts; restore it again after the copy expires.</source>
        <translation>在恢复副本有效期内读取对象；副本过期后需重新恢复。</translation>
    </message>
    <message>
        <source>The request went to the wrong region or host form for this bucket.</source>
        <translation>请求发往了错误的地域，或使用了不适用于此存储桶的域名形式。</translation>
    </message>
    <message>
        <source>A bucket lives in one region and is reached at BucketName-APPID.cos.region.myqcloud.com; another region&apos;s endpoint does not find it. Buckets created after 2024-01-01 also refuse path-style addresses.</source>
        <translation>存储桶位于某一地域，需通过 BucketName-APPID.cos.region.myqcloud.com 访问；使用其他地域的访问域名找不到该存储桶。此外，2024-01-01 之后创建的存储桶不支持路径（path-style）形式的地址。</translation>
    </message>
    <message>
        <source>Look up the bucket&apos;s region in COS console &gt; Bucket List, or read x-cos-bucket-region from a HEAD Bucket request.</source>
        <translation>在对象存储控制台 &gt; 存储桶列表中查看存储桶所在地域，或从 HEAD Bucket 请求的响应中读取 x-cos-bucket-region。</translation>
    </message>
    <message>
        <source>Set that region in the client, or use the host BucketName-APPID.cos.region.myqcloud.com.</source>
        <translation>在客户端中设置该地域，或使用域名 BucketName-APPID.cos.region.myqcloud.com。</translation>
    </message>
    <message>
        <source>Use the bucket in the host name, not cos.region.myqcloud.com/bucket.</source>
        <translation>将存储桶名称放在域名中，而不是使用 cos.region.myqcloud.com/bucket。</translation>
    </message>
    <message>
        <source>The bucket name lacks its -APPID suffix.</source>
        <translation>存储桶名称缺少 -APPID 后缀。</translation>
    </message>
    <message>
        <source>A COS bucket name has the form BucketName-APPID, such as examplebucket-1250000000. Without the APPID it does not name your bucket.</source>
        <translation>COS 存储桶名称的格式为 BucketName-APPID，例如 examplebucket-1250000000。缺少 APPID 则无法指向您的存储桶。</translation>
    </message>
    <message>
        <source>Copy the full bucket name from COS console &gt; Bucket List.</source>
        <translation>从对象存储控制台 &gt; 存储桶列表中复制完整的存储桶名称。</translation>
    </message>
    <message>
        <source>Use that full name in the SDK settings and in the host name.</source>
        <translation>在 SDK 配置和域名中使用该完整名称。</translation>
    </message>
    <message>
        <source>APK and IPA files cannot be downloaded from the default COS domain.</source>
        <translation>无法通过 COS 默认域名下载 APK 和 IPA 文件。</translation>
    </message>
    <message>
        <source>For buckets created after 2024-01-01, COS refuses to serve .apk and .ipa files through the default domain and returns DownloadForbidden.</source>
        <translation>对于 2024-01-01 之后创建的存储桶，COS 拒绝通过默认域名提供 .apk 和 .ipa 文件，并返回 DownloadForbidden。</translation>
    </message>
    <message>
        <source>Bind a custom domain to the bucket.</source>
        <translation>为存储桶绑定自定义域名。</translation>
    </message>
    <message>
        <source>Publish the download links on that domain instead of the default bucket host.</source>
        <translation>使用该域名而非存储桶默认域名发布下载链接。</translation>
    </message>
    <message>
        <source>Code “PathStyleDomainForbidden” (path-style address refused)</source>
        <translation>错误码“PathStyleDomainForbidden”（拒绝路径形式的访问地址）</translation>
    </message>
    <message>
        <source>Does the request name the bucket in the path (cos.region.myqcloud.com/bucket) instead of in the host name?</source>
        <translation>请求是否把存储桶写在路径中（cos.region.myqcloud.com/bucket），而不是写在域名中？</translation>
    </message>
    <message>
        <source>Message “Missing required header for this request: Appid”</source>
        <translation>Message 为“Missing required header for this request: Appid”</translation>
    </message>
    <message>
        <source>Message “You do not have permission to get URL … from this server” (legacy JSON API host)</source>
        <translation>Message 为“You do not have permission to get URL … from this server”（旧版 JSON API 域名）</translation>
    </message>
    <message>
        <source>Does the client call the legacy JSON API (region.file.myqcloud.com/files/v2/…) with a region code it does not accept?</source>
        <translation>客户端是否在调用旧版 JSON API（region.file.myqcloud.com/files/v2/…），且使用了它不接受的地域代码？</translation>
    </message>
    <message>
        <source>The client calls the legacy COS JSON API, which this host or region does not serve.</source>
        <translation>客户端调用的是旧版 COS JSON API，而该域名或地域不提供此服务。</translation>
    </message>
    <message>
        <source>Old SDKs and plugins send requests to region.file.myqcloud.com/files/v2/APPID/bucket with the legacy short region codes (sh, gz, bj); the host refuses a path it does not serve with a permission message.</source>
        <translation>旧版 SDK 和插件会用旧的地域简称（sh、gz、bj）向 region.file.myqcloud.com/files/v2/APPID/bucket 发送请求；该域名对其不提供的路径会返回权限错误信息。</translation>
    </message>
    <message>
        <source>Move the client to a COS XML API SDK, which uses BucketName-APPID.cos.region.myqcloud.com.</source>
        <translation>将客户端迁移到使用 BucketName-APPID.cos.region.myqcloud.com 的 COS XML API SDK。</translation>
    </message>
    <message>
        <source>If the legacy client must stay, give it the short region code it expects for the bucket&apos;s region.</source>
        <translation>如果必须继续使用旧版客户端，请为存储桶所在地域填写它所要求的地域简称。</translation>
    </message>
    <message>
        <source>If the ACL and the policies grant the account and it is not a cross-account access, contact Tencent Cloud support.</source>
        <translation>如果 ACL 和策略都已为该账号授权，且不是跨账号访问，请联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>If hotlink protection is not enabled on the bucket, contact Tencent Cloud support.</source>
        <translation>如果存储桶未开启防盗链，请联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>If q-ak is right and the API key is enabled, contact Tencent Cloud support.</source>
        <translation>如果 q-ak 填写正确且 API 密钥已启用，请联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>If the object is not in ARCHIVE or DEEP ARCHIVE storage, contact Tencent Cloud support.</source>
        <translation>如果对象不是归档或深度归档存储类型，请联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>If the client time is within 15 minutes of the server time, contact Tencent Cloud support.</source>
        <translation>如果客户端时间与服务器时间相差不超过 15 分钟，请联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>If the request still fails after you set the signature&apos;s validity again and synchronised the clock, contact Tencent Cloud support.</source>
        <translation>如果重新设置签名有效时间并同步时间后请求仍然失败，请联系腾讯云技术支持。</translation>
    </message>
    <message>
        <source>If your signature equals the one the COS signature tool computes, contact Tencent Cloud support.</source>
        <translation>如果您的签名与 COS 签名工具计算的签名一致，请联系腾讯云技术支持。</translation>
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
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Discard this diagnosis and the results of its checks?</source>
        <translation>放弃本次诊断及其检查结果吗？</translation>
    </message>
    <message>
        <source>Ne&amp;w diagnosis</source>
        <translation>新诊断(&amp;W)</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>新诊断</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The report is on the clipboard, as Markdown.</source>
        <translation>报告已以 Markdown 格式复制到剪贴板。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>报告 (*.%1)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>This is what leaves the app, secrets removed. Save it or copy it for a support ticket.</source>
        <translation>以下是将从应用导出的内容，已移除密钥等敏感信息。可保存或复制，用于提交工单。</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>已移除的内容</translation>
    </message>
    <message>
        <source>Save &amp;Markdown…</source>
        <translation>保存 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>保存 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>保存 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GuideQuestionWidget</name>
    <message>
        <source>Step %1 of %2: your answer</source>
        <translation>第 %1 步（共 %2 步）：请您回答</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>请您回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Yes, to: %1</source>
        <translation>是，回答：%1</translation>
    </message>
    <message>
        <source>No, to: %1</source>
        <translation>否，回答：%1</translation>
    </message>
    <message>
        <source>Don&apos;t know, to: %1</source>
        <translation>不知道，回答：%1</translation>
    </message>
</context>
<context>
    <name>OssTree</name>
    <message>
        <source>AccessDenied: “The bucket you are attempting to access must be addressed using the specified endpoint”</source>
        <translation>AccessDenied：“The bucket you are attempting to access must be addressed using the specified endpoint”</translation>
    </message>
    <message>
        <source>Does the endpoint the client uses match the Endpoint element of the error body?</source>
        <translation>客户端使用的Endpoint（访问域名）是否与错误响应体中的Endpoint元素一致？</translation>
    </message>
    <message>
        <source>With V4 signatures, does the region in the signature match the bucket&apos;s region?</source>
        <translation>使用V4签名时，签名中的地域是否与Bucket所在地域一致？</translation>
    </message>
    <message>
        <source>AccessDenied: “This request is forbidden by kms”</source>
        <translation>AccessDenied：“This request is forbidden by kms”</translation>
    </message>
    <message>
        <source>May the requester use the CMK that encrypts the object or the bucket?</source>
        <translation>请求者是否有权使用加密该Object或Bucket的CMK？</translation>
    </message>
    <message>
        <source>Is KMS activated for the account?</source>
        <translation>该账号是否已开通KMS服务？</translation>
    </message>
    <message>
        <source>AccessDenied: “AccessDenied”</source>
        <translation>AccessDenied：“AccessDenied”</translation>
    </message>
    <message>
        <source>Are the AccessKey ID and secret those of the account or RAM user meant to access this bucket?</source>
        <translation>AccessKey ID和AccessKey Secret是否属于应访问此Bucket的阿里云账号或RAM用户？</translation>
    </message>
    <message>
        <source>Does the RAM user have permission for this operation on the bucket or object?</source>
        <translation>RAM用户是否拥有对该Bucket或Object执行此操作的权限？</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to a resource that is not public?</source>
        <translation>是否在未签名的情况下访问了非公开的资源？</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the request, or leave it out?</source>
        <translation>Bucket授权策略是否拒绝了该请求，或未涵盖该请求？</translation>
    </message>
    <message>
        <source>Does the ACL of the bucket or object refuse this access?</source>
        <translation>Bucket或Object的ACL是否拒绝了此访问？</translation>
    </message>
    <message>
        <source>With STS credentials, does the Policy of the AssumeRole call allow the action too?</source>
        <translation>使用STS临时访问凭证时，AssumeRole调用中的Policy是否也允许该操作？</translation>
    </message>
    <message>
        <source>Do the source IP or VPC conditions of the policies match the request?</source>
        <translation>策略中的来源IP或VPC条件是否与请求相符？</translation>
    </message>
    <message>
        <source>Is a new account reaching a mainland China bucket through its default public domain?</source>
        <translation>是否为新账号通过默认外网域名访问中国内地地域的Bucket？</translation>
    </message>
    <message>
        <source>AccessDenied: “You have no right to access this object”</source>
        <translation>AccessDenied：“You have no right to access this object”</translation>
    </message>
    <message>
        <source>Does a RAM policy of the user allow this operation on the object?</source>
        <translation>该用户的RAM Policy是否允许对该Object执行此操作？</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the operation, or leave the user out?</source>
        <translation>Bucket授权策略是否拒绝了该操作，或未将该用户包含在内？</translation>
    </message>
    <message>
        <source>With STS credentials, does the Policy of the AssumeRole call allow it too?</source>
        <translation>使用STS临时访问凭证时，AssumeRole调用中的Policy是否也允许该操作？</translation>
    </message>
    <message>
        <source>AccessDenied: “Anonymous user has no right to access this bucket” or “Anonymous access is forbidden for this operation”</source>
        <translation>AccessDenied：“Anonymous user has no right to access this bucket”或“Anonymous access is forbidden for this operation”</translation>
    </message>
    <message>
        <source>Was the request sent without a signature?</source>
        <translation>请求是否未经签名发送？</translation>
    </message>
    <message>
        <source>Does a bucket policy grant this operation to anonymous users?</source>
        <translation>Bucket授权策略是否向匿名用户授予了此操作？</translation>
    </message>
    <message>
        <source>AccessDenied: “Anonymous user has no right to access this object”</source>
        <translation>AccessDenied：“Anonymous user has no right to access this object”</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to an object that is not public?</source>
        <translation>是否在未签名的情况下访问了非公开的Object？</translation>
    </message>
    <message>
        <source>Does a bucket policy or a public-read ACL give anonymous users this object?</source>
        <translation>Bucket授权策略或公共读ACL是否允许匿名用户访问此Object？</translation>
    </message>
    <message>
        <source>AccessDenied: “You are denied by bucket referer policy”</source>
        <translation>AccessDenied：“You are denied by bucket referer policy”</translation>
    </message>
    <message>
        <source>Is the request anonymous or a signed URL? Requests signed in the Authorization header skip the Referer check.</source>
        <translation>请求是匿名请求还是签名URL？通过Authorization头部签名的请求会跳过Referer校验。</translation>
    </message>
    <message>
        <source>Does the Referer match an entry of the whitelist?</source>
        <translation>Referer是否与白名单中的某个条目匹配？</translation>
    </message>
    <message>
        <source>Does the Referer match an entry of the blacklist?</source>
        <translation>Referer是否与黑名单中的某个条目匹配？</translation>
    </message>
    <message>
        <source>Was the Referer empty while empty Referers are not allowed?</source>
        <translation>是否Referer为空，而防盗链设置不允许空Referer？</translation>
    </message>
    <message>
        <source>EC 0003-00000502: Referer in the blacklist</source>
        <translation>EC 0003-00000502：Referer在黑名单中</translation>
    </message>
    <message>
        <source>Which entry of the blacklist matches the request&apos;s Referer?</source>
        <translation>黑名单中哪个条目与请求的Referer匹配？</translation>
    </message>
    <message>
        <source>Empty Referer not allowed by the hotlink settings</source>
        <translation>防盗链设置不允许空Referer</translation>
    </message>
    <message>
        <source>Does the request carry no Referer while empty Referers are not allowed and the whitelist is not empty?</source>
        <translation>请求是否未携带Referer，而防盗链不允许空Referer且白名单不为空？</translation>
    </message>
    <message>
        <source>AccessDenied: “Invalid according to Policy: Policy expired”</source>
        <translation>AccessDenied：“Invalid according to Policy: Policy expired”</translation>
    </message>
    <message>
        <source>Has the expiration in the PostObject policy passed?</source>
        <translation>PostObject Policy中的expiration是否已过？</translation>
    </message>
    <message>
        <source>Is the clock of the server that writes the policy correct?</source>
        <translation>生成Policy的服务器时钟是否正确？</translation>
    </message>
    <message>
        <source>AccessDenied: “Policy Condition failed” on $Content-Type</source>
        <translation>AccessDenied：“Policy Condition failed”（$Content-Type）</translation>
    </message>
    <message>
        <source>Does the Content-Type of the upload equal the one the policy requires?</source>
        <translation>上传的Content-Type是否与Policy要求的一致？</translation>
    </message>
    <message>
        <source>AccessDenied: “Invalid according to Policy: Policy Condition failed”</source>
        <translation>AccessDenied：“Invalid according to Policy: Policy Condition failed”</translation>
    </message>
    <message>
        <source>Does every form field meet the policy&apos;s conditions, such as the bucket, the key prefix and the size range?</source>
        <translation>每个表单域是否都满足Policy中的条件，例如Bucket、Object名称前缀和大小范围？</translation>
    </message>
    <message>
        <source>Does the Content-Type of the upload meet a Content-Type condition?</source>
        <translation>上传的Content-Type是否满足Content-Type条件？</translation>
    </message>
    <message>
        <source>AccessDenied: “Target object does not reside in the same data center as source object”</source>
        <translation>AccessDenied：“Target object does not reside in the same data center as source object”</translation>
    </message>
    <message>
        <source>Are the source bucket and the destination bucket in the same region?</source>
        <translation>源Bucket与目标Bucket是否位于同一地域？</translation>
    </message>
    <message>
        <source>AccessDenied: “Query string authentication requires the Signature, Expires and OSSAccessKeyId parameters” or “Invalid date (should be seconds since epoch)”</source>
        <translation>AccessDenied：“Query string authentication requires the Signature, Expires and OSSAccessKeyId parameters”或“Invalid date (should be seconds since epoch)”</translation>
    </message>
    <message>
        <source>Does the URL carry OSSAccessKeyId, Expires and Signature?</source>
        <translation>URL中是否包含OSSAccessKeyId、Expires和Signature？</translation>
    </message>
    <message>
        <source>Is Expires an absolute Unix time in seconds?</source>
        <translation>Expires是否为以秒为单位的绝对Unix时间？</translation>
    </message>
    <message>
        <source>AccessDenied: “Request has expired” (EC 0002-00000069)</source>
        <translation>AccessDenied：“Request has expired”（EC 0002-00000069）</translation>
    </message>
    <message>
        <source>Is the current time past the URL&apos;s Expires (V1), or past x-oss-date plus x-oss-expires (V4)?</source>
        <translation>当前时间是否已超过URL的Expires（V1），或超过x-oss-date加x-oss-expires（V4）？</translation>
    </message>
    <message>
        <source>Are the clocks of the signing machine and of the client correct?</source>
        <translation>签名机器和客户端的时钟是否正确？</translation>
    </message>
    <message>
        <source>With STS credentials, did the token expire before the URL?</source>
        <translation>使用STS临时访问凭证时，安全令牌是否在URL之前过期？</translation>
    </message>
    <message>
        <source>AccessDenied: “You do not have read (write, read acl, write acl) permission on this object”</source>
        <translation>AccessDenied：“You do not have read (write, read acl, write acl) permission on this object”</translation>
    </message>
    <message>
        <source>Has the object owner granted you this operation on the object?</source>
        <translation>Object拥有者是否已授予您对该Object执行此操作的权限？</translation>
    </message>
    <message>
        <source>Does a RAM policy or bucket policy allow the operation?</source>
        <translation>RAM Policy或Bucket授权策略是否允许该操作？</translation>
    </message>
    <message>
        <source>AccessDenied: “You have no right to access this object because of bucket acl”</source>
        <translation>AccessDenied：“You have no right to access this object because of bucket acl”</translation>
    </message>
    <message>
        <source>Does the bucket ACL let this requester perform the operation?</source>
        <translation>Bucket ACL是否允许该请求者执行此操作？</translation>
    </message>
    <message>
        <source>Does a RAM policy or bucket policy grant the operation instead?</source>
        <translation>是否有RAM Policy或Bucket授权策略另行授予了该操作？</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by bucket policy”</source>
        <translation>AccessDenied：“Access denied by bucket policy”</translation>
    </message>
    <message>
        <source>Does a bucket policy statement deny this request, or does none allow it?</source>
        <translation>Bucket授权策略中是否有语句拒绝该请求，或没有任何语句允许该请求？</translation>
    </message>
    <message>
        <source>Does a condition on acs:SourceIp or acs:SourceVpc exclude where the request came from?</source>
        <translation>acs:SourceIp或acs:SourceVpc条件是否排除了请求的来源？</translation>
    </message>
    <message>
        <source>Does a condition on acs:Referer exclude the request&apos;s Referer?</source>
        <translation>acs:Referer条件是否排除了请求的Referer？</translation>
    </message>
    <message>
        <source>Is the requester the bucket owner, caught by a Principal * statement that has a condition?</source>
        <translation>请求者是否为Bucket拥有者，却命中了带有条件的Principal *语句？</translation>
    </message>
    <message>
        <source>Bucket policy with Principal *</source>
        <translation>含Principal *的Bucket授权策略</translation>
    </message>
    <message>
        <source>Is the requester the bucket owner, denied by a Principal * statement that has a condition?</source>
        <translation>请求者是否为Bucket拥有者，却被带有条件的Principal *语句拒绝？</translation>
    </message>
    <message>
        <source>Does that statement deny this action for this request?</source>
        <translation>该语句是否对此请求拒绝了该操作？</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by VPC endpoint policy”</source>
        <translation>AccessDenied：“Access denied by VPC endpoint policy”</translation>
    </message>
    <message>
        <source>Does the policy for the VPC, or its endpoint, allow this bucket and action?</source>
        <translation>VPC或其终端节点的策略是否允许访问该Bucket并执行该操作？</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on acs:SourceVpc or acs:SourceIp exclude the request?</source>
        <translation>Bucket授权策略中关于acs:SourceVpc或acs:SourceIp的条件是否排除了该请求？</translation>
    </message>
    <message>
        <source>AccessDenied: “Hierarchical namespace is disabled”</source>
        <translation>AccessDenied：“Hierarchical namespace is disabled”</translation>
    </message>
    <message>
        <source>Was the bucket created with hierarchical namespace enabled?</source>
        <translation>该Bucket创建时是否开启了分层命名空间？</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by authorizer&apos;s policy”</source>
        <translation>AccessDenied：“Access denied by authorizer&apos;s policy”</translation>
    </message>
    <message>
        <source>Does the RAM policy of the role allow this action on this resource?</source>
        <translation>角色的RAM Policy是否允许对该资源执行此操作？</translation>
    </message>
    <message>
        <source>Does the Policy parameter of the AssumeRole call allow it as well?</source>
        <translation>AssumeRole调用的Policy参数是否也允许该操作？</translation>
    </message>
    <message>
        <source>If the key is a RAM user&apos;s own key, do the user&apos;s policies allow the action?</source>
        <translation>如果密钥是RAM用户自己的AccessKey，该用户的策略是否允许该操作？</translation>
    </message>
    <message>
        <source>AccessDenied: “The bucket you visit is not belong to you”</source>
        <translation>AccessDenied：“The bucket you visit is not belong to you”</translation>
    </message>
    <message>
        <source>Does the RAM user have oss:GetBucketInfo on the bucket, as tools such as ossbrowser need?</source>
        <translation>RAM用户是否拥有该Bucket的oss:GetBucketInfo权限（ossbrowser等工具需要此权限）？</translation>
    </message>
    <message>
        <source>Is the bucket owned by the account whose AccessKey is used?</source>
        <translation>该Bucket是否属于所用AccessKey对应的阿里云账号？</translation>
    </message>
    <message>
        <source>AccessDenied: “You are forbidden to list buckets”</source>
        <translation>AccessDenied：“You are forbidden to list buckets”</translation>
    </message>
    <message>
        <source>Does the requester have oss:ListBuckets on all resources?</source>
        <translation>请求者是否拥有对所有资源的oss:ListBuckets权限？</translation>
    </message>
    <message>
        <source>AccessForbidden: “CORSResponse: This CORS request is not allowed”</source>
        <translation>AccessForbidden：“CORSResponse: This CORS request is not allowed”</translation>
    </message>
    <message>
        <source>Does the bucket have any CORS rule?</source>
        <translation>该Bucket是否配置了任何CORS规则？</translation>
    </message>
    <message>
        <source>Does a rule list the page&apos;s Origin, with scheme and port?</source>
        <translation>是否有规则列出了页面的Origin（包括协议和端口）？</translation>
    </message>
    <message>
        <source>Does that rule allow the request&apos;s method and every header the preflight asks for?</source>
        <translation>该规则是否允许请求的方法以及预检请求要求的每个头部？</translation>
    </message>
    <message>
        <source>Browser: method or header not allowed by the CORS preflight response</source>
        <translation>浏览器：CORS预检响应不允许该方法或头部</translation>
    </message>
    <message>
        <source>Does the CORS rule allow the method and every header the preflight asks for?</source>
        <translation>CORS规则是否允许该方法以及预检请求要求的每个头部？</translation>
    </message>
    <message>
        <source>Browser console: request blocked by CORS policy</source>
        <translation>浏览器控制台：请求被CORS策略拦截</translation>
    </message>
    <message>
        <source>Does a CORS rule of the bucket list the page&apos;s Origin?</source>
        <translation>该Bucket的CORS规则是否列出了页面的Origin？</translation>
    </message>
    <message>
        <source>Does that rule allow the method and the headers of the preflight?</source>
        <translation>该规则是否允许预检请求的方法和头部？</translation>
    </message>
    <message>
        <source>PermanentRedirect: “The bucket you are attempting to access must be addressed using the specified endpoint”</source>
        <translation>PermanentRedirect：“The bucket you are attempting to access must be addressed using the specified endpoint”</translation>
    </message>
    <message>
        <source>Is the SDK&apos;s endpoint the one of the bucket&apos;s region, not a default such as oss-cn-hangzhou.aliyuncs.com?</source>
        <translation>SDK使用的Endpoint（访问域名）是否为Bucket所在地域的Endpoint，而非oss-cn-hangzhou.aliyuncs.com等默认值？</translation>
    </message>
    <message>
        <source>SecondLevelDomainForbidden: “must be addressed using OSS third level domain” or “Please use virtual hosted style to access”</source>
        <translation>SecondLevelDomainForbidden：“must be addressed using OSS third level domain”或“Please use virtual hosted style to access”</translation>
    </message>
    <message>
        <source>Is the bucket name the first label of the host name (bucket.endpoint)?</source>
        <translation>Bucket名称是否为主机名的第一段（bucket.endpoint）？</translation>
    </message>
    <message>
        <source>NonStandardHostForbidden: “Your host is invalid. Please use Open Storage Service standard host”</source>
        <translation>NonStandardHostForbidden：“Your host is invalid. Please use Open Storage Service standard host”</translation>
    </message>
    <message>
        <source>Is the Host a standard OSS domain, or a custom domain mapped to the bucket?</source>
        <translation>Host是否为标准的OSS域名，或已绑定到该Bucket的自定义域名？</translation>
    </message>
    <message>
        <source>Is a new account using the default public domain of a mainland China bucket?</source>
        <translation>是否为新账号使用中国内地地域Bucket的默认外网域名？</translation>
    </message>
    <message>
        <source>KmsUbsmsInvalidBid: “Your account partner does not have KMS Service”</source>
        <translation>KmsUbsmsInvalidBid：“Your account partner does not have KMS Service”</translation>
    </message>
    <message>
        <source>KmsInDebt, KmsInDebtOverdue or InDebt: “Current user is indebted”</source>
        <translation>KmsInDebt、KmsInDebtOverdue或InDebt：“Current user is indebted”</translation>
    </message>
    <message>
        <source>Does the account have overdue payments?</source>
        <translation>该账号是否存在欠费？</translation>
    </message>
    <message>
        <source>WORMConfigurationLocked: “The WORM Configuration is locked”</source>
        <translation>WORMConfigurationLocked：“The WORM Configuration is locked”</translation>
    </message>
    <message>
        <source>Is the request trying to delete or shorten a locked retention policy?</source>
        <translation>请求是否试图删除已锁定的合规保留策略或缩短其保护周期？</translation>
    </message>
    <message>
        <source>BucketNotBelongTo: “The bucket you access does not belong to you”</source>
        <translation>BucketNotBelongTo：“The bucket you access does not belong to you”</translation>
    </message>
    <message>
        <source>Is the requester the account that owns the bucket?</source>
        <translation>请求者是否为拥有该Bucket的阿里云账号？</translation>
    </message>
    <message>
        <source>Does the RAM user have oss:GetBucketInfo on the bucket?</source>
        <translation>RAM用户是否拥有该Bucket的oss:GetBucketInfo权限？</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id you provided is disabled”</source>
        <translation>InvalidAccessKeyId：“The OSS Access Key Id you provided is disabled”</translation>
    </message>
    <message>
        <source>Is the AccessKey ID enabled in AccessKey management?</source>
        <translation>在AccessKey管理中，该AccessKey ID是否处于启用状态？</translation>
    </message>
    <message>
        <source>EC 0002-00000222: AccessKey ID in the V4 credential is invalid</source>
        <translation>EC 0002-00000222：V4签名Credential中的AccessKey ID无效</translation>
    </message>
    <message>
        <source>Does the AccessKey ID inside x-oss-credential (or the Credential of the Authorization header) exist?</source>
        <translation>x-oss-credential（或Authorization头部的Credential）中的AccessKey ID是否存在？</translation>
    </message>
    <message>
        <source>Is the credential written as AccessKeyId/date/region/oss/aliyun_v4_request?</source>
        <translation>Credential的格式是否为AccessKeyId/date/region/oss/aliyun_v4_request？</translation>
    </message>
    <message>
        <source>Is it a temporary STS. ID used without its token, or after it expired?</source>
        <translation>是否为以STS.开头的临时AccessKey ID，但未携带其安全令牌，或在过期后才使用？</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id you provided does not exist in our records”</source>
        <translation>InvalidAccessKeyId：“The OSS Access Key Id you provided does not exist in our records”</translation>
    </message>
    <message>
        <source>Does the AccessKey ID exist in AccessKey management, spelled exactly as in the request?</source>
        <translation>AccessKey管理中是否存在该AccessKey ID，且拼写与请求中完全一致？</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id contains non-acceptable characters” (EC 0002-00000064)</source>
        <translation>InvalidAccessKeyId：“The OSS Access Key Id contains non-acceptable characters”（EC 0002-00000064）</translation>
    </message>
    <message>
        <source>Does the AccessKey ID hold only letters, digits and . _ =?</source>
        <translation>AccessKey ID是否仅包含字母、数字和 . _ = 字符？</translation>
    </message>
    <message>
        <source>SignatureDoesNotMatch: “The request signature we calculated does not match the signature you provided” (EC 0002-00000040)</source>
        <translation>SignatureDoesNotMatch：“The request signature we calculated does not match the signature you provided”（EC 0002-00000040）</translation>
    </message>
    <message>
        <source>Do the AccessKey ID and secret work when you log on to ossbrowser with them?</source>
        <translation>使用该AccessKey ID和AccessKey Secret能否登录ossbrowser？</translation>
    </message>
    <message>
        <source>Does the client implement the OSS signature algorithm (V1 or V4) correctly?</source>
        <translation>客户端是否正确实现了OSS签名算法（V1或V4）？</translation>
    </message>
    <message>
        <source>Does the StringToSign of the error body equal the string the client signed?</source>
        <translation>错误响应体中的StringToSign是否与客户端签名的字符串一致？</translation>
    </message>
    <message>
        <source>Does the object key contain spaces, plus signs, percent signs or non-ASCII characters?</source>
        <translation>Object名称中是否包含空格、加号、百分号或非ASCII字符？</translation>
    </message>
    <message>
        <source>Hand-written signing code</source>
        <translation>自行编写的签名代码</translation>
    </message>
    <message>
        <source>Does the hand-written code follow the OSS signature algorithm step by step?</source>
        <translation>自行编写的代码是否逐步遵循了OSS签名算法？</translation>
    </message>
    <message>
        <source>Does the string it signs match the request that is sent, header for header?</source>
        <translation>其签名的字符串是否与实际发送的请求逐个头部一致？</translation>
    </message>
    <message>
        <source>InvalidArgument: “Invalid signing region in Authorization header” (EC 0002-00000226)</source>
        <translation>InvalidArgument：“Invalid signing region in Authorization header”（EC 0002-00000226）</translation>
    </message>
    <message>
        <source>Is the region in the V4 credential scope the bucket&apos;s region ID, such as cn-hangzhou?</source>
        <translation>V4签名Credential范围中的地域是否为Bucket所在地域的ID（例如cn-hangzhou）？</translation>
    </message>
    <message>
        <source>TransferAccelerationDisabled: “Transfer acceleration is disabled”</source>
        <translation>TransferAccelerationDisabled：“Transfer acceleration is disabled”</translation>
    </message>
    <message>
        <source>Is transfer acceleration enabled for the bucket that the acceleration endpoint is used for?</source>
        <translation>使用传输加速Endpoint访问的Bucket是否已开启传输加速？</translation>
    </message>
    <message>
        <source>InvalidSecurityToken: “The security token you provided is invalid”</source>
        <translation>InvalidSecurityToken：“The security token you provided is invalid”</translation>
    </message>
    <message>
        <source>Is the security token sent whole and unchanged, as STS returned it?</source>
        <translation>安全令牌是否按STS返回的原样完整发送，未作任何改动？</translation>
    </message>
    <message>
        <source>Is the token still within its validity?</source>
        <translation>安全令牌是否仍在有效期内？</translation>
    </message>
    <message>
        <source>Do the AccessKey ID and the token come from the same STS response?</source>
        <translation>AccessKey ID和安全令牌是否来自同一个STS响应？</translation>
    </message>
    <message>
        <source>AccessKeyIdAndSecurityTokenNotMatch: “The OSS access key id and security token you provided does not match”</source>
        <translation>AccessKeyIdAndSecurityTokenNotMatch：“The OSS access key id and security token you provided does not match”</translation>
    </message>
    <message>
        <source>Do the AccessKey ID, secret and token come from the same STS response?</source>
        <translation>AccessKey ID、AccessKey Secret和安全令牌是否来自同一个STS响应？</translation>
    </message>
    <message>
        <source>Were the credentials refreshed only partly after they expired?</source>
        <translation>凭证过期后是否只刷新了其中一部分？</translation>
    </message>
    <message>
        <source>SecurityTokenExpired: “The security token you provided has expired”</source>
        <translation>SecurityTokenExpired：“The security token you provided has expired”</translation>
    </message>
    <message>
        <source>Is the current time past the Expiration of the STS credentials?</source>
        <translation>当前时间是否已超过STS临时访问凭证的Expiration？</translation>
    </message>
    <message>
        <source>AbnormalBucketOwnerStatus: “The status of the bucket owner is abnormal”</source>
        <translation>AbnormalBucketOwnerStatus：“The status of the bucket owner is abnormal”</translation>
    </message>
    <message>
        <source>Is the bucket owner&apos;s account closed, restricted or suspended?</source>
        <translation>Bucket拥有者的账号是否已注销、被管控或被停止服务？</translation>
    </message>
    <message>
        <source>Does the owner&apos;s account have overdue payments?</source>
        <translation>拥有者的账号是否存在欠费？</translation>
    </message>
    <message>
        <source>SecurityTokenNotSupported: “This interface does not support security token” or “Security token is not supported in this region”</source>
        <translation>SecurityTokenNotSupported：“This interface does not support security token”或“Security token is not supported in this region”</translation>
    </message>
    <message>
        <source>Do this operation and this region accept STS tokens?</source>
        <translation>该操作和该地域是否支持STS Token？</translation>
    </message>
    <message>
        <source>RequestTimeTooSkewed: “The difference between the request time and the current time is too large” (EC 0002-00000504)</source>
        <translation>RequestTimeTooSkewed：“The difference between the request time and the current time is too large”（EC 0002-00000504）</translation>
    </message>
    <message>
        <source>Is the device&apos;s clock correct, within 15 minutes of the server?</source>
        <translation>设备时钟是否正确，与服务器相差不超过15分钟？</translation>
    </message>
    <message>
        <source>Is the time zone set right, so that the Date header is real GMT?</source>
        <translation>时区设置是否正确，使Date头部为真正的GMT时间？</translation>
    </message>
    <message>
        <source>EC 0002-00000235: V4 signed URL used before its x-oss-date</source>
        <translation>EC 0002-00000235：V4签名URL在其x-oss-date之前被使用</translation>
    </message>
    <message>
        <source>Does x-oss-date in the URL lie more than 15 minutes in the future?</source>
        <translation>URL中的x-oss-date是否比当前时间晚15分钟以上？</translation>
    </message>
    <message>
        <source>ImageDamage: “The image file may be damaged”</source>
        <translation>ImageDamage：“The image file may be damaged”</translation>
    </message>
    <message>
        <source>Does the original image open correctly?</source>
        <translation>原图能否正常打开？</translation>
    </message>
    <message>
        <source>UserDisable</source>
        <translation>UserDisable</translation>
    </message>
    <message>
        <source>Is the account disabled for overdue payments or security reasons?</source>
        <translation>账号是否因欠费或安全原因被禁用？</translation>
    </message>
    <message>
        <source>Is OSS activated for the account?</source>
        <translation>该账号是否已开通OSS服务？</translation>
    </message>
    <message>
        <source>BucketDisable</source>
        <translation>BucketDisable</translation>
    </message>
    <message>
        <source>Has the bucket been disabled for security reasons?</source>
        <translation>该Bucket是否因安全原因被禁用？</translation>
    </message>
    <message>
        <source>CnameDenied: “The cname belongs to another user”</source>
        <translation>CnameDenied：“The cname belongs to another user”</translation>
    </message>
    <message>
        <source>Is the domain name already mapped to another bucket?</source>
        <translation>该域名是否已绑定到其他Bucket？</translation>
    </message>
    <message>
        <source>Default public domain of a mainland China bucket</source>
        <translation>中国内地地域Bucket的默认外网域名</translation>
    </message>
    <message>
        <source>Is a new account reaching a mainland China bucket through its default public domain instead of a custom domain?</source>
        <translation>是否为新账号通过默认外网域名而非自定义域名访问中国内地地域的Bucket？</translation>
    </message>
    <message>
        <source>Is the default endpoint that of the bucket&apos;s region?</source>
        <translation>默认Endpoint是否为Bucket所在地域的Endpoint？</translation>
    </message>
    <message>
        <source>InvalidObjectState: “The operation is not valid for the object&apos;s state”</source>
        <translation>InvalidObjectState：“The operation is not valid for the object&apos;s state”</translation>
    </message>
    <message>
        <source>Is the object in an archive class without a finished restore (no x-oss-restore header)?</source>
        <translation>该Object是否为归档类型且尚未完成解冻（没有x-oss-restore头部）？</translation>
    </message>
    <message>
        <source>Did a restore start but not finish, or did the restored copy expire?</source>
        <translation>是否已发起解冻但尚未完成，或解冻后的副本已过期？</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognised error code</source>
        <translation>HTTP 403（未识别出错误码）</translation>
    </message>
    <message>
        <source>Is it a browser request refused by CORS?</source>
        <translation>是否为被CORS拒绝的浏览器请求？</translation>
    </message>
    <message>
        <source>Does hotlink protection refuse the request&apos;s Referer?</source>
        <translation>防盗链是否拒绝了请求的Referer？</translation>
    </message>
    <message>
        <source>Is the AccessKey ID valid and enabled?</source>
        <translation>AccessKey ID是否有效且已启用？</translation>
    </message>
    <message>
        <source>Is the AccessKey secret the right one?</source>
        <translation>AccessKey Secret是否正确？</translation>
    </message>
    <message>
        <source>Does the RAM user have permission for this operation?</source>
        <translation>RAM用户是否拥有执行此操作的权限？</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the request?</source>
        <translation>Bucket授权策略是否拒绝了该请求？</translation>
    </message>
    <message>
        <source>With STS credentials, is the token valid and does the AssumeRole policy allow the action?</source>
        <translation>使用STS临时访问凭证时，安全令牌是否有效，且AssumeRole的Policy是否允许该操作？</translation>
    </message>
    <message>
        <source>Does the endpoint belong to the bucket&apos;s region?</source>
        <translation>Endpoint是否属于Bucket所在地域？</translation>
    </message>
    <message>
        <source>Is the object archived and not restored?</source>
        <translation>该Object是否已归档且未解冻？</translation>
    </message>
    <message>
        <source>The RAM user or role that signs the request has no permission for this action.</source>
        <translation>签名请求的RAM用户或角色没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>OSS denies a RAM user or role any action that no RAM policy, bucket policy or ACL allows. A new RAM user has no OSS permissions at all.</source>
        <translation>对于任何RAM Policy、Bucket授权策略或ACL均未允许的操作，OSS都会拒绝RAM用户或角色执行。新建的RAM用户没有任何OSS权限。</translation>
    </message>
    <message>
        <source>Find the identity that signed the request: the AccessKey ID in the Authorization header, or OSSAccessKeyId in a signed URL.</source>
        <translation>找到签名请求的身份：Authorization头部中的AccessKey ID，或签名URL中的OSSAccessKeyId。</translation>
    </message>
    <message>
        <source>Open RAM console &gt; Identities &gt; Users, select that user and check on its Permissions tab for a policy that allows the action (for example oss:GetObject or oss:PutObject) on acs:oss:*:*:(bucket)/*.</source>
        <translation>打开RAM访问控制控制台 &gt; 身份管理 &gt; 用户，选择该用户，在其权限管理页签中检查是否有策略允许对acs:oss:*:*:(bucket)/*执行该操作（例如oss:GetObject或oss:PutObject）。</translation>
    </message>
    <message>
        <source>Attach a policy that covers the action and the resource, such as a custom policy or AliyunOSSReadOnlyAccess for reads.</source>
        <translation>为其添加涵盖该操作和资源的策略，例如自定义策略，或用于读取的AliyunOSSReadOnlyAccess。</translation>
    </message>
    <message>
        <source>Or grant the user access in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>或者在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket） &gt; 权限控制 &gt; Bucket授权策略中为该用户授予访问权限。</translation>
    </message>
    <message>
        <source>The AccessKey pair belongs to an account or user that this bucket does not let in.</source>
        <translation>该AccessKey属于此Bucket不允许访问的账号或用户。</translation>
    </message>
    <message>
        <source>The key pair is valid, so the signature passes, but its owner has no access here: a key of another Alibaba Cloud account, or of another RAM user than intended. Access from another account needs a bucket policy that names it.</source>
        <translation>该AccessKey有效，因此签名校验通过，但其所有者无权访问此处：它可能是另一个阿里云账号的密钥，或并非预期的RAM用户的密钥。跨账号访问需要在Bucket授权策略中指定该账号。</translation>
    </message>
    <message>
        <source>Find which AccessKey ID the client really uses: configuration files, environment variables, the SDK&apos;s credentials provider.</source>
        <translation>找出客户端实际使用的AccessKey ID：配置文件、环境变量、SDK的凭证提供者。</translation>
    </message>
    <message>
        <source>On the AccessKey management page, confirm that this AccessKey ID belongs to the account or RAM user you expect.</source>
        <translation>在AccessKey管理页面中，确认该AccessKey ID属于您预期的阿里云账号或RAM用户。</translation>
    </message>
    <message>
        <source>Use a key of the bucket owner&apos;s account or of one of its RAM users with the permission, or ask the owner to name your account in the bucket policy.</source>
        <translation>使用Bucket拥有者账号或其下拥有相应权限的RAM用户的AccessKey，或请拥有者在Bucket授权策略中指定您的账号。</translation>
    </message>
    <message>
        <source>A bucket policy statement denies this request, or no statement allows it.</source>
        <translation>Bucket授权策略中有语句拒绝了该请求，或没有任何语句允许该请求。</translation>
    </message>
    <message>
        <source>OSS evaluates policies deny first: a Deny statement that matches the principal, action and resource blocks the request even when a RAM policy allows it.</source>
        <translation>OSS评估策略时拒绝优先：与主体、操作和资源匹配的Deny语句会拦截请求，即使RAM Policy允许该请求。</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy and list the statements that cover this action and resource.</source>
        <translation>打开OSS管理控制台 &gt; Bucket列表 &gt; （Bucket） &gt; 权限控制 &gt; Bucket授权策略，列出涵盖该操作和资源的语句。</translation>
    </message>
    <message>
        <source>Look for a Deny statement that matches the requester, and for an Allow that names the wrong principal, action or resource path.</source>
        <translation>查找与请求者匹配的Deny语句，以及主体、操作或资源路径填写有误的Allow语句。</translation>
    </message>
    <message>
        <source>Correct the statement. All conditions of one statement must hold for it to apply.</source>
        <translation>修正该语句。一条语句的所有条件都满足时，该语句才会生效。</translation>
    </message>
    <message>
        <source>A Deny statement for Principal * with a condition also applies to the bucket owner.</source>
        <translation>带有条件的Principal * Deny语句同样适用于Bucket拥有者。</translation>
    </message>
    <message>
        <source>In an OSS bucket policy, Principal * without a condition covers everyone except the bucket owner; with a condition it also covers the owner and anonymous users, so such a Deny can lock out the owner&apos;s own account.</source>
        <translation>在OSS Bucket授权策略中，不带条件的Principal *涵盖除Bucket拥有者以外的所有人；带有条件时，它还涵盖拥有者和匿名用户，因此这样的Deny语句可能会将拥有者自己的账号拒之门外。</translation>
    </message>
    <message>
        <source>Look in the bucket policy for Deny statements with Principal * and a Condition, such as a source IP, VPC, TLS or Referer condition.</source>
        <translation>在Bucket授权策略中查找带有Condition的Principal * Deny语句，例如来源IP、VPC、TLS或Referer条件。</translation>
    </message>
    <message>
        <source>Check whether the owner&apos;s request falls inside that condition, for example it comes from an address outside the allowed range.</source>
        <translation>检查拥有者的请求是否落入该条件范围，例如请求来自允许范围之外的地址。</translation>
    </message>
    <message>
        <source>Narrow the condition or the statement in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy, from a network the policy still allows.</source>
        <translation>从策略仍然允许的网络，在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket） &gt; 权限控制 &gt; Bucket授权策略中缩小该条件或语句的范围。</translation>
    </message>
    <message>
        <source>You lack the object permission this operation needs: read, write, read ACL or write ACL.</source>
        <translation>您缺少此操作所需的Object权限：读、写、读ACL或写ACL。</translation>
    </message>
    <message>
        <source>Reading an object, writing it, reading its ACL (GetObjectACL) and changing its ACL (PutObjectACL) are separate permissions, which the object owner grants.</source>
        <translation>读取Object、写入Object、读取其ACL（GetObjectACL）和修改其ACL（PutObjectACL）是相互独立的权限，由Object拥有者授予。</translation>
    </message>
    <message>
        <source>Note which of the four operations failed.</source>
        <translation>记下这四种操作中失败的是哪一种。</translation>
    </message>
    <message>
        <source>Ask the object owner (the bucket owner&apos;s account) to grant it, with a RAM policy or bucket policy action such as oss:GetObject, oss:PutObject, oss:GetObjectAcl or oss:PutObjectAcl.</source>
        <translation>请Object拥有者（Bucket拥有者的账号）通过RAM Policy或Bucket授权策略授予相应操作，例如oss:GetObject、oss:PutObject、oss:GetObjectAcl或oss:PutObjectAcl。</translation>
    </message>
    <message>
        <source>Check the object&apos;s own ACL as well: an object ACL of private wins over a public bucket ACL.</source>
        <translation>同时检查Object自身的ACL：Object ACL为私有时，优先于公共的Bucket ACL生效。</translation>
    </message>
    <message>
        <source>The bucket ACL does not allow this access, and no policy grants it.</source>
        <translation>Bucket ACL不允许此访问，且没有策略授予该权限。</translation>
    </message>
    <message>
        <source>The bucket is private, or public-read while the request writes, and no RAM policy or bucket policy gives the requester the object operation.</source>
        <translation>Bucket为私有，或为公共读但请求是写操作，且没有RAM Policy或Bucket授权策略授予请求者该Object操作。</translation>
    </message>
    <message>
        <source>Check the bucket ACL in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; ACL.</source>
        <translation>在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket） &gt; 权限控制 &gt; 读写权限中检查Bucket ACL。</translation>
    </message>
    <message>
        <source>Grant the requester the object operations it needs, such as oss:GetObject, oss:PutObject or oss:AppendObject, with a RAM policy or a bucket policy.</source>
        <translation>通过RAM Policy或Bucket授权策略授予请求者所需的Object操作，例如oss:GetObject、oss:PutObject或oss:AppendObject。</translation>
    </message>
    <message>
        <source>Set the bucket ACL to public-read only if everyone may read every object in it.</source>
        <translation>仅当所有人都可以读取Bucket中的每个Object时，才将Bucket ACL设置为公共读。</translation>
    </message>
    <message>
        <source>The policy passed with AssumeRole leaves the temporary credentials without this permission.</source>
        <translation>AssumeRole时传入的Policy使临时访问凭证缺少此权限。</translation>
    </message>
    <message>
        <source>STS credentials may do only what both the role&apos;s RAM policy and the Policy parameter of the AssumeRole call allow; an action allowed by just one of them is denied.</source>
        <translation>STS临时访问凭证只能执行角色的RAM Policy与AssumeRole调用的Policy参数同时允许的操作；仅被其中一方允许的操作会被拒绝。</translation>
    </message>
    <message>
        <source>Compare the RAM policy attached to the role with the Policy parameter your server sends to AssumeRole.</source>
        <translation>将角色绑定的RAM Policy与您的服务端发送给AssumeRole的Policy参数进行对比。</translation>
    </message>
    <message>
        <source>Make sure both allow this action on this resource: a role with AliyunOSSFullAccess and a Policy with only oss:PutObject can upload but not download; a role with only oss:PutObject and a Policy with only oss:GetObject can do nothing.</source>
        <translation>确保两者都允许对该资源执行此操作：角色拥有AliyunOSSFullAccess而Policy仅包含oss:PutObject时，可以上传但不能下载；角色仅有oss:PutObject而Policy仅包含oss:GetObject时，无法执行任何操作。</translation>
    </message>
    <message>
        <source>Request new credentials after changing either policy.</source>
        <translation>修改任一策略后，重新申请凭证。</translation>
    </message>
    <message>
        <source>The operation is reserved for the bucket owner, and the requester is not the owner.</source>
        <translation>该操作仅限Bucket拥有者执行，而请求者不是拥有者。</translation>
    </message>
    <message>
        <source>Some bucket operations may be performed only by the Alibaba Cloud account that owns the bucket; OSS refuses them for any other account.</source>
        <translation>部分Bucket操作只能由拥有该Bucket的阿里云账号执行；OSS会拒绝其他任何账号执行这些操作。</translation>
    </message>
    <message>
        <source>Compare the account that owns the bucket with the account the AccessKey belongs to.</source>
        <translation>对比拥有该Bucket的账号与AccessKey所属的账号。</translation>
    </message>
    <message>
        <source>Run the operation with the owner&apos;s account, or with a RAM user of that account that has the permission.</source>
        <translation>使用拥有者账号，或该账号下拥有相应权限的RAM用户执行该操作。</translation>
    </message>
    <message>
        <source>If the bucket name belongs to someone else&apos;s bucket, use your own bucket or another name.</source>
        <translation>如果该Bucket名称属于他人的Bucket，请使用您自己的Bucket或换一个名称。</translation>
    </message>
    <message>
        <source>The RAM user may not read the bucket&apos;s information (oss:GetBucketInfo), so the tool treats the bucket as someone else&apos;s.</source>
        <translation>RAM用户无权读取Bucket信息（oss:GetBucketInfo），因此工具将该Bucket视为他人的Bucket。</translation>
    </message>
    <message>
        <source>Tools such as ossbrowser call GetBucketInfo before opening a bucket; without oss:GetBucketInfo a RAM user is told the bucket does not belong to it, even when it may read the objects.</source>
        <translation>ossbrowser等工具在打开Bucket前会调用GetBucketInfo；RAM用户如果没有oss:GetBucketInfo权限，即使可以读取其中的Object，也会被提示该Bucket不属于它。</translation>
    </message>
    <message>
        <source>In RAM console &gt; Identities &gt; Users, add oss:GetBucketInfo on acs:oss:*:*:(bucket) to the user&apos;s policy, and oss:ListObjects if it should browse the bucket.</source>
        <translation>在RAM访问控制控制台 &gt; 身份管理 &gt; 用户中，为该用户的策略添加对acs:oss:*:*:（Bucket名称）的oss:GetBucketInfo权限；如需浏览Bucket，还需添加oss:ListObjects。</translation>
    </message>
    <message>
        <source>Or log on to ossbrowser with a preset OSS path for the bucket, which does not need the bucket to be listed.</source>
        <translation>或者使用预设OSS路径登录ossbrowser，直接打开该Bucket，无需列举Bucket。</translation>
    </message>
    <message>
        <source>The requester may not list the account&apos;s buckets (oss:ListBuckets).</source>
        <translation>请求者无权列举该账号下的Bucket（oss:ListBuckets）。</translation>
    </message>
    <message>
        <source>ListBuckets (GetService) is an account-level action; a RAM user needs oss:ListBuckets on all resources, which policies scoped to one bucket leave out.</source>
        <translation>ListBuckets（GetService）是账号级操作，RAM用户需要对所有资源拥有oss:ListBuckets权限，而仅限于单个Bucket的策略不包含此权限。</translation>
    </message>
    <message>
        <source>If listing is needed, allow oss:ListBuckets on acs:oss:*:*:* in the RAM user&apos;s policy.</source>
        <translation>如需列举Bucket，请在RAM用户的策略中允许对acs:oss:*:*:*执行oss:ListBuckets。</translation>
    </message>
    <message>
        <source>Otherwise configure the client to open the bucket directly by name and endpoint instead of listing buckets first.</source>
        <translation>否则，请将客户端配置为通过Bucket名称和Endpoint（访问域名）直接打开Bucket，而不是先列举Bucket。</translation>
    </message>
    <message>
        <source>An unsigned request reached an object that is not public.</source>
        <translation>未签名的请求访问了非公开的Object。</translation>
    </message>
    <message>
        <source>A request without a signature is anonymous. OSS serves it only when the object or bucket ACL is public-read or a bucket policy grants anonymous users access.</source>
        <translation>未携带签名的请求为匿名请求。仅当Object或Bucket的ACL为公共读（public-read），或Bucket授权策略授予匿名用户访问权限时，OSS才会响应该请求。</translation>
    </message>
    <message>
        <source>Sign the request with an AccessKey that may read the object, or hand out a signed URL instead of the plain URL.</source>
        <translation>使用有权读取该Object的AccessKey对请求签名，或提供签名URL代替普通URL。</translation>
    </message>
    <message>
        <source>If the object must be public, grant anonymous read on that path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>如果该Object必须公开，请在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; Bucket授权策略中，授予匿名用户对该路径的读取权限。</translation>
    </message>
    <message>
        <source>Or set the object ACL, or the bucket ACL, to public-read, provided Block Public Access is off.</source>
        <translation>或者在阻止公共访问已关闭的前提下，将Object ACL或Bucket ACL设置为公共读（public-read）。</translation>
    </message>
    <message>
        <source>An unsigned request asked for a bucket operation that anonymous users are not granted.</source>
        <translation>未签名的请求执行了未授权给匿名用户的Bucket操作。</translation>
    </message>
    <message>
        <source>Listing a bucket, uploading and most other operations need a signature, unless a bucket policy grants that action to anonymous users.</source>
        <translation>列举Bucket、上传等大多数操作都需要签名，除非Bucket授权策略将该操作授予匿名用户。</translation>
    </message>
    <message>
        <source>Sign the request with an SDK or ossutil, or use a signed URL for a single operation.</source>
        <translation>使用SDK或ossutil对请求签名，或对单次操作使用签名URL。</translation>
    </message>
    <message>
        <source>If anonymous users really must perform it, grant only that action and path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>如果确实需要允许匿名用户执行该操作，请在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; Bucket授权策略中，仅授予该操作和该路径的权限。</translation>
    </message>
    <message>
        <source>The AccessKey ID is disabled.</source>
        <translation>AccessKey ID已被禁用。</translation>
    </message>
    <message>
        <source>The AccessKey pair exists but was disabled, so OSS rejects every request signed with it.</source>
        <translation>该AccessKey存在但已被禁用，因此OSS会拒绝所有使用它签名的请求。</translation>
    </message>
    <message>
        <source>Open AccessKey management (for a RAM user: RAM console &gt; Identities &gt; Users &gt; (user) &gt; AccessKey) and check the state of the AccessKey ID.</source>
        <translation>打开AccessKey管理（RAM用户请前往RAM访问控制控制台 &gt; 身份管理 &gt; 用户 &gt; （用户名） &gt; AccessKey），检查该AccessKey ID的状态。</translation>
    </message>
    <message>
        <source>Enable it, or create a new pair and update the client.</source>
        <translation>启用该AccessKey，或创建新的AccessKey并更新客户端配置。</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist: mistyped, deleted or from another service.</source>
        <translation>AccessKey ID不存在：输入有误、已被删除或来自其他服务。</translation>
    </message>
    <message>
        <source>OSS has no AccessKey with this ID. It may have been deleted, copied incompletely or taken from another product.</source>
        <translation>OSS中没有此ID对应的AccessKey。它可能已被删除、复制不完整，或取自其他产品。</translation>
    </message>
    <message>
        <source>Compare the AccessKey ID in the request with the one in AccessKey management, character by character.</source>
        <translation>将请求中的AccessKey ID与AccessKey管理中的AccessKey ID逐字符比对。</translation>
    </message>
    <message>
        <source>If it was deleted, create a new AccessKey pair and update the client.</source>
        <translation>如果已被删除，请创建新的AccessKey并更新客户端配置。</translation>
    </message>
    <message>
        <source>An ID that starts with STS. is temporary: send it with its security token and before it expires.</source>
        <translation>以STS.开头的ID是临时ID：请在其过期前，连同对应的安全令牌（SecurityToken）一起发送。</translation>
    </message>
    <message>
        <source>The AccessKey ID contains characters OSS does not accept, such as a space, a quote or a line break.</source>
        <translation>AccessKey ID包含OSS不接受的字符，例如空格、引号或换行符。</translation>
    </message>
    <message>
        <source>An AccessKey ID may hold only letters, digits and the characters . _ =; stray characters usually come from copying the key or reading it from a file or an environment variable.</source>
        <translation>AccessKey ID只能包含字母、数字以及 . _ = 字符；多余的字符通常是在复制密钥或从文件、环境变量读取密钥时引入的。</translation>
    </message>
    <message>
        <source>Print the AccessKey ID between visible delimiters and remove spaces, quotes, line breaks and invisible characters.</source>
        <translation>用可见的分隔符将AccessKey ID括起来打印，并删除其中的空格、引号、换行符和不可见字符。</translation>
    </message>
    <message>
        <source>Trim values read from files and environment variables before passing them to the SDK.</source>
        <translation>从文件和环境变量读取的值，在传给SDK之前先去除首尾空白。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret for the same problem.</source>
        <translation>用同样的方法检查AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID.</source>
        <translation>AccessKey Secret与AccessKey ID不匹配。</translation>
    </message>
    <message>
        <source>OSS signed the request again with the secret it holds for this AccessKey ID and got another result. A mistyped secret, a secret with white space or one from another pair causes this.</source>
        <translation>OSS使用其保存的该AccessKey ID对应的Secret重新计算签名，得到的结果与请求中的不同。Secret输入有误、带有空白字符或来自另一个AccessKey都会导致此问题。</translation>
    </message>
    <message>
        <source>Log on to ossbrowser with the same AccessKey ID and secret: if that fails too, the pair is wrong.</source>
        <translation>使用同一AccessKey ID和Secret登录ossbrowser：如果同样失败，说明AccessKey有误。</translation>
    </message>
    <message>
        <source>Copy the secret again from where it was saved; it is shown only when the pair is created, so create a new pair if it is lost.</source>
        <translation>从保存位置重新复制Secret；Secret仅在创建AccessKey时显示，如已遗失，请创建新的AccessKey。</translation>
    </message>
    <message>
        <source>Remove spaces and line breaks around the secret, and make sure the ID and the secret come from the same pair.</source>
        <translation>删除Secret前后的空格和换行符，并确保ID和Secret来自同一个AccessKey。</translation>
    </message>
    <message>
        <source>The client computes the OSS signature incorrectly.</source>
        <translation>客户端计算的OSS签名有误。</translation>
    </message>
    <message>
        <source>Hand-written signing code often misses a detail: the Date line (Expires in URLs), the sorted x-oss- headers, the sub-resources in the resource, or the base64 and URL encoding of the signature.</source>
        <translation>自行编写的签名代码常会遗漏细节：Date行（URL中为Expires）、排序后的x-oss-头部、资源中的子资源，或签名的Base64编码和URL编码。</translation>
    </message>
    <message>
        <source>Check the code against the OSS algorithm: V1 signs the method, Content-MD5, Content-Type, Date (Expires in URLs), the x-oss- headers and the resource with HMAC-SHA1; V4 signs a canonical request under an OSS4-HMAC-SHA256 scope.</source>
        <translation>对照OSS签名算法检查代码：V1使用HMAC-SHA1对请求方法、Content-MD5、Content-Type、Date（URL中为Expires）、x-oss-头部和资源进行签名；V4在OSS4-HMAC-SHA256范围下对规范请求进行签名。</translation>
    </message>
    <message>
        <source>In signed URLs, URL-encode the base64 signature.</source>
        <translation>在签名URL中，对Base64编码的签名进行URL编码。</translation>
    </message>
    <message>
        <source>Prefer an official OSS SDK, which signs requests for you.</source>
        <translation>建议使用官方OSS SDK，由SDK自动为请求签名。</translation>
    </message>
    <message>
        <source>The server&apos;s string to sign differs from the client&apos;s: a header or value changed after signing.</source>
        <translation>服务端的待签名字符串与客户端的不同：签名后有头部或值被修改。</translation>
    </message>
    <message>
        <source>The error body holds the server&apos;s StringToSign. When it differs from what the client signed, the request was signed with other values or changed on the way: a Content-Type or Content-MD5 added by a browser, proxy or SDK, an x-oss- header altered, or a sub-resource missing.</source>
        <translation>错误响应体中包含服务端的StringToSign。如果它与客户端签名的内容不同，说明请求签名时使用了其他值，或在传输途中被修改：例如浏览器、代理或SDK添加了Content-Type或Content-MD5，x-oss-头部被修改，或缺少子资源。</translation>
    </message>
    <message>
        <source>Print the string the client signed and compare it byte by byte with StringToSign (or StringToSignBytes) in the error body.</source>
        <translation>打印客户端签名的字符串，并与错误响应体中的StringToSign（或StringToSignBytes）逐字节比对。</translation>
    </message>
    <message>
        <source>Send exactly the Content-Type, Content-MD5 and x-oss- headers that were signed; for browser uploads with a signed URL, use the same Content-Type when signing and when uploading.</source>
        <translation>发送的Content-Type、Content-MD5和x-oss-头部必须与签名时完全一致；通过浏览器使用签名URL上传时，签名和上传须使用相同的Content-Type。</translation>
    </message>
    <message>
        <source>Make sure no proxy or CDN rewrites the Host, the path or the headers.</source>
        <translation>确保没有代理或CDN改写Host、路径或头部。</translation>
    </message>
    <message>
        <source>An object key with special characters is encoded differently when signing and when sending.</source>
        <translation>包含特殊字符的Object名称在签名和发送时的编码方式不同。</translation>
    </message>
    <message>
        <source>Spaces, plus signs, percent signs and non-ASCII characters are easily encoded twice or not at all. V1 signs the key unencoded and V4 signs it URI-encoded, so any mismatch breaks the signature.</source>
        <translation>空格、加号、百分号和非ASCII字符很容易被重复编码或未编码。V1对未编码的Object名称签名，V4对URI编码后的Object名称签名，任何不一致都会导致签名错误。</translation>
    </message>
    <message>
        <source>Repeat the request on an object with a plain ASCII name: if that works, the key encoding is at fault.</source>
        <translation>对名称仅含普通ASCII字符的Object重复该请求：如果成功，说明问题出在Object名称的编码上。</translation>
    </message>
    <message>
        <source>Sign the unencoded key (V1) or the once-encoded path (V4), and send the path encoded exactly once.</source>
        <translation>对未编码的Object名称（V1）或只编码一次的路径（V4）签名，并且发送的路径只编码一次。</translation>
    </message>
    <message>
        <source>Do not turn + into a space, and keep / unencoded in the path.</source>
        <translation>不要将+转换为空格，并且路径中的/不要编码。</translation>
    </message>
    <message>
        <source>The PostObject form breaks a condition of its policy.</source>
        <translation>PostObject表单不满足其Policy中的条件。</translation>
    </message>
    <message>
        <source>The policy form field lists conditions the upload must meet, such as the bucket, a key prefix or a size range; a form that breaks one is refused.</source>
        <translation>Policy表单域列出了上传必须满足的条件，例如Bucket、Object名称前缀或大小范围；不满足任一条件的表单都会被拒绝。</translation>
    </message>
    <message>
        <source>Decode the policy field (base64) and read its conditions.</source>
        <translation>对Policy表单域进行Base64解码，查看其中的条件。</translation>
    </message>
    <message>
        <source>Compare each with the form: the bucket, the key (starts-with), content-length-range and any other field the policy names.</source>
        <translation>逐一与表单比对：Bucket、key（starts-with）、content-length-range以及Policy中指定的其他字段。</translation>
    </message>
    <message>
        <source>Change the form, or issue a new policy that matches it.</source>
        <translation>修改表单，或签发与表单匹配的新Policy。</translation>
    </message>
    <message>
        <source>The upload&apos;s Content-Type differs from the one the PostObject policy requires.</source>
        <translation>上传的Content-Type与PostObject Policy要求的不同。</translation>
    </message>
    <message>
        <source>A condition such as eq $Content-Type image/png admits only that Content-Type; a form that sends another type, or none, is refused.</source>
        <translation>eq $Content-Type image/png之类的条件只接受该Content-Type；表单发送其他类型或未发送类型都会被拒绝。</translation>
    </message>
    <message>
        <source>Send the Content-Type form field with exactly the value the policy requires.</source>
        <translation>发送Content-Type表单域，其值须与Policy要求的完全一致。</translation>
    </message>
    <message>
        <source>Or issue the policy with the type of the file being uploaded, or with starts-with (for example image/) for a family of types.</source>
        <translation>或者按待上传文件的类型签发Policy，或使用starts-with（例如image/）匹配一类类型。</translation>
    </message>
    <message>
        <source>The signed URL lacks a required parameter, or its Expires is not in Unix seconds.</source>
        <translation>签名URL缺少必要参数，或其Expires不是以秒为单位的Unix时间。</translation>
    </message>
    <message>
        <source>A V1 signed URL needs OSSAccessKeyId, Expires and Signature, and Expires must be an absolute time in seconds since 1970-01-01 UTC. Truncated URLs, lost &amp; separators, and millisecond or relative values break it.</source>
        <translation>V1签名URL必须包含OSSAccessKeyId、Expires和Signature，且Expires必须是自UTC时间1970年1月1日起的秒数所表示的绝对时间。URL被截断、丢失&amp;分隔符，或使用毫秒值、相对值都会导致出错。</translation>
    </message>
    <message>
        <source>Check that the URL still carries OSSAccessKeyId, Expires and Signature, with the signature URL-encoded.</source>
        <translation>检查URL中是否仍包含OSSAccessKeyId、Expires和Signature，且签名已经过URL编码。</translation>
    </message>
    <message>
        <source>Make Expires an absolute Unix time in seconds (10 digits), not milliseconds and not a duration.</source>
        <translation>将Expires设置为以秒为单位的绝对Unix时间（10位数字），而不是毫秒值或时长。</translation>
    </message>
    <message>
        <source>Generate the URL with an SDK&apos;s URL signing function instead of by hand.</source>
        <translation>使用SDK的URL签名函数生成URL，而不是手动拼接。</translation>
    </message>
    <message>
        <source>The client&apos;s clock or time zone is more than 15 minutes off.</source>
        <translation>客户端的时钟或时区偏差超过15分钟。</translation>
    </message>
    <message>
        <source>OSS refuses a request whose Date or x-oss-date is more than 15 minutes from the server time. OSS keeps GMT, so a clock showing local time labelled as GMT is as wrong as a clock that drifted.</source>
        <translation>如果请求的Date或x-oss-date与服务器时间相差超过15分钟，OSS会拒绝该请求。OSS使用GMT时间，因此把本地时间标注为GMT的时钟，与发生漂移的时钟一样是错误的。</translation>
    </message>
    <message>
        <source>Compare RequestTime and ServerTime in the error body, or the local clock with the Date header of any OSS response.</source>
        <translation>比较错误响应体中的RequestTime和ServerTime，或将本地时钟与任一OSS响应的Date头部进行比较。</translation>
    </message>
    <message>
        <source>On Linux run date -R and check that the offset (for example +0800) fits your time zone; on Windows check Control Panel &gt; Clock, Language, and Region &gt; Set Date and Time.</source>
        <translation>在Linux上执行date -R，检查时区偏移（例如+0800）是否与您所在时区一致；在Windows上检查控制面板 &gt; 时钟、语言和区域 &gt; 设置日期和时间。</translation>
    </message>
    <message>
        <source>Turn on time synchronisation (NTP), and write the Date header in GMT.</source>
        <translation>开启时间同步（NTP），并使用GMT时间填写Date头部。</translation>
    </message>
    <message>
        <source>A V4 signed URL was used more than 15 minutes before its x-oss-date.</source>
        <translation>V4签名URL在其x-oss-date之前超过15分钟就被使用。</translation>
    </message>
    <message>
        <source>A V4 URL is valid from x-oss-date for x-oss-expires seconds. When the signing machine&apos;s clock runs ahead, the URL starts in the future and OSS refuses it.</source>
        <translation>V4 URL自x-oss-date起在x-oss-expires秒内有效。如果签名机器的时钟偏快，URL的生效时间就会在未来，OSS会拒绝该URL。</translation>
    </message>
    <message>
        <source>Compare x-oss-date in the URL with the current GMT time.</source>
        <translation>比较URL中的x-oss-date与当前GMT时间。</translation>
    </message>
    <message>
        <source>Correct the clock of the machine that signs the URLs (NTP), then sign the URL again.</source>
        <translation>校正签名URL的机器的时钟（NTP），然后重新签名URL。</translation>
    </message>
    <message>
        <source>The signed URL or request has passed its expiry time.</source>
        <translation>签名URL或请求已超过有效期。</translation>
    </message>
    <message>
        <source>A V1 signed URL is valid until its Expires time, a V4 URL until x-oss-date plus x-oss-expires; after that OSS answers that the request has expired.</source>
        <translation>V1签名URL在Expires时间之前有效，V4 URL在x-oss-date加x-oss-expires之前有效；超过有效期后，OSS会返回请求已过期。</translation>
    </message>
    <message>
        <source>Check the URL&apos;s Expires, or x-oss-date and x-oss-expires, against the current time.</source>
        <translation>对照当前时间检查URL的Expires，或x-oss-date和x-oss-expires。</translation>
    </message>
    <message>
        <source>Generate a new URL whose validity covers the time it will be used; with STS credentials the URL also stops working when the token expires.</source>
        <translation>生成有效期覆盖实际使用时间的新URL；如果使用STS临时访问凭证，令牌过期后URL也会失效。</translation>
    </message>
    <message>
        <source>If the URL should still be valid, check the clock of the machine that signed it.</source>
        <translation>如果URL本应仍然有效，请检查签名该URL的机器的时钟。</translation>
    </message>
    <message>
        <source>The expiration time of the PostObject policy has passed.</source>
        <translation>PostObject Policy的过期时间（expiration）已过。</translation>
    </message>
    <message>
        <source>The policy form field carries an expiration in ISO 8601 UTC; after it, OSS refuses uploads made with that policy.</source>
        <translation>Policy表单域中包含ISO 8601格式的UTC过期时间（expiration）；过期后，OSS会拒绝使用该Policy的上传。</translation>
    </message>
    <message>
        <source>Decode the policy field and read its expiration.</source>
        <translation>对Policy表单域进行解码，查看其expiration。</translation>
    </message>
    <message>
        <source>Issue a new policy, with a later expiration, each time the upload form is served.</source>
        <translation>每次提供上传表单时，都签发一个过期时间更晚的新Policy。</translation>
    </message>
    <message>
        <source>Check the clock of the server that writes the policy.</source>
        <translation>检查生成Policy的服务器的时钟。</translation>
    </message>
    <message>
        <source>The STS temporary credentials have expired.</source>
        <translation>STS临时访问凭证已过期。</translation>
    </message>
    <message>
        <source>A temporary AccessKey ID, secret and security token stop working at the Expiration time STS returned with them.</source>
        <translation>临时AccessKey ID、AccessKey Secret和安全令牌会在STS随之返回的Expiration时间失效。</translation>
    </message>
    <message>
        <source>Check the Expiration that came with the credentials.</source>
        <translation>检查随凭证一起返回的Expiration。</translation>
    </message>
    <message>
        <source>Request new credentials from STS (AssumeRole) before they expire, and refresh them in the client.</source>
        <translation>在凭证过期前向STS（AssumeRole）请求新凭证，并在客户端中更新。</translation>
    </message>
    <message>
        <source>Keep signed URLs shorter than the remaining lifetime of the credentials.</source>
        <translation>签名URL的有效期应短于凭证的剩余有效期。</translation>
    </message>
    <message>
        <source>The security token is malformed, truncated or not an OSS STS token.</source>
        <translation>安全令牌格式错误、被截断，或不是OSS的STS令牌。</translation>
    </message>
    <message>
        <source>OSS could not validate the security token, for example because it was cut short, URL-encoded twice or copied from another service.</source>
        <translation>OSS无法验证该安全令牌，例如令牌被截断、被URL编码了两次，或复制自其他服务。</translation>
    </message>
    <message>
        <source>Send the SecurityToken exactly as STS returned it, in the x-oss-security-token header or the security-token parameter of a signed URL.</source>
        <translation>按STS返回的原样发送SecurityToken，放在x-oss-security-token头部中，或签名URL的security-token参数中。</translation>
    </message>
    <message>
        <source>Check that configuration files and environment variables hold the whole token.</source>
        <translation>检查配置文件和环境变量中保存的是否为完整的令牌。</translation>
    </message>
    <message>
        <source>Request new credentials if in doubt.</source>
        <translation>如有疑问，请重新申请凭证。</translation>
    </message>
    <message>
        <source>The AccessKey ID and the security token come from different STS responses.</source>
        <translation>AccessKey ID与安全令牌来自不同的STS响应。</translation>
    </message>
    <message>
        <source>Each STS response returns an AccessKey ID, a secret and a token that belong together; mixing parts of two responses, or a permanent key with a token, fails.</source>
        <translation>每个STS响应返回的AccessKey ID、AccessKey Secret和令牌是配套的；混用两个响应中的部分，或将长期AccessKey与令牌一起使用，都会失败。</translation>
    </message>
    <message>
        <source>Take AccessKeyId, AccessKeySecret and SecurityToken from the same AssumeRole response.</source>
        <translation>从同一个AssumeRole响应中获取AccessKeyId、AccessKeySecret和SecurityToken。</translation>
    </message>
    <message>
        <source>When refreshing credentials, replace all three at once.</source>
        <translation>刷新凭证时，同时替换这三项。</translation>
    </message>
    <message>
        <source>Do not send a security token together with a permanent AccessKey.</source>
        <translation>不要将安全令牌与长期AccessKey一起发送。</translation>
    </message>
    <message>
        <source>No CORS rule of the bucket allows the page&apos;s origin.</source>
        <translation>Bucket的跨域（CORS）规则均不允许该页面的来源（Origin）。</translation>
    </message>
    <message>
        <source>Either the bucket has no CORS rules, or none lists this origin (scheme, host and any non-default port). OSS then refuses the preflight, or answers the actual request without CORS headers.</source>
        <translation>Bucket没有配置跨域规则，或者没有规则列出该来源（协议、主机及非默认端口）。此时OSS会拒绝预检请求，或在响应实际请求时不返回CORS头部。</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</source>
        <translation>打开OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; 跨域设置。</translation>
    </message>
    <message>
        <source>Add or edit a rule whose allowed origins include the page&apos;s origin exactly, for example https://app.example.com; one * wildcard is allowed.</source>
        <translation>添加或编辑一条规则，使其来源精确包含该页面的来源，例如https://app.example.com；允许使用一个*通配符。</translation>
    </message>
    <message>
        <source>Rules are tried in order and the first match wins; clear the browser cache after a change.</source>
        <translation>规则按顺序匹配，以第一条匹配的规则为准；修改后请清除浏览器缓存。</translation>
    </message>
    <message>
        <source>The CORS rule does not allow the request&apos;s method or one of its headers.</source>
        <translation>跨域（CORS）规则不允许该请求的方法或其中某个头部。</translation>
    </message>
    <message>
        <source>A preflight names a method (Access-Control-Request-Method) and headers (Access-Control-Request-Headers); the matching rule must allow the method and every one of the headers.</source>
        <translation>预检请求会指明方法（Access-Control-Request-Method）和头部（Access-Control-Request-Headers）；匹配的规则必须允许该方法以及其中的每一个头部。</translation>
    </message>
    <message>
        <source>Read the method and headers the preflight asks for in the browser&apos;s network panel.</source>
        <translation>在浏览器的网络面板中查看预检请求所要求的方法和头部。</translation>
    </message>
    <message>
        <source>Allow that method (PUT or POST for uploads) and those headers, or * for headers, in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</source>
        <translation>在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; 跨域设置中，允许该方法（上传时为PUT或POST）和这些头部（或将允许Headers设置为*）。</translation>
    </message>
    <message>
        <source>Expose headers such as ETag and x-oss-request-id if the page reads them.</source>
        <translation>如果页面需要读取ETag、x-oss-request-id等头部，请将其添加到暴露Headers中。</translation>
    </message>
    <message>
        <source>The request&apos;s Referer is not in the bucket&apos;s Referer whitelist.</source>
        <translation>请求的Referer不在Bucket的Referer白名单中。</translation>
    </message>
    <message>
        <source>With a whitelist set, OSS serves anonymous and signed-URL requests only when the Referer matches an entry. Requests signed in the Authorization header are not checked.</source>
        <translation>设置白名单后，OSS仅在Referer与某一条目匹配时，才响应匿名请求和签名URL请求。通过Authorization头部签名的请求不做此检查。</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection.</source>
        <translation>打开OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; 防盗链。</translation>
    </message>
    <message>
        <source>Add the site that sends the request, with its scheme, for example https://www.example.com; * and ? wildcards are allowed.</source>
        <translation>添加发出请求的网站，包含协议，例如https://www.example.com；允许使用*和?通配符。</translation>
    </message>
    <message>
        <source>Test with curl -e (which sets the Referer) against the object URL.</source>
        <translation>使用curl -e（用于设置Referer）请求Object URL进行测试。</translation>
    </message>
    <message>
        <source>The request&apos;s Referer matches an entry of the bucket&apos;s Referer blacklist.</source>
        <translation>请求的Referer与Bucket的Referer黑名单中的某一条目匹配。</translation>
    </message>
    <message>
        <source>A blacklist match denies the request at once, before the whitelist is consulted; OSS reports it with EC 0003-00000502.</source>
        <translation>命中黑名单的请求会被立即拒绝，不再检查白名单；OSS返回的错误码为EC 0003-00000502。</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection and read the blacklist.</source>
        <translation>打开OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; 防盗链，查看黑名单。</translation>
    </message>
    <message>
        <source>Remove or narrow the entry that matches the site, minding wildcards such as *.example.com.</source>
        <translation>删除或缩小与该网站匹配的条目，注意*.example.com之类的通配符。</translation>
    </message>
    <message>
        <source>The request has no Referer, and the bucket does not allow an empty Referer.</source>
        <translation>请求未携带Referer，而Bucket不允许空Referer。</translation>
    </message>
    <message>
        <source>With empty Referers disallowed and a whitelist set, requests without a Referer (a URL opened directly, apps, players, strict privacy settings) are denied.</source>
        <translation>在不允许空Referer且已设置白名单时，未携带Referer的请求（直接打开的URL、App、播放器、严格的隐私设置）会被拒绝。</translation>
    </message>
    <message>
        <source>In OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection, allow empty Referers if such clients must work.</source>
        <translation>如果必须支持此类客户端，请在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; 防盗链中允许空Referer。</translation>
    </message>
    <message>
        <source>Or have the client send a Referer from the whitelist, or sign its requests in the Authorization header.</source>
        <translation>或者让客户端发送白名单中的Referer，或通过Authorization头部对请求签名。</translation>
    </message>
    <message>
        <source>A bucket policy condition on acs:Referer rejects the request&apos;s Referer.</source>
        <translation>Bucket授权策略中基于acs:Referer的条件拒绝了该请求的Referer。</translation>
    </message>
    <message>
        <source>Apart from hotlink protection, a bucket policy can allow or deny by Referer; a request whose Referer falls outside the condition gets Access denied by bucket policy.</source>
        <translation>除防盗链外，Bucket授权策略也可以按Referer允许或拒绝访问；Referer不满足条件的请求会收到Access denied by bucket policy。</translation>
    </message>
    <message>
        <source>Find the statements with acs:Referer in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>在OSS管理控制台 &gt; Bucket列表 &gt; （Bucket名称） &gt; 权限控制 &gt; Bucket授权策略中，查找包含acs:Referer的语句。</translation>
    </message>
    <message>
        <source>Add the site to the condition, or make the client send a Referer that matches it.</source>
        <translation>将该网站添加到条件中，或让客户端发送满足条件的Referer。</translation>
    </message>
    <message>
        <source>The request went to the endpoint of another region than the bucket&apos;s.</source>
        <translation>请求发送到了其他地域的Endpoint，而非Bucket所在地域的Endpoint。</translation>
    </message>
    <message>
        <source>A bucket lives in one region and must be addressed through that region&apos;s endpoint; SDKs often keep a default such as oss-cn-hangzhou.aliyuncs.com. The error body names the right endpoint.</source>
        <translation>Bucket位于某一个地域，必须通过该地域的Endpoint（访问域名）访问；SDK常保留oss-cn-hangzhou.aliyuncs.com之类的默认值。错误响应体中会给出正确的Endpoint。</translation>
    </message>
    <message>
        <source>Read the Endpoint element of the error body, or the bucket&apos;s region on its overview page in the OSS console.</source>
        <translation>查看错误响应体中的Endpoint元素，或在OSS管理控制台中Bucket的概览页面查看其所在地域。</translation>
    </message>
    <message>
        <source>Configure the client with that endpoint, for example oss-cn-qingdao.aliyuncs.com for China (Qingdao).</source>
        <translation>在客户端中配置该Endpoint（访问域名），例如华北1（青岛）地域为oss-cn-qingdao.aliyuncs.com。</translation>
    </message>
    <message>
        <source>For buckets in several regions, create one client per region.</source>
        <translation>如果Bucket分布在多个地域，请为每个地域创建一个客户端。</translation>
    </message>
    <message>
        <source>The bucket is addressed by path instead of by its own third-level domain.</source>
        <translation>通过路径而非Bucket自己的三级域名访问Bucket。</translation>
    </message>
    <message>
        <source>Apart from listing buckets, OSS requests must use the virtual-hosted form BucketName.Endpoint, such as https://examplebucket.oss-cn-hangzhou.aliyuncs.com/destfolder/example.txt.</source>
        <translation>除列举Bucket外，OSS请求必须使用BucketName.Endpoint形式的虚拟托管域名，例如https://examplebucket.oss-cn-hangzhou.aliyuncs.com/destfolder/example.txt。</translation>
    </message>
    <message>
        <source>Build URLs as https://(bucket).(endpoint)/(object), not https://(endpoint)/(bucket)/(object).</source>
        <translation>URL应构造为https://（Bucket名称）.（Endpoint）/（Object名称），而不是https://（Endpoint）/（Bucket名称）/（Object名称）。</translation>
    </message>
    <message>
        <source>In S3-compatible clients, turn path-style addressing off (virtual-hosted style on).</source>
        <translation>在兼容S3的客户端中，关闭路径方式（path-style）寻址，开启虚拟托管方式（virtual-hosted style）。</translation>
    </message>
    <message>
        <source>The request&apos;s Host is not a standard OSS domain.</source>
        <translation>请求的Host不是标准的OSS域名。</translation>
    </message>
    <message>
        <source>OSS accepts the bucket&apos;s domains under its region endpoints (public, internal or acceleration) and custom domains mapped to the bucket; any other host is refused.</source>
        <translation>OSS接受Bucket在其所在地域Endpoint（外网、内网或传输加速）下的域名，以及绑定到该Bucket的自定义域名；其他Host都会被拒绝。</translation>
    </message>
    <message>
        <source>Check the Host header for a typo, an IP address or a domain that is not mapped to the bucket.</source>
        <translation>检查Host头部是否有拼写错误、是否为IP地址，或是否为未绑定到该Bucket的域名。</translation>
    </message>
    <message>
        <source>Use the bucket&apos;s standard domain, or map the custom domain to the bucket first.</source>
        <translation>使用Bucket的标准域名，或先将自定义域名绑定到该Bucket。</translation>
    </message>
    <message>
        <source>The transfer acceleration endpoint is used, but acceleration is off for the bucket.</source>
        <translation>使用了传输加速Endpoint，但该Bucket未开启传输加速。</translation>
    </message>
    <message>
        <source>oss-accelerate.aliyuncs.com and oss-accelerate-overseas.aliyuncs.com serve only buckets with transfer acceleration enabled.</source>
        <translation>oss-accelerate.aliyuncs.com和oss-accelerate-overseas.aliyuncs.com仅服务于已开启传输加速的Bucket。</translation>
    </message>
    <message>
        <source>Enable transfer acceleration in the bucket&apos;s settings in the OSS console if you need it.</source>
        <translation>如有需要，请在OSS管理控制台的Bucket设置中开启传输加速。</translation>
    </message>
    <message>
        <source>Otherwise send the requests to the bucket&apos;s regional endpoint.</source>
        <translation>否则，请将请求发送到Bucket所在地域的Endpoint。</translation>
    </message>
    <message>
        <source>The custom domain is already mapped to a bucket of another user.</source>
        <translation>该自定义域名已绑定到其他用户的Bucket。</translation>
    </message>
    <message>
        <source>A domain name can be mapped to only one bucket; OSS refuses it for this bucket while another bucket holds it.</source>
        <translation>一个域名只能绑定到一个Bucket；当该域名已被其他Bucket占用时，OSS会拒绝将其绑定到此Bucket。</translation>
    </message>
    <message>
        <source>Use another domain name.</source>
        <translation>请更换域名。</translation>
    </message>
    <message>
        <source>Or verify that you own the domain and map it to this bucket by force, which removes it from the other bucket.</source>
        <translation>或者验证域名所有权，将其强制绑定到此Bucket，这会解除该域名与其他Bucket的绑定关系。</translation>
    </message>
    <message>
        <source>The bucket is reached through its default public domain, which is restricted for this account.</source>
        <translation>通过Bucket的默认外网域名访问，而该账号的此类访问受到限制。</translation>
    </message>
    <message>
        <source>Since 2025-03-20, new OSS users must use a custom domain name for data operations on buckets in mainland China regions; the default public endpoints are restricted for them.</source>
        <translation>自2025年3月20日起，新OSS用户对中国内地地域的Bucket执行数据操作时，必须使用自定义域名；其使用默认外网Endpoint会受到限制。</translation>
    </message>
    <message>
        <source>Map a custom domain name to the bucket and send uploads and downloads to it.</source>
        <translation>为Bucket绑定自定义域名，并通过该域名进行上传和下载。</translation>
    </message>
    <message>
        <source>The restriction concerns data operations such as uploads and downloads; check which of your requests still use the default domain.</source>
        <translation>该限制针对上传、下载等数据操作；请检查哪些请求仍在使用默认域名。</translation>
    </message>
    <message>
        <source>The region in the V4 signature scope does not match the bucket&apos;s region.</source>
        <translation>V4签名范围中的地域与Bucket所在地域不一致。</translation>
    </message>
    <message>
        <source>An OSS V4 signature names a region ID, such as cn-hangzhou without the oss- prefix, in its credential scope; a wrong or mistyped region is rejected.</source>
        <translation>OSS V4签名的凭证范围（credential scope）中包含地域ID，例如cn-hangzhou，不带oss-前缀；地域错误或拼写有误都会被拒绝。</translation>
    </message>
    <message>
        <source>Set the SDK&apos;s region to the bucket&apos;s region ID, for example cn-hangzhou, not oss-cn-hangzhou.</source>
        <translation>将SDK的地域设置为Bucket所在地域的ID，例如cn-hangzhou，而不是oss-cn-hangzhou。</translation>
    </message>
    <message>
        <source>Make sure the endpoint and the region name the same region.</source>
        <translation>确保Endpoint和地域指向同一个地域。</translation>
    </message>
    <message>
        <source>The copy source and the destination bucket are in different regions.</source>
        <translation>拷贝的源Bucket与目标Bucket位于不同地域。</translation>
    </message>
    <message>
        <source>CopyObject works only between buckets of the same region; OSS refuses a source object in another data center.</source>
        <translation>CopyObject仅支持在同一地域的Bucket之间拷贝；源Object位于其他数据中心时，OSS会拒绝请求。</translation>
    </message>
    <message>
        <source>Compare the regions of the source and the destination buckets.</source>
        <translation>比较源Bucket与目标Bucket所在的地域。</translation>
    </message>
    <message>
        <source>Copy within one region, or download the object and upload it to the other region, or set up cross-region replication.</source>
        <translation>在同一地域内拷贝，或者下载该Object后上传到另一地域，或者配置跨区域复制。</translation>
    </message>
    <message>
        <source>The object is in an archive storage class and is not restored, or its restore is unfinished or has expired.</source>
        <translation>该Object属于归档类存储类型且未解冻，或者解冻尚未完成、已过期。</translation>
    </message>
    <message>
        <source>Archive, Cold Archive and Deep Cold Archive objects must be restored with RestoreObject before they can be read, and the restored copy lasts only a limited time.</source>
        <translation>归档类型、冷归档类型和深度冷归档类型的Object必须先通过RestoreObject解冻才能读取，且解冻后的副本仅在有限时间内有效。</translation>
    </message>
    <message>
        <source>Send a HEAD request for the object and read x-oss-storage-class and x-oss-restore.</source>
        <translation>对该Object发送HEAD请求，查看x-oss-storage-class和x-oss-restore。</translation>
    </message>
    <message>
        <source>If x-oss-restore is missing, call RestoreObject; if it shows a restore in progress, wait until it finishes.</source>
        <translation>如果没有x-oss-restore，请调用RestoreObject；如果显示正在解冻，请等待解冻完成。</translation>
    </message>
    <message>
        <source>Read the object while the restored copy lasts, or change its storage class if it is read often.</source>
        <translation>在解冻副本有效期内读取该Object；如果需要频繁读取，请转换其存储类型。</translation>
    </message>
    <message>
        <source>The requester may not use the KMS key that encrypts the object or the bucket.</source>
        <translation>请求者无权使用加密该Object或Bucket的KMS密钥。</translation>
    </message>
    <message>
        <source>With SSE-KMS, OSS uses a customer master key (CMK) on the requester&apos;s behalf; without KMS permissions on that CMK the request is refused.</source>
        <translation>使用SSE-KMS时，OSS代表请求者使用用户主密钥（CMK）；如果请求者对该CMK没有KMS权限，请求会被拒绝。</translation>
    </message>
    <message>
        <source>Find the CMK ID in the x-oss-server-side-encryption-key-id header or in the bucket&apos;s encryption settings.</source>
        <translation>在x-oss-server-side-encryption-key-id头部或Bucket的加密设置中查找CMK ID。</translation>
    </message>
    <message>
        <source>Grant the RAM user or role the KMS actions on that key, such as kms:Decrypt for reads and kms:GenerateDataKey for writes.</source>
        <translation>为RAM用户或RAM角色授予该密钥的KMS操作权限，例如读取需要kms:Decrypt，写入需要kms:GenerateDataKey。</translation>
    </message>
    <message>
        <source>Check that the key is enabled and in the bucket&apos;s region.</source>
        <translation>检查该密钥是否已启用，且位于Bucket所在地域。</translation>
    </message>
    <message>
        <source>Key Management Service is not activated for the account.</source>
        <translation>该账号未开通密钥管理服务KMS。</translation>
    </message>
    <message>
        <source>SSE-KMS encryption needs KMS; without it OSS can neither encrypt nor decrypt with a KMS key.</source>
        <translation>SSE-KMS加密依赖KMS；未开通KMS时，OSS无法使用KMS密钥进行加密或解密。</translation>
    </message>
    <message>
        <source>Activate KMS (or buy a KMS instance) before using SSE-KMS.</source>
        <translation>使用SSE-KMS前，请先开通KMS（或购买KMS实例）。</translation>
    </message>
    <message>
        <source>Or use SSE-OSS (AES256) encryption for this bucket or request.</source>
        <translation>或者对该Bucket或该请求使用SSE-OSS（AES256）加密。</translation>
    </message>
    <message>
        <source>The Alibaba Cloud account has overdue payments, so OSS or KMS access is suspended.</source>
        <translation>阿里云账号欠费，OSS或KMS的访问已被暂停。</translation>
    </message>
    <message>
        <source>When an account is in arrears, Alibaba Cloud denies access to paid services such as OSS and KMS until the balance is settled.</source>
        <translation>账号欠费时，阿里云会拒绝访问OSS、KMS等付费服务，直到结清欠款。</translation>
    </message>
    <message>
        <source>Check the account balance and overdue bills in the billing console.</source>
        <translation>在费用与成本控制台中查看账户余额和欠费账单。</translation>
    </message>
    <message>
        <source>Top up or pay the overdue amount, then retry.</source>
        <translation>充值或结清欠费后重试。</translation>
    </message>
    <message>
        <source>The account is disabled, or OSS is not activated for it.</source>
        <translation>账号已被禁用，或未开通OSS。</translation>
    </message>
    <message>
        <source>OSS refuses every request of an account disabled for overdue payments or for security reasons, and of an account that has not activated OSS.</source>
        <translation>因欠费或安全原因被禁用的账号，以及未开通OSS的账号，其所有请求都会被OSS拒绝。</translation>
    </message>
    <message>
        <source>Check the account for overdue payments and settle them.</source>
        <translation>检查账号是否欠费，如有欠费请结清。</translation>
    </message>
    <message>
        <source>Make sure OSS is activated for the account.</source>
        <translation>确保该账号已开通OSS。</translation>
    </message>
    <message>
        <source>If neither applies, contact Alibaba Cloud technical support for a security check.</source>
        <translation>如果以上都不适用，请联系阿里云技术支持进行安全受限核查。</translation>
    </message>
    <message>
        <source>The bucket has been disabled.</source>
        <translation>该Bucket已被禁用。</translation>
    </message>
    <message>
        <source>Alibaba Cloud can disable a bucket for security reasons; every request to it is refused until the restriction is lifted.</source>
        <translation>阿里云可能因安全原因禁用Bucket；在限制解除前，对该Bucket的所有请求都会被拒绝。</translation>
    </message>
    <message>
        <source>Check the owner account for overdue payments and security notices.</source>
        <translation>检查Bucket拥有者账号是否欠费，以及是否收到安全通知。</translation>
    </message>
    <message>
        <source>Contact Alibaba Cloud technical support for a security check.</source>
        <translation>联系阿里云技术支持进行安全受限核查。</translation>
    </message>
    <message>
        <source>The bucket owner&apos;s account is closed, restricted or suspended.</source>
        <translation>Bucket拥有者的账号已注销、被管控或被停止服务。</translation>
    </message>
    <message>
        <source>OSS stops serving buckets whose owning account was closed, restricted for security reasons or suspended for overdue payments.</source>
        <translation>如果Bucket所属账号已注销、因安全原因被管控或因欠费被停止服务，OSS将停止为其Bucket提供服务。</translation>
    </message>
    <message>
        <source>Ask the bucket owner to check the state of their Alibaba Cloud account.</source>
        <translation>请Bucket拥有者检查其阿里云账号的状态。</translation>
    </message>
    <message>
        <source>Settle overdue payments or resolve the restriction, then retry.</source>
        <translation>结清欠费或解除管控后重试。</translation>
    </message>
    <message>
        <source>A policy condition on source IP or VPC does not match where the request came from.</source>
        <translation>策略中基于源IP或VPC的条件与请求来源不匹配。</translation>
    </message>
    <message>
        <source>Bucket policies and RAM policies can allow or deny by acs:SourceIp and acs:SourceVpc; a request from another address, through a NAT gateway or from another VPC falls outside the condition.</source>
        <translation>Bucket授权策略和RAM Policy可以按acs:SourceIp和acs:SourceVpc允许或拒绝访问；来自其他地址、经过NAT网关或来自其他VPC的请求不满足该条件。</translation>
    </message>
    <message>
        <source>Find the conditions on acs:SourceIp or acs:SourceVpc in the bucket policy and in the requester&apos;s RAM policies.</source>
        <translation>在Bucket授权策略和请求者的RAM Policy中查找基于acs:SourceIp或acs:SourceVpc的条件。</translation>
    </message>
    <message>
        <source>Find the source address as OSS sees it: the public IP after NAT or proxy, or the VPC ID on internal endpoints.</source>
        <translation>确认OSS看到的来源地址：经过NAT或代理后的公网IP，或通过内网Endpoint访问时的VPC ID。</translation>
    </message>
    <message>
        <source>Add it to the condition or send the request from an allowed network; new policies with acs:SourceIp must also set acs:SourceVpc.</source>
        <translation>将其添加到条件中，或从允许的网络发送请求；新建的包含acs:SourceIp的策略还必须设置acs:SourceVpc。</translation>
    </message>
    <message>
        <source>The policy for the VPC the request came from does not allow this bucket or action.</source>
        <translation>请求来源VPC对应的策略不允许访问此Bucket或执行此操作。</translation>
    </message>
    <message>
        <source>A policy can restrict what may be reached from a VPC; requests from that VPC to a bucket or action it does not cover are refused.</source>
        <translation>策略可以限制从某个VPC能访问的内容；从该VPC发往策略未涵盖的Bucket或操作的请求会被拒绝。</translation>
    </message>
    <message>
        <source>Find the VPC, and the VPC endpoint if any, through which the client reaches OSS.</source>
        <translation>确认客户端访问OSS所经过的VPC，以及VPC终端节点（如有）。</translation>
    </message>
    <message>
        <source>Check the bucket policy configured for that VPC, and the endpoint&apos;s policy, and allow this bucket and action.</source>
        <translation>检查为该VPC配置的Bucket授权策略以及终端节点的策略，允许此Bucket和此操作。</translation>
    </message>
    <message>
        <source>The operation needs hierarchical namespace, which is not enabled on the bucket.</source>
        <translation>该操作需要分层命名空间，但该Bucket未开启分层命名空间。</translation>
    </message>
    <message>
        <source>Directory operations such as renaming a directory need hierarchical namespace, which can be turned on only when the bucket is created.</source>
        <translation>重命名目录等目录操作需要分层命名空间，而分层命名空间只能在创建Bucket时开启。</translation>
    </message>
    <message>
        <source>Check whether the bucket was created with hierarchical namespace.</source>
        <translation>检查该Bucket在创建时是否开启了分层命名空间。</translation>
    </message>
    <message>
        <source>If not, create a bucket with it enabled in a region that supports it and move the data, or rename by copying and deleting objects.</source>
        <translation>如果未开启，请在支持该功能的地域创建一个开启分层命名空间的Bucket并迁移数据，或通过拷贝并删除Object的方式实现重命名。</translation>
    </message>
    <message>
        <source>The retention policy (WORM) is locked and cannot be deleted.</source>
        <translation>合规保留策略（WORM）已锁定，无法删除。</translation>
    </message>
    <message>
        <source>Once a retention policy is locked, OSS forbids deleting it or shortening its period; it can only be extended.</source>
        <translation>合规保留策略锁定后，OSS禁止删除该策略或缩短其保护周期，仅可延长保护周期。</translation>
    </message>
    <message>
        <source>Leave the locked policy in place, and extend its period if needed.</source>
        <translation>保留已锁定的策略，如有需要可延长其保护周期。</translation>
    </message>
    <message>
        <source>Plan deletions for after the protection period ends.</source>
        <translation>将删除操作安排在保护周期结束之后。</translation>
    </message>
    <message>
        <source>The image file is damaged, so image processing cannot read it.</source>
        <translation>图片文件已损坏，图片处理无法读取。</translation>
    </message>
    <message>
        <source>Image processing refuses an image whose data is missing or corrupt.</source>
        <translation>图片数据缺失或损坏时，图片处理会拒绝处理该图片。</translation>
    </message>
    <message>
        <source>Download the original object and open it locally to check it.</source>
        <translation>下载原始Object，在本地打开进行检查。</translation>
    </message>
    <message>
        <source>Upload an intact copy and retry.</source>
        <translation>上传完好的副本后重试。</translation>
    </message>
    <message>
        <source>This operation, or this region, does not accept STS temporary credentials.</source>
        <translation>该操作或该地域不支持STS临时访问凭证。</translation>
    </message>
    <message>
        <source>Some OSS operations, and some regions, do not accept a security token; requests there need another form of access.</source>
        <translation>部分OSS操作和部分地域不接受安全令牌；在这些场景下，请求需要使用其他访问方式。</translation>
    </message>
    <message>
        <source>Check whether the operation and the region support STS tokens.</source>
        <translation>检查该操作和该地域是否支持STS Token。</translation>
    </message>
    <message>
        <source>Grant access another way, for example a RAM user&apos;s AccessKey with a RAM policy, or a bucket policy.</source>
        <translation>通过其他方式授权访问，例如使用RAM用户的AccessKey并配合RAM Policy，或使用Bucket授权策略。</translation>
    </message>
    <message>
        <source>EC 0002-00000080: V1 signatures are no longer accepted</source>
        <translation>EC 0002-00000080：不再接受 V1 签名</translation>
    </message>
    <message>
        <source>Does the client still sign with OSS V1 (Authorization: OSS AccessKeyId:Signature, or Signature/OSSAccessKeyId in the URL)?</source>
        <translation>客户端是否仍在使用 OSS V1 签名（Authorization: OSS AccessKeyId:Signature，或 URL 中的 Signature/OSSAccessKeyId）？</translation>
    </message>
    <message>
        <source>Code “InvalidBucketName”, message “The specified bucket is not valid”</source>
        <translation>错误码“InvalidBucketName”，消息“The specified bucket is not valid”</translation>
    </message>
    <message>
        <source>Is the bucket name empty, duplicated into the endpoint, or outside 3 to 63 lower-case letters, digits and hyphens?</source>
        <translation>Bucket 名称是否为空、在 Endpoint 中重复出现，或不符合 3 到 63 个小写字母、数字和短划线的规则？</translation>
    </message>
    <message>
        <source>The request is signed with OSS V1, which this account or bucket no longer accepts.</source>
        <translation>请求使用 OSS V1 签名，而该账号或 Bucket 已不再接受 V1 签名。</translation>
    </message>
    <message>
        <source>OSS stopped offering V1 signatures to new accounts from 2025-03-01 and to new buckets from 2025-09-01; such requests are refused even with the right keys.</source>
        <translation>OSS 自 2025-03-01 起不再为新账号、自 2025-09-01 起不再为新 Bucket 提供 V1 签名；即使 AccessKey 正确，这类请求也会被拒绝。</translation>
    </message>
    <message>
        <source>Upgrade the SDK or tool to a version that signs with V4 (OSS4-HMAC-SHA256) and set the region it needs.</source>
        <translation>将 SDK 或工具升级到使用 V4 签名（OSS4-HMAC-SHA256）的版本，并设置其所需的地域。</translation>
    </message>
    <message>
        <source>For hand-written signing, build the V4 Authorization header or the x-oss-signature URL form instead of the V1 one.</source>
        <translation>如果是自行实现签名，请改为构造 V4 的 Authorization 头或 x-oss-signature URL 形式，而不是 V1 形式。</translation>
    </message>
    <message>
        <source>The bucket name the client sends is not a valid OSS bucket name.</source>
        <translation>客户端发送的 Bucket 名称不是有效的 OSS Bucket 名称。</translation>
    </message>
    <message>
        <source>A bucket name left empty by the configuration, or written into the endpoint as well as the bucket setting (bucket.bucket.oss-region.aliyuncs.com), reaches OSS as an invalid name.</source>
        <translation>配置中 Bucket 名称为空，或既写进了 Endpoint 又写在 Bucket 设置中（bucket.bucket.oss-region.aliyuncs.com），到达 OSS 时就成了无效名称。</translation>
    </message>
    <message>
        <source>Print the bucket name the client really uses; make sure the configuration passes it and it is 3 to 63 lower-case letters, digits and hyphens.</source>
        <translation>打印客户端实际使用的 Bucket 名称，确认配置确实传入了它，且由 3 到 63 个小写字母、数字和短划线组成。</translation>
    </message>
    <message>
        <source>Set the endpoint to the region endpoint (oss-cn-hangzhou.aliyuncs.com) without the bucket name in it.</source>
        <translation>将 Endpoint 设置为不含 Bucket 名称的地域 Endpoint（oss-cn-hangzhou.aliyuncs.com）。</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <source>What went wrong?</source>
        <translation>出了什么问题？</translation>
    </message>
    <message>
        <source>Paste the error as you have it: an XML body, an SDK exception, a browser console line or a log. Add the URL that failed if you have it.</source>
        <translation>按原样粘贴错误信息：XML 响应体、SDK 异常、浏览器控制台中的一行或日志均可。如有失败的 URL，也请一并填写。</translation>
    </message>
    <message>
        <source>&amp;Error text:</source>
        <translation>错误文本(&amp;E)：</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>错误文本</translation>
    </message>
    <message>
        <source>&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;…</source>
        <translation>&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;…</translation>
    </message>
    <message>
        <source>Failed &amp;URL (optional):</source>
        <translation>失败的 URL（选填）(&amp;U)：</translation>
    </message>
    <message>
        <source>Failed URL</source>
        <translation>失败的 URL</translation>
    </message>
    <message>
        <source>https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg</source>
        <translation>https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg</translation>
    </message>
    <message>
        <source>Recognised so far:</source>
        <translation>目前识别结果：</translation>
    </message>
    <message>
        <source>Recognised so far</source>
        <translation>目前识别结果</translation>
    </message>
    <message>
        <source>Nothing yet. The preview fills in as you paste.</source>
        <translation>暂无内容。粘贴后，此处会显示预览。</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Presigned URL valid until %1 (UTC)</source>
        <translation>预签名 URL 有效期至 %1（UTC）</translation>
    </message>
    <message>
        <source>Likeliest causes so far:</source>
        <translation>目前最可能的原因：</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n 个签名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security token(s)</source>
        <translation>
            <numerusform>%n 个安全令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authorization value(s)</source>
        <translation>
            <numerusform>%n 个 Authorization 值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n 个 Cookie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other secret value(s)</source>
        <translation>
            <numerusform>%n 个其他敏感值</numerusform>
        </translation>
    </message>
    <message>
        <source>No secrets were found in the report, so nothing was removed.</source>
        <translation>报告中未发现密钥等敏感信息，因此未移除任何内容。</translation>
    </message>
    <message>
        <source>Removed before export: %1.</source>
        <translation>导出前已移除：%1。</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>无法生成 PDF。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the credentials were not stored. Enter them each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>此计算机上没有可用的钥匙串，因此未保存凭证。请每次手动输入凭证，或启动钥匙串服务（如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
    <message>
        <source>The keychain refused access, so the credentials were not stored or read. Unlock the keychain and try again.</source>
        <translation>钥匙串拒绝访问，因此未能保存或读取凭证。请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it or check that its service is running, then try again.</source>
        <translation>钥匙串在 %1 秒内未响应。请解锁钥匙串或确认其服务正在运行，然后重试。</translation>
    </message>
    <message>
        <source>No credentials are stored in the keychain for %1.</source>
        <translation>钥匙串中没有为 %1 保存的凭证。</translation>
    </message>
    <message>
        <source>The credentials stored in the keychain for %1 could not be read. Save them again.</source>
        <translation>无法读取钥匙串中为 %1 保存的凭证。请重新保存。</translation>
    </message>
    <message>
        <source>Choose a profile name before storing credentials.</source>
        <translation>保存凭证前，请先选择配置名称。</translation>
    </message>
    <message>
        <source>Bucket Doctor could not use the keychain (%1). Enter the credentials each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Bucket Doctor 无法使用钥匙串（%1）。请每次手动输入凭证，或启动钥匙串服务（如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
</context>
<context>
    <name>S3Tree</name>
    <message>
        <source>Code “AccessDenied”, message “Access Denied”</source>
        <translation>错误码“AccessDenied”，消息“Access Denied”</translation>
    </message>
    <message>
        <source>Was the request sent unsigned, with no Authorization header and no X-Amz-Signature, to a bucket or object that is not public?</source>
        <translation>请求是否未签名（既无 Authorization 头部，也无 X-Amz-Signature），却发往了非公开的存储桶或对象？</translation>
    </message>
    <message>
        <source>Does an identity-based policy of the calling user or role allow this action on this bucket or key?</source>
        <translation>调用方用户或角色的基于身份的策略是否允许对此存储桶或键执行该操作？</translation>
    </message>
    <message>
        <source>Is the caller in a different account from the bucket owner, so that both its identity policy and the bucket policy must allow the request?</source>
        <translation>调用方是否与存储桶拥有者不在同一账户，因而其身份策略和存储桶策略都必须允许该请求？</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this principal, action or resource?</source>
        <translation>存储桶策略中是否有 Deny 语句匹配此主体、操作或资源？</translation>
    </message>
    <message>
        <source>Does a policy condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce exclude the network the request came from?</source>
        <translation>是否有基于 aws:SourceIp、aws:SourceVpc 或 aws:SourceVpce 的策略条件排除了请求来源的网络？</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:Referer exclude the page that sent the request?</source>
        <translation>是否有基于 aws:Referer 的存储桶策略条件排除了发出请求的页面？</translation>
    </message>
    <message>
        <source>Is Block Public Access on while the request relies on, or sets, a public ACL or public bucket policy?</source>
        <translation>是否已开启阻止公有访问，而请求依赖或设置了公有 ACL 或公有存储桶策略？</translation>
    </message>
    <message>
        <source>Are ACLs disabled by Object Ownership, or is the object owned by another account, so that an ACL grant has no effect?</source>
        <translation>ACL 是否已因对象所有权设置而被禁用，或对象归其他账户所有，导致 ACL 授权不起作用？</translation>
    </message>
    <message>
        <source>Does the key exist (without s3:ListBucket a missing key answers 403, not 404)?</source>
        <translation>该键是否存在（没有 s3:ListBucket 权限时，不存在的键返回 403 而非 404）？</translation>
    </message>
    <message>
        <source>Is the object encrypted with SSE-KMS, and may the caller use that KMS key?</source>
        <translation>对象是否使用 SSE-KMS 加密，调用方是否有权使用该 KMS 密钥？</translation>
    </message>
    <message>
        <source>Were the temporary credentials issued with a session policy that leaves this action out?</source>
        <translation>签发临时凭证时是否附带了未包含此操作的会话策略？</translation>
    </message>
    <message>
        <source>Does a service control policy of the organization deny this action for the account?</source>
        <translation>组织的服务控制策略是否对该账户拒绝了此操作？</translation>
    </message>
    <message>
        <source>Does a permissions boundary on the user or role leave this action out?</source>
        <translation>用户或角色的权限边界是否未包含此操作？</translation>
    </message>
    <message>
        <source>Access denied for a KMS action (kms:Decrypt, kms:GenerateDataKey)</source>
        <translation>KMS 操作（kms:Decrypt、kms:GenerateDataKey）被拒绝访问</translation>
    </message>
    <message>
        <source>Do the key policy and the caller&apos;s identity policy allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on this key?</source>
        <translation>密钥策略和调用方的身份策略是否都允许对此密钥执行 kms:Decrypt（读取）和 kms:GenerateDataKey（写入）？</translation>
    </message>
    <message>
        <source>Is the key enabled, not pending deletion, and in the bucket&apos;s Region?</source>
        <translation>该密钥是否已启用、未处于待删除状态，并且位于存储桶所在区域？</translation>
    </message>
    <message>
        <source>Message “The ciphertext refers to a customer master key that does not exist …” or a KMS exception</source>
        <translation>消息“The ciphertext refers to a customer master key that does not exist …”或 KMS 异常</translation>
    </message>
    <message>
        <source>Does the KMS key still exist, enabled and not pending deletion, in the bucket&apos;s Region?</source>
        <translation>该 KMS 密钥是否仍存在于存储桶所在区域，且已启用、未处于待删除状态？</translation>
    </message>
    <message>
        <source>If it exists, does its key policy allow the caller?</source>
        <translation>如果存在，其密钥策略是否允许该调用方？</translation>
    </message>
    <message>
        <source>Message “… because no identity-based policy allows the … action”</source>
        <translation>消息“… because no identity-based policy allows the … action”</translation>
    </message>
    <message>
        <source>Is the principal named in the message the one you expected (check with aws sts get-caller-identity)?</source>
        <translation>消息中指明的主体是否是您预期的主体（可用 aws sts get-caller-identity 检查）？</translation>
    </message>
    <message>
        <source>Does any policy of that user, its groups or that role allow the action named in the message on the resource named in the message?</source>
        <translation>该用户、其所属用户组或该角色是否有策略允许对消息中指明的资源执行消息中指明的操作？</translation>
    </message>
    <message>
        <source>Is the action a KMS action such as kms:Decrypt or kms:GenerateDataKey, so that the caller needs rights on the KMS key?</source>
        <translation>该操作是否为 kms:Decrypt 或 kms:GenerateDataKey 等 KMS 操作，因而调用方需要拥有该 KMS 密钥的权限？</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in an identity-based policy”</source>
        <translation>消息“… with an explicit deny in an identity-based policy”</translation>
    </message>
    <message>
        <source>Does a policy of the user, one of its groups or the role hold a Deny that matches the action and resource in the message?</source>
        <translation>用户、其所属的某个用户组或角色的策略中，是否有与消息中的操作和资源匹配的 Deny？</translation>
    </message>
    <message>
        <source>Does that Deny depend on a source IP, VPC or VPC endpoint condition that the request does not meet?</source>
        <translation>该 Deny 是否取决于请求未满足的源 IP、VPC 或 VPC 终端节点条件？</translation>
    </message>
    <message>
        <source>Message “… because no resource-based policy allows the … action”</source>
        <translation>消息“… because no resource-based policy allows the … action”</translation>
    </message>
    <message>
        <source>Is the caller in another account of the organization, so that the bucket policy must name it?</source>
        <translation>调用方是否属于组织中的另一个账户，因而必须在存储桶策略中指定它？</translation>
    </message>
    <message>
        <source>Is the resource a KMS key, so that its key policy must allow the caller?</source>
        <translation>该资源是否为 KMS 密钥，因而其密钥策略必须允许该调用方？</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in a resource-based policy”</source>
        <translation>消息“… with an explicit deny in a resource-based policy”</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match the principal, action and resource in the message?</source>
        <translation>存储桶策略中是否有 Deny 语句与消息中的主体、操作和资源匹配？</translation>
    </message>
    <message>
        <source>Does that Deny use a condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce that the request does not meet?</source>
        <translation>该 Deny 是否使用了请求未满足的 aws:SourceIp、aws:SourceVpc 或 aws:SourceVpce 条件？</translation>
    </message>
    <message>
        <source>Does that Deny use a condition on aws:Referer that the request&apos;s Referer does not meet?</source>
        <translation>该 Deny 是否使用了请求的 Referer 无法满足的 aws:Referer 条件？</translation>
    </message>
    <message>
        <source>Is the resource a KMS key whose key policy denies the caller?</source>
        <translation>该资源是否为 KMS 密钥，且其密钥策略拒绝了该调用方？</translation>
    </message>
    <message>
        <source>Message “… because no service control policy allows the … action”</source>
        <translation>消息“… because no service control policy allows the … action”</translation>
    </message>
    <message>
        <source>Do the service control policies that apply to the account allow this action?</source>
        <translation>适用于该账户的服务控制策略是否允许此操作？</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in a service control policy”</source>
        <translation>消息“… with an explicit deny in a service control policy”</translation>
    </message>
    <message>
        <source>Does the Deny depend on a condition the request can meet, such as an allowed Region or an encryption header?</source>
        <translation>该 Deny 是否取决于请求可以满足的条件，例如允许的区域或加密头部？</translation>
    </message>
    <message>
        <source>Message “… because no permissions boundary allows …” or “… explicit deny in a permissions boundary”</source>
        <translation>消息“… because no permissions boundary allows …”或“… explicit deny in a permissions boundary”</translation>
    </message>
    <message>
        <source>Does the permissions boundary of the user or role allow this action without denying it?</source>
        <translation>用户或角色的权限边界是否允许此操作且未拒绝它？</translation>
    </message>
    <message>
        <source>Message “… because no session policy allows …” or “… explicit deny in a session policy”</source>
        <translation>消息“… because no session policy allows …”或“… explicit deny in a session policy”</translation>
    </message>
    <message>
        <source>Does the session policy passed when the temporary credentials were issued allow this action?</source>
        <translation>签发临时凭证时传入的会话策略是否允许此操作？</translation>
    </message>
    <message>
        <source>Message “… because no VPC endpoint policy allows …” or “… explicit deny in a VPC endpoint policy”</source>
        <translation>消息“… because no VPC endpoint policy allows …”或“… explicit deny in a VPC endpoint policy”</translation>
    </message>
    <message>
        <source>Does the policy of the VPC endpoint the request went through allow this bucket and action?</source>
        <translation>请求所经过的 VPC 终端节点的策略是否允许此存储桶和操作？</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:SourceVpce or aws:SourceVpc also apply?</source>
        <translation>是否还有基于 aws:SourceVpce 或 aws:SourceVpc 的存储桶策略条件生效？</translation>
    </message>
    <message>
        <source>Is ServerTime later than Expires (X-Amz-Date plus X-Amz-Expires)?</source>
        <translation>ServerTime 是否晚于 Expires（X-Amz-Date 加 X-Amz-Expires）？</translation>
    </message>
    <message>
        <source>Was the URL signed on a machine whose clock was far behind, so that it expired early?</source>
        <translation>URL 是否在时钟严重滞后的机器上签名，因而提前过期？</translation>
    </message>
    <message>
        <source>Was the URL signed with temporary credentials that have since expired?</source>
        <translation>URL 是否使用了之后已过期的临时凭证签名？</translation>
    </message>
    <message>
        <source>Code “SignatureDoesNotMatch”</source>
        <translation>错误码“SignatureDoesNotMatch”</translation>
    </message>
    <message>
        <source>Is the secret access key exactly the one paired with this access key id, without whitespace?</source>
        <translation>秘密访问密钥是否正是与此访问密钥 ID 配对的那一个，且不含空白字符？</translation>
    </message>
    <message>
        <source>Does the object key or a query value contain spaces, +, %, non-ASCII or other characters that were encoded differently from the signed form?</source>
        <translation>对象键或查询参数值是否包含空格、+、%、非 ASCII 字符或其他字符，且其编码方式与签名时不同？</translation>
    </message>
    <message>
        <source>Did a browser, proxy or CDN add or change a signed header such as Host, Content-Type or an x-amz- header after signing?</source>
        <translation>签名后，浏览器、代理或 CDN 是否添加或修改了 Host、Content-Type 或 x-amz- 头部等已签名的头部？</translation>
    </message>
    <message>
        <source>For a presigned PUT, does the Content-Type sent match the one that was signed?</source>
        <translation>对于预签名 PUT，发送的 Content-Type 是否与签名时的一致？</translation>
    </message>
    <message>
        <source>For an S3-compatible store, does the client sign for the endpoint, addressing style and Region the store expects?</source>
        <translation>对于 S3 兼容存储，客户端签名所用的终端节点、寻址方式和区域是否符合该存储的要求？</translation>
    </message>
    <message>
        <source>Code “InvalidAccessKeyId”</source>
        <translation>错误码“InvalidAccessKeyId”</translation>
    </message>
    <message>
        <source>Does the access key id exist with status Active, free of spaces or quotes?</source>
        <translation>访问密钥 ID 是否存在且状态为 Active，并且不含空格或引号？</translation>
    </message>
    <message>
        <source>Is it a temporary key id (starting with ASIA) sent without its session token?</source>
        <translation>是否为临时访问密钥 ID（以 ASIA 开头），却未随附其会话令牌发送？</translation>
    </message>
    <message>
        <source>Were keys of an S3-compatible store sent to AWS because the client has no custom endpoint?</source>
        <translation>是否因客户端未设置自定义终端节点，而把 S3 兼容存储的密钥发送到了 AWS？</translation>
    </message>
    <message>
        <source>Code “RequestTimeTooSkewed”</source>
        <translation>错误码“RequestTimeTooSkewed”</translation>
    </message>
    <message>
        <source>Are RequestTime and ServerTime more than 15 minutes apart?</source>
        <translation>RequestTime 与 ServerTime 是否相差超过 15 分钟？</translation>
    </message>
    <message>
        <source>Code “ExpiredToken”, message “The provided token has expired”</source>
        <translation>错误码“ExpiredToken”，消息“The provided token has expired”</translation>
    </message>
    <message>
        <source>Have the temporary credentials passed their Expiration time?</source>
        <translation>临时凭证是否已超过其 Expiration 时间？</translation>
    </message>
    <message>
        <source>Was a presigned URL signed with these temporary credentials and used after the session ended?</source>
        <translation>是否使用这些临时凭证签名了预签名 URL，并在会话结束后才使用？</translation>
    </message>
    <message>
        <source>Code “InvalidToken”, message “The provided token is malformed or otherwise invalid”</source>
        <translation>错误码“InvalidToken”，消息“The provided token is malformed or otherwise invalid”</translation>
    </message>
    <message>
        <source>Does the session token belong to the same temporary credential set as the access key id, and is it complete?</source>
        <translation>会话令牌是否与访问密钥 ID 属于同一组临时凭证，且完整无缺？</translation>
    </message>
    <message>
        <source>Code “PermanentRedirect” (HTTP 301) with an Endpoint</source>
        <translation>错误码“PermanentRedirect”（HTTP 301），并带有 Endpoint</translation>
    </message>
    <message>
        <source>Does the endpoint in the body, or x-amz-bucket-region, differ from the endpoint and Region the client used?</source>
        <translation>响应体中的终端节点或 x-amz-bucket-region 是否与客户端使用的终端节点和区域不同？</translation>
    </message>
    <message>
        <source>Code “AuthorizationHeaderMalformed”: wrong Region or credential</source>
        <translation>错误码“AuthorizationHeaderMalformed”：区域或凭证错误</translation>
    </message>
    <message>
        <source>Does the Region in the credential scope differ from the Region in the body?</source>
        <translation>凭证范围（credential scope）中的区域是否与响应体中的区域不同？</translation>
    </message>
    <message>
        <source>Is this an S3-compatible store that expects the Region us-east-1 (or auto for R2)?</source>
        <translation>这是否是要求区域为 us-east-1（R2 为 auto）的 S3 兼容存储？</translation>
    </message>
    <message>
        <source>Is the Credential part complete, with a non-empty access key id?</source>
        <translation>Credential 部分是否完整，且访问密钥 ID 不为空？</translation>
    </message>
    <message>
        <source>Message “CORSResponse: CORS is not enabled for this bucket”</source>
        <translation>消息“CORSResponse: CORS is not enabled for this bucket”</translation>
    </message>
    <message>
        <source>Does the bucket have any CORS configuration?</source>
        <translation>存储桶是否有任何 CORS 配置？</translation>
    </message>
    <message>
        <source>Message “CORSResponse: This CORS request is not allowed”</source>
        <translation>消息“CORSResponse: This CORS request is not allowed”</translation>
    </message>
    <message>
        <source>Does a CORS rule list the page&apos;s origin exactly, with scheme and port?</source>
        <translation>是否有 CORS 规则精确列出了页面的源（包括协议和端口）？</translation>
    </message>
    <message>
        <source>Does that rule allow the method in Access-Control-Request-Method?</source>
        <translation>该规则是否允许 Access-Control-Request-Method 中的方法？</translation>
    </message>
    <message>
        <source>Does it allow every header in Access-Control-Request-Headers?</source>
        <translation>它是否允许 Access-Control-Request-Headers 中的每个头部？</translation>
    </message>
    <message>
        <source>Browser console: a method or header is not allowed by the CORS preflight response</source>
        <translation>浏览器控制台：CORS 预检响应不允许某个方法或头部</translation>
    </message>
    <message>
        <source>Does the matching rule&apos;s AllowedHeaders cover every header the page sends, such as content-type or x-amz-*?</source>
        <translation>匹配规则的 AllowedHeaders 是否涵盖页面发送的所有头部，例如 content-type 或 x-amz-*？</translation>
    </message>
    <message>
        <source>Does the matching rule&apos;s AllowedMethods include the page&apos;s method?</source>
        <translation>匹配规则的 AllowedMethods 是否包含页面使用的方法？</translation>
    </message>
    <message>
        <source>Browser console: request blocked by CORS policy</source>
        <translation>浏览器控制台：请求被 CORS 策略阻止</translation>
    </message>
    <message>
        <source>Does the bucket have a CORS configuration at all?</source>
        <translation>存储桶是否配置了 CORS？</translation>
    </message>
    <message>
        <source>Does a rule match the page&apos;s origin, method and request headers?</source>
        <translation>是否有规则与页面的源、方法和请求头部匹配？</translation>
    </message>
    <message>
        <source>Did the actual request fail for another reason (an expired URL, a changed Content-Type), so that the error response lacked CORS headers?</source>
        <translation>实际请求是否因其他原因（URL 过期、Content-Type 被更改）失败，导致错误响应中缺少 CORS 头部？</translation>
    </message>
    <message>
        <source>Was the presigned URL already expired when the page used it?</source>
        <translation>页面使用预签名 URL 时，它是否已经过期？</translation>
    </message>
    <message>
        <source>Code “InvalidObjectState”: the object is archived</source>
        <translation>错误码“InvalidObjectState”：对象已归档</translation>
    </message>
    <message>
        <source>Is the object in GLACIER or DEEP_ARCHIVE, with no finished restore?</source>
        <translation>对象是否处于 GLACIER 或 DEEP_ARCHIVE 存储类别，且尚未完成还原？</translation>
    </message>
    <message>
        <source>Is it an Intelligent-Tiering object in the Archive Access or Deep Archive Access tier?</source>
        <translation>是否为处于归档访问层或深度归档访问层的 Intelligent-Tiering 对象？</translation>
    </message>
    <message>
        <source>Code “AllAccessDisabled”: all access has been disabled</source>
        <translation>错误码“AllAccessDisabled”：所有访问均已被禁用</translation>
    </message>
    <message>
        <source>Has AWS disabled the account, the bucket or the object, for example for billing or an abuse report?</source>
        <translation>AWS 是否因账单或滥用举报等原因禁用了该账户、存储桶或对象？</translation>
    </message>
    <message>
        <source>Code “InvalidBucketName”</source>
        <translation>错误码“InvalidBucketName”</translation>
    </message>
    <message>
        <source>Is the bucket name 3 to 63 lowercase letters, digits, dots or hyphens, with no scheme, path or s3:// prefix?</source>
        <translation>存储桶名称是否由 3 到 63 个小写字母、数字、点或连字符组成，且不含协议、路径或 s3:// 前缀？</translation>
    </message>
    <message>
        <source>Code “AccessControlListNotSupported”: the bucket does not allow ACLs</source>
        <translation>错误码“AccessControlListNotSupported”：存储桶不允许使用 ACL</translation>
    </message>
    <message>
        <source>Is Object Ownership set to Bucket owner enforced while the client sends an ACL?</source>
        <translation>对象所有权是否设置为“存储桶拥有者强制执行”，而客户端仍发送了 ACL？</translation>
    </message>
    <message>
        <source>Does the caller&apos;s identity policy allow s3:GetObject (HeadObject) or s3:ListBucket (HeadBucket) here?</source>
        <translation>调用方的身份策略是否允许在此执行 s3:GetObject（HeadObject）或 s3:ListBucket（HeadBucket）？</translation>
    </message>
    <message>
        <source>Does a signed GET of the same key show a clock or signature error that the bodiless HEAD hides?</source>
        <translation>对同一个键发送已签名的 GET 请求时，是否会显示被无响应体的 HEAD 隐藏的时钟或签名错误？</translation>
    </message>
    <message>
        <source>Is the secret access key right (a bad signature also gives a bare 403 on HEAD)?</source>
        <translation>秘密访问密钥是否正确（签名错误时 HEAD 同样只返回 403）？</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this caller?</source>
        <translation>存储桶策略中是否有 Deny 语句匹配此调用方？</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognisable error code</source>
        <translation>HTTP 403，无可识别的错误码</translation>
    </message>
    <message>
        <source>Does the request use the bucket&apos;s own Region and endpoint (compare x-amz-bucket-region)?</source>
        <translation>请求是否使用了存储桶自身所在的区域和终端节点（对比 x-amz-bucket-region）？</translation>
    </message>
    <message>
        <source>Is the local clock within 15 minutes of the Date header of S3&apos;s response?</source>
        <translation>本地时钟与 S3 响应的 Date 头部相差是否在 15 分钟以内？</translation>
    </message>
    <message>
        <source>For a presigned URL, is the current time still before X-Amz-Date plus X-Amz-Expires?</source>
        <translation>对于预签名 URL，当前时间是否仍早于 X-Amz-Date 加 X-Amz-Expires？</translation>
    </message>
    <message>
        <source>Are the access key id, secret and session token accepted by a simple signed request?</source>
        <translation>访问密钥 ID、秘密访问密钥和会话令牌能否通过一个简单的签名请求？</translation>
    </message>
    <message>
        <source>Was the request sent unsigned to a private bucket or object?</source>
        <translation>请求是否未签名就发往了私有存储桶或对象？</translation>
    </message>
    <message>
        <source>Is Block Public Access on while you rely on a public ACL or public policy?</source>
        <translation>是否已开启阻止公有访问，而您依赖的是公有 ACL 或公有策略？</translation>
    </message>
    <message>
        <source>Does an identity-based policy of the caller allow this action on this bucket or key?</source>
        <translation>调用方的基于身份的策略是否允许对此存储桶或键执行该操作？</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this request?</source>
        <translation>存储桶策略中是否有 Deny 语句匹配此请求？</translation>
    </message>
    <message>
        <source>Does the browser&apos;s CORS preflight match a CORS rule of the bucket?</source>
        <translation>浏览器的 CORS 预检请求是否与存储桶的某条 CORS 规则匹配？</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:Referer refuse the page&apos;s Referer?</source>
        <translation>是否有基于 aws:Referer 的存储桶策略条件拒绝了页面的 Referer？</translation>
    </message>
    <message>
        <source>Is the object encrypted with a KMS key that the caller may not use?</source>
        <translation>对象是否使用了调用方无权使用的 KMS 密钥加密？</translation>
    </message>
    <message>
        <source>No identity-based policy of the calling user or role allows this action.</source>
        <translation>调用方用户或角色没有任何基于身份的策略允许此操作。</translation>
    </message>
    <message>
        <source>IAM denies by default: unless a policy attached to the user, its groups or the role allows the action on this bucket or key, the request is refused. In the same account an allow in the bucket policy would also do.</source>
        <translation>IAM 默认拒绝：除非附加到用户、其所属用户组或角色的策略允许对此存储桶或键执行该操作，否则请求会被拒绝。在同一账户内，存储桶策略中的允许同样有效。</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity with the same credentials to confirm which user or role really sends the request.</source>
        <translation>使用相同的凭证运行 aws sts get-caller-identity，确认实际发送请求的是哪个用户或角色。</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions, or IAM console &gt; Roles &gt; (role) &gt; Permissions, and find a statement that allows the action named in the error.</source>
        <translation>打开 IAM 控制台 &gt; 用户 &gt; （用户） &gt; 权限，或 IAM 控制台 &gt; 角色 &gt; （角色） &gt; 权限，查找允许错误中所指操作的语句。</translation>
    </message>
    <message>
        <source>Check that its Resource covers the request: arn:aws:s3:::bucket for bucket actions such as s3:ListBucket, arn:aws:s3:::bucket/* for object actions such as s3:GetObject and s3:PutObject.</source>
        <translation>检查其 Resource 是否涵盖该请求：s3:ListBucket 等存储桶操作对应 arn:aws:s3:::bucket，s3:GetObject 和 s3:PutObject 等对象操作对应 arn:aws:s3:::bucket/*。</translation>
    </message>
    <message>
        <source>Add the missing Allow, or grant it in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, and retry.</source>
        <translation>添加缺少的 Allow，或在 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略中授予，然后重试。</translation>
    </message>
    <message>
        <source>Use the IAM Policy Simulator to confirm the decision before retrying from the application.</source>
        <translation>在应用程序中重试之前，先使用 IAM 策略模拟器确认授权结果。</translation>
    </message>
    <message>
        <source>An identity-based policy of the caller explicitly denies this action.</source>
        <translation>调用方的某个基于身份的策略显式拒绝了此操作。</translation>
    </message>
    <message>
        <source>An explicit Deny wins over every Allow. It may sit in a policy of the user, of one of its groups or of the role, and often carries a condition such as a source IP, MFA or encryption requirement.</source>
        <translation>显式 Deny 优先于任何 Allow。它可能位于用户、其所属某个用户组或角色的策略中，并常带有源 IP、MFA 或加密要求等条件。</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity to confirm the principal named in the error.</source>
        <translation>运行 aws sts get-caller-identity，确认错误中指明的主体。</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions (and the user&apos;s groups), or IAM console &gt; Roles &gt; (role) &gt; Permissions, and search every policy for a Deny that matches the action and resource.</source>
        <translation>打开 IAM 控制台 &gt; 用户 &gt; （用户） &gt; 权限（以及该用户所属的用户组），或 IAM 控制台 &gt; 角色 &gt; （角色） &gt; 权限，在每个策略中查找与该操作和资源匹配的 Deny。</translation>
    </message>
    <message>
        <source>Read the Deny&apos;s Condition: if it requires something you can supply (a network, MFA, an encryption header), send the request that way.</source>
        <translation>查看该 Deny 的 Condition：如果它要求的是您能满足的条件（某个网络、MFA、加密头部），请按要求发送请求。</translation>
    </message>
    <message>
        <source>Otherwise narrow or remove the Deny statement, then retry.</source>
        <translation>否则缩小该 Deny 语句的范围或将其删除，然后重试。</translation>
    </message>
    <message>
        <source>The bucket policy does not grant this principal, and it must.</source>
        <translation>存储桶策略未向此主体授权，而此处必须授权。</translation>
    </message>
    <message>
        <source>When the caller belongs to another account, even in the same AWS Organization, its own identity policy is not enough: the bucket owner must also allow it in the bucket policy.</source>
        <translation>当调用方属于另一个账户时（即使在同一个 AWS Organization 中），仅有其自身的身份策略是不够的：存储桶拥有者还必须在存储桶策略中允许它。</translation>
    </message>
    <message>
        <source>Note the principal ARN and the action named in the error.</source>
        <translation>记下错误中指明的主体 ARN 和操作。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy in the bucket owner&apos;s account.</source>
        <translation>在存储桶拥有者的账户中打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略。</translation>
    </message>
    <message>
        <source>Add an Allow statement whose Principal is that ARN (or its account) and whose Action and Resource cover the request.</source>
        <translation>添加一条 Allow 语句，将 Principal 设为该 ARN（或其账户），并使 Action 和 Resource 涵盖该请求。</translation>
    </message>
    <message>
        <source>Keep the caller&apos;s own identity policy allowing the same action, then retry.</source>
        <translation>确保调用方自身的身份策略也允许同一操作，然后重试。</translation>
    </message>
    <message>
        <source>A Deny statement in the bucket policy matches this request.</source>
        <translation>存储桶策略中的一条 Deny 语句与此请求匹配。</translation>
    </message>
    <message>
        <source>An explicit Deny in the bucket policy blocks the request whatever the identity policies allow. Deny statements often use conditions (source IP, VPC endpoint, TLS, encryption headers, Referer) that the request does not meet.</source>
        <translation>无论身份策略允许什么，存储桶策略中的显式 Deny 都会阻止该请求。Deny 语句常使用请求未满足的条件（源 IP、VPC 终端节点、TLS、加密头部、Referer）。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy.</source>
        <translation>打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略。</translation>
    </message>
    <message>
        <source>Find each statement with Effect Deny whose Principal, Action and Resource match the request, and read its Condition.</source>
        <translation>找出 Effect 为 Deny 且 Principal、Action 和 Resource 与请求匹配的每条语句，查看其 Condition。</translation>
    </message>
    <message>
        <source>Send the request so that it meets the condition, or narrow the Deny statement.</source>
        <translation>让请求满足该条件，或缩小该 Deny 语句的范围。</translation>
    </message>
    <message>
        <source>If the policy denies everyone, only the account root user may be able to edit it: sign in as root to fix it.</source>
        <translation>如果该策略拒绝了所有人，可能只有账户根用户才能编辑它：请以根用户身份登录进行修复。</translation>
    </message>
    <message>
        <source>Cross-account access lacks an allow on one of the two sides.</source>
        <translation>跨账户访问中，有一方未授予允许。</translation>
    </message>
    <message>
        <source>For a caller from another account, both its identity policy and the bucket policy (or an ACL grant) must allow the request. S3 then answers with a bare Access Denied, without naming the policy.</source>
        <translation>对于来自其他账户的调用方，其身份策略和存储桶策略（或 ACL 授权）都必须允许该请求。缺少任一方时，S3 只返回 Access Denied，不会指明是哪项策略。</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity to see the caller&apos;s account, and compare it with the bucket owner&apos;s account.</source>
        <translation>运行 aws sts get-caller-identity 查看调用方所属账户，并与存储桶拥有者的账户进行比较。</translation>
    </message>
    <message>
        <source>In the caller&apos;s account, open IAM console &gt; Roles &gt; (role) &gt; Permissions and allow the action on the bucket ARN.</source>
        <translation>在调用方账户中，打开 IAM 控制台 &gt; 角色 &gt; （角色） &gt; 权限，允许对存储桶 ARN 执行该操作。</translation>
    </message>
    <message>
        <source>In the bucket owner&apos;s account, open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and allow the caller&apos;s ARN or account.</source>
        <translation>在存储桶拥有者的账户中，打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略，允许调用方的 ARN 或账户。</translation>
    </message>
    <message>
        <source>If the objects are encrypted with a KMS key, the key policy must also allow the caller.</source>
        <translation>如果对象使用 KMS 密钥加密，密钥策略也必须允许该调用方。</translation>
    </message>
    <message>
        <source>Retry once both sides allow.</source>
        <translation>双方均允许后重试。</translation>
    </message>
    <message>
        <source>No service control policy of the organization allows this action.</source>
        <translation>组织中没有任何服务控制策略允许此操作。</translation>
    </message>
    <message>
        <source>Service control policies set the maximum an account may do. When they work as an allow list that leaves out this S3 action, no IAM or bucket policy can grant it.</source>
        <translation>服务控制策略规定了账户可执行操作的上限。当它们以允许列表方式工作且未包含此 S3 操作时，任何 IAM 策略或存储桶策略都无法授予该操作。</translation>
    </message>
    <message>
        <source>Note the action named in the error.</source>
        <translation>记下错误中指明的操作。</translation>
    </message>
    <message>
        <source>Ask the administrator of the AWS Organizations management account to review AWS Organizations console &gt; Policies &gt; Service control policies for the account and its organizational units.</source>
        <translation>请 AWS Organizations 管理账户的管理员在 AWS Organizations 控制台 &gt; 策略 &gt; 服务控制策略中，检查适用于该账户及其组织单位的策略。</translation>
    </message>
    <message>
        <source>Add the action to an SCP that applies to the account, then retry.</source>
        <translation>将该操作添加到适用于该账户的 SCP 中，然后重试。</translation>
    </message>
    <message>
        <source>A service control policy of the organization explicitly denies this action.</source>
        <translation>组织的某个服务控制策略显式拒绝了此操作。</translation>
    </message>
    <message>
        <source>A Deny in an SCP applies to every principal of the account, including administrators. Such denies often restrict Regions or require encryption or tags.</source>
        <translation>SCP 中的 Deny 适用于该账户的所有主体，包括管理员。此类拒绝通常用于限制区域，或要求加密或标签。</translation>
    </message>
    <message>
        <source>Ask the organization administrator which SCP in AWS Organizations console &gt; Policies &gt; Service control policies denies the action.</source>
        <translation>向组织管理员询问 AWS Organizations 控制台 &gt; 策略 &gt; 服务控制策略中是哪个 SCP 拒绝了该操作。</translation>
    </message>
    <message>
        <source>If the Deny has a condition you can meet (an allowed Region, an encryption header, a tag), send the request that way.</source>
        <translation>如果该 Deny 带有您可以满足的条件（允许的区域、加密头部、标签），请按要求发送请求。</translation>
    </message>
    <message>
        <source>Otherwise request an exception in the SCP, then retry.</source>
        <translation>否则请申请在该 SCP 中添加例外，然后重试。</translation>
    </message>
    <message>
        <source>The permissions boundary of the user or role does not allow this action.</source>
        <translation>用户或角色的权限边界不允许此操作。</translation>
    </message>
    <message>
        <source>A permissions boundary caps what the identity policies can grant: the action must be allowed by both, and a Deny in the boundary blocks it.</source>
        <translation>权限边界限定了身份策略所能授予的最大权限：操作必须同时被两者允许，且边界中的 Deny 会阻止该操作。</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions (or Roles &gt; (role) &gt; Permissions) and look at Permissions boundary.</source>
        <translation>打开 IAM 控制台 &gt; 用户 &gt; （用户） &gt; 权限（或 角色 &gt; （角色） &gt; 权限），查看权限边界。</translation>
    </message>
    <message>
        <source>Allow the action and resource in the boundary policy, or remove a Deny there, with the help of whoever manages boundaries.</source>
        <translation>请负责管理权限边界的人员协助，在边界策略中允许该操作和资源，或删除其中的 Deny。</translation>
    </message>
    <message>
        <source>Retry once the boundary and the identity policy both allow the action.</source>
        <translation>待权限边界和身份策略都允许该操作后重试。</translation>
    </message>
    <message>
        <source>The session policy of the temporary credentials leaves this action out.</source>
        <translation>临时凭证的会话策略未包含此操作。</translation>
    </message>
    <message>
        <source>A session policy passed to AssumeRole or GetFederationToken narrows the role&apos;s permissions: the effective rights are what both allow.</source>
        <translation>传给 AssumeRole 或 GetFederationToken 的会话策略会收窄角色的权限：有效权限为两者都允许的部分。</translation>
    </message>
    <message>
        <source>Find the code or service that issues the temporary credentials (AssumeRole, GetFederationToken, an identity broker).</source>
        <translation>找到签发临时凭证的代码或服务（AssumeRole、GetFederationToken、身份代理）。</translation>
    </message>
    <message>
        <source>Add the action and resource to the Policy or PolicyArns it passes, or drop the session policy.</source>
        <translation>在其传入的 Policy 或 PolicyArns 中添加该操作和资源，或不再使用会话策略。</translation>
    </message>
    <message>
        <source>Request new credentials and retry: existing ones keep their old session policy.</source>
        <translation>申请新凭证后重试：现有凭证仍沿用旧的会话策略。</translation>
    </message>
    <message>
        <source>Block Public Access refuses a public ACL or a public bucket policy.</source>
        <translation>阻止公有访问拒绝了公有 ACL 或公有存储桶策略。</translation>
    </message>
    <message>
        <source>With Block Public Access on, S3 rejects requests that set a public ACL or a public policy, and ignores existing public grants, so public reads fail too.</source>
        <translation>开启阻止公有访问后，S3 会拒绝设置公有 ACL 或公有策略的请求，并忽略现有的公有授权，因此公开读取也会失败。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Block public access (bucket settings), and check the account-level setting too.</source>
        <translation>打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 阻止公有访问（存储桶设置），并同时检查账户级别的设置。</translation>
    </message>
    <message>
        <source>Prefer not to make the data public: serve it through presigned URLs or a CDN with origin access instead.</source>
        <translation>尽量不要公开数据：改用预签名 URL 或启用了源访问（origin access）的 CDN 来提供数据。</translation>
    </message>
    <message>
        <source>If public access is truly intended, turn off only the setting that blocks it, then set the ACL or policy again.</source>
        <translation>如果确实需要公开访问，只关闭阻止它的那项设置，然后重新设置 ACL 或策略。</translation>
    </message>
    <message>
        <source>ACLs are disabled or do not apply because of Object Ownership.</source>
        <translation>由于对象所有权设置，ACL 已被禁用或不生效。</translation>
    </message>
    <message>
        <source>With Object Ownership set to Bucket owner enforced, ACLs are disabled: requests that set a non-default ACL fail and ACL grants give no access. With ACLs enabled, an object uploaded by another account belongs to that account, so the bucket owner may not read it.</source>
        <translation>对象所有权设置为“存储桶拥有者强制执行”时，ACL 被禁用：设置非默认 ACL 的请求会失败，ACL 授权也不授予任何访问权限。启用 ACL 时，由其他账户上传的对象归该账户所有，因此存储桶拥有者可能无法读取。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Object Ownership.</source>
        <translation>打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 对象所有权。</translation>
    </message>
    <message>
        <source>With Bucket owner enforced, remove the x-amz-acl header or ACL option from the client and grant access with policies instead.</source>
        <translation>在“存储桶拥有者强制执行”设置下，从客户端移除 x-amz-acl 头部或 ACL 选项，改用策略授予访问权限。</translation>
    </message>
    <message>
        <source>If you rely on ACL grants, express them as bucket policy statements.</source>
        <translation>如果依赖 ACL 授权，请将其改写为存储桶策略语句。</translation>
    </message>
    <message>
        <source>For objects written by another account, switch to Bucket owner enforced, which makes the bucket owner own every object, or have the writers send bucket-owner-full-control.</source>
        <translation>对于由其他账户写入的对象，请切换为“存储桶拥有者强制执行”，使存储桶拥有者拥有所有对象，或让写入方发送 bucket-owner-full-control。</translation>
    </message>
    <message>
        <source>The object does not exist, and without s3:ListBucket S3 answers 403 instead of 404.</source>
        <translation>对象不存在，而在没有 s3:ListBucket 权限时，S3 返回 403 而非 404。</translation>
    </message>
    <message>
        <source>S3 hides whether a key exists from callers who may not list the bucket. A wrong key, a missing prefix or a case difference then shows up as 403 Forbidden.</source>
        <translation>对于无权列出存储桶的调用方，S3 不会透露键是否存在。因此，键错误、缺少前缀或大小写不同都会表现为 403 Forbidden。</translation>
    </message>
    <message>
        <source>List the key with credentials that may list the bucket, for example aws s3 ls s3://bucket/prefix/, and compare the exact key, including case and leading slashes.</source>
        <translation>使用有权列出存储桶的凭证列出该键，例如 aws s3 ls s3://bucket/prefix/，并逐字比较键名，包括大小写和开头的斜杠。</translation>
    </message>
    <message>
        <source>Fix the key in the client if it differs.</source>
        <translation>如有差异，请在客户端中更正键名。</translation>
    </message>
    <message>
        <source>To get a clear 404 next time, allow s3:ListBucket on arn:aws:s3:::bucket for the caller.</source>
        <translation>为了下次能得到明确的 404，请允许调用方对 arn:aws:s3:::bucket 执行 s3:ListBucket。</translation>
    </message>
    <message>
        <source>An unsigned request reached a private bucket or object.</source>
        <translation>未签名的请求访问了私有存储桶或对象。</translation>
    </message>
    <message>
        <source>Without an Authorization header or X-Amz-Signature the request is anonymous. S3 buckets and objects are private unless a bucket policy allows everyone and Block Public Access permits it.</source>
        <translation>没有 Authorization 头部或 X-Amz-Signature 的请求是匿名请求。S3 存储桶和对象都是私有的，除非存储桶策略允许所有人访问，且阻止公有访问设置允许这样做。</translation>
    </message>
    <message>
        <source>Check whether the request carries an Authorization header or X-Amz-Signature; a plain link opened in a browser carries neither.</source>
        <translation>检查请求是否携带 Authorization 头部或 X-Amz-Signature；在浏览器中直接打开的普通链接两者都不携带。</translation>
    </message>
    <message>
        <source>If the data should stay private, sign the request with an SDK or hand out a presigned URL.</source>
        <translation>如果数据应保持私有，请使用 SDK 对请求签名，或分发预签名 URL。</translation>
    </message>
    <message>
        <source>If it should be public, allow s3:GetObject for everyone in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, after checking Block public access on the same page.</source>
        <translation>如果数据应公开，请先检查同一页面上的阻止公有访问设置，然后在 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略中允许所有人执行 s3:GetObject。</translation>
    </message>
    <message>
        <source>The access key id does not exist, was deleted or is mistyped.</source>
        <translation>访问密钥 ID 不存在、已被删除或输入有误。</translation>
    </message>
    <message>
        <source>S3 does not know the access key id in the request. It may have been deleted or deactivated, belong to another partition or store, or contain a typo or stray whitespace.</source>
        <translation>S3 无法识别请求中的访问密钥 ID。它可能已被删除或停用，属于其他分区或其他存储服务，或者含有拼写错误或多余的空白字符。</translation>
    </message>
    <message>
        <source>Print the access key id the client really uses (environment variables, profile, credentials file) and look for spaces, quotes or line breaks.</source>
        <translation>打印客户端实际使用的访问密钥 ID（环境变量、profile、凭证文件），检查是否含有空格、引号或换行符。</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Security credentials &gt; Access keys and check that the key exists and its status is Active.</source>
        <translation>打开 IAM 控制台 &gt; 用户 &gt; （用户） &gt; 安全凭证 &gt; 访问密钥，检查该密钥是否存在且状态为 Active。</translation>
    </message>
    <message>
        <source>Create a new access key if it was deleted, and update the client configuration.</source>
        <translation>如果密钥已被删除，请创建新的访问密钥并更新客户端配置。</translation>
    </message>
    <message>
        <source>For an S3-compatible store, use that store&apos;s keys and endpoint, not AWS ones.</source>
        <translation>对于 S3 兼容存储，请使用该存储自己的密钥和终端节点，而不是 AWS 的。</translation>
    </message>
    <message>
        <source>The secret access key does not match the access key id.</source>
        <translation>秘密访问密钥与访问密钥 ID 不匹配。</translation>
    </message>
    <message>
        <source>S3 found the access key id but the signature, computed with the secret it holds, differs. A secret from another key pair, a typo or whitespace around the secret gives exactly this.</source>
        <translation>S3 找到了访问密钥 ID，但用其保存的秘密访问密钥计算出的签名不一致。使用了其他密钥对的秘密访问密钥、拼写错误或密钥前后有空白字符，都会导致这种情况。</translation>
    </message>
    <message>
        <source>Check that the secret access key belongs to the same key pair as the access key id, with no leading or trailing whitespace.</source>
        <translation>检查秘密访问密钥是否与访问密钥 ID 属于同一密钥对，且前后没有空白字符。</translation>
    </message>
    <message>
        <source>Look for an older secret left in an environment variable, profile or credentials file that takes precedence.</source>
        <translation>检查环境变量、profile 或凭证文件中是否残留了优先级更高的旧秘密访问密钥。</translation>
    </message>
    <message>
        <source>If in doubt, create a new access key in IAM console &gt; Users &gt; (user) &gt; Security credentials, or in the S3-compatible store&apos;s admin console, and configure both halves together.</source>
        <translation>如有疑问，请在 IAM 控制台 &gt; 用户 &gt; （用户） &gt; 安全凭证中，或在 S3 兼容存储的管理控制台中创建新的访问密钥，并同时配置访问密钥 ID 和秘密访问密钥。</translation>
    </message>
    <message>
        <source>The object key or a query value was encoded differently from what was signed.</source>
        <translation>对象键或查询参数值的编码方式与签名时不同。</translation>
    </message>
    <message>
        <source>SigV4 signs the path and every query parameter URI-encoded exactly once. Spaces, +, %, * and non-ASCII characters are often encoded twice, not at all, or with + for a space.</source>
        <translation>SigV4 对路径和每个查询参数签名时，要求它们恰好经过一次 URI 编码。空格、+、%、* 和非 ASCII 字符常被编码两次、未被编码，或将空格编码为 +。</translation>
    </message>
    <message>
        <source>Compare the CanonicalRequest in the error body with the one your client built; the first difference is usually in the path or the query line.</source>
        <translation>将错误响应体中的 CanonicalRequest 与客户端构造的进行比较；第一处差异通常出现在路径行或查询参数行。</translation>
    </message>
    <message>
        <source>Encode each path segment once with RFC 3986 rules (space as %20, + as %2B), keep the slashes, and do not encode an already encoded key again.</source>
        <translation>按 RFC 3986 规则对每个路径段编码一次（空格编码为 %20，+ 编码为 %2B），保留斜杠，不要对已编码的键再次编码。</translation>
    </message>
    <message>
        <source>Prefer the SDK&apos;s own methods over hand-built URLs, and retry with a key without special characters to confirm.</source>
        <translation>优先使用 SDK 自带的方法而非手工拼接 URL，并用不含特殊字符的键重试以确认问题。</translation>
    </message>
    <message>
        <source>The request sent differs from the request that was signed.</source>
        <translation>实际发送的请求与签名的请求不一致。</translation>
    </message>
    <message>
        <source>The keys are right but a signed part changed after signing: a browser or proxy set another Content-Type, Host or x-amz- header, or the client signed one host or path form and sent another.</source>
        <translation>密钥正确，但某个已签名的部分在签名后被更改：浏览器或代理设置了不同的 Content-Type、Host 或 x-amz- 头部，或者客户端签名时使用的主机或路径形式与发送时不同。</translation>
    </message>
    <message>
        <source>Compare the StringToSign and CanonicalRequest in the error body with the ones your client computed, line by line.</source>
        <translation>逐行比较错误响应体中的 StringToSign 和 CanonicalRequest 与客户端计算出的结果。</translation>
    </message>
    <message>
        <source>For a presigned PUT, send exactly the Content-Type (and other signed headers) that were used when signing, or leave them out of the signature.</source>
        <translation>对于预签名 PUT，请发送与签名时完全相同的 Content-Type（及其他已签名头部），或不将它们纳入签名。</translation>
    </message>
    <message>
        <source>Check proxies, gateways and CDNs that rewrite Host or add headers; sign the host the server will see.</source>
        <translation>检查会改写 Host 或添加头部的代理、网关和 CDN；按服务器最终看到的主机进行签名。</translation>
    </message>
    <message>
        <source>Make sure the addressing style (virtual-hosted or path-style) and the endpoint used for signing match the URL actually sent.</source>
        <translation>确保签名时使用的寻址方式（虚拟托管样式或路径样式）和终端节点与实际发送的 URL 一致。</translation>
    </message>
    <message>
        <source>The client clock differs from S3 time by more than 15 minutes.</source>
        <translation>客户端时钟与 S3 时间相差超过 15 分钟。</translation>
    </message>
    <message>
        <source>S3 refuses signed requests whose time (x-amz-date or Date) is more than 15 minutes from its own. The error body shows RequestTime, ServerTime and MaxAllowedSkewMilliseconds 900000.</source>
        <translation>如果签名请求的时间（x-amz-date 或 Date）与 S3 自身时间相差超过 15 分钟，S3 会拒绝该请求。错误响应体中会显示 RequestTime、ServerTime 以及值为 900000 的 MaxAllowedSkewMilliseconds。</translation>
    </message>
    <message>
        <source>Compare RequestTime and ServerTime in the error body, or the local UTC time with the Date header of any S3 response.</source>
        <translation>比较错误响应体中的 RequestTime 和 ServerTime，或将本地 UTC 时间与任一 S3 响应的 Date 头部进行比较。</translation>
    </message>
    <message>
        <source>Turn on automatic time synchronisation (NTP) on the machine or container host, and check its time zone setting.</source>
        <translation>在本机或容器宿主机上开启自动时间同步（NTP），并检查其时区设置。</translation>
    </message>
    <message>
        <source>Retry; an SDK option that corrects clock skew is only a stopgap.</source>
        <translation>然后重试；SDK 中校正时间偏差的选项只是权宜之计。</translation>
    </message>
    <message>
        <source>The presigned URL or signature has passed its expiry.</source>
        <translation>预签名 URL 或签名已过期。</translation>
    </message>
    <message>
        <source>A presigned URL is valid for X-Amz-Expires seconds after X-Amz-Date, at most 7 days. After that S3 answers Request has expired, with the Expires and ServerTime of the check.</source>
        <translation>预签名 URL 自 X-Amz-Date 起 X-Amz-Expires 秒内有效，最长 7 天。过期后 S3 返回 Request has expired，并附上校验时的 Expires 和 ServerTime。</translation>
    </message>
    <message>
        <source>Compare Expires with ServerTime in the error body, or X-Amz-Date plus X-Amz-Expires in the URL with the current UTC time.</source>
        <translation>比较错误响应体中的 Expires 与 ServerTime，或将 URL 中 X-Amz-Date 加 X-Amz-Expires 的时间与当前 UTC 时间进行比较。</translation>
    </message>
    <message>
        <source>Generate a new presigned URL just before it is needed, with an expiry long enough for the download or upload.</source>
        <translation>在需要使用前再生成新的预签名 URL，并设置足以完成下载或上传的有效期。</translation>
    </message>
    <message>
        <source>URLs signed with temporary credentials stop working when the session ends, whatever X-Amz-Expires says: sign long-lived URLs with long-term credentials.</source>
        <translation>无论 X-Amz-Expires 如何设置，使用临时凭证签名的 URL 都会在会话结束时失效：长期有效的 URL 请使用长期凭证签名。</translation>
    </message>
    <message>
        <source>The session token of the temporary credentials has expired.</source>
        <translation>临时凭证的会话令牌已过期。</translation>
    </message>
    <message>
        <source>Temporary credentials from STS, an instance or container role, or SSO stop working at their expiry time, and S3 answers ExpiredToken (HTTP 400).</source>
        <translation>来自 STS、实例或容器角色或 SSO 的临时凭证会在到期时失效，此时 S3 返回 ExpiredToken（HTTP 400）。</translation>
    </message>
    <message>
        <source>Request fresh temporary credentials (AssumeRole, aws sso login, or let the SDK refresh them) and retry.</source>
        <translation>获取新的临时凭证（AssumeRole、aws sso login，或由 SDK 自动刷新）后重试。</translation>
    </message>
    <message>
        <source>Do not cache credentials longer than their Expiration; let the SDK&apos;s credential provider refresh them.</source>
        <translation>凭证的缓存时间不要超过其 Expiration；让 SDK 的凭证提供程序负责刷新。</translation>
    </message>
    <message>
        <source>If sessions are too short, raise the role&apos;s maximum session duration or ask for a longer DurationSeconds.</source>
        <translation>如果会话时间太短，请提高角色的最大会话持续时间，或请求更长的 DurationSeconds。</translation>
    </message>
    <message>
        <source>The session token is missing, malformed or does not belong to the access key id.</source>
        <translation>会话令牌缺失、格式错误或与访问密钥 ID 不匹配。</translation>
    </message>
    <message>
        <source>Temporary access key ids (starting with ASIA) work only with their own session token in X-Amz-Security-Token. A missing, truncated or mismatched token makes S3 reject the key or the token.</source>
        <translation>临时访问密钥 ID（以 ASIA 开头）只有在 X-Amz-Security-Token 中携带其对应的会话令牌时才能使用。令牌缺失、被截断或不匹配时，S3 会拒绝该密钥或令牌。</translation>
    </message>
    <message>
        <source>Check that the access key id, secret and session token all come from the same temporary credential set.</source>
        <translation>检查访问密钥 ID、秘密访问密钥和会话令牌是否都来自同一组临时凭证。</translation>
    </message>
    <message>
        <source>Send the token in X-Amz-Security-Token (header or presigned URL) and make sure it is signed; check it was not truncated or wrapped.</source>
        <translation>在 X-Amz-Security-Token（头部或预签名 URL）中发送令牌，并确保其已被签名；检查令牌未被截断或折行。</translation>
    </message>
    <message>
        <source>Request new credentials if in doubt, and retry.</source>
        <translation>如有疑问，请获取新凭证后重试。</translation>
    </message>
    <message>
        <source>The bucket has no CORS configuration.</source>
        <translation>存储桶没有 CORS 配置。</translation>
    </message>
    <message>
        <source>Without a CORS configuration S3 refuses every cross-origin preflight, and the browser blocks the page&apos;s request.</source>
        <translation>没有 CORS 配置时，S3 会拒绝所有跨源预检请求，浏览器随之阻止页面的请求。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</source>
        <translation>打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 跨源资源共享 (CORS)。</translation>
    </message>
    <message>
        <source>Add a rule with the page&apos;s exact origin (scheme, host and port), the methods it uses and the request headers it sends (for example x-amz-*, content-type).</source>
        <translation>添加一条规则，填写页面的精确源（协议、主机和端口）、页面使用的方法及其发送的请求头部（例如 x-amz-*、content-type）。</translation>
    </message>
    <message>
        <source>Add ETag and other headers the page must read to ExposeHeaders, then reload the page without cache.</source>
        <translation>将 ETag 及页面需要读取的其他头部添加到 ExposeHeaders，然后绕过缓存重新加载页面。</translation>
    </message>
    <message>
        <source>No CORS rule matches the origin, method or request headers.</source>
        <translation>没有 CORS 规则与源、方法或请求头部匹配。</translation>
    </message>
    <message>
        <source>S3 uses the first rule that matches the Origin, the requested method and every requested header. If none matches, the preflight fails.</source>
        <translation>S3 采用第一条与 Origin、请求方法和所有请求头部都匹配的规则。如果没有匹配的规则，预检请求即失败。</translation>
    </message>
    <message>
        <source>Read the rules in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</source>
        <translation>在 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 跨源资源共享 (CORS) 中查看规则。</translation>
    </message>
    <message>
        <source>Compare the page&apos;s Origin exactly, including scheme and port, with AllowedOrigins.</source>
        <translation>将页面的 Origin（包括协议和端口）与 AllowedOrigins 逐字比较。</translation>
    </message>
    <message>
        <source>Check that AllowedMethods holds the method in Access-Control-Request-Method, and that AllowedHeaders covers every header in Access-Control-Request-Headers.</source>
        <translation>检查 AllowedMethods 是否包含 Access-Control-Request-Method 中的方法，以及 AllowedHeaders 是否涵盖 Access-Control-Request-Headers 中的每个头部。</translation>
    </message>
    <message>
        <source>Remember that the first matching rule wins; fix or reorder the rules and reload without cache.</source>
        <translation>注意以第一条匹配的规则为准；修改规则或调整规则顺序后，绕过缓存重新加载。</translation>
    </message>
    <message>
        <source>A bucket policy condition on aws:Referer refuses this Referer.</source>
        <translation>基于 aws:Referer 的存储桶策略条件拒绝了此 Referer。</translation>
    </message>
    <message>
        <source>S3 has no hotlink feature of its own: hotlink protection is a bucket policy statement with an aws:Referer condition. A request whose Referer is missing or not in the list gets a plain Access Denied.</source>
        <translation>S3 没有专门的防盗链功能：防盗链是通过带有 aws:Referer 条件的存储桶策略语句实现的。Referer 缺失或不在列表中的请求只会收到 Access Denied。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and find the statement with aws:Referer.</source>
        <translation>打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略，找到含有 aws:Referer 的语句。</translation>
    </message>
    <message>
        <source>Compare the request&apos;s Referer header with the patterns; a link opened directly, or a page with a strict Referrer-Policy, sends none.</source>
        <translation>将请求的 Referer 头部与其中的匹配模式进行比较；直接打开的链接或设置了严格 Referrer-Policy 的页面不会发送 Referer。</translation>
    </message>
    <message>
        <source>Add the missing site pattern, and remember that Referer is easy to forge: use presigned URLs for data that must stay private.</source>
        <translation>添加缺少的站点模式，并注意 Referer 很容易伪造：必须保持私有的数据请使用预签名 URL。</translation>
    </message>
    <message>
        <source>The request went to the wrong Region or endpoint for this bucket.</source>
        <translation>请求发往了与此存储桶不符的区域或终端节点。</translation>
    </message>
    <message>
        <source>Each bucket lives in one Region. A request to another regional endpoint, or signed with another Region in the credential scope, is redirected or refused; the body names the right endpoint or Region.</source>
        <translation>每个存储桶都位于一个区域中。发往其他区域终端节点的请求，或在凭证范围中签名了其他区域的请求，会被重定向或拒绝；响应体中会指明正确的终端节点或区域。</translation>
    </message>
    <message>
        <source>Read Endpoint or Region in the error body, or the x-amz-bucket-region response header.</source>
        <translation>查看错误响应体中的 Endpoint 或 Region，或 x-amz-bucket-region 响应头部。</translation>
    </message>
    <message>
        <source>Set that Region in the client (for example AWS_REGION or the region option of the SDK) and use its endpoint, such as bucket.s3.region.amazonaws.com.</source>
        <translation>在客户端中设置该区域（例如 AWS_REGION 或 SDK 的 region 选项），并使用其终端节点，例如 bucket.s3.region.amazonaws.com。</translation>
    </message>
    <message>
        <source>Retry; avoid the legacy global endpoint s3.amazonaws.com for buckets outside us-east-1.</source>
        <translation>然后重试；对于 us-east-1 以外的存储桶，请避免使用旧版全局终端节点 s3.amazonaws.com。</translation>
    </message>
    <message>
        <source>The client is not set up for the S3-compatible store&apos;s endpoint, addressing style or Region.</source>
        <translation>客户端未按 S3 兼容存储的终端节点、寻址方式或区域进行配置。</translation>
    </message>
    <message>
        <source>MinIO, Cloudflare R2 and Ceph need a custom endpoint, often path-style addressing, and usually the Region us-east-1 in the signature (R2 also accepts auto). Without them the request goes to AWS or is signed for the wrong host or Region.</source>
        <translation>MinIO、Cloudflare R2 和 Ceph 需要自定义终端节点，通常还需要路径样式寻址，并且签名中的区域一般为 us-east-1（R2 也接受 auto）。缺少这些设置时，请求会被发往 AWS，或者签名所用的主机或区域错误。</translation>
    </message>
    <message>
        <source>Set the store&apos;s endpoint URL explicitly in the client; without it the SDK sends the request to AWS.</source>
        <translation>在客户端中显式设置该存储的终端节点 URL；否则 SDK 会将请求发往 AWS。</translation>
    </message>
    <message>
        <source>Turn on path-style addressing (for example force_path_style or addressing_style path) unless the store is set up for virtual-hosted buckets.</source>
        <translation>除非该存储已配置为支持虚拟托管样式的存储桶，否则请开启路径样式寻址（例如 force_path_style 或 addressing_style path）。</translation>
    </message>
    <message>
        <source>Use the Region the store expects, usually us-east-1, and make sure any proxy in front keeps the Host header unchanged.</source>
        <translation>使用该存储要求的区域（通常为 us-east-1），并确保其前端的代理不会更改 Host 头部。</translation>
    </message>
    <message>
        <source>The object is in an archive storage class or tier and has not been restored.</source>
        <translation>对象处于归档存储类别或归档层，且尚未还原。</translation>
    </message>
    <message>
        <source>Objects in S3 Glacier Flexible Retrieval (GLACIER) and Glacier Deep Archive, and Intelligent-Tiering objects moved to the Archive Access or Deep Archive Access tiers, cannot be read until they are restored.</source>
        <translation>S3 Glacier Flexible Retrieval（GLACIER）和 Glacier Deep Archive 中的对象，以及已移至归档访问层或深度归档访问层的 Intelligent-Tiering 对象，在还原之前都无法读取。</translation>
    </message>
    <message>
        <source>Run aws s3api head-object on the key and read StorageClass, ArchiveStatus and Restore.</source>
        <translation>对该键运行 aws s3api head-object，查看 StorageClass、ArchiveStatus 和 Restore。</translation>
    </message>
    <message>
        <source>For GLACIER or DEEP_ARCHIVE, start a restore (aws s3api restore-object with Days and a retrieval tier, or S3 console &gt; Buckets &gt; (bucket) &gt; (object) &gt; Actions &gt; Initiate restore).</source>
        <translation>对于 GLACIER 或 DEEP_ARCHIVE，请发起还原（使用带 Days 和检索层级的 aws s3api restore-object，或 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; （对象） &gt; 操作 &gt; 启动还原）。</translation>
    </message>
    <message>
        <source>For Intelligent-Tiering archive tiers, start a restore without Days; the object moves back to the Frequent Access tier.</source>
        <translation>对于 Intelligent-Tiering 的归档层，发起还原时不要指定 Days；对象会移回频繁访问层。</translation>
    </message>
    <message>
        <source>Wait until Restore shows ongoing-request=false, then read the object again.</source>
        <translation>等待 Restore 显示 ongoing-request=false 后，再次读取对象。</translation>
    </message>
    <message>
        <source>The caller may not use the KMS key that encrypts the object.</source>
        <translation>调用方无权使用加密该对象的 KMS 密钥。</translation>
    </message>
    <message>
        <source>For SSE-KMS objects S3 calls KMS on the caller&apos;s behalf: reads need kms:Decrypt, writes need kms:GenerateDataKey, and the key policy (and for other accounts the caller&apos;s identity policy) must allow them.</source>
        <translation>对于 SSE-KMS 对象，S3 会代表调用方调用 KMS：读取需要 kms:Decrypt，写入需要 kms:GenerateDataKey，并且密钥策略（对于其他账户，还有调用方的身份策略）必须允许这些操作。</translation>
    </message>
    <message>
        <source>Find the key in the error, or in the x-amz-server-side-encryption-aws-kms-key-id header of aws s3api head-object.</source>
        <translation>在错误信息中，或在 aws s3api head-object 返回的 x-amz-server-side-encryption-aws-kms-key-id 头部中找到该密钥。</translation>
    </message>
    <message>
        <source>Open KMS console &gt; Customer managed keys &gt; (key) &gt; Key policy and allow the caller kms:Decrypt (and kms:GenerateDataKey for uploads).</source>
        <translation>打开 KMS 控制台 &gt; 客户托管密钥 &gt; （密钥） &gt; 密钥策略，允许调用方执行 kms:Decrypt（上传还需 kms:GenerateDataKey）。</translation>
    </message>
    <message>
        <source>Allow the same actions on the key ARN in the caller&apos;s identity policy, then retry.</source>
        <translation>在调用方的身份策略中允许对该密钥 ARN 执行相同操作，然后重试。</translation>
    </message>
    <message>
        <source>An AWS managed key (aws/s3) cannot be shared with other accounts: use a customer managed key for cross-account access.</source>
        <translation>AWS 托管密钥（aws/s3）无法与其他账户共享：跨账户访问请使用客户托管密钥。</translation>
    </message>
    <message>
        <source>The KMS key does not exist, is disabled or pending deletion, or lives in another Region.</source>
        <translation>KMS 密钥不存在、已禁用、处于待删除状态，或位于其他区域。</translation>
    </message>
    <message>
        <source>S3 cannot decrypt or encrypt with a KMS key that was deleted, disabled, scheduled for deletion or that is not in the bucket&apos;s Region.</source>
        <translation>如果 KMS 密钥已被删除、禁用、计划删除，或不在存储桶所在区域，S3 就无法使用它进行解密或加密。</translation>
    </message>
    <message>
        <source>Find the key id or ARN in the error or in the object&apos;s encryption headers.</source>
        <translation>在错误信息或对象的加密头部中找到密钥 ID 或 ARN。</translation>
    </message>
    <message>
        <source>Open KMS console &gt; Customer managed keys in the bucket&apos;s Region and check the key&apos;s status.</source>
        <translation>在存储桶所在区域打开 KMS 控制台 &gt; 客户托管密钥，检查该密钥的状态。</translation>
    </message>
    <message>
        <source>Enable the key or cancel its deletion; if it is gone, the objects encrypted with it cannot be read.</source>
        <translation>启用该密钥或取消其删除；如果密钥已被删除，用它加密的对象将无法读取。</translation>
    </message>
    <message>
        <source>For uploads, set the bucket&apos;s default encryption to an existing key in the same Region.</source>
        <translation>对于上传，请将存储桶的默认加密设置为同一区域中现有的密钥。</translation>
    </message>
    <message>
        <source>The bucket name is not a valid S3 bucket name.</source>
        <translation>该存储桶名称不是有效的 S3 存储桶名称。</translation>
    </message>
    <message>
        <source>S3 bucket names are 3 to 63 characters of lowercase letters, digits, dots and hyphens, and start and end with a letter or digit. A URL, an s3:// prefix or a path in the bucket field also fails.</source>
        <translation>S3 存储桶名称由 3 到 63 个小写字母、数字、点和连字符组成，并以字母或数字开头和结尾。在存储桶字段中填写 URL、s3:// 前缀或路径也会失败。</translation>
    </message>
    <message>
        <source>Print the bucket name the client sends and remove any scheme, s3:// prefix, slash, path or whitespace.</source>
        <translation>打印客户端发送的存储桶名称，删除其中的协议、s3:// 前缀、斜杠、路径或空白字符。</translation>
    </message>
    <message>
        <source>Check the exact name in S3 console &gt; Buckets; names are lowercase.</source>
        <translation>在 S3 控制台 &gt; 存储桶中核对准确名称；存储桶名称均为小写。</translation>
    </message>
    <message>
        <source>Put the prefix into the object key, not into the bucket name, and retry.</source>
        <translation>将前缀放入对象键而不是存储桶名称中，然后重试。</translation>
    </message>
    <message>
        <source>AWS has disabled access to the object, bucket or account.</source>
        <translation>AWS 已禁用对该对象、存储桶或账户的访问。</translation>
    </message>
    <message>
        <source>S3 answers AllAccessDisabled when access was turned off on AWS&apos;s side, for example for an account problem, suspension or abuse report; no policy change by the user fixes it.</source>
        <translation>当 AWS 一方因账户问题、暂停或滥用举报等原因关闭访问时，S3 返回 AllAccessDisabled；用户修改任何策略都无法解决。</translation>
    </message>
    <message>
        <source>Sign in to the AWS console and check for notices and unpaid bills in Billing and Cost Management.</source>
        <translation>登录 AWS 控制台，在账单与成本管理中查看通知和未付账单。</translation>
    </message>
    <message>
        <source>Contact AWS Support with the x-amz-request-id and x-amz-id-2 values of the failing request.</source>
        <translation>提供失败请求的 x-amz-request-id 和 x-amz-id-2 值，联系 AWS Support。</translation>
    </message>
    <message>
        <source>A policy condition on source IP, VPC or VPC endpoint excludes this request.</source>
        <translation>基于源 IP、VPC 或 VPC 终端节点的策略条件排除了此请求。</translation>
    </message>
    <message>
        <source>Policies can require aws:SourceIp, aws:SourceVpc or aws:SourceVpce. Requests through a VPC endpoint carry no public source IP, and requests from outside the VPC carry no endpoint id, so one of the two conditions fails.</source>
        <translation>策略可以要求 aws:SourceIp、aws:SourceVpc 或 aws:SourceVpce。经由 VPC 终端节点的请求不带公网源 IP，而来自 VPC 外部的请求不带终端节点 ID，因此这两类条件之一会不满足。</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and the caller&apos;s IAM policies, and find conditions on aws:SourceIp, aws:SourceVpc or aws:SourceVpce.</source>
        <translation>打开 S3 控制台 &gt; 存储桶 &gt; （存储桶） &gt; 权限 &gt; 存储桶策略以及调用方的 IAM 策略，找出基于 aws:SourceIp、aws:SourceVpc 或 aws:SourceVpce 的条件。</translation>
    </message>
    <message>
        <source>Find out how the request really reaches S3: public internet (which public IP, after NAT), or a VPC endpoint (which vpce id).</source>
        <translation>弄清请求实际如何到达 S3：经由公网（NAT 之后是哪个公网 IP），还是经由 VPC 终端节点（哪个 vpce ID）。</translation>
    </message>
    <message>
        <source>Send the request from the allowed network, or add the real IP range or endpoint id to the condition, then retry.</source>
        <translation>从允许的网络发送请求，或将实际的 IP 范围或终端节点 ID 添加到条件中，然后重试。</translation>
    </message>
    <message>
        <source>The policy of the VPC endpoint the request went through does not allow it.</source>
        <translation>请求所经过的 VPC 终端节点的策略不允许该请求。</translation>
    </message>
    <message>
        <source>Requests from a VPC through an S3 gateway or interface endpoint are also checked against the endpoint policy, which may allow only some buckets or actions or contain a Deny.</source>
        <translation>从 VPC 经由 S3 网关终端节点或接口终端节点发出的请求，还要接受终端节点策略的检查；该策略可能只允许部分存储桶或操作，或包含 Deny。</translation>
    </message>
    <message>
        <source>Find the endpoint in VPC console &gt; Endpoints (the route table of the subnet points S3 traffic at it).</source>
        <translation>在 VPC 控制台 &gt; 终端节点中找到该终端节点（子网的路由表会将 S3 流量指向它）。</translation>
    </message>
    <message>
        <source>Open its Policy tab and allow the bucket ARN and the action, or remove the matching Deny.</source>
        <translation>打开其“策略”选项卡，允许该存储桶 ARN 和操作，或删除匹配的 Deny。</translation>
    </message>
    <message>
        <source>Retry from the same subnet.</source>
        <translation>从同一子网重试。</translation>
    </message>
    <message>
        <source>Is the bucket a Requester Pays bucket, read without x-amz-request-payer: requester (--request-payer requester)?</source>
        <translation>该存储桶是否为“请求者付费”存储桶，而读取时没有带 x-amz-request-payer: requester（--request-payer requester）？</translation>
    </message>
    <message>
        <source>Code “UserSuspended” or “BucketSuspended”, or “Your account is disabled” (S3-compatible stores)</source>
        <translation>错误码“UserSuspended”或“BucketSuspended”，或“Your account is disabled”（S3 兼容存储）</translation>
    </message>
    <message>
        <source>Has the store&apos;s administrator suspended or disabled the user, or suspended the bucket?</source>
        <translation>存储的管理员是否暂停或禁用了该用户，或暂停了该存储桶？</translation>
    </message>
    <message>
        <source>Code “QuotaExceeded” (S3-compatible stores)</source>
        <translation>错误码“QuotaExceeded”（S3 兼容存储）</translation>
    </message>
    <message>
        <source>Has the user&apos;s or the bucket&apos;s quota (size or object count) been reached?</source>
        <translation>用户或存储桶的配额（容量或对象数）是否已用完？</translation>
    </message>
    <message>
        <source>Code “download_cap_exceeded” (Backblaze B2)</source>
        <translation>错误码“download_cap_exceeded”（Backblaze B2）</translation>
    </message>
    <message>
        <source>Has the account reached a download or transaction cap that its owner set?</source>
        <translation>账号是否达到了所有者设置的下载量或请求次数上限？</translation>
    </message>
    <message>
        <source>The store has suspended or disabled the user or the bucket.</source>
        <translation>存储已暂停或禁用该用户或存储桶。</translation>
    </message>
    <message>
        <source>Ceph RGW answers UserSuspended for a suspended user and BucketSuspended for a suspended bucket; MinIO refuses a disabled user (also a root user left behind by changed credentials) with “Your account is disabled”.</source>
        <translation>Ceph RGW 对已暂停的用户返回 UserSuspended，对已暂停的存储桶返回 BucketSuspended；MinIO 对已禁用的用户（包括更改凭证后遗留的 root 用户）返回“Your account is disabled”。</translation>
    </message>
    <message>
        <source>Ask the store&apos;s administrator for the user&apos;s state: radosgw-admin user info --uid USER on Ceph, mc admin user info ALIAS USER on MinIO.</source>
        <translation>向存储管理员查询该用户的状态：Ceph 上用 radosgw-admin user info --uid USER，MinIO 上用 mc admin user info ALIAS USER。</translation>
    </message>
    <message>
        <source>Enable the user again (radosgw-admin user enable, mc admin user enable) or use a user that is enabled.</source>
        <translation>重新启用该用户（radosgw-admin user enable、mc admin user enable），或改用已启用的用户。</translation>
    </message>
    <message>
        <source>A quota of the user or the bucket is used up.</source>
        <translation>用户或存储桶的配额已用完。</translation>
    </message>
    <message>
        <source>Ceph RGW, versitygw and others refuse writes with 403 QuotaExceeded when the user&apos;s or bucket&apos;s quota on size or object count is reached; RGW&apos;s body carries the Code only.</source>
        <translation>当用户或存储桶在容量或对象数上的配额用完时，Ceph RGW、versitygw 等会以 403 QuotaExceeded 拒绝写入；RGW 的响应体只包含 Code。</translation>
    </message>
    <message>
        <source>Read the quota and the usage: radosgw-admin user info --uid USER and radosgw-admin user stats --uid USER on Ceph.</source>
        <translation>查看配额和用量：在 Ceph 上运行 radosgw-admin user info --uid USER 和 radosgw-admin user stats --uid USER。</translation>
    </message>
    <message>
        <source>Delete data or ask the administrator to raise the quota (radosgw-admin quota set).</source>
        <translation>删除数据，或请管理员提高配额（radosgw-admin quota set）。</translation>
    </message>
    <message>
        <source>The account reached a download or transaction cap, so the store refuses until it is raised.</source>
        <translation>账号达到了下载量或请求次数上限，在上限提高之前存储会拒绝请求。</translation>
    </message>
    <message>
        <source>Backblaze B2 answers 403 download_cap_exceeded when the daily download bandwidth or Class B transaction cap set in Caps &amp; Alerts is reached.</source>
        <translation>当达到 Caps &amp; Alerts 中设置的每日下载带宽或 Class B 请求次数上限时，Backblaze B2 返回 403 download_cap_exceeded。</translation>
    </message>
    <message>
        <source>Open the B2 web console &gt; Caps &amp; Alerts and raise or remove the cap that was reached.</source>
        <translation>打开 B2 网页控制台 &gt; Caps &amp; Alerts，提高或取消已达到的上限。</translation>
    </message>
    <message>
        <source>Retry after the cap resets, or serve the files through a CDN so fewer downloads reach the store.</source>
        <translation>等上限重置后重试，或通过 CDN 分发文件以减少到达存储的下载。</translation>
    </message>
    <message>
        <source>The bucket is a Requester Pays bucket and the request does not agree to pay.</source>
        <translation>该存储桶为“请求者付费”存储桶，而请求没有同意付费。</translation>
    </message>
    <message>
        <source>A Requester Pays bucket refuses every request that does not carry x-amz-request-payer: requester (the CLI&apos;s --request-payer requester); the refusal is a plain AccessDenied or a HEAD 403.</source>
        <translation>“请求者付费”存储桶会拒绝所有不带 x-amz-request-payer: requester（CLI 的 --request-payer requester）的请求；拒绝时只返回普通的 AccessDenied 或 HEAD 403。</translation>
    </message>
    <message>
        <source>Add --request-payer requester to the AWS CLI command, or RequestPayer=&apos;requester&apos; to the SDK call, for every request including listings and HEAD.</source>
        <translation>在 AWS CLI 命令中加上 --request-payer requester，或在 SDK 调用中加上 RequestPayer=&apos;requester&apos;，包括列举和 HEAD 在内的每个请求都要加。</translation>
    </message>
    <message>
        <source>Make sure the credentials belong to an account that may be billed for the requests.</source>
        <translation>确认所用凭证属于可以为这些请求付费的账号。</translation>
    </message>
    <message>
        <source>Message “Signature validation failed” (Backblaze B2)</source>
        <translation>Message 为 “Signature validation failed”（Backblaze B2）</translation>
    </message>
    <message>
        <source>Is the key an application key created for the bucket, not Backblaze B2&apos;s master application key, which the S3-compatible API does not accept?</source>
        <translation>该密钥是否为此存储桶创建的应用密钥，而不是 Backblaze B2 的主应用密钥（S3 兼容 API 不接受主应用密钥）？</translation>
    </message>
    <message>
        <source>Message “Request has expired”</source>
        <translation>消息“Request has expired”</translation>
    </message>
    <message>
        <source>403 Forbidden without an error body, as a HEAD request gets it</source>
        <translation>403 Forbidden，且没有错误响应体（HEAD 请求得到的就是这样）</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>The likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Ranked from the paste and the checks, best first, each with its evidence and the steps to fix it.</source>
        <translation>根据粘贴内容和检查结果排序，最可能的原因排在最前，每项均附有依据和修复步骤。</translation>
    </message>
    <message>
        <source>Ranked causes</source>
        <translation>原因排序</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>Tencent Cloud COS</source>
        <translation>腾讯云 COS</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS</source>
        <translation>阿里云 OSS</translation>
    </message>
    <message>
        <source>AWS S3 or an S3-compatible store</source>
        <translation>AWS S3 或兼容 S3 的存储</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>未知服务商</translation>
    </message>
    <message>
        <source>Temporary credentials are involved (%1).</source>
        <translation>涉及临时访问凭证（%1）。</translation>
    </message>
    <message>
        <source>The request came from a web page (%1).</source>
        <translation>请求来自网页（%1）。</translation>
    </message>
    <message>
        <source>A CORS preflight request is involved (%1).</source>
        <translation>涉及 CORS 预检请求（%1）。</translation>
    </message>
    <message>
        <source>The browser reports that it blocked the response for CORS reasons.</source>
        <translation>浏览器报告因 CORS 原因拦截了响应。</translation>
    </message>
    <message>
        <source>A Referer or hotlink protection is involved (%1).</source>
        <translation>涉及 Referer 或防盗链（%1）。</translation>
    </message>
    <message>
        <source>The request used a presigned URL (%1).</source>
        <translation>请求使用了预签名 URL（%1）。</translation>
    </message>
    <message>
        <source>The signature&apos;s validity had already ended: %1.</source>
        <translation>签名的有效期已结束：%1。</translation>
    </message>
    <message>
        <source>Request time and server time are more than 15 minutes apart (%1).</source>
        <translation>请求时间与服务器时间相差超过15分钟（%1）。</translation>
    </message>
    <message>
        <source>Request time and server time are within 15 minutes (%1).</source>
        <translation>请求时间与服务器时间相差在15分钟以内（%1）。</translation>
    </message>
    <message>
        <source>The server returned the string it signed (%1), so the signed strings can be compared.</source>
        <translation>服务端返回了其签名的字符串（%1），可据此对比双方的待签名字符串。</translation>
    </message>
    <message>
        <source>The object key has characters that are often encoded wrongly: %1</source>
        <translation>对象键中含有常被错误编码的字符：%1</translation>
    </message>
    <message>
        <source>The request was signed (%1).</source>
        <translation>请求已签名（%1）。</translation>
    </message>
    <message>
        <source>An archive storage class or a restore is mentioned (%1).</source>
        <translation>提到了归档存储类型或恢复/解冻操作（%1）。</translation>
    </message>
    <message>
        <source>KMS encryption is mentioned (%1).</source>
        <translation>提到了 KMS 加密（%1）。</translation>
    </message>
    <message>
        <source>A policy is mentioned (%1).</source>
        <translation>提到了策略（%1）。</translation>
    </message>
    <message>
        <source>An explicit deny is mentioned (%1).</source>
        <translation>提到了显式拒绝（%1）。</translation>
    </message>
    <message>
        <source>The server names another endpoint or redirects (%1).</source>
        <translation>服务端指明了另一个 Endpoint 或进行了重定向（%1）。</translation>
    </message>
    <message>
        <source>Two different regions appear (%1).</source>
        <translation>出现了两个不同的地域（%1）。</translation>
    </message>
    <message>
        <source>The COS bucket name has no -APPID suffix (%1).</source>
        <translation>COS 存储桶名称缺少 -APPID 后缀（%1）。</translation>
    </message>
    <message>
        <source>The request writes data (%1).</source>
        <translation>请求会写入数据（%1）。</translation>
    </message>
    <message>
        <source>The request carries a Content-Type header (%1).</source>
        <translation>请求携带 Content-Type 头部（%1）。</translation>
    </message>
    <message>
        <source>The text comes from an SDK (%1).</source>
        <translation>文本来自 SDK（%1）。</translation>
    </message>
    <message>
        <source>The access key id has characters that are not allowed (%1).</source>
        <translation>访问密钥 ID 中含有不允许的字符（%1）。</translation>
    </message>
    <message>
        <source>The request went to a custom domain, not the provider&apos;s own (%1).</source>
        <translation>请求发往自定义域名，而非服务商自有域名（%1）。</translation>
    </message>
    <message>
        <source>Other evidence: %1</source>
        <translation>其他依据：%1</translation>
    </message>
    <message>
        <source>Speaks against it: %1</source>
        <translation>反面依据：%1</translation>
    </message>
    <message>
        <source>The error matches %1 (source: %2).</source>
        <translation>该错误与 %1 相符（来源：%2）。</translation>
    </message>
    <message>
        <source>No error code or message was recognised; this is a common cause of 403 errors on %1.</source>
        <translation>未识别出错误码或错误信息；这是 %1 上 403 错误的常见原因。</translation>
    </message>
    <message>
        <source>No direct evidence; ranked by how often this cause occurs.</source>
        <translation>没有直接依据；按该原因的常见程度排序。</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8; unreadable bytes were replaced.</source>
        <translation>输入不是有效的 UTF-8，无法读取的字节已被替换。</translation>
    </message>
    <message>
        <source>The input contains binary data; only its text parts were read.</source>
        <translation>输入包含二进制数据，仅读取了其中的文本部分。</translation>
    </message>
    <message>
        <source>The XML error body ends early; the fields before the cut were used.</source>
        <translation>XML 错误响应体不完整，已使用截断处之前的字段。</translation>
    </message>
    <message>
        <source>The XML error body is not well formed; the fields before the fault were used.</source>
        <translation>XML 错误响应体格式不正确，已使用出错位置之前的字段。</translation>
    </message>
    <message>
        <source>The XML contains a document type declaration, which is not read for safety.</source>
        <translation>XML 中包含文档类型声明（DOCTYPE），出于安全考虑未予读取。</translation>
    </message>
    <message>
        <source>The input is not UTF-8; it was read as GB18030 (Simplified Chinese).</source>
        <translation>输入不是 UTF-8，已按 GB18030（简体中文）读取。</translation>
    </message>
    <message>
        <source>The input is empty; the ranking below is only by how common each cause is.</source>
        <translation>输入为空；以下排序仅依据各原因的常见程度。</translation>
    </message>
    <message>
        <source>Input note: %1</source>
        <translation>输入说明：%1</translation>
    </message>
    <message>
        <source>The provider could not be told from the text; the %1 guide fitted best.</source>
        <translation>无法从文本判断服务商；%1 的指南最为匹配。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The input is empty: paste an error message, a response or a URL.</source>
        <translation>输入为空：请粘贴错误信息、响应或 URL。</translation>
    </message>
    <message>
        <source>The input is %1 bytes, more than the %2 bytes that are read.</source>
        <translation>输入为 %1 字节，超过了可读取的 %2 字节。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use auto, cos, oss or s3.</source>
        <translation>未知服务商“%1”：请使用 auto、cos、oss 或 s3。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>未知输出格式“%1”：请使用 text、json 或 markdown。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh_CN or ko.</source>
        <translation>未知语言“%1”：请使用 en、zh_CN 或 ko。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use diagnose, inspect-url, sign or check.</source>
        <translation>未知命令“%1”：请使用 diagnose、inspect-url、sign 或 check。</translation>
    </message>
    <message>
        <source>The built-in decision trees could not be loaded: %1</source>
        <translation>无法加载内置决策树：%1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Nothing specific was recognised in the input.</source>
        <translation>未在输入中识别出具体内容。</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>%1% likely</source>
        <translation>可能性 %1%</translation>
    </message>
    <message>
        <source>About the input</source>
        <translation>关于输入</translation>
    </message>
    <message>
        <source>Bucket Doctor diagnosis</source>
        <translation>Bucket Doctor 诊断结果</translation>
    </message>
    <message>
        <source>The input is very large; only the lines around errors were examined.</source>
        <translation>输入内容非常大，只检查了错误附近的行。</translation>
    </message>
    <message>
        <source>The HTTP method differs (%1): a URL signed for one method was used with another.</source>
        <translation>HTTP 方法不同（%1）：为某一方法签名的 URL 被用于另一种方法。</translation>
    </message>
    <message>
        <source>The Content-MD5 differs (%1): sign the same Content-MD5 header that is sent.</source>
        <translation>Content-MD5 不同（%1）：签名时使用的 Content-MD5 头部必须与实际发送的一致。</translation>
    </message>
    <message>
        <source>The Content-Type differs (%1): a browser, an SDK or a proxy sent another Content-Type than the one signed.</source>
        <translation>Content-Type 不同（%1）：浏览器、SDK 或代理发送的 Content-Type 与签名时的不同。</translation>
    </message>
    <message>
        <source>The date or time differs (%1): sign the same Date, x-oss-date or x-amz-date that is sent.</source>
        <translation>日期或时间不同（%1）：签名时使用的 Date、x-oss-date 或 x-amz-date 必须与实际发送的一致。</translation>
    </message>
    <message>
        <source>The sub-resources differ (%1): a parameter such as acl, uploadId or versionId was left out of the signature or added.</source>
        <translation>子资源不同（%1）：acl、uploadId 或 versionId 等参数在签名中被遗漏或被多加。</translation>
    </message>
    <message>
        <source>The path differs by the bucket name (%1): the request was signed for path-style but sent virtual-hosted, or the reverse.</source>
        <translation>路径相差存储桶名称（%1）：请求按路径样式签名，却以虚拟托管样式发送，或者相反。</translation>
    </message>
    <message>
        <source>The path is encoded differently (%1): a space, + or another special character was encoded twice, not at all, or the wrong way.</source>
        <translation>路径的编码方式不同（%1）：空格、+ 或其他特殊字符被重复编码、未编码或编码方式错误。</translation>
    </message>
    <message>
        <source>The path differs (%1): the object key signed is not the one requested.</source>
        <translation>路径不同（%1）：签名的对象键与请求的对象键不一致。</translation>
    </message>
    <message>
        <source>The query is encoded differently (%1): a space must be %20 and a + must be %2B.</source>
        <translation>查询字符串的编码方式不同（%1）：空格必须编码为 %20，+ 必须编码为 %2B。</translation>
    </message>
    <message>
        <source>The query parameters differ (%1).</source>
        <translation>查询参数不同（%1）。</translation>
    </message>
    <message>
        <source>The header %1 differs: it was added or changed after signing, by a browser, a proxy or the SDK itself.</source>
        <translation>头部 %1 不同：它在签名后被浏览器、代理或 SDK 本身添加或修改。</translation>
    </message>
    <message>
        <source>Line %1 of the signed strings differs.</source>
        <translation>签名字符串的第 %1 行不同。</translation>
    </message>
    <message>
        <source>The region in the signature scope differs (%1): sign with the bucket&apos;s region.</source>
        <translation>签名范围中的地域不同（%1）：请使用存储桶所在的地域签名。</translation>
    </message>
    <message>
        <source>The canonical requests differ; only their hashes are visible. Compare the CanonicalRequest of the client and the server.</source>
        <translation>规范请求不同，但只能看到它们的哈希值。请比较客户端和服务端的 CanonicalRequest。</translation>
    </message>
    <message>
        <source>The client signed exactly the string the server computed, so the secret key is wrong: mistyped, with extra white space, or from another key pair.</source>
        <translation>客户端签名的字符串与服务端计算的完全一致，因此是密钥有误：输入错误、带有多余的空白字符，或属于另一个密钥对。</translation>
    </message>
    <message>
        <source>The request in the paste gives exactly the server&apos;s string: it arrived unchanged, so the client signed another string or used another secret.</source>
        <translation>由粘贴内容中的请求得到的字符串与服务端的完全一致：请求到达时未被修改，因此是客户端签名了其他字符串，或使用了其他密钥。</translation>
    </message>
    <message>
        <source>Signed with the given secret, the server&apos;s string gives the signature the client sent: the server holds another secret for this key id.</source>
        <translation>用所提供的密钥对服务端的字符串签名，得到的正是客户端发送的签名：服务端为该访问密钥 ID 保存的是另一个密钥。</translation>
    </message>
    <message>
        <source>The secret key starts or ends with white space.</source>
        <translation>密钥的开头或结尾含有空白字符。</translation>
    </message>
    <message>
        <source>Signature finding: %1</source>
        <translation>签名分析结论：%1</translation>
    </message>
    <message>
        <source>The server returned the string it signed, but the request is not in the paste: add the curl -v output, the HTTP dump or the presigned URL to compare the two.</source>
        <translation>服务端返回了其签名的字符串，但粘贴内容中没有该请求：请添加 curl -v 的输出、HTTP 转储或预签名 URL，以便比较两者。</translation>
    </message>
    <message>
        <source>COS does not return the string it signed: compare the HttpString of your SDK&apos;s debug log with the one from bucketdoctor-cli sign for the same request.</source>
        <translation>COS 不会返回其签名的字符串：请将 SDK 调试日志中的 HttpString 与 bucketdoctor-cli sign 针对同一请求生成的 HttpString 进行比较。</translation>
    </message>
    <message>
        <source>Signature comparison</source>
        <translation>签名比较</translation>
    </message>
    <message>
        <source>Server&apos;s %1</source>
        <translation>服务端的 %1</translation>
    </message>
    <message>
        <source>Client&apos;s string, from its log</source>
        <translation>客户端的字符串（取自其日志）</translation>
    </message>
    <message>
        <source>Rebuilt from the request in the paste</source>
        <translation>根据粘贴内容中的请求重建</translation>
    </message>
    <message>
        <source>First difference at byte %1, line %2</source>
        <translation>第一处差异：字节 %1，第 %2 行</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>必须指定选项 %1。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use cos, oss or s3.</source>
        <translation>未知的服务商“%1”：请使用 cos、oss 或 s3。</translation>
    </message>
    <message>
        <source>Unknown signature version &quot;%1&quot;: use 1 or 4.</source>
        <translation>未知的签名版本“%1”：请使用 1 或 4。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text or json.</source>
        <translation>未知的输出格式“%1”：请使用 text 或 json。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>头部“%1”的格式不是“Name: value”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL with a host.</source>
        <translation>“%1”不是包含主机名的 http 或 https URL。</translation>
    </message>
    <message>
        <source>The option %1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>选项 %1 需要一个正整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>No secret key: set BUCKETDOCTOR_SECRET_KEY, use --secret-key-file, or run in a terminal to be asked.</source>
        <translation>未提供密钥：请设置 BUCKETDOCTOR_SECRET_KEY，或使用 --secret-key-file，或在终端中运行以便按提示输入。</translation>
    </message>
    <message>
        <source>Secret key (not shown): </source>
        <translation>密钥（输入时不显示）：</translation>
    </message>
    <message>
        <source>The region cannot be told from the host: give it with --region.</source>
        <translation>无法从主机名判断地域：请使用 --region 指定。</translation>
    </message>
    <message>
        <source>The access key id %1 is a temporary one, but the URL carries no %2 parameter: the server refuses temporary credentials without their security token. Sign the URL again with the token.</source>
        <translation>访问密钥 ID %1 属于临时凭证，但该 URL 中没有 %2 参数：服务端会拒绝不带安全令牌的临时凭证。请带上令牌重新签名该 URL。</translation>
    </message>
    <message>
        <source>The URL is signed with a COS temporary key and stays valid for %1. Temporary keys last 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account: if the key expires first, the URL stops working before its own end. Request the key for at least as long as the URL, or sign a shorter URL.</source>
        <translation>该 URL 使用 COS 临时密钥签名，有效期为 %1。临时密钥默认有效 30 分钟，主账号最长 2 小时，子账号最长 36 小时：如果密钥先过期，URL 会在其有效期结束前失效。请申请有效期不短于该 URL 的临时密钥，或签出有效期更短的 URL。</translation>
    </message>
    <message>
        <source>The URL is signed with STS temporary credentials and stays valid for %1. STS credentials commonly last 1 hour by default: if they expire first, the URL stops working before its own end. Request the credentials for at least as long as the URL, or sign a shorter URL.</source>
        <translation>该 URL 使用 STS临时访问凭证签名，有效期为 %1。STS 凭证默认通常有效 1 小时：如果凭证先过期，URL 会在其有效期结束前失效。请申请有效期不短于该 URL 的凭证，或签出有效期更短的 URL。</translation>
    </message>
    <message>
        <source>OSS signs the Content-Type of the request even though the URL does not show it: this %1 request must send exactly the Content-Type the URL was signed with, or none if it was signed without one. A browser sets Content-Type from the file, and any other value gives 403 SignatureDoesNotMatch. The same holds for Content-MD5.</source>
        <translation>即使 URL 中没有体现，OSS 也会对请求的 Content-Type 进行签名：此 %1 请求必须发送与签名时完全相同的 Content-Type；如果签名时没有 Content-Type，则不能发送。浏览器会根据文件设置 Content-Type，任何不同的值都会导致 403 SignatureDoesNotMatch。Content-MD5 同理。</translation>
    </message>
    <message>
        <source>If this URL is used for an upload (PUT or POST), the request must send exactly the Content-Type the URL was signed with, or none if it was signed without one: OSS signs Content-Type even though the URL does not show it.</source>
        <translation>如果该 URL 用于上传（PUT 或 POST），请求必须发送与签名时完全相同的 Content-Type；如果签名时没有 Content-Type，则不能发送：即使 URL 中没有体现，OSS 也会对 Content-Type 进行签名。</translation>
    </message>
    <message>
        <source>The URL signs the Content-Type header: the request must send exactly the signed value, or the server answers 403 SignatureDoesNotMatch. A browser sets Content-Type from the file it uploads, so sign with that same type.</source>
        <translation>该 URL 对 Content-Type 头部进行了签名：请求必须发送与签名值完全相同的 Content-Type，否则服务端返回 403 SignatureDoesNotMatch。浏览器会根据所上传的文件设置 Content-Type，因此请使用相同的类型签名。</translation>
    </message>
    <message>
        <source>This %1 URL does not sign Content-Type (signed headers: %2): the Content-Type a browser sends cannot break the signature, but the object is stored with it. To fix the type, sign Content-Type and send the same value.</source>
        <translation>此 %1 URL 未对 Content-Type 签名（已签名的头部：%2）：浏览器发送的 Content-Type 不会导致签名失败，但对象会以该类型存储。如需固定类型，请对 Content-Type 签名并发送相同的值。</translation>
    </message>
    <message>
        <source>The URL names the signature algorithm %1, but %2 expects %3: the server cannot verify this signature.</source>
        <translation>该 URL 指定的签名算法为 %1，但 %2 要求 %3：服务端无法校验此签名。</translation>
    </message>
    <message>
        <source>q-sign-time (%1) and q-key-time (%2) differ. The COS SDKs write the same window in both; a different one means the URL was built or edited by hand, and it may be refused outside either window.</source>
        <translation>q-sign-time（%1）与 q-key-time（%2）不一致。COS SDK 在两者中写入相同的时间段；不一致说明该 URL 是手工拼接或修改过的，在任一时间段之外都可能被拒绝。</translation>
    </message>
    <message>
        <source>Expires is %1, a time in milliseconds, but it must be in Unix seconds: the server may refuse the URL or treat it as valid for thousands of years. The intended end is probably %2; sign with Expires in seconds.</source>
        <translation>Expires 为 %1，这是以毫秒表示的时间，但它必须以 Unix 秒表示：服务端可能拒绝该 URL，或将其视为数千年内有效。预期的过期时间可能是 %2；请以秒为单位设置 Expires 后签名。</translation>
    </message>
    <message>
        <source>%1 is %2 seconds, more than the maximum of 604800 seconds (7 days): the server refuses such a URL. Sign it for 7 days or less.</source>
        <translation>%1 为 %2 秒，超过了最大值 604800 秒（7 天）：服务端会拒绝此类 URL。请将有效期设置为 7 天或更短后重新签名。</translation>
    </message>
    <message>
        <source>The validity of the URL cannot be read (%1 is missing or not a valid value), so it is unknown whether the URL has expired.</source>
        <translation>无法读取该 URL 的有效期（%1 缺失或取值无效），因此无法判断该 URL 是否已过期。</translation>
    </message>
    <message>
        <source>The signature scope names the region %1, an OSS region id with the oss- prefix: V4 scopes take the plain region id (%2), so the server refuses the signature.</source>
        <translation>签名范围中的地域为 %1，这是带 oss- 前缀的 OSS 地域 ID：V4 签名范围应使用不带前缀的地域 ID（%2），因此服务端会拒绝该签名。</translation>
    </message>
    <message>
        <source>The signature scope names the region %1, but the host %2 is in region %3: the server refuses a signature for another region. Sign with the bucket&apos;s region, or send the URL to the endpoint of region %1.</source>
        <translation>签名范围中的地域为 %1，但主机 %2 位于地域 %3：服务端会拒绝为其他地域生成的签名。请使用存储桶所在地域签名，或将该 URL 发往地域 %1 的 Endpoint（访问域名）。</translation>
    </message>
    <message>
        <source>The URL carries a security token but goes to %1, which is not a %2 domain (a CDN, a proxy or a custom domain): the token travels to that host and can stay in its logs and caches. Keep such URLs short-lived and make sure you control that host.</source>
        <translation>该 URL 携带安全令牌，但发往 %1，这不是 %2 的域名（而是 CDN、代理或自定义域名）：令牌会被发送到该主机，并可能留存在其日志和缓存中。请缩短此类 URL 的有效期，并确保该主机由您控制。</translation>
    </message>
    <message>
        <source>URL finding: %1</source>
        <translation>URL 检查结果：%1</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>有效，剩余 %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>已于 %1 前过期</translation>
    </message>
    <message>
        <source>not yet valid: the signing time is %1 ahead</source>
        <translation>尚未生效：签名时间比当前时间晚 %1</translation>
    </message>
    <message>
        <source>unknown: the validity cannot be read</source>
        <translation>未知：无法读取有效期</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signature form</source>
        <translation>签名形式</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation>临时凭证</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效时长</translation>
    </message>
    <message>
        <source>Checked against</source>
        <translation>对照时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <source>Object key</source>
        <translation>对象键</translation>
    </message>
    <message>
        <source>Region of the host</source>
        <translation>主机所在地域</translation>
    </message>
    <message>
        <source>Signature scope</source>
        <translation>签名范围</translation>
    </message>
    <message>
        <source>Signed headers</source>
        <translation>已签名的头部</translation>
    </message>
    <message>
        <source>Also signed, though not listed</source>
        <translation>未列出但同样签名的头部</translation>
    </message>
    <message>
        <source>Signed query parameters</source>
        <translation>已签名的查询参数</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not in the URL</source>
        <translation>URL 中未包含</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The argument is not an http or https URL: give the whole presigned URL, in quotes.</source>
        <translation>该参数不是 http 或 https URL：请用引号括起完整的预签名 URL 后传入。</translation>
    </message>
    <message>
        <source>The URL to %1 is not a presigned URL: its query has none of the COS, OSS or S3 signature parameters. If the shell cut it at an &amp; sign, put the URL in quotes.</source>
        <translation>发往 %1 的 URL 不是预签名 URL：其查询字符串中没有任何 COS、OSS 或 S3 签名参数。如果 shell 在 &amp; 符号处截断了它，请用引号括起该 URL。</translation>
    </message>
    <message>
        <source>Give the presigned URL to inspect, in quotes.</source>
        <translation>请提供要检查的预签名 URL，并用引号括起来。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: inspect-url takes one URL; put it in quotes.</source>
        <translation>多余的参数“%1”：inspect-url 只接受一个 URL，请用引号括起来。</translation>
    </message>
    <message>
        <source>Unknown HTTP method &quot;%1&quot;: use GET, HEAD, PUT, POST or DELETE.</source>
        <translation>未知的 HTTP 方法“%1”：请使用 GET、HEAD、PUT、POST 或 DELETE。</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;: use a comma-separated list of %2.</source>
        <translation>未知检查项“%1”：请从 %2 中选择，以逗号分隔。</translation>
    </message>
    <message>
        <source>PDF reports are written by the desktop app; the command line writes .md, .html and .json.</source>
        <translation>PDF 报告需由桌面应用生成；命令行可生成 .md、.html 和 .json。</translation>
    </message>
    <message>
        <source>Cannot tell the report format of &quot;%1&quot;: name the file .md, .html or .json.</source>
        <translation>无法判断“%1”的报告格式：请使用 .md、.html 或 .json 作为文件扩展名。</translation>
    </message>
    <message>
        <source>Unusable proxy &quot;%1&quot;: give http://host:port, socks5://host:port or none.</source>
        <translation>代理“%1”不可用：请指定 http://host:port、socks5://host:port 或 none。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The presigned URL expired at %1; the server answered at %2, after that.</source>
        <translation>预签名 URL 已于 %1 过期；服务器在此之后的 %2 才作出应答。</translation>
    </message>
    <message>
        <source>The presigned URL was signed for %1, later than the server&apos;s time %2: the signing clock is ahead.</source>
        <translation>预签名 URL 的签名时间为 %1，晚于服务器时间 %2：签名所用的时钟偏快。</translation>
    </message>
    <message>
        <source>The presigned URL had expired (at %1) by the server&apos;s time of the failure.</source>
        <translation>按服务器在失败时的时间，预签名 URL 已过期（于 %1）。</translation>
    </message>
    <message>
        <source>The server reports that the request expired before its own time (%1).</source>
        <translation>服务器报告请求在其自身时间之前已过期（%1）。</translation>
    </message>
    <message>
        <source>The server refused the request time as too far from its own (%1 apart, the limit is 15 minutes).</source>
        <translation>服务器拒绝了请求时间，因为它与服务器时间相差过大（相差 %1，上限为 15 分钟）。</translation>
    </message>
    <message>
        <source>The evidence is thin: nothing in the paste or the checks sets one cause clearly ahead.</source>
        <translation>证据不足：粘贴内容和检查结果都没有让某一个原因明显领先。</translation>
    </message>
    <message>
        <source>The checks ruled out every cause the guide names for this error.</source>
        <translation>检查已排除指南针对此错误列出的所有原因。</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>最可能：%1</translation>
    </message>
    <message>
        <source>Not settled: the checks ruled out the causes the guide names; the request that failed differs from the checked ones.</source>
        <translation>尚无定论：检查已排除指南列出的原因；失败的请求与被检查的请求不同。</translation>
    </message>
    <message>
        <source>Not settled yet; the leading cause: %1</source>
        <translation>尚无定论；目前领先的原因：%1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>最可能</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>尚无定论</translation>
    </message>
    <message>
        <source>The question that would settle it: %1</source>
        <translation>能给出定论的问题：%1</translation>
    </message>
    <message>
        <source>The question that would settle it: %1 (the live check &quot;%2&quot; answers it)</source>
        <translation>能给出定论的问题：%1（在线检查“%2”可以回答）</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Tencent Cloud COS guide &quot;403 error for COS access&quot;</source>
        <translation>腾讯云 COS 指南《访问 COS 返回 403 错误》</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS guide &quot;HTTP status code 403&quot;</source>
        <translation>阿里云 OSS 指南《HTTP 状态码 403》</translation>
    </message>
    <message>
        <source>Tencent Cloud COS documentation</source>
        <translation>腾讯云 COS 文档</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS documentation</source>
        <translation>阿里云 OSS 文档</translation>
    </message>
    <message>
        <source>Amazon S3 documentation</source>
        <translation>Amazon S3 文档</translation>
    </message>
    <message>
        <source>the provider&apos;s documentation</source>
        <translation>云服务商的文档</translation>
    </message>
    <message>
        <source>the message &quot;%1&quot;</source>
        <translation>报错信息“%1”</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>问题分析</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1，步骤 %2</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1，章节：%2</translation>
    </message>
    <message>
        <source>%1, section %2, step %3</source>
        <translation>%1，章节：%2，步骤 %3</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation: en, zh_CN or ko</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Requester Pays is named (%1).</source>
        <translation>提到了请求者付费（%1）。</translation>
    </message>
    <message>
        <source>In real reports, the code %1 speaks for a cause of this kind.</source>
        <translation>在真实的报告中，错误码 %1 多指向这类原因。</translation>
    </message>
    <message>
        <source>In real reports, the EC %1 speaks for a cause of this kind.</source>
        <translation>在真实的报告中，EC %1 多指向这类原因。</translation>
    </message>
    <message>
        <source>The text mentions “%1”; in real reports that speaks for a cause of this kind.</source>
        <translation>文本中提到“%1”；在真实的报告中，这多指向这类原因。</translation>
    </message>
    <message>
        <source>In real reports, this speaks for a cause of this kind: %1</source>
        <translation>在真实的报告中，以下情况多指向这类原因：%1</translation>
    </message>
    <message>
        <source>In real reports, this error speaks for a cause of this kind.</source>
        <translation>在真实的报告中，这个错误多指向这类原因。</translation>
    </message>
    <message>
        <source>In real reports, HTTP status %1 speaks for a cause of this kind.</source>
        <translation>在真实的报告中，HTTP 状态码 %1 多指向这类原因。</translation>
    </message>
    <message>
        <source>The paste shows no error code; in real reports that speaks for a cause of this kind.</source>
        <translation>粘贴内容中没有错误码；在真实的报告中，这多指向这类原因。</translation>
    </message>
    <message>
        <source>The error body has a Code (%1) but an empty Message, as Ceph RGW and some S3-compatible stores answer; in real reports that speaks for a cause of this kind.</source>
        <translation>错误响应有 Code（%1）但 Message 为空，Ceph RGW 和部分 S3 兼容存储就是这样应答的；在真实的报告中，这多指向这类原因。</translation>
    </message>
    <message>
        <source>the measured answers of Ceph RADOS Gateway</source>
        <translation>实测的 Ceph RADOS Gateway 应答</translation>
    </message>
    <message>
        <source>a public report of the same error</source>
        <translation>一份公开的同类错误报告</translation>
    </message>
    <message>
        <source>In real reports, what this paste shows speaks for a cause of this kind.</source>
        <translation>在真实的报告中，这份粘贴内容所显示的情况多指向这类原因。</translation>
    </message>
    <message>
        <source>%1 (assumed: the text does not name a provider)</source>
        <translation>%1（推测：文本中未指明服务商）</translation>
    </message>
    <message>
        <source>You answered yes to the guide&apos;s question: %1</source>
        <translation>您对指南的问题回答了“是”：%1</translation>
    </message>
    <message>
        <source>You answered no to the guide&apos;s question: %1</source>
        <translation>您对指南的问题回答了“否”：%1</translation>
    </message>
    <message>
        <source>Confirmed by the “%1” check</source>
        <translation>已由“%1”检查确认</translation>
    </message>
    <message>
        <source>Confirmed by the pasted error</source>
        <translation>已由粘贴的错误信息确认</translation>
    </message>
    <message>
        <source>permissions (ACL or policy)</source>
        <translation>权限（ACL 或策略）</translation>
    </message>
    <message>
        <source>anonymous access to a private object</source>
        <translation>匿名访问私有对象</translation>
    </message>
    <message>
        <source>access key unknown or disabled</source>
        <translation>访问密钥不存在或已禁用</translation>
    </message>
    <message>
        <source>wrong secret key</source>
        <translation>密钥（Secret）错误</translation>
    </message>
    <message>
        <source>signature calculated wrongly</source>
        <translation>签名计算有误</translation>
    </message>
    <message>
        <source>clock difference</source>
        <translation>时间偏差</translation>
    </message>
    <message>
        <source>signed URL expired</source>
        <translation>签名链接已过期</translation>
    </message>
    <message>
        <source>temporary credentials expired or token missing</source>
        <translation>临时密钥过期或缺少 Token</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>跨域（CORS）</translation>
    </message>
    <message>
        <source>Referer (hotlink protection)</source>
        <translation>Referer（防盗链）</translation>
    </message>
    <message>
        <source>wrong endpoint or region</source>
        <translation>访问域名或地域错误</translation>
    </message>
    <message>
        <source>archived object not restored</source>
        <translation>归档对象未恢复</translation>
    </message>
    <message>
        <source>encryption key (KMS)</source>
        <translation>加密密钥（KMS）</translation>
    </message>
    <message>
        <source>bucket name format</source>
        <translation>存储桶名称格式</translation>
    </message>
    <message>
        <source>account or bucket disabled</source>
        <translation>账号或存储桶被停用</translation>
    </message>
    <message>
        <source>policy condition (IP or VPC)</source>
        <translation>策略条件（IP 或 VPC）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The paste shows this machine&apos;s clock in sync with a time server (%1). The server still found the request&apos;s time too far from its own: the request may have been signed long before it was sent (a long upload, retries or a queue), not by a wrong clock.</source>
        <translation>粘贴的内容显示本机时钟已与时间服务器同步（%1）。服务器仍认为请求时间与其自身时间相差过大：请求可能在发送之前很久就已签名（上传时间过长、重试或排队），而不是时钟错误。</translation>
    </message>
    <message>
        <source>The text says that a clock or the time is off (%1).</source>
        <translation>文中说时钟或时间不准（%1）。</translation>
    </message>
    <message>
        <source>The error&apos;s code matches %1, but the paste does not show that message, so this rests on the code alone (source: %2).</source>
        <translation>该错误的错误码与 %1 相符，但粘贴内容中没有这条消息，因此这一判断只依据错误码（来源：%2）。</translation>
    </message>
    <message>
        <source>The request head in the paste has no Authorization header, and its URL no signature.</source>
        <translation>粘贴内容中的请求头没有 Authorization 头，其 URL 也不带签名。</translation>
    </message>
    <message>
        <source>The text speaks of unsigned or public access (%1).</source>
        <translation>文本提到未签名或公开的访问（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of temporary credentials (%1).</source>
        <translation>文本提到临时凭证（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of a browser or a web page (%1).</source>
        <translation>文本提到浏览器或网页（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of a CORS preflight (%1).</source>
        <translation>文本提到 CORS 预检（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of the Referer or hotlink protection (%1).</source>
        <translation>文本提到 Referer 或防盗链（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of writing data (%1).</source>
        <translation>文本提到写入数据（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of a sub-account, user or role (%1).</source>
        <translation>文本提到子账号、用户或角色（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of access across accounts (%1).</source>
        <translation>文本提到跨账号访问（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of a POST form policy (%1).</source>
        <translation>文本提到 POST 表单策略（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of a CDN (%1).</source>
        <translation>文本提到 CDN（%1）。</translation>
    </message>
    <message>
        <source>The client is set up to send unsigned requests (%1).</source>
        <translation>客户端被设置为发送未签名的请求（%1）。</translation>
    </message>
    <message>
        <source>The URL&apos;s validity ended at %1, which has passed by this computer&apos;s clock; the paste does not show when the URL was used.</source>
        <translation>URL 的有效期已于 %1 结束，这是按本机时钟判断的；粘贴内容没有显示该 URL 是何时被使用的。</translation>
    </message>
    <message>
        <source>The error&apos;s message matches %1, but the paste does not show its code, so this rests on the message alone (source: %2).</source>
        <translation>该错误的消息与 %1 相符，但粘贴内容中没有它的错误码，因此这一判断只依据消息（来源：%2）。</translation>
    </message>
    <message>
        <source>%1 (assumed: the text points to more than one provider)</source>
        <translation>%1（推测：文本同时指向多个服务商）</translation>
    </message>
    <message>
        <source>The text points to %1 alike; of these, the %2 guide fitted best.</source>
        <translation>文本同样指向 %1；其中 %2 的指南最为匹配。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>The text speaks of an ACL or of private or public access (%1).</source>
        <translation>文本提到 ACL 或私有、公共访问（%1）。</translation>
    </message>
    <message>
        <source>The text speaks of a source IP or a VPC (%1).</source>
        <translation>文本提到来源 IP 或 VPC（%1）。</translation>
    </message>
</context>
</TS>
