#!/usr/bin/env bash
# Builds one seed directory per fuzz target under OUT (default build-fuzz/corpus) from the test
# fixtures, fuzz/seeds/<target>/ and fuzz/regressions/<target>/. OUT is recreated, so libFuzzer can
# add to it without touching anything in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-fuzz/corpus}
fixtures=tests/fixtures

rm -rf "$out"
for target in FuzzPasteParser FuzzDiagnosis FuzzErrorXmlReader FuzzUrlInspector FuzzCorsEvaluator FuzzRefererEvaluator FuzzPolicyEvaluator; do
    mkdir -p "$out/$target"
done

# Every pasted fixture is a seed for the paste parser and the diagnosis, and for the error XML reader too: most hold an
# <Error> body, plain, escaped or inside a dump. expected.json files are test oracles, not pastes.
while IFS= read -r file; do
    name=$(echo "${file#"$fixtures"/}" | tr '/' '_')
    cp "$file" "$out/FuzzPasteParser/$name"
    cp "$file" "$out/FuzzDiagnosis/$name"
    cp "$file" "$out/FuzzErrorXmlReader/$name"
done < <(find "$fixtures/parser" "$fixtures/diagnose" -type f -name '*.txt' | sort)

# The URL inspector gets each distinct URL found in the fixtures, one per file.
n=0
while IFS= read -r url; do
    n=$((n + 1))
    printf '%s' "$url" > "$out/FuzzUrlInspector/fixture_url_$n"
done < <(grep -rhoE "https?://[^[:space:]\"'<>\`]+" "$fixtures" | sort -u)

# Hand-written seeds (the evaluators' configuration formats) and reproducers of past crashes, which
# are run again on every fuzz run.
for dir in fuzz/seeds fuzz/regressions; do
    [[ -d $dir ]] || continue
    for target_dir in "$dir"/*/; do
        target=$(basename "$target_dir")
        [[ -d $out/$target ]] || { echo "make-corpus: $target_dir names no fuzz target" >&2; exit 1; }
        find "$target_dir" -maxdepth 1 -type f ! -name '.*' ! -name '*.md' -exec cp -t "$out/$target" {} +
    done
done

for target_dir in "$out"/*/; do
    echo "$(basename "$target_dir"): $(find "$target_dir" -type f | wc -l) seeds"
done
