#!/usr/bin/env bash
# Whole process on one file: `vanban parse one.txt > /dev/null`, mean wall time.
# Target: under 10 ms.   Usage: benches/startup.sh [FILE] [RUNS]
source "$(dirname "$0")/common.sh"
FILE="${1:-$(ls "$SEEDS"/*.txt | head -1)}"; RUNS="${2:-200}"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 10 --runs "$RUNS" -N --export-json "$WORK/startup.json" \
        "$BIN parse $FILE" >/dev/null
    python3 -c "import json;r=json.load(open('$WORK/startup.json'))['results'][0];print('one file, whole process (hyperfine, %d runs): mean %.2f ms, min %.2f ms (target < 10 ms)' % ($RUNS, r['mean']*1e3, r['min']*1e3))"
else
    for _ in 1 2 3 4 5; do "$BIN" parse "$FILE" >/dev/null; done
    T0=$(date +%s.%N)
    for _ in $(seq "$RUNS"); do "$BIN" parse "$FILE" >/dev/null; done
    T=$(python3 -c "print($(date +%s.%N) - $T0)")
    python3 -c "print('one file, whole process (shell loop, %d runs): mean %.2f ms (target < 10 ms)' % ($RUNS, $T * 1e3 / $RUNS))"
fi
