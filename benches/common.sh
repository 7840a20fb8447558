# Sourced by the scripts in benches/: paths, a release build, corpora in /tmp.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEEDS="${SEEDS:-$ROOT/fixtures/seeds}"
WORK="${VANBAN_BENCH_TMP:-/tmp/vanban-bench}"
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/vanban"
mkdir -p "$WORK"
(cd "$ROOT" && cargo build --release --quiet)

# corpus N: prints a folder holding N files, the seeds in turn (made once).
corpus() {
    local n="$1" dir="$WORK/files-$1"
    if [ ! -f "$dir/.done" ]; then
        rm -rf "$dir"
        python3 - "$SEEDS" "$dir" "$n" <<'PY'
import os, sys
seeds_dir, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
seeds = [open(os.path.join(seeds_dir, f), "rb").read()
         for f in sorted(os.listdir(seeds_dir)) if f.endswith(".txt")]
for i in range(n):
    sub = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "%06d.txt" % i), "wb") as fh:
        fh.write(seeds[i % len(seeds)])
PY
        touch "$dir/.done"
    fi
    echo "$dir"
}

