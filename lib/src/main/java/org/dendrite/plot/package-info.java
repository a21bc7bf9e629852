/** Charts for the course, built on XChart, and their export as PNG and SVG. Depends on XChart. */
package org.dendrite.plot;
