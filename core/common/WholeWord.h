#pragma once

#include <QStringView>

// The one whole-word test. A Latin word must not be glued to other Latin letters or digits where
// it begins or ends with one ("kms" is not in "kmsindebt", nor "browser" in "ossbrowser"); Chinese
// and Korean words have no such boundaries and match anywhere ("过期" in "链接过期了").
namespace WholeWord {
bool contains(QStringView text, QStringView word); // both already folded the same way
}
