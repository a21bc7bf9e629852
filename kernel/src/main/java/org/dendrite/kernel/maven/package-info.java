/**
 * Maven dependencies for cells ({@code %maven}): resolved with Maven Resolver, the library
 * Maven itself uses, from Maven Central into a local repository. Knows nothing of cells.
 */
package org.dendrite.kernel.maven;
