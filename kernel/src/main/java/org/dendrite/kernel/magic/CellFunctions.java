package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.CellOutcome;

/**
 * What a cell may call on its kernel, under the names IJava and JJava give these functions:
 * {@code lineMagic("jars", List.of("lib/*.jar"))}, {@code cellMagic(...)}, {@code eval("1 + 1")}
 * and {@code printf(...)}. A line magic written after {@code =} in Java, as in
 * {@code List<String> added = %jars lib/*.jar;}, becomes a {@code lineMagic} call.
 */
public final class CellFunctions {

    private static volatile Magics magics;
    private static volatile MagicContext context;

    private CellFunctions() {
    }

    /** The magics and the cell that calls from now on reach; set as each cell starts. */
    static void enter(Magics registry, MagicContext cell) {
        magics = registry;
        context = cell;
    }

    /** Runs line magic {@code %name} with {@code args}; returns its value, such as the jars {@code %jars} added. */
    @SuppressWarnings("unchecked")
    public static <T> T lineMagic(String name, List<String> args) {
        return (T) valueOf(kernel().call("%" + name, String.join(" ", args), "", context), "%" + name);
    }

    /** Runs cell magic {@code %%name} with {@code args} over {@code body}; returns its value. */
    @SuppressWarnings("unchecked")
    public static <T> T cellMagic(String name, List<String> args, String body) {
        return (T) valueOf(kernel().call("%%" + name, String.join(" ", args), body, context), "%%" + name);
    }

    /** Runs {@code code} as a cell of its own (Java and magics) and returns its value, or null. */
    public static Object eval(String code) {
        return valueOf(kernel().evaluate(context.engine(), code, context.cell()), "eval");
    }

    /** {@code System.out.printf}, shorter. */
    public static void printf(String format, Object... args) {
        System.out.printf(format, args);
    }

    private static Magics kernel() {
        if (magics == null) {
            throw new IllegalStateException("No kernel is running: magics and eval work in a notebook cell");
        }
        return magics;
    }

    private static Object valueOf(CellOutcome outcome, String what) {
        if (outcome instanceof CellOutcome.Failure failure) {
            CellError error = failure.error();
            throw new IllegalStateException(what + " failed: " + error.name() + ": " + error.message());
        }
        return ((CellOutcome.Success) outcome).value();
    }
}
