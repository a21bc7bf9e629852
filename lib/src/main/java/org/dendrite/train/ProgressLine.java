package org.dendrite.train;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dendrite.display.RichDisplay;

/**
 * Where a training run is, as one line: {@code epoch 3/10  batch 62/125  loss 0.2310
 * accuracy 93.1%  2,340 images/s  ETA 0:42}. A notebook shows it with a progress bar.
 */
record ProgressLine(int epoch, int epochs, int batch, int batches, double loss, double accuracy,
        double imagesPerSecond, double etaSeconds) implements RichDisplay {

    /** The line as text. */
    String text() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  batch %d/%d  loss %.4f",
                epoch, epochs, batch, batches, loss));
        if (!Double.isNaN(accuracy)) {
            line.append(String.format(Locale.ROOT, "  accuracy %.1f%%", 100 * accuracy));
        }
        line.append(String.format(Locale.ROOT, "  %,.0f images/s  ETA %s", imagesPerSecond, duration(etaSeconds)));
        return line.toString();
    }

    /** The fraction of all batches of the run done, in [0, 1]. */
    double done() {
        return ((epoch - 1) * (double) batches + batch) / ((double) epochs * batches);
    }

    /** Such as {@code 0:42} or {@code 1:05:09}; {@code ?} before anything was timed. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public Map<String, String> mimeBundle() {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/html", String.format(Locale.ROOT, "<div style=\"font-family: monospace\">"
                + "<progress value=\"%.4f\" max=\"1\" style=\"width: 16em; vertical-align: middle\"></progress> %s</div>",
                done(), text()));
        bundle.put("text/plain", text());
        return bundle;
    }

    @Override
    public String toString() {
        return text();
    }
}
