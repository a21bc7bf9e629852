/**
 * Feature views: {@link org.dendrite.embed.Pca} (ND4J's SVD) and Barnes-Hut
 * {@link org.dendrite.embed.TSne} map high-dimensional data (pixels, a hidden layer) to two
 * dimensions, and {@link org.dendrite.embed.EmbeddingPlot} draws the result coloured by class.
 * Depends on org.dendrite.tensor, org.dendrite.plot, ND4J and XChart.
 */
package org.dendrite.embed;
