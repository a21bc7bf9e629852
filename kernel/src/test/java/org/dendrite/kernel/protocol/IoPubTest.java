package org.dendrite.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IoPubTest {

    @Test
    void drainWaitsUntilEveryMessageIsSentInPublishOrder() throws InterruptedException {
        List<String> sent = new CopyOnWriteArrayList<>();
        IoPub iopub = new IoPub(message -> sent.add(message.content().get("n").getAsString()));
        MessageFactory factory = new MessageFactory();

        for (int i = 0; i < 200; i++) {
            JsonObject content = new JsonObject();
            content.addProperty("n", String.valueOf(i));
            iopub.publish(factory.broadcast(null, "stream", content));
        }
        iopub.drain(5000);

        assertEquals(IntStream.range(0, 200).mapToObj(String::valueOf).toList(), sent);
    }
}
