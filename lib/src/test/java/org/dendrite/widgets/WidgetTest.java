package org.dendrite.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WidgetTest {

    private final RecordingChannel frontEnd = new RecordingChannel();

    @BeforeEach
    void connect() {
        Comms.setChannel(frontEnd);
    }

    @AfterEach
    void disconnect() {
        Comms.setChannel(CommChannel.NONE);
    }

    private static Map<String, Object> update(String name, Object value) {
        return Map.of("method", "update", "state", Map.of(name, value), "buffer_paths", List.of());
    }

    @Test
    void widgetsHoldAndSetValuesWithoutAKernel() {
        Comms.setChannel(CommChannel.NONE);
        IntSlider slider = new IntSlider("hidden units", 1, 32, 8);
        List<Integer> seen = new ArrayList<>();
        slider.observe(seen::add);
        slider.value(16);
        assertEquals(16, slider.value());
        assertEquals(List.of(16), seen);
    }

    @Test
    void commOpensWhenFirstShownWithTheWholeState() {
        FloatSlider slider = new FloatSlider("L2", 0, 0.1, 0.01);
        slider.value(0.02);
        assertEquals(List.of(), frontEnd.sent, "nothing is sent before the widget is shown");
        Map<String, String> bundle = slider.mimeBundle();
        assertEquals("{\"model_id\": \"" + slider.id() + "\", \"version_major\": 2, \"version_minor\": 0}",
                bundle.get("application/vnd.jupyter.widget-view+json"));
        assertTrue(bundle.get("text/plain").contains("widgets need JupyterLab"), bundle.get("text/plain"));
        assertEquals(List.of("open", "open"), frontEnd.sent.stream().map(RecordingChannel.Sent::kind).toList());
        Map<String, Object> style = stateSent(0);
        assertEquals("DescriptionStyleModel", style.get("_model_name"));
        assertEquals("initial", style.get("description_width"), "the label is as wide as its text");
        Map<String, Object> state = stateSent(1);
        assertEquals("IPY_MODEL_" + frontEnd.sent.get(0).commId(), state.get("style"), "the style opens first");
        assertEquals("FloatSliderModel", state.get("_model_name"));
        assertEquals("2.0.0", state.get("_model_module_version"));
        assertEquals(0.02, state.get("value"));
        assertEquals("L2", state.get("description"));
        assertEquals("L2", state.get("tooltip"), "hovering the label shows it whole");
        slider.mimeBundle();
        assertEquals(2, frontEnd.sent.size(), "a widget shown twice opens its comms once");
    }

    @Test
    void valueSetFromJavaIsSentAsAnUpdate() {
        IntSlider slider = new IntSlider("n", 0, 10, 3);
        slider.mimeBundle();
        slider.value(5);
        assertEquals(update("value", 5), frontEnd.last());
        int before = frontEnd.sent.size();
        slider.value(5);
        assertEquals(before, frontEnd.sent.size(), "an unchanged value is not sent again");
    }

    @Test
    void badValuesFromJavaNameTheProblem() {
        IntSlider slider = new IntSlider("n", 0, 10, 3);
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> slider.value(11));
        assertEquals("the value of IntSlider(n) must be between 0 and 10, got 11", outside.getMessage());
        Dropdown<String> activation = new Dropdown<>("activation", "relu", "tanh");
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> activation.value("elu"));
        assertEquals("elu is not among the options of Dropdown(activation): [relu, tanh]", absent.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FloatLogSlider("lr", 0, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new IntSlider("n", 5, 5, 5));
    }

    @Test
    void updateFromTheFrontEndIsEchoedBeforeObserversRun() {
        IntSlider slider = new IntSlider("n", 0, 10, 3);
        slider.mimeBundle();
        List<String> events = new ArrayList<>();
        slider.observe(value -> events.add("observed " + value + " after " + frontEnd.last().get("method")));
        Comms.deliver(slider.id(), update("value", 7.0));
        assertEquals(7, slider.value());
        assertEquals(List.of("observed 7 after echo_update"), events);
        assertEquals(Map.of("method", "echo_update", "state", Map.of("value", 7), "buffer_paths", List.of()),
                frontEnd.last());
        Comms.deliver(slider.id(), update("value", 7.0));
        assertEquals(1, events.size(), "the same value again is no change");
    }

    @Test
    void invalidUpdateIsRejectedAndTheFrontEndIsSetBack() {
        IntSlider slider = new IntSlider("n", 0, 10, 3);
        slider.mimeBundle();
        WidgetMessageException wrongType = assertThrows(WidgetMessageException.class,
                () -> Comms.deliver(slider.id(), update("value", "abc")));
        assertTrue(wrongType.getMessage().contains("must be a number, got \"abc\""), wrongType.getMessage());
        assertEquals(update("value", 3), frontEnd.last());
        assertThrows(WidgetMessageException.class, () -> Comms.deliver(slider.id(), update("value", 2.5)));
        assertThrows(WidgetMessageException.class, () -> Comms.deliver(slider.id(), update("min", 2)));
        assertThrows(WidgetMessageException.class, () -> Comms.deliver(slider.id(), Map.of("method", "fly")));
        assertThrows(WidgetMessageException.class, () -> Comms.deliver("unknown", update("value", 1)));
        assertEquals(3, slider.value());
    }

    @Test
    void selectionsSyncTheIndexOfTheirOptions() {
        ToggleButtons<String> data = new ToggleButtons<>("data", "xor", "ring", "spirals");
        data.mimeBundle();
        assertEquals("xor", data.value());
        Comms.deliver(data.id(), update("index", 2.0));
        assertEquals("spirals", data.value());
        data.value("ring");
        assertEquals(update("index", 1), frontEnd.last());
        assertThrows(WidgetMessageException.class, () -> Comms.deliver(data.id(), update("index", 3.0)));
    }

    @Test
    void logSliderKeepsExponentsForTheFrontEnd() {
        FloatLogSlider lr = new FloatLogSlider("learning rate", 1e-4, 1, 0.1);
        lr.mimeBundle();
        Map<String, Object> state = stateOf(lr.id());
        assertEquals(-4.0, (Double) state.get("min"), 1e-12);
        assertEquals(0.0, (Double) state.get("max"), 1e-12);
        Comms.deliver(lr.id(), update("value", 1.0000000000000002));
        assertEquals(1.0, lr.value(), "a rounding error past the end is taken as the end");
    }

    @Test
    void boxOpensItsChildrenFirst() {
        Checkbox show = new Checkbox("show data", true);
        Text name = new Text("name", "");
        VBox box = new VBox(new HBox(show), name);
        box.mimeBundle();
        List<String> opened = frontEnd.sent.stream().map(RecordingChannel.Sent::commId)
                .filter(id -> !"DescriptionStyleModel".equals(stateOf(id).get("_model_name"))).toList();
        assertEquals(List.of(show.id(), name.id(), box.id()), List.of(opened.get(0), opened.get(2), opened.get(3)));
        Map<String, Object> state = stateOf(box.id());
        assertEquals("IPY_MODEL_" + name.id(), ((List<?>) state.get("children")).get(1));
    }

    @Test
    void buttonClickFromTheFrontEndRunsItsHandlers() {
        int[] clicks = {0};
        Button step = new Button("step").onClick(() -> clicks[0]++);
        step.mimeBundle();
        Comms.deliver(step.id(), Map.of("method", "custom", "content", Map.of("event", "click")));
        assertEquals(1, clicks[0]);
        assertThrows(WidgetMessageException.class,
                () -> Comms.deliver(step.id(), Map.of("method", "custom", "content", Map.of("event", "hover"))));
    }

    @Test
    void playTakesPlayingAndValueFromTheFrontEnd() {
        Play clock = new Play("step", 0, 100, 200);
        clock.mimeBundle();
        Comms.deliver(clock.id(), Map.of("method", "update", "state", Map.of("playing", true, "value", 4.0)));
        assertTrue(clock.playing());
        assertEquals(4, clock.value());
        clock.pause();
        assertEquals(update("playing", false), frontEnd.last());
    }

    @Test
    void outputCapturesUnderTheCurrentMessage() {
        Output out = new Output();
        frontEnd.messageId = "cell-7";
        List<Object> msgIdsWhileRunning = new ArrayList<>();
        out.capture(() -> msgIdsWhileRunning.add(frontEnd.last()));
        assertEquals(List.of(update("msg_id", "cell-7")), msgIdsWhileRunning);
        assertEquals(update("msg_id", ""), frontEnd.last());
        out.clear();
        out.clear();
        assertEquals(update("outputs", List.of()), frontEnd.last());
        assertEquals("send", frontEnd.sent.get(frontEnd.sent.size() - 2).kind(), "clearing twice sends twice");
    }

    @Test
    void requestStateSendsEverything() {
        Checkbox box = new Checkbox("on", false);
        box.mimeBundle();
        Comms.deliver(box.id(), Map.of("method", "request_state"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) frontEnd.last().get("state");
        assertEquals("CheckboxModel", state.get("_model_name"));
        assertEquals(false, state.get("value"));
    }

    @Test
    void statesOfAllOpenWidgetsAnswerAReloadedPage() {
        Checkbox shown = new Checkbox("shown", true);
        Checkbox hidden = new Checkbox("never shown", false);
        shown.mimeBundle();
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) Comms.states().get(shown.id());
        assertEquals("CheckboxModel", model.get("model_name"));
        assertEquals("@jupyter-widgets/controls", model.get("model_module"));
        assertEquals(true, ((Map<?, ?>) model.get("state")).get("value"));
        assertTrue(!Comms.states().containsKey(hidden.id()), "a widget never shown has no model in the page");
    }

    @Test
    void closedCommsAreForgotten() {
        Text text = new Text("t", "x");
        text.mimeBundle();
        assertTrue(Comms.openComms().containsKey(text.id()));
        Comms.closedByFrontEnd(text.id());
        assertTrue(!Comms.openComms().containsKey(text.id()));
        Text other = new Text("u", "y");
        other.mimeBundle();
        other.close();
        assertEquals("close", frontEnd.sent.get(frontEnd.sent.size() - 1).kind());
        assertTrue(!Comms.openComms().containsKey(other.id()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stateSent(int index) {
        return (Map<String, Object>) frontEnd.sent.get(index).data().get("state");
    }

    private Map<String, Object> stateOf(String commId) {
        for (int i = 0; i < frontEnd.sent.size(); i++) {
            if (frontEnd.sent.get(i).commId().equals(commId) && frontEnd.sent.get(i).kind().equals("open")) {
                return stateSent(i);
            }
        }
        throw new AssertionError("no comm " + commId + " was opened");
    }
}
