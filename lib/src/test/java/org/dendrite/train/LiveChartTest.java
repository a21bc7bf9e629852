package org.dendrite.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LiveChartTest {

    @Test
    void trainingCurveShowsTheLatestBatchesNotTheEpochsRunningMean() {
        LiveChart chart = new LiveChart(4, "validation");
        chart.add(line(1, 2, 3.0));   // batches 1-2 of epoch 1 averaged 3.0
        chart.add(line(1, 4, 2.0));   // epoch mean 2.0 after 4 batches, so batches 3-4 averaged 1.0
        chart.add(line(2, 2, 0.5));   // a new epoch starts a new running mean
        History history = new History();
        Metrics epochTwo = new Metrics(List.of("a", "b"));
        epochTwo.add(Tensor.of(new double[][] {{1, 0}, {0, 1}}), Tensor.of(0, 0), 0.25);
        history.add(1, epochTwo, null, 1.0, 0.1);
        history.add(2, epochTwo, null, 1.0, 0.1);   // epoch 2's mean 0.25, so batches 3-4 averaged 0.0
        chart.add(history);

        XYChart loss = (XYChart) chart.figure().charts().get(0);
        assertArrayEquals(new double[] {0.5, 1.0, 1.5, 2.0}, loss.getSeriesMap().get("train").getXData(), 1e-12);
        assertArrayEquals(new double[] {3.0, 1.0, 0.5, 0.0}, loss.getSeriesMap().get("train").getYData(), 1e-12);
    }

    private static ProgressLine line(int epoch, int batch, double runningLoss) {
        return new ProgressLine(epoch, 2, batch, 4, runningLoss, 0.5, 100, 1);
    }
}
