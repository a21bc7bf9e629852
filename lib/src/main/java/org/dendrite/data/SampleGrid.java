package org.dendrite.data;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dendrite.display.RichDisplay;

/**
 * Sample images of a data set drawn in a grid, each with its label (the class name for CIFAR-10
 * and Fashion-MNIST): what a notebook shows for {@code Mnist.sample().show(32)}.
 */
public final class SampleGrid implements RichDisplay {

    private static final int COLUMNS = 8;
    private static final int LABEL_HEIGHT = 16;
    private static final int GAP = 4;

    private final String title;
    private final List<BufferedImage> images;
    private final List<String> labels;

    private SampleGrid(String title, List<BufferedImage> images, List<String> labels) {
        this.title = title;
        this.images = images;
        this.labels = labels;
    }

    /**
     * The first {@code count} images of {@code dataset}, whose examples must be images of shape
     * 1×H×W (grey) or 3×H×W (colour). Pixels are drawn as stored, before any transform: bytes
     * 0..255 as they are, other values stretched from their smallest to their largest.
     */
    public static SampleGrid of(Dataset dataset, int count) {
        int[] shape = dataset.rawShape();
        if (shape.length != 3 || (shape[0] != 1 && shape[0] != 3)) {
            throw new IllegalArgumentException("show: " + dataset.name() + " holds examples of shape "
                    + Sizes.format(shape) + ", not images of shape [1, H, W] or [3, H, W]");
        }
        if (count < 1 || count > dataset.size()) {
            throw new IllegalArgumentException("show: count must be in 1.." + dataset.size() + ", got " + count);
        }
        List<BufferedImage> images = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> classes = dataset.classNames();
        for (int i = 0; i < count; i++) {
            images.add(toImage(dataset.rawExample(i), shape, dataset.storesBytes()));
            labels.add(classes.isEmpty() ? "" : classes.get(dataset.label(i)));
        }
        return new SampleGrid(dataset.name(), images, labels);
    }

    /** The grid as a picture: up to 8 images a row, each enlarged to at least 56 pixels, its label under it. */
    public BufferedImage image() {
        int width = images.get(0).getWidth();
        int height = images.get(0).getHeight();
        int zoom = Math.max(1, 56 / width);
        int cellWidth = Math.max(width * zoom, 72) + GAP;
        int cellHeight = height * zoom + LABEL_HEIGHT + GAP;
        int columns = Math.min(COLUMNS, images.size());
        int rows = (images.size() + columns - 1) / columns;
        BufferedImage grid = new BufferedImage(columns * cellWidth, rows * cellHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.BLACK);
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < images.size(); i++) {
                int x = (i % columns) * cellWidth;
                int y = (i / columns) * cellHeight;
                int left = x + (cellWidth - width * zoom) / 2;
                g.drawImage(images.get(i), left, y, width * zoom, height * zoom, null);
                String label = labels.get(i);
                g.drawString(label, x + (cellWidth - metrics.stringWidth(label)) / 2, y + height * zoom + metrics.getAscent());
            }
        } finally {
            g.dispose();
        }
        return grid;
    }

    /** The labels under the images, in order. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    @Override
    public Map<String, String> mimeBundle() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the image grid as PNG", e);
        }
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("image/png", Base64.getEncoder().encodeToString(png.toByteArray()));
        bundle.put("text/plain", toString());
        return bundle;
    }

    /** Such as {@code 16 images of mnist-sample: 5 0 4 1 9 ...}. */
    @Override
    public String toString() {
        return images.size() + " images of " + title + (labels.get(0).isEmpty() ? "" : ": " + String.join(", ", labels));
    }

    private static BufferedImage toImage(float[] values, int[] shape, boolean bytes) {
        int channels = shape[0];
        int height = shape[1];
        int width = shape[2];
        float low = 0;
        float high = 255;
        if (!bytes) {
            low = Float.POSITIVE_INFINITY;
            high = Float.NEGATIVE_INFINITY;
            for (float v : values) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        float scale = high > low ? 255 / (high - low) : 0;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int plane = height * width;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                int r = level(values[p], low, scale);
                int g = channels == 3 ? level(values[plane + p], low, scale) : r;
                int b = channels == 3 ? level(values[2 * plane + p], low, scale) : r;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    private static int level(float value, float low, float scale) {
        return Math.max(0, Math.min(255, Math.round((value - low) * scale)));
    }
}
