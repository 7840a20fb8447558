#!/usr/bin/env bash
# 1 job vs 2 jobs over a folder of N files (default 20000): files/s and the ratio.
# Target: 2 jobs at least 1.8x one job (wall time). The two are run in turn
# REPEATS times (default 3) and the fastest run of each is compared, as a
# shared machine only ever slows a run down. The CPU time of each run is
# printed too: equal CPU time for 1 and 2 jobs shows the parallel run wastes
# nothing even when the wall-time ratio cannot show it.
# Usage: benches/scaling.sh [N] [REPEATS]
source "$(dirname "$0")/common.sh"
N="${1:-20000}"
REPEATS="${2:-3}"
DIR=$(corpus "$N")
"$BIN" parse "$DIR" -q -o /dev/null || true   # warm the page cache
run() {  # prints "wall user sys" of: vanban parse DIR --jobs J
    /usr/bin/time -f "%e %U %S" "$BIN" parse "$DIR" -q -o /dev/null --jobs "$1" 2>&1 | tail -1
}
RUNS=()
for _ in $(seq "$REPEATS"); do
    RUNS+=("$(run 1)" "$(run 2)")
done
python3 - "$N" "${RUNS[@]}" <<'PY'
import sys
n = int(sys.argv[1])
runs = [tuple(map(float, r.split())) for r in sys.argv[2:]]
one, two = runs[0::2], runs[1::2]
for k, (a, b) in enumerate(zip(one, two), 1):
    print("run %d: 1 job %.2f s (CPU %.2f s), 2 jobs %.2f s (CPU %.2f s): %.2fx wall, CPU 2 jobs / 1 job %.2f"
          % (k, a[0], a[1] + a[2], b[0], b[1] + b[2], a[0] / b[0], (b[1] + b[2]) / (a[1] + a[2])))
w1, w2 = min(r[0] for r in one), min(r[0] for r in two)
print("scaling, %d files, fastest of %d: 1 job %.2f s (%.0f files/s), 2 jobs %.2f s (%.0f files/s): %.2fx (target >= 1.8x)"
      % (n, len(one), w1, n / w1, w2, n / w2, w1 / w2))
PY
