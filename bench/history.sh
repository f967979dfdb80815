#!/usr/bin/env bash
# Times the commands that read git history on a repository of 10,000 dossiers
# and 5,000 first-parent commits over a year (bench/histgen.py, through
# `git fast-import`), against git itself on the same history:
#
#   dossier log ID                  vs  git log -p --first-parent -- PATH
#   dossier changes --since DATE    vs  git log -p --first-parent FROM..HEAD -- dossiers
#   dossier review (in the repo)    vs  dossier review (same files outside git)
#
# and, for scale, `git log --first-parent --raw -- dossiers`: git listing what
# every commit changed, the walk a first run of `review` must make.
#
# `review` in the repository three ways: the first run (nothing written down
# in .git/dossier/), a week later (what a run at the commit a week before
# the last wrote down), and run again at the same commit.
#
# FORMAT.md, "History from git", "Speed": each at most 2x. Prints a Markdown
# table: best of RUNS wall times, the ratio, and peak RSS. The page cache is
# warmed first.
#
#   bench/history.sh
#   COUNT=1000 COMMITS=500 RUNS=5 bench/history.sh
#   DOSSIER_BIN=/path/to/dossier bench/history.sh   # time another build
#
# Needs python3, git and GNU time (/usr/bin/time; Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-10000}
COMMITS=${COMMITS:-5000}
RUNS=${RUNS:-3}
OUT=${OUT:-bench/out}
AS_OF=2026-11-28

# $BIN (DOSSIER_BIN or a release build), $TMP, and measure CMD...
source bench/measure.sh

# The repository, its dossiers copied outside git, and what the generator
# picked: generated once, kept under bench/out/ (ignored by git).
mkdir -p "$OUT"
SET=$(cd "$OUT" && pwd)/history-n$COUNT-c$COMMITS
REPO=$SET/repo
PLAIN=$SET/plain
if [[ ! -f $SET/.complete ]]; then
    rm -rf "$SET"
    mkdir -p "$SET"
    git init -q -b main "$REPO"
    python3 bench/histgen.py "$COUNT" "$COMMITS" --info "$SET/info" | git -C "$REPO" fast-import --quiet
    git -C "$REPO" reset -q --hard
    cp -r "$REPO/dossiers" "$PLAIN"
    touch "$SET/.complete"
fi
info() { awk -v k="$1" '$1 == k { print $2 }' "$SET/info"; }
# `log` of the dossier most often changed (not moved: git log -- PATH would
# see only part of its history).
git -C "$REPO" log --first-parent --format= --name-only HEAD | sort | uniq -c | sort -k1,1nr -k2 >"$TMP/busiest"
LOG_PATH=""
while read -r _ path; do
    if [[ -f $REPO/$path ]]; then LOG_PATH=$path; break; fi
done <"$TMP/busiest"
LOG_ID=$(basename "$LOG_PATH" .yaml)
LAST=$(info last_date)
SINCE=$(date -d "$LAST - 7 days" +%F)
FROM=$(git -C "$REPO" rev-list -1 --first-parent --before="$SINCE 00:00" HEAD)
IN_RANGE=$(git -C "$REPO" rev-list --count --first-parent "$FROM..HEAD")
LOG_COMMITS=$(git -C "$REPO" rev-list --count --first-parent HEAD -- "$LOG_PATH")

# What `review` writes down for the next run, as a run a week before the
# last commit would have left it: written from a work tree at $FROM (its
# index refreshed first, as any `git status` does).
MEMO=$REPO/.git/dossier/review-history
WEEK=$SET/week
if [[ ! -d $WEEK ]]; then
    git -C "$REPO" worktree add -q --detach "$WEEK" "$FROM"
fi
git -C "$WEEK" checkout -q --detach "$FROM"
sleep 1
git -C "$WEEK" status --porcelain >/dev/null
rm -f "$MEMO"
"$BIN" --color never --dir "$WEEK/dossiers" review --all --format json --as-of "$AS_OF" >/dev/null || true
cp "$MEMO" "$TMP/memo-week"
git -C "$REPO" status --porcelain >/dev/null

