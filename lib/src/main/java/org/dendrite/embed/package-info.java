/**
 * Feature views: {@link org.dendrite.embed.Pca} (through {@code Tensor.svd()}) and Barnes-Hut
 * {@link org.dendrite.embed.TSne} map high-dimensional data (pixels, a hidden layer) to two
 * dimensions, and {@link org.dendrite.embed.EmbeddingPlot} draws the result coloured by class.
 * Besides the JDK: XChart.
 *
 * <p>Uses: {@code org.dendrite}, {@code org.dendrite.device}, {@code org.dendrite.plot},
 * {@code org.dendrite.tensor}.
 */
package org.dendrite.embed;
