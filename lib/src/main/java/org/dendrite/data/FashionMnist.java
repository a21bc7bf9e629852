package org.dendrite.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, Zalando Research): 28×28 grey images of clothes in
 * ten classes, laid out exactly as MNIST (60,000 for training, 10,000 for testing), a harder
 * drop-in replacement for the digits.
 */
public final class FashionMnist {

    /** The class names, in label order. */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    static final List<String> MIRRORS = List.of(
            "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/");
    static final List<String> SHA256 = List.of(
            "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
            "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
            "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
            "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5");

    private FashionMnist() {
    }

    /** The training and test sets, downloaded once into the {@link DataCache} and verified by SHA-256. */
    public static TrainTest load() {
        return IdxDatasets.download(DataCache.standard(), "fashion-mnist", SHA256, MIRRORS, CLASS_NAMES,
                "or load the files from a folder with FashionMnist.load(Path)");
    }

    /** The training and test sets from the four IDX files in {@code folder}, named as for MNIST. */
    public static TrainTest load(Path folder) {
        return IdxDatasets.load("fashion-mnist", folder, CLASS_NAMES);
    }
}
