#pragma once

#include <QDateTime>

// The one reader of this machine's clock, for everything that signs a request or compares the
// machine's time with a server's: the live checks, the signer and the URL inspection.
//
// Tests simulate a machine whose clock is off by setting BUCKETDOCTOR_TEST_CLOCK_OFFSET_MS
// (milliseconds, may be negative) in the environment of the process they start: the clock-skew
// scenarios must run against a real server (tests/rgw) without changing the test machine's own
// clock. It is read once per process; a value that is not a whole number is ignored.
namespace LocalClock {
QDateTime nowUtc();
qint64 testOffsetMs(); // 0 unless the test hook above is set
}
