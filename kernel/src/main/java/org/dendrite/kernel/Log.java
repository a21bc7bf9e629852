package org.dendrite.kernel;

import java.io.PrintStream;
import java.time.LocalTime;

/** The kernel's own log, on the process's real standard error (Jupyter's server log), never in a cell. */
final class Log {

    private static final PrintStream ERR = System.err;

    private Log() {
    }

    static void warn(String message) {
        ERR.println(LocalTime.now() + " [dendrite] " + message);
    }

    static void warn(String message, Throwable cause) {
        warn(message + ": " + cause);
        cause.printStackTrace(ERR);
    }
}
