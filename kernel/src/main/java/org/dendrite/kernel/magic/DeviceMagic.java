package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/**
 * {@code %device cuda} (or {@code cpu}, {@code cuda:1}, {@code auto}) makes new tensors go to that
 * device from now on; {@code %%device NAME} does so for its cell only; {@code %device} alone lists
 * the devices (each GPU's name, compute capability, memory and driver). Without a GPU that can run
 * the kernels, asking for one keeps the CPU and says why, so the notebook still runs.
 */
final class DeviceMagic implements Magic {

    private static final String DEVICE = "org.dendrite.device.Device";

    @Override
    public List<String> names() {
        return List.of("%device", "%%device");
    }

    @Override
    public String summary() {
        return "%device [cpu|cuda|cuda:N|auto] or %%device NAME over a cell: where new tensors go; no name lists the devices";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        String device = arguments.strip();
        if (device.isEmpty()) {
            if (name.equals("%%device")) {
                return MagicErrors.usage("no device named", "%%device cpu|cuda|cuda:N|auto, then the cell's code");
            }
            return context.evaluate("System.out.println(" + DEVICE + ".info() + \"\\nnew tensors go to: \" + "
                    + DEVICE + ".current());");
        }
        if (name.equals("%device")) {
            return context.evaluate(choose(device));
        }
        CellOutcome before = context.evaluate(DEVICE + ".current().toString()");
        if (!(before instanceof CellOutcome.Success previous)) {
            return before;
        }
        CellOutcome chosen = context.evaluate(choose(device));
        if (chosen instanceof CellOutcome.Failure) {
            return chosen;
        }
        try {
            return context.evaluate(body);
        } finally {
            context.evaluate(DEVICE + ".setDefault(" + DEVICE + ".parse(\"" + previous.value() + "\"));");
        }
    }

    private static String choose(String device) {
        return "System.out.println(" + DEVICE + ".chooseDefault(\"" + device.replace("\\", "\\\\").replace("\"", "\\\"") + "\"));";
    }
}