# Warm the page cache: the pack, the index and the work tree.
cat "$REPO"/.git/objects/pack/* "$REPO/.git/index" >/dev/null
find "$REPO/dossiers" "$PLAIN" -name '*.yaml' -print0 | xargs -0 cat >/dev/null


ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
verdict() { awk "BEGIN { print ($1 <= 2 * $2) ? \"met\" : \"**missed**\" }"; }

# row NAME BASELINE_NAME -- DOSSIER_CMD... -- BASELINE_CMD...
row() {
    local name=$1 base_name=$2; shift 3
    local ours=() theirs=()
    while [[ $1 != -- ]]; do ours+=("$1"); shift; done
    shift
    theirs=("$@")
    measure "${theirs[@]}"
    local base_s=$SECONDS_BEST base_rss=$RSS_MB
    measure "${ours[@]}"
    echo "| $name | ${SECONDS_BEST}s | ${RSS_MB} MB | $base_name | ${base_s}s | ${base_rss} MB | $(ratio "$SECONDS_BEST" "$base_s") | $(verdict "$SECONDS_BEST" "$base_s") |"
}

echo "machine: $(nproc) cores, $(uname -sr); dossier $("$BIN" --version | cut -d' ' -f2); $(git --version)"
echo "repository: $COUNT dossiers, $(git -C "$REPO" rev-list --count HEAD) commits, pack $(du -sm "$REPO/.git/objects/pack" | cut -f1) MB; runs: best of $RUNS"
echo "log: $LOG_ID ($LOG_COMMITS commits touch $LOG_PATH); changes: since $SINCE, $IN_RANGE commits ($FROM..HEAD)"
echo
echo "| dossier | time | RSS | baseline | time | RSS | ratio | 2x target |"
echo "|---|---:|---:|---|---:|---:|---:|---|"
row "\`log $LOG_ID\`" "\`git log -p --first-parent -- PATH\`" -- \
    "$BIN" --color never --dir "$REPO/dossiers" log "$LOG_ID" -- \
    git -C "$REPO" log -p --first-parent -- "$LOG_PATH"
row "\`changes --since $SINCE\`" "\`git log -p --first-parent FROM..HEAD -- dossiers\`" -- \
    "$BIN" --color never --dir "$REPO/dossiers" changes --since "$SINCE" -- \
    git -C "$REPO" log -p --first-parent "$FROM..HEAD" -- dossiers
REVIEW_IN=("$BIN" --color never --dir "$REPO/dossiers" review --all --format json --as-of "$AS_OF")
REVIEW_OUT=("$BIN" --color never --dir "$PLAIN" review --all --format json --as-of "$AS_OF")
BEFORE="rm -f '$MEMO'" row "\`review --all\` in the repository, first run" \
    "\`review --all\` outside git" -- "${REVIEW_IN[@]}" -- "${REVIEW_OUT[@]}"
BEFORE="cp '$TMP/memo-week' '$MEMO'" row "\`review --all\` in the repository, a week later" \
    "\`review --all\` outside git" -- "${REVIEW_IN[@]}" -- "${REVIEW_OUT[@]}"
row "\`review --all\` in the repository, run again" \
    "\`review --all\` outside git" -- "${REVIEW_IN[@]}" -- "${REVIEW_OUT[@]}"

# For scale: what listing the whole history's changes costs git itself, the
# least a first run must do before it reads a single version.
measure git -C "$REPO" log --first-parent --raw --no-renames --format=%H -- dossiers
echo
echo "For scale: \`git log --first-parent --raw -- dossiers\` (git listing the files each of the $(git -C "$REPO" rev-list --count HEAD) commits changed, no contents) took ${SECONDS_BEST}s, ${RSS_MB} MB."
