package org.dendrite.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dendrite.display.Display;
import org.dendrite.display.DisplaySink;
import org.dendrite.display.RichDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InteractTest {

    private final RecordingChannel frontEnd = new RecordingChannel();
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void connect() {
        Comms.setChannel(frontEnd);
        Display.setSink((value, displayId, update) -> {
            if (value instanceof RichDisplay rich) {
                rich.mimeBundle();  // as the kernel renders a widget, which opens its comm
            }
            shown.add((update ? "update " : "show ") + value);
        });
    }

    @AfterEach
    void disconnect() {
        Comms.setChannel(CommChannel.NONE);
        Display.setSink(DisplaySink.PRINT);
    }

    private static void move(Widget control, double value) {
        Comms.deliver(control.id(), Map.of("method", "update", "state", Map.of("value", value)));
    }

    @Test
    void showsTheControlsAndTheViewThenRedrawsInPlace() {
        IntSlider units = new IntSlider("units", 1, 8, 2);
        Interact.interact(() -> "units = " + units.value(), units);
        assertEquals(2, shown.size());
        assertEquals("show units = 2", shown.get(1));
        move(units, 5);
        frontEnd.runLater();
        assertEquals("update units = 5", shown.get(2));
    }

    @Test
    void changesWhileQueuedOrRunningMakeOneMoreRunWithTheLatestValues() {
        IntSlider units = new IntSlider("units", 1, 8, 2);
        List<Integer> runs = new ArrayList<>();
        Interact.interact(() -> {
            runs.add(units.value());
            if (runs.size() == 2) {
                move(units, 7);
                move(units, 8);
            }
            return units.value();
        }, units);
        move(units, 3);
        move(units, 4);
        move(units, 5);
        frontEnd.runLater();
        assertEquals(List.of(2, 5, 8), runs, "three moves queued make one run, two during it one more");
        assertEquals("update 8", shown.get(shown.size() - 1));
    }

    @Test
    void aFailingViewShowsItsErrorInPlaceOfThePicture() {
        Checkbox fail = new Checkbox("fail", false);
        Interact.interact(() -> {
            if (fail.value()) {
                throw new IllegalStateException("diverged");
            }
            return "fine";
        }, fail);
        Comms.deliver(fail.id(), Map.of("method", "update", "state", Map.of("value", true)));
        frontEnd.runLater();
        assertEquals("update The view failed: java.lang.IllegalStateException: diverged", shown.get(shown.size() - 1));
    }

    @Test
    void controlsInsideABoxAreWatched() {
        Dropdown<String> activation = new Dropdown<>("activation", "relu", "tanh");
        Interact.interact(activation::value, new HBox(activation));
        Comms.deliver(activation.id(), Map.of("method", "update", "state", Map.of("index", 1.0)));
        frontEnd.runLater();
        assertEquals("update tanh", shown.get(shown.size() - 1));
    }

    @Test
    void interactNeedsAControl() {
        assertThrows(IllegalArgumentException.class, () -> Interact.interact(() -> "x"));
    }
}
