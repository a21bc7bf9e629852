package org.dendrite.kernel.engine;

/** Thrown in place of a cell's call that would end the kernel's JVM; earlier definitions are kept. */
public final class ExitRefusedException extends RuntimeException {

    ExitRefusedException(String call) {
        super(call + " was refused: it would end the kernel and lose every variable. Earlier definitions"
                + " are kept; to start afresh, restart the kernel from the notebook's Kernel menu.");
    }
}
