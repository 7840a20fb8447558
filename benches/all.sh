#!/usr/bin/env bash
# Every figure of benches/README.md, one after the other. QUICK=1 for short
# versions (smaller corpora), e.g. on a busy machine.
set -euo pipefail
cd "$(dirname "$0")"
if [ "${QUICK:-0}" = 1 ]; then
    ./baseline.sh 5 2; ./startup.sh "" 50; ./scaling.sh 4000; ./memory.sh 200 4000; ./linearity.sh 10
    (cd .. && cargo bench --quiet --bench throughput -- lines 100000)
else
    ./baseline.sh 20 3; ./startup.sh; ./scaling.sh 20000; ./memory.sh 200 20000; ./linearity.sh 100
    (cd .. && cargo bench --quiet --bench throughput -- lines 1000000)
fi
