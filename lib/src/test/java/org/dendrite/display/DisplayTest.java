package org.dendrite.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DisplayTest {

    private record Shown(Object value, String id, boolean update) {
    }

    private final List<Shown> shown = new ArrayList<>();

    @AfterEach
    void restorePrintSink() {
        Display.setSink(DisplaySink.PRINT);
    }

    @Test
    void isNotebookOnlyOnceAKernelInstalledItsSink() {
        assertFalse(Display.isNotebook());
        Display.setSink((value, id, update) -> shown.add(new Shown(value, id, update)));
        assertTrue(Display.isNotebook());
    }

    @Test
    void updateReplacesTheOutputWithTheSameDisplayId() {
        Display.setSink((value, id, update) -> shown.add(new Shown(value, id, update)));
        DisplayHandle handle = Display.display("epoch 1");
        handle.update("epoch 2");

        assertEquals(2, shown.size());
        assertEquals("epoch 1", shown.get(0).value());
        assertFalse(shown.get(0).update());
        assertEquals("epoch 2", shown.get(1).value());
        assertTrue(shown.get(1).update());
        assertEquals(handle.id(), shown.get(0).id());
        assertEquals(handle.id(), shown.get(1).id());
    }

    @Test
    void eachDisplayGetsItsOwnId() {
        Display.setSink((value, id, update) -> shown.add(new Shown(value, id, update)));
        assertNotEquals(Display.display(1).id(), Display.display(2).id());
    }

    @Test
    void updateDisplayTakesTheHandleOrItsIdAsIJavaDoes() {
        Display.setSink((value, id, update) -> shown.add(new Shown(value, id, update)));
        DisplayHandle handle = Display.display("<b>first</b>", "text/html");
        Display.updateDisplay(handle, "second");
        Display.updateDisplay(handle.id(), "<i>third</i>", "text/html");

        assertEquals(new AsMimeTypes("<b>first</b>", List.of("text/html")), shown.get(0).value());
        assertEquals(new Shown("second", handle.id(), true), shown.get(1));
        assertEquals(new Shown(new AsMimeTypes("<i>third</i>", List.of("text/html")), handle.id(), true), shown.get(2));
    }

    @Test
    void renderWithoutTypesIsTheValueItself() {
        assertEquals("plain", Display.render("plain"));
    }
}
