#!/usr/bin/env bash
# Instructions per seed document of the whole extractor (every field + JSON),
# counted by valgrind: unlike time, the count does not move with the load of
# a shared machine, so it tells a small speed change from noise. The
# difference of 3 runs and 1 run of `throughput mem` over 50 documents, so
# that regex compilation and warm-up cancel out.
# Usage: benches/instructions.sh     (needs valgrind)
source "$(dirname "$0")/common.sh"
cd "$ROOT"
B=$(cargo bench --bench throughput --no-run 2>&1 | grep -o "target/release/deps/throughput-[a-z0-9]*" | head -1)
count() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$B" mem "$SEEDS" 0.63 "$1" 2>&1 | grep -o "I *refs: *[0-9,]*" | tr -dc 0-9
}
ONE=$(count 1); THREE=$(count 3)
echo "instructions per document: $(( (THREE - ONE) / 100 ))"
