package org.dendrite.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dendrite.kernel.io.CellContext;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;
import org.junit.jupiter.api.Test;

class NotebookDisplayTest {

    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private final IoPub iopub = new IoPub(sent::add);
    private final MessageFactory factory = new MessageFactory();
    private final NotebookDisplay display = new NotebookDisplay(new Renderers(false), iopub, factory,
            () -> iopub.publish(factory.broadcast(null, "stream", new JsonObject())));

    private static Message request(String id) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", id);
        return new Message(List.of(), header, new JsonObject(), new JsonObject(), new JsonObject(), List.of());
    }

    private List<Message> shown() throws InterruptedException {
        iopub.drain(5000);
        return sent;
    }

    @Test
    void displayIsSentAfterPendingPrintsForTheCurrentCell() throws InterruptedException {
        CellContext.enter(request("cell-7"));

        display.show(new int[] {4, 5}, "display-1", false);

        List<Message> messages = shown();
        assertEquals(List.of("stream", "display_data"), messages.stream().map(Message::type).toList());
        JsonObject content = messages.get(1).content();
        assertEquals("[4, 5]", content.getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals("display-1", content.getAsJsonObject("transient").get("display_id").getAsString());
        assertEquals("cell-7", messages.get(1).parentHeader().get("msg_id").getAsString());
    }

    @Test
    void updateReplacesTheDisplayWithTheSameId() throws InterruptedException {
        display.show("later", "display-2", true);

        Message update = shown().get(1);
        assertEquals("update_display_data", update.type());
        assertEquals("display-2", update.content().getAsJsonObject("transient").get("display_id").getAsString());
    }
}
