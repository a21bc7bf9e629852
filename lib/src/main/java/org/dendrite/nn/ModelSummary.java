package org.dendrite.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The slides' layer table (LeNet-5 in lecture 000): one row per layer with its output size,
 * weight size, parameter count and multiply-adds per example. Sizes come from running one
 * example of zeros through the layers, in evaluation mode and without recording gradients.
 */
final class ModelSummary {

    private ModelSummary() {
    }

    static Table of(Module model, int... inputShape) {
        StringColumn layer = StringColumn.create("layer");
        StringColumn outputSize = StringColumn.create("output size");
        StringColumn weightSize = StringColumn.create("weight size");
        LongColumn parameters = LongColumn.create("parameters");
        LongColumn multiplyAdds = LongColumn.create("multiply-adds");
        layer.append("Input");
        outputSize.append(size(inputShape));
        weightSize.append("");
        parameters.appendMissing();
        multiplyAdds.appendMissing();

        int[] batchOfOne = new int[inputShape.length + 1];
        batchOfOne[0] = 1;
        System.arraycopy(inputShape, 0, batchOfOne, 1, inputShape.length);
        boolean wasTraining = model.isTraining();
        model.eval();
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            Tensor x = Tensor.zeros(batchOfOne);
            for (Module m : layersOf(model)) {
                Tensor y = m.forward(x);
                Tensor weight = m.namedParameters().get("weight");
                layer.append(m.toString());
                outputSize.append(size(withoutBatch(y.shape())));
                weightSize.append(weight == null ? "" : size(weight.shape()));
                parameters.append(m.namedParameters().values().stream().mapToLong(Tensor::numel).sum());
                multiplyAdds.append(m.multiplyAdds(x.shape(), y.shape()));
                x = y;
            }
        } finally {
            model.train(wasTraining);
        }
        String title = String.format(Locale.ROOT, "%,d parameters, %,d multiply-adds per example",
                (long) parameters.sum(), (long) multiplyAdds.sum());
        return Table.create(title, layer, outputSize, weightSize, parameters, multiplyAdds);
    }

    /** The layers of a network, nested {@link Sequential}s opened; any other module is one layer. */
    private static List<Module> layersOf(Module model) {
        List<Module> layers = new ArrayList<>();
        if (model instanceof Sequential sequential) {
            sequential.layers().forEach(m -> layers.addAll(layersOf(m)));
        } else {
            layers.add(model);
        }
        return layers;
    }

    private static int[] withoutBatch(int[] shape) {
        return Arrays.copyOfRange(shape, 1, shape.length);
    }

    /** {@code 20 x 28 x 28}, as the slides write sizes. */
    private static String size(int[] shape) {
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(" x "));
    }
}
