package org.dendrite.tensor;

/**
 * How a tensor was made: the operation, its inputs, and its local backward rule, which turns
 * the gradient of the output into one gradient per input (null where an input needs none).
 */
record Node(String op, Tensor[] inputs, Backward backward) {

    /** An operation's backward rule. */
    @FunctionalInterface
    interface Backward {
        Tensor[] apply(Tensor upstream);
    }
}
