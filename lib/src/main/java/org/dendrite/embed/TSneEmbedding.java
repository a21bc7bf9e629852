package org.dendrite.embed;

import org.dendrite.tensor.Tensor;

/**
 * The result of {@link TSne}: the 2-D positions (N x 2) and the Kullback-Leibler divergence
 * between the neighbour probabilities in the data and in the embedding (lower is better).
 */
public record TSneEmbedding(Tensor points, double klDivergence) {
}
