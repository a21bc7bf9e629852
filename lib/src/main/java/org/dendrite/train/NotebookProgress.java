package org.dendrite.train;

import org.dendrite.display.Display;
import org.dendrite.display.DisplayHandle;

/**
 * Training progress in a notebook: a progress line and a loss and accuracy chart, each one
 * output that is updated in place. The chart costs a picture per update, so it is redrawn at
 * most every {@link #CHART_INTERVAL_NANOS} (however short the epochs); at the end it becomes
 * {@link History#plot()}, the per-epoch curves with the best epoch marked, so that a notebook
 * draws the history once.
 */
final class NotebookProgress extends Progress {

    /** The least time between two redrawn charts during an epoch: two seconds. */
    static final long CHART_INTERVAL_NANOS = 2_000_000_000L;

    private final LiveChart chart;
    private DisplayHandle lineHandle;
    private DisplayHandle chartHandle;
    private long chartShown;
    private boolean chartBehind;

    NotebookProgress(int epochs, int batches, String heldOutName) {
        super(epochs, batches);
        this.chart = new LiveChart(batches, heldOutName);
    }

    @Override
    void show(ProgressLine line) {
        lineHandle = showOrUpdate(lineHandle, line);
        chart.add(line);
        drawChartIfDue();
    }

    @Override
    void epochDone(History history) {
        chart.add(history);
        drawChartIfDue();
    }

    /** Replaces the progress line by how training ended, with the last epoch's figures. */
    @Override
    void end(History history) {
        if (history.rowCount() > 0) {
            chartHandle = showOrUpdate(chartHandle, history.plot());
        } else if (chartBehind) {
            drawChart(System.nanoTime());
        }
        lineHandle = showOrUpdate(lineHandle, "Training: " + history.report());
    }

    private void drawChartIfDue() {
        long now = System.nanoTime();
        if (chartHandle == null || now - chartShown >= CHART_INTERVAL_NANOS) {
            drawChart(now);
        } else {
            chartBehind = true;
        }
    }

    private void drawChart(long now) {
        if (!chart.isEmpty()) {
            chartShown = now;
            chartBehind = false;
            chartHandle = showOrUpdate(chartHandle, chart.figure());
        }
    }

    private static DisplayHandle showOrUpdate(DisplayHandle handle, Object value) {
        if (handle == null) {
            return Display.display(value);
        }
        handle.update(value);
        return handle;
    }
}
