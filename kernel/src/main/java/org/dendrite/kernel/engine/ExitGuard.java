package org.dendrite.kernel.engine;

/**
 * What a cell's {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} calls become
 * (see {@link ExitCallRewriter}): cells share the kernel's JVM, so ending it would end the kernel
 * and lose every variable. The call throws instead, and the cell fails with a clear message.
 * Public only because the rewritten cell classes call it.
 */
public final class ExitGuard {

    private ExitGuard() {
    }

    /** Replaces {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new ExitRefusedException("System.exit(" + status + ")");
    }

    /** Replaces {@code runtime.exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitRefusedException("Runtime.exit(" + status + ")");
    }

    /** Replaces {@code runtime.halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw new ExitRefusedException("Runtime.halt(" + status + ")");
    }
}
