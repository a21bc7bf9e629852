/**
 * Interactive widgets for notebook cells, speaking Jupyter's widget protocol 2.1 (the models of
 * ipywidgets 8): sliders, dropdowns, buttons, play, text, an output area and boxes, and
 * {@link org.dendrite.widgets.Interact#interact} that re-draws a chart when a control moves.
 * The kernel plugs in through {@link org.dendrite.widgets.CommChannel}; outside a kernel the
 * widgets still hold and set their values.
 *
 * <p>Uses: {@code org.dendrite.display}.
 */
package org.dendrite.widgets;
