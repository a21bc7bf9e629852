package org.dendrite.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValueTest {

    private static final double EXACT = 1e-12;

    @Test
    void valueUsedTwiceGetsBothContributions() {
        Value x = Value.of(3);
        x.mul(x).backward();          // d(x²)/dx = 2x
        assertEquals(6, x.grad(), EXACT);

        Value y = Value.of(3);
        y.add(y).add(y).backward();   // three uses, three times the gradient
        assertEquals(3, y.grad(), EXACT);
    }

    @Test
    void secondBackwardDoublesInputGradientsWithoutCompoundingInsideTheGraph() {
        Value x = Value.of(-2), y = Value.of(5), z = Value.of(-4);
        Value q = x.add(y);
        Value f = q.mul(z);
        f.backward();
        f.backward();

        assertEquals(-8, x.grad(), EXACT);   // not -12: q's gradient is not added to itself
        assertEquals(-8, y.grad(), EXACT);
        assertEquals(6, z.grad(), EXACT);
        assertEquals(-4, q.grad(), EXACT);   // computed values hold the latest pass
        assertEquals(1, f.grad(), EXACT);
    }

    @Test
    void zeroGradResetsTheWholeGraphBelow() {
        Value x = Value.of(-2), y = Value.of(5), z = Value.of(-4);
        Value q = x.add(y);
        Value f = q.mul(z);
        f.backward();
        f.zeroGrad();
        for (Value v : List.of(x, y, z, q, f)) {
            assertEquals(0, v.grad(), v.toString());
        }
        f.backward();
        assertEquals(-4, x.grad(), EXACT);
        assertEquals(3, z.grad(), EXACT);
    }

    @Test
    void backwardOnAnInputGivesItGradientOne() {
        Value x = Value.of(7);
        x.backward();
        assertEquals(1, x.grad(), EXACT);
    }

    @Test
    void equalNumbersAreStillDistinctValues() {
        Value a = Value.of(2), b = Value.of(2);
        assertNotEquals(a, b);
        Value sum = a.add(b);
        sum.backward();
        assertEquals(1, a.grad(), EXACT);
        assertEquals(1, b.grad(), EXACT);
        assertEquals(3, sum.topologicalOrder().size());
    }

    @Test
    void topologicalOrderPutsInputsBeforeTheirUsers() {
        Value x = Value.of(-2), y = Value.of(5), z = Value.of(-4);
        Value q = x.add(y);
        Value f = q.mul(z);
        assertEquals(List.of(x, y, q, z, f), f.topologicalOrder());
    }

    @Test
    void longChainBackpropagatesWithoutStackOverflow() {
        Value x = Value.of(1);
        Value sum = x;
        for (int i = 0; i < 100_000; i++) {
            sum = sum.add(x);
        }
        sum.backward();
        assertEquals(100_001, sum.data(), EXACT);
        assertEquals(100_001, x.grad(), EXACT);
    }

    @Test
    void toStringShowsDataAndGradLikeMicrograd() {
        Value f = Value.of(-2).add(Value.of(5)).mul(Value.of(-4));
        f.backward();
        assertEquals("Value(data=-12.0, grad=1.0)", f.toString());
    }

    @Test
    void labelIsFluentAndOpsRecordTheirInputs() {
        Value x = Value.of(2, "x");
        Value y = Value.of(3);
        Value q = x.mul(y);
        assertSame(q, q.label("q"));
        assertEquals("q", q.label());
        assertEquals("", y.label());
        assertEquals("*", q.op());
        assertEquals(List.of(x, y), q.children());
        assertEquals("", x.op());
        assertTrue(x.children().isEmpty());
        assertEquals("^-1", x.pow(-1).op());
        assertEquals("^0.5", x.pow(0.5).op());
    }

    @Test
    void logOfNonPositiveValueNamesTheOpAndValue() {
        assertMessage(() -> Value.of(-1.5, "x").log(), "log", "x=-1.5");
        assertMessage(() -> Value.of(0).log(), "log", "0.0");
    }

    @Test
    void divByZeroNamesTheOpAndValues() {
        assertMessage(() -> Value.of(1, "a").div(Value.of(0, "b")), "div by zero", "a=1.0", "b=0.0");
        assertMessage(() -> Value.of(4).div(0), "div by zero", "4.0 / 0.0");
    }

    @Test
    void powOfNegativeBaseWithFractionalExponentNamesTheOpAndValue() {
        assertMessage(() -> Value.of(-2, "x").pow(0.5), "pow", "x=-2.0", "0.5");
        assertMessage(() -> Value.of(0).pow(-1), "pow", "0.0", "-1.0");
        assertEquals(-8, Value.of(-2).pow(3).data(), EXACT);   // integer exponents are fine
    }

    private static void assertMessage(Executable op, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, op);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }
}
