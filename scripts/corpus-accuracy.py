#!/usr/bin/env python3
"""Top-1 and top-3 category accuracy of `bucketdoctor-cli diagnose` on a corpus of real reports.

    python3 scripts/corpus-accuracy.py [--cli build/app/cli/bucketdoctor-cli] [cases.json] [--misses]

Runs the CLI on each record's input with --provider <provider> --format json and compares the
categories of the listed causes with the record's category: top-1 is the first cause, top-3 any of
the first three causes. Prints the figures overall, per provider, per store, per language and per
category, and with --misses every miss. It measures whatever build it is given, on whatever
corpus: the one in tests/fixtures/realworld or another file of the same shape.
"""
import collections
import json
import subprocess
import sys


def main():
    args = sys.argv[1:]
    cli = "build/app/cli/bucketdoctor-cli"
    if "--cli" in args:
        i = args.index("--cli")
        cli = args[i + 1]
        del args[i:i + 2]
    misses = "--misses" in args
    args = [a for a in args if not a.startswith("--")]
    path = args[0] if args else "tests/fixtures/realworld/cases.json"
    records = json.load(open(path, encoding="utf-8"))
    groups = collections.defaultdict(lambda: [0, 0, 0])
    confusion = collections.Counter()
    for r in records:
        out = subprocess.run([cli, "diagnose", "--provider", r["provider"], "--format", "json", "--lang", "en"],
                             input=r["input"].encode(), capture_output=True, check=True).stdout
        causes = json.loads(out)["causes"]
        cats = [c["category"] for c in causes]
        top1 = bool(cats) and cats[0] == r["category"]
        top3 = r["category"] in cats[:3]
        for key in ("all", "provider:" + r["provider"], "store:" + r["store"], "language:" + r["language"],
                    "category:" + r["category"]):
            g = groups[key]
            g[0] += 1
            g[1] += top1
            g[2] += top3
        if not top1:
            confusion[(r["category"], cats[0] if cats else "-")] += 1
            if misses:
                print(f"miss {r['id']}: {r['category']} -> {cats[:3]}")
    print(f"{'group':40} {'n':>4} {'top-1':>7} {'top-3':>7}")
    for key in sorted(groups, key=lambda k: (k != "all", k.split(":")[0], k)):
        n, t1, t3 = groups[key]
        print(f"{key:40} {n:4d} {100 * t1 / n:6.1f}% {100 * t3 / n:6.1f}%")
    print("\nmost frequent confusions (expected -> ranked first):")
    for (want, got), n in confusion.most_common(15):
        print(f"  {n:3d}  {want} -> {got}")


if __name__ == "__main__":
    main()
