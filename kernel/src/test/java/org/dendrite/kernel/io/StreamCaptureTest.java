package org.dendrite.kernel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;
import org.junit.jupiter.api.Test;

class StreamCaptureTest {

    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private final IoPub iopub = new IoPub(sent::add);
    private final MessageFactory factory = new MessageFactory();
    private final StreamCapture stdout = new StreamCapture("stdout", iopub, factory);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Message request(String id) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", id);
        return new Message(List.of(), header, new JsonObject(), new JsonObject(), new JsonObject(), List.of());
    }

    private void print(String text) {
        byte[] bytes = utf8(text);
        stdout.write(bytes, 0, bytes.length);
    }

    private List<Message> publishAndDrain() throws InterruptedException {
        stdout.publish();
        iopub.drain(5000);
        return sent;
    }

    private static String text(Message message) {
        return message.content().get("text").getAsString();
    }

    private static String parentId(Message message) {
        return message.parentHeader().get("msg_id").getAsString();
    }

    @Test
    void wholeCharactersStopsBeforeAnUnfinishedTwoByteCharacter() {
        byte[] bytes = utf8("aé");

        assertEquals(1, StreamCapture.wholeCharacters(Arrays.copyOf(bytes, bytes.length - 1)));
        assertEquals(3, StreamCapture.wholeCharacters(bytes));
    }

    @Test
    void wholeCharactersStopsBeforeAnUnfinishedFourByteCharacter() {
        byte[] bytes = utf8("ab😀");

        for (int cut = 1; cut <= 3; cut++) {
            assertEquals(2, StreamCapture.wholeCharacters(Arrays.copyOf(bytes, bytes.length - cut)));
        }
        assertEquals(6, StreamCapture.wholeCharacters(bytes));
    }

    @Test
    void manyWritesMakeOneStreamMessage() throws InterruptedException {
        CellContext.enter(request("cell-1"));
        for (int i = 0; i < 100; i++) {
            print("line " + i + "\n");
        }

        List<Message> messages = publishAndDrain();

        assertEquals(1, messages.size());
        Message stream = messages.get(0);
        assertEquals("stream", stream.type());
        assertEquals("stdout", stream.content().get("name").getAsString());
        assertEquals(100, text(stream).lines().count());
        assertEquals("line 99", text(stream).lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void splitCharacterIsHeldBackUntilItsLastByteArrives() throws InterruptedException {
        CellContext.enter(request("cell-1"));
        byte[] bytes = utf8("naïve");
        stdout.write(bytes, 0, 3);
        publishAndDrain();
        stdout.write(bytes, 3, bytes.length - 3);

        List<Message> messages = publishAndDrain();

        assertEquals(List.of("na", "ïve"), messages.stream().map(StreamCaptureTest::text).toList());
    }

    @Test
    void outputOfAnotherCellStartsANewMessageForThatCell() throws InterruptedException {
        CellContext.enter(request("cell-1"));
        print("one ");
        print("two");
        CellContext.enter(request("cell-2"));
        print("three");

        List<Message> messages = publishAndDrain();

        assertEquals(List.of("one two", "three"), messages.stream().map(StreamCaptureTest::text).toList());
        assertEquals(List.of("cell-1", "cell-2"), messages.stream().map(StreamCaptureTest::parentId).toList());
    }

    @Test
    void threadStartedByACellWritesForThatCell() throws InterruptedException {
        CellContext.enter(request("cell-1"));
        Thread background = new Thread(() -> print("from background"));
        CellContext.enter(request("cell-2"));
        background.start();
        background.join();
        print("from cell 2");

        List<Message> messages = publishAndDrain();

        assertEquals(List.of("from background", "from cell 2"), messages.stream().map(StreamCaptureTest::text).toList());
        assertEquals(List.of("cell-1", "cell-2"), messages.stream().map(StreamCaptureTest::parentId).toList());
    }

    @Test
    void publishWithNothingBufferedSendsNothing() throws InterruptedException {
        assertEquals(List.of(), publishAndDrain());
    }

    @Test
    void floodIsCutAtTheLimitWithANoticeAndTheDroppedAmountIsReportedAtTheEnd() throws InterruptedException {
        StreamCapture limited = new StreamCapture("stdout", iopub, factory, 1000);
        Message cell = request("flood");
        CellContext.enter(cell);
        byte[] line = utf8("x".repeat(99) + "\n");
        for (int i = 0; i < 10_000; i++) {
            limited.write(line, 0, line.length);
        }

        limited.endCell(cell);
        iopub.drain(5000);

        String all = sent.stream().map(StreamCaptureTest::text).reduce("", String::concat);
        int notice = all.indexOf("\n[Dendrite: this cell printed more than 1000 bytes on stdout; the rest is dropped");
        assertEquals(("x".repeat(99) + "\n").repeat(10), all.substring(0, notice));
        assertTrue(all.endsWith("[Dendrite: 975.6 KB of stdout output dropped.]\n"), all);
    }

    @Test
    void eachCellHasItsOwnBudget() throws InterruptedException {
        StreamCapture limited = new StreamCapture("stdout", iopub, factory, 5);
        CellContext.enter(request("cell-1"));
        byte[] text = utf8("abcdefgh");
        limited.write(text, 0, text.length);
        CellContext.enter(request("cell-2"));
        limited.write(text, 0, 3);

        limited.publish();
        iopub.drain(5000);

        assertEquals("abcde", text(sent.get(0)).substring(0, 5));
        assertEquals("abc", text(sent.get(1)));
    }
}
