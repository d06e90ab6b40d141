<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CheckStepWidget</name>
    <message>
        <source>Details: requests and responses</source>
        <translation>세부 정보: 요청 및 응답</translation>
    </message>
    <message>
        <source>Show the requests and responses of %1</source>
        <translation>%1 요청 및 응답 표시</translation>
    </message>
    <message>
        <source>Requests and responses of %1, secrets removed</source>
        <translation>%1 요청 및 응답(비밀 정보 제거됨)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>조치 방법:</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>아직 실행되지 않음</translation>
    </message>
    <message>
        <source>Will send:</source>
        <translation>전송할 요청:</translation>
    </message>
    <message>
        <source>%1 %2, needs %3</source>
        <translation>%1 %2, 필요 권한: %3</translation>
    </message>
    <message>
        <source>Status of %1: %2</source>
        <translation>%1 상태: %2</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>다시 실행(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 실행</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>The same requests with curl (signatures and tokens left out: put in your own, or attach as they are):</source>
        <translation>같은 요청을 curl로 보내는 명령(서명과 토큰은 빠져 있습니다: 직접 넣거나 그대로 첨부하십시오):</translation>
    </message>
    <message>
        <source>curl commands of %1, secrets left out</source>
        <translation>%1의 curl 명령, 비밀 정보 제외</translation>
    </message>
    <message>
        <source>Copy the curl commands</source>
        <translation>curl 명령 복사</translation>
    </message>
    <message>
        <source>running, %1 of %2…</source>
        <translation>실행 중, %2개 중 %1번째…</translation>
    </message>
    <message>
        <source>The guide asks: %1</source>
        <translation>가이드의 질문: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>답: %1</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>Endpoint and region</source>
        <translation>엔드포인트 및 리전</translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>시간 동기화</translation>
    </message>
    <message>
        <source>Key state</source>
        <translation>키 상태</translation>
    </message>
    <message>
        <source>Anonymous access</source>
        <translation>익명 액세스</translation>
    </message>
    <message>
        <source>Bucket ACL</source>
        <translation>버킷 액세스 권한(ACL)</translation>
    </message>
    <message>
        <source>Bucket policy</source>
        <translation>버킷 정책</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>크로스 도메인(CORS)</translation>
    </message>
    <message>
        <source>Referer (hotlink protection)</source>
        <translation>Referer(링크 도용 방지)</translation>
    </message>
    <message>
        <source>Object state</source>
        <translation>객체 상태</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>Write probe</source>
        <translation>쓰기 테스트</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>The host name did not resolve: check the endpoint for typos, and the DNS or proxy settings.</source>
        <translation>호스트 이름을 확인할 수 없습니다. 엔드포인트에 오타가 없는지, DNS 또는 프록시 설정이 올바른지 확인합니다.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection on that host and port.</source>
        <translation>해당 호스트와 포트에서 연결을 수락하는 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제한 시간 내에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>검사가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The TLS handshake was refused: the server&apos;s certificate is not trusted for this host. The details list why.</source>
        <translation>TLS 핸드셰이크가 거부되었습니다. 서버 인증서를 이 호스트에 대해 신뢰할 수 없습니다. 원인은 세부 정보에 나와 있습니다.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere. The redirect was not followed, so no credentials left for another host.</source>
        <translation>서버가 요청을 다른 곳으로 리디렉션했습니다. 리디렉션을 따르지 않았으므로 자격 증명이 다른 호스트로 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>The answer stopped before its end.</source>
        <translation>응답이 끝나기 전에 중단되었습니다.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>서버가 응답하지 않고 연결을 종료했습니다.</translation>
    </message>
    <message>
        <source>The server answered with an internal error (5xx); try again later.</source>
        <translation>서버가 내부 오류(5xx)를 반환했습니다. 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The request could not be signed with the given key.</source>
        <translation>제공된 키로 요청에 서명할 수 없습니다.</translation>
    </message>
    <message>
        <source>The answer carried no Date header to compare the clock with.</source>
        <translation>응답에 시간을 비교할 Date 헤더가 없습니다.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The request failed because of a network error.</source>
        <translation>네트워크 오류로 요청이 실패했습니다.</translation>
    </message>
    <message>
        <source>Not selected for this run.</source>
        <translation>이번 실행에서 선택되지 않았습니다.</translation>
    </message>
    <message>
        <source>Writes to the bucket only when you allow the write probe.</source>
        <translation>쓰기 테스트를 허용한 경우에만 버킷에 데이터를 씁니다.</translation>
    </message>
    <message>
        <source>This provider has no referer rules of its own; a referer condition would be in the bucket policy.</source>
        <translation>이 제공업체에는 자체 Referer 규칙이 없습니다. Referer 조건이 있다면 버킷 정책에 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>The run was cancelled before this check started.</source>
        <translation>이 검사가 시작되기 전에 실행이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The store does not implement this request, so there is nothing to read.</source>
        <translation>이 스토리지는 해당 요청을 구현하지 않으므로 읽을 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Needs the endpoint.</source>
        <translation>엔드포인트가 필요합니다.</translation>
    </message>
    <message>
        <source>Needs the bucket name.</source>
        <translation>버킷 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Needs the object key.</source>
        <translation>객체 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Needs the page&apos;s origin (the browser context).</source>
        <translation>페이지의 출처(브라우저 컨텍스트)가 필요합니다.</translation>
    </message>
    <message>
        <source>Needs the Referer the page sends.</source>
        <translation>페이지가 보내는 Referer가 필요합니다.</translation>
    </message>
    <message>
        <source>Needs an access key ID (SecretId / AccessKeyId).</source>
        <translation>액세스 키 ID(SecretId / AccessKeyId)가 필요합니다.</translation>
    </message>
    <message>
        <source>Needs the secret key.</source>
        <translation>비밀 키가 필요합니다.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>네트워크에 액세스할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not run (%1).</source>
        <translation>실행할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The bucket answers at this endpoint.</source>
        <translation>이 엔드포인트에서 버킷이 응답합니다.</translation>
    </message>
    <message>
        <source>The bucket answers at this endpoint, in region %1.</source>
        <translation>이 엔드포인트에서 버킷이 응답합니다(리전: %1).</translation>
    </message>
    <message>
        <source>The bucket must be addressed at another endpoint: %1.</source>
        <translation>이 버킷은 다른 엔드포인트로 액세스해야 합니다: %1.</translation>
    </message>
    <message>
        <source>The bucket lives in region %1, not in the region given.</source>
        <translation>버킷이 지정한 리전이 아닌 리전 %1에 있습니다.</translation>
    </message>
    <message>
        <source>No bucket of this name exists at this endpoint: check the name (for COS with its -APPID) and the region.</source>
        <translation>이 엔드포인트에 해당 이름의 버킷이 없습니다. 버킷 이름(COS는 -APPID 포함)과 리전을 확인합니다.</translation>
    </message>
    <message>
        <source>Path-style addresses do not work on the default COS domain for buckets created since 2024-01-01; use the virtual-hosted form.</source>
        <translation>2024-01-01 이후에 생성된 버킷은 COS 기본 도메인에서 경로 방식(path-style) 주소를 사용할 수 없습니다. 가상 호스팅 방식(virtual-hosted style)을 사용합니다.</translation>
    </message>
    <message>
        <source>The endpoint redirects to %1; the redirect was not followed.</source>
        <translation>엔드포인트가 %1(으)로 리디렉션합니다. 리디렉션을 따르지 않았습니다.</translation>
    </message>
    <message>
        <source>The local clock agrees with the server&apos;s (off by %1 s).</source>
        <translation>로컬 시간이 서버 시간과 일치합니다(편차 %1 s).</translation>
    </message>
    <message>
        <source>The local clock is %1 s off the server&apos;s: not yet refused, but drifting.</source>
        <translation>로컬 시간이 서버 시간과 %1 s 차이가 납니다. 아직 요청이 거부되지는 않지만 편차가 커지고 있습니다.</translation>
    </message>
    <message>
        <source>The local clock is %1 s off the server&apos;s, more than the 15 minutes the provider accepts: signed requests are refused.</source>
        <translation>로컬 시간이 서버 시간과 %1 s 차이가 나며, 제공업체가 허용하는 15분을 초과합니다. 서명된 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>The provider accepts the key pair and its signature.</source>
        <translation>제공업체가 이 키 쌍과 서명을 수락합니다.</translation>
    </message>
    <message>
        <source>The provider accepts the key pair, but refused the request for lack of permission (%1).</source>
        <translation>제공업체가 키 쌍은 수락했지만 권한이 없어 요청을 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>The provider does not know this access key ID: it is mistyped, deleted, or from another account.</source>
        <translation>제공업체가 이 액세스 키 ID를 인식하지 못합니다. 잘못 입력했거나, 삭제되었거나, 다른 계정의 키입니다.</translation>
    </message>
    <message>
        <source>This access key is disabled.</source>
        <translation>이 액세스 키는 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>The signature was refused although it was computed correctly: the secret key does not belong to this access key ID.</source>
        <translation>서명이 올바르게 계산되었지만 거부되었습니다. 비밀 키가 이 액세스 키 ID의 비밀 키가 아닙니다.</translation>
    </message>
    <message>
        <source>These are temporary credentials and the security token is missing.</source>
        <translation>임시 키이지만 보안 토큰이 없습니다.</translation>
    </message>
    <message>
        <source>The security token was refused: it has expired or belongs to another key.</source>
        <translation>보안 토큰이 거부되었습니다. 만료되었거나 다른 키의 토큰입니다.</translation>
    </message>
    <message>
        <source>The request was refused for its time: the clock difference is too large or the signature expired.</source>
        <translation>요청 시간 때문에 요청이 거부되었습니다. 시간 편차가 너무 크거나 서명이 만료되었습니다.</translation>
    </message>
    <message>
        <source>The signature names the wrong region for this bucket.</source>
        <translation>서명에 지정된 리전이 이 버킷의 리전과 다릅니다.</translation>
    </message>
    <message>
        <source>Anyone can read this without signing.</source>
        <translation>모든 사용자가 서명 없이 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>An unsigned request is refused: the resource is private, so requests must be signed.</source>
        <translation>서명되지 않은 요청이 거부됩니다. 리소스가 비공개이므로 요청에 서명해야 합니다.</translation>
    </message>
    <message>
        <source>An unsigned request is refused for another reason (%1).</source>
        <translation>서명되지 않은 요청이 다른 이유로 거부됩니다(%1).</translation>
    </message>
    <message>
        <source>An unsigned request gets 404: the object or bucket does not exist here.</source>
        <translation>서명되지 않은 요청에 404가 반환됩니다. 이 위치에 객체 또는 버킷이 없습니다.</translation>
    </message>
    <message>
        <source>The bucket ACL is private: only granted accounts may read.</source>
        <translation>버킷 ACL이 개인 읽기/쓰기입니다. 권한을 부여받은 계정만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The bucket ACL lets anyone read.</source>
        <translation>버킷 ACL이 모든 사용자에게 읽기를 허용합니다.</translation>
    </message>
    <message>
        <source>The bucket ACL lets anyone write: anyone may upload or overwrite objects.</source>
        <translation>버킷 ACL이 모든 사용자에게 쓰기를 허용합니다. 누구나 객체를 업로드하거나 덮어쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>This key may not read the setting (%1). An administrator&apos;s key can.</source>
        <translation>이 키에는 해당 설정을 읽을 권한이 없습니다(%1). 관리자 키로는 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The bucket has no bucket policy.</source>
        <translation>버킷에 버킷 정책이 없습니다.</translation>
    </message>
    <message>
        <source>The bucket policy (%1 statements) denies nothing here.</source>
        <translation>버킷 정책(구문 %1개)에 이 요청을 거부하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The bucket policy lets anyone read, whatever the ACL says.</source>
        <translation>ACL 설정과 관계없이 버킷 정책이 모든 사용자에게 읽기를 허용합니다.</translation>
    </message>
    <message>
        <source>Statement %1 of the bucket policy denies this request for %2; a deny wins over any allow.</source>
        <translation>버킷 정책의 구문 %1이(가) %2에 대해 이 요청을 거부합니다. 거부(Deny)는 모든 허용(Allow)보다 우선합니다.</translation>
    </message>
    <message>
        <source>The bucket policy depends on the caller&apos;s network (%1): requests from another IP address or VPC are treated differently.</source>
        <translation>버킷 정책이 호출자의 네트워크(%1)에 따라 달라집니다. 다른 IP 주소 또는 VPC에서 보낸 요청은 다르게 처리됩니다.</translation>
    </message>
    <message>
        <source>The bucket policy has a condition this tool cannot evaluate; read it in the details.</source>
        <translation>버킷 정책에 이 도구가 평가할 수 없는 조건이 있습니다. 세부 정보에서 확인합니다.</translation>
    </message>
    <message>
        <source>The preflight is allowed for this origin, method and headers.</source>
        <translation>이 출처, 메서드, 헤더에 대한 프리플라이트 요청이 허용됩니다.</translation>
    </message>
    <message>
        <source>The preflight is refused: no CORS rule allows this origin, method and headers.</source>
        <translation>프리플라이트 요청이 거부되었습니다. 이 출처, 메서드, 헤더를 허용하는 CORS 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>The answer does not allow this origin, so the browser blocks the response.</source>
        <translation>응답이 이 출처를 허용하지 않으므로 브라우저가 응답을 차단합니다.</translation>
    </message>
    <message>
        <source>The answer does not allow this method.</source>
        <translation>응답이 이 메서드를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The answer does not allow the request header %1.</source>
        <translation>응답이 요청 헤더 %1을(를) 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The preflight passed, but the bucket&apos;s rules refuse it: something in front of the bucket (a CDN or proxy) answered.</source>
        <translation>프리플라이트 요청은 통과했지만 버킷 규칙에서는 거부됩니다. 버킷 앞단의 CDN 또는 프록시가 응답한 것입니다.</translation>
    </message>
    <message>
        <source>The referer rules let this page through.</source>
        <translation>Referer 규칙이 이 페이지를 허용합니다.</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules refuse requests from this page.</source>
        <translation>버킷의 Referer 규칙이 이 페이지의 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules would refuse this page (%1).</source>
        <translation>버킷의 Referer 규칙에 따르면 이 페이지는 거부됩니다(%1).</translation>
    </message>
    <message>
        <source>The object exists (storage class %1).</source>
        <translation>객체가 있습니다(스토리지 유형 %1).</translation>
    </message>
    <message>
        <source>The object is archived (%1) and a restored copy is readable.</source>
        <translation>객체가 아카이브되어 있으며(%1) 복구된 사본을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The object is in the archive class %1 and not restored: restore it before reading.</source>
        <translation>객체가 아카이브 유형 %1이며 복구되지 않았습니다. 읽기 전에 복구합니다.</translation>
    </message>
    <message>
        <source>The object is being restored from %1; it can be read when the restore ends.</source>
        <translation>객체를 %1에서 복구하는 중입니다. 복구가 끝나면 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>The object does not exist.</source>
        <translation>객체가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The object answered 403. Without list permission a missing object also answers 403, not 404.</source>
        <translation>객체 요청이 403을 반환했습니다. 목록 조회 권한이 없으면 존재하지 않는 객체도 404가 아닌 403을 반환합니다.</translation>
    </message>
    <message>
        <source>KMS encryption is in use: the caller also needs permission to use the KMS key.</source>
        <translation>KMS 암호화가 사용되고 있습니다. 호출자에게 KMS 키 사용 권한도 필요합니다.</translation>
    </message>
    <message>
        <source>Server-side encryption with provider-managed keys; it needs no extra permission.</source>
        <translation>제공업체 관리형 키를 사용하는 서버 측 암호화로, 추가 권한이 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>No server-side encryption is set.</source>
        <translation>서버 측 암호화가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>A test object was written and deleted: this key may write here.</source>
        <translation>테스트 객체를 쓰고 삭제했습니다. 이 키로 이 위치에 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Writing a test object was refused (%1).</source>
        <translation>테스트 객체 쓰기가 거부되었습니다(%1).</translation>
    </message>
    <message>
        <source>A test object was written but could not be deleted: remove %1 by hand.</source>
        <translation>테스트 객체를 썼지만 삭제하지 못했습니다. %1을(를) 직접 삭제합니다.</translation>
    </message>
    <message>
        <source>The server answered with the error %1.</source>
        <translation>서버가 오류 %1을(를) 반환했습니다.</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태 코드</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
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
        <translation>리전</translation>
    </message>
    <message>
        <source>Endpoint named by the server</source>
        <translation>서버가 지정한 엔드포인트</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>주소 지정 방식</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>인증서 주체</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>인증서 발급자</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>인증서 유효 기한</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 오류</translation>
    </message>
    <message>
        <source>Certificate not issued for</source>
        <translation>인증서가 발급되지 않은 호스트</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>자체 서명 인증서</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>리디렉션 대상</translation>
    </message>
    <message>
        <source>Clock offset (ms, server minus local)</source>
        <translation>시간 편차(ms, 서버 시간 - 로컬 시간)</translation>
    </message>
    <message>
        <source>Measurement error (± ms)</source>
        <translation>측정 오차(± ms)</translation>
    </message>
    <message>
        <source>Server Date</source>
        <translation>서버 Date</translation>
    </message>
    <message>
        <source>Signed at the server&apos;s time (offset ms)</source>
        <translation>서버 시간 기준으로 서명(오프셋 ms)</translation>
    </message>
    <message>
        <source>Canned ACL</source>
        <translation>미리 제공된 ACL</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>권한 부여</translation>
    </message>
    <message>
        <source>Anyone may read</source>
        <translation>모든 사용자 읽기 가능</translation>
    </message>
    <message>
        <source>Anyone may write</source>
        <translation>모든 사용자 쓰기 가능</translation>
    </message>
    <message>
        <source>Policy statements</source>
        <translation>정책 구문</translation>
    </message>
    <message>
        <source>Denied principal</source>
        <translation>거부된 주체</translation>
    </message>
    <message>
        <source>Statement Sid</source>
        <translation>구문 Sid</translation>
    </message>
    <message>
        <source>Statement number (from 0)</source>
        <translation>구문 번호(0부터)</translation>
    </message>
    <message>
        <source>Network condition key</source>
        <translation>네트워크 조건 키</translation>
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
        <translation>허용되지 않은 헤더</translation>
    </message>
    <message>
        <source>Rules read</source>
        <translation>읽은 규칙</translation>
    </message>
    <message>
        <source>The rules decide</source>
        <translation>규칙 판정</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Deciding rule (from 0)</source>
        <translation>결정 규칙(0부터)</translation>
    </message>
    <message>
        <source>Closest rule (from 0)</source>
        <translation>가장 근접한 규칙(0부터)</translation>
    </message>
    <message>
        <source>Rule detail</source>
        <translation>규칙 세부 정보</translation>
    </message>
    <message>
        <source>Rules and live answer disagree</source>
        <translation>규칙과 실제 응답이 일치하지 않음</translation>
    </message>
    <message>
        <source>Deciding entry</source>
        <translation>결정 항목</translation>
    </message>
    <message>
        <source>Referer as compared</source>
        <translation>비교에 사용한 Referer</translation>
    </message>
    <message>
        <source>With the Referer</source>
        <translation>Referer 포함</translation>
    </message>
    <message>
        <source>Without a Referer</source>
        <translation>Referer 없음</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>스토리지 유형</translation>
    </message>
    <message>
        <source>Restore state</source>
        <translation>복구 상태</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>크기(바이트)</translation>
    </message>
    <message>
        <source>Server-side encryption</source>
        <translation>서버 측 암호화</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS 키</translation>
    </message>
    <message>
        <source>Bucket default encryption</source>
        <translation>버킷 기본 암호화</translation>
    </message>
    <message>
        <source>Bucket KMS key</source>
        <translation>버킷 KMS 키</translation>
    </message>
    <message>
        <source>Object encryption</source>
        <translation>객체 암호화</translation>
    </message>
    <message>
        <source>Object KMS key</source>
        <translation>객체 KMS 키</translation>
    </message>
    <message>
        <source>Test object</source>
        <translation>테스트 객체</translation>
    </message>
    <message>
        <source>PUT status</source>
        <translation>PUT 상태 코드</translation>
    </message>
    <message>
        <source>DELETE status</source>
        <translation>DELETE 상태 코드</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Live check &quot;%1&quot;: %2</source>
        <translation>실시간 검사 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Took %1 ms (the checks&apos; own times add up to %2 ms; the longest chain of dependent checks, %3 ms).</source>
        <translation>%1 ms 소요되었습니다(각 검사 시간의 합계 %2 ms, 가장 긴 종속 검사 체인 %3 ms).</translation>
    </message>
    <message>
        <source>Bucket Doctor live check report</source>
        <translation>Bucket Doctor 실시간 검사 보고서</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>검사 대상</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>액세스 키 ID</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>실시간 검사</translation>
    </message>
    <message>
        <source>Requests sent and the permission each needs</source>
        <translation>전송한 요청 및 각 요청에 필요한 권한</translation>
    </message>
    <message>
        <source>Requests and responses (secrets removed)</source>
        <translation>요청 및 응답(비밀 정보 제거됨)</translation>
    </message>
    <message>
        <source>The signed request was refused because the bucket lives behind another endpoint.</source>
        <translation>버킷이 다른 엔드포인트에 있어 서명된 요청이 거부되었습니다.</translation>
    </message>
    <message>
        <source>No check failed: the bucket answers these requests. Compare them with the request that failed (its key, headers, time and network); the causes below are ranked from what the checks found.</source>
        <translation>실패한 검사가 없습니다. 버킷이 이 요청들에 응답합니다. 실패한 요청과 비교합니다(키, 헤더, 시간, 네트워크). 아래 원인은 검사 결과에 따라 순위를 매긴 것입니다.</translation>
    </message>
    <message>
        <source>The symptom does not point here, so this check is not suggested. You can still run it.</source>
        <translation>증상이 이 항목과 관련이 없으므로 이 검사는 권장되지 않습니다. 그래도 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>The checks could not reach the bucket: there may be no network, or the endpoint is wrong. The diagnosis of the paste stands without them.</source>
        <translation>검사에서 버킷에 연결할 수 없습니다. 네트워크에 연결되어 있지 않거나 엔드포인트가 잘못되었을 수 있습니다. 붙여 넣은 내용에 대한 진단은 검사 결과와 관계없이 유효합니다.</translation>
    </message>
    <message>
        <source>none (unsigned)</source>
        <translation>없음(서명 없음)</translation>
    </message>
    <message>
        <source>none (a browser never signs a preflight)</source>
        <translation>없음(브라우저는 프리플라이트 요청에 서명하지 않음)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Bucket Doctor version</source>
        <translation>Bucket Doctor 버전</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 버전</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>시간 오차</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>%1 ms (server minus this computer)</source>
        <translation>%1 ms(서버 시간 - 이 컴퓨터 시간)</translation>
    </message>
    <message>
        <source>not measured (the time check did not run)</source>
        <translation>측정하지 않음(시간 동기화 검사를 실행하지 않음)</translation>
    </message>
    <message>
        <source>the system&apos;s settings</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>없음(직접 연결)</translation>
    </message>
    <message>
        <source>OSS V4 signatures name the bucket&apos;s region: give the region (for example cn-hangzhou), or sign with version 1.</source>
        <translation>OSS V4 서명에는 버킷의 리전이 들어갑니다. 리전(예: cn-hangzhou)을 입력하거나 서명 버전 1을 사용하세요.</translation>
    </message>
    <message>
        <source>Condition that decides</source>
        <translation>결과를 정하는 조건</translation>
    </message>
    <message>
        <source>The provider knows this key, but its user, account or bucket is suspended or disabled (%1): the account owner or the provider must lift it.</source>
        <translation>공급자가 이 키를 알고 있지만 해당 사용자, 계정 또는 버킷이 정지되었거나 비활성화되었습니다(%1). 계정 소유자나 공급자가 해제해야 합니다.</translation>
    </message>
    <message>
        <source>No live check gave an answer (each was skipped, ended in error or did not run), so nothing here was confirmed against the bucket itself.</source>
        <translation>응답을 준 실시간 검사가 없습니다(모두 건너뛰었거나 오류로 끝났거나 실행되지 않았습니다). 따라서 여기의 어떤 내용도 버킷 자체로 확인되지 않았습니다.</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>검사함: %1.</translation>
    </message>
    <message>
        <source>Not checked (skipped, error or not run): %1.</source>
        <translation>검사하지 않음(건너뜀, 오류 또는 실행 안 됨): %1.</translation>
    </message>
    <message>
        <source>For the provider&apos;s support</source>
        <translation>클라우드 제공업체 지원팀용</translation>
    </message>
    <message>
        <source>from the pasted error</source>
        <translation>붙여넣은 오류에서</translation>
    </message>
    <message>
        <source>from the live check &quot;%1&quot;</source>
        <translation>실시간 검사 &quot;%1&quot;에서</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>버킷</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>Appendix: requests and responses</source>
        <translation>부록: 요청과 응답</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not permitted to read</source>
        <translation>읽기 권한 없음</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>허용됨</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>denied (403)</source>
        <translation>거부됨(403)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>denied by the Referer rule</source>
        <translation>Referer 규칙에 의해 거부됨</translation>
    </message>
    <message>
        <source>path-style</source>
        <translation>경로 형식(path-style)</translation>
    </message>
    <message>
        <source>virtual-hosted</source>
        <translation>가상 호스트 형식(virtual-hosted)</translation>
    </message>
    <message>
        <source>anonymous (unsigned)</source>
        <translation>익명(서명 없음)</translation>
    </message>
    <message>
        <source>the Referer is on the blacklist</source>
        <translation>Referer가 블랙리스트에 있음</translation>
    </message>
    <message>
        <source>the Referer is not on the blacklist</source>
        <translation>Referer가 블랙리스트에 없음</translation>
    </message>
    <message>
        <source>the Referer is on the whitelist</source>
        <translation>Referer가 화이트리스트에 있음</translation>
    </message>
    <message>
        <source>the Referer is not on the whitelist</source>
        <translation>Referer가 화이트리스트에 없음</translation>
    </message>
    <message>
        <source>no whitelist</source>
        <translation>화이트리스트 없음</translation>
    </message>
    <message>
        <source>an empty Referer is allowed</source>
        <translation>빈 Referer 허용</translation>
    </message>
    <message>
        <source>an empty Referer is allowed (no whitelist)</source>
        <translation>빈 Referer 허용(화이트리스트 없음)</translation>
    </message>
    <message>
        <source>an empty Referer is denied</source>
        <translation>빈 Referer 거부</translation>
    </message>
    <message>
        <source>no rules configured</source>
        <translation>규칙이 설정되지 않음</translation>
    </message>
    <message>
        <source>the rules cannot be applied</source>
        <translation>규칙을 적용할 수 없음</translation>
    </message>
    <message>
        <source>the rules are malformed</source>
        <translation>규칙 형식이 잘못됨</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>지원되지 않음</translation>
    </message>
    <message>
        <source>a signed request is not checked</source>
        <translation>서명된 요청은 검사하지 않음</translation>
    </message>
    <message>
        <source>a rule matches</source>
        <translation>일치하는 규칙 있음</translation>
    </message>
    <message>
        <source>no rule allows the origin</source>
        <translation>Origin을 허용하는 규칙 없음</translation>
    </message>
    <message>
        <source>no rule allows the method</source>
        <translation>메서드를 허용하는 규칙 없음</translation>
    </message>
    <message>
        <source>no rule allows a requested header</source>
        <translation>요청한 헤더를 허용하는 규칙 없음</translation>
    </message>
    <message>
        <source>no origin given</source>
        <translation>Origin이 지정되지 않음</translation>
    </message>
    <message>
        <source>no request method given</source>
        <translation>요청 메서드가 지정되지 않음</translation>
    </message>
    <message>
        <source>unsupported method</source>
        <translation>지원되지 않는 메서드</translation>
    </message>
    <message>
        <source>The host name %1 did not resolve: check the endpoint for typos, and the DNS or proxy settings. A store without a DNS name for each bucket needs path-style addressing.</source>
        <translation>호스트 이름 %1을(를) 확인할 수 없습니다: 엔드포인트의 오타와 DNS 또는 프록시 설정을 확인하십시오. 버킷마다 DNS 이름이 없는 스토리지는 경로 스타일(path-style) 주소 지정이 필요합니다.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>The bucket&apos;s referer rules refuse requests without a Referer.</source>
        <translation>버킷의 Referer 규칙이 Referer 없는 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>A request without a Referer gets through the referer rules. Type the page&apos;s address as the Referer to test the page itself.</source>
        <translation>Referer 없는 요청은 Referer 규칙을 통과합니다. 페이지 자체를 검사하려면 페이지 주소를 Referer로 입력하세요.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Ask the bucket</source>
        <translation>버킷에 직접 확인</translation>
    </message>
    <message>
        <source>Each check says what it will send before it runs. Everything is read-only unless you allow the write probe.</source>
        <translation>각 검사는 실행 전에 전송할 요청을 표시합니다. 쓰기 테스트를 허용하지 않으면 모든 요청은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Run the &amp;suggested checks</source>
        <translation>권장 검사 실행(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Allow the &amp;write probe (uploads a small test object, then deletes it)</source>
        <translation>쓰기 테스트 허용(작은 테스트 객체를 업로드한 후 삭제)(&amp;W)</translation>
    </message>
    <message>
        <source>No check has run yet.</source>
        <translation>아직 실행한 검사가 없습니다.</translation>
    </message>
    <message>
        <source>Checks that failed: %1. The summary ranks the causes with this evidence.</source>
        <translation>실패한 검사: %1개. 요약에서 이 근거를 바탕으로 원인의 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>The steps follow the provider&apos;s guide for this error, in its order: each shows the guide&apos;s question, the check that answers it, and the answer. Questions no check can answer are yours to answer.</source>
        <translation>단계는 이 오류에 대한 제공업체 가이드의 순서를 따릅니다. 각 단계에는 가이드의 질문, 그 질문에 답하는 검사, 그리고 답이 표시됩니다. 검사로 답할 수 없는 질문은 직접 답해 주십시오.</translation>
    </message>
    <message>
        <source>The suggested checks come first, those the likeliest causes name. The others can still be run.</source>
        <translation>가장 가능성 높은 원인이 가리키는 제안된 검사가 먼저 나옵니다. 나머지 검사도 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Step %1 of %2: the guide ends here. %3 Bucket Doctor gathers what support asks for (the request IDs, the checks and their answers) in the report.</source>
        <translation>%2단계 중 %1단계: 가이드는 여기서 끝납니다. %3 Bucket Doctor가 고객센터에서 요청하는 정보(요청 ID, 검사와 그 결과)를 보고서에 모읍니다.</translation>
    </message>
    <message>
        <source>Starting the checks…</source>
        <translation>검사를 시작하는 중…</translation>
    </message>
    <message>
        <source>Running check %1 of %2: %3.</source>
        <translation>검사 %2개 중 %1번째 실행 중: %3.</translation>
    </message>
    <message>
        <source>The “%1” check confirmed the cause, so the walk stops here. The summary has the answer; you can keep checking.</source>
        <translation>“%1” 검사로 원인이 확인되어 여기서 단계를 멈춥니다. 요약에 답이 있으며, 계속 검사할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Run a&amp;ll checks</source>
        <translation>모든 검사 실행(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep checking</source>
        <translation>계속 검사(&amp;K)</translation>
    </message>
    <message>
        <source>Prepare the &amp;ticket details</source>
        <translation>티켓 정보 준비(&amp;T)</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Finds out why object storage answers 403 Forbidden.</source>
        <translation>객체 스토리지가 403 Forbidden을 반환하는 원인을 찾습니다.</translation>
    </message>
    <message>
        <source>The command: diagnose, inspect-url, sign or check.</source>
        <translation>명령: diagnose, inspect-url, sign 또는 check.</translation>
    </message>
    <message>
        <source>The file with the pasted error, or - for standard input.</source>
        <translation>붙여 넣은 에러 내용이 담긴 파일(표준 입력은 -).</translation>
    </message>
    <message>
        <source>The provider: auto, cos, oss or s3.</source>
        <translation>제공업체: auto, cos, oss 또는 s3.</translation>
    </message>
    <message>
        <source>The output format: text, json or markdown.</source>
        <translation>출력 형식: text, json 또는 markdown.</translation>
    </message>
    <message>
        <source>The language of the output: en, zh_CN or ko.</source>
        <translation>출력 언어: en, zh_CN 또는 ko.</translation>
    </message>
    <message>
        <source>The OSS signature version: 1 or 4 (default 1).</source>
        <translation>OSS 서명 버전: 1 또는 4(기본값 1).</translation>
    </message>
    <message>
        <source>The HTTP method of the request.</source>
        <translation>요청의 HTTP 메서드입니다.</translation>
    </message>
    <message>
        <source>The full URL of the request.</source>
        <translation>요청의 전체 URL입니다.</translation>
    </message>
    <message>
        <source>A request header to sign; repeat for more.</source>
        <translation>서명할 요청 헤더입니다. 여러 개를 지정하려면 이 옵션을 반복합니다.</translation>
    </message>
    <message>
        <source>The access key id (SecretId, AccessKeyId).</source>
        <translation>액세스 키 ID(SecretId, AccessKeyId)입니다.</translation>
    </message>
    <message>
        <source>The region for the signature scope (OSS V4, S3).</source>
        <translation>서명 범위의 리전입니다(OSS V4, S3).</translation>
    </message>
    <message>
        <source>The request time in Unix seconds (default: now).</source>
        <translation>Unix 초 단위의 요청 시간입니다(기본값: 현재 시간).</translation>
    </message>
    <message>
        <source>How many seconds the signature stays valid (default 900).</source>
        <translation>서명의 유효 시간(초)입니다(기본값 900).</translation>
    </message>
    <message>
        <source>Sign the URL itself instead of an Authorization header.</source>
        <translation>Authorization 헤더 대신 URL 자체에 서명합니다.</translation>
    </message>
    <message>
        <source>The output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <source>Read the secret key from this file instead of BUCKETDOCTOR_SECRET_KEY.</source>
        <translation>BUCKETDOCTOR_SECRET_KEY 대신 이 파일에서 비밀 키를 읽습니다.</translation>
    </message>
    <message>
        <source>Read the security token from this file instead of BUCKETDOCTOR_SECURITY_TOKEN.</source>
        <translation>BUCKETDOCTOR_SECURITY_TOKEN 대신 이 파일에서 보안 토큰을 읽습니다.</translation>
    </message>
    <message>
        <source>The SigV4 service name (default s3).</source>
        <translation>SigV4 서비스 이름입니다(기본값 s3).</translation>
    </message>
    <message>
        <source>OSS V4: more headers to sign, separated by semicolons.</source>
        <translation>OSS V4: 추가로 서명할 헤더이며, 세미콜론으로 구분합니다.</translation>
    </message>
    <message>
        <source>The presigned URL to inspect, in quotes.</source>
        <translation>검사할 사전 서명된 URL(따옴표로 묶음).</translation>
    </message>
    <message>
        <source>The time to judge the URL against, in Unix seconds (default: now).</source>
        <translation>URL의 유효성을 판단할 기준 시간(Unix 초, 기본값: 현재 시간).</translation>
    </message>
    <message>
        <source>The HTTP method the URL will be used with, for the Content-Type checks.</source>
        <translation>URL을 사용할 HTTP 메서드(Content-Type 확인용).</translation>
    </message>
    <message>
        <source>The storage provider: cos, oss or s3.</source>
        <translation>스토리지 제공업체: cos, oss 또는 s3.</translation>
    </message>
    <message>
        <source>The service endpoint, e.g. https://cos.ap-guangzhou.myqcloud.com or https://oss-cn-hangzhou.aliyuncs.com.</source>
        <translation>서비스 엔드포인트입니다(예: https://cos.ap-guangzhou.myqcloud.com 또는 https://oss-cn-hangzhou.aliyuncs.com).</translation>
    </message>
    <message>
        <source>The bucket name (for COS with its -APPID).</source>
        <translation>버킷 이름입니다(COS는 -APPID 포함).</translation>
    </message>
    <message>
        <source>The object key that failed, for the object, referer and key checks.</source>
        <translation>실패한 객체 키입니다(object, referer, key 검사에 사용).</translation>
    </message>
    <message>
        <source>Address the bucket in the path instead of the host name.</source>
        <translation>호스트 이름 대신 경로에 버킷을 지정합니다.</translation>
    </message>
    <message>
        <source>The page&apos;s origin, for the CORS check, e.g. https://app.example.com.</source>
        <translation>페이지의 출처(Origin)입니다(CORS 검사용, 예: https://app.example.com).</translation>
    </message>
    <message>
        <source>The method the page uses, for the CORS preflight (default GET).</source>
        <translation>페이지가 사용하는 메서드입니다(CORS 프리플라이트용, 기본값 GET).</translation>
    </message>
    <message>
        <source>The request headers the page sends, comma-separated, for the CORS preflight.</source>
        <translation>페이지가 보내는 요청 헤더이며, 쉼표로 구분합니다(CORS 프리플라이트용).</translation>
    </message>
    <message>
        <source>The Referer the page sends, for the referer check.</source>
        <translation>페이지가 보내는 Referer입니다(referer 검사용).</translation>
    </message>
    <message>
        <source>Run only these checks, comma-separated: endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption, write.</source>
        <translation>이 검사만 실행합니다(쉼표로 구분): endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption, write.</translation>
    </message>
    <message>
        <source>Give up on a request after this many milliseconds.</source>
        <translation>요청 제한 시간(밀리초)입니다. 이 시간이 지나면 요청을 중단합니다.</translation>
    </message>
    <message>
        <source>Also write the report to this file; .md, .html or .json.</source>
        <translation>보고서를 이 파일에도 저장합니다(.md, .html 또는 .json).</translation>
    </message>
    <message>
        <source>Allow the write probe: upload a small test object and delete it again.</source>
        <translation>쓰기 테스트를 허용합니다. 작은 테스트 객체를 업로드한 후 다시 삭제합니다.</translation>
    </message>
    <message>
        <source>Use this proxy instead of the system&apos;s (http://host:port, socks5://host:port), or none.</source>
        <translation>시스템 프록시 대신 이 프록시를 사용합니다(http://host:port, socks5://host:port). 프록시를 사용하지 않으려면 none을 지정합니다.</translation>
    </message>
    <message>
        <source>Add the error as pasted (a file, or - for standard input): it joins the checks in one ranking and one report.</source>
        <translation>붙여넣은 오류를 추가합니다(파일, 또는 표준 입력은 -). 검사와 함께 하나의 순위와 하나의 보고서에 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Proxy: %1 (your setting).</source>
        <translation>프록시: %1(사용자 설정).</translation>
    </message>
    <message>
        <source>Proxy: none; the system settings send this endpoint directly.</source>
        <translation>프록시: 없음. 시스템 설정에 따라 이 엔드포인트에 직접 연결합니다.</translation>
    </message>
    <message>
        <source>Proxy: %1:%2, from the system settings.</source>
        <translation>프록시: %1:%2(시스템 설정).</translation>
    </message>
    <message>
        <source>Where is the bucket, and who is calling?</source>
        <translation>버킷은 어디에 있으며 누가 호출합니까?</translation>
    </message>
    <message>
        <source>Everything here is optional. Without credentials, the checks that need none still run. Nothing is saved.</source>
        <translation>이 페이지의 모든 항목은 선택 사항입니다. 자격 증명이 없어도 자격 증명이 필요하지 않은 검사는 실행됩니다. 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>제공업체(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>버킷(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Object key:</source>
        <translation>객체 키(&amp;O):</translation>
    </message>
    <message>
        <source>Access &amp;key ID (SecretId / AccessKeyId):</source>
        <translation>액세스 키 ID(SecretId / AccessKeyId)(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>비밀 키(&amp;S):</translation>
    </message>
    <message>
        <source>Security &amp;token (temporary keys only):</source>
        <translation>보안 토큰(임시 키만 해당)(&amp;T):</translation>
    </message>
    <message>
        <source>Admin access key ID:</source>
        <translation>관리자 액세스 키 ID:</translation>
    </message>
    <message>
        <source>Admin secret key:</source>
        <translation>관리자 비밀 키:</translation>
    </message>
    <message>
        <source>Page or&amp;igin:</source>
        <translation>페이지 출처(Origin)(&amp;I):</translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation>요청 메서드(&amp;M):</translation>
    </message>
    <message>
        <source>Request &amp;headers (comma-separated):</source>
        <translation>요청 헤더(쉼표로 구분)(&amp;H):</translation>
    </message>
    <message>
        <source>Re&amp;ferer:</source>
        <translation>Referer(&amp;F):</translation>
    </message>
    <message>
        <source>Pro&amp;xy override:</source>
        <translation>프록시 재정의(&amp;X):</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>버킷</translation>
    </message>
    <message>
        <source>Path-style address (bucket in the path, not in the host name)</source>
        <translation>경로 방식(path-style) 주소(호스트 이름이 아닌 경로에 버킷 지정)</translation>
    </message>
    <message>
        <source>The identity that failed</source>
        <translation>요청에 실패한 계정</translation>
    </message>
    <message>
        <source>An identity that may read the bucket&apos;s settings (optional)</source>
        <translation>버킷 설정을 읽을 수 있는 계정(선택 사항)</translation>
    </message>
    <message>
        <source>Browser context (for CORS and referer checks)</source>
        <translation>브라우저 컨텍스트(CORS 및 Referer 검사용)</translation>
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
        <translation>http://proxy.example.com:3128 또는 none</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Remember these &amp;credentials in the system keychain</source>
        <translation>이 자격 증명을 시스템 키체인에 저장(&amp;C)</translation>
    </message>
    <message>
        <source>This proxy cannot be used: give http://host:port, socks5://host:port or none.</source>
        <translation>이 프록시는 사용할 수 없습니다. http://host:port, socks5://host:port 또는 none을 입력합니다.</translation>
    </message>
    <message>
        <source>An IP address or localhost cannot carry the bucket in its host name, so the checks use path-style addressing.</source>
        <translation>IP 주소나 localhost는 호스트 이름에 버킷을 담을 수 없으므로 검사는 경로 스타일(path-style) 주소 지정을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>CosTree</name>
    <message>
        <source>Message “Access Denied.”</source>
        <translation>Message가 &apos;Access Denied.&apos;인 경우</translation>
    </message>
    <message>
        <source>Is the account that signs the request listed in the bucket ACL?</source>
        <translation>요청에 서명하는 계정이 버킷 액세스 권한에 등록되어 있습니까?</translation>
    </message>
    <message>
        <source>Does that ACL entry give the permission the request needs (read for downloads, write for uploads and deletes)?</source>
        <translation>해당 액세스 권한 항목에 요청에 필요한 권한(다운로드는 읽기, 업로드 및 삭제는 쓰기)이 설정되어 있습니까?</translation>
    </message>
    <message>
        <source>Is there a permission policy for the account that signs the request?</source>
        <translation>요청에 서명하는 계정에 대한 권한 정책이 설정되어 있습니까?</translation>
    </message>
    <message>
        <source>Is the same sub-account both allowed and denied this action by different policies?</source>
        <translation>서로 다른 정책에서 동일한 서브 계정에 이 작업을 허용하는 동시에 금지하고 있습니까?</translation>
    </message>
    <message>
        <source>Does that policy allow this action on this resource path?</source>
        <translation>해당 정책이 이 리소스 경로에서 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does q-ak hold a SecretId of the account that owns the bucket (case-sensitive)?</source>
        <translation>q-ak에 버킷 소유 계정의 SecretId가 입력되어 있습니까(대소문자 구분)?</translation>
    </message>
    <message>
        <source>If this is cross-account access, has the bucket owner granted it?</source>
        <translation>계정 간 액세스인 경우 버킷 소유자가 권한을 부여했습니까?</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to an object that is not public?</source>
        <translation>공개되지 않은 객체에 서명 없이 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Has the sub-account that signs the request been granted access to this bucket?</source>
        <translation>요청에 서명하는 서브 계정에 이 버킷에 대한 액세스 권한이 부여되어 있습니까?</translation>
    </message>
    <message>
        <source>Does the policy given when the temporary key was issued cover this action and resource?</source>
        <translation>임시 키 발급 시 지정한 정책에 이 작업과 리소스가 포함되어 있습니까?</translation>
    </message>
    <message>
        <source>Do the policy conditions on source IP or VPC match where the request came from?</source>
        <translation>소스 IP 또는 VPC에 대한 정책 조건이 요청을 보낸 위치와 일치합니까?</translation>
    </message>
    <message>
        <source>Is the temporary key still valid, with its security token sent?</source>
        <translation>임시 키가 아직 유효하며 보안 토큰도 함께 전송되었습니까?</translation>
    </message>
    <message>
        <source>Does the bucket name end with its -APPID suffix?</source>
        <translation>버킷 이름이 -APPID 접미사로 끝납니까?</translation>
    </message>
    <message>
        <source>Message “AccessForbidden” (CORS request refused)</source>
        <translation>Message가 &apos;AccessForbidden&apos;인 경우(CORS 요청 거부)</translation>
    </message>
    <message>
        <source>Does the bucket have a CORS rule for this cross-origin request?</source>
        <translation>버킷에 이 크로스 도메인 요청에 대한 CORS 규칙이 있습니까?</translation>
    </message>
    <message>
        <source>Does a curl request with the page&apos;s Origin header get Access-Control-Allow-Origin back?</source>
        <translation>페이지의 Origin 헤더를 포함한 curl 요청에 Access-Control-Allow-Origin이 반환됩니까?</translation>
    </message>
    <message>
        <source>Does that rule allow the preflight&apos;s method and every header it asks for?</source>
        <translation>해당 규칙이 프리플라이트 요청의 메서드와 요청하는 모든 헤더를 허용합니까?</translation>
    </message>
    <message>
        <source>Message “You are denied by bucket referer rule”</source>
        <translation>Message가 &apos;You are denied by bucket referer rule&apos;인 경우</translation>
    </message>
    <message>
        <source>Is hotlink protection enabled on the bucket?</source>
        <translation>버킷에 링크 도용 방지가 설정되어 있습니까?</translation>
    </message>
    <message>
        <source>Does a curl request with the page&apos;s Referer header get the object?</source>
        <translation>페이지의 Referer 헤더를 포함한 curl 요청으로 객체를 가져올 수 있습니까?</translation>
    </message>
    <message>
        <source>Was the Referer empty while the hotlink settings deny empty Referer?</source>
        <translation>링크 도용 방지 설정에서 빈 Referer를 거부하는데 Referer가 비어 있었습니까?</translation>
    </message>
    <message>
        <source>Is the list a black list with an entry that matches the page&apos;s domain?</source>
        <translation>목록이 블랙리스트이며 페이지 도메인과 일치하는 항목이 있습니까?</translation>
    </message>
    <message>
        <source>Referer denied while empty Referer is set to Deny</source>
        <translation>빈 Referer가 거부로 설정되어 Referer가 거부됨</translation>
    </message>
    <message>
        <source>Does the request carry no Referer (direct open, app or video player) while empty Referer is denied?</source>
        <translation>빈 Referer가 거부로 설정된 상태에서 요청에 Referer가 없습니까(직접 열기, 앱 또는 동영상 플레이어)?</translation>
    </message>
    <message>
        <source>Referer denied by a hotlink black list</source>
        <translation>링크 도용 방지 블랙리스트에 의해 Referer가 거부됨</translation>
    </message>
    <message>
        <source>Does an entry of the black list match the Referer by prefix?</source>
        <translation>블랙리스트의 항목이 Referer와 접두사로 일치합니까?</translation>
    </message>
    <message>
        <source>Message “InvalidAccessKeyId”</source>
        <translation>Message가 &apos;InvalidAccessKeyId&apos;인 경우</translation>
    </message>
    <message>
        <source>Does q-ak in the Authorization equal the SecretId of the key, with the same case?</source>
        <translation>Authorization의 q-ak가 키의 SecretId와 대소문자까지 동일합니까?</translation>
    </message>
    <message>
        <source>Is the API key enabled in CAM console &gt; Manage API Key?</source>
        <translation>CAM 콘솔 &gt; API 키 관리에서 API 키가 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>Is it a temporary SecretId sent without its security token, or after it expired?</source>
        <translation>임시 SecretId를 보안 토큰 없이 보냈거나 만료된 후에 보냈습니까?</translation>
    </message>
    <message>
        <source>Message “InvalidObjectState”</source>
        <translation>Message가 &apos;InvalidObjectState&apos;인 경우</translation>
    </message>
    <message>
        <source>Is the object stored as ARCHIVE or DEEP ARCHIVE without a finished restore?</source>
        <translation>객체가 ARCHIVE 또는 DEEP ARCHIVE 유형으로 저장되어 있고 복구가 완료되지 않았습니까?</translation>
    </message>
    <message>
        <source>Message “RequestTimeTooSkewed”</source>
        <translation>Message가 &apos;RequestTimeTooSkewed&apos;인 경우</translation>
    </message>
    <message>
        <source>Is the client&apos;s current time correct (date -R on Linux, the date and time settings on Windows)?</source>
        <translation>클라이언트의 현재 시간이 정확합니까(Linux는 date -R, Windows는 날짜 및 시간 설정)?</translation>
    </message>
    <message>
        <source>Does the client time differ from the server time by more than 15 minutes?</source>
        <translation>클라이언트 시간과 서버 시간의 편차가 15분을 초과합니까?</translation>
    </message>
    <message>
        <source>Message “Request has expired”</source>
        <translation>Message가 &apos;Request has expired&apos;인 경우</translation>
    </message>
    <message>
        <source>Was the request sent after the end time in q-sign-time?</source>
        <translation>q-sign-time의 종료 시간 이후에 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Does the local system clock agree with the real time of its time zone?</source>
        <translation>로컬 시스템 시간이 해당 시간대의 실제 시간과 일치합니까?</translation>
    </message>
    <message>
        <source>Message “SignatureDoesNotMatch”</source>
        <translation>Message가 &apos;SignatureDoesNotMatch&apos;인 경우</translation>
    </message>
    <message>
        <source>Does your signature equal the one the COS signature tool computes for the same request?</source>
        <translation>계산한 서명이 동일한 요청에 대해 COS 서명 도구가 계산한 서명과 일치합니까?</translation>
    </message>
    <message>
        <source>Are the SecretId and SecretKey from the same key pair, without spaces or line breaks?</source>
        <translation>SecretId와 SecretKey가 같은 키 쌍에 속하며 공백이나 줄 바꿈이 없습니까?</translation>
    </message>
    <message>
        <source>Were all headers in q-header-list sent with the values that were signed?</source>
        <translation>q-header-list의 모든 헤더가 서명한 값 그대로 전송되었습니까?</translation>
    </message>
    <message>
        <source>Temporary key token expired or invalid</source>
        <translation>임시 키 토큰이 만료되었거나 유효하지 않음</translation>
    </message>
    <message>
        <source>Is the temporary key still within its validity period?</source>
        <translation>임시 키가 아직 유효 기간 내에 있습니까?</translation>
    </message>
    <message>
        <source>Is the security token sent, and from the same STS response as the SecretId and SecretKey?</source>
        <translation>보안 토큰이 전송되었으며 SecretId, SecretKey와 같은 STS 응답에서 받은 것입니까?</translation>
    </message>
    <message>
        <source>Code “DownloadForbidden” (APK or IPA on the default domain)</source>
        <translation>Code가 &apos;DownloadForbidden&apos;인 경우(기본 도메인의 APK 또는 IPA)</translation>
    </message>
    <message>
        <source>Is an .apk or .ipa file requested through the default COS domain?</source>
        <translation>기본 COS 도메인을 통해 .apk 또는 .ipa 파일을 요청했습니까?</translation>
    </message>
    <message>
        <source>Code “NoSuchBucket” (bucket not found at this address)</source>
        <translation>Code가 &apos;NoSuchBucket&apos;인 경우(이 주소에서 버킷을 찾을 수 없음)</translation>
    </message>
    <message>
        <source>Does the endpoint&apos;s region match the bucket&apos;s region, with a virtual-hosted address?</source>
        <translation>엔드포인트의 리전이 버킷의 리전과 일치하며 가상 호스팅 방식 주소를 사용합니까?</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognised code or message</source>
        <translation>인식할 수 있는 코드나 메시지가 없는 HTTP 403</translation>
    </message>
    <message>
        <source>Is it a cross-origin browser request that CORS refused?</source>
        <translation>CORS에 의해 거부된 브라우저의 크로스 도메인 요청입니까?</translation>
    </message>
    <message>
        <source>Does hotlink protection refuse the Referer?</source>
        <translation>링크 도용 방지가 Referer를 거부합니까?</translation>
    </message>
    <message>
        <source>Was the request unsigned while the object is not public?</source>
        <translation>객체가 공개되지 않았는데 서명 없이 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Is the SecretId correct and its API key enabled?</source>
        <translation>SecretId가 정확하며 해당 API 키가 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>Is the client clock within 15 minutes of the server time?</source>
        <translation>클라이언트 시간과 서버 시간의 편차가 15분 이내입니까?</translation>
    </message>
    <message>
        <source>Was the request sent before the end time in q-sign-time?</source>
        <translation>q-sign-time의 종료 시간 전에 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Is the signature computed with the right SecretKey?</source>
        <translation>올바른 SecretKey로 서명을 계산했습니까?</translation>
    </message>
    <message>
        <source>Has the sub-account been granted access to this bucket?</source>
        <translation>서브 계정에 이 버킷에 대한 액세스 권한이 부여되어 있습니까?</translation>
    </message>
    <message>
        <source>Do the bucket ACL and policies grant the account that signs?</source>
        <translation>버킷 액세스 권한과 정책이 서명하는 계정에 권한을 부여합니까?</translation>
    </message>
    <message>
        <source>Does the temporary key&apos;s policy cover this action and resource?</source>
        <translation>임시 키의 정책에 이 작업과 리소스가 포함되어 있습니까?</translation>
    </message>
    <message>
        <source>Is the object in ARCHIVE or DEEP ARCHIVE storage without a restore?</source>
        <translation>객체가 복구되지 않은 ARCHIVE 또는 DEEP ARCHIVE 유형입니까?</translation>
    </message>
    <message>
        <source>An unsigned request reached a bucket or object that is not public.</source>
        <translation>서명되지 않은 요청이 공개되지 않은 버킷 또는 객체에 도달했습니다.</translation>
    </message>
    <message>
        <source>COS treats a request without a signature as anonymous. Unless the object is public-read, or a policy lets everyone read it, COS answers Access Denied.</source>
        <translation>COS는 서명이 없는 요청을 익명 요청으로 처리합니다. 객체가 public-read이거나 정책에서 모든 사용자에게 읽기를 허용하지 않는 한 COS는 Access Denied를 반환합니다.</translation>
    </message>
    <message>
        <source>Sign the request with a key that may read the object, or hand out a presigned URL instead of the plain object URL.</source>
        <translation>객체를 읽을 수 있는 키로 요청에 서명하거나, 일반 객체 URL 대신 사전 서명된 URL을 제공합니다.</translation>
    </message>
    <message>
        <source>If the object must be public, set public-read in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List), or on the object&apos;s own ACL.</source>
        <translation>객체를 공개해야 하는 경우 COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 액세스 권한 또는 객체 자체의 액세스 권한에서 public-read를 설정합니다.</translation>
    </message>
    <message>
        <source>Or, under Permission Policy Settings, add a policy that lets Everyone read the path: such a policy takes effect even when the bucket ACL is Private Read/Write.</source>
        <translation>또는 Policy 권한 설정에서 모든 사용자에게 해당 경로의 읽기를 허용하는 정책을 추가합니다. 이 정책은 버킷 액세스 권한이 개인 읽기/쓰기인 경우에도 적용됩니다.</translation>
    </message>
    <message>
        <source>The bucket ACL does not give this account the permission it needs.</source>
        <translation>버킷 액세스 권한에서 이 계정에 필요한 권한을 부여하지 않았습니다.</translation>
    </message>
    <message>
        <source>The account that signs the request is missing from the bucket ACL, or is listed with less than the request needs, such as read only for an upload.</source>
        <translation>요청에 서명하는 계정이 버킷 액세스 권한에 없거나, 업로드에 읽기 권한만 있는 경우처럼 요청에 필요한 것보다 적은 권한으로 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List).</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 액세스 권한을 엽니다.</translation>
    </message>
    <message>
        <source>If the account that signs is not listed, click Add User and grant it the permission the request needs.</source>
        <translation>서명하는 계정이 목록에 없으면 사용자 추가를 클릭하여 요청에 필요한 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>If it is listed, click Edit and check the permission: downloads need read, uploads and deletes need write.</source>
        <translation>목록에 있으면 편집을 클릭하여 권한을 확인합니다. 다운로드에는 읽기 권한이, 업로드 및 삭제에는 쓰기 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>No permission policy allows this account this action on this resource.</source>
        <translation>이 리소스에서 이 계정의 이 작업을 허용하는 권한 정책이 없습니다.</translation>
    </message>
    <message>
        <source>Under Permission Policy Settings no statement allows the account that signs to perform this action on this path, or the statement names other actions or paths.</source>
        <translation>Policy 권한 설정에 서명하는 계정이 이 경로에서 이 작업을 수행하도록 허용하는 구문이 없거나, 구문에 다른 작업 또는 경로가 지정되어 있습니다.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; Policy 권한 설정을 엽니다.</translation>
    </message>
    <message>
        <source>If no policy covers the account that signs the request, click Add Policy and allow the actions the request uses.</source>
        <translation>요청에 서명하는 계정에 해당하는 정책이 없으면 정책 추가를 클릭하여 요청에 사용되는 작업을 허용합니다.</translation>
    </message>
    <message>
        <source>If a policy exists, click Edit and compare its actions and resource paths with the request.</source>
        <translation>정책이 있으면 편집을 클릭하여 정책의 작업 및 리소스 경로를 요청과 비교합니다.</translation>
    </message>
    <message>
        <source>A policy for a specified user takes priority over one for Everyone, so check the user&apos;s own statements first.</source>
        <translation>지정 사용자 정책이 모든 사용자 정책보다 우선순위가 높으므로 해당 사용자의 구문을 먼저 확인합니다.</translation>
    </message>
    <message>
        <source>A Deny statement for this account overrides its Allow.</source>
        <translation>이 계정에 대한 거부(Deny) 구문이 허용(Allow)보다 우선합니다.</translation>
    </message>
    <message>
        <source>When different policies allow and deny the same action for the same sub-account, COS denies the request.</source>
        <translation>서로 다른 정책이 동일한 서브 계정에 대해 같은 작업을 허용하는 동시에 거부하면 COS는 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>Look for Deny statements in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings and in the CAM policies of the sub-account.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; Policy 권한 설정과 서브 계정의 CAM 정책에서 거부(Deny) 구문을 찾습니다.</translation>
    </message>
    <message>
        <source>Remove or narrow the Deny that covers this action and path, or accept the denial as intended.</source>
        <translation>이 작업과 경로에 적용되는 거부(Deny) 구문을 삭제하거나 범위를 좁힙니다. 의도한 거부라면 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Retry the request after the change has been saved.</source>
        <translation>변경 사항을 저장한 후 요청을 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The key belongs to another account, and cross-account access is not granted.</source>
        <translation>키가 다른 계정에 속하며 계정 간 액세스 권한이 부여되지 않았습니다.</translation>
    </message>
    <message>
        <source>The SecretId in q-ak decides which account signs. A key of another account, or of its sub-account, gets no access to the bucket until the bucket owner grants it.</source>
        <translation>q-ak의 SecretId에 따라 서명하는 계정이 결정됩니다. 다른 계정 또는 그 서브 계정의 키는 버킷 소유자가 권한을 부여하기 전까지 버킷에 액세스할 수 없습니다.</translation>
    </message>
    <message>
        <source>Compare the SecretId in q-ak (case-sensitive) with the keys of the bucket owner&apos;s account in CAM console &gt; Manage API Key.</source>
        <translation>q-ak의 SecretId(대소문자 구분)를 CAM 콘솔 &gt; API 키 관리에 있는 버킷 소유 계정의 키와 비교합니다.</translation>
    </message>
    <message>
        <source>If the request should use the owner&apos;s key, switch to that key.</source>
        <translation>요청에 소유자의 키를 사용해야 한다면 해당 키로 변경합니다.</translation>
    </message>
    <message>
        <source>If access from another account is intended, have the bucket owner grant that account in the bucket policy, then let that account grant its sub-account in CAM.</source>
        <translation>다른 계정의 액세스를 의도한 경우, 버킷 소유자가 버킷 정책에서 해당 계정에 권한을 부여한 다음 해당 계정이 CAM에서 자신의 서브 계정에 권한을 부여하도록 합니다.</translation>
    </message>
    <message>
        <source>The sub-account has no permission for this bucket or action.</source>
        <translation>서브 계정에 이 버킷 또는 작업에 대한 권한이 없습니다.</translation>
    </message>
    <message>
        <source>A sub-account starts without COS permissions. The root account must grant them in CAM, or in the bucket ACL or permission policy.</source>
        <translation>서브 계정에는 처음에 COS 권한이 없습니다. 루트 계정이 CAM에서, 또는 버킷 액세스 권한이나 권한 정책에서 권한을 부여해야 합니다.</translation>
    </message>
    <message>
        <source>In the CAM console, check the policies of the sub-account and its user groups, and add one that allows the needed COS actions on this bucket.</source>
        <translation>CAM 콘솔에서 서브 계정과 소속 사용자 그룹의 정책을 확인하고, 이 버킷에서 필요한 COS 작업을 허용하는 정책을 추가합니다.</translation>
    </message>
    <message>
        <source>Or grant the sub-account in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Bucket ACL (Access Control List) or Permission Policy Settings.</source>
        <translation>또는 COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 액세스 권한 또는 Policy 권한 설정에서 서브 계정에 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>Make sure no Deny statement for the same sub-account cancels the grant.</source>
        <translation>동일한 서브 계정에 대한 거부(Deny) 구문이 부여한 권한을 무효화하지 않는지 확인합니다.</translation>
    </message>
    <message>
        <source>The temporary key&apos;s policy does not cover this action or resource.</source>
        <translation>임시 키의 정책에 이 작업 또는 리소스가 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>A temporary key can only do what the policy passed when it was issued allows. Other actions, buckets or paths are denied, even if the account behind it may use them.</source>
        <translation>임시 키는 발급 시 전달된 정책이 허용하는 작업만 수행할 수 있습니다. 그 밖의 작업, 버킷 또는 경로는 임시 키를 발급한 계정에 권한이 있더라도 거부됩니다.</translation>
    </message>
    <message>
        <source>Check the policy your server passes when it requests the temporary key: the actions (such as name/cos:PutObject) and the resource paths (qcs::cos:region:uid/APPID:bucket-APPID/prefix*).</source>
        <translation>서버가 임시 키를 요청할 때 전달하는 정책의 작업(예: name/cos:PutObject)과 리소스 경로(qcs::cos:region:uid/APPID:bucket-APPID/prefix*)를 확인합니다.</translation>
    </message>
    <message>
        <source>Add the missing action or path, issue a new temporary key and retry.</source>
        <translation>누락된 작업 또는 경로를 추가하고 새 임시 키를 발급한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>A policy condition on source IP or VPC does not match this request.</source>
        <translation>소스 IP 또는 VPC에 대한 정책 조건이 이 요청과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>A bucket policy can limit a statement with qcs:ip or qcs:vpc. A request from another address or network falls outside the Allow, or inside a Deny.</source>
        <translation>버킷 정책은 qcs:ip 또는 qcs:vpc로 구문을 제한할 수 있습니다. 다른 주소나 네트워크에서 보낸 요청은 허용(Allow) 범위를 벗어나거나 거부(Deny) 범위에 포함됩니다.</translation>
    </message>
    <message>
        <source>Read the conditions in COS console &gt; Bucket List &gt; (bucket) &gt; Permission Management &gt; Permission Policy Settings.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; Policy 권한 설정에서 조건을 확인합니다.</translation>
    </message>
    <message>
        <source>Compare them with the client&apos;s public IP address or VPC.</source>
        <translation>조건을 클라이언트의 공용 IP 주소 또는 VPC와 비교합니다.</translation>
    </message>
    <message>
        <source>Add the address or VPC to the condition, or send the request from an allowed network.</source>
        <translation>조건에 해당 주소 또는 VPC를 추가하거나, 허용된 네트워크에서 요청을 보냅니다.</translation>
    </message>
    <message>
        <source>No CORS rule on the bucket allows this origin and method.</source>
        <translation>버킷에 이 출처와 메서드를 허용하는 CORS 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>COS refuses a cross-origin request with AccessForbidden when the bucket has no CORS rule, or when no rule lists the page&apos;s origin and method.</source>
        <translation>버킷에 CORS 규칙이 없거나 페이지의 출처와 메서드가 지정된 규칙이 없으면 COS는 크로스 도메인 요청을 AccessForbidden으로 거부합니다.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing).</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 보안 관리 &gt; 크로스 도메인 CORS 액세스 설정을 엽니다.</translation>
    </message>
    <message>
        <source>Add a rule whose Allowed Origin is the page&apos;s origin with scheme and port, such as https://app.example.com, and the methods the page uses.</source>
        <translation>출처 Origin에는 스킴과 포트를 포함한 페이지의 출처(예: https://app.example.com)를, 허용 메서드에는 페이지가 사용하는 메서드를 지정한 규칙을 추가합니다.</translation>
    </message>
    <message>
        <source>Test with curl -v and an Origin header set to that origin: a matching rule returns Access-Control-Allow-Origin.</source>
        <translation>해당 출처로 설정한 Origin 헤더와 curl -v로 테스트합니다. 일치하는 규칙이 있으면 Access-Control-Allow-Origin이 반환됩니다.</translation>
    </message>
    <message>
        <source>The browser console hides the response body; read it in the Network tab to see the code COS returned.</source>
        <translation>브라우저 콘솔에는 응답 본문이 표시되지 않으므로, 네트워크(Network) 탭에서 응답 본문을 열어 COS가 반환한 코드를 확인합니다.</translation>
    </message>
    <message>
        <source>The CORS preflight was refused: the method or a requested header is not allowed.</source>
        <translation>CORS 프리플라이트 요청이 거부되었습니다. 메서드 또는 요청된 헤더가 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>Before uploads and requests with custom headers the browser sends an OPTIONS preflight. COS refuses it unless one rule allows the origin, the method in Access-Control-Request-Method and every header in Access-Control-Request-Headers.</source>
        <translation>업로드 및 사용자 정의 헤더가 포함된 요청 전에 브라우저는 OPTIONS 프리플라이트 요청을 보냅니다. 하나의 규칙이 출처, Access-Control-Request-Method의 메서드, Access-Control-Request-Headers의 모든 헤더를 모두 허용하지 않으면 COS는 이 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; CORS (Cross-Origin Resource Sharing), edit the rule for the page&apos;s origin.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 보안 관리 &gt; 크로스 도메인 CORS 액세스 설정에서 페이지 출처에 대한 규칙을 편집합니다.</translation>
    </message>
    <message>
        <source>Add the method the page uses, such as PUT, POST or DELETE, to the allowed methods.</source>
        <translation>페이지가 사용하는 메서드(예: PUT, POST, DELETE)를 허용 메서드에 추가합니다.</translation>
    </message>
    <message>
        <source>Add every requested header to the allowed headers, such as content-type, x-cos-security-token and x-cos-meta-*, or allow *.</source>
        <translation>요청된 모든 헤더(예: content-type, x-cos-security-token, x-cos-meta-*)를 허용 헤더에 추가하거나 *를 허용합니다.</translation>
    </message>
    <message>
        <source>Send the OPTIONS request again with curl, using the same Origin, Access-Control-Request-Method and Access-Control-Request-Headers.</source>
        <translation>동일한 Origin, Access-Control-Request-Method, Access-Control-Request-Headers를 사용하여 curl로 OPTIONS 요청을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The Referer is not on the bucket&apos;s hotlink white list.</source>
        <translation>Referer가 버킷의 링크 도용 방지 화이트리스트에 없습니다.</translation>
    </message>
    <message>
        <source>With a white list, COS serves an unsigned request only when its Referer matches a listed entry by prefix. An entry without a scheme covers http and https; an entry with a port covers only that port.</source>
        <translation>화이트리스트를 사용하면 COS는 Referer가 목록의 항목과 접두사로 일치하는 서명되지 않은 요청에만 응답합니다. 스킴이 없는 항목은 http와 https에 모두 적용되고, 포트가 있는 항목은 해당 포트에만 적용됩니다.</translation>
    </message>
    <message>
        <source>Open COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 보안 관리 &gt; 링크 도용 방지 설정을 엽니다.</translation>
    </message>
    <message>
        <source>Compare the Referer the page sends with the listed entries, including subdomains (*.example.com) and ports.</source>
        <translation>페이지가 보내는 Referer를 하위 도메인(*.example.com)과 포트를 포함하여 목록의 항목과 비교합니다.</translation>
    </message>
    <message>
        <source>Add the missing domain and save.</source>
        <translation>누락된 도메인을 추가하고 저장합니다.</translation>
    </message>
    <message>
        <source>Test with curl -v and a Referer header set to that value.</source>
        <translation>해당 값으로 설정한 Referer 헤더와 curl -v로 테스트합니다.</translation>
    </message>
    <message>
        <source>Servers can sign their requests instead: COS checks hotlink rules only for unsigned requests.</source>
        <translation>서버에서는 대신 요청에 서명할 수 있습니다. COS는 서명되지 않은 요청에 대해서만 링크 도용 방지 규칙을 확인합니다.</translation>
    </message>
    <message>
        <source>The request had no Referer, and the hotlink settings deny an empty Referer.</source>
        <translation>요청에 Referer가 없으며, 링크 도용 방지 설정에서 빈 Referer를 거부합니다.</translation>
    </message>
    <message>
        <source>A link opened in the address bar, and many apps and video players, send no Referer. COS denies such requests unless empty Referer is set to Allow; the default is Deny.</source>
        <translation>주소 표시줄에서 연 링크와 많은 앱 및 동영상 플레이어는 Referer를 보내지 않습니다. 빈 Referer가 허용으로 설정되어 있지 않으면 COS는 이러한 요청을 거부하며, 기본값은 거부입니다.</translation>
    </message>
    <message>
        <source>In COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection, allow empty Referer if direct opening must work.</source>
        <translation>직접 열기가 가능해야 하는 경우 COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 보안 관리 &gt; 링크 도용 방지 설정에서 빈 Referer를 허용합니다.</translation>
    </message>
    <message>
        <source>Otherwise load the file from a page on a listed domain, or give such clients a presigned URL, which hotlink rules do not check.</source>
        <translation>그렇지 않으면 목록에 있는 도메인의 페이지에서 파일을 로드하거나, 이러한 클라이언트에는 링크 도용 방지 규칙이 확인하지 않는 사전 서명된 URL을 제공합니다.</translation>
    </message>
    <message>
        <source>The Referer matches an entry on the hotlink black list.</source>
        <translation>Referer가 링크 도용 방지 블랙리스트의 항목과 일치합니다.</translation>
    </message>
    <message>
        <source>With a black list, COS denies unsigned requests whose Referer matches an entry by prefix, so www.example.com also catches www.example.com.cn.</source>
        <translation>블랙리스트를 사용하면 COS는 Referer가 항목과 접두사로 일치하는 서명되지 않은 요청을 거부하므로, www.example.com 항목은 www.example.com.cn도 차단합니다.</translation>
    </message>
    <message>
        <source>Check the black list in COS console &gt; Bucket List &gt; (bucket) &gt; Security Management &gt; Hotlink Protection.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 보안 관리 &gt; 링크 도용 방지 설정에서 블랙리스트를 확인합니다.</translation>
    </message>
    <message>
        <source>Remove or narrow the entry that matches the page&apos;s domain, then save.</source>
        <translation>페이지 도메인과 일치하는 항목을 삭제하거나 범위를 좁힌 후 저장합니다.</translation>
    </message>
    <message>
        <source>The SecretId in q-ak is wrong, or its API key is disabled or deleted.</source>
        <translation>q-ak의 SecretId가 잘못되었거나 해당 API 키가 비활성화 또는 삭제되었습니다.</translation>
    </message>
    <message>
        <source>COS found no enabled API key for the q-ak value. It is case-sensitive, so a typo, a stray space or quote, or a disabled key all give InvalidAccessKeyId.</source>
        <translation>COS에서 q-ak 값에 해당하는 활성화된 API 키를 찾지 못했습니다. q-ak는 대소문자를 구분하므로 오타, 불필요한 공백이나 따옴표, 비활성화된 키는 모두 InvalidAccessKeyId를 발생시킵니다.</translation>
    </message>
    <message>
        <source>Compare q-ak in the Authorization header or URL with the SecretId shown in CAM console &gt; Manage API Key.</source>
        <translation>Authorization 헤더 또는 URL의 q-ak를 CAM 콘솔 &gt; API 키 관리에 표시된 SecretId와 비교합니다.</translation>
    </message>
    <message>
        <source>Remove spaces, quotes and line breaks that came in with a config file or environment variable.</source>
        <translation>구성 파일이나 환경 변수에서 함께 들어온 공백, 따옴표, 줄 바꿈을 제거합니다.</translation>
    </message>
    <message>
        <source>If the key is disabled, enable it; if it was deleted, create a new key and update the client.</source>
        <translation>키가 비활성화된 경우 활성화하고, 삭제된 경우 새 키를 생성하여 클라이언트에 반영합니다.</translation>
    </message>
    <message>
        <source>The temporary key has expired, or its security token is missing or does not match.</source>
        <translation>임시 키가 만료되었거나 보안 토큰이 누락되었거나 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>A temporary SecretId works only with its token, sent as x-cos-security-token, and only until the key expires: 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account.</source>
        <translation>임시 SecretId는 x-cos-security-token으로 전송한 해당 토큰과 함께, 키가 만료되기 전까지만 사용할 수 있습니다. 기본 유효 기간은 30분이며, 최대 유효 기간은 루트 계정이 2시간, 서브 계정이 36시간입니다.</translation>
    </message>
    <message>
        <source>Send the token from the same STS response as the x-cos-security-token header, or as a URL parameter of that name in presigned URLs.</source>
        <translation>동일한 STS 응답에서 받은 토큰을 x-cos-security-token 헤더로 보내거나, 사전 서명된 URL에서는 같은 이름의 URL 매개변수로 보냅니다.</translation>
    </message>
    <message>
        <source>Check the key&apos;s expiry time and fetch a new temporary key before it ends.</source>
        <translation>키의 만료 시간을 확인하고 만료되기 전에 새 임시 키를 발급받습니다.</translation>
    </message>
    <message>
        <source>Do not mix the SecretId, SecretKey and token of different STS responses.</source>
        <translation>서로 다른 STS 응답의 SecretId, SecretKey, 토큰을 섞어 사용하지 마십시오.</translation>
    </message>
    <message>
        <source>Give presigned URLs a validity that ends before the temporary key does.</source>
        <translation>사전 서명된 URL의 유효 기간이 임시 키보다 먼저 끝나도록 설정합니다.</translation>
    </message>
    <message>
        <source>The client clock is off by more than COS allows.</source>
        <translation>클라이언트 시간의 편차가 COS 허용 범위를 초과합니다.</translation>
    </message>
    <message>
        <source>COS compares the signature time with its own clock. A clock off by more than 15 minutes gets RequestTimeTooSkewed, and a wrong clock can also make a fresh signature look expired.</source>
        <translation>COS는 서명 시간을 자체 시간과 비교합니다. 시간 편차가 15분을 초과하면 RequestTimeTooSkewed가 반환되며, 시간이 잘못되면 방금 생성한 서명도 만료된 것으로 판단될 수 있습니다.</translation>
    </message>
    <message>
        <source>Read the client time: run date -R on Linux, or open Control Panel &gt; Clock, Language, and Region &gt; Set the time and date on Windows.</source>
        <translation>클라이언트 시간을 확인합니다. Linux에서는 date -R을 실행하고, Windows에서는 제어판 &gt; 시간 및 언어 &gt; 날짜 및 시간을 엽니다.</translation>
    </message>
    <message>
        <source>Compare it with the Date header of any COS response.</source>
        <translation>임의의 COS 응답에 포함된 Date 헤더와 비교합니다.</translation>
    </message>
    <message>
        <source>Turn on automatic time sync (NTP) and retry; the JS SDK can also correct the offset with CorrectClockSkew.</source>
        <translation>자동 시간 동기화(NTP)를 켜고 다시 시도합니다. JS SDK에서는 CorrectClockSkew로 시간 편차를 보정할 수도 있습니다.</translation>
    </message>
    <message>
        <source>The signature or presigned URL was used after its validity ended.</source>
        <translation>유효 기간이 끝난 후에 서명 또는 사전 서명된 URL을 사용했습니다.</translation>
    </message>
    <message>
        <source>A COS signature is valid only between the two times in q-sign-time. A request sent after the end time gets Request has expired.</source>
        <translation>COS 서명은 q-sign-time의 두 시간 사이에만 유효합니다. 종료 시간 이후에 보낸 요청에는 Request has expired가 반환됩니다.</translation>
    </message>
    <message>
        <source>Read q-sign-time in the Authorization header or URL: the second number is the end time in Unix seconds.</source>
        <translation>Authorization 헤더 또는 URL의 q-sign-time을 확인합니다. 두 번째 숫자가 Unix 초 단위의 종료 시간입니다.</translation>
    </message>
    <message>
        <source>Sign again just before sending, or give presigned URLs a longer validity.</source>
        <translation>보내기 직전에 다시 서명하거나, 사전 서명된 URL의 유효 기간을 늘립니다.</translation>
    </message>
    <message>
        <source>Do not reuse signed headers or URLs after their end time.</source>
        <translation>종료 시간이 지난 서명된 헤더나 URL을 재사용하지 마십시오.</translation>
    </message>
    <message>
        <source>The SecretKey does not belong to the SecretId, or has extra characters.</source>
        <translation>SecretKey가 SecretId와 짝이 맞지 않거나 불필요한 문자가 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>COS recomputes the signature with the SecretKey of the key named in q-ak. Another SecretKey, a typo or surrounding whitespace gives SignatureDoesNotMatch.</source>
        <translation>COS는 q-ak에 지정된 키의 SecretKey로 서명을 다시 계산합니다. 다른 SecretKey, 오타 또는 앞뒤 공백이 있으면 SignatureDoesNotMatch가 발생합니다.</translation>
    </message>
    <message>
        <source>Copy the SecretKey again from CAM console &gt; Manage API Key, from the same row as the SecretId you use.</source>
        <translation>CAM 콘솔 &gt; API 키 관리에서 사용 중인 SecretId와 같은 행의 SecretKey를 다시 복사합니다.</translation>
    </message>
    <message>
        <source>Trim spaces and line breaks from values read from files or environment variables.</source>
        <translation>파일이나 환경 변수에서 읽은 값의 공백과 줄 바꿈을 제거합니다.</translation>
    </message>
    <message>
        <source>Check with the COS signature tool: with the right key pair and request it produces your q-signature.</source>
        <translation>COS 서명 도구로 확인합니다. 올바른 키 쌍과 요청을 사용하면 사용자의 q-signature와 같은 값이 생성됩니다.</translation>
    </message>
    <message>
        <source>The client builds the string to sign differently from COS.</source>
        <translation>클라이언트가 서명할 문자열을 COS와 다르게 생성합니다.</translation>
    </message>
    <message>
        <source>COS signs the lower-case method, the raw unencoded path, sorted lower-case encoded parameters and headers, and q-sign-time. Any difference, often around special characters in the object key, changes the signature.</source>
        <translation>COS는 소문자 메서드, 인코딩하지 않은 원래 경로, 정렬된 소문자 인코딩 매개변수와 헤더, q-sign-time에 서명합니다. 객체 키의 특수 문자 등에서 조금이라도 차이가 있으면 서명이 달라집니다.</translation>
    </message>
    <message>
        <source>Run the same request through the COS signature tool and compare HttpString and StringToSign with yours line by line.</source>
        <translation>동일한 요청을 COS 서명 도구로 실행하고 HttpString과 StringToSign을 사용자의 값과 한 줄씩 비교합니다.</translation>
    </message>
    <message>
        <source>Keep the path unencoded in HttpString, lower-case the encoded parameter and header names, and URL-encode values by RFC 3986, so that a space never becomes a plus sign.</source>
        <translation>HttpString의 경로는 인코딩하지 않고, 인코딩된 매개변수와 헤더 이름은 소문자로 변환하며, 값은 RFC 3986에 따라 URL 인코딩하여 공백이 더하기 기호(+)로 바뀌지 않도록 합니다.</translation>
    </message>
    <message>
        <source>Prefer an official SDK, which already signs this way.</source>
        <translation>이미 이 방식으로 서명하는 공식 SDK 사용을 권장합니다.</translation>
    </message>
    <message>
        <source>A signed header was changed after signing.</source>
        <translation>서명된 헤더가 서명 후에 변경되었습니다.</translation>
    </message>
    <message>
        <source>COS checks every header named in q-header-list. If a proxy, CDN, custom domain or browser changes Host, Content-Type or another signed header, the signature no longer matches.</source>
        <translation>COS는 q-header-list에 지정된 모든 헤더를 확인합니다. 프록시, CDN, 사용자 정의 도메인 또는 브라우저가 Host, Content-Type 등 서명된 헤더를 변경하면 서명이 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Compare q-header-list with the headers actually sent, for example with curl -v.</source>
        <translation>curl -v 등으로 q-header-list를 실제 전송된 헤더와 비교합니다.</translation>
    </message>
    <message>
        <source>Sign the Host the request really reaches: a custom domain or CDN host differs from the default bucket host.</source>
        <translation>요청이 실제로 도달하는 Host로 서명합니다. 사용자 정의 도메인 또는 CDN 호스트는 기본 버킷 호스트와 다릅니다.</translation>
    </message>
    <message>
        <source>Set Content-Type before signing so that no other value is added later.</source>
        <translation>나중에 다른 값이 추가되지 않도록 서명 전에 Content-Type을 설정합니다.</translation>
    </message>
    <message>
        <source>Sign only headers that reach COS unchanged.</source>
        <translation>변경되지 않고 COS에 도달하는 헤더만 서명합니다.</translation>
    </message>
    <message>
        <source>The object is in ARCHIVE or DEEP ARCHIVE storage and has not been restored.</source>
        <translation>객체가 ARCHIVE 또는 DEEP ARCHIVE 유형이며 복구되지 않았습니다.</translation>
    </message>
    <message>
        <source>Objects in the archive storage classes cannot be read directly. A restore first makes a temporary readable copy.</source>
        <translation>아카이브 스토리지 유형의 객체는 직접 읽을 수 없습니다. 먼저 복구하여 읽을 수 있는 임시 사본을 생성해야 합니다.</translation>
    </message>
    <message>
        <source>Send a HEAD request and read x-cos-storage-class.</source>
        <translation>HEAD 요청을 보내 x-cos-storage-class를 확인합니다.</translation>
    </message>
    <message>
        <source>Restore the object with POST Object restore, or in the console, and wait until x-cos-restore shows ongoing-request=false.</source>
        <translation>POST Object restore 또는 콘솔에서 객체를 복구하고, x-cos-restore에 ongoing-request=false가 표시될 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Read the object while the restored copy lasts; restore it again after the copy expires.</source>
        <translation>복구된 사본이 유지되는 동안 객체를 읽습니다. 사본이 만료되면 다시 복구합니다.</translation>
    </message>
    <message>
        <source>The request went to the wrong region or host form for this bucket.</source>
        <translation>요청이 이 버킷에 맞지 않는 리전 또는 호스트 형식으로 전송되었습니다.</translation>
    </message>
    <message>
        <source>A bucket lives in one region and is reached at BucketName-APPID.cos.region.myqcloud.com; another region&apos;s endpoint does not find it. Buckets created after 2024-01-01 also refuse path-style addresses.</source>
        <translation>버킷은 하나의 리전에 있으며 BucketName-APPID.cos.region.myqcloud.com으로 액세스합니다. 다른 리전의 엔드포인트로는 버킷을 찾을 수 없습니다. 또한 2024-01-01 이후에 생성된 버킷은 경로 방식(path-style) 주소를 거부합니다.</translation>
    </message>
    <message>
        <source>Look up the bucket&apos;s region in COS console &gt; Bucket List, or read x-cos-bucket-region from a HEAD Bucket request.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트에서 버킷의 리전을 확인하거나, HEAD Bucket 요청에서 x-cos-bucket-region을 확인합니다.</translation>
    </message>
    <message>
        <source>Set that region in the client, or use the host BucketName-APPID.cos.region.myqcloud.com.</source>
        <translation>클라이언트에 해당 리전을 설정하거나 BucketName-APPID.cos.region.myqcloud.com 호스트를 사용합니다.</translation>
    </message>
    <message>
        <source>Use the bucket in the host name, not cos.region.myqcloud.com/bucket.</source>
        <translation>cos.region.myqcloud.com/bucket이 아니라 호스트 이름에 버킷을 포함하여 사용합니다.</translation>
    </message>
    <message>
        <source>The bucket name lacks its -APPID suffix.</source>
        <translation>버킷 이름에 -APPID 접미사가 없습니다.</translation>
    </message>
    <message>
        <source>A COS bucket name has the form BucketName-APPID, such as examplebucket-1250000000. Without the APPID it does not name your bucket.</source>
        <translation>COS 버킷 이름은 BucketName-APPID 형식입니다(예: examplebucket-1250000000). APPID가 없으면 사용자의 버킷을 가리키지 않습니다.</translation>
    </message>
    <message>
        <source>Copy the full bucket name from COS console &gt; Bucket List.</source>
        <translation>COS 콘솔 &gt; 버킷 리스트에서 전체 버킷 이름을 복사합니다.</translation>
    </message>
    <message>
        <source>Use that full name in the SDK settings and in the host name.</source>
        <translation>SDK 설정과 호스트 이름에 해당 전체 이름을 사용합니다.</translation>
    </message>
    <message>
        <source>APK and IPA files cannot be downloaded from the default COS domain.</source>
        <translation>기본 COS 도메인에서는 APK 및 IPA 파일을 다운로드할 수 없습니다.</translation>
    </message>
    <message>
        <source>For buckets created after 2024-01-01, COS refuses to serve .apk and .ipa files through the default domain and returns DownloadForbidden.</source>
        <translation>2024-01-01 이후에 생성된 버킷의 경우 COS는 기본 도메인을 통한 .apk 및 .ipa 파일 제공을 거부하고 DownloadForbidden을 반환합니다.</translation>
    </message>
    <message>
        <source>Bind a custom domain to the bucket.</source>
        <translation>버킷에 사용자 정의 도메인을 바인딩합니다.</translation>
    </message>
    <message>
        <source>Publish the download links on that domain instead of the default bucket host.</source>
        <translation>기본 버킷 호스트 대신 해당 도메인에 다운로드 링크를 게시합니다.</translation>
    </message>
    <message>
        <source>Code “PathStyleDomainForbidden” (path-style address refused)</source>
        <translation>오류 코드 “PathStyleDomainForbidden”(경로 형식 주소 거부)</translation>
    </message>
    <message>
        <source>Does the request name the bucket in the path (cos.region.myqcloud.com/bucket) instead of in the host name?</source>
        <translation>요청이 버킷을 호스트 이름이 아니라 경로(cos.region.myqcloud.com/bucket)에 지정하고 있습니까?</translation>
    </message>
    <message>
        <source>Message “Missing required header for this request: Appid”</source>
        <translation>Message “Missing required header for this request: Appid”</translation>
    </message>
    <message>
        <source>Message “You do not have permission to get URL … from this server” (legacy JSON API host)</source>
        <translation>Message “You do not have permission to get URL … from this server”(레거시 JSON API 호스트)</translation>
    </message>
    <message>
        <source>Does the client call the legacy JSON API (region.file.myqcloud.com/files/v2/…) with a region code it does not accept?</source>
        <translation>클라이언트가 레거시 JSON API(region.file.myqcloud.com/files/v2/…)를 허용되지 않는 리전 코드로 호출하고 있습니까?</translation>
    </message>
    <message>
        <source>The client calls the legacy COS JSON API, which this host or region does not serve.</source>
        <translation>클라이언트가 레거시 COS JSON API를 호출하지만 이 호스트 또는 리전은 이를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Old SDKs and plugins send requests to region.file.myqcloud.com/files/v2/APPID/bucket with the legacy short region codes (sh, gz, bj); the host refuses a path it does not serve with a permission message.</source>
        <translation>오래된 SDK와 플러그인은 레거시 리전 약칭(sh, gz, bj)으로 region.file.myqcloud.com/files/v2/APPID/bucket에 요청을 보냅니다. 호스트는 제공하지 않는 경로를 권한 메시지로 거부합니다.</translation>
    </message>
    <message>
        <source>Move the client to a COS XML API SDK, which uses BucketName-APPID.cos.region.myqcloud.com.</source>
        <translation>클라이언트를 BucketName-APPID.cos.region.myqcloud.com을 사용하는 COS XML API SDK로 전환합니다.</translation>
    </message>
    <message>
        <source>If the legacy client must stay, give it the short region code it expects for the bucket&apos;s region.</source>
        <translation>레거시 클라이언트를 계속 사용해야 한다면 버킷 리전에 대해 클라이언트가 요구하는 리전 약칭을 지정합니다.</translation>
    </message>
    <message>
        <source>If the ACL and the policies grant the account and it is not a cross-account access, contact Tencent Cloud support.</source>
        <translation>ACL과 정책이 계정에 권한을 부여하고 교차 계정 액세스가 아니라면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
    </message>
    <message>
        <source>If hotlink protection is not enabled on the bucket, contact Tencent Cloud support.</source>
        <translation>버킷에 핫링크 방지가 설정되어 있지 않다면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
    </message>
    <message>
        <source>If q-ak is right and the API key is enabled, contact Tencent Cloud support.</source>
        <translation>q-ak가 올바르고 API 키가 활성화되어 있다면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
    </message>
    <message>
        <source>If the object is not in ARCHIVE or DEEP ARCHIVE storage, contact Tencent Cloud support.</source>
        <translation>객체가 ARCHIVE 또는 DEEP ARCHIVE 스토리지가 아니라면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
    </message>
    <message>
        <source>If the client time is within 15 minutes of the server time, contact Tencent Cloud support.</source>
        <translation>클라이언트 시간과 서버 시간의 차이가 15분 이내라면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
    </message>
    <message>
        <source>If the request still fails after you set the signature&apos;s validity again and synchronised the clock, contact Tencent Cloud support.</source>
        <translation>서명 유효 시간을 다시 설정하고 시간을 동기화한 뒤에도 요청이 실패하면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
    </message>
    <message>
        <source>If your signature equals the one the COS signature tool computes, contact Tencent Cloud support.</source>
        <translation>서명이 COS 서명 도구가 계산한 서명과 같다면 Tencent Cloud 온라인 고객센터에 문의하십시오.</translation>
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
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Discard this diagnosis and the results of its checks?</source>
        <translation>이 진단과 검사 결과를 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Ne&amp;w diagnosis</source>
        <translation>새 진단(&amp;W)</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>새 진단</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>The report is on the clipboard, as Markdown.</source>
        <translation>보고서가 Markdown 형식으로 클립보드에 복사되었습니다.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>보고서 (*.%1)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>This is what leaves the app, secrets removed. Save it or copy it for a support ticket.</source>
        <translation>앱 밖으로 전달되는 내용이며, 비밀 정보는 제거되었습니다. 저장하거나 복사하여 지원 티켓에 첨부합니다.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>보고서 미리 보기</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>제거된 항목</translation>
    </message>
    <message>
        <source>Save &amp;Markdown…</source>
        <translation>Markdown 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>HTML 저장(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>JSON 저장(&amp;J)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>클립보드에 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GuideQuestionWidget</name>
    <message>
        <source>Step %1 of %2: your answer</source>
        <translation>%2단계 중 %1단계: 직접 답하기</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>직접 답하기</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>Yes, to: %1</source>
        <translation>예, 질문: %1</translation>
    </message>
    <message>
        <source>No, to: %1</source>
        <translation>아니요, 질문: %1</translation>
    </message>
    <message>
        <source>Don&apos;t know, to: %1</source>
        <translation>모름, 질문: %1</translation>
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
        <translation>클라이언트가 사용하는 엔드포인트가 오류 응답 본문의 Endpoint 요소와 일치합니까?</translation>
    </message>
    <message>
        <source>With V4 signatures, does the region in the signature match the bucket&apos;s region?</source>
        <translation>V4 서명을 사용하는 경우 서명의 리전이 버킷의 리전과 일치합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “This request is forbidden by kms”</source>
        <translation>AccessDenied: “This request is forbidden by kms”</translation>
    </message>
    <message>
        <source>May the requester use the CMK that encrypts the object or the bucket?</source>
        <translation>요청자가 객체 또는 버킷을 암호화하는 CMK를 사용할 수 있습니까?</translation>
    </message>
    <message>
        <source>Is KMS activated for the account?</source>
        <translation>계정에서 KMS가 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “AccessDenied”</source>
        <translation>AccessDenied: “AccessDenied”</translation>
    </message>
    <message>
        <source>Are the AccessKey ID and secret those of the account or RAM user meant to access this bucket?</source>
        <translation>AccessKey ID와 AccessKey Secret이 이 버킷에 액세스해야 하는 계정 또는 RAM 서브 계정의 것입니까?</translation>
    </message>
    <message>
        <source>Does the RAM user have permission for this operation on the bucket or object?</source>
        <translation>RAM 서브 계정에 버킷 또는 객체에 대한 이 작업의 권한이 있습니까?</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to a resource that is not public?</source>
        <translation>공개되지 않은 리소스에 서명 없이 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the request, or leave it out?</source>
        <translation>버킷 정책이 요청을 거부하거나, 허용 대상에서 요청을 누락하고 있습니까?</translation>
    </message>
    <message>
        <source>Does the ACL of the bucket or object refuse this access?</source>
        <translation>버킷 또는 객체의 액세스 권한(ACL)이 이 액세스를 거부합니까?</translation>
    </message>
    <message>
        <source>With STS credentials, does the Policy of the AssumeRole call allow the action too?</source>
        <translation>STS 임시 키를 사용하는 경우 AssumeRole 호출의 Policy에서도 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Do the source IP or VPC conditions of the policies match the request?</source>
        <translation>정책의 소스 IP 또는 VPC 조건이 요청과 일치합니까?</translation>
    </message>
    <message>
        <source>Is a new account reaching a mainland China bucket through its default public domain?</source>
        <translation>신규 계정이 기본 퍼블릭 도메인을 통해 중국 본토 버킷에 액세스하고 있습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “You have no right to access this object”</source>
        <translation>AccessDenied: “You have no right to access this object”</translation>
    </message>
    <message>
        <source>Does a RAM policy of the user allow this operation on the object?</source>
        <translation>사용자의 RAM 정책이 객체에 대한 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the operation, or leave the user out?</source>
        <translation>버킷 정책이 이 작업을 거부하거나, 허용 대상에서 사용자를 누락하고 있습니까?</translation>
    </message>
    <message>
        <source>With STS credentials, does the Policy of the AssumeRole call allow it too?</source>
        <translation>STS 임시 키를 사용하는 경우 AssumeRole 호출의 Policy에서도 이를 허용합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Anonymous user has no right to access this bucket” or “Anonymous access is forbidden for this operation”</source>
        <translation>AccessDenied: “Anonymous user has no right to access this bucket” or “Anonymous access is forbidden for this operation”</translation>
    </message>
    <message>
        <source>Was the request sent without a signature?</source>
        <translation>서명 없이 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy grant this operation to anonymous users?</source>
        <translation>버킷 정책이 익명 사용자에게 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Anonymous user has no right to access this object”</source>
        <translation>AccessDenied: “Anonymous user has no right to access this object”</translation>
    </message>
    <message>
        <source>Was the request sent without a signature to an object that is not public?</source>
        <translation>공개되지 않은 객체에 서명 없이 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy or a public-read ACL give anonymous users this object?</source>
        <translation>버킷 정책 또는 공용 읽기 액세스 권한이 익명 사용자에게 이 객체에 대한 액세스를 허용합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “You are denied by bucket referer policy”</source>
        <translation>AccessDenied: “You are denied by bucket referer policy”</translation>
    </message>
    <message>
        <source>Is the request anonymous or a signed URL? Requests signed in the Authorization header skip the Referer check.</source>
        <translation>익명 요청 또는 서명된 URL 요청입니까? Authorization 헤더로 서명된 요청은 Referer 검사를 거치지 않습니다.</translation>
    </message>
    <message>
        <source>Does the Referer match an entry of the whitelist?</source>
        <translation>Referer가 화이트리스트 항목과 일치합니까?</translation>
    </message>
    <message>
        <source>Does the Referer match an entry of the blacklist?</source>
        <translation>Referer가 블랙리스트 항목과 일치합니까?</translation>
    </message>
    <message>
        <source>Was the Referer empty while empty Referers are not allowed?</source>
        <translation>빈 Referer가 허용되지 않는 상태에서 Referer가 비어 있었습니까?</translation>
    </message>
    <message>
        <source>EC 0003-00000502: Referer in the blacklist</source>
        <translation>EC 0003-00000502: 블랙리스트에 포함된 Referer</translation>
    </message>
    <message>
        <source>Which entry of the blacklist matches the request&apos;s Referer?</source>
        <translation>블랙리스트의 어떤 항목이 요청의 Referer와 일치합니까?</translation>
    </message>
    <message>
        <source>Empty Referer not allowed by the hotlink settings</source>
        <translation>링크 도용 방지 설정에서 허용하지 않는 빈 Referer</translation>
    </message>
    <message>
        <source>Does the request carry no Referer while empty Referers are not allowed and the whitelist is not empty?</source>
        <translation>빈 Referer가 허용되지 않고 화이트리스트가 비어 있지 않은 상태에서 요청에 Referer가 없습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Invalid according to Policy: Policy expired”</source>
        <translation>AccessDenied: “Invalid according to Policy: Policy expired”</translation>
    </message>
    <message>
        <source>Has the expiration in the PostObject policy passed?</source>
        <translation>PostObject 정책의 만료 시간(expiration)이 지났습니까?</translation>
    </message>
    <message>
        <source>Is the clock of the server that writes the policy correct?</source>
        <translation>정책을 작성하는 서버의 시간이 정확합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Policy Condition failed” on $Content-Type</source>
        <translation>AccessDenied: $Content-Type 조건의 “Policy Condition failed”</translation>
    </message>
    <message>
        <source>Does the Content-Type of the upload equal the one the policy requires?</source>
        <translation>업로드의 Content-Type이 정책에서 요구하는 값과 같습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Invalid according to Policy: Policy Condition failed”</source>
        <translation>AccessDenied: “Invalid according to Policy: Policy Condition failed”</translation>
    </message>
    <message>
        <source>Does every form field meet the policy&apos;s conditions, such as the bucket, the key prefix and the size range?</source>
        <translation>모든 폼 필드가 버킷, 키 접두사, 크기 범위 등 정책의 조건을 충족합니까?</translation>
    </message>
    <message>
        <source>Does the Content-Type of the upload meet a Content-Type condition?</source>
        <translation>업로드의 Content-Type이 Content-Type 조건을 충족합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Target object does not reside in the same data center as source object”</source>
        <translation>AccessDenied: “Target object does not reside in the same data center as source object”</translation>
    </message>
    <message>
        <source>Are the source bucket and the destination bucket in the same region?</source>
        <translation>소스 버킷과 대상 버킷이 같은 리전에 있습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Query string authentication requires the Signature, Expires and OSSAccessKeyId parameters” or “Invalid date (should be seconds since epoch)”</source>
        <translation>AccessDenied: “Query string authentication requires the Signature, Expires and OSSAccessKeyId parameters” or “Invalid date (should be seconds since epoch)”</translation>
    </message>
    <message>
        <source>Does the URL carry OSSAccessKeyId, Expires and Signature?</source>
        <translation>URL에 OSSAccessKeyId, Expires, Signature가 포함되어 있습니까?</translation>
    </message>
    <message>
        <source>Is Expires an absolute Unix time in seconds?</source>
        <translation>Expires가 초 단위의 절대 Unix 시간입니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Request has expired” (EC 0002-00000069)</source>
        <translation>AccessDenied: “Request has expired” (EC 0002-00000069)</translation>
    </message>
    <message>
        <source>Is the current time past the URL&apos;s Expires (V1), or past x-oss-date plus x-oss-expires (V4)?</source>
        <translation>현재 시간이 URL의 Expires(V1) 또는 x-oss-date에 x-oss-expires를 더한 시간(V4)을 지났습니까?</translation>
    </message>
    <message>
        <source>Are the clocks of the signing machine and of the client correct?</source>
        <translation>서명하는 머신과 클라이언트의 시간이 정확합니까?</translation>
    </message>
    <message>
        <source>With STS credentials, did the token expire before the URL?</source>
        <translation>STS 임시 키를 사용하는 경우 URL보다 토큰이 먼저 만료되었습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “You do not have read (write, read acl, write acl) permission on this object”</source>
        <translation>AccessDenied: “You do not have read (write, read acl, write acl) permission on this object”</translation>
    </message>
    <message>
        <source>Has the object owner granted you this operation on the object?</source>
        <translation>객체 소유자가 이 객체에 대한 이 작업 권한을 부여했습니까?</translation>
    </message>
    <message>
        <source>Does a RAM policy or bucket policy allow the operation?</source>
        <translation>RAM 정책 또는 버킷 정책이 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “You have no right to access this object because of bucket acl”</source>
        <translation>AccessDenied: “You have no right to access this object because of bucket acl”</translation>
    </message>
    <message>
        <source>Does the bucket ACL let this requester perform the operation?</source>
        <translation>버킷 액세스 권한이 이 요청자의 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does a RAM policy or bucket policy grant the operation instead?</source>
        <translation>대신 RAM 정책 또는 버킷 정책이 이 작업 권한을 부여합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by bucket policy”</source>
        <translation>AccessDenied: “Access denied by bucket policy”</translation>
    </message>
    <message>
        <source>Does a bucket policy statement deny this request, or does none allow it?</source>
        <translation>버킷 정책 구문이 이 요청을 거부하거나, 이를 허용하는 구문이 하나도 없습니까?</translation>
    </message>
    <message>
        <source>Does a condition on acs:SourceIp or acs:SourceVpc exclude where the request came from?</source>
        <translation>acs:SourceIp 또는 acs:SourceVpc 조건이 요청의 출처를 제외합니까?</translation>
    </message>
    <message>
        <source>Does a condition on acs:Referer exclude the request&apos;s Referer?</source>
        <translation>acs:Referer 조건이 요청의 Referer를 제외합니까?</translation>
    </message>
    <message>
        <source>Is the requester the bucket owner, caught by a Principal * statement that has a condition?</source>
        <translation>요청자가 버킷 소유자이며, 조건이 있는 Principal * 구문에 해당됩니까?</translation>
    </message>
    <message>
        <source>Bucket policy with Principal *</source>
        <translation>Principal *이 지정된 버킷 정책</translation>
    </message>
    <message>
        <source>Is the requester the bucket owner, denied by a Principal * statement that has a condition?</source>
        <translation>요청자가 버킷 소유자이며, 조건이 있는 Principal * 구문에 의해 거부됩니까?</translation>
    </message>
    <message>
        <source>Does that statement deny this action for this request?</source>
        <translation>해당 구문이 이 요청에 대해 이 작업을 거부합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by VPC endpoint policy”</source>
        <translation>AccessDenied: “Access denied by VPC endpoint policy”</translation>
    </message>
    <message>
        <source>Does the policy for the VPC, or its endpoint, allow this bucket and action?</source>
        <translation>VPC 또는 해당 엔드포인트의 정책이 이 버킷과 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on acs:SourceVpc or acs:SourceIp exclude the request?</source>
        <translation>acs:SourceVpc 또는 acs:SourceIp에 대한 버킷 정책 조건이 요청을 제외합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Hierarchical namespace is disabled”</source>
        <translation>AccessDenied: “Hierarchical namespace is disabled”</translation>
    </message>
    <message>
        <source>Was the bucket created with hierarchical namespace enabled?</source>
        <translation>버킷 생성 시 계층적 네임스페이스를 활성화했습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “Access denied by authorizer&apos;s policy”</source>
        <translation>AccessDenied: “Access denied by authorizer&apos;s policy”</translation>
    </message>
    <message>
        <source>Does the RAM policy of the role allow this action on this resource?</source>
        <translation>역할의 RAM 정책이 이 리소스에 대한 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does the Policy parameter of the AssumeRole call allow it as well?</source>
        <translation>AssumeRole 호출의 Policy 매개변수도 이를 허용합니까?</translation>
    </message>
    <message>
        <source>If the key is a RAM user&apos;s own key, do the user&apos;s policies allow the action?</source>
        <translation>키가 RAM 서브 계정 자체의 키인 경우, 해당 사용자의 정책이 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “The bucket you visit is not belong to you”</source>
        <translation>AccessDenied: “The bucket you visit is not belong to you”</translation>
    </message>
    <message>
        <source>Does the RAM user have oss:GetBucketInfo on the bucket, as tools such as ossbrowser need?</source>
        <translation>ossbrowser 등의 도구에 필요한 버킷의 oss:GetBucketInfo 권한이 RAM 서브 계정에 있습니까?</translation>
    </message>
    <message>
        <source>Is the bucket owned by the account whose AccessKey is used?</source>
        <translation>사용 중인 AccessKey의 계정이 버킷을 소유하고 있습니까?</translation>
    </message>
    <message>
        <source>AccessDenied: “You are forbidden to list buckets”</source>
        <translation>AccessDenied: “You are forbidden to list buckets”</translation>
    </message>
    <message>
        <source>Does the requester have oss:ListBuckets on all resources?</source>
        <translation>요청자에게 모든 리소스에 대한 oss:ListBuckets 권한이 있습니까?</translation>
    </message>
    <message>
        <source>AccessForbidden: “CORSResponse: This CORS request is not allowed”</source>
        <translation>AccessForbidden: “CORSResponse: This CORS request is not allowed”</translation>
    </message>
    <message>
        <source>Does the bucket have any CORS rule?</source>
        <translation>버킷에 크로스 도메인(CORS) 규칙이 설정되어 있습니까?</translation>
    </message>
    <message>
        <source>Does a rule list the page&apos;s Origin, with scheme and port?</source>
        <translation>규칙에 페이지의 Origin이 스킴과 포트를 포함하여 지정되어 있습니까?</translation>
    </message>
    <message>
        <source>Does that rule allow the request&apos;s method and every header the preflight asks for?</source>
        <translation>해당 규칙이 요청의 메서드와 프리플라이트 요청에서 요구하는 모든 헤더를 허용합니까?</translation>
    </message>
    <message>
        <source>Browser: method or header not allowed by the CORS preflight response</source>
        <translation>브라우저: CORS 프리플라이트 응답에서 허용되지 않은 메서드 또는 헤더</translation>
    </message>
    <message>
        <source>Does the CORS rule allow the method and every header the preflight asks for?</source>
        <translation>크로스 도메인(CORS) 규칙이 메서드와 프리플라이트 요청에서 요구하는 모든 헤더를 허용합니까?</translation>
    </message>
    <message>
        <source>Browser console: request blocked by CORS policy</source>
        <translation>브라우저 콘솔: CORS 정책에 의해 요청이 차단됨</translation>
    </message>
    <message>
        <source>Does a CORS rule of the bucket list the page&apos;s Origin?</source>
        <translation>버킷의 크로스 도메인(CORS) 규칙에 페이지의 Origin이 지정되어 있습니까?</translation>
    </message>
    <message>
        <source>Does that rule allow the method and the headers of the preflight?</source>
        <translation>해당 규칙이 프리플라이트 요청의 메서드와 헤더를 허용합니까?</translation>
    </message>
    <message>
        <source>PermanentRedirect: “The bucket you are attempting to access must be addressed using the specified endpoint”</source>
        <translation>PermanentRedirect: “The bucket you are attempting to access must be addressed using the specified endpoint”</translation>
    </message>
    <message>
        <source>Is the SDK&apos;s endpoint the one of the bucket&apos;s region, not a default such as oss-cn-hangzhou.aliyuncs.com?</source>
        <translation>SDK의 엔드포인트가 oss-cn-hangzhou.aliyuncs.com 같은 기본값이 아니라 버킷 리전의 엔드포인트입니까?</translation>
    </message>
    <message>
        <source>SecondLevelDomainForbidden: “must be addressed using OSS third level domain” or “Please use virtual hosted style to access”</source>
        <translation>SecondLevelDomainForbidden: “must be addressed using OSS third level domain” or “Please use virtual hosted style to access”</translation>
    </message>
    <message>
        <source>Is the bucket name the first label of the host name (bucket.endpoint)?</source>
        <translation>버킷 이름이 호스트 이름의 첫 번째 레이블(bucket.endpoint)입니까?</translation>
    </message>
    <message>
        <source>NonStandardHostForbidden: “Your host is invalid. Please use Open Storage Service standard host”</source>
        <translation>NonStandardHostForbidden: “Your host is invalid. Please use Open Storage Service standard host”</translation>
    </message>
    <message>
        <source>Is the Host a standard OSS domain, or a custom domain mapped to the bucket?</source>
        <translation>Host가 표준 OSS 도메인이거나 버킷에 매핑된 사용자 정의 도메인입니까?</translation>
    </message>
    <message>
        <source>Is a new account using the default public domain of a mainland China bucket?</source>
        <translation>신규 계정이 중국 본토 버킷의 기본 퍼블릭 도메인을 사용하고 있습니까?</translation>
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
        <translation>계정에 연체된 요금이 있습니까?</translation>
    </message>
    <message>
        <source>WORMConfigurationLocked: “The WORM Configuration is locked”</source>
        <translation>WORMConfigurationLocked: “The WORM Configuration is locked”</translation>
    </message>
    <message>
        <source>Is the request trying to delete or shorten a locked retention policy?</source>
        <translation>요청이 잠긴 보존 정책을 삭제하거나 기간을 단축하려고 합니까?</translation>
    </message>
    <message>
        <source>BucketNotBelongTo: “The bucket you access does not belong to you”</source>
        <translation>BucketNotBelongTo: “The bucket you access does not belong to you”</translation>
    </message>
    <message>
        <source>Is the requester the account that owns the bucket?</source>
        <translation>요청자가 버킷을 소유한 계정입니까?</translation>
    </message>
    <message>
        <source>Does the RAM user have oss:GetBucketInfo on the bucket?</source>
        <translation>RAM 서브 계정에 버킷에 대한 oss:GetBucketInfo 권한이 있습니까?</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id you provided is disabled”</source>
        <translation>InvalidAccessKeyId: “The OSS Access Key Id you provided is disabled”</translation>
    </message>
    <message>
        <source>Is the AccessKey ID enabled in AccessKey management?</source>
        <translation>AccessKey 관리에서 AccessKey ID가 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>EC 0002-00000222: AccessKey ID in the V4 credential is invalid</source>
        <translation>EC 0002-00000222: V4 자격 증명의 AccessKey ID가 유효하지 않음</translation>
    </message>
    <message>
        <source>Does the AccessKey ID inside x-oss-credential (or the Credential of the Authorization header) exist?</source>
        <translation>x-oss-credential(또는 Authorization 헤더의 Credential)에 포함된 AccessKey ID가 존재합니까?</translation>
    </message>
    <message>
        <source>Is the credential written as AccessKeyId/date/region/oss/aliyun_v4_request?</source>
        <translation>자격 증명이 AccessKeyId/date/region/oss/aliyun_v4_request 형식으로 작성되어 있습니까?</translation>
    </message>
    <message>
        <source>Is it a temporary STS. ID used without its token, or after it expired?</source>
        <translation>STS.로 시작하는 임시 ID를 토큰 없이 사용했거나, 만료된 후에 사용했습니까?</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id you provided does not exist in our records”</source>
        <translation>InvalidAccessKeyId: “The OSS Access Key Id you provided does not exist in our records”</translation>
    </message>
    <message>
        <source>Does the AccessKey ID exist in AccessKey management, spelled exactly as in the request?</source>
        <translation>요청에 있는 것과 정확히 같은 AccessKey ID가 AccessKey 관리에 존재합니까?</translation>
    </message>
    <message>
        <source>InvalidAccessKeyId: “The OSS Access Key Id contains non-acceptable characters” (EC 0002-00000064)</source>
        <translation>InvalidAccessKeyId: “The OSS Access Key Id contains non-acceptable characters” (EC 0002-00000064)</translation>
    </message>
    <message>
        <source>Does the AccessKey ID hold only letters, digits and . _ =?</source>
        <translation>AccessKey ID가 영문자, 숫자 및 . _ =만으로 구성되어 있습니까?</translation>
    </message>
    <message>
        <source>SignatureDoesNotMatch: “The request signature we calculated does not match the signature you provided” (EC 0002-00000040)</source>
        <translation>SignatureDoesNotMatch: “The request signature we calculated does not match the signature you provided” (EC 0002-00000040)</translation>
    </message>
    <message>
        <source>Do the AccessKey ID and secret work when you log on to ossbrowser with them?</source>
        <translation>해당 AccessKey ID와 AccessKey Secret으로 ossbrowser에 로그인할 수 있습니까?</translation>
    </message>
    <message>
        <source>Does the client implement the OSS signature algorithm (V1 or V4) correctly?</source>
        <translation>클라이언트가 OSS 서명 알고리즘(V1 또는 V4)을 올바르게 구현했습니까?</translation>
    </message>
    <message>
        <source>Does the StringToSign of the error body equal the string the client signed?</source>
        <translation>오류 응답 본문의 StringToSign이 클라이언트가 서명한 문자열과 같습니까?</translation>
    </message>
    <message>
        <source>Does the object key contain spaces, plus signs, percent signs or non-ASCII characters?</source>
        <translation>객체 키에 공백, 더하기 기호, 퍼센트 기호 또는 비ASCII 문자가 포함되어 있습니까?</translation>
    </message>
    <message>
        <source>Hand-written signing code</source>
        <translation>직접 작성한 서명 코드</translation>
    </message>
    <message>
        <source>Does the hand-written code follow the OSS signature algorithm step by step?</source>
        <translation>직접 작성한 코드가 OSS 서명 알고리즘을 단계별로 따릅니까?</translation>
    </message>
    <message>
        <source>Does the string it signs match the request that is sent, header for header?</source>
        <translation>서명하는 문자열이 실제로 전송되는 요청과 헤더 하나하나까지 일치합니까?</translation>
    </message>
    <message>
        <source>InvalidArgument: “Invalid signing region in Authorization header” (EC 0002-00000226)</source>
        <translation>InvalidArgument: “Invalid signing region in Authorization header” (EC 0002-00000226)</translation>
    </message>
    <message>
        <source>Is the region in the V4 credential scope the bucket&apos;s region ID, such as cn-hangzhou?</source>
        <translation>V4 자격 증명 범위(credential scope)의 리전이 cn-hangzhou 같은 버킷의 리전 ID입니까?</translation>
    </message>
    <message>
        <source>TransferAccelerationDisabled: “Transfer acceleration is disabled”</source>
        <translation>TransferAccelerationDisabled: “Transfer acceleration is disabled”</translation>
    </message>
    <message>
        <source>Is transfer acceleration enabled for the bucket that the acceleration endpoint is used for?</source>
        <translation>가속 엔드포인트를 사용하는 버킷에 전송 가속이 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>InvalidSecurityToken: “The security token you provided is invalid”</source>
        <translation>InvalidSecurityToken: “The security token you provided is invalid”</translation>
    </message>
    <message>
        <source>Is the security token sent whole and unchanged, as STS returned it?</source>
        <translation>보안 토큰을 STS가 반환한 그대로 변경 없이 전체를 전송합니까?</translation>
    </message>
    <message>
        <source>Is the token still within its validity?</source>
        <translation>토큰이 아직 유효 기간 내에 있습니까?</translation>
    </message>
    <message>
        <source>Do the AccessKey ID and the token come from the same STS response?</source>
        <translation>AccessKey ID와 토큰이 같은 STS 응답에서 받은 것입니까?</translation>
    </message>
    <message>
        <source>AccessKeyIdAndSecurityTokenNotMatch: “The OSS access key id and security token you provided does not match”</source>
        <translation>AccessKeyIdAndSecurityTokenNotMatch: “The OSS access key id and security token you provided does not match”</translation>
    </message>
    <message>
        <source>Do the AccessKey ID, secret and token come from the same STS response?</source>
        <translation>AccessKey ID, AccessKey Secret, 토큰이 모두 같은 STS 응답에서 받은 것입니까?</translation>
    </message>
    <message>
        <source>Were the credentials refreshed only partly after they expired?</source>
        <translation>만료 후 자격 증명의 일부만 갱신했습니까?</translation>
    </message>
    <message>
        <source>SecurityTokenExpired: “The security token you provided has expired”</source>
        <translation>SecurityTokenExpired: “The security token you provided has expired”</translation>
    </message>
    <message>
        <source>Is the current time past the Expiration of the STS credentials?</source>
        <translation>현재 시간이 STS 임시 키의 Expiration을 지났습니까?</translation>
    </message>
    <message>
        <source>AbnormalBucketOwnerStatus: “The status of the bucket owner is abnormal”</source>
        <translation>AbnormalBucketOwnerStatus: “The status of the bucket owner is abnormal”</translation>
    </message>
    <message>
        <source>Is the bucket owner&apos;s account closed, restricted or suspended?</source>
        <translation>버킷 소유자의 계정이 해지, 제한 또는 정지되었습니까?</translation>
    </message>
    <message>
        <source>Does the owner&apos;s account have overdue payments?</source>
        <translation>소유자의 계정에 연체된 요금이 있습니까?</translation>
    </message>
    <message>
        <source>SecurityTokenNotSupported: “This interface does not support security token” or “Security token is not supported in this region”</source>
        <translation>SecurityTokenNotSupported: “This interface does not support security token” or “Security token is not supported in this region”</translation>
    </message>
    <message>
        <source>Do this operation and this region accept STS tokens?</source>
        <translation>이 작업과 이 리전에서 STS 토큰을 지원합니까?</translation>
    </message>
    <message>
        <source>RequestTimeTooSkewed: “The difference between the request time and the current time is too large” (EC 0002-00000504)</source>
        <translation>RequestTimeTooSkewed: “The difference between the request time and the current time is too large” (EC 0002-00000504)</translation>
    </message>
    <message>
        <source>Is the device&apos;s clock correct, within 15 minutes of the server?</source>
        <translation>기기의 시간이 정확하며 서버와의 차이가 15분 이내입니까?</translation>
    </message>
    <message>
        <source>Is the time zone set right, so that the Date header is real GMT?</source>
        <translation>Date 헤더가 실제 GMT가 되도록 시간대가 올바르게 설정되어 있습니까?</translation>
    </message>
    <message>
        <source>EC 0002-00000235: V4 signed URL used before its x-oss-date</source>
        <translation>EC 0002-00000235: x-oss-date 이전에 사용된 V4 서명 URL</translation>
    </message>
    <message>
        <source>Does x-oss-date in the URL lie more than 15 minutes in the future?</source>
        <translation>URL의 x-oss-date가 15분 이상 미래의 시간입니까?</translation>
    </message>
    <message>
        <source>ImageDamage: “The image file may be damaged”</source>
        <translation>ImageDamage: “The image file may be damaged”</translation>
    </message>
    <message>
        <source>Does the original image open correctly?</source>
        <translation>원본 이미지가 정상적으로 열립니까?</translation>
    </message>
    <message>
        <source>UserDisable</source>
        <translation>UserDisable</translation>
    </message>
    <message>
        <source>Is the account disabled for overdue payments or security reasons?</source>
        <translation>요금 연체 또는 보안상의 이유로 계정이 비활성화되었습니까?</translation>
    </message>
    <message>
        <source>Is OSS activated for the account?</source>
        <translation>계정에서 OSS가 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>BucketDisable</source>
        <translation>BucketDisable</translation>
    </message>
    <message>
        <source>Has the bucket been disabled for security reasons?</source>
        <translation>보안상의 이유로 버킷이 비활성화되었습니까?</translation>
    </message>
    <message>
        <source>CnameDenied: “The cname belongs to another user”</source>
        <translation>CnameDenied: “The cname belongs to another user”</translation>
    </message>
    <message>
        <source>Is the domain name already mapped to another bucket?</source>
        <translation>도메인 이름이 이미 다른 버킷에 매핑되어 있습니까?</translation>
    </message>
    <message>
        <source>Default public domain of a mainland China bucket</source>
        <translation>중국 본토 버킷의 기본 퍼블릭 도메인</translation>
    </message>
    <message>
        <source>Is a new account reaching a mainland China bucket through its default public domain instead of a custom domain?</source>
        <translation>신규 계정이 사용자 정의 도메인이 아닌 기본 퍼블릭 도메인을 통해 중국 본토 버킷에 액세스하고 있습니까?</translation>
    </message>
    <message>
        <source>Is the default endpoint that of the bucket&apos;s region?</source>
        <translation>기본 엔드포인트가 버킷 리전의 엔드포인트입니까?</translation>
    </message>
    <message>
        <source>InvalidObjectState: “The operation is not valid for the object&apos;s state”</source>
        <translation>InvalidObjectState: “The operation is not valid for the object&apos;s state”</translation>
    </message>
    <message>
        <source>Is the object in an archive class without a finished restore (no x-oss-restore header)?</source>
        <translation>객체가 아카이브 유형이며 복구가 완료되지 않았습니까(x-oss-restore 헤더 없음)?</translation>
    </message>
    <message>
        <source>Did a restore start but not finish, or did the restored copy expire?</source>
        <translation>복구를 시작했지만 완료되지 않았거나, 복구된 사본이 만료되었습니까?</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognised error code</source>
        <translation>인식되는 오류 코드가 없는 HTTP 403</translation>
    </message>
    <message>
        <source>Is it a browser request refused by CORS?</source>
        <translation>크로스 도메인(CORS)으로 인해 거부된 브라우저 요청입니까?</translation>
    </message>
    <message>
        <source>Does hotlink protection refuse the request&apos;s Referer?</source>
        <translation>링크 도용 방지가 요청의 Referer를 거부합니까?</translation>
    </message>
    <message>
        <source>Is the AccessKey ID valid and enabled?</source>
        <translation>AccessKey ID가 유효하며 활성화되어 있습니까?</translation>
    </message>
    <message>
        <source>Is the AccessKey secret the right one?</source>
        <translation>AccessKey Secret이 올바릅니까?</translation>
    </message>
    <message>
        <source>Does the RAM user have permission for this operation?</source>
        <translation>RAM 서브 계정에 이 작업의 권한이 있습니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy deny the request?</source>
        <translation>버킷 정책이 요청을 거부합니까?</translation>
    </message>
    <message>
        <source>With STS credentials, is the token valid and does the AssumeRole policy allow the action?</source>
        <translation>STS 임시 키를 사용하는 경우 토큰이 유효하며, AssumeRole 정책이 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does the endpoint belong to the bucket&apos;s region?</source>
        <translation>엔드포인트가 버킷의 리전에 속합니까?</translation>
    </message>
    <message>
        <source>Is the object archived and not restored?</source>
        <translation>객체가 아카이브 유형이며 복구되지 않았습니까?</translation>
    </message>
    <message>
        <source>The RAM user or role that signs the request has no permission for this action.</source>
        <translation>요청에 서명한 RAM 서브 계정 또는 역할에 이 작업의 권한이 없습니다.</translation>
    </message>
    <message>
        <source>OSS denies a RAM user or role any action that no RAM policy, bucket policy or ACL allows. A new RAM user has no OSS permissions at all.</source>
        <translation>OSS는 RAM 정책, 버킷 정책 또는 ACL에서 허용하지 않는 모든 작업을 RAM 서브 계정 또는 역할에 대해 거부합니다. 새로 만든 RAM 서브 계정에는 OSS 권한이 전혀 없습니다.</translation>
    </message>
    <message>
        <source>Find the identity that signed the request: the AccessKey ID in the Authorization header, or OSSAccessKeyId in a signed URL.</source>
        <translation>요청에 서명한 ID를 찾습니다. Authorization 헤더의 AccessKey ID 또는 서명된 URL의 OSSAccessKeyId입니다.</translation>
    </message>
    <message>
        <source>Open RAM console &gt; Identities &gt; Users, select that user and check on its Permissions tab for a policy that allows the action (for example oss:GetObject or oss:PutObject) on acs:oss:*:*:(bucket)/*.</source>
        <translation>RAM 콘솔 &gt; ID 관리 &gt; 사용자를 열고 해당 사용자를 선택한 후, 권한 탭에서 acs:oss:*:*:(bucket)/*에 대한 작업(예: oss:GetObject 또는 oss:PutObject)을 허용하는 정책이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Attach a policy that covers the action and the resource, such as a custom policy or AliyunOSSReadOnlyAccess for reads.</source>
        <translation>사용자 정의 정책 또는 읽기용 AliyunOSSReadOnlyAccess처럼 해당 작업과 리소스를 포함하는 정책을 연결합니다.</translation>
    </message>
    <message>
        <source>Or grant the user access in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>또는 OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 정책에서 사용자에게 액세스 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>The AccessKey pair belongs to an account or user that this bucket does not let in.</source>
        <translation>AccessKey가 이 버킷에 액세스할 수 없는 계정 또는 사용자의 것입니다.</translation>
    </message>
    <message>
        <source>The key pair is valid, so the signature passes, but its owner has no access here: a key of another Alibaba Cloud account, or of another RAM user than intended. Access from another account needs a bucket policy that names it.</source>
        <translation>AccessKey가 유효하므로 서명은 통과하지만, 그 소유자에게 이 버킷에 대한 액세스 권한이 없습니다. 다른 Alibaba Cloud 계정의 키이거나, 의도한 것과 다른 RAM 서브 계정의 키입니다. 다른 계정에서 액세스하려면 해당 계정을 지정한 버킷 정책이 필요합니다.</translation>
    </message>
    <message>
        <source>Find which AccessKey ID the client really uses: configuration files, environment variables, the SDK&apos;s credentials provider.</source>
        <translation>클라이언트가 실제로 사용하는 AccessKey ID를 구성 파일, 환경 변수, SDK의 자격 증명 공급자에서 확인합니다.</translation>
    </message>
    <message>
        <source>On the AccessKey management page, confirm that this AccessKey ID belongs to the account or RAM user you expect.</source>
        <translation>AccessKey 관리 페이지에서 이 AccessKey ID가 예상한 계정 또는 RAM 서브 계정의 것인지 확인합니다.</translation>
    </message>
    <message>
        <source>Use a key of the bucket owner&apos;s account or of one of its RAM users with the permission, or ask the owner to name your account in the bucket policy.</source>
        <translation>버킷 소유자 계정의 키 또는 권한이 있는 해당 계정 RAM 서브 계정의 키를 사용하거나, 소유자에게 버킷 정책에 사용자의 계정을 지정하도록 요청합니다.</translation>
    </message>
    <message>
        <source>A bucket policy statement denies this request, or no statement allows it.</source>
        <translation>버킷 정책 구문이 이 요청을 거부하거나, 이 요청을 허용하는 구문이 없습니다.</translation>
    </message>
    <message>
        <source>OSS evaluates policies deny first: a Deny statement that matches the principal, action and resource blocks the request even when a RAM policy allows it.</source>
        <translation>OSS는 거부를 우선하여 정책을 평가합니다. 주체, 작업, 리소스가 일치하는 Deny 구문은 RAM 정책에서 허용하더라도 요청을 차단합니다.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy and list the statements that cover this action and resource.</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 정책을 열고 이 작업과 리소스에 해당하는 구문을 확인합니다.</translation>
    </message>
    <message>
        <source>Look for a Deny statement that matches the requester, and for an Allow that names the wrong principal, action or resource path.</source>
        <translation>요청자와 일치하는 Deny 구문이 있는지, 그리고 주체, 작업 또는 리소스 경로를 잘못 지정한 Allow 구문이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Correct the statement. All conditions of one statement must hold for it to apply.</source>
        <translation>구문을 수정합니다. 구문이 적용되려면 해당 구문의 모든 조건이 충족되어야 합니다.</translation>
    </message>
    <message>
        <source>A Deny statement for Principal * with a condition also applies to the bucket owner.</source>
        <translation>조건이 있는 Principal * Deny 구문은 버킷 소유자에게도 적용됩니다.</translation>
    </message>
    <message>
        <source>In an OSS bucket policy, Principal * without a condition covers everyone except the bucket owner; with a condition it also covers the owner and anonymous users, so such a Deny can lock out the owner&apos;s own account.</source>
        <translation>OSS 버킷 정책에서 조건이 없는 Principal *은 버킷 소유자를 제외한 모든 사용자에게 적용되지만, 조건이 있으면 소유자와 익명 사용자에게도 적용됩니다. 따라서 이러한 Deny 구문은 소유자 자신의 계정까지 차단할 수 있습니다.</translation>
    </message>
    <message>
        <source>Look in the bucket policy for Deny statements with Principal * and a Condition, such as a source IP, VPC, TLS or Referer condition.</source>
        <translation>버킷 정책에서 소스 IP, VPC, TLS 또는 Referer 조건 등 Condition이 있는 Principal * Deny 구문을 찾습니다.</translation>
    </message>
    <message>
        <source>Check whether the owner&apos;s request falls inside that condition, for example it comes from an address outside the allowed range.</source>
        <translation>소유자의 요청이 해당 조건에 해당하는지 확인합니다. 예를 들어 허용 범위 밖의 주소에서 보낸 요청인지 확인합니다.</translation>
    </message>
    <message>
        <source>Narrow the condition or the statement in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy, from a network the policy still allows.</source>
        <translation>정책에서 여전히 허용하는 네트워크에서 OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 정책으로 이동하여 조건 또는 구문의 범위를 좁힙니다.</translation>
    </message>
    <message>
        <source>You lack the object permission this operation needs: read, write, read ACL or write ACL.</source>
        <translation>이 작업에 필요한 객체 권한(읽기, 쓰기, ACL 읽기 또는 ACL 쓰기)이 없습니다.</translation>
    </message>
    <message>
        <source>Reading an object, writing it, reading its ACL (GetObjectACL) and changing its ACL (PutObjectACL) are separate permissions, which the object owner grants.</source>
        <translation>객체 읽기, 객체 쓰기, ACL 읽기(GetObjectACL), ACL 변경(PutObjectACL)은 각각 별도의 권한이며, 객체 소유자가 부여합니다.</translation>
    </message>
    <message>
        <source>Note which of the four operations failed.</source>
        <translation>네 가지 작업 중 어떤 작업이 실패했는지 확인합니다.</translation>
    </message>
    <message>
        <source>Ask the object owner (the bucket owner&apos;s account) to grant it, with a RAM policy or bucket policy action such as oss:GetObject, oss:PutObject, oss:GetObjectAcl or oss:PutObjectAcl.</source>
        <translation>객체 소유자(버킷 소유자 계정)에게 RAM 정책 또는 버킷 정책으로 oss:GetObject, oss:PutObject, oss:GetObjectAcl 또는 oss:PutObjectAcl 같은 작업 권한을 부여하도록 요청합니다.</translation>
    </message>
    <message>
        <source>Check the object&apos;s own ACL as well: an object ACL of private wins over a public bucket ACL.</source>
        <translation>객체 자체의 액세스 권한도 확인합니다. 객체 액세스 권한이 개인 읽기/쓰기이면 버킷 액세스 권한이 공용이더라도 객체 액세스 권한이 우선합니다.</translation>
    </message>
    <message>
        <source>The bucket ACL does not allow this access, and no policy grants it.</source>
        <translation>버킷 액세스 권한이 이 액세스를 허용하지 않으며, 이를 허용하는 정책도 없습니다.</translation>
    </message>
    <message>
        <source>The bucket is private, or public-read while the request writes, and no RAM policy or bucket policy gives the requester the object operation.</source>
        <translation>버킷이 개인 읽기/쓰기이거나, 공용 읽기인 상태에서 쓰기 요청을 보냈으며, RAM 정책이나 버킷 정책에서 요청자에게 해당 객체 작업 권한을 부여하지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the bucket ACL in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; ACL.</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 액세스 권한에서 버킷 액세스 권한을 확인합니다.</translation>
    </message>
    <message>
        <source>Grant the requester the object operations it needs, such as oss:GetObject, oss:PutObject or oss:AppendObject, with a RAM policy or a bucket policy.</source>
        <translation>RAM 정책 또는 버킷 정책으로 요청자에게 필요한 객체 작업(예: oss:GetObject, oss:PutObject 또는 oss:AppendObject) 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>Set the bucket ACL to public-read only if everyone may read every object in it.</source>
        <translation>모든 사용자가 버킷의 모든 객체를 읽어도 되는 경우에만 버킷 액세스 권한을 공용 읽기로 설정합니다.</translation>
    </message>
    <message>
        <source>The policy passed with AssumeRole leaves the temporary credentials without this permission.</source>
        <translation>AssumeRole 호출 시 전달한 Policy로 인해 임시 키에 이 권한이 없습니다.</translation>
    </message>
    <message>
        <source>STS credentials may do only what both the role&apos;s RAM policy and the Policy parameter of the AssumeRole call allow; an action allowed by just one of them is denied.</source>
        <translation>STS 임시 키는 역할의 RAM 정책과 AssumeRole 호출의 Policy 매개변수가 모두 허용하는 작업만 수행할 수 있습니다. 둘 중 하나만 허용하는 작업은 거부됩니다.</translation>
    </message>
    <message>
        <source>Compare the RAM policy attached to the role with the Policy parameter your server sends to AssumeRole.</source>
        <translation>역할에 연결된 RAM 정책과 서버가 AssumeRole에 보내는 Policy 매개변수를 비교합니다.</translation>
    </message>
    <message>
        <source>Make sure both allow this action on this resource: a role with AliyunOSSFullAccess and a Policy with only oss:PutObject can upload but not download; a role with only oss:PutObject and a Policy with only oss:GetObject can do nothing.</source>
        <translation>두 정책이 모두 이 리소스에 대한 이 작업을 허용하는지 확인합니다. AliyunOSSFullAccess가 연결된 역할에 oss:PutObject만 포함된 Policy를 사용하면 업로드는 가능하지만 다운로드는 할 수 없고, oss:PutObject만 허용된 역할에 oss:GetObject만 포함된 Policy를 사용하면 아무 작업도 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Request new credentials after changing either policy.</source>
        <translation>어느 정책이든 변경한 후에는 새 임시 키를 요청합니다.</translation>
    </message>
    <message>
        <source>The operation is reserved for the bucket owner, and the requester is not the owner.</source>
        <translation>이 작업은 버킷 소유자만 수행할 수 있으며, 요청자는 소유자가 아닙니다.</translation>
    </message>
    <message>
        <source>Some bucket operations may be performed only by the Alibaba Cloud account that owns the bucket; OSS refuses them for any other account.</source>
        <translation>일부 버킷 작업은 버킷을 소유한 Alibaba Cloud 계정만 수행할 수 있으며, OSS는 다른 계정의 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>Compare the account that owns the bucket with the account the AccessKey belongs to.</source>
        <translation>버킷을 소유한 계정과 AccessKey가 속한 계정을 비교합니다.</translation>
    </message>
    <message>
        <source>Run the operation with the owner&apos;s account, or with a RAM user of that account that has the permission.</source>
        <translation>소유자 계정 또는 권한이 있는 해당 계정의 RAM 서브 계정으로 작업을 실행합니다.</translation>
    </message>
    <message>
        <source>If the bucket name belongs to someone else&apos;s bucket, use your own bucket or another name.</source>
        <translation>버킷 이름이 다른 사람의 버킷 이름인 경우, 자신의 버킷을 사용하거나 다른 이름을 사용합니다.</translation>
    </message>
    <message>
        <source>The RAM user may not read the bucket&apos;s information (oss:GetBucketInfo), so the tool treats the bucket as someone else&apos;s.</source>
        <translation>RAM 서브 계정이 버킷 정보(oss:GetBucketInfo)를 읽을 수 없어, 도구가 해당 버킷을 다른 사람의 버킷으로 처리합니다.</translation>
    </message>
    <message>
        <source>Tools such as ossbrowser call GetBucketInfo before opening a bucket; without oss:GetBucketInfo a RAM user is told the bucket does not belong to it, even when it may read the objects.</source>
        <translation>ossbrowser 등의 도구는 버킷을 열기 전에 GetBucketInfo를 호출합니다. oss:GetBucketInfo 권한이 없으면 RAM 서브 계정은 객체를 읽을 수 있더라도 버킷이 자신의 것이 아니라는 메시지를 받습니다.</translation>
    </message>
    <message>
        <source>In RAM console &gt; Identities &gt; Users, add oss:GetBucketInfo on acs:oss:*:*:(bucket) to the user&apos;s policy, and oss:ListObjects if it should browse the bucket.</source>
        <translation>RAM 콘솔 &gt; ID 관리 &gt; 사용자에서 해당 사용자의 정책에 acs:oss:*:*:(bucket)에 대한 oss:GetBucketInfo를 추가하고, 버킷을 탐색해야 한다면 oss:ListObjects도 추가합니다.</translation>
    </message>
    <message>
        <source>Or log on to ossbrowser with a preset OSS path for the bucket, which does not need the bucket to be listed.</source>
        <translation>또는 버킷의 OSS 경로를 미리 지정하여 ossbrowser에 로그인합니다. 이 방법은 버킷 목록을 조회할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>The requester may not list the account&apos;s buckets (oss:ListBuckets).</source>
        <translation>요청자에게 계정의 버킷 목록을 조회할 권한(oss:ListBuckets)이 없습니다.</translation>
    </message>
    <message>
        <source>ListBuckets (GetService) is an account-level action; a RAM user needs oss:ListBuckets on all resources, which policies scoped to one bucket leave out.</source>
        <translation>ListBuckets(GetService)는 계정 수준의 작업이므로 RAM 서브 계정에는 모든 리소스에 대한 oss:ListBuckets 권한이 필요합니다. 하나의 버킷으로 범위가 제한된 정책에는 이 권한이 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>If listing is needed, allow oss:ListBuckets on acs:oss:*:*:* in the RAM user&apos;s policy.</source>
        <translation>버킷 목록 조회가 필요하면 RAM 서브 계정의 정책에서 acs:oss:*:*:*에 대한 oss:ListBuckets를 허용합니다.</translation>
    </message>
    <message>
        <source>Otherwise configure the client to open the bucket directly by name and endpoint instead of listing buckets first.</source>
        <translation>그렇지 않으면 버킷 목록을 먼저 조회하지 않고 버킷 이름과 엔드포인트로 버킷을 직접 열도록 클라이언트를 설정합니다.</translation>
    </message>
    <message>
        <source>An unsigned request reached an object that is not public.</source>
        <translation>서명되지 않은 요청이 공개되지 않은 객체에 액세스했습니다.</translation>
    </message>
    <message>
        <source>A request without a signature is anonymous. OSS serves it only when the object or bucket ACL is public-read or a bucket policy grants anonymous users access.</source>
        <translation>서명이 없는 요청은 익명 요청입니다. OSS는 객체 ACL 또는 버킷 액세스 권한이 공용 읽기이거나 버킷 정책이 익명 사용자에게 액세스 권한을 부여한 경우에만 이 요청에 응답합니다.</translation>
    </message>
    <message>
        <source>Sign the request with an AccessKey that may read the object, or hand out a signed URL instead of the plain URL.</source>
        <translation>객체를 읽을 수 있는 AccessKey로 요청에 서명하거나, 일반 URL 대신 서명된 URL을 제공합니다.</translation>
    </message>
    <message>
        <source>If the object must be public, grant anonymous read on that path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>객체를 공개해야 한다면 OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 정책에서 해당 경로에 익명 읽기 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>Or set the object ACL, or the bucket ACL, to public-read, provided Block Public Access is off.</source>
        <translation>또는 퍼블릭 액세스 차단이 해제되어 있다면 객체 ACL 또는 버킷 액세스 권한을 공용 읽기로 설정합니다.</translation>
    </message>
    <message>
        <source>An unsigned request asked for a bucket operation that anonymous users are not granted.</source>
        <translation>서명되지 않은 요청이 익명 사용자에게 허용되지 않은 버킷 작업을 요청했습니다.</translation>
    </message>
    <message>
        <source>Listing a bucket, uploading and most other operations need a signature, unless a bucket policy grants that action to anonymous users.</source>
        <translation>버킷 정책이 익명 사용자에게 해당 작업을 허용하지 않는 한, 버킷의 객체 목록 조회, 업로드 및 대부분의 기타 작업에는 서명이 필요합니다.</translation>
    </message>
    <message>
        <source>Sign the request with an SDK or ossutil, or use a signed URL for a single operation.</source>
        <translation>SDK 또는 ossutil로 요청에 서명하거나, 단일 작업에는 서명된 URL을 사용합니다.</translation>
    </message>
    <message>
        <source>If anonymous users really must perform it, grant only that action and path in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>익명 사용자가 반드시 이 작업을 수행해야 한다면 OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 정책에서 해당 작업과 경로만 허용합니다.</translation>
    </message>
    <message>
        <source>The AccessKey ID is disabled.</source>
        <translation>AccessKey ID가 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>The AccessKey pair exists but was disabled, so OSS rejects every request signed with it.</source>
        <translation>AccessKey는 존재하지만 비활성화되어 있으므로 OSS는 이 키로 서명된 모든 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>Open AccessKey management (for a RAM user: RAM console &gt; Identities &gt; Users &gt; (user) &gt; AccessKey) and check the state of the AccessKey ID.</source>
        <translation>AccessKey 관리(RAM 서브 계정의 경우: RAM 콘솔 &gt; ID 관리 &gt; 사용자 &gt; (사용자) &gt; AccessKey)를 열고 AccessKey ID의 상태를 확인합니다.</translation>
    </message>
    <message>
        <source>Enable it, or create a new pair and update the client.</source>
        <translation>키를 활성화하거나, 새 AccessKey를 생성하여 클라이언트에 반영합니다.</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist: mistyped, deleted or from another service.</source>
        <translation>AccessKey ID가 존재하지 않습니다. 잘못 입력되었거나, 삭제되었거나, 다른 서비스의 ID입니다.</translation>
    </message>
    <message>
        <source>OSS has no AccessKey with this ID. It may have been deleted, copied incompletely or taken from another product.</source>
        <translation>OSS에 이 ID의 AccessKey가 없습니다. 삭제되었거나, 일부만 복사되었거나, 다른 제품의 키일 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare the AccessKey ID in the request with the one in AccessKey management, character by character.</source>
        <translation>요청의 AccessKey ID를 AccessKey 관리에 표시된 ID와 한 글자씩 비교합니다.</translation>
    </message>
    <message>
        <source>If it was deleted, create a new AccessKey pair and update the client.</source>
        <translation>삭제된 경우 새 AccessKey를 생성하여 클라이언트에 반영합니다.</translation>
    </message>
    <message>
        <source>An ID that starts with STS. is temporary: send it with its security token and before it expires.</source>
        <translation>STS.로 시작하는 ID는 임시 키입니다. 만료되기 전에 해당 보안 토큰과 함께 전송합니다.</translation>
    </message>
    <message>
        <source>The AccessKey ID contains characters OSS does not accept, such as a space, a quote or a line break.</source>
        <translation>AccessKey ID에 공백, 따옴표, 줄바꿈 등 OSS가 허용하지 않는 문자가 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>An AccessKey ID may hold only letters, digits and the characters . _ =; stray characters usually come from copying the key or reading it from a file or an environment variable.</source>
        <translation>AccessKey ID에는 영문자, 숫자 및 . _ = 문자만 사용할 수 있습니다. 불필요한 문자는 대개 키를 복사하거나 파일 또는 환경 변수에서 읽을 때 섞여 들어갑니다.</translation>
    </message>
    <message>
        <source>Print the AccessKey ID between visible delimiters and remove spaces, quotes, line breaks and invisible characters.</source>
        <translation>AccessKey ID를 눈에 보이는 구분 기호로 감싸서 출력하고 공백, 따옴표, 줄바꿈 및 보이지 않는 문자를 제거합니다.</translation>
    </message>
    <message>
        <source>Trim values read from files and environment variables before passing them to the SDK.</source>
        <translation>파일과 환경 변수에서 읽은 값은 SDK에 전달하기 전에 앞뒤 공백을 제거합니다.</translation>
    </message>
    <message>
        <source>Check the AccessKey secret for the same problem.</source>
        <translation>AccessKey Secret에도 같은 문제가 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID.</source>
        <translation>AccessKey Secret이 AccessKey ID와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>OSS signed the request again with the secret it holds for this AccessKey ID and got another result. A mistyped secret, a secret with white space or one from another pair causes this.</source>
        <translation>OSS가 이 AccessKey ID에 대해 보관 중인 AccessKey Secret으로 요청에 다시 서명한 결과가 요청의 서명과 다릅니다. Secret을 잘못 입력했거나, Secret에 공백이 포함되었거나, 다른 AccessKey의 Secret을 사용한 경우 발생합니다.</translation>
    </message>
    <message>
        <source>Log on to ossbrowser with the same AccessKey ID and secret: if that fails too, the pair is wrong.</source>
        <translation>동일한 AccessKey ID와 AccessKey Secret으로 ossbrowser에 로그인합니다. 로그인도 실패하면 키 쌍이 잘못된 것입니다.</translation>
    </message>
    <message>
        <source>Copy the secret again from where it was saved; it is shown only when the pair is created, so create a new pair if it is lost.</source>
        <translation>저장해 둔 곳에서 AccessKey Secret을 다시 복사합니다. Secret은 AccessKey를 생성할 때만 표시되므로 분실한 경우 새 AccessKey를 생성합니다.</translation>
    </message>
    <message>
        <source>Remove spaces and line breaks around the secret, and make sure the ID and the secret come from the same pair.</source>
        <translation>AccessKey Secret 앞뒤의 공백과 줄바꿈을 제거하고, ID와 Secret이 같은 AccessKey에 속하는지 확인합니다.</translation>
    </message>
    <message>
        <source>The client computes the OSS signature incorrectly.</source>
        <translation>클라이언트가 OSS 서명을 잘못 계산하고 있습니다.</translation>
    </message>
    <message>
        <source>Hand-written signing code often misses a detail: the Date line (Expires in URLs), the sorted x-oss- headers, the sub-resources in the resource, or the base64 and URL encoding of the signature.</source>
        <translation>직접 작성한 서명 코드는 Date 줄(URL에서는 Expires), 정렬된 x-oss- 헤더, 리소스의 하위 리소스, 서명의 base64 및 URL 인코딩 등 세부 사항을 놓치기 쉽습니다.</translation>
    </message>
    <message>
        <source>Check the code against the OSS algorithm: V1 signs the method, Content-MD5, Content-Type, Date (Expires in URLs), the x-oss- headers and the resource with HMAC-SHA1; V4 signs a canonical request under an OSS4-HMAC-SHA256 scope.</source>
        <translation>코드를 OSS 서명 알고리즘과 대조하여 확인합니다. V1은 메서드, Content-MD5, Content-Type, Date(URL에서는 Expires), x-oss- 헤더 및 리소스를 HMAC-SHA1로 서명하고, V4는 OSS4-HMAC-SHA256 범위에서 정규 요청(canonical request)에 서명합니다.</translation>
    </message>
    <message>
        <source>In signed URLs, URL-encode the base64 signature.</source>
        <translation>서명된 URL에서는 base64 서명을 URL 인코딩합니다.</translation>
    </message>
    <message>
        <source>Prefer an official OSS SDK, which signs requests for you.</source>
        <translation>요청 서명을 자동으로 처리하는 공식 OSS SDK를 사용하는 것이 좋습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s string to sign differs from the client&apos;s: a header or value changed after signing.</source>
        <translation>서버의 서명 대상 문자열이 클라이언트의 문자열과 다릅니다. 서명 후에 헤더 또는 값이 변경되었습니다.</translation>
    </message>
    <message>
        <source>The error body holds the server&apos;s StringToSign. When it differs from what the client signed, the request was signed with other values or changed on the way: a Content-Type or Content-MD5 added by a browser, proxy or SDK, an x-oss- header altered, or a sub-resource missing.</source>
        <translation>에러 본문에는 서버의 StringToSign이 포함되어 있습니다. 이 값이 클라이언트가 서명한 문자열과 다르면 요청이 다른 값으로 서명되었거나 전송 중에 변경된 것입니다. 예를 들어 브라우저, 프록시 또는 SDK가 Content-Type이나 Content-MD5를 추가했거나, x-oss- 헤더가 변경되었거나, 하위 리소스가 누락된 경우입니다.</translation>
    </message>
    <message>
        <source>Print the string the client signed and compare it byte by byte with StringToSign (or StringToSignBytes) in the error body.</source>
        <translation>클라이언트가 서명한 문자열을 출력하여 에러 본문의 StringToSign(또는 StringToSignBytes)과 바이트 단위로 비교합니다.</translation>
    </message>
    <message>
        <source>Send exactly the Content-Type, Content-MD5 and x-oss- headers that were signed; for browser uploads with a signed URL, use the same Content-Type when signing and when uploading.</source>
        <translation>서명에 사용한 Content-Type, Content-MD5 및 x-oss- 헤더를 그대로 전송합니다. 브라우저에서 서명된 URL로 업로드하는 경우 서명할 때와 업로드할 때 동일한 Content-Type을 사용합니다.</translation>
    </message>
    <message>
        <source>Make sure no proxy or CDN rewrites the Host, the path or the headers.</source>
        <translation>프록시나 CDN이 Host, 경로 또는 헤더를 변경하지 않는지 확인합니다.</translation>
    </message>
    <message>
        <source>An object key with special characters is encoded differently when signing and when sending.</source>
        <translation>특수 문자가 포함된 객체 키가 서명할 때와 전송할 때 서로 다르게 인코딩되었습니다.</translation>
    </message>
    <message>
        <source>Spaces, plus signs, percent signs and non-ASCII characters are easily encoded twice or not at all. V1 signs the key unencoded and V4 signs it URI-encoded, so any mismatch breaks the signature.</source>
        <translation>공백, 더하기 기호, 퍼센트 기호 및 비ASCII 문자는 이중으로 인코딩되거나 전혀 인코딩되지 않기 쉽습니다. V1은 인코딩되지 않은 키에, V4는 URI 인코딩된 키에 서명하므로 조금이라도 어긋나면 서명이 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Repeat the request on an object with a plain ASCII name: if that works, the key encoding is at fault.</source>
        <translation>일반 ASCII 이름의 객체로 요청을 다시 보냅니다. 성공하면 키 인코딩이 원인입니다.</translation>
    </message>
    <message>
        <source>Sign the unencoded key (V1) or the once-encoded path (V4), and send the path encoded exactly once.</source>
        <translation>인코딩되지 않은 키(V1) 또는 한 번 인코딩된 경로(V4)에 서명하고, 경로는 정확히 한 번만 인코딩하여 전송합니다.</translation>
    </message>
    <message>
        <source>Do not turn + into a space, and keep / unencoded in the path.</source>
        <translation>+를 공백으로 바꾸지 말고, 경로의 /는 인코딩하지 않은 상태로 둡니다.</translation>
    </message>
    <message>
        <source>The PostObject form breaks a condition of its policy.</source>
        <translation>PostObject 폼이 정책의 조건을 위반합니다.</translation>
    </message>
    <message>
        <source>The policy form field lists conditions the upload must meet, such as the bucket, a key prefix or a size range; a form that breaks one is refused.</source>
        <translation>policy 폼 필드에는 버킷, 키 접두사, 크기 범위 등 업로드가 충족해야 하는 조건이 나열되어 있습니다. 조건 중 하나라도 위반하는 폼은 거부됩니다.</translation>
    </message>
    <message>
        <source>Decode the policy field (base64) and read its conditions.</source>
        <translation>policy 필드를 base64로 디코딩하여 조건을 확인합니다.</translation>
    </message>
    <message>
        <source>Compare each with the form: the bucket, the key (starts-with), content-length-range and any other field the policy names.</source>
        <translation>각 조건을 폼과 비교합니다. 버킷, 키(starts-with), content-length-range 및 정책에 명시된 기타 모든 필드를 확인합니다.</translation>
    </message>
    <message>
        <source>Change the form, or issue a new policy that matches it.</source>
        <translation>폼을 수정하거나, 폼에 맞는 새 정책을 발급합니다.</translation>
    </message>
    <message>
        <source>The upload&apos;s Content-Type differs from the one the PostObject policy requires.</source>
        <translation>업로드의 Content-Type이 PostObject 정책에서 요구하는 값과 다릅니다.</translation>
    </message>
    <message>
        <source>A condition such as eq $Content-Type image/png admits only that Content-Type; a form that sends another type, or none, is refused.</source>
        <translation>eq $Content-Type image/png와 같은 조건은 해당 Content-Type만 허용합니다. 다른 유형을 보내거나 유형을 보내지 않는 폼은 거부됩니다.</translation>
    </message>
    <message>
        <source>Send the Content-Type form field with exactly the value the policy requires.</source>
        <translation>Content-Type 폼 필드에 정책이 요구하는 값을 정확히 입력하여 전송합니다.</translation>
    </message>
    <message>
        <source>Or issue the policy with the type of the file being uploaded, or with starts-with (for example image/) for a family of types.</source>
        <translation>또는 업로드할 파일의 유형으로 정책을 발급하거나, 여러 유형을 허용하려면 starts-with(예: image/)를 사용합니다.</translation>
    </message>
    <message>
        <source>The signed URL lacks a required parameter, or its Expires is not in Unix seconds.</source>
        <translation>서명된 URL에 필수 매개변수가 없거나, Expires가 Unix 초 단위가 아닙니다.</translation>
    </message>
    <message>
        <source>A V1 signed URL needs OSSAccessKeyId, Expires and Signature, and Expires must be an absolute time in seconds since 1970-01-01 UTC. Truncated URLs, lost &amp; separators, and millisecond or relative values break it.</source>
        <translation>V1 서명된 URL에는 OSSAccessKeyId, Expires 및 Signature가 필요하며, Expires는 1970-01-01 UTC부터 경과한 초 단위의 절대 시간이어야 합니다. URL이 잘렸거나, &amp; 구분자가 누락되었거나, 밀리초 또는 상대 값을 사용하면 URL이 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Check that the URL still carries OSSAccessKeyId, Expires and Signature, with the signature URL-encoded.</source>
        <translation>URL에 OSSAccessKeyId, Expires 및 Signature가 그대로 포함되어 있고 서명이 URL 인코딩되어 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Make Expires an absolute Unix time in seconds (10 digits), not milliseconds and not a duration.</source>
        <translation>Expires는 밀리초나 기간이 아닌 초 단위의 절대 Unix 시간(10자리)으로 설정합니다.</translation>
    </message>
    <message>
        <source>Generate the URL with an SDK&apos;s URL signing function instead of by hand.</source>
        <translation>URL을 직접 만들지 말고 SDK의 URL 서명 기능으로 생성합니다.</translation>
    </message>
    <message>
        <source>The client&apos;s clock or time zone is more than 15 minutes off.</source>
        <translation>클라이언트의 시계 또는 시간대 설정이 15분 넘게 어긋나 있습니다.</translation>
    </message>
    <message>
        <source>OSS refuses a request whose Date or x-oss-date is more than 15 minutes from the server time. OSS keeps GMT, so a clock showing local time labelled as GMT is as wrong as a clock that drifted.</source>
        <translation>OSS는 Date 또는 x-oss-date가 서버 시간과 15분 넘게 차이 나는 요청을 거부합니다. OSS는 GMT를 기준으로 하므로, 현지 시간을 GMT로 표기하는 시계는 시간이 틀어진 시계와 마찬가지로 잘못된 것입니다.</translation>
    </message>
    <message>
        <source>Compare RequestTime and ServerTime in the error body, or the local clock with the Date header of any OSS response.</source>
        <translation>에러 본문의 RequestTime과 ServerTime을 비교하거나, 로컬 시계를 OSS 응답의 Date 헤더와 비교합니다.</translation>
    </message>
    <message>
        <source>On Linux run date -R and check that the offset (for example +0800) fits your time zone; on Windows check Control Panel &gt; Clock, Language, and Region &gt; Set Date and Time.</source>
        <translation>Linux에서는 date -R을 실행하여 오프셋(예: +0800)이 사용 중인 시간대와 맞는지 확인하고, Windows에서는 제어판 &gt; 시간 및 언어 &gt; 날짜 및 시간을 확인합니다.</translation>
    </message>
    <message>
        <source>Turn on time synchronisation (NTP), and write the Date header in GMT.</source>
        <translation>시간 동기화(NTP)를 활성화하고, Date 헤더를 GMT로 작성합니다.</translation>
    </message>
    <message>
        <source>A V4 signed URL was used more than 15 minutes before its x-oss-date.</source>
        <translation>V4 서명된 URL이 x-oss-date보다 15분 넘게 이른 시점에 사용되었습니다.</translation>
    </message>
    <message>
        <source>A V4 URL is valid from x-oss-date for x-oss-expires seconds. When the signing machine&apos;s clock runs ahead, the URL starts in the future and OSS refuses it.</source>
        <translation>V4 URL은 x-oss-date부터 x-oss-expires초 동안 유효합니다. 서명한 머신의 시계가 빠르면 URL의 유효 시작 시간이 미래가 되어 OSS가 요청을 거부합니다.</translation>
    </message>
    <message>
        <source>Compare x-oss-date in the URL with the current GMT time.</source>
        <translation>URL의 x-oss-date를 현재 GMT 시간과 비교합니다.</translation>
    </message>
    <message>
        <source>Correct the clock of the machine that signs the URLs (NTP), then sign the URL again.</source>
        <translation>URL에 서명하는 머신의 시계를 NTP로 맞춘 후 URL에 다시 서명합니다.</translation>
    </message>
    <message>
        <source>The signed URL or request has passed its expiry time.</source>
        <translation>서명된 URL 또는 요청의 만료 시간이 지났습니다.</translation>
    </message>
    <message>
        <source>A V1 signed URL is valid until its Expires time, a V4 URL until x-oss-date plus x-oss-expires; after that OSS answers that the request has expired.</source>
        <translation>V1 서명된 URL은 Expires 시간까지, V4 URL은 x-oss-date에 x-oss-expires를 더한 시간까지 유효합니다. 그 이후에는 OSS가 요청이 만료되었다고 응답합니다.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s Expires, or x-oss-date and x-oss-expires, against the current time.</source>
        <translation>URL의 Expires 또는 x-oss-date와 x-oss-expires를 현재 시간과 비교합니다.</translation>
    </message>
    <message>
        <source>Generate a new URL whose validity covers the time it will be used; with STS credentials the URL also stops working when the token expires.</source>
        <translation>사용할 시점까지 유효한 새 URL을 생성합니다. STS 임시 키를 사용하는 경우 토큰이 만료되면 URL도 더 이상 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>If the URL should still be valid, check the clock of the machine that signed it.</source>
        <translation>URL이 아직 유효해야 한다면 URL에 서명한 머신의 시계를 확인합니다.</translation>
    </message>
    <message>
        <source>The expiration time of the PostObject policy has passed.</source>
        <translation>PostObject 정책의 만료 시간(expiration)이 지났습니다.</translation>
    </message>
    <message>
        <source>The policy form field carries an expiration in ISO 8601 UTC; after it, OSS refuses uploads made with that policy.</source>
        <translation>policy 폼 필드에는 ISO 8601 UTC 형식의 expiration이 포함되어 있으며, 이 시간이 지나면 OSS는 해당 정책을 사용한 업로드를 거부합니다.</translation>
    </message>
    <message>
        <source>Decode the policy field and read its expiration.</source>
        <translation>policy 필드를 디코딩하여 expiration을 확인합니다.</translation>
    </message>
    <message>
        <source>Issue a new policy, with a later expiration, each time the upload form is served.</source>
        <translation>업로드 폼을 제공할 때마다 expiration이 더 늦은 새 정책을 발급합니다.</translation>
    </message>
    <message>
        <source>Check the clock of the server that writes the policy.</source>
        <translation>정책을 생성하는 서버의 시계를 확인합니다.</translation>
    </message>
    <message>
        <source>The STS temporary credentials have expired.</source>
        <translation>STS 임시 키가 만료되었습니다.</translation>
    </message>
    <message>
        <source>A temporary AccessKey ID, secret and security token stop working at the Expiration time STS returned with them.</source>
        <translation>임시 AccessKey ID, AccessKey Secret 및 보안 토큰은 STS가 함께 반환한 Expiration 시간이 되면 더 이상 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Check the Expiration that came with the credentials.</source>
        <translation>임시 키와 함께 반환된 Expiration을 확인합니다.</translation>
    </message>
    <message>
        <source>Request new credentials from STS (AssumeRole) before they expire, and refresh them in the client.</source>
        <translation>만료되기 전에 STS(AssumeRole)에서 새 임시 키를 발급받아 클라이언트에서 갱신합니다.</translation>
    </message>
    <message>
        <source>Keep signed URLs shorter than the remaining lifetime of the credentials.</source>
        <translation>서명된 URL의 유효 기간을 임시 키의 남은 유효 기간보다 짧게 설정합니다.</translation>
    </message>
    <message>
        <source>The security token is malformed, truncated or not an OSS STS token.</source>
        <translation>보안 토큰의 형식이 잘못되었거나, 토큰이 잘렸거나, OSS용 STS 토큰이 아닙니다.</translation>
    </message>
    <message>
        <source>OSS could not validate the security token, for example because it was cut short, URL-encoded twice or copied from another service.</source>
        <translation>보안 토큰이 잘렸거나, 이중으로 URL 인코딩되었거나, 다른 서비스에서 복사된 경우 등으로 인해 OSS가 보안 토큰을 검증하지 못했습니다.</translation>
    </message>
    <message>
        <source>Send the SecurityToken exactly as STS returned it, in the x-oss-security-token header or the security-token parameter of a signed URL.</source>
        <translation>STS가 반환한 SecurityToken을 그대로 x-oss-security-token 헤더 또는 서명된 URL의 security-token 매개변수로 전송합니다.</translation>
    </message>
    <message>
        <source>Check that configuration files and environment variables hold the whole token.</source>
        <translation>구성 파일과 환경 변수에 토큰 전체가 저장되어 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Request new credentials if in doubt.</source>
        <translation>확실하지 않으면 새 임시 키를 발급받습니다.</translation>
    </message>
    <message>
        <source>The AccessKey ID and the security token come from different STS responses.</source>
        <translation>AccessKey ID와 보안 토큰을 서로 다른 STS 응답에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>Each STS response returns an AccessKey ID, a secret and a token that belong together; mixing parts of two responses, or a permanent key with a token, fails.</source>
        <translation>각 STS 응답은 한 세트로 사용하는 AccessKey ID, AccessKey Secret 및 토큰을 반환합니다. 두 응답의 값을 섞어 사용하거나 영구 키를 토큰과 함께 사용하면 실패합니다.</translation>
    </message>
    <message>
        <source>Take AccessKeyId, AccessKeySecret and SecurityToken from the same AssumeRole response.</source>
        <translation>AccessKeyId, AccessKeySecret 및 SecurityToken을 동일한 AssumeRole 응답에서 가져옵니다.</translation>
    </message>
    <message>
        <source>When refreshing credentials, replace all three at once.</source>
        <translation>임시 키를 갱신할 때는 세 값을 모두 한 번에 교체합니다.</translation>
    </message>
    <message>
        <source>Do not send a security token together with a permanent AccessKey.</source>
        <translation>영구 AccessKey와 함께 보안 토큰을 전송하지 마십시오.</translation>
    </message>
    <message>
        <source>No CORS rule of the bucket allows the page&apos;s origin.</source>
        <translation>버킷의 크로스 도메인(CORS) 규칙 중 페이지의 출처(Origin)를 허용하는 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Either the bucket has no CORS rules, or none lists this origin (scheme, host and any non-default port). OSS then refuses the preflight, or answers the actual request without CORS headers.</source>
        <translation>버킷에 CORS 규칙이 없거나, 이 출처(스킴, 호스트 및 기본값이 아닌 포트)를 포함하는 규칙이 없습니다. 이 경우 OSS는 프리플라이트 요청을 거부하거나, 실제 요청에 CORS 헤더 없이 응답합니다.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 크로스 도메인 CORS 액세스 설정을 엽니다.</translation>
    </message>
    <message>
        <source>Add or edit a rule whose allowed origins include the page&apos;s origin exactly, for example https://app.example.com; one * wildcard is allowed.</source>
        <translation>허용 출처에 페이지의 출처(예: https://app.example.com)를 정확히 포함하는 규칙을 추가하거나 편집합니다. 와일드카드 *는 하나만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Rules are tried in order and the first match wins; clear the browser cache after a change.</source>
        <translation>규칙은 순서대로 적용되며 처음 일치하는 규칙이 우선합니다. 변경 후에는 브라우저 캐시를 삭제합니다.</translation>
    </message>
    <message>
        <source>The CORS rule does not allow the request&apos;s method or one of its headers.</source>
        <translation>CORS 규칙이 요청의 메서드 또는 헤더 중 하나를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>A preflight names a method (Access-Control-Request-Method) and headers (Access-Control-Request-Headers); the matching rule must allow the method and every one of the headers.</source>
        <translation>프리플라이트 요청은 메서드(Access-Control-Request-Method)와 헤더(Access-Control-Request-Headers)를 지정합니다. 일치하는 규칙은 해당 메서드와 모든 헤더를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>Read the method and headers the preflight asks for in the browser&apos;s network panel.</source>
        <translation>브라우저의 네트워크 패널에서 프리플라이트 요청이 요구하는 메서드와 헤더를 확인합니다.</translation>
    </message>
    <message>
        <source>Allow that method (PUT or POST for uploads) and those headers, or * for headers, in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Cross-Origin Resource Sharing (CORS).</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 크로스 도메인 CORS 액세스 설정에서 해당 메서드(업로드의 경우 PUT 또는 POST)와 해당 헤더를 허용합니다. 헤더는 *로 지정할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Expose headers such as ETag and x-oss-request-id if the page reads them.</source>
        <translation>페이지에서 ETag, x-oss-request-id 등의 헤더를 읽는다면 해당 헤더를 노출 헤더로 설정합니다.</translation>
    </message>
    <message>
        <source>The request&apos;s Referer is not in the bucket&apos;s Referer whitelist.</source>
        <translation>요청의 Referer가 버킷의 Referer 화이트리스트에 없습니다.</translation>
    </message>
    <message>
        <source>With a whitelist set, OSS serves anonymous and signed-URL requests only when the Referer matches an entry. Requests signed in the Authorization header are not checked.</source>
        <translation>화이트리스트가 설정되어 있으면 OSS는 Referer가 항목과 일치하는 경우에만 익명 요청과 서명된 URL 요청에 응답합니다. Authorization 헤더로 서명된 요청은 검사하지 않습니다.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection.</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 링크 도용 방지를 엽니다.</translation>
    </message>
    <message>
        <source>Add the site that sends the request, with its scheme, for example https://www.example.com; * and ? wildcards are allowed.</source>
        <translation>요청을 보내는 사이트를 스킴을 포함하여 추가합니다(예: https://www.example.com). 와일드카드 *와 ?를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Test with curl -e (which sets the Referer) against the object URL.</source>
        <translation>curl -e(Referer를 설정하는 옵션)로 객체 URL을 테스트합니다.</translation>
    </message>
    <message>
        <source>The request&apos;s Referer matches an entry of the bucket&apos;s Referer blacklist.</source>
        <translation>요청의 Referer가 버킷의 Referer 블랙리스트 항목과 일치합니다.</translation>
    </message>
    <message>
        <source>A blacklist match denies the request at once, before the whitelist is consulted; OSS reports it with EC 0003-00000502.</source>
        <translation>블랙리스트와 일치하면 화이트리스트를 확인하기 전에 즉시 요청이 거부되며, OSS는 EC 0003-00000502를 반환합니다.</translation>
    </message>
    <message>
        <source>Open OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection and read the blacklist.</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 링크 도용 방지를 열고 블랙리스트를 확인합니다.</translation>
    </message>
    <message>
        <source>Remove or narrow the entry that matches the site, minding wildcards such as *.example.com.</source>
        <translation>*.example.com과 같은 와일드카드에 유의하여, 사이트와 일치하는 항목을 삭제하거나 범위를 좁힙니다.</translation>
    </message>
    <message>
        <source>The request has no Referer, and the bucket does not allow an empty Referer.</source>
        <translation>요청에 Referer가 없으며, 버킷이 빈 Referer를 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>With empty Referers disallowed and a whitelist set, requests without a Referer (a URL opened directly, apps, players, strict privacy settings) are denied.</source>
        <translation>빈 Referer를 허용하지 않고 화이트리스트가 설정된 경우, Referer가 없는 요청(URL을 직접 연 경우, 앱, 플레이어, 엄격한 개인정보 보호 설정 등)은 거부됩니다.</translation>
    </message>
    <message>
        <source>In OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Hotlink Protection, allow empty Referers if such clients must work.</source>
        <translation>이러한 클라이언트가 작동해야 한다면 OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 링크 도용 방지에서 빈 Referer를 허용합니다.</translation>
    </message>
    <message>
        <source>Or have the client send a Referer from the whitelist, or sign its requests in the Authorization header.</source>
        <translation>또는 클라이언트가 화이트리스트에 있는 Referer를 전송하거나, Authorization 헤더로 요청에 서명하도록 합니다.</translation>
    </message>
    <message>
        <source>A bucket policy condition on acs:Referer rejects the request&apos;s Referer.</source>
        <translation>버킷 정책의 acs:Referer 조건이 요청의 Referer를 거부합니다.</translation>
    </message>
    <message>
        <source>Apart from hotlink protection, a bucket policy can allow or deny by Referer; a request whose Referer falls outside the condition gets Access denied by bucket policy.</source>
        <translation>링크 도용 방지와 별도로 버킷 정책에서도 Referer에 따라 허용하거나 거부할 수 있습니다. Referer가 조건에 맞지 않는 요청은 Access denied by bucket policy 응답을 받습니다.</translation>
    </message>
    <message>
        <source>Find the statements with acs:Referer in OSS console &gt; Buckets &gt; (bucket) &gt; Permission Control &gt; Bucket Policy.</source>
        <translation>OSS 콘솔 &gt; 버킷 리스트 &gt; (버킷) &gt; 권한 관리 &gt; 버킷 정책에서 acs:Referer가 포함된 구문을 찾습니다.</translation>
    </message>
    <message>
        <source>Add the site to the condition, or make the client send a Referer that matches it.</source>
        <translation>조건에 사이트를 추가하거나, 클라이언트가 조건에 맞는 Referer를 전송하도록 합니다.</translation>
    </message>
    <message>
        <source>The request went to the endpoint of another region than the bucket&apos;s.</source>
        <translation>요청이 버킷이 위치한 리전이 아닌 다른 리전의 엔드포인트로 전송되었습니다.</translation>
    </message>
    <message>
        <source>A bucket lives in one region and must be addressed through that region&apos;s endpoint; SDKs often keep a default such as oss-cn-hangzhou.aliyuncs.com. The error body names the right endpoint.</source>
        <translation>버킷은 하나의 리전에 있으며 해당 리전의 엔드포인트로 액세스해야 합니다. SDK는 oss-cn-hangzhou.aliyuncs.com과 같은 기본값을 그대로 사용하는 경우가 많습니다. 에러 본문에 올바른 엔드포인트가 표시됩니다.</translation>
    </message>
    <message>
        <source>Read the Endpoint element of the error body, or the bucket&apos;s region on its overview page in the OSS console.</source>
        <translation>에러 본문의 Endpoint 요소를 확인하거나, OSS 콘솔의 버킷 개요 페이지에서 버킷의 리전을 확인합니다.</translation>
    </message>
    <message>
        <source>Configure the client with that endpoint, for example oss-cn-qingdao.aliyuncs.com for China (Qingdao).</source>
        <translation>클라이언트에 해당 엔드포인트를 설정합니다(예: 중국(칭다오) 리전의 경우 oss-cn-qingdao.aliyuncs.com).</translation>
    </message>
    <message>
        <source>For buckets in several regions, create one client per region.</source>
        <translation>여러 리전에 버킷이 있다면 리전별로 클라이언트를 하나씩 생성합니다.</translation>
    </message>
    <message>
        <source>The bucket is addressed by path instead of by its own third-level domain.</source>
        <translation>버킷 전용 3단계 도메인이 아닌 경로 방식으로 버킷에 액세스했습니다.</translation>
    </message>
    <message>
        <source>Apart from listing buckets, OSS requests must use the virtual-hosted form BucketName.Endpoint, such as https://examplebucket.oss-cn-hangzhou.aliyuncs.com/destfolder/example.txt.</source>
        <translation>버킷 목록 조회를 제외한 OSS 요청은 https://examplebucket.oss-cn-hangzhou.aliyuncs.com/destfolder/example.txt와 같이 BucketName.Endpoint 형식의 가상 호스팅 방식을 사용해야 합니다.</translation>
    </message>
    <message>
        <source>Build URLs as https://(bucket).(endpoint)/(object), not https://(endpoint)/(bucket)/(object).</source>
        <translation>URL은 https://(엔드포인트)/(버킷)/(객체)가 아닌 https://(버킷).(엔드포인트)/(객체) 형식으로 구성합니다.</translation>
    </message>
    <message>
        <source>In S3-compatible clients, turn path-style addressing off (virtual-hosted style on).</source>
        <translation>S3 호환 클라이언트에서는 경로 방식(path-style) 주소 지정을 끄고 가상 호스팅 방식(virtual-hosted style)을 켭니다.</translation>
    </message>
    <message>
        <source>The request&apos;s Host is not a standard OSS domain.</source>
        <translation>요청의 Host가 표준 OSS 도메인이 아닙니다.</translation>
    </message>
    <message>
        <source>OSS accepts the bucket&apos;s domains under its region endpoints (public, internal or acceleration) and custom domains mapped to the bucket; any other host is refused.</source>
        <translation>OSS는 리전 엔드포인트(퍼블릭, 내부 또는 가속) 아래의 버킷 도메인과 버킷에 연결된 사용자 정의 도메인만 허용하며, 그 외의 호스트는 거부합니다.</translation>
    </message>
    <message>
        <source>Check the Host header for a typo, an IP address or a domain that is not mapped to the bucket.</source>
        <translation>Host 헤더에 오타, IP 주소 또는 버킷에 연결되지 않은 도메인이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Use the bucket&apos;s standard domain, or map the custom domain to the bucket first.</source>
        <translation>버킷의 표준 도메인을 사용하거나, 먼저 사용자 정의 도메인을 버킷에 연결합니다.</translation>
    </message>
    <message>
        <source>The transfer acceleration endpoint is used, but acceleration is off for the bucket.</source>
        <translation>전송 가속 엔드포인트를 사용했지만 버킷에 전송 가속이 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>oss-accelerate.aliyuncs.com and oss-accelerate-overseas.aliyuncs.com serve only buckets with transfer acceleration enabled.</source>
        <translation>oss-accelerate.aliyuncs.com 및 oss-accelerate-overseas.aliyuncs.com은 전송 가속이 활성화된 버킷만 지원합니다.</translation>
    </message>
    <message>
        <source>Enable transfer acceleration in the bucket&apos;s settings in the OSS console if you need it.</source>
        <translation>필요한 경우 OSS 콘솔의 버킷 설정에서 전송 가속을 활성화합니다.</translation>
    </message>
    <message>
        <source>Otherwise send the requests to the bucket&apos;s regional endpoint.</source>
        <translation>그렇지 않으면 버킷 리전의 엔드포인트로 요청을 전송합니다.</translation>
    </message>
    <message>
        <source>The custom domain is already mapped to a bucket of another user.</source>
        <translation>사용자 정의 도메인이 이미 다른 사용자의 버킷에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>A domain name can be mapped to only one bucket; OSS refuses it for this bucket while another bucket holds it.</source>
        <translation>하나의 도메인 이름은 하나의 버킷에만 연결할 수 있습니다. 다른 버킷에 연결되어 있는 동안에는 OSS가 이 버킷에 연결하는 것을 거부합니다.</translation>
    </message>
    <message>
        <source>Use another domain name.</source>
        <translation>다른 도메인 이름을 사용합니다.</translation>
    </message>
    <message>
        <source>Or verify that you own the domain and map it to this bucket by force, which removes it from the other bucket.</source>
        <translation>또는 도메인 소유권을 인증한 후 이 버킷에 강제로 연결합니다. 이 경우 다른 버킷과의 연결은 해제됩니다.</translation>
    </message>
    <message>
        <source>The bucket is reached through its default public domain, which is restricted for this account.</source>
        <translation>이 계정에 대해 제한된 기본 퍼블릭 도메인을 통해 버킷에 액세스했습니다.</translation>
    </message>
    <message>
        <source>Since 2025-03-20, new OSS users must use a custom domain name for data operations on buckets in mainland China regions; the default public endpoints are restricted for them.</source>
        <translation>2025-03-20부터 신규 OSS 사용자는 중국 본토 리전의 버킷에 대한 데이터 작업에 사용자 정의 도메인 이름을 사용해야 하며, 기본 퍼블릭 엔드포인트 사용은 제한됩니다.</translation>
    </message>
    <message>
        <source>Map a custom domain name to the bucket and send uploads and downloads to it.</source>
        <translation>버킷에 사용자 정의 도메인 이름을 연결하고 업로드 및 다운로드 요청을 해당 도메인으로 전송합니다.</translation>
    </message>
    <message>
        <source>The restriction concerns data operations such as uploads and downloads; check which of your requests still use the default domain.</source>
        <translation>이 제한은 업로드, 다운로드 등 데이터 작업에 적용됩니다. 아직 기본 도메인을 사용하는 요청이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>The region in the V4 signature scope does not match the bucket&apos;s region.</source>
        <translation>V4 서명 범위의 리전이 버킷의 리전과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>An OSS V4 signature names a region ID, such as cn-hangzhou without the oss- prefix, in its credential scope; a wrong or mistyped region is rejected.</source>
        <translation>OSS V4 서명은 자격 증명 범위(credential scope)에 리전 ID(oss- 접두사가 없는 cn-hangzhou 등)를 지정합니다. 리전이 틀리거나 잘못 입력되면 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>Set the SDK&apos;s region to the bucket&apos;s region ID, for example cn-hangzhou, not oss-cn-hangzhou.</source>
        <translation>SDK의 리전을 버킷의 리전 ID로 설정합니다. 예를 들어 oss-cn-hangzhou가 아닌 cn-hangzhou로 설정합니다.</translation>
    </message>
    <message>
        <source>Make sure the endpoint and the region name the same region.</source>
        <translation>엔드포인트와 리전 설정이 같은 리전을 가리키는지 확인합니다.</translation>
    </message>
    <message>
        <source>The copy source and the destination bucket are in different regions.</source>
        <translation>복사 원본과 대상 버킷이 서로 다른 리전에 있습니다.</translation>
    </message>
    <message>
        <source>CopyObject works only between buckets of the same region; OSS refuses a source object in another data center.</source>
        <translation>CopyObject는 같은 리전의 버킷 간에만 작동하며, OSS는 다른 데이터 센터에 있는 원본 객체를 거부합니다.</translation>
    </message>
    <message>
        <source>Compare the regions of the source and the destination buckets.</source>
        <translation>원본 버킷과 대상 버킷의 리전을 비교합니다.</translation>
    </message>
    <message>
        <source>Copy within one region, or download the object and upload it to the other region, or set up cross-region replication.</source>
        <translation>같은 리전 안에서 복사하거나, 객체를 다운로드하여 다른 리전에 업로드하거나, 리전 간 복제를 설정합니다.</translation>
    </message>
    <message>
        <source>The object is in an archive storage class and is not restored, or its restore is unfinished or has expired.</source>
        <translation>객체가 아카이브 유형이며 복구되지 않았거나, 복구가 완료되지 않았거나, 복구 기간이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Archive, Cold Archive and Deep Cold Archive objects must be restored with RestoreObject before they can be read, and the restored copy lasts only a limited time.</source>
        <translation>Archive, Cold Archive 및 Deep Cold Archive 유형의 객체는 읽기 전에 RestoreObject로 복구해야 하며, 복구된 사본은 제한된 기간 동안만 유지됩니다.</translation>
    </message>
    <message>
        <source>Send a HEAD request for the object and read x-oss-storage-class and x-oss-restore.</source>
        <translation>객체에 HEAD 요청을 보내 x-oss-storage-class와 x-oss-restore를 확인합니다.</translation>
    </message>
    <message>
        <source>If x-oss-restore is missing, call RestoreObject; if it shows a restore in progress, wait until it finishes.</source>
        <translation>x-oss-restore가 없으면 RestoreObject를 호출하고, 복구가 진행 중으로 표시되면 완료될 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Read the object while the restored copy lasts, or change its storage class if it is read often.</source>
        <translation>복구된 사본이 유지되는 동안 객체를 읽거나, 자주 읽는 객체라면 스토리지 유형을 변경합니다.</translation>
    </message>
    <message>
        <source>The requester may not use the KMS key that encrypts the object or the bucket.</source>
        <translation>요청자에게 객체 또는 버킷을 암호화하는 KMS 키를 사용할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>With SSE-KMS, OSS uses a customer master key (CMK) on the requester&apos;s behalf; without KMS permissions on that CMK the request is refused.</source>
        <translation>SSE-KMS에서는 OSS가 요청자를 대신하여 고객 마스터 키(CMK)를 사용하므로, 해당 CMK에 대한 KMS 권한이 없으면 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>Find the CMK ID in the x-oss-server-side-encryption-key-id header or in the bucket&apos;s encryption settings.</source>
        <translation>x-oss-server-side-encryption-key-id 헤더 또는 버킷의 암호화 설정에서 CMK ID를 확인합니다.</translation>
    </message>
    <message>
        <source>Grant the RAM user or role the KMS actions on that key, such as kms:Decrypt for reads and kms:GenerateDataKey for writes.</source>
        <translation>RAM 서브 계정 또는 역할에 해당 키에 대한 KMS 작업 권한(읽기의 경우 kms:Decrypt, 쓰기의 경우 kms:GenerateDataKey 등)을 부여합니다.</translation>
    </message>
    <message>
        <source>Check that the key is enabled and in the bucket&apos;s region.</source>
        <translation>키가 활성화되어 있고 버킷과 같은 리전에 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Key Management Service is not activated for the account.</source>
        <translation>계정에 키 관리 서비스(KMS)가 활성화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>SSE-KMS encryption needs KMS; without it OSS can neither encrypt nor decrypt with a KMS key.</source>
        <translation>SSE-KMS 암호화에는 KMS가 필요합니다. KMS가 없으면 OSS는 KMS 키로 암호화하거나 복호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Activate KMS (or buy a KMS instance) before using SSE-KMS.</source>
        <translation>SSE-KMS를 사용하기 전에 KMS를 활성화(또는 KMS 인스턴스를 구매)합니다.</translation>
    </message>
    <message>
        <source>Or use SSE-OSS (AES256) encryption for this bucket or request.</source>
        <translation>또는 이 버킷이나 요청에 SSE-OSS(AES256) 암호화를 사용합니다.</translation>
    </message>
    <message>
        <source>The Alibaba Cloud account has overdue payments, so OSS or KMS access is suspended.</source>
        <translation>Alibaba Cloud 계정에 연체된 요금이 있어 OSS 또는 KMS 액세스가 중지되었습니다.</translation>
    </message>
    <message>
        <source>When an account is in arrears, Alibaba Cloud denies access to paid services such as OSS and KMS until the balance is settled.</source>
        <translation>계정에 연체 요금이 있으면 Alibaba Cloud는 요금이 정산될 때까지 OSS, KMS 등 유료 서비스에 대한 액세스를 거부합니다.</translation>
    </message>
    <message>
        <source>Check the account balance and overdue bills in the billing console.</source>
        <translation>비용 센터에서 계정 잔액과 연체된 청구서를 확인합니다.</translation>
    </message>
    <message>
        <source>Top up or pay the overdue amount, then retry.</source>
        <translation>잔액을 충전하거나 연체 요금을 납부한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The account is disabled, or OSS is not activated for it.</source>
        <translation>계정이 비활성화되었거나, 계정에 OSS가 활성화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>OSS refuses every request of an account disabled for overdue payments or for security reasons, and of an account that has not activated OSS.</source>
        <translation>요금 연체 또는 보안상의 이유로 비활성화된 계정이나 OSS를 활성화하지 않은 계정의 요청은 OSS가 모두 거부합니다.</translation>
    </message>
    <message>
        <source>Check the account for overdue payments and settle them.</source>
        <translation>계정에 연체 요금이 있는지 확인하고 정산합니다.</translation>
    </message>
    <message>
        <source>Make sure OSS is activated for the account.</source>
        <translation>계정에 OSS가 활성화되어 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>If neither applies, contact Alibaba Cloud technical support for a security check.</source>
        <translation>둘 다 해당하지 않으면 Alibaba Cloud 기술 지원팀에 보안 점검을 문의합니다.</translation>
    </message>
    <message>
        <source>The bucket has been disabled.</source>
        <translation>버킷이 비활성화되었습니다.</translation>
    </message>
    <message>
        <source>Alibaba Cloud can disable a bucket for security reasons; every request to it is refused until the restriction is lifted.</source>
        <translation>Alibaba Cloud는 보안상의 이유로 버킷을 비활성화할 수 있으며, 제한이 해제될 때까지 해당 버킷에 대한 모든 요청이 거부됩니다.</translation>
    </message>
    <message>
        <source>Check the owner account for overdue payments and security notices.</source>
        <translation>소유자 계정에 연체 요금이나 보안 알림이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Contact Alibaba Cloud technical support for a security check.</source>
        <translation>Alibaba Cloud 기술 지원팀에 보안 점검을 문의합니다.</translation>
    </message>
    <message>
        <source>The bucket owner&apos;s account is closed, restricted or suspended.</source>
        <translation>버킷 소유자의 계정이 해지, 제한 또는 중지된 상태입니다.</translation>
    </message>
    <message>
        <source>OSS stops serving buckets whose owning account was closed, restricted for security reasons or suspended for overdue payments.</source>
        <translation>소유자 계정이 해지되었거나, 보안상의 이유로 제한되었거나, 요금 연체로 중지된 경우 OSS는 해당 버킷에 대한 서비스를 중단합니다.</translation>
    </message>
    <message>
        <source>Ask the bucket owner to check the state of their Alibaba Cloud account.</source>
        <translation>버킷 소유자에게 Alibaba Cloud 계정 상태를 확인하도록 요청합니다.</translation>
    </message>
    <message>
        <source>Settle overdue payments or resolve the restriction, then retry.</source>
        <translation>연체 요금을 정산하거나 제한을 해제한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>A policy condition on source IP or VPC does not match where the request came from.</source>
        <translation>정책의 소스 IP 또는 VPC 조건이 요청을 보낸 네트워크와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Bucket policies and RAM policies can allow or deny by acs:SourceIp and acs:SourceVpc; a request from another address, through a NAT gateway or from another VPC falls outside the condition.</source>
        <translation>버킷 정책과 RAM 정책은 acs:SourceIp 및 acs:SourceVpc에 따라 허용하거나 거부할 수 있습니다. 다른 주소에서 보내거나, NAT 게이트웨이를 거치거나, 다른 VPC에서 보낸 요청은 조건에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Find the conditions on acs:SourceIp or acs:SourceVpc in the bucket policy and in the requester&apos;s RAM policies.</source>
        <translation>버킷 정책과 요청자의 RAM 정책에서 acs:SourceIp 또는 acs:SourceVpc 조건을 찾습니다.</translation>
    </message>
    <message>
        <source>Find the source address as OSS sees it: the public IP after NAT or proxy, or the VPC ID on internal endpoints.</source>
        <translation>OSS가 인식하는 소스 주소를 확인합니다. NAT 또는 프록시를 거친 후의 퍼블릭 IP이거나, 내부 엔드포인트를 사용하는 경우 VPC ID입니다.</translation>
    </message>
    <message>
        <source>Add it to the condition or send the request from an allowed network; new policies with acs:SourceIp must also set acs:SourceVpc.</source>
        <translation>해당 주소를 조건에 추가하거나 허용된 네트워크에서 요청을 전송합니다. acs:SourceIp를 사용하는 새 정책에는 acs:SourceVpc도 설정해야 합니다.</translation>
    </message>
    <message>
        <source>The policy for the VPC the request came from does not allow this bucket or action.</source>
        <translation>요청을 보낸 VPC에 대한 정책이 이 버킷 또는 작업을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>A policy can restrict what may be reached from a VPC; requests from that VPC to a bucket or action it does not cover are refused.</source>
        <translation>정책으로 VPC에서 액세스할 수 있는 대상을 제한할 수 있습니다. 해당 VPC에서 정책에 포함되지 않은 버킷이나 작업으로 보낸 요청은 거부됩니다.</translation>
    </message>
    <message>
        <source>Find the VPC, and the VPC endpoint if any, through which the client reaches OSS.</source>
        <translation>클라이언트가 OSS에 액세스할 때 거치는 VPC와 VPC 엔드포인트(있는 경우)를 확인합니다.</translation>
    </message>
    <message>
        <source>Check the bucket policy configured for that VPC, and the endpoint&apos;s policy, and allow this bucket and action.</source>
        <translation>해당 VPC에 설정된 버킷 정책과 엔드포인트 정책을 확인하고, 이 버킷과 작업을 허용합니다.</translation>
    </message>
    <message>
        <source>The operation needs hierarchical namespace, which is not enabled on the bucket.</source>
        <translation>이 작업에는 계층적 네임스페이스가 필요하지만 버킷에 활성화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Directory operations such as renaming a directory need hierarchical namespace, which can be turned on only when the bucket is created.</source>
        <translation>디렉터리 이름 변경과 같은 디렉터리 작업에는 계층적 네임스페이스가 필요하며, 이 기능은 버킷을 생성할 때만 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Check whether the bucket was created with hierarchical namespace.</source>
        <translation>버킷이 계층적 네임스페이스를 활성화한 상태로 생성되었는지 확인합니다.</translation>
    </message>
    <message>
        <source>If not, create a bucket with it enabled in a region that supports it and move the data, or rename by copying and deleting objects.</source>
        <translation>그렇지 않다면 이 기능을 지원하는 리전에서 계층적 네임스페이스를 활성화한 버킷을 생성하여 데이터를 옮기거나, 객체를 복사한 후 삭제하는 방식으로 이름을 변경합니다.</translation>
    </message>
    <message>
        <source>The retention policy (WORM) is locked and cannot be deleted.</source>
        <translation>보존 정책(WORM)이 잠겨 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Once a retention policy is locked, OSS forbids deleting it or shortening its period; it can only be extended.</source>
        <translation>보존 정책이 잠기면 OSS는 정책 삭제나 보존 기간 단축을 허용하지 않으며, 기간 연장만 가능합니다.</translation>
    </message>
    <message>
        <source>Leave the locked policy in place, and extend its period if needed.</source>
        <translation>잠긴 정책은 그대로 두고, 필요하면 보존 기간을 연장합니다.</translation>
    </message>
    <message>
        <source>Plan deletions for after the protection period ends.</source>
        <translation>삭제는 보존 기간이 끝난 후로 계획합니다.</translation>
    </message>
    <message>
        <source>The image file is damaged, so image processing cannot read it.</source>
        <translation>이미지 파일이 손상되어 이미지 처리에서 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Image processing refuses an image whose data is missing or corrupt.</source>
        <translation>이미지 처리는 데이터가 누락되었거나 손상된 이미지를 거부합니다.</translation>
    </message>
    <message>
        <source>Download the original object and open it locally to check it.</source>
        <translation>원본 객체를 다운로드하여 로컬에서 열어 확인합니다.</translation>
    </message>
    <message>
        <source>Upload an intact copy and retry.</source>
        <translation>손상되지 않은 파일을 업로드한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>This operation, or this region, does not accept STS temporary credentials.</source>
        <translation>이 작업 또는 이 리전은 STS 임시 키를 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Some OSS operations, and some regions, do not accept a security token; requests there need another form of access.</source>
        <translation>일부 OSS 작업과 일부 리전은 보안 토큰을 지원하지 않으므로, 이러한 요청에는 다른 액세스 방식이 필요합니다.</translation>
    </message>
    <message>
        <source>Check whether the operation and the region support STS tokens.</source>
        <translation>작업과 리전이 STS 토큰을 지원하는지 확인합니다.</translation>
    </message>
    <message>
        <source>Grant access another way, for example a RAM user&apos;s AccessKey with a RAM policy, or a bucket policy.</source>
        <translation>RAM 정책을 적용한 RAM 서브 계정의 AccessKey 또는 버킷 정책 등 다른 방식으로 액세스 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>EC 0002-00000080: V1 signatures are no longer accepted</source>
        <translation>EC 0002-00000080: V1 서명은 더 이상 허용되지 않음</translation>
    </message>
    <message>
        <source>Does the client still sign with OSS V1 (Authorization: OSS AccessKeyId:Signature, or Signature/OSSAccessKeyId in the URL)?</source>
        <translation>클라이언트가 아직 OSS V1으로 서명합니까(Authorization: OSS AccessKeyId:Signature 또는 URL의 Signature/OSSAccessKeyId)?</translation>
    </message>
    <message>
        <source>Code “InvalidBucketName”, message “The specified bucket is not valid”</source>
        <translation>오류 코드 “InvalidBucketName”, 메시지 “The specified bucket is not valid”</translation>
    </message>
    <message>
        <source>Is the bucket name empty, duplicated into the endpoint, or outside 3 to 63 lower-case letters, digits and hyphens?</source>
        <translation>버킷 이름이 비어 있거나, 엔드포인트에 중복되어 있거나, 3~63자의 소문자·숫자·하이픈 규칙을 벗어납니까?</translation>
    </message>
    <message>
        <source>The request is signed with OSS V1, which this account or bucket no longer accepts.</source>
        <translation>요청이 OSS V1으로 서명되었으나 이 계정 또는 버킷은 더 이상 V1을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>OSS stopped offering V1 signatures to new accounts from 2025-03-01 and to new buckets from 2025-09-01; such requests are refused even with the right keys.</source>
        <translation>OSS는 2025-03-01부터 새 계정에, 2025-09-01부터 새 버킷에 V1 서명을 제공하지 않습니다. 키가 올바르더라도 이런 요청은 거부됩니다.</translation>
    </message>
    <message>
        <source>Upgrade the SDK or tool to a version that signs with V4 (OSS4-HMAC-SHA256) and set the region it needs.</source>
        <translation>SDK 또는 도구를 V4(OSS4-HMAC-SHA256)로 서명하는 버전으로 업그레이드하고 필요한 리전을 설정합니다.</translation>
    </message>
    <message>
        <source>For hand-written signing, build the V4 Authorization header or the x-oss-signature URL form instead of the V1 one.</source>
        <translation>직접 서명을 구현한 경우 V1 대신 V4 Authorization 헤더 또는 x-oss-signature URL 형식을 만듭니다.</translation>
    </message>
    <message>
        <source>The bucket name the client sends is not a valid OSS bucket name.</source>
        <translation>클라이언트가 보내는 버킷 이름이 유효한 OSS 버킷 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>A bucket name left empty by the configuration, or written into the endpoint as well as the bucket setting (bucket.bucket.oss-region.aliyuncs.com), reaches OSS as an invalid name.</source>
        <translation>설정에서 버킷 이름이 비어 있거나, 버킷 설정과 엔드포인트 양쪽에 모두 들어가면(bucket.bucket.oss-region.aliyuncs.com) OSS에는 잘못된 이름으로 전달됩니다.</translation>
    </message>
    <message>
        <source>Print the bucket name the client really uses; make sure the configuration passes it and it is 3 to 63 lower-case letters, digits and hyphens.</source>
        <translation>클라이언트가 실제로 사용하는 버킷 이름을 출력하고, 설정이 이를 전달하며 3~63자의 소문자·숫자·하이픈으로 되어 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Set the endpoint to the region endpoint (oss-cn-hangzhou.aliyuncs.com) without the bucket name in it.</source>
        <translation>엔드포인트를 버킷 이름이 없는 리전 엔드포인트(oss-cn-hangzhou.aliyuncs.com)로 설정합니다.</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <source>What went wrong?</source>
        <translation>어떤 문제가 발생했습니까?</translation>
    </message>
    <message>
        <source>Paste the error as you have it: an XML body, an SDK exception, a browser console line or a log. Add the URL that failed if you have it.</source>
        <translation>오류를 그대로 붙여 넣습니다. XML 본문, SDK 예외, 브라우저 콘솔의 한 줄 또는 로그 모두 가능합니다. 실패한 URL이 있으면 함께 입력합니다.</translation>
    </message>
    <message>
        <source>&amp;Error text:</source>
        <translation>오류 텍스트(&amp;E):</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>오류 텍스트</translation>
    </message>
    <message>
        <source>&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;…</source>
        <translation>&lt;Error&gt;&lt;Code&gt;AccessDenied&lt;/Code&gt;…</translation>
    </message>
    <message>
        <source>Failed &amp;URL (optional):</source>
        <translation>실패한 URL(선택 사항)(&amp;U):</translation>
    </message>
    <message>
        <source>Failed URL</source>
        <translation>실패한 URL</translation>
    </message>
    <message>
        <source>https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg</source>
        <translation>https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg</translation>
    </message>
    <message>
        <source>Recognised so far:</source>
        <translation>현재까지 인식된 항목:</translation>
    </message>
    <message>
        <source>Recognised so far</source>
        <translation>현재까지 인식된 항목</translation>
    </message>
    <message>
        <source>Nothing yet. The preview fills in as you paste.</source>
        <translation>아직 없습니다. 붙여 넣으면 여기에 미리 보기가 표시됩니다.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>제공업체: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 상태 코드: %1</translation>
    </message>
    <message>
        <source>Presigned URL valid until %1 (UTC)</source>
        <translation>사전 서명된 URL 유효 기한: %1(UTC)</translation>
    </message>
    <message>
        <source>Likeliest causes so far:</source>
        <translation>현재까지 가장 가능성이 높은 원인:</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>서명 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security token(s)</source>
        <translation>
            <numerusform>보안 토큰 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s)</source>
        <translation>
            <numerusform>비밀 키 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authorization value(s)</source>
        <translation>
            <numerusform>Authorization 값 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>쿠키 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other secret value(s)</source>
        <translation>
            <numerusform>기타 민감한 값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No secrets were found in the report, so nothing was removed.</source>
        <translation>보고서에서 비밀 정보를 찾지 못했으므로 제거한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Removed before export: %1.</source>
        <translation>내보내기 전에 제거한 항목: %1.</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>PDF를 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the credentials were not stored. Enter them each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>이 컴퓨터에서 사용할 수 있는 키체인이 없어 자격 증명을 저장하지 않았습니다. 매번 자격 증명을 입력하거나, 키체인 서비스(예: GNOME Keyring 또는 KWallet)를 시작한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the credentials were not stored or read. Unlock the keychain and try again.</source>
        <translation>키체인이 액세스를 거부하여 자격 증명을 저장하거나 읽지 못했습니다. 키체인 잠금을 해제한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it or check that its service is running, then try again.</source>
        <translation>키체인이 %1초 내에 응답하지 않았습니다. 키체인 잠금을 해제하거나 키체인 서비스가 실행 중인지 확인한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>No credentials are stored in the keychain for %1.</source>
        <translation>키체인에 %1의 자격 증명이 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The credentials stored in the keychain for %1 could not be read. Save them again.</source>
        <translation>키체인에 저장된 %1의 자격 증명을 읽을 수 없습니다. 다시 저장합니다.</translation>
    </message>
    <message>
        <source>Choose a profile name before storing credentials.</source>
        <translation>자격 증명을 저장하기 전에 프로필 이름을 선택합니다.</translation>
    </message>
    <message>
        <source>Bucket Doctor could not use the keychain (%1). Enter the credentials each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Bucket Doctor가 키체인을 사용할 수 없습니다(%1). 매번 자격 증명을 입력하거나, 키체인 서비스(예: GNOME Keyring 또는 KWallet)를 시작한 후 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>S3Tree</name>
    <message>
        <source>Code “AccessDenied”, message “Access Denied”</source>
        <translation>코드 “AccessDenied”, 메시지 “Access Denied”</translation>
    </message>
    <message>
        <source>Was the request sent unsigned, with no Authorization header and no X-Amz-Signature, to a bucket or object that is not public?</source>
        <translation>Authorization 헤더와 X-Amz-Signature 없이 서명되지 않은 요청을 퍼블릭이 아닌 버킷 또는 객체로 보냈습니까?</translation>
    </message>
    <message>
        <source>Does an identity-based policy of the calling user or role allow this action on this bucket or key?</source>
        <translation>호출하는 사용자 또는 역할의 자격 증명 기반 정책이 이 버킷 또는 키에 대한 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Is the caller in a different account from the bucket owner, so that both its identity policy and the bucket policy must allow the request?</source>
        <translation>호출자가 버킷 소유자와 다른 계정에 있어, 호출자의 자격 증명 정책과 버킷 정책이 모두 요청을 허용해야 합니까?</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this principal, action or resource?</source>
        <translation>버킷 정책의 Deny 문이 이 보안 주체, 작업 또는 리소스와 일치합니까?</translation>
    </message>
    <message>
        <source>Does a policy condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce exclude the network the request came from?</source>
        <translation>aws:SourceIp, aws:SourceVpc 또는 aws:SourceVpce에 대한 정책 조건이 요청을 보낸 네트워크를 제외합니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:Referer exclude the page that sent the request?</source>
        <translation>aws:Referer에 대한 버킷 정책 조건이 요청을 보낸 페이지를 제외합니까?</translation>
    </message>
    <message>
        <source>Is Block Public Access on while the request relies on, or sets, a public ACL or public bucket policy?</source>
        <translation>요청이 퍼블릭 ACL 또는 퍼블릭 버킷 정책에 의존하거나 이를 설정하는데, 퍼블릭 액세스 차단이 켜져 있습니까?</translation>
    </message>
    <message>
        <source>Are ACLs disabled by Object Ownership, or is the object owned by another account, so that an ACL grant has no effect?</source>
        <translation>객체 소유권 설정으로 ACL이 비활성화되었거나 객체를 다른 계정이 소유하고 있어, ACL 권한 부여가 적용되지 않습니까?</translation>
    </message>
    <message>
        <source>Does the key exist (without s3:ListBucket a missing key answers 403, not 404)?</source>
        <translation>키가 존재합니까(s3:ListBucket 권한이 없으면 존재하지 않는 키에 대해 404가 아닌 403이 반환됨)?</translation>
    </message>
    <message>
        <source>Is the object encrypted with SSE-KMS, and may the caller use that KMS key?</source>
        <translation>객체가 SSE-KMS로 암호화되어 있으며, 호출자가 해당 KMS 키를 사용할 수 있습니까?</translation>
    </message>
    <message>
        <source>Were the temporary credentials issued with a session policy that leaves this action out?</source>
        <translation>이 작업이 포함되지 않은 세션 정책으로 임시 키가 발급되었습니까?</translation>
    </message>
    <message>
        <source>Does a service control policy of the organization deny this action for the account?</source>
        <translation>조직의 서비스 제어 정책(SCP)이 이 계정에 대해 이 작업을 거부합니까?</translation>
    </message>
    <message>
        <source>Does a permissions boundary on the user or role leave this action out?</source>
        <translation>사용자 또는 역할의 권한 경계에 이 작업이 빠져 있습니까?</translation>
    </message>
    <message>
        <source>Access denied for a KMS action (kms:Decrypt, kms:GenerateDataKey)</source>
        <translation>KMS 작업(kms:Decrypt, kms:GenerateDataKey)에 대한 액세스 거부</translation>
    </message>
    <message>
        <source>Do the key policy and the caller&apos;s identity policy allow kms:Decrypt (reads) and kms:GenerateDataKey (writes) on this key?</source>
        <translation>키 정책과 호출자의 자격 증명 정책이 이 키에 대해 kms:Decrypt(읽기) 및 kms:GenerateDataKey(쓰기)를 허용합니까?</translation>
    </message>
    <message>
        <source>Is the key enabled, not pending deletion, and in the bucket&apos;s Region?</source>
        <translation>키가 활성화되어 있고, 삭제 대기 중이 아니며, 버킷과 같은 리전에 있습니까?</translation>
    </message>
    <message>
        <source>Message “The ciphertext refers to a customer master key that does not exist …” or a KMS exception</source>
        <translation>메시지 “The ciphertext refers to a customer master key that does not exist …” 또는 KMS 예외</translation>
    </message>
    <message>
        <source>Does the KMS key still exist, enabled and not pending deletion, in the bucket&apos;s Region?</source>
        <translation>KMS 키가 버킷과 같은 리전에 여전히 존재하며, 활성화되어 있고 삭제 대기 중이 아닙니까?</translation>
    </message>
    <message>
        <source>If it exists, does its key policy allow the caller?</source>
        <translation>키가 존재한다면, 키 정책이 호출자를 허용합니까?</translation>
    </message>
    <message>
        <source>Message “… because no identity-based policy allows the … action”</source>
        <translation>메시지 “… because no identity-based policy allows the … action”</translation>
    </message>
    <message>
        <source>Is the principal named in the message the one you expected (check with aws sts get-caller-identity)?</source>
        <translation>메시지에 표시된 보안 주체가 예상한 보안 주체입니까(aws sts get-caller-identity로 확인)?</translation>
    </message>
    <message>
        <source>Does any policy of that user, its groups or that role allow the action named in the message on the resource named in the message?</source>
        <translation>해당 사용자, 사용자의 그룹 또는 해당 역할의 정책 중 메시지에 표시된 리소스에 대해 메시지에 표시된 작업을 허용하는 정책이 있습니까?</translation>
    </message>
    <message>
        <source>Is the action a KMS action such as kms:Decrypt or kms:GenerateDataKey, so that the caller needs rights on the KMS key?</source>
        <translation>해당 작업이 kms:Decrypt 또는 kms:GenerateDataKey 같은 KMS 작업이어서 호출자에게 KMS 키에 대한 권한이 필요합니까?</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in an identity-based policy”</source>
        <translation>메시지 “… with an explicit deny in an identity-based policy”</translation>
    </message>
    <message>
        <source>Does a policy of the user, one of its groups or the role hold a Deny that matches the action and resource in the message?</source>
        <translation>사용자, 사용자가 속한 그룹 또는 역할의 정책에 메시지의 작업 및 리소스와 일치하는 Deny가 있습니까?</translation>
    </message>
    <message>
        <source>Does that Deny depend on a source IP, VPC or VPC endpoint condition that the request does not meet?</source>
        <translation>해당 Deny가 요청이 충족하지 않는 소스 IP, VPC 또는 VPC 엔드포인트 조건에 따라 적용됩니까?</translation>
    </message>
    <message>
        <source>Message “… because no resource-based policy allows the … action”</source>
        <translation>메시지 “… because no resource-based policy allows the … action”</translation>
    </message>
    <message>
        <source>Is the caller in another account of the organization, so that the bucket policy must name it?</source>
        <translation>호출자가 조직 내 다른 계정에 있어, 버킷 정책에 호출자를 명시해야 합니까?</translation>
    </message>
    <message>
        <source>Is the resource a KMS key, so that its key policy must allow the caller?</source>
        <translation>리소스가 KMS 키여서, 키 정책이 호출자를 허용해야 합니까?</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in a resource-based policy”</source>
        <translation>메시지 “… with an explicit deny in a resource-based policy”</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match the principal, action and resource in the message?</source>
        <translation>버킷 정책의 Deny 문이 메시지의 보안 주체, 작업 및 리소스와 일치합니까?</translation>
    </message>
    <message>
        <source>Does that Deny use a condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce that the request does not meet?</source>
        <translation>해당 Deny가 요청이 충족하지 않는 aws:SourceIp, aws:SourceVpc 또는 aws:SourceVpce 조건을 사용합니까?</translation>
    </message>
    <message>
        <source>Does that Deny use a condition on aws:Referer that the request&apos;s Referer does not meet?</source>
        <translation>해당 Deny가 요청의 Referer가 충족하지 않는 aws:Referer 조건을 사용합니까?</translation>
    </message>
    <message>
        <source>Is the resource a KMS key whose key policy denies the caller?</source>
        <translation>리소스가 키 정책에서 호출자를 거부하는 KMS 키입니까?</translation>
    </message>
    <message>
        <source>Message “… because no service control policy allows the … action”</source>
        <translation>메시지 “… because no service control policy allows the … action”</translation>
    </message>
    <message>
        <source>Do the service control policies that apply to the account allow this action?</source>
        <translation>계정에 적용되는 서비스 제어 정책이 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Message “… with an explicit deny in a service control policy”</source>
        <translation>메시지 “… with an explicit deny in a service control policy”</translation>
    </message>
    <message>
        <source>Does the Deny depend on a condition the request can meet, such as an allowed Region or an encryption header?</source>
        <translation>해당 Deny가 허용된 리전이나 암호화 헤더처럼 요청이 충족할 수 있는 조건에 따라 적용됩니까?</translation>
    </message>
    <message>
        <source>Message “… because no permissions boundary allows …” or “… explicit deny in a permissions boundary”</source>
        <translation>메시지 “… because no permissions boundary allows …” 또는 “… explicit deny in a permissions boundary”</translation>
    </message>
    <message>
        <source>Does the permissions boundary of the user or role allow this action without denying it?</source>
        <translation>사용자 또는 역할의 권한 경계가 이 작업을 거부하지 않고 허용합니까?</translation>
    </message>
    <message>
        <source>Message “… because no session policy allows …” or “… explicit deny in a session policy”</source>
        <translation>메시지 “… because no session policy allows …” 또는 “… explicit deny in a session policy”</translation>
    </message>
    <message>
        <source>Does the session policy passed when the temporary credentials were issued allow this action?</source>
        <translation>임시 키 발급 시 전달된 세션 정책이 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Message “… because no VPC endpoint policy allows …” or “… explicit deny in a VPC endpoint policy”</source>
        <translation>메시지 “… because no VPC endpoint policy allows …” 또는 “… explicit deny in a VPC endpoint policy”</translation>
    </message>
    <message>
        <source>Does the policy of the VPC endpoint the request went through allow this bucket and action?</source>
        <translation>요청이 거쳐 간 VPC 엔드포인트의 정책이 이 버킷과 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:SourceVpce or aws:SourceVpc also apply?</source>
        <translation>aws:SourceVpce 또는 aws:SourceVpc에 대한 버킷 정책 조건도 적용됩니까?</translation>
    </message>
    <message>
        <source>Is ServerTime later than Expires (X-Amz-Date plus X-Amz-Expires)?</source>
        <translation>ServerTime이 Expires(X-Amz-Date에 X-Amz-Expires를 더한 시간)보다 늦습니까?</translation>
    </message>
    <message>
        <source>Was the URL signed on a machine whose clock was far behind, so that it expired early?</source>
        <translation>시계가 크게 뒤처진 머신에서 URL에 서명하여 URL이 일찍 만료되었습니까?</translation>
    </message>
    <message>
        <source>Was the URL signed with temporary credentials that have since expired?</source>
        <translation>URL 서명에 사용한 임시 키가 그 후 만료되었습니까?</translation>
    </message>
    <message>
        <source>Code “SignatureDoesNotMatch”</source>
        <translation>코드 “SignatureDoesNotMatch”</translation>
    </message>
    <message>
        <source>Is the secret access key exactly the one paired with this access key id, without whitespace?</source>
        <translation>비밀 액세스 키가 공백 없이 이 액세스 키 ID와 쌍을 이루는 키와 정확히 일치합니까?</translation>
    </message>
    <message>
        <source>Does the object key or a query value contain spaces, +, %, non-ASCII or other characters that were encoded differently from the signed form?</source>
        <translation>객체 키 또는 쿼리 값에 공백, +, %, 비ASCII 문자 등 서명된 형태와 다르게 인코딩된 문자가 포함되어 있습니까?</translation>
    </message>
    <message>
        <source>Did a browser, proxy or CDN add or change a signed header such as Host, Content-Type or an x-amz- header after signing?</source>
        <translation>서명 후 브라우저, 프록시 또는 CDN이 Host, Content-Type, x-amz- 헤더 같은 서명된 헤더를 추가하거나 변경했습니까?</translation>
    </message>
    <message>
        <source>For a presigned PUT, does the Content-Type sent match the one that was signed?</source>
        <translation>미리 서명된 PUT의 경우, 전송한 Content-Type이 서명된 Content-Type과 일치합니까?</translation>
    </message>
    <message>
        <source>For an S3-compatible store, does the client sign for the endpoint, addressing style and Region the store expects?</source>
        <translation>S3 호환 스토리지의 경우, 클라이언트가 해당 스토리지가 요구하는 엔드포인트, 주소 지정 방식 및 리전으로 서명합니까?</translation>
    </message>
    <message>
        <source>Code “InvalidAccessKeyId”</source>
        <translation>코드 “InvalidAccessKeyId”</translation>
    </message>
    <message>
        <source>Does the access key id exist with status Active, free of spaces or quotes?</source>
        <translation>액세스 키 ID가 공백이나 따옴표 없이 존재하며, 상태가 Active입니까?</translation>
    </message>
    <message>
        <source>Is it a temporary key id (starting with ASIA) sent without its session token?</source>
        <translation>세션 토큰 없이 전송된 임시 키 ID(ASIA로 시작)입니까?</translation>
    </message>
    <message>
        <source>Were keys of an S3-compatible store sent to AWS because the client has no custom endpoint?</source>
        <translation>클라이언트에 사용자 정의 엔드포인트가 설정되지 않아 S3 호환 스토리지의 키가 AWS로 전송되었습니까?</translation>
    </message>
    <message>
        <source>Code “RequestTimeTooSkewed”</source>
        <translation>코드 “RequestTimeTooSkewed”</translation>
    </message>
    <message>
        <source>Are RequestTime and ServerTime more than 15 minutes apart?</source>
        <translation>RequestTime과 ServerTime의 차이가 15분을 초과합니까?</translation>
    </message>
    <message>
        <source>Code “ExpiredToken”, message “The provided token has expired”</source>
        <translation>코드 “ExpiredToken”, 메시지 “The provided token has expired”</translation>
    </message>
    <message>
        <source>Have the temporary credentials passed their Expiration time?</source>
        <translation>임시 키가 Expiration 시간을 지났습니까?</translation>
    </message>
    <message>
        <source>Was a presigned URL signed with these temporary credentials and used after the session ended?</source>
        <translation>이 임시 키로 서명한 미리 서명된 URL을 세션 종료 후에 사용했습니까?</translation>
    </message>
    <message>
        <source>Code “InvalidToken”, message “The provided token is malformed or otherwise invalid”</source>
        <translation>코드 “InvalidToken”, 메시지 “The provided token is malformed or otherwise invalid”</translation>
    </message>
    <message>
        <source>Does the session token belong to the same temporary credential set as the access key id, and is it complete?</source>
        <translation>세션 토큰이 액세스 키 ID와 같은 임시 키 세트에 속하며, 잘리지 않은 완전한 값입니까?</translation>
    </message>
    <message>
        <source>Code “PermanentRedirect” (HTTP 301) with an Endpoint</source>
        <translation>Endpoint가 포함된 코드 “PermanentRedirect”(HTTP 301)</translation>
    </message>
    <message>
        <source>Does the endpoint in the body, or x-amz-bucket-region, differ from the endpoint and Region the client used?</source>
        <translation>응답 본문의 엔드포인트 또는 x-amz-bucket-region이 클라이언트가 사용한 엔드포인트 및 리전과 다릅니까?</translation>
    </message>
    <message>
        <source>Code “AuthorizationHeaderMalformed”: wrong Region or credential</source>
        <translation>코드 “AuthorizationHeaderMalformed”: 잘못된 리전 또는 자격 증명</translation>
    </message>
    <message>
        <source>Does the Region in the credential scope differ from the Region in the body?</source>
        <translation>자격 증명 범위(credential scope)의 리전이 응답 본문의 리전과 다릅니까?</translation>
    </message>
    <message>
        <source>Is this an S3-compatible store that expects the Region us-east-1 (or auto for R2)?</source>
        <translation>리전으로 us-east-1(R2의 경우 auto)을 요구하는 S3 호환 스토리지입니까?</translation>
    </message>
    <message>
        <source>Is the Credential part complete, with a non-empty access key id?</source>
        <translation>Credential 부분이 비어 있지 않은 액세스 키 ID를 포함하여 완전합니까?</translation>
    </message>
    <message>
        <source>Message “CORSResponse: CORS is not enabled for this bucket”</source>
        <translation>메시지 “CORSResponse: CORS is not enabled for this bucket”</translation>
    </message>
    <message>
        <source>Does the bucket have any CORS configuration?</source>
        <translation>버킷에 크로스 도메인(CORS) 설정이 있습니까?</translation>
    </message>
    <message>
        <source>Message “CORSResponse: This CORS request is not allowed”</source>
        <translation>메시지 “CORSResponse: This CORS request is not allowed”</translation>
    </message>
    <message>
        <source>Does a CORS rule list the page&apos;s origin exactly, with scheme and port?</source>
        <translation>CORS 규칙에 페이지의 출처(Origin)가 스킴과 포트까지 정확히 지정되어 있습니까?</translation>
    </message>
    <message>
        <source>Does that rule allow the method in Access-Control-Request-Method?</source>
        <translation>해당 규칙이 Access-Control-Request-Method의 메서드를 허용합니까?</translation>
    </message>
    <message>
        <source>Does it allow every header in Access-Control-Request-Headers?</source>
        <translation>해당 규칙이 Access-Control-Request-Headers의 모든 헤더를 허용합니까?</translation>
    </message>
    <message>
        <source>Browser console: a method or header is not allowed by the CORS preflight response</source>
        <translation>브라우저 콘솔: CORS 사전 요청(preflight) 응답에서 메서드 또는 헤더가 허용되지 않음</translation>
    </message>
    <message>
        <source>Does the matching rule&apos;s AllowedHeaders cover every header the page sends, such as content-type or x-amz-*?</source>
        <translation>일치하는 규칙의 AllowedHeaders가 content-type, x-amz-* 등 페이지가 보내는 모든 헤더를 포함합니까?</translation>
    </message>
    <message>
        <source>Does the matching rule&apos;s AllowedMethods include the page&apos;s method?</source>
        <translation>일치하는 규칙의 AllowedMethods에 페이지의 메서드가 포함되어 있습니까?</translation>
    </message>
    <message>
        <source>Browser console: request blocked by CORS policy</source>
        <translation>브라우저 콘솔: CORS 정책에 의해 요청이 차단됨</translation>
    </message>
    <message>
        <source>Does the bucket have a CORS configuration at all?</source>
        <translation>버킷에 CORS 설정이 존재합니까?</translation>
    </message>
    <message>
        <source>Does a rule match the page&apos;s origin, method and request headers?</source>
        <translation>페이지의 출처(Origin), 메서드 및 요청 헤더와 일치하는 규칙이 있습니까?</translation>
    </message>
    <message>
        <source>Did the actual request fail for another reason (an expired URL, a changed Content-Type), so that the error response lacked CORS headers?</source>
        <translation>실제 요청이 다른 이유(만료된 URL, 변경된 Content-Type 등)로 실패하여 오류 응답에 CORS 헤더가 없었습니까?</translation>
    </message>
    <message>
        <source>Was the presigned URL already expired when the page used it?</source>
        <translation>페이지가 미리 서명된 URL을 사용할 때 URL이 이미 만료되어 있었습니까?</translation>
    </message>
    <message>
        <source>Code “InvalidObjectState”: the object is archived</source>
        <translation>코드 “InvalidObjectState”: 객체가 아카이브됨</translation>
    </message>
    <message>
        <source>Is the object in GLACIER or DEEP_ARCHIVE, with no finished restore?</source>
        <translation>객체가 GLACIER 또는 DEEP_ARCHIVE에 있으며, 복구가 완료되지 않았습니까?</translation>
    </message>
    <message>
        <source>Is it an Intelligent-Tiering object in the Archive Access or Deep Archive Access tier?</source>
        <translation>Archive Access 또는 Deep Archive Access 계층에 있는 Intelligent-Tiering 객체입니까?</translation>
    </message>
    <message>
        <source>Code “AllAccessDisabled”: all access has been disabled</source>
        <translation>코드 “AllAccessDisabled”: 모든 액세스가 비활성화됨</translation>
    </message>
    <message>
        <source>Has AWS disabled the account, the bucket or the object, for example for billing or an abuse report?</source>
        <translation>요금 문제나 악용 신고 등으로 AWS가 계정, 버킷 또는 객체를 비활성화했습니까?</translation>
    </message>
    <message>
        <source>Code “InvalidBucketName”</source>
        <translation>코드 “InvalidBucketName”</translation>
    </message>
    <message>
        <source>Is the bucket name 3 to 63 lowercase letters, digits, dots or hyphens, with no scheme, path or s3:// prefix?</source>
        <translation>버킷 이름이 스킴, 경로, s3:// 접두사 없이 소문자, 숫자, 마침표(.), 하이픈(-)으로 이루어진 3~63자입니까?</translation>
    </message>
    <message>
        <source>Code “AccessControlListNotSupported”: the bucket does not allow ACLs</source>
        <translation>코드 “AccessControlListNotSupported”: 버킷이 ACL을 허용하지 않음</translation>
    </message>
    <message>
        <source>Is Object Ownership set to Bucket owner enforced while the client sends an ACL?</source>
        <translation>객체 소유권이 버킷 소유자 적용으로 설정되어 있는데 클라이언트가 ACL을 보냅니까?</translation>
    </message>
    <message>
        <source>Does the caller&apos;s identity policy allow s3:GetObject (HeadObject) or s3:ListBucket (HeadBucket) here?</source>
        <translation>호출자의 자격 증명 정책이 이 리소스에 대해 s3:GetObject(HeadObject) 또는 s3:ListBucket(HeadBucket)을 허용합니까?</translation>
    </message>
    <message>
        <source>Does a signed GET of the same key show a clock or signature error that the bodiless HEAD hides?</source>
        <translation>같은 키에 서명된 GET 요청을 보내면, 본문 없는 HEAD 응답에서 보이지 않던 시간 또는 서명 오류가 나타납니까?</translation>
    </message>
    <message>
        <source>Is the secret access key right (a bad signature also gives a bare 403 on HEAD)?</source>
        <translation>비밀 액세스 키가 올바릅니까(잘못된 서명도 HEAD에서는 본문 없는 403만 반환)?</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this caller?</source>
        <translation>버킷 정책의 Deny 문이 이 호출자와 일치합니까?</translation>
    </message>
    <message>
        <source>HTTP 403 without a recognisable error code</source>
        <translation>식별 가능한 오류 코드가 없는 HTTP 403</translation>
    </message>
    <message>
        <source>Does the request use the bucket&apos;s own Region and endpoint (compare x-amz-bucket-region)?</source>
        <translation>요청이 버킷의 리전과 엔드포인트를 사용합니까(x-amz-bucket-region과 비교)?</translation>
    </message>
    <message>
        <source>Is the local clock within 15 minutes of the Date header of S3&apos;s response?</source>
        <translation>로컬 시간과 S3 응답의 Date 헤더 시간의 차이가 15분 이내입니까?</translation>
    </message>
    <message>
        <source>For a presigned URL, is the current time still before X-Amz-Date plus X-Amz-Expires?</source>
        <translation>미리 서명된 URL의 경우, 현재 시간이 X-Amz-Date에 X-Amz-Expires를 더한 시간보다 이전입니까?</translation>
    </message>
    <message>
        <source>Are the access key id, secret and session token accepted by a simple signed request?</source>
        <translation>간단한 서명 요청에서 액세스 키 ID, 비밀 키 및 세션 토큰이 정상적으로 인증됩니까?</translation>
    </message>
    <message>
        <source>Was the request sent unsigned to a private bucket or object?</source>
        <translation>비공개 버킷 또는 객체에 서명 없이 요청을 보냈습니까?</translation>
    </message>
    <message>
        <source>Is Block Public Access on while you rely on a public ACL or public policy?</source>
        <translation>퍼블릭 ACL 또는 퍼블릭 정책에 의존하고 있는데 퍼블릭 액세스 차단이 켜져 있습니까?</translation>
    </message>
    <message>
        <source>Does an identity-based policy of the caller allow this action on this bucket or key?</source>
        <translation>호출자의 자격 증명 기반 정책이 이 버킷 또는 키에 대한 이 작업을 허용합니까?</translation>
    </message>
    <message>
        <source>Does a Deny statement in the bucket policy match this request?</source>
        <translation>버킷 정책의 Deny 문이 이 요청과 일치합니까?</translation>
    </message>
    <message>
        <source>Does the browser&apos;s CORS preflight match a CORS rule of the bucket?</source>
        <translation>브라우저의 CORS 사전 요청(preflight)이 버킷의 CORS 규칙과 일치합니까?</translation>
    </message>
    <message>
        <source>Does a bucket policy condition on aws:Referer refuse the page&apos;s Referer?</source>
        <translation>aws:Referer에 대한 버킷 정책 조건이 페이지의 Referer를 거부합니까?</translation>
    </message>
    <message>
        <source>Is the object encrypted with a KMS key that the caller may not use?</source>
        <translation>객체가 호출자가 사용할 수 없는 KMS 키로 암호화되어 있습니까?</translation>
    </message>
    <message>
        <source>No identity-based policy of the calling user or role allows this action.</source>
        <translation>호출하는 사용자 또는 역할의 자격 증명 기반 정책 중 이 작업을 허용하는 정책이 없습니다.</translation>
    </message>
    <message>
        <source>IAM denies by default: unless a policy attached to the user, its groups or the role allows the action on this bucket or key, the request is refused. In the same account an allow in the bucket policy would also do.</source>
        <translation>IAM은 기본적으로 거부합니다. 사용자, 사용자의 그룹 또는 역할에 연결된 정책이 이 버킷 또는 키에 대한 작업을 허용하지 않으면 요청이 거부됩니다. 같은 계정 내에서는 버킷 정책의 허용으로도 충분합니다.</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity with the same credentials to confirm which user or role really sends the request.</source>
        <translation>같은 자격 증명으로 aws sts get-caller-identity를 실행하여 실제로 요청을 보내는 사용자 또는 역할을 확인합니다.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions, or IAM console &gt; Roles &gt; (role) &gt; Permissions, and find a statement that allows the action named in the error.</source>
        <translation>IAM 콘솔 &gt; 사용자 &gt; (사용자) &gt; 권한 또는 IAM 콘솔 &gt; 역할 &gt; (역할) &gt; 권한을 열고, 오류에 표시된 작업을 허용하는 문을 찾습니다.</translation>
    </message>
    <message>
        <source>Check that its Resource covers the request: arn:aws:s3:::bucket for bucket actions such as s3:ListBucket, arn:aws:s3:::bucket/* for object actions such as s3:GetObject and s3:PutObject.</source>
        <translation>해당 문의 Resource가 요청을 포함하는지 확인합니다. s3:ListBucket 같은 버킷 작업에는 arn:aws:s3:::bucket, s3:GetObject 및 s3:PutObject 같은 객체 작업에는 arn:aws:s3:::bucket/*이 필요합니다.</translation>
    </message>
    <message>
        <source>Add the missing Allow, or grant it in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, and retry.</source>
        <translation>누락된 Allow를 추가하거나 S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책에서 권한을 부여한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Use the IAM Policy Simulator to confirm the decision before retrying from the application.</source>
        <translation>애플리케이션에서 다시 시도하기 전에 IAM 정책 시뮬레이터로 평가 결과를 확인합니다.</translation>
    </message>
    <message>
        <source>An identity-based policy of the caller explicitly denies this action.</source>
        <translation>호출자의 자격 증명 기반 정책이 이 작업을 명시적으로 거부합니다.</translation>
    </message>
    <message>
        <source>An explicit Deny wins over every Allow. It may sit in a policy of the user, of one of its groups or of the role, and often carries a condition such as a source IP, MFA or encryption requirement.</source>
        <translation>명시적 Deny는 모든 Allow보다 우선합니다. Deny는 사용자, 사용자가 속한 그룹 또는 역할의 정책에 있을 수 있으며, 소스 IP, MFA, 암호화 요구 사항 같은 조건이 붙는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity to confirm the principal named in the error.</source>
        <translation>aws sts get-caller-identity를 실행하여 오류에 표시된 보안 주체를 확인합니다.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions (and the user&apos;s groups), or IAM console &gt; Roles &gt; (role) &gt; Permissions, and search every policy for a Deny that matches the action and resource.</source>
        <translation>IAM 콘솔 &gt; 사용자 &gt; (사용자) &gt; 권한(사용자의 그룹 포함) 또는 IAM 콘솔 &gt; 역할 &gt; (역할) &gt; 권한을 열고, 모든 정책에서 작업 및 리소스와 일치하는 Deny를 찾습니다.</translation>
    </message>
    <message>
        <source>Read the Deny&apos;s Condition: if it requires something you can supply (a network, MFA, an encryption header), send the request that way.</source>
        <translation>Deny의 Condition을 확인합니다. 충족할 수 있는 조건(네트워크, MFA, 암호화 헤더)이라면 그 조건에 맞게 요청을 보냅니다.</translation>
    </message>
    <message>
        <source>Otherwise narrow or remove the Deny statement, then retry.</source>
        <translation>그렇지 않으면 Deny 문의 범위를 좁히거나 Deny 문을 삭제한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The bucket policy does not grant this principal, and it must.</source>
        <translation>버킷 정책이 이 보안 주체에 권한을 부여하지 않지만, 이 경우에는 반드시 부여해야 합니다.</translation>
    </message>
    <message>
        <source>When the caller belongs to another account, even in the same AWS Organization, its own identity policy is not enough: the bucket owner must also allow it in the bucket policy.</source>
        <translation>호출자가 다른 계정에 속한 경우, 같은 AWS Organization에 있더라도 호출자 자신의 자격 증명 정책만으로는 부족합니다. 버킷 소유자도 버킷 정책에서 호출자를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>Note the principal ARN and the action named in the error.</source>
        <translation>오류에 표시된 보안 주체 ARN과 작업을 기록합니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy in the bucket owner&apos;s account.</source>
        <translation>버킷 소유자 계정에서 S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책을 엽니다.</translation>
    </message>
    <message>
        <source>Add an Allow statement whose Principal is that ARN (or its account) and whose Action and Resource cover the request.</source>
        <translation>Principal이 해당 ARN(또는 그 계정)이고 Action과 Resource가 요청을 포함하는 Allow 문을 추가합니다.</translation>
    </message>
    <message>
        <source>Keep the caller&apos;s own identity policy allowing the same action, then retry.</source>
        <translation>호출자 자신의 자격 증명 정책에서도 같은 작업이 계속 허용되도록 유지한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>A Deny statement in the bucket policy matches this request.</source>
        <translation>버킷 정책의 Deny 문이 이 요청과 일치합니다.</translation>
    </message>
    <message>
        <source>An explicit Deny in the bucket policy blocks the request whatever the identity policies allow. Deny statements often use conditions (source IP, VPC endpoint, TLS, encryption headers, Referer) that the request does not meet.</source>
        <translation>버킷 정책의 명시적 Deny는 자격 증명 정책의 허용 여부와 관계없이 요청을 차단합니다. Deny 문은 요청이 충족하지 않는 조건(소스 IP, VPC 엔드포인트, TLS, 암호화 헤더, Referer)을 사용하는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy.</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책을 엽니다.</translation>
    </message>
    <message>
        <source>Find each statement with Effect Deny whose Principal, Action and Resource match the request, and read its Condition.</source>
        <translation>Effect가 Deny이고 Principal, Action, Resource가 요청과 일치하는 문을 모두 찾아 Condition을 확인합니다.</translation>
    </message>
    <message>
        <source>Send the request so that it meets the condition, or narrow the Deny statement.</source>
        <translation>조건을 충족하도록 요청을 보내거나 Deny 문의 범위를 좁힙니다.</translation>
    </message>
    <message>
        <source>If the policy denies everyone, only the account root user may be able to edit it: sign in as root to fix it.</source>
        <translation>정책이 모든 사용자를 거부하는 경우 계정의 루트 사용자만 정책을 편집할 수 있으므로, 루트 사용자로 로그인하여 수정합니다.</translation>
    </message>
    <message>
        <source>Cross-account access lacks an allow on one of the two sides.</source>
        <translation>계정 간 액세스에서 양측 중 한쪽의 허용이 누락되었습니다.</translation>
    </message>
    <message>
        <source>For a caller from another account, both its identity policy and the bucket policy (or an ACL grant) must allow the request. S3 then answers with a bare Access Denied, without naming the policy.</source>
        <translation>다른 계정의 호출자인 경우, 호출자의 자격 증명 정책과 버킷 정책(또는 ACL 권한 부여)이 모두 요청을 허용해야 합니다. 이때 S3는 정책을 명시하지 않고 Access Denied만 반환합니다.</translation>
    </message>
    <message>
        <source>Run aws sts get-caller-identity to see the caller&apos;s account, and compare it with the bucket owner&apos;s account.</source>
        <translation>aws sts get-caller-identity를 실행하여 호출자의 계정을 확인하고 버킷 소유자의 계정과 비교합니다.</translation>
    </message>
    <message>
        <source>In the caller&apos;s account, open IAM console &gt; Roles &gt; (role) &gt; Permissions and allow the action on the bucket ARN.</source>
        <translation>호출자 계정에서 IAM 콘솔 &gt; 역할 &gt; (역할) &gt; 권한을 열고 버킷 ARN에 대한 작업을 허용합니다.</translation>
    </message>
    <message>
        <source>In the bucket owner&apos;s account, open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and allow the caller&apos;s ARN or account.</source>
        <translation>버킷 소유자 계정에서 S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책을 열고 호출자의 ARN 또는 계정을 허용합니다.</translation>
    </message>
    <message>
        <source>If the objects are encrypted with a KMS key, the key policy must also allow the caller.</source>
        <translation>객체가 KMS 키로 암호화되어 있다면 키 정책에서도 호출자를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>Retry once both sides allow.</source>
        <translation>양측에서 모두 허용한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>No service control policy of the organization allows this action.</source>
        <translation>조직의 서비스 제어 정책 중 이 작업을 허용하는 정책이 없습니다.</translation>
    </message>
    <message>
        <source>Service control policies set the maximum an account may do. When they work as an allow list that leaves out this S3 action, no IAM or bucket policy can grant it.</source>
        <translation>서비스 제어 정책(SCP)은 계정이 수행할 수 있는 최대 권한을 정합니다. SCP가 이 S3 작업이 빠진 허용 목록으로 동작하면 어떤 IAM 정책이나 버킷 정책으로도 권한을 부여할 수 없습니다.</translation>
    </message>
    <message>
        <source>Note the action named in the error.</source>
        <translation>오류에 표시된 작업을 기록합니다.</translation>
    </message>
    <message>
        <source>Ask the administrator of the AWS Organizations management account to review AWS Organizations console &gt; Policies &gt; Service control policies for the account and its organizational units.</source>
        <translation>AWS Organizations 관리 계정의 관리자에게 AWS Organizations 콘솔 &gt; 정책 &gt; 서비스 제어 정책에서 해당 계정과 조직 단위(OU)에 적용된 정책을 검토하도록 요청합니다.</translation>
    </message>
    <message>
        <source>Add the action to an SCP that applies to the account, then retry.</source>
        <translation>계정에 적용되는 SCP에 해당 작업을 추가한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>A service control policy of the organization explicitly denies this action.</source>
        <translation>조직의 서비스 제어 정책이 이 작업을 명시적으로 거부합니다.</translation>
    </message>
    <message>
        <source>A Deny in an SCP applies to every principal of the account, including administrators. Such denies often restrict Regions or require encryption or tags.</source>
        <translation>SCP의 Deny는 관리자를 포함한 계정의 모든 보안 주체에 적용됩니다. 이러한 Deny는 리전을 제한하거나 암호화 또는 태그를 요구하는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Ask the organization administrator which SCP in AWS Organizations console &gt; Policies &gt; Service control policies denies the action.</source>
        <translation>조직 관리자에게 AWS Organizations 콘솔 &gt; 정책 &gt; 서비스 제어 정책에서 어떤 SCP가 해당 작업을 거부하는지 문의합니다.</translation>
    </message>
    <message>
        <source>If the Deny has a condition you can meet (an allowed Region, an encryption header, a tag), send the request that way.</source>
        <translation>Deny에 충족할 수 있는 조건(허용된 리전, 암호화 헤더, 태그)이 있다면 그 조건에 맞게 요청을 보냅니다.</translation>
    </message>
    <message>
        <source>Otherwise request an exception in the SCP, then retry.</source>
        <translation>그렇지 않으면 SCP에 예외를 요청한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The permissions boundary of the user or role does not allow this action.</source>
        <translation>사용자 또는 역할의 권한 경계가 이 작업을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>A permissions boundary caps what the identity policies can grant: the action must be allowed by both, and a Deny in the boundary blocks it.</source>
        <translation>권한 경계는 자격 증명 정책이 부여할 수 있는 권한의 상한을 정합니다. 작업은 양쪽 모두에서 허용되어야 하며, 권한 경계의 Deny는 작업을 차단합니다.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Permissions (or Roles &gt; (role) &gt; Permissions) and look at Permissions boundary.</source>
        <translation>IAM 콘솔 &gt; 사용자 &gt; (사용자) &gt; 권한(또는 역할 &gt; (역할) &gt; 권한)을 열고 권한 경계를 확인합니다.</translation>
    </message>
    <message>
        <source>Allow the action and resource in the boundary policy, or remove a Deny there, with the help of whoever manages boundaries.</source>
        <translation>권한 경계 관리자의 도움을 받아 경계 정책에서 해당 작업과 리소스를 허용하거나 Deny를 삭제합니다.</translation>
    </message>
    <message>
        <source>Retry once the boundary and the identity policy both allow the action.</source>
        <translation>권한 경계와 자격 증명 정책이 모두 작업을 허용하면 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The session policy of the temporary credentials leaves this action out.</source>
        <translation>임시 키의 세션 정책에 이 작업이 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>A session policy passed to AssumeRole or GetFederationToken narrows the role&apos;s permissions: the effective rights are what both allow.</source>
        <translation>AssumeRole 또는 GetFederationToken에 전달된 세션 정책은 역할의 권한을 제한합니다. 유효 권한은 양쪽 모두가 허용하는 범위입니다.</translation>
    </message>
    <message>
        <source>Find the code or service that issues the temporary credentials (AssumeRole, GetFederationToken, an identity broker).</source>
        <translation>임시 키를 발급하는 코드 또는 서비스(AssumeRole, GetFederationToken, ID 브로커)를 찾습니다.</translation>
    </message>
    <message>
        <source>Add the action and resource to the Policy or PolicyArns it passes, or drop the session policy.</source>
        <translation>전달하는 Policy 또는 PolicyArns에 작업과 리소스를 추가하거나 세션 정책을 제거합니다.</translation>
    </message>
    <message>
        <source>Request new credentials and retry: existing ones keep their old session policy.</source>
        <translation>새 임시 키를 요청한 후 다시 시도합니다. 기존 임시 키에는 이전 세션 정책이 그대로 적용됩니다.</translation>
    </message>
    <message>
        <source>Block Public Access refuses a public ACL or a public bucket policy.</source>
        <translation>퍼블릭 액세스 차단이 퍼블릭 ACL 또는 퍼블릭 버킷 정책을 거부합니다.</translation>
    </message>
    <message>
        <source>With Block Public Access on, S3 rejects requests that set a public ACL or a public policy, and ignores existing public grants, so public reads fail too.</source>
        <translation>퍼블릭 액세스 차단이 켜져 있으면 S3는 퍼블릭 ACL 또는 퍼블릭 정책을 설정하는 요청을 거부하고 기존 퍼블릭 권한도 무시하므로, 퍼블릭 읽기도 실패합니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Block public access (bucket settings), and check the account-level setting too.</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 퍼블릭 액세스 차단(버킷 설정)을 열고, 계정 수준 설정도 확인합니다.</translation>
    </message>
    <message>
        <source>Prefer not to make the data public: serve it through presigned URLs or a CDN with origin access instead.</source>
        <translation>가능하면 데이터를 퍼블릭으로 공개하지 말고, 미리 서명된 URL 또는 오리진 액세스를 설정한 CDN을 통해 제공합니다.</translation>
    </message>
    <message>
        <source>If public access is truly intended, turn off only the setting that blocks it, then set the ACL or policy again.</source>
        <translation>퍼블릭 액세스가 정말 의도한 것이라면, 이를 차단하는 설정만 끈 후 ACL 또는 정책을 다시 설정합니다.</translation>
    </message>
    <message>
        <source>ACLs are disabled or do not apply because of Object Ownership.</source>
        <translation>객체 소유권 설정으로 인해 ACL이 비활성화되었거나 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>With Object Ownership set to Bucket owner enforced, ACLs are disabled: requests that set a non-default ACL fail and ACL grants give no access. With ACLs enabled, an object uploaded by another account belongs to that account, so the bucket owner may not read it.</source>
        <translation>객체 소유권이 버킷 소유자 적용으로 설정되어 있으면 ACL이 비활성화됩니다. 기본값이 아닌 ACL을 설정하는 요청은 실패하며, ACL 권한 부여로는 액세스 권한이 생기지 않습니다. ACL이 활성화되어 있으면 다른 계정이 업로드한 객체는 해당 계정의 소유가 되므로, 버킷 소유자가 읽지 못할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Object Ownership.</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 객체 소유권을 엽니다.</translation>
    </message>
    <message>
        <source>With Bucket owner enforced, remove the x-amz-acl header or ACL option from the client and grant access with policies instead.</source>
        <translation>버킷 소유자 적용인 경우, 클라이언트에서 x-amz-acl 헤더 또는 ACL 옵션을 제거하고 대신 정책으로 액세스 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>If you rely on ACL grants, express them as bucket policy statements.</source>
        <translation>ACL 권한 부여에 의존하고 있다면 이를 버킷 정책 문으로 바꿔 작성합니다.</translation>
    </message>
    <message>
        <source>For objects written by another account, switch to Bucket owner enforced, which makes the bucket owner own every object, or have the writers send bucket-owner-full-control.</source>
        <translation>다른 계정이 쓴 객체의 경우, 버킷 소유자가 모든 객체를 소유하게 하는 버킷 소유자 적용으로 전환하거나, 업로드하는 쪽에서 bucket-owner-full-control을 보내도록 합니다.</translation>
    </message>
    <message>
        <source>The object does not exist, and without s3:ListBucket S3 answers 403 instead of 404.</source>
        <translation>객체가 존재하지 않으며, s3:ListBucket 권한이 없으면 S3는 404 대신 403을 반환합니다.</translation>
    </message>
    <message>
        <source>S3 hides whether a key exists from callers who may not list the bucket. A wrong key, a missing prefix or a case difference then shows up as 403 Forbidden.</source>
        <translation>S3는 버킷을 나열할 권한이 없는 호출자에게 키의 존재 여부를 알리지 않습니다. 따라서 잘못된 키, 누락된 접두사, 대소문자 차이가 403 Forbidden으로 나타납니다.</translation>
    </message>
    <message>
        <source>List the key with credentials that may list the bucket, for example aws s3 ls s3://bucket/prefix/, and compare the exact key, including case and leading slashes.</source>
        <translation>버킷을 나열할 수 있는 자격 증명으로 키를 조회하고(예: aws s3 ls s3://bucket/prefix/), 대소문자와 앞쪽 슬래시까지 포함하여 정확한 키를 비교합니다.</translation>
    </message>
    <message>
        <source>Fix the key in the client if it differs.</source>
        <translation>키가 다르면 클라이언트에서 키를 수정합니다.</translation>
    </message>
    <message>
        <source>To get a clear 404 next time, allow s3:ListBucket on arn:aws:s3:::bucket for the caller.</source>
        <translation>다음부터 명확한 404를 받으려면 호출자에게 arn:aws:s3:::bucket에 대한 s3:ListBucket을 허용합니다.</translation>
    </message>
    <message>
        <source>An unsigned request reached a private bucket or object.</source>
        <translation>서명되지 않은 요청이 비공개 버킷 또는 객체에 도달했습니다.</translation>
    </message>
    <message>
        <source>Without an Authorization header or X-Amz-Signature the request is anonymous. S3 buckets and objects are private unless a bucket policy allows everyone and Block Public Access permits it.</source>
        <translation>Authorization 헤더나 X-Amz-Signature가 없으면 익명 요청입니다. 버킷 정책이 모든 사용자를 허용하고 퍼블릭 액세스 차단 설정에서도 이를 허용하는 경우가 아니면, S3 버킷과 객체는 비공개입니다.</translation>
    </message>
    <message>
        <source>Check whether the request carries an Authorization header or X-Amz-Signature; a plain link opened in a browser carries neither.</source>
        <translation>요청에 Authorization 헤더 또는 X-Amz-Signature가 있는지 확인합니다. 브라우저에서 여는 일반 링크에는 둘 다 없습니다.</translation>
    </message>
    <message>
        <source>If the data should stay private, sign the request with an SDK or hand out a presigned URL.</source>
        <translation>데이터를 비공개로 유지해야 한다면 SDK로 요청에 서명하거나 미리 서명된 URL을 제공합니다.</translation>
    </message>
    <message>
        <source>If it should be public, allow s3:GetObject for everyone in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy, after checking Block public access on the same page.</source>
        <translation>퍼블릭으로 공개해야 한다면 같은 페이지의 퍼블릭 액세스 차단을 확인한 후, S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책에서 모든 사용자에게 s3:GetObject를 허용합니다.</translation>
    </message>
    <message>
        <source>The access key id does not exist, was deleted or is mistyped.</source>
        <translation>액세스 키 ID가 존재하지 않거나, 삭제되었거나, 잘못 입력되었습니다.</translation>
    </message>
    <message>
        <source>S3 does not know the access key id in the request. It may have been deleted or deactivated, belong to another partition or store, or contain a typo or stray whitespace.</source>
        <translation>S3가 요청의 액세스 키 ID를 인식하지 못합니다. 키가 삭제 또는 비활성화되었거나, 다른 파티션 또는 스토리지에 속하거나, 오타나 불필요한 공백이 포함되어 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Print the access key id the client really uses (environment variables, profile, credentials file) and look for spaces, quotes or line breaks.</source>
        <translation>클라이언트가 실제로 사용하는 액세스 키 ID(환경 변수, 프로필, 자격 증명 파일)를 출력하여 공백, 따옴표, 줄 바꿈이 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Open IAM console &gt; Users &gt; (user) &gt; Security credentials &gt; Access keys and check that the key exists and its status is Active.</source>
        <translation>IAM 콘솔 &gt; 사용자 &gt; (사용자) &gt; 보안 자격 증명 &gt; 액세스 키를 열고, 키가 존재하며 상태가 Active인지 확인합니다.</translation>
    </message>
    <message>
        <source>Create a new access key if it was deleted, and update the client configuration.</source>
        <translation>키가 삭제되었다면 새 액세스 키를 생성하고 클라이언트 설정을 업데이트합니다.</translation>
    </message>
    <message>
        <source>For an S3-compatible store, use that store&apos;s keys and endpoint, not AWS ones.</source>
        <translation>S3 호환 스토리지의 경우 AWS의 키와 엔드포인트가 아닌 해당 스토리지의 키와 엔드포인트를 사용합니다.</translation>
    </message>
    <message>
        <source>The secret access key does not match the access key id.</source>
        <translation>비밀 액세스 키가 액세스 키 ID와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>S3 found the access key id but the signature, computed with the secret it holds, differs. A secret from another key pair, a typo or whitespace around the secret gives exactly this.</source>
        <translation>S3가 액세스 키 ID는 찾았지만, 보관 중인 비밀 키로 계산한 서명이 요청의 서명과 다릅니다. 다른 키 쌍의 비밀 키, 오타 또는 비밀 키 앞뒤의 공백이 바로 이 오류를 일으킵니다.</translation>
    </message>
    <message>
        <source>Check that the secret access key belongs to the same key pair as the access key id, with no leading or trailing whitespace.</source>
        <translation>비밀 액세스 키가 액세스 키 ID와 같은 키 쌍에 속하고, 앞뒤에 공백이 없는지 확인합니다.</translation>
    </message>
    <message>
        <source>Look for an older secret left in an environment variable, profile or credentials file that takes precedence.</source>
        <translation>우선 적용되는 환경 변수, 프로필 또는 자격 증명 파일에 이전 비밀 키가 남아 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>If in doubt, create a new access key in IAM console &gt; Users &gt; (user) &gt; Security credentials, or in the S3-compatible store&apos;s admin console, and configure both halves together.</source>
        <translation>확실하지 않으면 IAM 콘솔 &gt; 사용자 &gt; (사용자) &gt; 보안 자격 증명 또는 S3 호환 스토리지의 관리 콘솔에서 새 액세스 키를 생성하고, 액세스 키 ID와 비밀 키를 함께 설정합니다.</translation>
    </message>
    <message>
        <source>The object key or a query value was encoded differently from what was signed.</source>
        <translation>객체 키 또는 쿼리 값이 서명된 형태와 다르게 인코딩되었습니다.</translation>
    </message>
    <message>
        <source>SigV4 signs the path and every query parameter URI-encoded exactly once. Spaces, +, %, * and non-ASCII characters are often encoded twice, not at all, or with + for a space.</source>
        <translation>SigV4는 경로와 모든 쿼리 매개변수를 정확히 한 번 URI 인코딩한 상태로 서명합니다. 공백, +, %, *, 비ASCII 문자는 두 번 인코딩되거나, 전혀 인코딩되지 않거나, 공백이 +로 인코딩되는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Compare the CanonicalRequest in the error body with the one your client built; the first difference is usually in the path or the query line.</source>
        <translation>오류 본문의 CanonicalRequest를 클라이언트가 생성한 CanonicalRequest와 비교합니다. 첫 번째 차이는 대개 경로 또는 쿼리 줄에 있습니다.</translation>
    </message>
    <message>
        <source>Encode each path segment once with RFC 3986 rules (space as %20, + as %2B), keep the slashes, and do not encode an already encoded key again.</source>
        <translation>각 경로 세그먼트를 RFC 3986 규칙(공백은 %20, +는 %2B)에 따라 한 번만 인코딩하고, 슬래시는 그대로 두며, 이미 인코딩된 키를 다시 인코딩하지 않습니다.</translation>
    </message>
    <message>
        <source>Prefer the SDK&apos;s own methods over hand-built URLs, and retry with a key without special characters to confirm.</source>
        <translation>직접 만든 URL 대신 SDK 자체 메서드를 사용하고, 특수 문자가 없는 키로 다시 시도하여 확인합니다.</translation>
    </message>
    <message>
        <source>The request sent differs from the request that was signed.</source>
        <translation>전송된 요청이 서명된 요청과 다릅니다.</translation>
    </message>
    <message>
        <source>The keys are right but a signed part changed after signing: a browser or proxy set another Content-Type, Host or x-amz- header, or the client signed one host or path form and sent another.</source>
        <translation>키는 올바르지만 서명 후에 서명된 부분이 변경되었습니다. 브라우저나 프록시가 다른 Content-Type, Host 또는 x-amz- 헤더를 설정했거나, 클라이언트가 서명한 호스트 또는 경로 형식과 다른 형식으로 요청을 보냈습니다.</translation>
    </message>
    <message>
        <source>Compare the StringToSign and CanonicalRequest in the error body with the ones your client computed, line by line.</source>
        <translation>오류 본문의 StringToSign 및 CanonicalRequest를 클라이언트가 계산한 값과 한 줄씩 비교합니다.</translation>
    </message>
    <message>
        <source>For a presigned PUT, send exactly the Content-Type (and other signed headers) that were used when signing, or leave them out of the signature.</source>
        <translation>미리 서명된 PUT의 경우 서명 시 사용한 Content-Type(및 기타 서명된 헤더)을 그대로 보내거나, 해당 헤더를 서명에서 제외합니다.</translation>
    </message>
    <message>
        <source>Check proxies, gateways and CDNs that rewrite Host or add headers; sign the host the server will see.</source>
        <translation>Host를 변경하거나 헤더를 추가하는 프록시, 게이트웨이, CDN을 확인하고, 서버가 실제로 받는 호스트로 서명합니다.</translation>
    </message>
    <message>
        <source>Make sure the addressing style (virtual-hosted or path-style) and the endpoint used for signing match the URL actually sent.</source>
        <translation>서명에 사용한 주소 지정 방식(가상 호스팅 방식 또는 경로 방식)과 엔드포인트가 실제로 전송한 URL과 일치하는지 확인합니다.</translation>
    </message>
    <message>
        <source>The client clock differs from S3 time by more than 15 minutes.</source>
        <translation>클라이언트 시간과 S3 시간의 차이가 15분을 초과합니다.</translation>
    </message>
    <message>
        <source>S3 refuses signed requests whose time (x-amz-date or Date) is more than 15 minutes from its own. The error body shows RequestTime, ServerTime and MaxAllowedSkewMilliseconds 900000.</source>
        <translation>S3는 요청 시간(x-amz-date 또는 Date)이 S3 시간과 15분 넘게 차이 나는 서명 요청을 거부합니다. 오류 본문에는 RequestTime, ServerTime 및 MaxAllowedSkewMilliseconds 900000이 표시됩니다.</translation>
    </message>
    <message>
        <source>Compare RequestTime and ServerTime in the error body, or the local UTC time with the Date header of any S3 response.</source>
        <translation>오류 본문의 RequestTime과 ServerTime을 비교하거나, 로컬 UTC 시간을 S3 응답의 Date 헤더와 비교합니다.</translation>
    </message>
    <message>
        <source>Turn on automatic time synchronisation (NTP) on the machine or container host, and check its time zone setting.</source>
        <translation>머신 또는 컨테이너 호스트에서 자동 시간 동기화(NTP)를 켜고 시간대 설정을 확인합니다.</translation>
    </message>
    <message>
        <source>Retry; an SDK option that corrects clock skew is only a stopgap.</source>
        <translation>다시 시도합니다. 시간 편차를 보정하는 SDK 옵션은 임시방편일 뿐입니다.</translation>
    </message>
    <message>
        <source>The presigned URL or signature has passed its expiry.</source>
        <translation>미리 서명된 URL 또는 서명이 만료되었습니다.</translation>
    </message>
    <message>
        <source>A presigned URL is valid for X-Amz-Expires seconds after X-Amz-Date, at most 7 days. After that S3 answers Request has expired, with the Expires and ServerTime of the check.</source>
        <translation>미리 서명된 URL은 X-Amz-Date로부터 X-Amz-Expires초 동안 유효하며, 최대 7일입니다. 그 이후에는 S3가 확인 시점의 Expires 및 ServerTime과 함께 Request has expired를 반환합니다.</translation>
    </message>
    <message>
        <source>Compare Expires with ServerTime in the error body, or X-Amz-Date plus X-Amz-Expires in the URL with the current UTC time.</source>
        <translation>오류 본문의 Expires와 ServerTime을 비교하거나, URL의 X-Amz-Date에 X-Amz-Expires를 더한 시간을 현재 UTC 시간과 비교합니다.</translation>
    </message>
    <message>
        <source>Generate a new presigned URL just before it is needed, with an expiry long enough for the download or upload.</source>
        <translation>필요한 시점 직전에 다운로드 또는 업로드에 충분한 유효 기간으로 새 미리 서명된 URL을 생성합니다.</translation>
    </message>
    <message>
        <source>URLs signed with temporary credentials stop working when the session ends, whatever X-Amz-Expires says: sign long-lived URLs with long-term credentials.</source>
        <translation>임시 키로 서명한 URL은 X-Amz-Expires 값과 관계없이 세션이 끝나면 사용할 수 없습니다. 오래 사용할 URL은 장기 자격 증명으로 서명합니다.</translation>
    </message>
    <message>
        <source>The session token of the temporary credentials has expired.</source>
        <translation>임시 키의 세션 토큰이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Temporary credentials from STS, an instance or container role, or SSO stop working at their expiry time, and S3 answers ExpiredToken (HTTP 400).</source>
        <translation>STS, 인스턴스 또는 컨테이너 역할, SSO에서 발급한 임시 키는 만료 시간이 지나면 사용할 수 없으며, S3는 ExpiredToken(HTTP 400)을 반환합니다.</translation>
    </message>
    <message>
        <source>Request fresh temporary credentials (AssumeRole, aws sso login, or let the SDK refresh them) and retry.</source>
        <translation>새 임시 키를 요청(AssumeRole, aws sso login 또는 SDK의 자동 갱신)한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Do not cache credentials longer than their Expiration; let the SDK&apos;s credential provider refresh them.</source>
        <translation>자격 증명을 Expiration보다 오래 캐시하지 말고, SDK의 자격 증명 공급자가 갱신하도록 합니다.</translation>
    </message>
    <message>
        <source>If sessions are too short, raise the role&apos;s maximum session duration or ask for a longer DurationSeconds.</source>
        <translation>세션이 너무 짧다면 역할의 최대 세션 지속 시간을 늘리거나 더 긴 DurationSeconds를 요청합니다.</translation>
    </message>
    <message>
        <source>The session token is missing, malformed or does not belong to the access key id.</source>
        <translation>세션 토큰이 없거나, 형식이 잘못되었거나, 액세스 키 ID와 짝이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Temporary access key ids (starting with ASIA) work only with their own session token in X-Amz-Security-Token. A missing, truncated or mismatched token makes S3 reject the key or the token.</source>
        <translation>임시 액세스 키 ID(ASIA로 시작)는 X-Amz-Security-Token에 해당 세션 토큰이 있어야만 동작합니다. 토큰이 없거나, 잘렸거나, 짝이 맞지 않으면 S3가 키 또는 토큰을 거부합니다.</translation>
    </message>
    <message>
        <source>Check that the access key id, secret and session token all come from the same temporary credential set.</source>
        <translation>액세스 키 ID, 비밀 키, 세션 토큰이 모두 같은 임시 키 세트에서 나온 것인지 확인합니다.</translation>
    </message>
    <message>
        <source>Send the token in X-Amz-Security-Token (header or presigned URL) and make sure it is signed; check it was not truncated or wrapped.</source>
        <translation>토큰을 X-Amz-Security-Token(헤더 또는 미리 서명된 URL)으로 보내고 서명에 포함되었는지 확인합니다. 토큰이 잘리거나 줄 바꿈되지 않았는지도 확인합니다.</translation>
    </message>
    <message>
        <source>Request new credentials if in doubt, and retry.</source>
        <translation>확실하지 않으면 새 자격 증명을 요청한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The bucket has no CORS configuration.</source>
        <translation>버킷에 CORS 설정이 없습니다.</translation>
    </message>
    <message>
        <source>Without a CORS configuration S3 refuses every cross-origin preflight, and the browser blocks the page&apos;s request.</source>
        <translation>CORS 설정이 없으면 S3는 모든 크로스 도메인 사전 요청(preflight)을 거부하고, 브라우저는 페이지의 요청을 차단합니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; CORS(Cross-Origin Resource Sharing)를 엽니다.</translation>
    </message>
    <message>
        <source>Add a rule with the page&apos;s exact origin (scheme, host and port), the methods it uses and the request headers it sends (for example x-amz-*, content-type).</source>
        <translation>스킴, 호스트, 포트를 포함한 페이지의 정확한 출처(Origin), 페이지가 사용하는 메서드, 페이지가 보내는 요청 헤더(예: x-amz-*, content-type)를 지정한 규칙을 추가합니다.</translation>
    </message>
    <message>
        <source>Add ETag and other headers the page must read to ExposeHeaders, then reload the page without cache.</source>
        <translation>페이지에서 읽어야 하는 ETag 등의 헤더를 ExposeHeaders에 추가한 후, 캐시 없이 페이지를 새로 고칩니다.</translation>
    </message>
    <message>
        <source>No CORS rule matches the origin, method or request headers.</source>
        <translation>출처(Origin), 메서드 또는 요청 헤더와 일치하는 CORS 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>S3 uses the first rule that matches the Origin, the requested method and every requested header. If none matches, the preflight fails.</source>
        <translation>S3는 Origin, 요청 메서드 및 요청된 모든 헤더와 일치하는 첫 번째 규칙을 사용합니다. 일치하는 규칙이 없으면 사전 요청(preflight)이 실패합니다.</translation>
    </message>
    <message>
        <source>Read the rules in S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Cross-origin resource sharing (CORS).</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; CORS(Cross-Origin Resource Sharing)에서 규칙을 확인합니다.</translation>
    </message>
    <message>
        <source>Compare the page&apos;s Origin exactly, including scheme and port, with AllowedOrigins.</source>
        <translation>페이지의 Origin을 스킴과 포트까지 포함하여 AllowedOrigins와 정확히 비교합니다.</translation>
    </message>
    <message>
        <source>Check that AllowedMethods holds the method in Access-Control-Request-Method, and that AllowedHeaders covers every header in Access-Control-Request-Headers.</source>
        <translation>AllowedMethods에 Access-Control-Request-Method의 메서드가 포함되어 있는지, AllowedHeaders가 Access-Control-Request-Headers의 모든 헤더를 포함하는지 확인합니다.</translation>
    </message>
    <message>
        <source>Remember that the first matching rule wins; fix or reorder the rules and reload without cache.</source>
        <translation>처음 일치하는 규칙이 적용된다는 점에 유의합니다. 규칙을 수정하거나 순서를 변경한 후 캐시 없이 새로 고칩니다.</translation>
    </message>
    <message>
        <source>A bucket policy condition on aws:Referer refuses this Referer.</source>
        <translation>aws:Referer에 대한 버킷 정책 조건이 이 Referer를 거부합니다.</translation>
    </message>
    <message>
        <source>S3 has no hotlink feature of its own: hotlink protection is a bucket policy statement with an aws:Referer condition. A request whose Referer is missing or not in the list gets a plain Access Denied.</source>
        <translation>S3에는 자체 링크 도용 방지 기능이 없으며, 링크 도용 방지는 aws:Referer 조건이 있는 버킷 정책 문으로 구현합니다. Referer가 없거나 목록에 없는 요청은 일반적인 Access Denied를 받습니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and find the statement with aws:Referer.</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책을 열고 aws:Referer가 있는 문을 찾습니다.</translation>
    </message>
    <message>
        <source>Compare the request&apos;s Referer header with the patterns; a link opened directly, or a page with a strict Referrer-Policy, sends none.</source>
        <translation>요청의 Referer 헤더를 패턴과 비교합니다. 직접 연 링크나 엄격한 Referrer-Policy가 설정된 페이지는 Referer를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Add the missing site pattern, and remember that Referer is easy to forge: use presigned URLs for data that must stay private.</source>
        <translation>누락된 사이트 패턴을 추가합니다. Referer는 쉽게 위조할 수 있으므로, 비공개로 유지해야 하는 데이터에는 미리 서명된 URL을 사용합니다.</translation>
    </message>
    <message>
        <source>The request went to the wrong Region or endpoint for this bucket.</source>
        <translation>요청이 이 버킷의 리전 또는 엔드포인트가 아닌 곳으로 전송되었습니다.</translation>
    </message>
    <message>
        <source>Each bucket lives in one Region. A request to another regional endpoint, or signed with another Region in the credential scope, is redirected or refused; the body names the right endpoint or Region.</source>
        <translation>각 버킷은 하나의 리전에 속합니다. 다른 리전의 엔드포인트로 보내거나 자격 증명 범위에 다른 리전을 넣어 서명한 요청은 리디렉션되거나 거부되며, 응답 본문에 올바른 엔드포인트 또는 리전이 표시됩니다.</translation>
    </message>
    <message>
        <source>Read Endpoint or Region in the error body, or the x-amz-bucket-region response header.</source>
        <translation>오류 본문의 Endpoint 또는 Region, 또는 x-amz-bucket-region 응답 헤더를 확인합니다.</translation>
    </message>
    <message>
        <source>Set that Region in the client (for example AWS_REGION or the region option of the SDK) and use its endpoint, such as bucket.s3.region.amazonaws.com.</source>
        <translation>클라이언트에 해당 리전을 설정하고(예: AWS_REGION 또는 SDK의 region 옵션), bucket.s3.region.amazonaws.com 같은 해당 리전의 엔드포인트를 사용합니다.</translation>
    </message>
    <message>
        <source>Retry; avoid the legacy global endpoint s3.amazonaws.com for buckets outside us-east-1.</source>
        <translation>다시 시도합니다. us-east-1 이외 리전의 버킷에는 레거시 글로벌 엔드포인트 s3.amazonaws.com을 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>The client is not set up for the S3-compatible store&apos;s endpoint, addressing style or Region.</source>
        <translation>클라이언트가 S3 호환 스토리지의 엔드포인트, 주소 지정 방식 또는 리전에 맞게 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>MinIO, Cloudflare R2 and Ceph need a custom endpoint, often path-style addressing, and usually the Region us-east-1 in the signature (R2 also accepts auto). Without them the request goes to AWS or is signed for the wrong host or Region.</source>
        <translation>MinIO, Cloudflare R2, Ceph에는 사용자 정의 엔드포인트가 필요하며, 대개 경로 방식 주소 지정과 서명 시 리전 us-east-1이 필요합니다(R2는 auto도 허용). 이러한 설정이 없으면 요청이 AWS로 전송되거나 잘못된 호스트 또는 리전으로 서명됩니다.</translation>
    </message>
    <message>
        <source>Set the store&apos;s endpoint URL explicitly in the client; without it the SDK sends the request to AWS.</source>
        <translation>클라이언트에 스토리지의 엔드포인트 URL을 명시적으로 설정합니다. 설정하지 않으면 SDK가 요청을 AWS로 보냅니다.</translation>
    </message>
    <message>
        <source>Turn on path-style addressing (for example force_path_style or addressing_style path) unless the store is set up for virtual-hosted buckets.</source>
        <translation>스토리지가 가상 호스팅 방식 버킷으로 설정되어 있지 않다면 경로 방식 주소 지정(예: force_path_style 또는 addressing_style path)을 켭니다.</translation>
    </message>
    <message>
        <source>Use the Region the store expects, usually us-east-1, and make sure any proxy in front keeps the Host header unchanged.</source>
        <translation>스토리지가 요구하는 리전(대개 us-east-1)을 사용하고, 앞단의 프록시가 Host 헤더를 변경하지 않는지 확인합니다.</translation>
    </message>
    <message>
        <source>The object is in an archive storage class or tier and has not been restored.</source>
        <translation>객체가 아카이브 스토리지 클래스 또는 계층에 있으며 복구되지 않았습니다.</translation>
    </message>
    <message>
        <source>Objects in S3 Glacier Flexible Retrieval (GLACIER) and Glacier Deep Archive, and Intelligent-Tiering objects moved to the Archive Access or Deep Archive Access tiers, cannot be read until they are restored.</source>
        <translation>S3 Glacier Flexible Retrieval(GLACIER) 및 Glacier Deep Archive의 객체와 Archive Access 또는 Deep Archive Access 계층으로 이동한 Intelligent-Tiering 객체는 복구하기 전까지 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Run aws s3api head-object on the key and read StorageClass, ArchiveStatus and Restore.</source>
        <translation>해당 키에 대해 aws s3api head-object를 실행하고 StorageClass, ArchiveStatus, Restore를 확인합니다.</translation>
    </message>
    <message>
        <source>For GLACIER or DEEP_ARCHIVE, start a restore (aws s3api restore-object with Days and a retrieval tier, or S3 console &gt; Buckets &gt; (bucket) &gt; (object) &gt; Actions &gt; Initiate restore).</source>
        <translation>GLACIER 또는 DEEP_ARCHIVE의 경우 복구를 시작합니다(Days와 검색 계층을 지정한 aws s3api restore-object, 또는 S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; (객체) &gt; 작업 &gt; 복원 시작).</translation>
    </message>
    <message>
        <source>For Intelligent-Tiering archive tiers, start a restore without Days; the object moves back to the Frequent Access tier.</source>
        <translation>Intelligent-Tiering 아카이브 계층의 경우 Days 없이 복구를 시작합니다. 객체는 Frequent Access 계층으로 다시 이동합니다.</translation>
    </message>
    <message>
        <source>Wait until Restore shows ongoing-request=false, then read the object again.</source>
        <translation>Restore에 ongoing-request=false가 표시될 때까지 기다린 후 객체를 다시 읽습니다.</translation>
    </message>
    <message>
        <source>The caller may not use the KMS key that encrypts the object.</source>
        <translation>호출자에게 객체를 암호화한 KMS 키를 사용할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>For SSE-KMS objects S3 calls KMS on the caller&apos;s behalf: reads need kms:Decrypt, writes need kms:GenerateDataKey, and the key policy (and for other accounts the caller&apos;s identity policy) must allow them.</source>
        <translation>SSE-KMS 객체의 경우 S3가 호출자를 대신하여 KMS를 호출합니다. 읽기에는 kms:Decrypt, 쓰기에는 kms:GenerateDataKey가 필요하며, 키 정책(다른 계정의 경우 호출자의 자격 증명 정책도)에서 이를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>Find the key in the error, or in the x-amz-server-side-encryption-aws-kms-key-id header of aws s3api head-object.</source>
        <translation>오류 메시지 또는 aws s3api head-object 결과의 x-amz-server-side-encryption-aws-kms-key-id 헤더에서 키를 찾습니다.</translation>
    </message>
    <message>
        <source>Open KMS console &gt; Customer managed keys &gt; (key) &gt; Key policy and allow the caller kms:Decrypt (and kms:GenerateDataKey for uploads).</source>
        <translation>KMS 콘솔 &gt; 고객 관리형 키 &gt; (키) &gt; 키 정책을 열고 호출자에게 kms:Decrypt(업로드의 경우 kms:GenerateDataKey도)를 허용합니다.</translation>
    </message>
    <message>
        <source>Allow the same actions on the key ARN in the caller&apos;s identity policy, then retry.</source>
        <translation>호출자의 자격 증명 정책에서도 키 ARN에 대해 같은 작업을 허용한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>An AWS managed key (aws/s3) cannot be shared with other accounts: use a customer managed key for cross-account access.</source>
        <translation>AWS 관리형 키(aws/s3)는 다른 계정과 공유할 수 없으므로, 계정 간 액세스에는 고객 관리형 키를 사용합니다.</translation>
    </message>
    <message>
        <source>The KMS key does not exist, is disabled or pending deletion, or lives in another Region.</source>
        <translation>KMS 키가 존재하지 않거나, 비활성화 또는 삭제 대기 중이거나, 다른 리전에 있습니다.</translation>
    </message>
    <message>
        <source>S3 cannot decrypt or encrypt with a KMS key that was deleted, disabled, scheduled for deletion or that is not in the bucket&apos;s Region.</source>
        <translation>S3는 삭제되었거나, 비활성화되었거나, 삭제가 예약되었거나, 버킷과 다른 리전에 있는 KMS 키로는 복호화하거나 암호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Find the key id or ARN in the error or in the object&apos;s encryption headers.</source>
        <translation>오류 메시지 또는 객체의 암호화 헤더에서 키 ID 또는 ARN을 찾습니다.</translation>
    </message>
    <message>
        <source>Open KMS console &gt; Customer managed keys in the bucket&apos;s Region and check the key&apos;s status.</source>
        <translation>버킷의 리전에서 KMS 콘솔 &gt; 고객 관리형 키를 열고 키 상태를 확인합니다.</translation>
    </message>
    <message>
        <source>Enable the key or cancel its deletion; if it is gone, the objects encrypted with it cannot be read.</source>
        <translation>키를 활성화하거나 삭제를 취소합니다. 키가 이미 삭제되었다면 해당 키로 암호화된 객체는 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>For uploads, set the bucket&apos;s default encryption to an existing key in the same Region.</source>
        <translation>업로드의 경우 버킷의 기본 암호화를 같은 리전에 존재하는 키로 설정합니다.</translation>
    </message>
    <message>
        <source>The bucket name is not a valid S3 bucket name.</source>
        <translation>버킷 이름이 유효한 S3 버킷 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>S3 bucket names are 3 to 63 characters of lowercase letters, digits, dots and hyphens, and start and end with a letter or digit. A URL, an s3:// prefix or a path in the bucket field also fails.</source>
        <translation>S3 버킷 이름은 소문자, 숫자, 마침표(.), 하이픈(-)으로 이루어진 3~63자이며, 문자 또는 숫자로 시작하고 끝나야 합니다. 버킷 필드에 URL, s3:// 접두사 또는 경로를 넣어도 실패합니다.</translation>
    </message>
    <message>
        <source>Print the bucket name the client sends and remove any scheme, s3:// prefix, slash, path or whitespace.</source>
        <translation>클라이언트가 보내는 버킷 이름을 출력하여 스킴, s3:// 접두사, 슬래시, 경로, 공백을 모두 제거합니다.</translation>
    </message>
    <message>
        <source>Check the exact name in S3 console &gt; Buckets; names are lowercase.</source>
        <translation>S3 콘솔 &gt; 버킷에서 정확한 이름을 확인합니다. 버킷 이름은 소문자입니다.</translation>
    </message>
    <message>
        <source>Put the prefix into the object key, not into the bucket name, and retry.</source>
        <translation>접두사는 버킷 이름이 아닌 객체 키에 넣은 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>AWS has disabled access to the object, bucket or account.</source>
        <translation>AWS가 객체, 버킷 또는 계정에 대한 액세스를 비활성화했습니다.</translation>
    </message>
    <message>
        <source>S3 answers AllAccessDisabled when access was turned off on AWS&apos;s side, for example for an account problem, suspension or abuse report; no policy change by the user fixes it.</source>
        <translation>계정 문제, 정지, 악용 신고 등으로 AWS 측에서 액세스를 차단하면 S3는 AllAccessDisabled를 반환합니다. 사용자가 정책을 변경해도 해결되지 않습니다.</translation>
    </message>
    <message>
        <source>Sign in to the AWS console and check for notices and unpaid bills in Billing and Cost Management.</source>
        <translation>AWS 콘솔에 로그인하여 결제 및 비용 관리에서 공지와 미납 요금을 확인합니다.</translation>
    </message>
    <message>
        <source>Contact AWS Support with the x-amz-request-id and x-amz-id-2 values of the failing request.</source>
        <translation>실패한 요청의 x-amz-request-id 및 x-amz-id-2 값을 준비하여 AWS Support에 문의합니다.</translation>
    </message>
    <message>
        <source>A policy condition on source IP, VPC or VPC endpoint excludes this request.</source>
        <translation>소스 IP, VPC 또는 VPC 엔드포인트에 대한 정책 조건이 이 요청을 제외합니다.</translation>
    </message>
    <message>
        <source>Policies can require aws:SourceIp, aws:SourceVpc or aws:SourceVpce. Requests through a VPC endpoint carry no public source IP, and requests from outside the VPC carry no endpoint id, so one of the two conditions fails.</source>
        <translation>정책에서 aws:SourceIp, aws:SourceVpc 또는 aws:SourceVpce를 요구할 수 있습니다. VPC 엔드포인트를 통한 요청에는 퍼블릭 소스 IP가 없고, VPC 외부에서 보낸 요청에는 엔드포인트 ID가 없으므로 두 조건 중 하나는 충족되지 않습니다.</translation>
    </message>
    <message>
        <source>Open S3 console &gt; Buckets &gt; (bucket) &gt; Permissions &gt; Bucket policy and the caller&apos;s IAM policies, and find conditions on aws:SourceIp, aws:SourceVpc or aws:SourceVpce.</source>
        <translation>S3 콘솔 &gt; 버킷 &gt; (버킷) &gt; 권한 &gt; 버킷 정책과 호출자의 IAM 정책을 열고, aws:SourceIp, aws:SourceVpc 또는 aws:SourceVpce에 대한 조건을 찾습니다.</translation>
    </message>
    <message>
        <source>Find out how the request really reaches S3: public internet (which public IP, after NAT), or a VPC endpoint (which vpce id).</source>
        <translation>요청이 실제로 S3에 도달하는 경로를 확인합니다. 퍼블릭 인터넷(NAT 이후의 어떤 퍼블릭 IP)인지, VPC 엔드포인트(어떤 vpce ID)인지 확인합니다.</translation>
    </message>
    <message>
        <source>Send the request from the allowed network, or add the real IP range or endpoint id to the condition, then retry.</source>
        <translation>허용된 네트워크에서 요청을 보내거나, 실제 IP 범위 또는 엔드포인트 ID를 조건에 추가한 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The policy of the VPC endpoint the request went through does not allow it.</source>
        <translation>요청이 거쳐 간 VPC 엔드포인트의 정책이 요청을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Requests from a VPC through an S3 gateway or interface endpoint are also checked against the endpoint policy, which may allow only some buckets or actions or contain a Deny.</source>
        <translation>VPC에서 S3 게이트웨이 또는 인터페이스 엔드포인트를 거치는 요청은 엔드포인트 정책으로도 검사됩니다. 엔드포인트 정책은 일부 버킷이나 작업만 허용하거나 Deny를 포함할 수 있습니다.</translation>
    </message>
    <message>
        <source>Find the endpoint in VPC console &gt; Endpoints (the route table of the subnet points S3 traffic at it).</source>
        <translation>VPC 콘솔 &gt; 엔드포인트에서 해당 엔드포인트를 찾습니다(서브넷의 라우팅 테이블이 S3 트래픽을 이 엔드포인트로 보냅니다).</translation>
    </message>
    <message>
        <source>Open its Policy tab and allow the bucket ARN and the action, or remove the matching Deny.</source>
        <translation>정책 탭을 열고 버킷 ARN과 작업을 허용하거나, 일치하는 Deny를 삭제합니다.</translation>
    </message>
    <message>
        <source>Retry from the same subnet.</source>
        <translation>같은 서브넷에서 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Is the bucket a Requester Pays bucket, read without x-amz-request-payer: requester (--request-payer requester)?</source>
        <translation>버킷이 요청자 지불(Requester Pays) 버킷인데 x-amz-request-payer: requester(--request-payer requester) 없이 읽고 있습니까?</translation>
    </message>
    <message>
        <source>Code “UserSuspended” or “BucketSuspended”, or “Your account is disabled” (S3-compatible stores)</source>
        <translation>오류 코드 “UserSuspended” 또는 “BucketSuspended”, 또는 “Your account is disabled”(S3 호환 스토리지)</translation>
    </message>
    <message>
        <source>Has the store&apos;s administrator suspended or disabled the user, or suspended the bucket?</source>
        <translation>스토리지 관리자가 사용자를 정지 또는 비활성화했거나 버킷을 정지했습니까?</translation>
    </message>
    <message>
        <source>Code “QuotaExceeded” (S3-compatible stores)</source>
        <translation>오류 코드 “QuotaExceeded”(S3 호환 스토리지)</translation>
    </message>
    <message>
        <source>Has the user&apos;s or the bucket&apos;s quota (size or object count) been reached?</source>
        <translation>사용자 또는 버킷의 할당량(용량 또는 객체 수)에 도달했습니까?</translation>
    </message>
    <message>
        <source>Code “download_cap_exceeded” (Backblaze B2)</source>
        <translation>오류 코드 “download_cap_exceeded”(Backblaze B2)</translation>
    </message>
    <message>
        <source>Has the account reached a download or transaction cap that its owner set?</source>
        <translation>계정이 소유자가 설정한 다운로드 또는 트랜잭션 한도에 도달했습니까?</translation>
    </message>
    <message>
        <source>The store has suspended or disabled the user or the bucket.</source>
        <translation>스토리지가 사용자 또는 버킷을 정지하거나 비활성화했습니다.</translation>
    </message>
    <message>
        <source>Ceph RGW answers UserSuspended for a suspended user and BucketSuspended for a suspended bucket; MinIO refuses a disabled user (also a root user left behind by changed credentials) with “Your account is disabled”.</source>
        <translation>Ceph RGW는 정지된 사용자에게 UserSuspended, 정지된 버킷에 BucketSuspended를 응답합니다. MinIO는 비활성화된 사용자(자격 증명 변경 후 남은 root 사용자 포함)를 “Your account is disabled”로 거부합니다.</translation>
    </message>
    <message>
        <source>Ask the store&apos;s administrator for the user&apos;s state: radosgw-admin user info --uid USER on Ceph, mc admin user info ALIAS USER on MinIO.</source>
        <translation>스토리지 관리자에게 사용자 상태를 확인합니다: Ceph에서는 radosgw-admin user info --uid USER, MinIO에서는 mc admin user info ALIAS USER.</translation>
    </message>
    <message>
        <source>Enable the user again (radosgw-admin user enable, mc admin user enable) or use a user that is enabled.</source>
        <translation>사용자를 다시 활성화하거나(radosgw-admin user enable, mc admin user enable) 활성화된 사용자를 사용합니다.</translation>
    </message>
    <message>
        <source>A quota of the user or the bucket is used up.</source>
        <translation>사용자 또는 버킷의 할당량이 소진되었습니다.</translation>
    </message>
    <message>
        <source>Ceph RGW, versitygw and others refuse writes with 403 QuotaExceeded when the user&apos;s or bucket&apos;s quota on size or object count is reached; RGW&apos;s body carries the Code only.</source>
        <translation>사용자 또는 버킷의 용량·객체 수 할당량에 도달하면 Ceph RGW, versitygw 등은 쓰기를 403 QuotaExceeded로 거부합니다. RGW의 본문에는 Code만 있습니다.</translation>
    </message>
    <message>
        <source>Read the quota and the usage: radosgw-admin user info --uid USER and radosgw-admin user stats --uid USER on Ceph.</source>
        <translation>할당량과 사용량을 확인합니다: Ceph에서 radosgw-admin user info --uid USER와 radosgw-admin user stats --uid USER.</translation>
    </message>
    <message>
        <source>Delete data or ask the administrator to raise the quota (radosgw-admin quota set).</source>
        <translation>데이터를 삭제하거나 관리자에게 할당량 상향을 요청합니다(radosgw-admin quota set).</translation>
    </message>
    <message>
        <source>The account reached a download or transaction cap, so the store refuses until it is raised.</source>
        <translation>계정이 다운로드 또는 트랜잭션 한도에 도달하여 한도를 올릴 때까지 스토리지가 거부합니다.</translation>
    </message>
    <message>
        <source>Backblaze B2 answers 403 download_cap_exceeded when the daily download bandwidth or Class B transaction cap set in Caps &amp; Alerts is reached.</source>
        <translation>Caps &amp; Alerts에서 설정한 일일 다운로드 대역폭 또는 Class B 트랜잭션 한도에 도달하면 Backblaze B2는 403 download_cap_exceeded를 응답합니다.</translation>
    </message>
    <message>
        <source>Open the B2 web console &gt; Caps &amp; Alerts and raise or remove the cap that was reached.</source>
        <translation>B2 웹 콘솔 &gt; Caps &amp; Alerts를 열고 도달한 한도를 올리거나 해제합니다.</translation>
    </message>
    <message>
        <source>Retry after the cap resets, or serve the files through a CDN so fewer downloads reach the store.</source>
        <translation>한도가 초기화된 후 다시 시도하거나, CDN으로 파일을 제공하여 스토리지에 도달하는 다운로드를 줄입니다.</translation>
    </message>
    <message>
        <source>The bucket is a Requester Pays bucket and the request does not agree to pay.</source>
        <translation>버킷이 요청자 지불 버킷인데 요청이 비용 지불에 동의하지 않았습니다.</translation>
    </message>
    <message>
        <source>A Requester Pays bucket refuses every request that does not carry x-amz-request-payer: requester (the CLI&apos;s --request-payer requester); the refusal is a plain AccessDenied or a HEAD 403.</source>
        <translation>요청자 지불 버킷은 x-amz-request-payer: requester(CLI의 --request-payer requester)가 없는 모든 요청을 거부합니다. 거부는 일반 AccessDenied 또는 HEAD 403으로 나타납니다.</translation>
    </message>
    <message>
        <source>Add --request-payer requester to the AWS CLI command, or RequestPayer=&apos;requester&apos; to the SDK call, for every request including listings and HEAD.</source>
        <translation>AWS CLI 명령에 --request-payer requester를, SDK 호출에 RequestPayer=&apos;requester&apos;를 목록 조회와 HEAD를 포함한 모든 요청에 추가합니다.</translation>
    </message>
    <message>
        <source>Make sure the credentials belong to an account that may be billed for the requests.</source>
        <translation>자격 증명이 요청 비용을 청구받을 수 있는 계정에 속하는지 확인합니다.</translation>
    </message>
    <message>
        <source>Message “Signature validation failed” (Backblaze B2)</source>
        <translation>Message가 &apos;Signature validation failed&apos;인 경우(Backblaze B2)</translation>
    </message>
    <message>
        <source>Is the key an application key created for the bucket, not Backblaze B2&apos;s master application key, which the S3-compatible API does not accept?</source>
        <translation>이 키가 S3 호환 API가 받지 않는 Backblaze B2의 마스터 애플리케이션 키가 아니라 버킷용으로 만든 애플리케이션 키입니까?</translation>
    </message>
    <message>
        <source>Message “Request has expired”</source>
        <translation>메시지 “Request has expired”</translation>
    </message>
    <message>
        <source>403 Forbidden without an error body, as a HEAD request gets it</source>
        <translation>오류 본문 없는 403 Forbidden(HEAD 요청이 받는 응답과 같음)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>The likely causes</source>
        <translation>예상 원인</translation>
    </message>
    <message>
        <source>Ranked from the paste and the checks, best first, each with its evidence and the steps to fix it.</source>
        <translation>붙여 넣은 내용과 검사 결과를 바탕으로 가능성이 높은 순서대로 정렬했으며, 각 원인에 근거와 해결 단계가 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Ranked causes</source>
        <translation>원인 순위</translation>
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
        <translation>AWS S3 또는 S3 호환 스토리지</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>알 수 없는 제공업체</translation>
    </message>
    <message>
        <source>Temporary credentials are involved (%1).</source>
        <translation>임시 키가 사용되었습니다(%1).</translation>
    </message>
    <message>
        <source>The request came from a web page (%1).</source>
        <translation>요청이 웹 페이지에서 전송되었습니다(%1).</translation>
    </message>
    <message>
        <source>A CORS preflight request is involved (%1).</source>
        <translation>CORS 프리플라이트 요청이 관련되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>The browser reports that it blocked the response for CORS reasons.</source>
        <translation>브라우저가 CORS 문제로 응답을 차단했다고 보고했습니다.</translation>
    </message>
    <message>
        <source>A Referer or hotlink protection is involved (%1).</source>
        <translation>Referer 또는 링크 도용 방지가 관련되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>The request used a presigned URL (%1).</source>
        <translation>요청에 사전 서명된 URL이 사용되었습니다(%1).</translation>
    </message>
    <message>
        <source>The signature&apos;s validity had already ended: %1.</source>
        <translation>서명의 유효 기간이 이미 종료되었습니다: %1.</translation>
    </message>
    <message>
        <source>Request time and server time are more than 15 minutes apart (%1).</source>
        <translation>요청 시간과 서버 시간의 차이가 15분을 초과합니다(%1).</translation>
    </message>
    <message>
        <source>Request time and server time are within 15 minutes (%1).</source>
        <translation>요청 시간과 서버 시간의 차이가 15분 이내입니다(%1).</translation>
    </message>
    <message>
        <source>The server returned the string it signed (%1), so the signed strings can be compared.</source>
        <translation>서버가 서명한 문자열(%1)을 반환했으므로 서명 문자열을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>The object key has characters that are often encoded wrongly: %1</source>
        <translation>객체 키에 잘못 인코딩되기 쉬운 문자가 있습니다: %1</translation>
    </message>
    <message>
        <source>The request was signed (%1).</source>
        <translation>요청이 서명되었습니다(%1).</translation>
    </message>
    <message>
        <source>An archive storage class or a restore is mentioned (%1).</source>
        <translation>아카이브 스토리지 유형 또는 복구가 언급되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>KMS encryption is mentioned (%1).</source>
        <translation>KMS 암호화가 언급되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>A policy is mentioned (%1).</source>
        <translation>정책이 언급되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>An explicit deny is mentioned (%1).</source>
        <translation>명시적 거부가 언급되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>The server names another endpoint or redirects (%1).</source>
        <translation>서버가 다른 엔드포인트를 지정하거나 리디렉션합니다(%1).</translation>
    </message>
    <message>
        <source>Two different regions appear (%1).</source>
        <translation>서로 다른 두 리전이 나타납니다(%1).</translation>
    </message>
    <message>
        <source>The COS bucket name has no -APPID suffix (%1).</source>
        <translation>COS 버킷 이름에 -APPID 접미사가 없습니다(%1).</translation>
    </message>
    <message>
        <source>The request writes data (%1).</source>
        <translation>데이터를 쓰는 요청입니다(%1).</translation>
    </message>
    <message>
        <source>The request carries a Content-Type header (%1).</source>
        <translation>요청에 Content-Type 헤더가 포함되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>The text comes from an SDK (%1).</source>
        <translation>SDK에서 출력된 텍스트입니다(%1).</translation>
    </message>
    <message>
        <source>The access key id has characters that are not allowed (%1).</source>
        <translation>액세스 키 ID에 허용되지 않는 문자가 있습니다(%1).</translation>
    </message>
    <message>
        <source>The request went to a custom domain, not the provider&apos;s own (%1).</source>
        <translation>요청이 제공업체 자체 도메인이 아닌 사용자 정의 도메인으로 전송되었습니다(%1).</translation>
    </message>
    <message>
        <source>Other evidence: %1</source>
        <translation>기타 근거: %1</translation>
    </message>
    <message>
        <source>Speaks against it: %1</source>
        <translation>반대 근거: %1</translation>
    </message>
    <message>
        <source>The error matches %1 (source: %2).</source>
        <translation>에러가 %1과(와) 일치합니다(출처: %2).</translation>
    </message>
    <message>
        <source>No error code or message was recognised; this is a common cause of 403 errors on %1.</source>
        <translation>에러 코드나 메시지를 인식하지 못했습니다. %1에서 403 에러가 발생하는 일반적인 원인입니다.</translation>
    </message>
    <message>
        <source>No direct evidence; ranked by how often this cause occurs.</source>
        <translation>직접적인 근거가 없습니다. 이 원인의 발생 빈도에 따라 순위를 매겼습니다.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8; unreadable bytes were replaced.</source>
        <translation>입력이 유효한 UTF-8이 아닙니다. 읽을 수 없는 바이트는 대체되었습니다.</translation>
    </message>
    <message>
        <source>The input contains binary data; only its text parts were read.</source>
        <translation>입력에 바이너리 데이터가 포함되어 있습니다. 텍스트 부분만 읽었습니다.</translation>
    </message>
    <message>
        <source>The XML error body ends early; the fields before the cut were used.</source>
        <translation>XML 에러 본문이 중간에 끝났습니다. 잘린 위치 앞의 필드를 사용했습니다.</translation>
    </message>
    <message>
        <source>The XML error body is not well formed; the fields before the fault were used.</source>
        <translation>XML 에러 본문의 형식이 올바르지 않습니다. 문제가 있는 위치 앞의 필드를 사용했습니다.</translation>
    </message>
    <message>
        <source>The XML contains a document type declaration, which is not read for safety.</source>
        <translation>XML에 문서 유형 선언(DOCTYPE)이 포함되어 있으며, 보안상 이 선언은 읽지 않습니다.</translation>
    </message>
    <message>
        <source>The input is not UTF-8; it was read as GB18030 (Simplified Chinese).</source>
        <translation>입력이 UTF-8이 아니므로 GB18030(중국어 간체)으로 읽었습니다.</translation>
    </message>
    <message>
        <source>The input is empty; the ranking below is only by how common each cause is.</source>
        <translation>입력이 비어 있습니다. 아래 순위는 각 원인의 발생 빈도만을 기준으로 합니다.</translation>
    </message>
    <message>
        <source>Input note: %1</source>
        <translation>입력 참고: %1</translation>
    </message>
    <message>
        <source>The provider could not be told from the text; the %1 guide fitted best.</source>
        <translation>텍스트에서 제공업체를 판별할 수 없어 가장 적합한 %1 가이드를 사용했습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The input is empty: paste an error message, a response or a URL.</source>
        <translation>입력이 비어 있습니다. 에러 메시지, 응답 또는 URL을 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>The input is %1 bytes, more than the %2 bytes that are read.</source>
        <translation>입력이 %1바이트로, 읽을 수 있는 최대 크기인 %2바이트를 초과합니다.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use auto, cos, oss or s3.</source>
        <translation>알 수 없는 제공업체 &quot;%1&quot;: auto, cos, oss 또는 s3를 사용하십시오.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>알 수 없는 출력 형식 &quot;%1&quot;: text, json 또는 markdown을 사용하십시오.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, zh_CN or ko.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;: en, zh_CN 또는 ko를 사용하십시오.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use diagnose, inspect-url, sign or check.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;: diagnose, inspect-url, sign 또는 check를 사용하십시오.</translation>
    </message>
    <message>
        <source>The built-in decision trees could not be loaded: %1</source>
        <translation>내장 의사 결정 트리를 로드할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공업체</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>인식된 항목</translation>
    </message>
    <message>
        <source>Nothing specific was recognised in the input.</source>
        <translation>입력에서 특별히 인식된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>예상 원인</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>%1% likely</source>
        <translation>가능성 %1%</translation>
    </message>
    <message>
        <source>About the input</source>
        <translation>입력 정보</translation>
    </message>
    <message>
        <source>Bucket Doctor diagnosis</source>
        <translation>Bucket Doctor 진단</translation>
    </message>
    <message>
        <source>The input is very large; only the lines around errors were examined.</source>
        <translation>입력이 매우 커서 오류 주변의 줄만 검사했습니다.</translation>
    </message>
    <message>
        <source>The HTTP method differs (%1): a URL signed for one method was used with another.</source>
        <translation>HTTP 메서드가 다릅니다(%1). 한 메서드용으로 서명된 URL을 다른 메서드로 사용했습니다.</translation>
    </message>
    <message>
        <source>The Content-MD5 differs (%1): sign the same Content-MD5 header that is sent.</source>
        <translation>Content-MD5가 다릅니다(%1). 실제로 전송하는 것과 같은 Content-MD5 헤더로 서명합니다.</translation>
    </message>
    <message>
        <source>The Content-Type differs (%1): a browser, an SDK or a proxy sent another Content-Type than the one signed.</source>
        <translation>Content-Type이 다릅니다(%1). 브라우저, SDK 또는 프록시가 서명된 것과 다른 Content-Type을 보냈습니다.</translation>
    </message>
    <message>
        <source>The date or time differs (%1): sign the same Date, x-oss-date or x-amz-date that is sent.</source>
        <translation>날짜 또는 시간이 다릅니다(%1). 실제로 전송하는 것과 같은 Date, x-oss-date 또는 x-amz-date로 서명합니다.</translation>
    </message>
    <message>
        <source>The sub-resources differ (%1): a parameter such as acl, uploadId or versionId was left out of the signature or added.</source>
        <translation>하위 리소스가 다릅니다(%1). acl, uploadId 또는 versionId 같은 매개변수가 서명에서 누락되었거나 추가되었습니다.</translation>
    </message>
    <message>
        <source>The path differs by the bucket name (%1): the request was signed for path-style but sent virtual-hosted, or the reverse.</source>
        <translation>경로가 버킷 이름만큼 다릅니다(%1). 요청을 경로 방식으로 서명했지만 가상 호스팅 방식으로 보냈거나, 그 반대입니다.</translation>
    </message>
    <message>
        <source>The path is encoded differently (%1): a space, + or another special character was encoded twice, not at all, or the wrong way.</source>
        <translation>경로 인코딩이 다릅니다(%1). 공백, + 또는 기타 특수 문자가 두 번 인코딩되었거나, 인코딩되지 않았거나, 잘못된 방식으로 인코딩되었습니다.</translation>
    </message>
    <message>
        <source>The path differs (%1): the object key signed is not the one requested.</source>
        <translation>경로가 다릅니다(%1). 서명한 객체 키가 요청한 객체 키와 다릅니다.</translation>
    </message>
    <message>
        <source>The query is encoded differently (%1): a space must be %20 and a + must be %2B.</source>
        <translation>쿼리 인코딩이 다릅니다(%1). 공백은 %20으로, +는 %2B로 인코딩해야 합니다.</translation>
    </message>
    <message>
        <source>The query parameters differ (%1).</source>
        <translation>쿼리 매개변수가 다릅니다(%1).</translation>
    </message>
    <message>
        <source>The header %1 differs: it was added or changed after signing, by a browser, a proxy or the SDK itself.</source>
        <translation>%1 헤더가 다릅니다. 서명 후에 브라우저, 프록시 또는 SDK 자체가 이 헤더를 추가하거나 변경했습니다.</translation>
    </message>
    <message>
        <source>Line %1 of the signed strings differs.</source>
        <translation>서명 문자열의 %1번째 줄이 다릅니다.</translation>
    </message>
    <message>
        <source>The region in the signature scope differs (%1): sign with the bucket&apos;s region.</source>
        <translation>서명 범위의 리전이 다릅니다(%1). 버킷이 속한 리전으로 서명합니다.</translation>
    </message>
    <message>
        <source>The canonical requests differ; only their hashes are visible. Compare the CanonicalRequest of the client and the server.</source>
        <translation>정규 요청이 다르지만 해시 값만 확인할 수 있습니다. 클라이언트와 서버의 CanonicalRequest를 비교합니다.</translation>
    </message>
    <message>
        <source>The client signed exactly the string the server computed, so the secret key is wrong: mistyped, with extra white space, or from another key pair.</source>
        <translation>클라이언트가 서버가 계산한 문자열과 정확히 같은 문자열에 서명했으므로 비밀 키가 잘못되었습니다. 잘못 입력했거나, 불필요한 공백이 포함되었거나, 다른 키 쌍의 비밀 키입니다.</translation>
    </message>
    <message>
        <source>The request in the paste gives exactly the server&apos;s string: it arrived unchanged, so the client signed another string or used another secret.</source>
        <translation>붙여 넣은 요청으로 서버의 문자열과 정확히 같은 문자열이 만들어집니다. 요청이 변경 없이 도착했으므로, 클라이언트가 다른 문자열에 서명했거나 다른 비밀 키를 사용했습니다.</translation>
    </message>
    <message>
        <source>Signed with the given secret, the server&apos;s string gives the signature the client sent: the server holds another secret for this key id.</source>
        <translation>제공된 비밀 키로 서버의 문자열에 서명하면 클라이언트가 보낸 서명과 같아집니다. 서버가 이 액세스 키 ID에 대해 다른 비밀 키를 보관하고 있습니다.</translation>
    </message>
    <message>
        <source>The secret key starts or ends with white space.</source>
        <translation>비밀 키의 앞 또는 뒤에 공백이 있습니다.</translation>
    </message>
    <message>
        <source>Signature finding: %1</source>
        <translation>서명 분석 결과: %1</translation>
    </message>
    <message>
        <source>The server returned the string it signed, but the request is not in the paste: add the curl -v output, the HTTP dump or the presigned URL to compare the two.</source>
        <translation>서버가 서명한 문자열을 반환했지만 붙여 넣은 내용에 요청이 없습니다. 두 문자열을 비교하려면 curl -v 출력, HTTP 덤프 또는 미리 서명된 URL을 추가합니다.</translation>
    </message>
    <message>
        <source>COS does not return the string it signed: compare the HttpString of your SDK&apos;s debug log with the one from bucketdoctor-cli sign for the same request.</source>
        <translation>COS는 서명한 문자열을 반환하지 않습니다. SDK 디버그 로그의 HttpString을 같은 요청에 대해 bucketdoctor-cli sign으로 생성한 HttpString과 비교합니다.</translation>
    </message>
    <message>
        <source>Signature comparison</source>
        <translation>서명 비교</translation>
    </message>
    <message>
        <source>Server&apos;s %1</source>
        <translation>서버의 %1</translation>
    </message>
    <message>
        <source>Client&apos;s string, from its log</source>
        <translation>클라이언트의 문자열(클라이언트 로그에서 가져옴)</translation>
    </message>
    <message>
        <source>Rebuilt from the request in the paste</source>
        <translation>붙여 넣은 요청으로 재구성</translation>
    </message>
    <message>
        <source>First difference at byte %1, line %2</source>
        <translation>첫 번째 차이: 바이트 %1, %2번째 줄</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>%1 옵션은 필수입니다.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use cos, oss or s3.</source>
        <translation>알 수 없는 공급자 &quot;%1&quot;입니다. cos, oss 또는 s3을 사용합니다.</translation>
    </message>
    <message>
        <source>Unknown signature version &quot;%1&quot;: use 1 or 4.</source>
        <translation>알 수 없는 서명 버전 &quot;%1&quot;입니다. 1 또는 4를 사용합니다.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text or json.</source>
        <translation>알 수 없는 출력 형식 &quot;%1&quot;입니다. text 또는 json을 사용합니다.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>헤더 &quot;%1&quot;이(가) &quot;Name: value&quot; 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL with a host.</source>
        <translation>&quot;%1&quot;은(는) 호스트가 포함된 http 또는 https URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The option %1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>%1 옵션에는 양의 정수를 지정해야 합니다(&quot;%2&quot;은(는) 사용할 수 없음).</translation>
    </message>
    <message>
        <source>No secret key: set BUCKETDOCTOR_SECRET_KEY, use --secret-key-file, or run in a terminal to be asked.</source>
        <translation>비밀 키가 없습니다. BUCKETDOCTOR_SECRET_KEY를 설정하거나, --secret-key-file을 사용하거나, 터미널에서 실행하여 입력 요청 시 비밀 키를 입력합니다.</translation>
    </message>
    <message>
        <source>Secret key (not shown): </source>
        <translation>비밀 키(입력 내용은 표시되지 않음): </translation>
    </message>
    <message>
        <source>The region cannot be told from the host: give it with --region.</source>
        <translation>호스트에서 리전을 알 수 없습니다. --region으로 지정합니다.</translation>
    </message>
    <message>
        <source>The access key id %1 is a temporary one, but the URL carries no %2 parameter: the server refuses temporary credentials without their security token. Sign the URL again with the token.</source>
        <translation>액세스 키 ID %1은(는) 임시 키이지만 URL에 %2 매개변수가 없습니다. 서버는 보안 토큰이 없는 임시 키를 거부합니다. 토큰을 포함하여 URL에 다시 서명합니다.</translation>
    </message>
    <message>
        <source>The URL is signed with a COS temporary key and stays valid for %1. Temporary keys last 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account: if the key expires first, the URL stops working before its own end. Request the key for at least as long as the URL, or sign a shorter URL.</source>
        <translation>이 URL은 COS 임시 키로 서명되었으며 %1 동안 유효합니다. 임시 키의 기본 유효 기간은 30분이며, 루트 계정은 최대 2시간, 서브 계정은 최대 36시간입니다. 키가 먼저 만료되면 URL은 자체 유효 기간이 끝나기 전에 작동하지 않습니다. URL보다 유효 기간이 짧지 않은 키를 발급받거나, 유효 기간이 더 짧은 URL에 서명합니다.</translation>
    </message>
    <message>
        <source>The URL is signed with STS temporary credentials and stays valid for %1. STS credentials commonly last 1 hour by default: if they expire first, the URL stops working before its own end. Request the credentials for at least as long as the URL, or sign a shorter URL.</source>
        <translation>이 URL은 STS 임시 키로 서명되었으며 %1 동안 유효합니다. STS 임시 키의 기본 유효 기간은 보통 1시간입니다. 키가 먼저 만료되면 URL은 자체 유효 기간이 끝나기 전에 작동하지 않습니다. URL보다 유효 기간이 짧지 않은 키를 발급받거나, 유효 기간이 더 짧은 URL에 서명합니다.</translation>
    </message>
    <message>
        <source>OSS signs the Content-Type of the request even though the URL does not show it: this %1 request must send exactly the Content-Type the URL was signed with, or none if it was signed without one. A browser sets Content-Type from the file, and any other value gives 403 SignatureDoesNotMatch. The same holds for Content-MD5.</source>
        <translation>OSS는 URL에 표시되지 않더라도 요청의 Content-Type에 서명합니다. 이 %1 요청은 URL 서명에 사용된 Content-Type과 정확히 같은 값을 보내야 하며, 서명 시 Content-Type이 없었다면 보내지 않아야 합니다. 브라우저는 파일에 따라 Content-Type을 설정하며, 다른 값은 403 SignatureDoesNotMatch를 발생시킵니다. Content-MD5도 마찬가지입니다.</translation>
    </message>
    <message>
        <source>If this URL is used for an upload (PUT or POST), the request must send exactly the Content-Type the URL was signed with, or none if it was signed without one: OSS signs Content-Type even though the URL does not show it.</source>
        <translation>이 URL을 업로드(PUT 또는 POST)에 사용하는 경우, 요청은 URL 서명에 사용된 Content-Type과 정확히 같은 값을 보내야 하며, 서명 시 Content-Type이 없었다면 보내지 않아야 합니다. OSS는 URL에 표시되지 않더라도 Content-Type에 서명합니다.</translation>
    </message>
    <message>
        <source>The URL signs the Content-Type header: the request must send exactly the signed value, or the server answers 403 SignatureDoesNotMatch. A browser sets Content-Type from the file it uploads, so sign with that same type.</source>
        <translation>이 URL은 Content-Type 헤더에 서명합니다. 요청은 서명된 값과 정확히 같은 Content-Type을 보내야 하며, 그렇지 않으면 서버가 403 SignatureDoesNotMatch를 반환합니다. 브라우저는 업로드하는 파일에 따라 Content-Type을 설정하므로 같은 유형으로 서명합니다.</translation>
    </message>
    <message>
        <source>This %1 URL does not sign Content-Type (signed headers: %2): the Content-Type a browser sends cannot break the signature, but the object is stored with it. To fix the type, sign Content-Type and send the same value.</source>
        <translation>이 %1 URL은 Content-Type에 서명하지 않습니다(서명된 헤더: %2). 브라우저가 보내는 Content-Type 때문에 서명이 실패하지는 않지만, 객체는 해당 유형으로 저장됩니다. 유형을 고정하려면 Content-Type에 서명하고 같은 값을 보냅니다.</translation>
    </message>
    <message>
        <source>The URL names the signature algorithm %1, but %2 expects %3: the server cannot verify this signature.</source>
        <translation>이 URL은 서명 알고리즘으로 %1을(를) 지정하지만 %2은(는) %3을(를) 요구합니다. 서버는 이 서명을 검증할 수 없습니다.</translation>
    </message>
    <message>
        <source>q-sign-time (%1) and q-key-time (%2) differ. The COS SDKs write the same window in both; a different one means the URL was built or edited by hand, and it may be refused outside either window.</source>
        <translation>q-sign-time(%1)과 q-key-time(%2)이 다릅니다. COS SDK는 두 값에 같은 시간 범위를 기록합니다. 값이 다르면 URL을 수동으로 만들거나 편집한 것이며, 두 시간 범위 중 어느 하나라도 벗어나면 거부될 수 있습니다.</translation>
    </message>
    <message>
        <source>Expires is %1, a time in milliseconds, but it must be in Unix seconds: the server may refuse the URL or treat it as valid for thousands of years. The intended end is probably %2; sign with Expires in seconds.</source>
        <translation>Expires 값 %1은(는) 밀리초 단위 시간이지만 Unix 초 단위여야 합니다. 서버가 URL을 거부하거나 수천 년 동안 유효한 것으로 처리할 수 있습니다. 의도한 만료 시간은 아마 %2입니다. Expires를 초 단위로 지정하여 서명합니다.</translation>
    </message>
    <message>
        <source>%1 is %2 seconds, more than the maximum of 604800 seconds (7 days): the server refuses such a URL. Sign it for 7 days or less.</source>
        <translation>%1 값이 %2초로, 최대값 604800초(7일)를 초과합니다. 서버는 이러한 URL을 거부합니다. 유효 기간을 7일 이하로 지정하여 서명합니다.</translation>
    </message>
    <message>
        <source>The validity of the URL cannot be read (%1 is missing or not a valid value), so it is unknown whether the URL has expired.</source>
        <translation>URL의 유효 기간을 읽을 수 없어(%1이(가) 없거나 올바른 값이 아님) URL의 만료 여부를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The signature scope names the region %1, an OSS region id with the oss- prefix: V4 scopes take the plain region id (%2), so the server refuses the signature.</source>
        <translation>서명 범위의 리전 %1은(는) oss- 접두사가 붙은 OSS 리전 ID입니다. V4 서명 범위에는 접두사 없는 리전 ID(%2)를 사용해야 하므로 서버가 서명을 거부합니다.</translation>
    </message>
    <message>
        <source>The signature scope names the region %1, but the host %2 is in region %3: the server refuses a signature for another region. Sign with the bucket&apos;s region, or send the URL to the endpoint of region %1.</source>
        <translation>서명 범위의 리전은 %1이지만 호스트 %2은(는) 리전 %3에 있습니다. 서버는 다른 리전용 서명을 거부합니다. 버킷의 리전으로 서명하거나, URL을 리전 %1의 엔드포인트로 보냅니다.</translation>
    </message>
    <message>
        <source>The URL carries a security token but goes to %1, which is not a %2 domain (a CDN, a proxy or a custom domain): the token travels to that host and can stay in its logs and caches. Keep such URLs short-lived and make sure you control that host.</source>
        <translation>이 URL은 보안 토큰을 포함하지만 %2 도메인이 아닌 %1(CDN, 프록시 또는 사용자 정의 도메인)(으)로 전송됩니다. 토큰이 해당 호스트로 전달되어 로그와 캐시에 남을 수 있습니다. 이러한 URL의 유효 기간을 짧게 유지하고 해당 호스트를 직접 관리하는지 확인합니다.</translation>
    </message>
    <message>
        <source>URL finding: %1</source>
        <translation>URL 검사 결과: %1</translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation>유효, %1 남음</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 전에 만료됨</translation>
    </message>
    <message>
        <source>not yet valid: the signing time is %1 ahead</source>
        <translation>아직 유효하지 않음: 서명 시간이 현재보다 %1 앞서 있음</translation>
    </message>
    <message>
        <source>unknown: the validity cannot be read</source>
        <translation>알 수 없음: 유효 기간을 읽을 수 없음</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signature form</source>
        <translation>서명 형식</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>액세스 키 ID</translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation>임시 키</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>서명 시간</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>만료 시간</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Checked against</source>
        <translation>기준 시간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>버킷</translation>
    </message>
    <message>
        <source>Object key</source>
        <translation>객체 키</translation>
    </message>
    <message>
        <source>Region of the host</source>
        <translation>호스트의 리전</translation>
    </message>
    <message>
        <source>Signature scope</source>
        <translation>서명 범위</translation>
    </message>
    <message>
        <source>Signed headers</source>
        <translation>서명된 헤더</translation>
    </message>
    <message>
        <source>Also signed, though not listed</source>
        <translation>목록에 없지만 서명되는 헤더</translation>
    </message>
    <message>
        <source>Signed query parameters</source>
        <translation>서명된 쿼리 매개변수</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>보안 토큰</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>not in the URL</source>
        <translation>URL에 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The argument is not an http or https URL: give the whole presigned URL, in quotes.</source>
        <translation>인수가 http 또는 https URL이 아닙니다. 사전 서명된 URL 전체를 따옴표로 묶어 입력합니다.</translation>
    </message>
    <message>
        <source>The URL to %1 is not a presigned URL: its query has none of the COS, OSS or S3 signature parameters. If the shell cut it at an &amp; sign, put the URL in quotes.</source>
        <translation>%1(으)로 가는 URL은 사전 서명된 URL이 아닙니다. 쿼리에 COS, OSS 또는 S3 서명 매개변수가 없습니다. 셸이 &amp; 기호에서 URL을 잘랐다면 URL을 따옴표로 묶습니다.</translation>
    </message>
    <message>
        <source>Give the presigned URL to inspect, in quotes.</source>
        <translation>검사할 사전 서명된 URL을 따옴표로 묶어 입력합니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: inspect-url takes one URL; put it in quotes.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;: inspect-url은 URL 하나만 받습니다. URL을 따옴표로 묶습니다.</translation>
    </message>
    <message>
        <source>Unknown HTTP method &quot;%1&quot;: use GET, HEAD, PUT, POST or DELETE.</source>
        <translation>알 수 없는 HTTP 메서드 &quot;%1&quot;: GET, HEAD, PUT, POST 또는 DELETE를 사용합니다.</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot;: use a comma-separated list of %2.</source>
        <translation>알 수 없는 검사 &quot;%1&quot;: %2 중에서 골라 쉼표로 구분하여 지정합니다.</translation>
    </message>
    <message>
        <source>PDF reports are written by the desktop app; the command line writes .md, .html and .json.</source>
        <translation>PDF 보고서는 데스크톱 앱에서 생성합니다. 명령줄에서는 .md, .html, .json을 생성할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot tell the report format of &quot;%1&quot;: name the file .md, .html or .json.</source>
        <translation>&quot;%1&quot;의 보고서 형식을 알 수 없습니다. 파일 확장자를 .md, .html 또는 .json으로 지정합니다.</translation>
    </message>
    <message>
        <source>Unusable proxy &quot;%1&quot;: give http://host:port, socks5://host:port or none.</source>
        <translation>사용할 수 없는 프록시 &quot;%1&quot;: http://host:port, socks5://host:port 또는 none을 지정합니다.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The presigned URL expired at %1; the server answered at %2, after that.</source>
        <translation>사전 서명된 URL은 %1에 만료되었고, 서버는 그 뒤인 %2에 응답했습니다.</translation>
    </message>
    <message>
        <source>The presigned URL was signed for %1, later than the server&apos;s time %2: the signing clock is ahead.</source>
        <translation>사전 서명된 URL의 서명 시각 %1이 서버 시각 %2보다 늦습니다. 서명한 쪽의 시계가 빠릅니다.</translation>
    </message>
    <message>
        <source>The presigned URL had expired (at %1) by the server&apos;s time of the failure.</source>
        <translation>실패 시점의 서버 시간 기준으로 사전 서명 URL이 이미 만료되었습니다(%1).</translation>
    </message>
    <message>
        <source>The server reports that the request expired before its own time (%1).</source>
        <translation>서버는 요청이 서버 시간보다 먼저 만료되었다고 보고합니다(%1).</translation>
    </message>
    <message>
        <source>The server refused the request time as too far from its own (%1 apart, the limit is 15 minutes).</source>
        <translation>서버가 요청 시간이 서버 시간과 너무 차이 난다며 거부했습니다(%1 차이, 한도는 15분).</translation>
    </message>
    <message>
        <source>The evidence is thin: nothing in the paste or the checks sets one cause clearly ahead.</source>
        <translation>증거가 부족합니다. 붙여넣은 내용이나 검사 결과 중 어느 것도 한 원인을 뚜렷하게 앞세우지 않습니다.</translation>
    </message>
    <message>
        <source>The checks ruled out every cause the guide names for this error.</source>
        <translation>검사 결과 가이드가 이 오류에 대해 제시하는 모든 원인이 배제되었습니다.</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>확인됨: %1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>가장 가능성 높음: %1</translation>
    </message>
    <message>
        <source>Not settled: the checks ruled out the causes the guide names; the request that failed differs from the checked ones.</source>
        <translation>결론 없음: 검사 결과 가이드가 제시하는 원인이 배제되었습니다. 실패한 요청은 검사한 요청과 다릅니다.</translation>
    </message>
    <message>
        <source>Not settled yet; the leading cause: %1</source>
        <translation>아직 결론 없음. 현재 가장 앞선 원인: %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>가장 가능성 높음</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>결론 없음</translation>
    </message>
    <message>
        <source>The question that would settle it: %1</source>
        <translation>결론을 내릴 질문: %1</translation>
    </message>
    <message>
        <source>The question that would settle it: %1 (the live check &quot;%2&quot; answers it)</source>
        <translation>결론을 내릴 질문: %1 (실시간 검사 &quot;%2&quot;이(가) 답합니다)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>배제됨</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>결론</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Tencent Cloud COS guide &quot;403 error for COS access&quot;</source>
        <translation>Tencent Cloud COS 가이드 &quot;COS 액세스 403 오류&quot;</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS guide &quot;HTTP status code 403&quot;</source>
        <translation>Alibaba Cloud OSS 가이드 &quot;HTTP 상태 코드 403&quot;</translation>
    </message>
    <message>
        <source>Tencent Cloud COS documentation</source>
        <translation>Tencent Cloud COS 문서</translation>
    </message>
    <message>
        <source>Alibaba Cloud OSS documentation</source>
        <translation>Alibaba Cloud OSS 문서</translation>
    </message>
    <message>
        <source>Amazon S3 documentation</source>
        <translation>Amazon S3 문서</translation>
    </message>
    <message>
        <source>the provider&apos;s documentation</source>
        <translation>클라우드 제공업체 문서</translation>
    </message>
    <message>
        <source>the message &quot;%1&quot;</source>
        <translation>메시지 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, 단계 %2</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <translation>%1, 섹션: %2</translation>
    </message>
    <message>
        <source>%1, section %2, step %3</source>
        <translation>%1, 섹션: %2, 단계 %3</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation: en, zh_CN or ko</comment>
        <translation>ko</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requester Pays is named (%1).</source>
        <translation>요청자 지불(Requester Pays)이 언급되었습니다(%1).</translation>
    </message>
    <message>
        <source>In real reports, the code %1 speaks for a cause of this kind.</source>
        <translation>실제 보고에서 오류 코드 %1은(는) 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>In real reports, the EC %1 speaks for a cause of this kind.</source>
        <translation>실제 보고에서 EC %1은(는) 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>The text mentions “%1”; in real reports that speaks for a cause of this kind.</source>
        <translation>텍스트에 “%1”이(가) 나옵니다. 실제 보고에서 이는 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>In real reports, this speaks for a cause of this kind: %1</source>
        <translation>실제 보고에서 다음은 대개 이런 종류의 원인을 가리킵니다: %1</translation>
    </message>
    <message>
        <source>In real reports, this error speaks for a cause of this kind.</source>
        <translation>실제 보고에서 이 오류는 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>In real reports, HTTP status %1 speaks for a cause of this kind.</source>
        <translation>실제 보고에서 HTTP 상태 %1은(는) 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>The paste shows no error code; in real reports that speaks for a cause of this kind.</source>
        <translation>붙여 넣은 내용에 오류 코드가 없습니다. 실제 보고에서 이는 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>The error body has a Code (%1) but an empty Message, as Ceph RGW and some S3-compatible stores answer; in real reports that speaks for a cause of this kind.</source>
        <translation>오류 본문에 Code(%1)는 있지만 Message가 비어 있습니다. Ceph RGW와 일부 S3 호환 스토리지가 이렇게 응답합니다. 실제 보고에서 이는 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>the measured answers of Ceph RADOS Gateway</source>
        <translation>측정한 Ceph RADOS Gateway의 응답</translation>
    </message>
    <message>
        <source>a public report of the same error</source>
        <translation>같은 오류에 대한 공개 보고</translation>
    </message>
    <message>
        <source>In real reports, what this paste shows speaks for a cause of this kind.</source>
        <translation>실제 보고에서 이 붙여 넣은 내용이 보여 주는 것은 대개 이런 종류의 원인을 가리킵니다.</translation>
    </message>
    <message>
        <source>%1 (assumed: the text does not name a provider)</source>
        <translation>%1(추정: 텍스트에 제공업체가 명시되지 않음)</translation>
    </message>
    <message>
        <source>You answered yes to the guide&apos;s question: %1</source>
        <translation>가이드의 질문에 &apos;예&apos;라고 답했습니다: %1</translation>
    </message>
    <message>
        <source>You answered no to the guide&apos;s question: %1</source>
        <translation>가이드의 질문에 &apos;아니요&apos;라고 답했습니다: %1</translation>
    </message>
    <message>
        <source>Confirmed by the “%1” check</source>
        <translation>“%1” 검사로 확인됨</translation>
    </message>
    <message>
        <source>Confirmed by the pasted error</source>
        <translation>붙여 넣은 오류로 확인됨</translation>
    </message>
    <message>
        <source>permissions (ACL or policy)</source>
        <translation>권한(ACL 또는 정책)</translation>
    </message>
    <message>
        <source>anonymous access to a private object</source>
        <translation>비공개 객체에 대한 익명 접근</translation>
    </message>
    <message>
        <source>access key unknown or disabled</source>
        <translation>알 수 없거나 비활성화된 액세스 키</translation>
    </message>
    <message>
        <source>wrong secret key</source>
        <translation>잘못된 비밀 키</translation>
    </message>
    <message>
        <source>signature calculated wrongly</source>
        <translation>잘못 계산된 서명</translation>
    </message>
    <message>
        <source>clock difference</source>
        <translation>시간 차이</translation>
    </message>
    <message>
        <source>signed URL expired</source>
        <translation>만료된 서명 URL</translation>
    </message>
    <message>
        <source>temporary credentials expired or token missing</source>
        <translation>임시 자격 증명 만료 또는 토큰 누락</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Referer (hotlink protection)</source>
        <translation>Referer(핫링크 방지)</translation>
    </message>
    <message>
        <source>wrong endpoint or region</source>
        <translation>잘못된 엔드포인트 또는 리전</translation>
    </message>
    <message>
        <source>archived object not restored</source>
        <translation>복원되지 않은 아카이브 객체</translation>
    </message>
    <message>
        <source>encryption key (KMS)</source>
        <translation>암호화 키(KMS)</translation>
    </message>
    <message>
        <source>bucket name format</source>
        <translation>버킷 이름 형식</translation>
    </message>
    <message>
        <source>account or bucket disabled</source>
        <translation>계정 또는 버킷 비활성화</translation>
    </message>
    <message>
        <source>policy condition (IP or VPC)</source>
        <translation>정책 조건(IP 또는 VPC)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>The paste shows this machine&apos;s clock in sync with a time server (%1). The server still found the request&apos;s time too far from its own: the request may have been signed long before it was sent (a long upload, retries or a queue), not by a wrong clock.</source>
        <translation>붙여 넣은 내용에 따르면 이 컴퓨터의 시계는 시간 서버와 동기화되어 있습니다(%1). 그런데도 서버는 요청 시간이 자신의 시간과 너무 멀다고 판단했습니다. 시계가 틀린 것이 아니라, 요청이 보내지기 훨씬 전에 서명되었을 수 있습니다(오래 걸리는 업로드, 재시도 또는 대기열).</translation>
    </message>
    <message>
        <source>The text says that a clock or the time is off (%1).</source>
        <translation>본문에 시계나 시간이 맞지 않는다고 적혀 있습니다(%1).</translation>
    </message>
    <message>
        <source>The error&apos;s code matches %1, but the paste does not show that message, so this rests on the code alone (source: %2).</source>
        <translation>에러 코드가 %1과(와) 일치하지만 붙여 넣은 내용에 그 메시지가 없으므로, 이 판단은 코드만을 근거로 합니다(출처: %2).</translation>
    </message>
    <message>
        <source>The request head in the paste has no Authorization header, and its URL no signature.</source>
        <translation>붙여 넣은 요청 헤더에 Authorization 헤더가 없고, URL에도 서명이 없습니다.</translation>
    </message>
    <message>
        <source>The text speaks of unsigned or public access (%1).</source>
        <translation>텍스트가 서명 없는 접근이나 공개 접근을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of temporary credentials (%1).</source>
        <translation>텍스트가 임시 자격 증명을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of a browser or a web page (%1).</source>
        <translation>텍스트가 브라우저나 웹 페이지를 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of a CORS preflight (%1).</source>
        <translation>텍스트가 CORS 사전 요청(preflight)을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of the Referer or hotlink protection (%1).</source>
        <translation>텍스트가 Referer나 핫링크 보호를 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of writing data (%1).</source>
        <translation>텍스트가 데이터 쓰기를 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of a sub-account, user or role (%1).</source>
        <translation>텍스트가 서브 계정, 사용자 또는 역할을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of access across accounts (%1).</source>
        <translation>텍스트가 계정 간 접근을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of a POST form policy (%1).</source>
        <translation>텍스트가 POST 폼 정책을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of a CDN (%1).</source>
        <translation>텍스트가 CDN을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The client is set up to send unsigned requests (%1).</source>
        <translation>클라이언트가 서명 없는 요청을 보내도록 설정되어 있습니다(%1).</translation>
    </message>
    <message>
        <source>The URL&apos;s validity ended at %1, which has passed by this computer&apos;s clock; the paste does not show when the URL was used.</source>
        <translation>URL의 유효 기간은 %1에 끝났으며, 이는 이 컴퓨터의 시계로 판단한 것입니다. 붙여 넣은 내용에는 URL이 언제 사용되었는지 나와 있지 않습니다.</translation>
    </message>
    <message>
        <source>The error&apos;s message matches %1, but the paste does not show its code, so this rests on the message alone (source: %2).</source>
        <translation>에러 메시지가 %1과(와) 일치하지만 붙여 넣은 내용에 그 코드가 없으므로, 이 판단은 메시지만을 근거로 합니다(출처: %2).</translation>
    </message>
    <message>
        <source>%1 (assumed: the text points to more than one provider)</source>
        <translation>%1(추정: 텍스트가 여러 제공업체를 가리킴)</translation>
    </message>
    <message>
        <source>The text points to %1 alike; of these, the %2 guide fitted best.</source>
        <translation>텍스트가 %1을(를) 똑같이 가리킵니다. 그중 %2 가이드가 가장 적합했습니다.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>The text speaks of an ACL or of private or public access (%1).</source>
        <translation>텍스트가 ACL이나 비공개·공개 접근을 언급합니다(%1).</translation>
    </message>
    <message>
        <source>The text speaks of a source IP or a VPC (%1).</source>
        <translation>텍스트가 소스 IP나 VPC를 언급합니다(%1).</translation>
    </message>
</context>
</TS>
