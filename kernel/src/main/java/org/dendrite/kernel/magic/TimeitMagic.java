package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/**
 * {@code %timeit [-n LOOPS] [-r RUNS] code} and {@code %%timeit}: times code over many loops,
 * after a warm-up, and prints the mean ± standard deviation per loop (see {@link Timing}).
 */
final class TimeitMagic implements Magic {

    private static final String USAGE = "%timeit [-n LOOPS] [-r RUNS] CODE, or %%timeit [-n LOOPS] [-r RUNS] over a cell";
    private static final int DEFAULT_RUNS = 7;

    @Override
    public List<String> names() {
        return List.of("%timeit", "%%timeit");
    }

    @Override
    public String summary() {
        return USAGE + ": warm up, then print the mean ± std. dev. per loop";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        int loops = 0;
        int runs = DEFAULT_RUNS;
        String rest = arguments;
        while (rest.startsWith("-n ") || rest.startsWith("-r ")) {
            String[] parts = rest.split("\\s+", 3);
            int number;
            try {
                number = Integer.parseInt(parts.length > 1 ? parts[1] : "");
            } catch (NumberFormatException e) {
                return MagicErrors.usage(parts[0] + " needs a whole number", USAGE);
            }
            if (parts[0].equals("-n")) {
                loops = number;
            } else {
                runs = number;
            }
            rest = parts.length > 2 ? parts[2] : "";
        }
        String code = (name.equals("%%timeit") ? body : rest).strip();
        if (code.isEmpty()) {
            return MagicErrors.usage("nothing to time", USAGE);
        }
        String lambda = code.endsWith(";") || code.endsWith("}") ? "() -> {\n" + code + "\n}" : "() -> " + code + "\n";
        CellOutcome outcome = context.evaluate(Timing.class.getName() + ".timeit(" + loops + ", " + runs + ", " + lambda + ")");
        if (outcome instanceof CellOutcome.Success success && success.value() instanceof TimeitResult result) {
            System.out.println(result);
            return new CellOutcome.Success(null, false);
        }
        return outcome;
    }
}
