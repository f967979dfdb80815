#!/usr/bin/env bash
# Times `dossier check`, `dossier review` and `dossier export` on 1k, 10k and 100k generated
# dossiers against `cat` of the same files (the floor: reading them at all),
# and Python + PyYAML (libyaml) parsing them when it is installed. Prints a
# Markdown table: best of RUNS wall times (PyYAML: one run), each as a ratio
# to the floor, and peak RSS. Uses a release build. The page cache is warmed first, so every
# tool reads from memory: what is compared is the work on the bytes.
#
#   bench/run.sh                    # all three sets
#   SIZES="1000 10000" RUNS=5 bench/run.sh
#   DOSSIER_BIN=/path/to/dossier bench/run.sh   # time another build
#   EXPORT=0 bench/run.sh           # without `export` (the longest part)
#   PYYAML=0 bench/run.sh           # without PyYAML (minutes at 100k)
#
# Needs python3 and GNU time (/usr/bin/time; Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-3}
OUT=${OUT:-bench/out}
AS_OF=2026-11-28

# $BIN (DOSSIER_BIN or a release build), $TMP, and measure CMD...
source bench/measure.sh

# `dossier review` and `export` may not be in this build yet.
if "$BIN" review --help >/dev/null 2>&1; then HAVE_REVIEW=1; else HAVE_REVIEW=0; fi
if [[ ${EXPORT:-1} != 0 ]] && "$BIN" export --help >/dev/null 2>&1; then HAVE_EXPORT=1; else HAVE_EXPORT=0; fi
if [[ ${PYYAML:-1} != 0 ]] && python3 -c 'import yaml; yaml.CSafeLoader' >/dev/null 2>&1; then HAVE_PYYAML=1; else HAVE_PYYAML=0; fi

cat >"$TMP/pyyaml.py" <<'EOF'
import os, sys, yaml
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        if name.endswith(".yaml"):
            with open(os.path.join(root, name), "rb") as f:
                yaml.load(f, Loader=yaml.CSafeLoader)
EOF


ratio() { awk "BEGIN { printf \"%.1f\", $1 / $2 }"; }

EXPORTS=()
echo "machine: $(nproc) cores, $(uname -sr); dossier $("$BIN" --version | cut -d' ' -f2); runs: best of $RUNS"
echo
echo "| dossiers | MB | cat (floor) | check | check / cat | check RSS | check µs/file | review | review / cat | review RSS | PyYAML | PyYAML / cat |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
    dir=$OUT/n$n
    if [[ ! -f $dir/.complete ]]; then
        rm -rf "$dir"
        python3 bench/gen.py "$n" "$dir" >/dev/null
        touch "$dir/.complete"
    fi
    mb=$(du -sm --apparent-size "$dir" | cut -f1)
    # Warm the page cache: every tool then reads from memory.
    find "$dir" -name '*.yaml' -print0 | xargs -0 cat >/dev/null

    measure bash -c "find '$dir' -name '*.yaml' -print0 | xargs -0 cat > /dev/null"
    cat_s=$SECONDS_BEST

    measure "$BIN" --color never check --format json "$dir"
    check_s=$SECONDS_BEST check_rss=$RSS_MB
    per_file=$(awk "BEGIN { printf \"%.0f\", $check_s * 1e6 / $n }")

    review="n/a" review_ratio="n/a" review_rss="n/a"
    if [[ $HAVE_REVIEW == 1 ]]; then
        measure "$BIN" --color never --dir "$dir" review --all --format json --as-of "$AS_OF"
        review="${SECONDS_BEST}s" review_ratio=$(ratio "$SECONDS_BEST" "$cat_s") review_rss="${RSS_MB} MB"
    fi

    py="n/a" py_ratio="n/a"
    if [[ $HAVE_PYYAML == 1 ]]; then
        # One run: it is the slowest by far, and only a point of comparison.
        RUNS=1 measure python3 "$TMP/pyyaml.py" "$dir"
        py="${SECONDS_BEST}s" py_ratio=$(ratio "$SECONDS_BEST" "$cat_s")
    fi

    echo "| $n | $mb | ${cat_s}s | ${check_s}s | $(ratio "$check_s" "$cat_s") | ${check_rss} MB | $per_file | $review | $review_ratio | $review_rss | $py | $py_ratio |"

    # export, as a ratio to `check` of the same files in this same run.
    if [[ $HAVE_EXPORT == 1 ]]; then
        for format in xlsx json; do
            measure "$BIN" --color never --dir "$dir" export --format "$format" --output "$TMP/export.$format"
            EXPORTS+=("| $n | $format | ${SECONDS_BEST}s | $(ratio "$SECONDS_BEST" "$check_s") | ${RSS_MB} MB | $(ratio "$RSS_MB" "$check_rss") | $(du -k "$TMP/export.$format" | cut -f1) KB |")
        done
    fi
done

if [[ ${#EXPORTS[@]} -gt 0 ]]; then
    echo
    echo "| dossiers | export | time | time / check | RSS | RSS / check | file |"
    echo "|---:|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${EXPORTS[@]}"
fi

echo
# `--version` 300 times in a loop, beside `/bin/true` the same way: the
# loop's own cost (fork and exec from bash) is the floor.
per_run_ms() {
    local start end
    start=$(date +%s%N)
    for _ in $(seq 300); do "$@" >/dev/null; done
    end=$(date +%s%N)
    awk "BEGIN { printf \"%.2f\", ($end - $start) / 300 / 1e6 }"
}
version_ms="$(per_run_ms "$BIN" --version) ms mean (300 runs in a loop; /bin/true the same way: $(per_run_ms /bin/true) ms)"
echo "dossier --version: $version_ms"
