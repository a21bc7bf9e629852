package org.dendrite.device;

import org.nd4j.linalg.factory.Nd4j;

/**
 * How many threads ND4J and its OpenBLAS use. ND4J's OpenMP threads: {@code OMP_NUM_THREADS}
 * when set, else the CPUs this process may really run on. Java's
 * {@link Runtime#availableProcessors()} counts those from the CPU affinity mask and the cgroup
 * CPU quota (a Binder pod limited to 1 CPU on a 64-core node gets 1); OpenMP's own default
 * counts the node's cores, and two threads on one granted CPU make every native call wait for a
 * descheduled partner. OpenBLAS: one thread, because its worker threads spin while they wait
 * for each other whatever {@code OMP_WAIT_POLICY} says; with two of them and two other busy
 * processes on a 2-core machine, an MLP training step took 25x as long as on a quiet machine.
 */
public final class CpuThreads {

    private static volatile boolean applied;

    private CpuThreads() {
    }

    /** The thread count for native CPU work. */
    public static int count() {
        String fromEnvironment = System.getenv("OMP_NUM_THREADS");
        if (fromEnvironment != null && fromEnvironment.trim().matches("[1-9][0-9]*")) {
            return Integer.parseInt(fromEnvironment.trim());
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** Where {@link #count()} comes from, for {@code Dendrite.info()}. */
    public static String source() {
        return System.getenv("OMP_NUM_THREADS") != null ? "OMP_NUM_THREADS"
                : "the CPUs this process may use (affinity and cgroup quota)";
    }

    /** Sets ND4J's thread count to {@link #count()} and OpenBLAS's to 1; loads ND4J if needed. */
    public static synchronized void apply() {
        if (applied) {
            return;
        }
        CpuVariant.select();
        int threads = count();
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(1);
        applied = true;
    }
}
