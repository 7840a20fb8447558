#!/usr/bin/env bash
# Peak memory (maximum resident set) of `vanban parse DIR` over SMALL (200) and
# LARGE (20000) files. Target: the large run's peak no higher than the small's.
# Usage: benches/memory.sh [SMALL] [LARGE] [JOBS]
source "$(dirname "$0")/common.sh"
SMALL="${1:-200}"; LARGE="${2:-20000}"; JOBS="${3:-2}"
peak() {  # peak RSS in KB of: vanban parse DIR
    /usr/bin/time -f "%M" "$BIN" parse "$1" -q -o /dev/null --jobs "$JOBS" 2>&1 >/dev/null | tail -1
}
A=$(peak "$(corpus "$SMALL")")
B=$(peak "$(corpus "$LARGE")")
python3 - "$SMALL" "$A" "$LARGE" "$B" <<'PY'
import sys
s, a, l, b = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print("peak RSS: %d files %.1f MB, %d files %.1f MB: ratio %.2f (target <= 1.0, within noise)"
      % (s, a / 1024, l, b / 1024, b / a))
PY
