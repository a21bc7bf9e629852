package org.dendrite.widgets;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A control with a value: read it with {@link #value()}, set it with {@link #value(Object)}
 * (the front-end follows), and {@link #observe} its changes, whether the student moved the
 * control or code set it.
 *
 * @param <T> the value's type
 */
public abstract class ValueWidget<T> extends Widget {

    private final List<Consumer<? super T>> observers = new CopyOnWriteArrayList<>();
    private final String valueName;
    private final DescriptionStyle style = new DescriptionStyle();

    /** A control whose value is the model attribute {@code valueName} (usually {@code value}). */
    protected ValueWidget(String modelName, String viewName, String description, String valueName) {
        super(modelName, viewName);
        this.valueName = valueName;
        set("description", Objects.requireNonNull(description, "description"));
        set("tooltip", description);
        set("style", style.reference());
        set("disabled", false);
    }

    /** The label's style, whose comm opens before this control's. */
    @Override
    protected List<Widget> children() {
        return List.of(style);
    }

    /** The current value. */
    public abstract T value();

    /**
     * Sets the value: the front-end shows it and the observers run. A value the control cannot
     * take (out of its range, not among its options) throws {@link IllegalArgumentException}.
     */
    public void value(T value) {
        Object attribute = toAttribute(Objects.requireNonNull(value, "value"));
        if (!Objects.equals(attribute, get(valueName))) {
            set(valueName, attribute);
            notifyObservers();
        }
    }

    /** Runs {@code onChange} with the new value after every change. */
    public void observe(Consumer<? super T> onChange) {
        observers.add(Objects.requireNonNull(onChange, "onChange"));
    }

    /** Greys the control out in the front-end (or enables it again). */
    public void disabled(boolean disabled) {
        set("disabled", disabled);
    }

    /** The model attribute that shows {@code value}, after checking it. */
    protected abstract Object toAttribute(T value);

    /** The value attribute as the front-end sent it, checked: {@link Widget#accept}'s rule. */
    protected abstract Object acceptValue(Object received);

    @Override
    protected Object accept(String name, Object value) {
        return name.equals(valueName) ? acceptValue(value) : super.accept(name, value);
    }

    @Override
    protected void changedByFrontEnd(String name) {
        if (name.equals(valueName)) {
            notifyObservers();
        }
    }

    private void notifyObservers() {
        T now = value();
        observers.forEach(observer -> observer.accept(now));
        changed();
    }
}
