package org.dendrite.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dendrite.plot.Figure;
import org.dendrite.plot.Pictures;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class EmbeddingPlotTest {

    private static final Tensor POINTS = Tensor.of(new double[][] {{0, 0}, {0.5, 0}, {10, 10}, {10.5, 10}, {20, 0}});
    private static final Tensor LABELS = Tensor.of(0, 0, 1, 1, 2);

    @Test
    void onePointSeriesPerClassNamedInTheLegend() {
        XYChart chart = EmbeddingPlot.scatter("t-SNE", POINTS, LABELS, "zero", "one", "two");
        assertEquals(List.of("zero", "one", "two"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(2, chart.getSeriesMap().get("one").getXData().length);
        assertEquals("t-SNE", chart.getTitle());
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void thumbnailsDoNotOverlap() {
        XYChart chart = EmbeddingPlot.scatter("with pictures", POINTS, LABELS, Tensor.rand(5, 4, 4), 10);
        // Points 0 and 1 (and 2 and 3) are closer than a thumbnail: only one of each pair gets one.
        long thumbnails = chart.getSeriesMap().keySet().stream().filter(name -> name.startsWith(EmbeddingPlot.THUMBNAIL)).count();
        assertEquals(3, thumbnails);
    }

    @Test
    void rawAndLearnedSideBySide() {
        Figure figure = EmbeddingPlot.sideBySide(POINTS, POINTS.mul(2), LABELS);
        assertEquals(2, figure.charts().size());
        assertEquals("Learned features", figure.charts().get(1).getTitle());
    }

    @Test
    void mismatchedOrMissingDataNamesTheArgument() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> EmbeddingPlot.scatter("t", POINTS, Tensor.of(0, 1)));
        assertTrue(lengths.getMessage().contains("labels has 2") && lengths.getMessage().contains("points has 5"),
                lengths.getMessage());
        IllegalArgumentException names = assertThrows(IllegalArgumentException.class,
                () -> EmbeddingPlot.scatter("t", POINTS, LABELS, "zero"));
        assertTrue(names.getMessage().contains("classNames"), names.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmbeddingPlot.scatter("t", Tensor.zeros(0, 2), Tensor.zeros(0)));
        assertThrows(IllegalArgumentException.class, () -> EmbeddingPlot.scatter("t", POINTS, LABELS, Tensor.rand(4, 4, 4), 2));
    }
}
