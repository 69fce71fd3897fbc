#!/usr/bin/env sh
# Every benchmark of bench/, one after another, each printing its own table (issue 9).
#
#   bench/run_all.sh            # the full sizes (about 45 minutes on a 2-core machine)
#   bench/run_all.sh --quick    # the end-to-end, memory and profile runs shrunk (about 8)
#
# Run from anywhere; uses the checkout's .venv. PostgreSQL is used when NEGOTIATOR_BENCH_POSTGRES
# (a server URL, default postgresql+asyncpg://postgres@127.0.0.1:5432/postgres) is reachable;
# bench_workers.py needs PostgreSQL and Redis (127.0.0.1:6379).
set -eu
cd "$(dirname "$0")/.."
PY=.venv/bin/python
QUICK=""
if [ "${1:-}" = "--quick" ]; then QUICK="--quick"; fi
PG="${NEGOTIATOR_BENCH_POSTGRES:-postgresql+asyncpg://postgres@127.0.0.1:5432/postgres}"

run() {
    echo
    echo "=== $*"
    "$PY" "$@"
}

if [ -n "$QUICK" ]; then
    run bench/bench_nlu.py --passes 3
    run bench/bench_compliance.py --checks 5000 --passes 2
    run bench/bench_offers.py --accounts 2000 --passes 2
    run bench/bench_import.py --rows 20000
    run bench/bench_delivery.py --debtors 2000
    run bench/bench_e2e.py --quick --postgres "$PG"
    run bench/bench_memory.py --quick
    run bench/profile_e2e.py --debtors 100
    run bench/bench_statements.py --rows 500 --debtors 100
    run bench/bench_workers.py --debtors 40 --postgres "$PG"
else
    run bench/bench_nlu.py
    run bench/bench_compliance.py
    run bench/bench_offers.py
    run bench/bench_import.py
    run bench/bench_delivery.py
    run bench/bench_e2e.py --postgres "$PG"
    run bench/bench_memory.py
    run bench/bench_statements.py
    run bench/profile_e2e.py
    run bench/bench_workers.py --postgres "$PG"
fi
