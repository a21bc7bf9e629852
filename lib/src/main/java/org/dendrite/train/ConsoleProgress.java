package org.dendrite.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Training progress as text: one line redrawn in place with a carriage return while an epoch
 * runs, then the epoch's figures on a line of their own.
 */
final class ConsoleProgress extends Progress {

    private static final int BAR_WIDTH = 20;
    private final PrintStream out;
    private int lastLength;

    ConsoleProgress(int epochs, int batches, PrintStream out) {
        super(epochs, batches);
        this.out = out;
    }

    @Override
    void show(ProgressLine line) {
        int filled = (int) Math.round(BAR_WIDTH * (double) line.batch() / line.batches());
        rewrite("[" + "=".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + line.text());
    }

    @Override
    void epochDone(History history) {
        int row = history.rowCount() - 1;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "epoch %d  train loss %.4f",
                history.intColumn("epoch").get(row), history.doubleColumn("train_loss").getDouble(row)));
        appendIfNumber(text, "  accuracy %.4f", history.doubleColumn("train_accuracy").getDouble(row));
        appendIfNumber(text, "  |  val loss %.4f", history.doubleColumn("val_loss").getDouble(row));
        appendIfNumber(text, "  accuracy %.4f", history.doubleColumn("val_accuracy").getDouble(row));
        text.append(String.format(Locale.ROOT, "  |  %.1f s", history.doubleColumn("seconds").getDouble(row)));
        rewrite(text.toString());
        out.println();
        lastLength = 0;
    }

    @Override
    void end(History history) {
        if (lastLength > 0) {
            out.println();
            lastLength = 0;
        }
        if (history.isInterrupted() || history.stoppedEarly()) {
            out.println(history.report());
        }
        out.flush();
    }

    private void rewrite(String text) {
        out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        out.flush();
        lastLength = text.length();
    }

    private static void appendIfNumber(StringBuilder text, String format, double value) {
        if (!Double.isNaN(value)) {
            text.append(String.format(Locale.ROOT, format, value));
        }
    }
}
