package org.dendrite.kernel.engine;

/**
 * What a cell's class calls with its expressions (public for that code): {@code show} keeps the
 * value of the cell's last expression for the kernel to display, {@code ignore} evaluates an
 * expression that Java would not accept as a statement ({@code 1 + 1;}). Each takes the expression
 * as a lambda, so that one call serves a value ({@link Expression}) and a {@code void} method call
 * ({@link Statement}): javac picks the first where the expression has a value.
 */
public final class CellValue {

    private static volatile Object shown;
    private static volatile boolean hasValue;

    private CellValue() {
    }

    /** An expression with a value. */
    @FunctionalInterface
    public interface Expression {
        Object evaluate() throws Throwable;
    }

    /** A {@code void} method call. */
    @FunctionalInterface
    public interface Statement {
        void run() throws Throwable;
    }

    /** Keeps the value of the cell's last expression. */
    public static void show(Expression expression) throws Throwable {
        shown = expression.evaluate();
        hasValue = true;
    }

    /** Runs the cell's last statement, a {@code void} call: nothing to show. */
    public static void show(Statement statement) throws Throwable {
        statement.run();
    }

    /** Evaluates an expression whose value nobody reads. */
    public static void ignore(Expression expression) throws Throwable {
        expression.evaluate();
    }

    /** Forgets the value shown last; called before a cell runs. */
    static void clear() {
        shown = null;
        hasValue = false;
    }

    /** Whether the cell that ran last showed a value. */
    static boolean hasValue() {
        return hasValue;
    }

    /** The value the cell that ran last showed. */
    static Object value() {
        return shown;
    }
}
