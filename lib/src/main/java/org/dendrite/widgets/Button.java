package org.dendrite.widgets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** A button that runs Java when clicked: {@code new Button("train 10 steps").onClick(() -> ...)}. */
public final class Button extends Widget {

    private final List<Runnable> clickHandlers = new CopyOnWriteArrayList<>();

    /** A button labelled {@code description}. */
    public Button(String description) {
        super("ButtonModel", "ButtonView");
        set("description", Objects.requireNonNull(description, "description"));
        set("tooltip", "");
        set("icon", "");
        set("button_style", "");
        set("disabled", false);
    }

    /** Runs {@code handler} on every click; returns this button. */
    public Button onClick(Runnable handler) {
        clickHandlers.add(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Clicks the button from Java: runs the click handlers, as a click in the front-end does. */
    public void click() {
        clickHandlers.forEach(Runnable::run);
        changed();
    }

    /** Greys the button out (or enables it again). */
    public void disabled(boolean disabled) {
        set("disabled", disabled);
    }

    @Override
    protected void custom(Map<?, ?> content) {
        if ("click".equals(content.get("event"))) {
            click();
        } else {
            super.custom(content);
        }
    }
}
