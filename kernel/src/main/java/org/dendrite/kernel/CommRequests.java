package org.dendrite.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dendrite.kernel.comm.NotebookCommChannel;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.io.CellContext;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;
import org.dendrite.widgets.Comms;
import org.dendrite.widgets.WidgetMessageException;

/**
 * Answers the front-end's comm messages. {@code comm_msg} and {@code comm_close} run on the
 * engine thread, after the cells and messages queued before them (a slider moved while a cell
 * runs is handled after that cell), and the kernel says it is idle only when they have run: the
 * widget front-end sends a control's next value once the kernel is idle after the last one, so
 * a fast drag sends only the values the kernel can keep up with. The one comm the front-end
 * opens, ipywidgets 8's control comm, is answered here: a reloaded page asks it for every
 * widget's state.
 *
 * <p>Widget callbacks run as cells do, on JShell's stoppable thread: the stop button ends a
 * runaway one, and one that throws shows its error, with the cell lines it passed through,
 * under the widget's cell. A message no widget can take is reported there and in the kernel's
 * log. Either way the kernel carries on.
 */
final class CommRequests {

    private static final Gson GSON = new Gson();

    private final EngineThread engine;
    private final NotebookCommChannel channel;
    private final Set<String> controlComms = ConcurrentHashMap.newKeySet();

    CommRequests(IoPub iopub, MessageFactory messages, EngineThread engine) {
        this.engine = engine;
        this.channel = new NotebookCommChannel(iopub, messages, this::runLater);
    }

    /** The channel the widgets of the cells talk through. */
    NotebookCommChannel channel() {
        return channel;
    }

    /** Queues a comm_msg or comm_close for the engine thread; {@code done} runs once it was handled. */
    void handleLater(Message request, Runnable done) {
        engine.later(shell -> {
            try {
                handle(request, shell);
            } finally {
                done.run();
            }
        });
    }

    /**
     * Takes a comm the front-end opens, when it is the widgets' control comm (ipywidgets 8 asks
     * for every widget's state through it when a page reloads); false for any other target.
     */
    boolean openFromFrontEnd(Message request) {
        if (!Comms.CONTROL_TARGET.equals(request.text("target_name", "")) || request.text("comm_id", "").isEmpty()) {
            return false;
        }
        controlComms.add(request.text("comm_id", ""));
        return true;
    }

    /** The open comms, of the target named in the request if it names one. */
    JsonObject info(Message request) {
        String wanted = request.text("target_name", null);
        JsonObject comms = new JsonObject();
        Map<String, String> open = new LinkedHashMap<>(Comms.openComms());
        controlComms.forEach(id -> open.put(id, Comms.CONTROL_TARGET));
        open.forEach((id, target) -> {
            if (wanted == null || wanted.equals(target)) {
                JsonObject comm = new JsonObject();
                comm.addProperty("target_name", target);
                comms.add(id, comm);
            }
        });
        return comms;
    }

    /** Runs a widget's work (such as interact's redraw) on the engine thread, with output for the current cell. */
    private void runLater(Runnable work) {
        Message cell = CellContext.current();
        engine.later(shell -> CellContext.within(cell, () -> runCallback(shell, work)));
    }

    private void handle(Message request, JShellEngine shell) {
        JsonElement id = request.content().get("comm_id");
        if (id == null || !id.isJsonPrimitive()) {
            Log.warn("A " + request.type() + " without a comm_id was ignored: " + request.content());
            return;
        }
        String commId = id.getAsString();
        if (controlComms.contains(commId)) {
            answerControl(request, commId);
            return;
        }
        channel.answer(request, commId, () -> {
            try {
                if (request.type().equals("comm_close")) {
                    Comms.closedByFrontEnd(commId);
                    channel.forget(commId);
                } else {
                    Map<String, Object> data = data(request);
                    runCallback(shell, () -> Comms.deliver(commId, data));
                }
            } catch (WidgetMessageException e) {
                reject(e.getMessage());
            }
        });
    }

    /** Answers {@code request_states} on the control comm with every widget's state; forgets it when closed. */
    private void answerControl(Message request, String commId) {
        Map<String, Object> data = data(request);
        if (request.type().equals("comm_close")) {
            controlComms.remove(commId);
        } else if (data != null && "request_states".equals(data.get("method"))) {
            Map<String, Object> states = new LinkedHashMap<>();
            states.put("method", "update_states");
            states.put("states", Comms.states());
            states.put("buffer_paths", List.of());
            channel.answer(request, commId, () -> channel.send(commId, states));
        } else {
            reject("the widget control comm takes only request_states, got " + request.content().get("data"));
        }
    }

    /** Runs widget code that may call the cells' code, and reports how it failed, if it did. */
    private static void runCallback(JShellEngine shell, Runnable callback) {
        if (shell == null) {
            callback.run();
            return;
        }
        CellError error = shell.runCallback(callback);
        if (error == null) {
            return;
        }
        if (error.name().equals(WidgetMessageException.class.getName())) {
            reject(error.message());
        } else if (error.name().equals("Interrupted")) {
            System.err.println("[Dendrite: a widget callback was stopped]");
        } else {
            System.err.println("A widget callback failed: " + String.join("\n", error.traceback()));
        }
    }

    /** Says, in the log and under the widget's cell, why a message was not handled. */
    private static void reject(String problem) {
        Log.warn("A widget message was rejected: " + problem);
        System.err.println("[Dendrite: a widget message was rejected: " + problem + "]");
    }

    /** The message's data as maps, lists, strings, numbers (doubles) and booleans; null when it is not an object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Message request) {
        JsonElement data = request.content().get("data");
        return data != null && data.isJsonObject() ? GSON.fromJson(data, Map.class) : null;
    }
}
