/**
 * Charts for the course, built on XChart in one {@link org.dendrite.plot.Style}, and their
 * export as PNG and SVG: activation functions with autograd derivatives, training curves, loss
 * surfaces with iso-lines and optimizer paths, decision regions, image grids, confusion
 * matrices, convolution demos, and {@link org.dendrite.plot.Figure}s of several charts.
 * Depends on XChart, Tablesaw, org.dendrite.tensor and org.dendrite.display.
 */
package org.dendrite.plot;
