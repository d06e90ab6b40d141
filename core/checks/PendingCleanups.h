#pragma once

class HttpProbe;
class QNetworkAccessManager;

// The clean-up requests a check leaves running when it is cancelled or destroyed (the write
// probe's DELETE). They belong to the network manager, which outlives the check; a front end that
// is about to exit, or to drop its network manager, drains them first, so no test object is left
// behind in the user's bucket because the program ended a moment too early.
namespace PendingCleanups {
void track(HttpProbe *probe);                                // a probe already started, parented to its manager
int count(const QNetworkAccessManager *network);             // how many still run on this manager
bool drain(QNetworkAccessManager *network, int timeoutMs);   // waits for them; false when some were still running
}
