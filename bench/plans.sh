#!/usr/bin/env bash
# Times `dossier check` and `dossier review` on N generated dossiers that
# each have an account plan against two sets of N without, with one build
# in one session, so the ratios say what the plan costs. Prints Markdown
# tables: best of RUNS wall times, peak RSS, and each ratio with plans /
# without, also per MB read. The page cache is warmed first. The sets
# (bench/gen.py, same seed):
#
#   without   no plan; the size budget drawn for each dossier is filled
#             with the other sections (gen.py)
#   with      the same budget with a plan (gen.py --plans); a dossier whose
#             required sections and plan pass the budget is that much
#             longer, so this set holds about 13% more bytes
#   filled    each dossier of `with` without its plan, the plan's bytes
#             filled with more of the other sections (gen.py
#             --plans-filled): as many bytes, the plan the only difference
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
declare -A NAME=([without]="without plans" [with]="with plans" [filled]="without plans, filled to the same size")
for set in without with filled; do
    dir=$OUT/plans/$set-n$N
    case $set in
        with) generate "$dir" --plans ;;
        filled) generate "$dir" --plans-filled ;;
        *) generate "$dir" ;;
    esac
    MB[$set]=$(du -sk --apparent-size "$dir" | awk '{ printf "%.1f", $1 / 1024 }')
    find "$dir" -name '*.yaml' -print0 | xargs -0 cat >/dev/null

    measure "$BIN" --color never check --format json --as-of "$AS_OF" "$dir"
    CHECK[$set]=$SECONDS_BEST
    check_rss=$RSS_MB
    measure "$BIN" --color never --dir "$dir" review --all --format json --as-of "$AS_OF"
    REVIEW[$set]=$SECONDS_BEST
    echo "| ${NAME[$set]} | ${MB[$set]} | ${CHECK[$set]}s | ${check_rss} MB | ${REVIEW[$set]}s | ${RSS_MB} MB |"
done
echo
per_mb() { awk "BEGIN { printf \"%.2f\", ($1 / $2) / ($3 / $4) }"; }
echo "| with plans / | without: time | per MB | filled: time | per MB |"
echo "|---|---:|---:|---:|---:|"
for command in check review; do
    declare -n T=${command^^}
    echo "| $command | $(ratio "${T[with]}" "${T[without]}") | $(per_mb "${T[with]}" "${MB[with]}" "${T[without]}" "${MB[without]}") | $(ratio "${T[with]}" "${T[filled]}") | $(per_mb "${T[with]}" "${MB[with]}" "${T[filled]}" "${MB[filled]}") |"
    unset -n T
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
