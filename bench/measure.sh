# Shared by bench/run.sh and bench/history.sh, sourced from the repository's
# top folder (needs $RUNS): sets $BIN (DOSSIER_BIN, else a release build) and
# $TMP (removed on exit), and defines `measure`.

if [[ ! -x /usr/bin/time ]]; then
    echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 2
fi
if [[ -n ${DOSSIER_BIN:-} ]]; then
    BIN=$DOSSIER_BIN            # another build, as it is
else
    cargo build --release --quiet
    BIN=$PWD/target/release/dossier
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# measure CMD...: the best wall time over RUNS into $SECONDS_BEST, and the
# highest peak RSS of any run (MB) into $RSS_MB. $BEFORE, when set, is run
# (by eval, untimed) before each run.
measure() {
    local best="" rss=0
    for _ in $(seq "$RUNS"); do
        local start end elapsed kb
        if [[ -n ${BEFORE:-} ]]; then eval "$BEFORE"; fi
        start=$(date +%s%N)
        /usr/bin/time -f '%M' -o "$TMP/rss" "$@" >/dev/null 2>"$TMP/stderr" || true
        end=$(date +%s%N)
        if grep -q panicked "$TMP/stderr"; then
            echo "bench: $* panicked" >&2
            cat "$TMP/stderr" >&2
            exit 1
        fi
        elapsed=$(( (end - start) / 1000 ))   # microseconds
        kb=$(tail -1 "$TMP/rss")
        if [[ -z $best || $elapsed -lt $best ]]; then best=$elapsed; fi
        if [[ $kb -gt $rss ]]; then rss=$kb; fi
    done
    SECONDS_BEST=$(awk "BEGIN { printf \"%.3f\", $best / 1e6 }")
    RSS_MB=$(awk "BEGIN { printf \"%.0f\", $rss / 1024 }")
}
