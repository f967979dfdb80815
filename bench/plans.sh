#!/usr/bin/env bash
# Times `dossier check` and `dossier review` on N generated dossiers that
# each have an account plan against N without (bench/gen.py with and
# without --plans; same seed, same size budget), with one build in one
# session, so the ratio says what the plan costs. Prints a Markdown table:
# best of RUNS wall times, peak RSS, and each ratio with plans / without,
# also per MB read. The page cache is warmed first.
#
#   bench/plans.sh                  # 10,000 dossiers, best of 3
#   N=1000 RUNS=5 bench/plans.sh
#   DOSSIER_BIN=/path/to/dossier bench/plans.sh
#
# Needs python3 and GNU time (/usr/bin/time; Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
RUNS=${RUNS:-3}
OUT=${OUT:-bench/out}
AS_OF=2026-11-28

# $BIN (DOSSIER_BIN or a release build), $TMP, and measure CMD...
source bench/measure.sh

ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

# A set is made again when gen.py has changed since it was written.
generate() {
    local dir=$1; shift
    local stamp
    stamp=$(sha256sum bench/gen.py | cut -c1-16)
    if [[ $(cat "$dir/.complete" 2>/dev/null) != "$stamp" ]]; then
        rm -rf "$dir"
        python3 bench/gen.py "$N" "$dir" "$@" >/dev/null
        echo "$stamp" >"$dir/.complete"
    fi
}

echo "machine: $(nproc) cores, $(uname -sr); dossier $("$BIN" --version | cut -d' ' -f2); runs: best of $RUNS"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| $N dossiers | MB | check | check RSS | review | review RSS |"
echo "|---|---:|---:|---:|---:|---:|"
declare -A MB CHECK REVIEW
for set in without with; do
    dir=$OUT/plans/$set-n$N
    if [[ $set == with ]]; then generate "$dir" --plans; else generate "$dir"; fi
    MB[$set]=$(du -sk --apparent-size "$dir" | awk '{ printf "%.1f", $1 / 1024 }')
    find "$dir" -name '*.yaml' -print0 | xargs -0 cat >/dev/null

    measure "$BIN" --color never check --format json --as-of "$AS_OF" "$dir"
    CHECK[$set]=$SECONDS_BEST
    check_rss=$RSS_MB
    measure "$BIN" --color never --dir "$dir" review --all --format json --as-of "$AS_OF"
    REVIEW[$set]=$SECONDS_BEST
    echo "| $set plans | ${MB[$set]} | ${CHECK[$set]}s | ${check_rss} MB | ${REVIEW[$set]}s | ${RSS_MB} MB |"
done
echo
per_mb() { awk "BEGIN { printf \"%.2f\", ($1 / $2) / ($3 / $4) }"; }
echo "| with / without | time | time per MB |"
echo "|---|---:|---:|"
echo "| check | $(ratio "${CHECK[with]}" "${CHECK[without]}") | $(per_mb "${CHECK[with]}" "${MB[with]}" "${CHECK[without]}" "${MB[without]}") |"
echo "| review | $(ratio "${REVIEW[with]}" "${REVIEW[without]}") | $(per_mb "${REVIEW[with]}" "${MB[with]}" "${REVIEW[without]}" "${MB[without]}") |"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
