#pragma once

#include "common/Statement.h"

#include <QString>

// Outside evidence about the causes: a cause category raised (weight > 0) or ruled down
// (weight < 0), with what was seen as a statement. Live checks are one source (findings/); the
// engine adds findings to the causes of their category as it does with a signature comparison,
// so `check` and `diagnose` rank with one engine, and the engine need not know what a check is.
struct Finding {
    QString source;     // what found it: a live check's id
    QString categoryId; // a Category id: "referer", "clock_skew", …
    double weight = 0;
    Statement evidence;
    // Decisive: a raising finding proves its category (its best cause is confirmed), a lowering one
    // excludes it (every cause of the category is ruled out).
    bool decisive = false;
    // Set when the evidence concerns one cause of the category only (a user's answer to the guide
    // question that names it): the finding then moves that cause alone.
    QString causeId = QString();
    // Set when a check's reason names one cause, in any provider's tree: the cause id after its
    // provider ("referer.empty_referer_denied" for cos.referer.… and oss.referer.…). A decisive
    // finding then confirms that cause, not the category's best by score; a tree without it treats
    // the finding as one about the category.
    QString causeKey = QString();

    // Whether a cause of a tree is the one this finding names (any cause when it names none).
    bool names(const QString &treeCauseId) const
    {
        if (!causeId.isEmpty())
            return treeCauseId == causeId;
        return causeKey.isEmpty() || treeCauseId.section(u'.', 1) == causeKey;
    }
};
