#pragma once

// The decision trees (resources/trees/*.json) as data compiled in: the build writes them with
// bucketdoctor-embed-trees (tools/embed-trees), and DecisionTree::builtIn makes a tree from them
// instead of parsing its JSON at every start (issue 15: the parse was a quarter of the instructions
// of one CLI `diagnose`). Every string is a run of kText (UTF-16); every list is a run of one of
// the arrays below, given by its first index and its length. The values are the JSON's as Qt's
// JSON reader gives them (defaults applied: a prior of 1, a fault of "yes"); DecisionTree checks
// the rest as it checks a tree read from JSON.
namespace TreeData {
struct Text {
    int at;
    int length;
};
struct Run {
    int first;
    int count;
};
struct SignalWeight {
    Text signal;
    double weight;
};
struct Cause {
    Text id;
    Text category;
    Text title;
    Text why;
    Run steps; // of kTexts
    Text source;
    double prior;
    Run signalWeights; // of kSignalWeights
};
struct Node {
    Text question;
    Text check;
    Text cause;
    double weight;
    bool faultIsNo;
};
struct Symptom {
    Text id;
    Text title;
    Text source;
    bool fallback;
    Text contactSupport;
    Run codes;    // of kTexts
    Run messages; // of kTexts
    Run tokens;   // of kTexts
    Run ec;       // of kTexts
    Run status;   // of kStatus
    Run nodes;    // of kNodes
};
struct Tree {
    Text provider; // its id, as the JSON's "provider"
    Run causes;    // of kCauses
    Run symptoms;  // of kSymptoms
};

extern const char16_t kText[];
extern const Text kTexts[];
extern const int kStatus[];
extern const SignalWeight kSignalWeights[];
extern const Cause kCauses[];
extern const Node kNodes[];
extern const Symptom kSymptoms[];
extern const Tree kTrees[];
extern const int kTreeCount;
}
