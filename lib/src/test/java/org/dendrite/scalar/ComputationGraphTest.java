package org.dendrite.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ComputationGraphTest {

    private static Value slideGraph() {
        Value x = Value.of(-2, "x"), y = Value.of(5, "y"), z = Value.of(-4, "z");
        Value f = x.add(y).label("q").mul(z).label("f");
        f.backward();
        return f;
    }

    private static Value sigmoidNeuron() {
        Value w0 = Value.of(2, "w0"), x0 = Value.of(-1, "x0");
        Value w1 = Value.of(-3, "w1"), x1 = Value.of(-2, "x1"), w2 = Value.of(-3, "w2");
        Value f = w0.mul(x0).add(w1.mul(x1)).add(w2).neg().exp().add(1).pow(-1).label("f");
        f.backward();
        return f;
    }

    @Test
    void svgIsWellFormedWithOneBoxPerValueAndOneOvalPerOperation() throws Exception {
        Document svg = parse(slideGraph().graph().svg());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals(5, elements(svg, "rect", "value").size());   // x, y, z, q, f
        assertEquals(2, elements(svg, "ellipse", "op").size());   // +, *
        List<String> texts = texts(svg);
        for (String expected : List.of("x", "y", "z", "q", "f", "+", "*",
                "data -12.00", "grad 1.00", "data 3.00", "grad -4.00", "data -2.00", "grad 3.00")) {
            assertTrue(texts.contains(expected), expected + " missing from " + texts);
        }
    }

    @Test
    void forwardValuesAndGradientsHaveTheirOwnColours() throws Exception {
        Document svg = parse(slideGraph().graph().svg());
        NodeList texts = svg.getElementsByTagName("text");
        int data = 0, grad = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getTextContent().startsWith("data ")) {
                assertEquals(ComputationGraph.DATA_COLOUR, text.getAttribute("fill"));
                data++;
            } else if (text.getTextContent().startsWith("grad ")) {
                assertEquals(ComputationGraph.GRAD_COLOUR, text.getAttribute("fill"));
                grad++;
            }
        }
        assertEquals(5, data);
        assertEquals(5, grad);
    }

    @Test
    void labelsWithMarkupCharactersAreEscaped() throws Exception {
        Value v = Value.of(1, "a<b&c").mul(Value.of(2, "\"d'>\u0001")).label("e]]>");
        String svg = v.graph().svg();
        assertTrue(svg.contains("a&lt;b&amp;c"), svg);
        List<String> texts = texts(parse(svg));
        assertTrue(texts.contains("a<b&c"), texts.toString());
        assertTrue(texts.contains("\"d'>\uFFFD"), texts.toString());
        assertTrue(texts.contains("e]]>"), texts.toString());
    }

    @Test
    void mimeBundleHasSvgAndOneTextLinePerValue() {
        Map<String, String> bundle = slideGraph().graph().mimeBundle();
        assertTrue(bundle.get("image/svg+xml").startsWith("<svg"));
        assertEquals("x  data -2.00  grad -4.00\n"
                + "y  data 5.00  grad -4.00\n"
                + "q = +(x, y)  data 3.00  grad -4.00\n"
                + "z  data -4.00  grad 3.00\n"
                + "f = *(q, z)  data -12.00  grad 1.00\n", bundle.get("text/plain"));
    }

    @Test
    void unlabelledValuesAreNumberedInTheText() {
        Value a = Value.of(2);
        String text = a.mul(a).graph().text();
        assertEquals("#1  data 2.00  grad 0.00\n#2 = *(#1, #1)  data 4.00  grad 0.00\n", text);
    }

    @Test
    void boxesAndOvalsDoNotOverlapAndFitInTheDrawing() throws Exception {
        Document svg = parse(sigmoidNeuron().graph().svg());
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));
        List<double[]> shapes = new ArrayList<>();   // x, y, width, height of each box and oval
        for (Element rect : elements(svg, "rect", "value")) {
            shapes.add(new double[] {number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")});
        }
        for (Element oval : elements(svg, "ellipse", "op")) {
            double rx = number(oval, "rx"), ry = number(oval, "ry");
            shapes.add(new double[] {number(oval, "cx") - rx, number(oval, "cy") - ry, 2 * rx, 2 * ry});
        }
        assertEquals(14 + 8, shapes.size());   // 5 inputs, the constant 1, 8 gates' results; 8 gates
        for (int i = 0; i < shapes.size(); i++) {
            double[] a = shapes.get(i);
            assertTrue(a[0] >= 0 && a[1] >= 0 && a[0] + a[2] <= width && a[1] + a[3] <= height, "outside the drawing");
            for (int j = i + 1; j < shapes.size(); j++) {
                double[] b = shapes.get(j);
                boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assertTrue(apart, "shapes " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void arrowsPointFromInputsOnTheLeftToOutputsOnTheRight() throws Exception {
        Document svg = parse(sigmoidNeuron().graph().svg());
        List<Element> edges = new ArrayList<>(elements(svg, "line", "edge"));
        edges.addAll(elements(svg, "polyline", "edge"));   // the neuron wraps: some arrows go on to the next band
        assertEquals(13 + 8, edges.size());   // one into a gate per gate input (13), one out of each gate (8)
        for (Element edge : edges) {
            double[] xs = xs(edge);
            assertTrue(xs[1] > xs[0], "edge leaves its box leftwards");
            assertTrue(xs[xs.length - 1] > xs[xs.length - 2], "edge enters its oval from the right");
        }
    }

    @Test
    void aWideGraphWrapsIntoBandsThatFitANotebookColumnWithItsTextAtFullSize() throws Exception {
        Value x = Value.of(0.5, "x");
        Value deep = x;
        for (int layer = 0; layer < 12; layer++) {
            deep = deep.mul(Value.of(1.1, "w" + layer)).sigmoid();
        }
        deep.backward();
        Document svg = parse(deep.graph().svg());
        Element root = svg.getDocumentElement();
        assertTrue(number(root, "width") <= GraphLayout.MAX_WIDTH, "drawing is " + root.getAttribute("width") + " px wide");
        assertEquals("12", root.getAttribute("font-size"));
        assertTrue(number(root, "height") > 3 * GraphLayout.ROW_SPACING, "24 gates in one band would be wider");
        assertFalse(elements(svg, "polyline", "edge").isEmpty());
        assertEquals(13 + 24, elements(svg, "rect", "value").size());   // x, 12 weights, 24 results

        Document small = parse(slideGraph().graph().svg());
        assertEquals(0, small.getElementsByTagName("polyline").getLength(), "the (x + y)z graph fits in one band");
    }

    @Test
    void numbersHaveTwoDecimalsAndMoreForSmallMagnitudes() {
        assertEquals("-12.00", ComputationGraph.format(-12));
        assertEquals("0.73", ComputationGraph.format(0.7310585786300049));
        assertEquals("0.00", ComputationGraph.format(-0.0));
        assertEquals("0.0012", ComputationGraph.format(0.00123));
        assertEquals("-1.50e-07", ComputationGraph.format(-1.5e-7));
        assertEquals("1.23e+06", ComputationGraph.format(1_234_567));
        assertEquals("NaN", ComputationGraph.format(Double.NaN));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        assertFalse(found.isEmpty(), "no " + tag + " of class " + cssClass);
        return found;
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The x coordinates of a line's two ends or of a polyline's points. */
    private static double[] xs(Element edge) {
        if (edge.getTagName().equals("line")) {
            return new double[] {number(edge, "x1"), number(edge, "x2")};
        }
        return Arrays.stream(edge.getAttribute("points").trim().split("\\s+"))
                .mapToDouble(point -> Double.parseDouble(point.split(",")[0])).toArray();
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
