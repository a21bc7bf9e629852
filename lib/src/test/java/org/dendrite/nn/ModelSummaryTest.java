package org.dendrite.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Summaries reproduce the slides' tables: LeNet-5 (lecture 000), the conv example, ConvNetJS CIFAR-10 (lecture 004). */
class ModelSummaryTest {

    @Test
    void leNetTableMatchesTheSlides() {
        Table table = Models.leNet().summary(1, 28, 28);
        assertEquals(List.of("Input", "Conv2d(1→20, K=5, S=1, P=2)", "ReLU", "MaxPool2d(K=2, S=2)",
                "Conv2d(20→50, K=5, S=1, P=2)", "ReLU", "MaxPool2d(K=2, S=2)", "Flatten",
                "Linear(2450→500)", "ReLU", "Linear(500→10)"), table.stringColumn("layer").asList());
        assertEquals(List.of("1 x 28 x 28", "20 x 28 x 28", "20 x 28 x 28", "20 x 14 x 14", "50 x 14 x 14",
                "50 x 14 x 14", "50 x 7 x 7", "2450", "500", "500", "10"), table.stringColumn("output size").asList());
        assertEquals(List.of("", "20 x 1 x 5 x 5", "", "", "50 x 20 x 5 x 5", "", "", "", "500 x 2450", "", "10 x 500"),
                table.stringColumn("weight size").asList());
        assertEquals(520L, table.longColumn("parameters").get(1));
        assertEquals(25_050L, table.longColumn("parameters").get(4));
        assertEquals(1_225_500L, table.longColumn("parameters").get(8));
        assertEquals(5_010L, table.longColumn("parameters").get(10));
        assertEquals(20L * 28 * 28 * 25, table.longColumn("multiply-adds").get(1));
        assertEquals(2450L * 500, table.longColumn("multiply-adds").get(8));
        long total = 20L * 28 * 28 * 25 + 50L * 14 * 14 * 20 * 25 + 2450L * 500 + 500L * 10;
        assertEquals(String.format(Locale.ROOT, "1,256,080 parameters, %,d multiply-adds per example", total), table.name());
    }

    @Test
    void convolutionExampleHas760ParametersAnd768000MultiplyAdds() {
        Table table = new Conv2d(3, 10, 5, 1, 2).summary(3, 32, 32);
        assertEquals("10 x 32 x 32", table.stringColumn("output size").get(1));
        assertEquals("10 x 3 x 5 x 5", table.stringColumn("weight size").get(1));
        assertEquals(760L, table.longColumn("parameters").get(1));
        assertEquals(768_000L, table.longColumn("multiply-adds").get(1));
    }

    @Test
    void convNetJsCifar10MatchesLecture004() {
        Table table = Models.convNetJsCifar10().summary(3, 32, 32);
        assertEquals(1216L, table.longColumn("parameters").get(1));
        assertEquals("16 x 32 x 32", table.stringColumn("output size").get(1));
        assertEquals(8020L, table.longColumn("parameters").get(4));
        assertEquals("20 x 16 x 16", table.stringColumn("output size").get(4));
        assertEquals("20 x 4 x 4", table.stringColumn("output size").get(9));
        assertEquals("Linear(320→10)", table.stringColumn("layer").get(11));
        assertEquals(3210L, table.longColumn("parameters").get(11));
    }

    @Test
    void summaryLeavesTheModeAsItWas() {
        Sequential net = new Sequential(new Linear(3, 4), new BatchNorm1d(4), new Dropout(0.5));
        net.summary(3);
        assertEquals(0.0, ((BatchNorm1d) net.get(1)).runningMean().abs().sum().item());
        assertEquals(true, net.get(2).isTraining());
    }
}
