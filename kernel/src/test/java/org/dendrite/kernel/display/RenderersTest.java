package org.dendrite.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.dendrite.plot.Figure;
import org.dendrite.plot.Style;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RenderersTest {

    private final Renderers renderers = new Renderers(false);

    private static XYChart chart(int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title("Squares").build();
        chart.addSeries("x²", new double[] {1, 2, 3}, new double[] {1, 4, 9});
        return chart;
    }

    private static BufferedImage decodePng(MimeBundle bundle) throws IOException {
        byte[] png = Base64.getDecoder().decode(text(bundle, "image/png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "image/png is not a PNG");
        return image;
    }

    private static String text(MimeBundle bundle, String mimeType) {
        assertTrue(bundle.data().has(mimeType), () -> "no " + mimeType + " in " + bundle.data().keySet());
        return bundle.data().get(mimeType).getAsString();
    }

    private static int pngMetadata(MimeBundle bundle, String key) {
        return bundle.metadata().getAsJsonObject("image/png").get(key).getAsInt();
    }

    private static Table numbers(int rows) {
        return Table.create("numbers", IntColumn.create("n", IntStream.range(0, rows).toArray()));
    }

    @Test
    void chartIsAPngAtTwiceItsSizeShownAtItsSize() throws IOException {
        MimeBundle bundle = renderers.render(chart(300, 200));

        BufferedImage image = decodePng(bundle);
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(300, pngMetadata(bundle, "width"));
        assertEquals(200, pngMetadata(bundle, "height"));
        assertEquals("XYChart 'Squares' (300x200)", bundle.plainText());
    }

    private static boolean courseStyle(MimeBundle bundle) {
        return bundle.metadata().getAsJsonObject(ChartRenderer.METADATA_SECTION).get(ChartRenderer.COURSE_STYLE).getAsBoolean();
    }

    @Test
    void chartBuiltWithoutTheCourseStyleIsReportedInTheMetadata() {
        assertFalse(courseStyle(renderers.render(chart(300, 200))));
    }

    @Test
    void chartInTheCourseStyleIsReportedInTheMetadata() {
        XYChart styled = Style.xyChart("Squares", "x", "x²");
        styled.addSeries("x²", new double[] {1, 2, 3}, new double[] {1, 4, 9});

        assertTrue(courseStyle(renderers.render(styled)));
    }

    @Test
    void figureIsInTheCourseStyleOnlyWhenAllItsChartsAre() {
        XYChart styled = Style.xyChart("Squares", "x", "x²");
        styled.addSeries("x²", new double[] {1, 2, 3}, new double[] {1, 4, 9});

        assertTrue(courseStyle(renderers.render(Figure.row(styled, styled))));
        assertFalse(courseStyle(renderers.render(Figure.row(styled, chart(300, 200)))));
    }

    @Test
    void chartHasNoSvgUnlessAskedFor() {
        assertFalse(renderers.render(chart(120, 80)).data().has("image/svg+xml"));
    }

    @Test
    void chartHasSvgWhenAskedFor() {
        MimeBundle bundle = new Renderers(true).render(chart(120, 80));

        assertTrue(text(bundle, "image/svg+xml").contains("<svg"));
        assertTrue(bundle.data().has("image/png"));
    }

    @Test
    void tableIsHtmlWithItsColumnsAndPlainText() {
        Table people = Table.create("people", StringColumn.create("name", "Ada", "Alan"), IntColumn.create("born", 1815, 1912));

        MimeBundle bundle = renderers.render(people);

        String html = text(bundle, "text/html");
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("name") && html.contains("born"), html);
        assertTrue(html.contains("Ada") && html.contains("1912"), html);
        assertTrue(bundle.plainText().contains("Alan"), bundle.plainText());
    }

    @Test
    void tableCellTextIsEscapedInHtml() {
        Table tags = Table.create("tags", StringColumn.create("tag", "<script>"));

        String html = text(renderers.render(tags), "text/html");

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void bigTableShowsFiftyRowsAndSaysHowManyMore() {
        MimeBundle bundle = renderers.render(numbers(60));

        String html = text(bundle, "text/html");
        assertTrue(html.contains(">49<"), html);
        assertFalse(html.contains(">50<"), html);
        assertTrue(html.contains("10 more rows (60 in all)"), html);
        assertTrue(bundle.plainText().endsWith("10 more rows (60 in all)"), bundle.plainText());
    }

    @Test
    void tableOfFiftyRowsShowsThemAllWithoutNote() {
        MimeBundle bundle = renderers.render(numbers(50));

        assertTrue(text(bundle, "text/html").contains(">49<"));
        assertFalse(bundle.plainText().contains("more rows"), bundle.plainText());
    }

    @Test
    void bufferedImageIsAPngOfItsPixels() throws IOException {
        BufferedImage original = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
        original.setRGB(3, 2, 0xFF0000);

        BufferedImage decoded = decodePng(renderers.render(original));

        assertEquals(7, decoded.getWidth());
        assertEquals(5, decoded.getHeight());
        assertEquals(0xFF0000, decoded.getRGB(3, 2) & 0xFFFFFF);
    }

    @Test
    void intArrayShowsItsElements() {
        assertEquals("[1, 2, 3]", renderers.render(new int[] {1, 2, 3}).plainText());
    }

    @Test
    void nestedArrayShowsItsElements() {
        assertEquals("[[a, b], [c]]", renderers.render(new String[][] {{"a", "b"}, {"c"}}).plainText());
    }

    @Test
    void nullShowsAsNull() {
        MimeBundle bundle = renderers.render(null);

        assertEquals("null", bundle.plainText());
        assertEquals(1, bundle.data().size());
    }

    @Test
    void valueWhoseToStringThrowsIsExplainedInsteadOfFailing() {
        MimeBundle bundle = renderers.render(new Grumpy());

        String text = bundle.plainText();
        assertTrue(text.contains(Grumpy.class.getName() + " could not be displayed"), text);
        assertTrue(text.contains("IllegalStateException: no text for you"), text);
    }

    @Test
    void richDisplayTypeGivesItsOwnRepresentationsWithTextAdded() {
        MimeBundle bundle = renderers.render((org.dendrite.display.RichDisplay) () -> java.util.Map.of("image/svg+xml", "<svg/>"));

        assertEquals("<svg/>", bundle.data().get("image/svg+xml").getAsString());
        assertTrue(bundle.plainText() != null);
    }

    private static final class Grumpy {
        @Override
        public String toString() {
            throw new IllegalStateException("no text for you");
        }
    }

    @Test
    void stringRenderedAsHtmlIsThatHtml() {
        MimeBundle bundle = renderers.render(org.dendrite.display.Display.render("<b>bold</b>", "text/html"));

        assertEquals("<b>bold</b>", text(bundle, "text/html"));
        assertEquals("<b>bold</b>", text(bundle, "text/plain"));
    }

    @Test
    void chartRenderedAsPngKeepsOnlyThePng() throws IOException {
        MimeBundle bundle = renderers.render(org.dendrite.display.Display.render(chart(300, 200), "image/png"));

        assertEquals(java.util.Set.of("image/png", "text/plain"), bundle.data().keySet());
        assertEquals(600, decodePng(bundle).getWidth());
    }

    @Test
    void typeTheValueCannotTakeIsNamed() {
        MimeBundle bundle = renderers.render(org.dendrite.display.Display.render(numbers(2), "image/png"));

        assertTrue(text(bundle, "text/plain").startsWith("<cannot show Table as image/png; it renders as"), bundle.plainText());
    }
}
