package org.dendrite.widgets;

import java.util.List;
import java.util.Objects;

/**
 * An area that shows what a piece of code displays or prints:
 * {@code out.capture(() -> display(chart))} puts the chart there instead of under the cell.
 * The front-end collects the outputs of the message being answered while capturing.
 */
public final class Output extends Widget {

    /** An empty output area. */
    public Output() {
        super("@jupyter-widgets/output", "1.0.0", "OutputModel", "OutputView");
        set("msg_id", "");
        set("outputs", List.of());
    }

    /** Runs {@code code}, showing what it displays and prints in this area. */
    public void capture(Runnable code) {
        Objects.requireNonNull(code, "code");
        ensureOpen();
        set("msg_id", Comms.currentMessageId());
        try {
            code.run();
        } finally {
            set("msg_id", "");
        }
    }

    /** Removes everything this area shows. */
    public void clear() {
        resend("outputs", List.of());
    }

    /** The front-end keeps this side told of what the area holds and of the message it collects. */
    @Override
    protected Object accept(String name, Object value) {
        return switch (name) {
            case "outputs" -> {
                if (!(value instanceof List<?> outputs)) {
                    throw new IllegalArgumentException("the outputs of " + this + " must be a list, got " + value);
                }
                yield outputs;
            }
            case "msg_id" -> value == null ? "" : Attributes.string("the msg_id of " + this, value);
            default -> super.accept(name, value);
        };
    }
}
