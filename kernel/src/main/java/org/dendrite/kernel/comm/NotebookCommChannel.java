package org.dendrite.kernel.comm;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.dendrite.kernel.io.CellContext;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;
import org.dendrite.widgets.CommChannel;

/**
 * The kernel's {@link CommChannel}: comm_open, comm_msg and comm_close on IOPub. Each comm
 * remembers the cell that opened it, and what its callbacks print or display goes under that
 * cell ({@link #answer}).
 */
public final class NotebookCommChannel implements CommChannel {

    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    private final IoPub iopub;
    private final MessageFactory messages;
    private final Consumer<Runnable> callbackThread;
    private final Map<String, Message> openedBy = new ConcurrentHashMap<>();
    /** Inherited by the thread that JShell runs a callback on. */
    private final InheritableThreadLocal<Message> answering = new InheritableThreadLocal<>();

    /**
     * {@code callbackThread} queues work on the thread that runs cells and widget callbacks, with
     * its output going to the cell current when it was queued.
     */
    public NotebookCommChannel(IoPub iopub, MessageFactory messages, Consumer<Runnable> callbackThread) {
        this.iopub = iopub;
        this.messages = messages;
        this.callbackThread = callbackThread;
    }

    @Override
    public void open(String commId, String targetName, Map<String, Object> data, Map<String, Object> metadata) {
        Message cell = CellContext.current();
        if (cell != null) {
            openedBy.put(commId, cell);
        }
        JsonObject content = content(commId, data);
        content.addProperty("target_name", targetName);
        Message open = messages.broadcast(cell, "comm_open", content);
        iopub.publish(new Message(open.identities(), open.header(), open.parentHeader(),
                GSON.toJsonTree(metadata).getAsJsonObject(), open.content(), List.of()));
    }

    @Override
    public void send(String commId, Map<String, Object> data) {
        iopub.publish(messages.broadcast(commParent(), "comm_msg", content(commId, data)));
    }

    @Override
    public void close(String commId) {
        openedBy.remove(commId);
        iopub.publish(messages.broadcast(commParent(), "comm_close", content(commId, Map.of())));
    }

    /** Forgets a comm the front-end closed. */
    public void forget(String commId) {
        openedBy.remove(commId);
    }

    @Override
    public void later(Runnable task) {
        callbackThread.accept(task);
    }

    @Override
    public String currentMessageId() {
        Message cell = CellContext.current();
        return cell == null ? "" : cell.id();
    }

    /**
     * Runs {@code work} for {@code request}, a message from the front-end to {@code commId}: the
     * comm messages it sends answer {@code request} (the widget front-end matches an
     * {@code echo_update} to its update by that parent), what it prints or displays goes under
     * the cell that opened the comm.
     */
    public void answer(Message request, String commId, Runnable work) {
        answering.set(request);
        try {
            CellContext.within(openedBy.get(commId), work);
        } finally {
            answering.remove();
        }
    }

    /** The parent of a comm message: the front-end message being answered, else the current cell. */
    private Message commParent() {
        Message request = answering.get();
        return request != null ? request : CellContext.current();
    }

    private static JsonObject content(String commId, Map<String, Object> data) {
        JsonObject content = new JsonObject();
        content.addProperty("comm_id", commId);
        content.add("data", GSON.toJsonTree(data));
        return content;
    }
}
