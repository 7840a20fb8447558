#!/usr/bin/env bash
# 1 job vs 2 jobs over a folder of N files (default 20000): files/s and the ratio.
# Target: 2 jobs at least 1.8x one job (wall time). The CPU time of each run is
# printed too: on a busy machine, equal CPU time for 1 and 2 jobs shows the
# parallel run wastes nothing even when the wall-time ratio cannot show it.
# Usage: benches/scaling.sh [N]
source "$(dirname "$0")/common.sh"
N="${1:-20000}"
DIR=$(corpus "$N")
"$BIN" parse "$DIR" -q -o /dev/null || true   # warm the page cache
run() {  # prints "wall user sys" of: vanban parse DIR --jobs J
    /usr/bin/time -f "%e %U %S" "$BIN" parse "$DIR" -q -o /dev/null --jobs "$1" 2>&1 | tail -1
}
R1=$(run 1); R2=$(run 2)
python3 - "$N" $R1 $R2 <<'PY'
import sys
n = int(sys.argv[1])
w1, u1, s1, w2, u2, s2 = map(float, sys.argv[2:8])
print("scaling, %d files: 1 job %.2f s (%.0f files/s, CPU %.2f s), 2 jobs %.2f s (%.0f files/s, CPU %.2f s): "
      "%.2fx wall (target >= 1.8x), CPU 2 jobs / 1 job %.2f"
      % (n, w1, n / w1, u1 + s1, w2, n / w2, u2 + s2, w1 / w2, (u2 + s2) / (u1 + s1)))
PY
