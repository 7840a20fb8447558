#!/usr/bin/env bash
# Time per MB of one document from 1 KB to MAX_MB (default 100 MB), in memory.
# Target: time per MB within 2x across the range.   Usage: benches/linearity.sh [MAX_MB]
source "$(dirname "$0")/common.sh"
cd "$ROOT" && cargo bench --quiet --bench throughput -- sizes "$SEEDS" "${1:-100}"
