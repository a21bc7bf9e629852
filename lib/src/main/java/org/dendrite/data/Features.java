package org.dendrite.data;

/**
 * The inputs of a data set, stored compactly: one flat array holding every example, one after
 * the other. Images stay unsigned bytes (0..255, a quarter of the memory of floats) until a batch
 * is built; other data is stored as floats.
 */
sealed interface Features permits Features.Bytes, Features.Floats {

    /** The number of values in one example. */
    int exampleSize();

    /** Copies example {@code example} as floats into {@code destination} from {@code offset}. */
    void copy(int example, float[] destination, int offset);

    /** Examples of unsigned bytes, such as pixels, read as 0..255. */
    record Bytes(byte[] values, int exampleSize) implements Features {

        @Override
        public void copy(int example, float[] destination, int offset) {
            int start = example * exampleSize;
            for (int i = 0; i < exampleSize; i++) {
                destination[offset + i] = values[start + i] & 0xFF;
            }
        }
    }

    /** Examples of float values. */
    record Floats(float[] values, int exampleSize) implements Features {

        @Override
        public void copy(int example, float[] destination, int offset) {
            System.arraycopy(values, example * exampleSize, destination, offset, exampleSize);
        }
    }
}
