package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/** {@code %device}: reserved for choosing where tensors live; it arrives with Dendrite's GPU support. */
final class DeviceMagic implements Magic {

    @Override
    public List<String> names() {
        return List.of("%device");
    }

    @Override
    public String summary() {
        return "reserved: choosing the CPU or a GPU arrives with Dendrite's GPU support";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        System.out.println("%device is reserved: choosing a GPU arrives with Dendrite's GPU support."
                + " Until then tensors live on the CPU (Dendrite.info() shows its ND4J variant).");
        return new CellOutcome.Success(null, false);
    }
}
