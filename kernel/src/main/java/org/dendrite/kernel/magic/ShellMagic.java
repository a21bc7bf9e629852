package org.dendrite.kernel.magic;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/**
 * {@code %%bash} and {@code %%shell}: runs the cell with bash or sh in the notebook's folder and
 * streams its output while it runs; an interrupt ends the command and what it started.
 */
final class ShellMagic implements Magic {

    private volatile Process running;
    private volatile boolean interrupted;

    @Override
    public List<String> names() {
        return List.of("%%bash", "%%shell");
    }

    @Override
    public String summary() {
        return "run the cell with bash (%%bash) or sh (%%shell), streaming its output";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        String shell = name.equals("%%bash") ? "bash" : "sh";
        interrupted = false;
        Process process;
        try {
            process = new ProcessBuilder(shell, "-c", body).start();
        } catch (IOException e) {
            return MagicErrors.failure("ShellError", "Cannot start " + shell + ": " + e.getMessage());
        }
        running = process;
        try {
            process.getOutputStream().close();
            Thread out = pump(process.getInputStream(), System.out);
            Thread err = pump(process.getErrorStream(), System.err);
            int status = process.waitFor();
            out.join();
            err.join();
            if (interrupted) {
                return MagicErrors.failure("Interrupted", "the " + shell + " command was stopped");
            }
            return status == 0 ? new CellOutcome.Success(null, false)
                    : MagicErrors.failure("ShellError", shell + " exited with status " + status);
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            return MagicErrors.failure("ShellError", shell + " failed: " + e);
        } finally {
            running = null;
        }
    }

    /** Copies a stream as it comes, from a thread that inherits the cell (so output is the cell's). */
    private static Thread pump(InputStream from, PrintStream to) {
        Thread thread = new Thread(() -> {
            byte[] chunk = new byte[8192];
            try (from) {
                for (int n; (n = from.read(chunk)) > 0; ) {
                    to.write(chunk, 0, n);
                    to.flush();
                }
            } catch (IOException closed) {
                // the process ended or was killed; what it wrote has been copied
            }
        }, "dendrite-shell-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void interrupt() {
        Process process = running;
        if (process != null) {
            interrupted = true;
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
