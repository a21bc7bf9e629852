package org.dendrite.widgets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The widgets whose comms are open, by comm id, and the channel they talk through. The kernel
 * installs its channel at start-up and hands each message from the front-end to
 * {@link #deliver}.
 */
public final class Comms {

    /** The comm target of widget models. */
    public static final String TARGET = "jupyter.widget";
    /** The comm target through which a reloaded page asks for every widget's state at once. */
    public static final String CONTROL_TARGET = "jupyter.widget.control";
    /** The widget protocol version sent with each comm_open. */
    public static final String PROTOCOL_VERSION = "2.1.0";

    private static volatile CommChannel channel = CommChannel.NONE;
    private static final Map<String, Widget> OPEN = new ConcurrentHashMap<>();

    private Comms() {
    }

    /** Routes every later comm to {@code newChannel}; the kernel calls this at start-up. */
    public static void setChannel(CommChannel newChannel) {
        channel = Objects.requireNonNull(newChannel, "channel");
    }

    /**
     * Hands a message from the front-end to the widget of {@code commId}. Throws
     * {@link WidgetMessageException} naming the problem when no such comm is open or the
     * message is not one the widget understands.
     */
    public static void deliver(String commId, Map<String, Object> data) {
        widget(commId).receive(data);
    }

    /** The front-end closed the comm: the widget is forgotten. */
    public static void closedByFrontEnd(String commId) {
        widget(commId).forget();
    }

    /** The open comms with their target names, by comm id, for a comm_info_request. */
    public static Map<String, String> openComms() {
        Map<String, String> targets = new LinkedHashMap<>();
        OPEN.keySet().forEach(id -> targets.put(id, TARGET));
        return targets;
    }

    /**
     * Every open widget's model and state by comm id, as the ipywidgets 8 control comm
     * ({@code jupyter.widget.control}) answers {@code request_states} when a page reloads.
     */
    public static Map<String, Object> states() {
        Map<String, Object> states = new LinkedHashMap<>();
        OPEN.forEach((id, widget) -> states.put(id, widget.modelAndState()));
        return states;
    }

    /** The widget whose comm is {@code commId}, or an error naming the id. */
    private static Widget widget(String commId) {
        Widget widget = OPEN.get(commId);
        if (widget == null) {
            throw new WidgetMessageException("no widget with comm id '" + commId + "' is open (after a kernel restart,"
                    + " run the widget's cell again)");
        }
        return widget;
    }

    static void open(Widget widget, Map<String, Object> data) {
        OPEN.put(widget.id(), widget);
        channel.open(widget.id(), TARGET, data, Map.of("version", PROTOCOL_VERSION));
    }

    static void send(Widget widget, Map<String, Object> data) {
        channel.send(widget.id(), data);
    }

    static void close(Widget widget) {
        if (OPEN.remove(widget.id()) != null) {
            channel.close(widget.id());
        }
    }

    static void forget(Widget widget) {
        OPEN.remove(widget.id());
    }

    static void later(Runnable task) {
        channel.later(task);
    }

    static String currentMessageId() {
        return channel.currentMessageId();
    }
}
