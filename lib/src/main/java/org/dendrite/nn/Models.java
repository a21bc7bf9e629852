package org.dendrite.nn;

import java.util.function.Supplier;

/** The networks the slides draw, ready to train. */
public final class Models {

    private Models() {
    }

    /**
     * The slides' LeNet-5 variant (lecture 000) for 1×28×28 images: two blocks of convolution
     * (20 then 50 filters of 5×5, padding 2), ReLU and 2×2 max pooling, then 2450→500→10.
     */
    public static Sequential leNet() {
        return new Sequential(
                new Conv2d(1, 20, 5, 1, 2), new ReLU(), new MaxPool2d(2, 2),
                new Conv2d(20, 50, 5, 1, 2), new ReLU(), new MaxPool2d(2, 2),
                new Flatten(),
                new Linear(2450, 500), new ReLU(),
                new Linear(500, 10));
    }

    /**
     * A multilayer perceptron with ReLU between the layers: {@code mlp(784, 100, 10)}. Inputs
     * are flattened first, so N×1×28×28 images and N×784 rows both work.
     */
    public static Sequential mlp(int... sizes) {
        return mlp(ReLU::new, sizes);
    }

    /** A multilayer perceptron with the given activation between the layers: {@code mlp(Sigmoid::new, 2, 4, 1)}. */
    public static Sequential mlp(Supplier<Module> activation, int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("mlp: needs an input and an output size, got " + sizes.length + " sizes");
        }
        Sequential net = new Sequential(new Flatten());
        for (int i = 0; i + 1 < sizes.length; i++) {
            if (i > 0) {
                net.add(activation.get());
            }
            net.add(new Linear(sizes[i], sizes[i + 1]));
        }
        return net;
    }

    /**
     * The ConvNetJS CIFAR-10 demo net of lecture 004 for 3×32×32 images: three blocks of a 5×5
     * convolution (16, 20, 20 filters, padding 2), ReLU and 2×2 max pooling, then a 320→10 layer.
     * The demo's final softmax is left to the loss ({@code Losses.crossEntropy}).
     */
    public static Sequential convNetJsCifar10() {
        return new Sequential(
                new Conv2d(3, 16, 5, 1, 2), new ReLU(), new MaxPool2d(2, 2),
                new Conv2d(16, 20, 5, 1, 2), new ReLU(), new MaxPool2d(2, 2),
                new Conv2d(20, 20, 5, 1, 2), new ReLU(), new MaxPool2d(2, 2),
                new Flatten(),
                new Linear(320, 10));
    }
}
