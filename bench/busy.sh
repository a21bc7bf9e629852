# Sourced by the benchmarks: start_busy N starts N CPU-bound shell loops (the "busy machine"
# of issue 15: other users' work on a shared node) and stop_busy stops those, by their ids.
BUSY_PIDS=()
start_busy() {
    for _ in $(seq "$1"); do
        bash -c 'while :; do :; done' &
        BUSY_PIDS+=($!)
    done
}
stop_busy() {
    if [ ${#BUSY_PIDS[@]} -gt 0 ]; then
        kill "${BUSY_PIDS[@]}" 2>/dev/null || true
        wait "${BUSY_PIDS[@]}" 2>/dev/null || true
    fi
    BUSY_PIDS=()
}
load() { cut -d' ' -f1 /proc/loadavg; }
