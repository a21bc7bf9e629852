package org.dendrite.data;

import java.util.Arrays;

/**
 * Loads the embedded 10,000-digit MNIST sample and iterates one epoch of shuffled batches of 64
 * as N×784 float tensors in [0, 1], after a JVM warm-up; prints the median of several runs.
 * Run by bench/data-bench.sh.
 */
public final class DataLoaderBenchmark {

    private DataLoaderBenchmark() {
    }

    /** Arguments: the number of warm-up runs and of measured runs (default 5 and 7). */
    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        for (int i = 0; i < warmUps; i++) {
            run(i);
        }
        double[] load = new double[runs];
        double[] epoch = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] times = run(i);
            load[i] = times[0];
            epoch[i] = times[1];
        }
        System.out.printf("java load_s %.4f epoch_s %.4f total_s %.4f%n", median(load), median(epoch),
                median(load) + median(epoch));
    }

    private static double[] run(long seed) {
        long start = System.nanoTime();
        Dataset digits = Mnist.sample().transform(Transforms.toFloat(), Transforms.flatten());
        long loaded = System.nanoTime();
        int examples = 0;
        for (Batch batch : DataLoader.of(digits, 64).shuffle(seed)) {
            examples += batch.size();
        }
        long done = System.nanoTime();
        if (examples != digits.size()) {
            throw new IllegalStateException("the epoch saw " + examples + " of " + digits.size() + " examples");
        }
        return new double[] {(loaded - start) / 1e9, (done - loaded) / 1e9};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
