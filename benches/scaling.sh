#!/usr/bin/env bash
# 1 job vs 2 jobs over a folder of N files (default 20000): files/s and the ratio.
# Target: 2 jobs at least 1.8x one job.   Usage: benches/scaling.sh [N]
source "$(dirname "$0")/common.sh"
N="${1:-20000}"
DIR=$(corpus "$N")
"$BIN" parse "$DIR" -q -o /dev/null || true   # warm the page cache
T1=$(seconds "$BIN" parse "$DIR" -q -o /dev/null --jobs 1)
T2=$(seconds "$BIN" parse "$DIR" -q -o /dev/null --jobs 2)
python3 - "$N" "$T1" "$T2" <<'PY'
import sys
n, t1, t2 = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print("scaling, %d files: 1 job %.2f s (%.0f files/s), 2 jobs %.2f s (%.0f files/s): %.2fx (target >= 1.8x)"
      % (n, t1, n / t1, t2, n / t2, t1 / t2))
PY
