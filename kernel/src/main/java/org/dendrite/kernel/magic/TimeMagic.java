package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/** {@code %time code} and {@code %%time}: runs the Java once and prints how long it took. */
final class TimeMagic implements Magic {

    @Override
    public List<String> names() {
        return List.of("%time", "%%time");
    }

    @Override
    public String summary() {
        return "%time CODE or %%time over a cell: run it once and print the wall time (compiling included)";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        String code = name.equals("%%time") ? body : arguments;
        long start = System.nanoTime();
        CellOutcome outcome = context.evaluate(code);
        System.out.println("Wall time: " + Durations.format((System.nanoTime() - start) / 1e9));
        return outcome;
    }
}
