#!/usr/bin/env bash
# Side by side, in one run: the Python `re` baseline (five fields) and vanban
# (every field, JSON out), both in memory on one core over the seeds repeated
# to MB megabytes. Target: vanban at least 5x the baseline's documents/s.
# Usage: benches/baseline.sh [MB] [RUNS]     (BASELINE=path/to/baseline.py)
source "$(dirname "$0")/common.sh"
MB="${1:-20}"; RUNS="${2:-3}"
BASELINE="${BASELINE:-$ROOT/../shared/tools/baseline.py}"
[ -f "$BASELINE" ] || BASELINE=/work/shared/tools/baseline.py
echo "| what | runs | MB/s (median) | MB/s range | docs/s (median) | docs/s range | output bytes |"
echo "|---|---|---|---|---|---|---|"
PY_ROW=$(python3 "$BASELINE" mem "$SEEDS" "$MB" "$RUNS")
RS_ROW=$(cd "$ROOT" && cargo bench --quiet --bench throughput -- mem "$SEEDS" "$MB" "$RUNS")
echo "$PY_ROW"; echo "$RS_ROW"
python3 - "$PY_ROW" "$RS_ROW" <<'PY'
import sys
docs = [float(r.split("|")[5]) for r in sys.argv[1:3]]
print("vanban / baseline documents/s: %.2fx (target >= 5x)" % (docs[1] / docs[0]))
PY
