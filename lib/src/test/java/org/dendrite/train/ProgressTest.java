package org.dendrite.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dendrite.data.Dataset;
import org.dendrite.data.ToySets;
import org.dendrite.display.Display;
import org.dendrite.display.DisplaySink;
import org.dendrite.nn.Models;
import org.dendrite.nn.Module;
import org.dendrite.nn.loss.Losses;
import org.dendrite.optim.SGD;
import org.dendrite.plot.Figure;
import org.dendrite.plot.TrainingCurves;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private record Shown(Object value, String id, boolean update) {
    }

    @AfterEach
    void restorePrintSink() {
        Display.setSink(DisplaySink.PRINT);
    }

    private static Trainer trainer(int epochs) {
        Tensor.manualSeed(1);
        Module model = Models.mlp(2, 8, 2);
        return new Trainer(model, new SGD(model, 0.1), Losses::crossEntropy).epochs(epochs).batchSize(10).seed(1);
    }

    @Test
    void lineSaysWhereTheRunIsAndWhenItEnds() {
        ProgressLine line = new ProgressLine(3, 10, 62, 125, 0.23104, 0.9312, 2340.4, 42.2);
        assertEquals("epoch 3/10  batch 62/125  loss 0.2310  accuracy 93.1%  2,340 images/s  ETA 0:42", line.text());
        assertEquals((2 * 125 + 62) / 1250.0, line.done(), 1e-12);
        assertTrue(line.mimeBundle().get("text/html").contains("<progress value=\"0.2496\""), line.mimeBundle().get("text/html"));
        assertEquals("1:01:05", ProgressLine.duration(3665));
        assertEquals("?", ProgressLine.duration(Double.NaN));
    }

    @Test
    void consoleRedrawsOneLineAndPrintsEachEpoch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress console = new ConsoleProgress(2, 4, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        History history = new History();
        Metrics metrics = new Metrics(List.of("a", "b"));
        metrics.add(Tensor.of(new double[][] {{1, 0}, {0, 1}}), Tensor.of(0, 0), 0.5);
        console.startEpoch(1);
        console.batchDone(1, 1, metrics);
        history.add(1, metrics, null, 1.5, 0.1);
        console.epochDone(history);
        console.end(history);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\r[=====               ] epoch 1/2  batch 1/4  loss 0.5000  accuracy 50.0%"), text);
        assertTrue(text.contains("\repoch 1  train loss 0.5000  accuracy 0.5000  |  1.5 s"), text);
        assertTrue(text.endsWith("\n"), text);
    }

    @Test
    void notebookGetsALineAndAChartThatUpdateInPlace() {
        List<Shown> shown = new ArrayList<>();
        Display.setSink((value, id, update) -> shown.add(new Shown(value, id, update)));
        Dataset data = ToySets.twoSpirals(100, 0.05, 1);
        long start = System.nanoTime();
        History history = trainer(3).fit(data, data);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Shown> lines = shown.stream().filter(s -> s.value() instanceof ProgressLine).toList();
        List<Shown> charts = shown.stream().filter(s -> s.value() instanceof Figure).toList();
        assertTrue(!lines.isEmpty() && lines.size() <= seconds / 0.25 + 1, lines.size() + " lines in " + seconds + " s");
        assertTrue(charts.size() >= 2 && charts.size() <= 2 + seconds / 2, charts.size() + " charts in " + seconds
                + " s: one at the first batch, at most one every 2 s, and the last at the end");
        assertEquals(1, shown.stream().filter(s -> !s.update()).map(Shown::id).distinct().filter(id -> id.equals(lines.get(0).id())).count());
        assertTrue(lines.stream().skip(1).allMatch(s -> s.update() && s.id().equals(lines.get(0).id())));
        assertTrue(charts.stream().skip(1).allMatch(s -> s.update() && s.id().equals(charts.get(0).id())));
        Figure last = assertInstanceOf(Figure.class, charts.get(charts.size() - 1).value());
        assertEquals(2, last.charts().size());
        // At the end the live chart becomes the history's plot: per epoch, with the best epoch marked.
        assertEquals(Set.of("train", "validation", TrainingCurves.BEST_EPOCH + " " + history.bestEpoch()),
                last.charts().get(0).getSeriesMap().keySet());
        Shown end = shown.get(shown.size() - 1);
        assertEquals(lines.get(0).id(), end.id());
        assertEquals("Training: " + history.report(), end.value());
        assertTrue(history.report().startsWith("3 epochs in 0:0"), history.report());
    }
}
