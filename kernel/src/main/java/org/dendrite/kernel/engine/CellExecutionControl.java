package org.dendrite.kernel.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.EngineTerminationException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.spi.ExecutionControl.RunException;
import jdk.jshell.spi.ExecutionControl.StoppedException;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in this JVM with JShell's own {@link LocalExecutionControl}, which can stop a
 * busy loop (by {@code Thread.stop} on Java 17, by instrumented stop checks on Java 21+), and
 * keeps each snippet's live result so the kernel can render it rather than its string. Calls that
 * would end the JVM are redirected by {@link ExitCallRewriter} before a snippet's classes load.
 *
 * <p>The snippet's {@code do_it$} method is called through {@link #runPending()}, so the parent
 * class still runs it on its own stoppable thread. One shell evaluates at a time, so the pending
 * method and its result are held in static fields.
 */
public final class CellExecutionControl extends LocalExecutionControl {

    private static final Method RUN_PENDING;
    private static final Method RUN_TASK;
    private static volatile Method pending;
    private static volatile Runnable pendingTask;
    private static volatile Object lastValue;
    private volatile boolean stopRequested;

    static {
        try {
            RUN_PENDING = CellExecutionControl.class.getMethod("runPending");
            RUN_TASK = CellExecutionControl.class.getMethod("runTask");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The live value of the last snippet that ran: an expression's value, or a variable's. */
    Object lastValue() {
        return lastValue;
    }

    /** Forgets an earlier stop request; called as a cell starts. */
    void clearStop() {
        stopRequested = false;
    }

    /**
     * Stops the running snippet, and any snippet of this cell still to start: a stop that comes
     * while JShell compiles a snippet (no user code running yet) is not lost.
     */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        stopRequested = true;
        super.stop();
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(Stream.of(classes)
                .map(c -> new ClassBytecodes(c.name(), ExitCallRewriter.rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new));
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        if (stopRequested) {
            throw new StoppedException();
        }
        pending = doitMethod;
        lastValue = null;
        try {
            return super.invoke(RUN_PENDING);
        } finally {
            pending = null;
        }
    }

    /** Runs the pending snippet and keeps its value; public only so that the parent can call it. */
    public static Object runPending() throws Throwable {
        try {
            Object value = pending.invoke(null);
            lastValue = value;
            return value;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Runs {@code task}, code of the cells called from outside a cell (a widget's callback), as a
     * snippet runs: on JShell's stoppable thread, what it throws reported as a
     * {@link jdk.jshell.spi.ExecutionControl.UserException}, a stop as a {@link StoppedException}.
     */
    void runStoppable(Runnable task) throws RunException, InternalException, EngineTerminationException {
        stopRequested = false;
        pendingTask = task;
        try {
            clientCodeEnter();
            invoke(RUN_TASK);
        } catch (RunException | InternalException | EngineTerminationException e) {
            throw e;
        } catch (InvocationTargetException e) {
            throwConvertedInvocationException(e.getCause());
        } catch (Throwable e) {
            throwConvertedOtherException(e);
        } finally {
            pendingTask = null;
            clientCodeLeave();
        }
    }

    /** Runs the pending task of {@link #runStoppable}; public only so that the parent can call it. */
    public static Object runTask() {
        pendingTask.run();
        return null;
    }

    /** Hands JShell this control, and the engine the instance that JShell uses. */
    static final class Provider implements ExecutionControlProvider {
        private CellExecutionControl control;

        @Override
        public String name() {
            return "dendrite";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new CellExecutionControl();
            return control;
        }

        CellExecutionControl control() {
            return control;
        }
    }
}
