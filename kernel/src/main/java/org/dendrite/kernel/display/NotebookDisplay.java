package org.dendrite.kernel.display;

import com.google.gson.JsonObject;
import org.dendrite.display.DisplaySink;
import org.dendrite.kernel.io.CellContext;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.MessageFactory;

/**
 * The kernel's {@link DisplaySink}: {@code display(value)} in a cell or in library code becomes
 * a {@code display_data} message (or {@code update_display_data}) for the cell that asked.
 */
public final class NotebookDisplay implements DisplaySink {

    private final Renderers renderers;
    private final IoPub iopub;
    private final MessageFactory messages;
    private final Runnable flushStreams;

    /** {@code flushStreams} sends pending prints first, so outputs keep the order they were made in. */
    public NotebookDisplay(Renderers renderers, IoPub iopub, MessageFactory messages, Runnable flushStreams) {
        this.renderers = renderers;
        this.iopub = iopub;
        this.messages = messages;
        this.flushStreams = flushStreams;
    }

    @Override
    public void show(Object value, String displayId, boolean update) {
        MimeBundle bundle = renderers.render(value);
        JsonObject content = new JsonObject();
        content.add("data", bundle.data());
        content.add("metadata", bundle.metadata());
        JsonObject transientPart = new JsonObject();
        transientPart.addProperty("display_id", displayId);
        content.add("transient", transientPart);
        flushStreams.run();
        iopub.publish(messages.broadcast(CellContext.current(), update ? "update_display_data" : "display_data", content));
    }
}
