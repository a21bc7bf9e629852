package org.dendrite.widgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dendrite.display.RichDisplay;

/**
 * A widget model shared with the front-end: its state (the model's attributes, such as
 * {@code value} and {@code description}) lives here and is mirrored in the browser through a
 * comm. The comm opens when the widget is first shown ({@code display(widget)} or a cell's
 * value); before that, and outside a kernel, the widget only holds its state.
 *
 * <p>Messages from the front-end arrive through {@link Comms#deliver}: {@code update} (a
 * control moved; answered with an {@code echo_update}, as ipywidgets 8 expects),
 * {@code request_state} (a page reloaded) and {@code custom} (a button clicked).
 */
public abstract class Widget implements RichDisplay {

    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String CONTROLS_VERSION = "2.0.0";
    /** What the classic notebook shows instead of the widget. */
    static final String FALLBACK = "widgets need JupyterLab (./dendrite course opens it)";

    private final String id = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, Object> state = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private boolean open;

    /** A widget of the {@code @jupyter-widgets/controls} model {@code modelName}, shown by {@code viewName}. */
    protected Widget(String modelName, String viewName) {
        this(CONTROLS, CONTROLS_VERSION, modelName, viewName);
    }

    /** A widget of a model from another module, such as {@code @jupyter-widgets/output}. */
    protected Widget(String module, String moduleVersion, String modelName, String viewName) {
        state.put("_model_module", module);
        state.put("_model_module_version", moduleVersion);
        state.put("_model_name", modelName);
        state.put("_view_module", module);
        state.put("_view_module_version", moduleVersion);
        state.put("_view_name", viewName);
    }

    /** The comm id, which is also the front-end's model id. */
    public String id() {
        return id;
    }

    /** How other models' state names this one, such as a box's children. */
    final String reference() {
        return "IPY_MODEL_" + id;
    }

    /** The label shown beside the control; "" for a widget without one, such as a box. */
    public String description() {
        return Objects.toString(get("description"), "");
    }

    /** Closes the comm: the front-end removes the widget's views. */
    public synchronized void close() {
        if (open) {
            open = false;
            Comms.close(this);
        }
    }

    @Override
    public Map<String, String> mimeBundle() {
        ensureOpen();
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("application/vnd.jupyter.widget-view+json",
                "{\"model_id\": \"" + id + "\", \"version_major\": 2, \"version_minor\": 0}");
        bundle.put("text/plain", this + ": " + FALLBACK);
        return bundle;
    }

    @Override
    public String toString() {
        String model = String.valueOf(state.get("_model_name")).replace("Model", "");
        Object description = state.get("description");
        return description == null || description.toString().isEmpty() ? model : model + "(" + description + ")";
    }

    /** The attribute {@code name} of the model's state. */
    protected final synchronized Object get(String name) {
        return state.get(name);
    }

    /** Sets an attribute, and sends it to the front-end once the comm is open and if it changed. */
    protected final void set(String name, Object value) {
        boolean changed;
        synchronized (this) {
            changed = !state.containsKey(name) || !Objects.equals(state.get(name), value);
        }
        if (changed) {
            resend(name, value);
        }
    }

    /** Sends an attribute to the front-end even if this side holds it already (as clearing an output does). */
    protected final void resend(String name, Object value) {
        synchronized (this) {
            state.put(name, value);
            if (!open) {
                return;
            }
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put(name, value);
        Comms.send(this, message("update", changed));
    }

    /**
     * Takes the attribute {@code name} as the front-end changed it: returns the value to store,
     * or throws {@link IllegalArgumentException} when it is of the wrong type or out of range.
     * Only attributes a subclass accepts here can be changed from the front-end.
     */
    protected Object accept(String name, Object value) {
        throw new WidgetMessageException(this + " does not take '" + name + "' from the front-end");
    }

    /** Called after the front-end changed {@code name}, once its value is stored. */
    protected void changedByFrontEnd(String name) {
    }

    /** A {@code custom} message from the front-end, such as a button's click. */
    protected void custom(Map<?, ?> content) {
        throw new WidgetMessageException(this + " takes no custom messages, got " + content);
    }

    /** The widgets this one shows (a box's children): their comms open before this one's. */
    protected List<Widget> children() {
        return List.of();
    }

    /** Runs {@code listener} whenever this widget changes (its value, or a click), as {@link Interact} needs. */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Tells the change listeners that this widget changed. */
    protected final void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** Opens the comm (children first) unless it is open. */
    final void ensureOpen() {
        children().forEach(Widget::ensureOpen);
        Map<String, Object> data;
        synchronized (this) {
            if (open) {
                return;
            }
            open = true;
            data = message(null, new LinkedHashMap<>(state));
        }
        Comms.open(this, data);
    }

    /** The model's name, module and version, and a copy of its state. */
    synchronized Map<String, Object> modelAndState() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model_name", state.get("_model_name"));
        model.put("model_module", state.get("_model_module"));
        model.put("model_module_version", state.get("_model_module_version"));
        model.put("state", new LinkedHashMap<>(state));
        return model;
    }

    /** The front-end closed the comm. */
    synchronized void forget() {
        open = false;
        Comms.forget(this);
    }

    /** Handles one message from the front-end (see the class comment). */
    final void receive(Map<String, Object> data) {
        if (data == null) {
            throw new WidgetMessageException("a widget message without data");
        }
        Object method = data.get("method");
        if ("update".equals(method)) {
            update(data.get("state"));
        } else if ("request_state".equals(method)) {
            Map<String, Object> all;
            synchronized (this) {
                all = new LinkedHashMap<>(state);
            }
            Comms.send(this, message("update", all));
        } else if ("custom".equals(method)) {
            if (!(data.get("content") instanceof Map<?, ?> content)) {
                throw new WidgetMessageException("a custom message to " + this + " without content");
            }
            custom(content);
        } else {
            throw new WidgetMessageException("unknown widget message method '" + method + "' for " + this);
        }
    }

    /**
     * An update from the front-end: every attribute is checked before any is stored; the
     * accepted ones are echoed back ({@code echo_update}) before the callbacks run.
     */
    private void update(Object received) {
        if (!(received instanceof Map<?, ?> changes)) {
            throw new WidgetMessageException("an update to " + this + " without a state object: " + received);
        }
        Map<String, Object> accepted = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<?, ?> change : changes.entrySet()) {
            String name = String.valueOf(change.getKey());
            try {
                accepted.put(name, accept(name, change.getValue()));
            } catch (IllegalArgumentException | ClassCastException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            Map<String, Object> current = new LinkedHashMap<>();
            synchronized (this) {
                changes.keySet().forEach(name -> current.put(String.valueOf(name), state.get(String.valueOf(name))));
            }
            Comms.send(this, message("update", current));
            throw new WidgetMessageException("rejected an update to " + this + ": " + String.join("; ", problems));
        }
        List<String> changed = new ArrayList<>();
        synchronized (this) {
            accepted.forEach((name, value) -> {
                if (!Objects.equals(state.put(name, value), value)) {
                    changed.add(name);
                }
            });
        }
        Comms.send(this, message("echo_update", accepted));
        changed.forEach(this::changedByFrontEnd);
    }

    private static Map<String, Object> message(String method, Map<String, Object> state) {
        Map<String, Object> message = new LinkedHashMap<>();
        if (method != null) {
            message.put("method", method);
        }
        message.put("state", state);
        message.put("buffer_paths", List.of());
        return message;
    }
}
