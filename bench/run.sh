#!/usr/bin/env bash
# bantin's benchmark: bench/run.sh [options] [sizes...]   (default sizes: 1000 10000 50000)
# Generates deterministic corpora, bakes each several times in fresh JVMs (and with Hugo when it is
# installed), and writes a Markdown table to bench/results/<date>-<host>.md. See bench/README.md,
# or run bench/run.sh --help.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v python3 >/dev/null 2>&1; then
    echo "bench/run.sh needs python3 (standard library only) and java 17" >&2
    exit 2
fi
exec python3 "$here/bench.py" "$@"
